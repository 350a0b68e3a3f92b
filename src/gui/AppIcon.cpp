#include "AppIcon.h"

#include <QImageReader>

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
    if (QImageReader::supportedImageFormats().contains("svg"))
        return QIcon(QStringLiteral(":/icons/sxstudio.svg"));
    QIcon icon;
    for (int size : {32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/sxstudio-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace sx
