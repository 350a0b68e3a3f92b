#include "AppIcon.h"

#include "DeferredIcon.h"

#include <QImageReader>
#include <QPixmap>

// Q_INIT_RESOURCE must be called outside any namespace. Resources compiled into a static library are only
// linked in when something refers to them: this call does.
static void initIconResources()
{
    Q_INIT_RESOURCE(sxstudio);
}

namespace sx {

QIcon appIcon()
{
    initIconResources();
    return deferredIcon([] {
        // Read as PNG, without format detection: asked for a file, or even for a format, Qt first asks every
        // image plugin it has whether it reads it, which loads them all (svg, gif, ico, jpeg and their libraries).
        QIcon icon;
        for (int size : AppIconSizes) {
            QImageReader reader(QStringLiteral(":/icons/sxstudio-%1.png").arg(size), "png");
            reader.setAutoDetectImageFormat(false);
            icon.addPixmap(QPixmap::fromImage(reader.read()));
        }
        return icon;
    });
}

} // namespace sx
