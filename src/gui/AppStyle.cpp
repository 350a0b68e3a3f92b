#include "AppStyle.h"

#include "DeferredIcon.h"

#include <QGroupBox>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>

namespace sx {

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
    if (element != PE_FrameGroupBox || baseStyle()->name() != QLatin1String("fusion")) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
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
    const QRect frame = option->rect.adjusted(1, top + 1, 0, 0);
    painter->save();
    // The ground as a plain fill, only the border antialiased: a large antialiased shape costs as much as
    // all the line edits' frames together.
    painter->fillRect(frame.adjusted(1, 1, -1, -1), window.darker(101));
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(window.darker(111));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(frame).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
    painter->restore();
}

} // namespace sx
