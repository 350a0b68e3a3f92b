#include "NinePatch.h"

#include <QCache>
#include <QImage>
#include <QPainter>
#include <QPixmap>

namespace sx {

namespace {

// Whether device pixels and logical ones coincide up to a whole-pixel shift: only then is a stretched pixel
// the same pixel the shape would have painted.
bool isPixelAligned(const QPainter* painter)
{
    const QTransform transform = painter->deviceTransform();
    return painter->device()->devicePixelRatioF() == 1.0 && transform.type() <= QTransform::TxTranslate &&
        transform.dx() == qRound(transform.dx()) && transform.dy() == qRound(transform.dy());
}

struct Patch
{
    QPixmap pixmap;
    QColor middle; // one colour: filled, which is cheaper than stretching a pixel over a large inside
};

// Painting happens on the GUI thread only. A few dozen shapes: the states of the frames an app shows.
QCache<QString, Patch>& patches()
{
    static QCache<QString, Patch> cache(64);
    return cache;
}

const Patch& patchFor(const QString& key, int side, const std::function<void(QPainter*, const QRect&)>& paint)
{
    if (const Patch* cached = patches().object(key))
        return *cached;
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter imagePainter(&image);
    paint(&imagePainter, image.rect());
    imagePainter.end();
    auto* patch = new Patch {QPixmap::fromImage(image), image.pixelColor(side / 2, side / 2)};
    patches().insert(key, patch);
    return *patch;
}

} // namespace

void paintNinePatch(QPainter* painter,
                    const QRect& rect,
                    int corner,
                    const QString& key,
                    const std::function<void(QPainter*, const QRect&)>& paint)
{
    const int side = 2 * corner + 1;
    if (rect.width() <= side || rect.height() <= side || !isPixelAligned(painter)) {
        paint(painter, rect);
        return;
    }
    const Patch& patch = patchFor(key, side, paint);
    // Three columns and rows each: the corners as they are, the middle ones stretched from one pixel.
    const int targetX[] = {rect.left(), rect.left() + corner, rect.right() + 1 - corner, rect.right() + 1};
    const int targetY[] = {rect.top(), rect.top() + corner, rect.bottom() + 1 - corner, rect.bottom() + 1};
    const int sourceAt[] = {0, corner, corner + 1, side};
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 3; ++column) {
            const QRect target(QPoint(targetX[column], targetY[row]),
                               QPoint(targetX[column + 1] - 1, targetY[row + 1] - 1));
            if (row == 1 && column == 1) {
                if (patch.middle.alpha() != 0) // a frame's inside is clear: nothing to paint there
                    painter->fillRect(target, patch.middle);
                continue;
            }
            const QRect source(QPoint(sourceAt[column], sourceAt[row]),
                               QPoint(sourceAt[column + 1] - 1, sourceAt[row + 1] - 1));
            painter->drawPixmap(target, patch.pixmap, source);
        }
    }
    painter->restore();
}

} // namespace sx
