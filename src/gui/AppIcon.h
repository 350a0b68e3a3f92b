#pragma once

#include <QIcon>

namespace sx {

// The application icon, embedded from resources/sxstudio.qrc (:/icons/sxstudio.svg and its PNG renders).
// Scales the SVG where Qt can draw SVG (qt6-svg's plugins), else uses the PNGs of 32 to 256 pixels.
QIcon appIcon();

} // namespace sx
