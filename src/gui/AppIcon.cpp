#include "AppIcon.h"

#include "DeferredIcon.h"

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
        QIcon icon;
        for (int size : AppIconSizes)
            icon.addFile(QStringLiteral(":/icons/sxstudio-%1.png").arg(size), QSize(size, size));
        return icon;
    });
}

} // namespace sx
