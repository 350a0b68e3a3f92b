#include "GlyphIcon.h"

#include "DeferredIcon.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace sx {

namespace {

QString themeName(Glyph glyph)
{
    switch (glyph) {
    case Glyph::NewFile:
        return QStringLiteral("document-new");
    case Glyph::Open:
        return QStringLiteral("document-open");
    case Glyph::Save:
        return QStringLiteral("document-save");
    case Glyph::Send:
        return QStringLiteral("mail-send");
    case Glyph::Inspect:
        return QStringLiteral("edit-find");
    case Glyph::DropDown:
        return QStringLiteral("go-down");
    case Glyph::Reload:
        return QStringLiteral("view-refresh");
    case Glyph::Warning:
        return QStringLiteral("dialog-warning");
    case Glyph::Error:
        return QStringLiteral("dialog-error");
    }
    return {};
}

enum Ends { Open, Closed };

// A stroke through the points, in the glyphs' 16 by 16 grid.
void addLines(QPainterPath* path, std::initializer_list<QPointF> points, Ends ends = Open)
{
    path->moveTo(*points.begin());
    for (auto it = points.begin() + 1; it != points.end(); ++it)
        path->lineTo(*it);
    if (ends == Closed)
        path->closeSubpath();
}

// Drawn on a 16 by 16 grid, scaled to the size asked for.
class GlyphEngine : public QIconEngine
{
public:
    explicit GlyphEngine(Glyph glyph)
        : m_glyph(glyph)
    {
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal side = qMin(rect.width(), rect.height());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2);
        painter->scale(side / 16, side / 16);
        const QPalette::ColorGroup group = mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active;
        draw(painter, QGuiApplication::palette().color(group, QPalette::WindowText), mode == QIcon::Disabled);
        painter->restore();
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override
    {
        return size;
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // size is in device pixels (QIcon::pixmap() multiplies by the scale before asking).
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), size), mode, state);
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    bool isNull() override
    {
        return false;
    }
    QString key() const override
    {
        return QStringLiteral("sx::GlyphEngine");
    }
    QIconEngine* clone() const override
    {
        return new GlyphEngine(m_glyph);
    }

private:
    void draw(QPainter* painter, const QColor& ink, bool disabled) const
    {
        QPen pen(ink, 1.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        QPainterPath path;
        switch (m_glyph) {
        case Glyph::NewFile:
            addLines(&path, {{3.5, 1.5}, {9.5, 1.5}, {12.5, 4.5}, {12.5, 14.5}, {3.5, 14.5}}, Closed);
            addLines(&path, {{9.5, 1.5}, {9.5, 4.5}, {12.5, 4.5}}); // the folded corner
            break;
        case Glyph::Open:
            addLines(&path, {{1.5, 13.5}, {1.5, 3}, {6, 3}, {7.5, 4.5}, {13, 4.5}, {13, 7}}); // the back
            addLines(&path, {{1.5, 13.5}, {4, 7}, {15, 7}, {12.5, 13.5}}, Closed); // the open front
            break;
        case Glyph::Save:
            addLines(&path, {{8, 1.5}, {8, 10}});
            addLines(&path, {{4.5, 6.5}, {8, 10}, {11.5, 6.5}}); // the arrow's head
            addLines(&path, {{2, 10.5}, {2, 14}, {14, 14}, {14, 10.5}}); // the tray
            break;
        case Glyph::Send:
            addLines(&path, {{1.5, 7}, {14.5, 1.5}, {10, 14.5}, {7.5, 8.5}}, Closed);
            addLines(&path, {{7.5, 8.5}, {14.5, 1.5}}); // the fold
            break;
        case Glyph::Inspect:
            path.addEllipse(QPointF(6.5, 6.5), 4.5, 4.5);
            addLines(&path, {{10, 10}, {14.5, 14.5}}); // the handle
            break;
        case Glyph::DropDown:
            addLines(&path, {{4, 6}, {8, 10}, {12, 6}});
            break;
        case Glyph::Reload: {
            const QRectF circle(3, 3, 10, 10);
            path.arcMoveTo(circle, 60);
            path.arcTo(circle, 60, 290);
            painter->drawPath(path);
            painter->setBrush(ink);
            painter->drawPolygon(QPolygonF({QPointF(9.5, 1), QPointF(14, 1.5), QPointF(12.5, 5.5)}));
            return;
        }
        case Glyph::Warning:
        case Glyph::Error: {
            // Colour carries the meaning here; disabled, they fade like the rest.
            QColor fill = m_glyph == Glyph::Warning ? QColor(0xe5, 0xa5, 0x0a) : QColor(0xc0, 0x1c, 0x28);
            if (disabled)
                fill.setAlphaF(0.4);
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            if (m_glyph == Glyph::Warning)
                painter->drawPolygon(QPolygonF({QPointF(8, 1), QPointF(15.5, 14.5), QPointF(0.5, 14.5)}));
            else
                painter->drawEllipse(QPointF(8, 8), 7, 7);
            const QColor mark = m_glyph == Glyph::Warning ? QColor(0x24, 0x1f, 0x31) : QColor(Qt::white);
            painter->setPen(QPen(mark, 1.6, Qt::SolidLine, Qt::RoundCap));
            if (m_glyph == Glyph::Warning) {
                painter->drawLine(QPointF(8, 5.5), QPointF(8, 9.5));
                painter->drawPoint(QPointF(8, 12.2));
            } else {
                painter->drawLine(QPointF(5.5, 5.5), QPointF(10.5, 10.5));
                painter->drawLine(QPointF(10.5, 5.5), QPointF(5.5, 10.5));
            }
            return;
        }
        }
        painter->drawPath(path);
    }

    Glyph m_glyph;
};

} // namespace

QIcon glyphIcon(Glyph glyph)
{
    return deferredIcon([glyph] {
        // hicolor, the fallback of every theme, has no action icons: asking it would only read its index.
        const QString theme = QIcon::themeName();
        if (!theme.isEmpty() && theme != QLatin1String("hicolor")) {
            QIcon themed = QIcon::fromTheme(themeName(glyph));
            if (!themed.isNull())
                return themed;
        }
        return QIcon(new GlyphEngine(glyph));
    });
}

} // namespace sx
