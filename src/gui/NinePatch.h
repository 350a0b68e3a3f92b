#pragma once

#include <QRect>
#include <QString>
#include <Qt>

#include <functional>

class QPainter;

namespace sx {

/** Paints a shape whose middle row and column repeat (a rounded frame, a panel) by painting it once at a small
 *  size and stretching that middle. An antialiased line costs per pixel of its length: the line edits' frames and
 *  the group boxes' borders painted directly were a third of the first paint (bench/run-startup-bench).
 *  The small picture is kept (a few dozen, most recent) under `key`, which must name everything `paint` depends
 *  on besides the size; `corner` is how far from each edge the shape is not yet uniform. A shape that is not
 *  uniform from top to bottom (a gradient) is stretched `Qt::Horizontal` only, and its key must name its height.
 *  Under a scaling or fractional transform, or when `rect` is too small to stretch, `paint` draws directly. */
void paintNinePatch(QPainter* painter,
                    const QRect& rect,
                    int corner,
                    const QString& key,
                    const std::function<void(QPainter*, const QRect&)>& paint,
                    Qt::Orientations stretch = Qt::Horizontal | Qt::Vertical);

} // namespace sx
