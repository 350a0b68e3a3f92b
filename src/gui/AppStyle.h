#pragma once

#include <QProxyStyle>

namespace sx {

/** The platform's style with two start-up costs taken out (bench/run-startup-bench), installed by main();
 *  without it everything looks the same, only later:
 *  - the standard icons Qt's own widgets fetch when they are built (the menu bar's and tool bar's overflow
 *    arrow, a dock's float and close buttons) are made when first drawn, which for most is never;
 *  - Fusion's group box frame is drawn in code, not from Fusion's picture: loading that has Qt ask every
 *    image plugin whether it reads PNG (loading svg, gif, ico, jpeg and their libraries). A flat group box,
 *    which Fusion frames all the same, gets no frame;
 *  - Fusion's line edit frames (line edits, spin boxes, editable combo boxes) and the group box frames are
 *    painted once per state at a small size and stretched (NinePatch.h). */
class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    AppStyle();

    QIcon standardIcon(StandardPixmap pixmap,
                       const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element,
                       const QStyleOption* option,
                       QPainter* painter,
                       const QWidget* widget) const override;

private:
    void drawGroupBoxFrame(const QStyleOption* option, QPainter* painter, const QWidget* widget) const;
};

} // namespace sx
