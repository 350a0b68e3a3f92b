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

const Patch& patchFor(const QString& key, const QSize& size, const std::function<void(QPainter*, const QRect&)>& paint)
{
    if (const Patch* cached = patches().object(key))
        return *cached;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter imagePainter(&image);
    paint(&imagePainter, image.rect());
    imagePainter.end();
    auto* patch = new Patch {QPixmap::fromImage(image), image.pixelColor(size.width() / 2, size.height() / 2)};
    patches().insert(key, patch);
    return *patch;
}

} // namespace

void paintNinePatch(QPainter* painter,
                    const QRect& rect,
                    int corner,
                    const QString& key,
                    const std::function<void(QPainter*, const QRect&)>& paint,
                    Qt::Orientations stretch)
{
    const int side = 2 * corner + 1;
    const bool vertical = stretch.testFlag(Qt::Vertical);
    if (rect.width() <= side || (vertical && rect.height() <= side) || !isPixelAligned(painter)) {
        paint(painter, rect);
        return;
    }
    // Not stretched from top to bottom: the patch is as tall as the shape, and its middle row, if any, is one.
    const int cornerY = vertical ? corner : rect.height() / 2;
    const Patch& patch = patchFor(key, QSize(side, vertical ? side : rect.height()), paint);
    // Three columns and rows each: the corners as they are, the middle ones stretched from one pixel.
    const int targetX[] = {rect.left(), rect.left() + corner, rect.right() + 1 - corner, rect.right() + 1};
    const int targetY[] = {rect.top(), rect.top() + cornerY, rect.bottom() + 1 - cornerY, rect.bottom() + 1};
    const int sourceX[] = {0, corner, corner + 1, side};
    const int sourceY[] = {0, cornerY, patch.pixmap.height() - cornerY, patch.pixmap.height()};
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 3; ++column) {
            const QRect target(QPoint(targetX[column], targetY[row]),
                               QPoint(targetX[column + 1] - 1, targetY[row + 1] - 1));
            if (target.isEmpty()) // the middle row of an even height stretched across only
                continue;
            if (row == 1 && column == 1) {
                if (patch.middle.alpha() != 0) // a frame's inside is clear: nothing to paint there
                    painter->fillRect(target, patch.middle);
                continue;
            }
            const QRect source(QPoint(sourceX[column], sourceY[row]),
                               QPoint(sourceX[column + 1] - 1, sourceY[row + 1] - 1));
            painter->drawPixmap(target, patch.pixmap, source);
        }
    }
    painter->restore();
}

} // namespace sx
