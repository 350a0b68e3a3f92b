#pragma once

class QWidget;

namespace sx::PanelFocus {

// Scrolls every scroll area around the widget so that it is in view (a panel does not know where it is put).
void reveal(QWidget* widget);

} // namespace sx::PanelFocus
