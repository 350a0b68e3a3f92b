#include "AppStyle.h"

#include "DeferredIcon.h"
#include "NinePatch.h"

#include <QGroupBox>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>

namespace sx {

namespace {

// Fusion's frames are uniform beyond their 2-pixel corners, its focus ring and its inner shadow line.
constexpr int NinePatchCorner = 4;

} // namespace

AppStyle::AppStyle() = default;

QIcon AppStyle::standardIcon(StandardPixmap pixmap, const QStyleOption* option, const QWidget* widget) const
{
    switch (pixmap) {
    case SP_ToolBarHorizontalExtensionButton:
    case SP_ToolBarVerticalExtensionButton:
    case SP_TitleBarNormalButton:
    case SP_TitleBarCloseButton:
    case SP_DockWidgetCloseButton: {
        // These exist in every style and depend on neither the option nor the widget, which are only borrowed
        // for this call.
        QPointer<QStyle> base = baseStyle();
        return deferredIcon([base, pixmap] { return base ? base->standardIcon(pixmap) : QIcon(); });
    }
    default:
        return QProxyStyle::standardIcon(pixmap, option, widget);
    }
}

void AppStyle::drawPrimitive(PrimitiveElement element,
                             const QStyleOption* option,
                             QPainter* painter,
                             const QWidget* widget) const
{
    const bool fusion = baseStyle()->name() == QLatin1String("fusion");
    const auto* frame = qstyleoption_cast<const QStyleOptionFrame*>(option);
    if (fusion && element == PE_FrameGroupBox) {
        drawGroupBoxFrame(option, painter, widget);
    } else if (fusion && element == PE_FrameLineEdit && frame) {
        // Fusion's own frame, painted once per state and palette and stretched: it depends on nothing else.
        const QString key = QStringLiteral("sx-line-edit-%1-%2-%3")
                                .arg(frame->state.toInt())
                                .arg(frame->lineWidth)
                                .arg(frame->palette.cacheKey());
        paintNinePatch(painter, frame->rect, NinePatchCorner, key, [this, frame, widget](QPainter* p, const QRect& r) {
            QStyleOptionFrame small(*frame);
            small.rect = r;
            QProxyStyle::drawPrimitive(PE_FrameLineEdit, &small, p, widget);
        });
    } else if (const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option);
               fusion && element == PE_PanelButtonCommand && button) {
        // Fusion's button (and combo box) face: a vertical gradient, so stretched across only, per height.
        const QString key = QStringLiteral("sx-button-%1-%2-%3-%4")
                                .arg(button->state.toInt())
                                .arg(button->features.toInt())
                                .arg(button->rect.height())
                                .arg(button->palette.cacheKey());
        paintNinePatch(
            painter, button->rect, NinePatchCorner, key,
            [this, button, widget](QPainter* p, const QRect& r) {
                QStyleOptionButton small(*button);
                small.rect = r;
                QProxyStyle::drawPrimitive(PE_PanelButtonCommand, &small, p, widget);
            },
            Qt::Horizontal);
    } else {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
}

void AppStyle::drawGroupBoxFrame(const QStyleOption* option, QPainter* painter, const QWidget* widget) const
{
    // A flat group box is a titled section: no frame.
    if (const auto* frame = qstyleoption_cast<const QStyleOptionFrame*>(option);
        frame && frame->features.testFlag(QStyleOptionFrame::Flat))
        return;
    // Fusion's own look and geometry (its picture has a clear first row and column): a rounded frame a shade
    // darker than the window, on a faintly darker ground, below the title.
    constexpr int GroupBoxTopMargin = 3; // Fusion's
    const auto* groupBox = qobject_cast<const QGroupBox*>(widget);
    const int top = groupBox && !groupBox->isCheckable() && groupBox->title().isEmpty()
        ? GroupBoxTopMargin
        : qMax(pixelMetric(PM_ExclusiveIndicatorHeight, option, widget), option->fontMetrics.height()) +
            GroupBoxTopMargin;
    const QColor window = option->palette.window().color();
    const QString key = QStringLiteral("sx-group-box-%1").arg(window.rgba());
    paintNinePatch(painter, option->rect.adjusted(1, top + 1, 0, 0), NinePatchCorner, key,
                   [window](QPainter* p, const QRect& frame) {
                       p->save();
                       p->fillRect(frame.adjusted(1, 1, -1, -1), window.darker(101));
                       p->setRenderHint(QPainter::Antialiasing);
                       p->setPen(window.darker(111));
                       p->setBrush(Qt::NoBrush);
                       p->drawRoundedRect(QRectF(frame).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
                       p->restore();
                   });
}

} // namespace sx
