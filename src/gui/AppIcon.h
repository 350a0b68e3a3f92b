#pragma once

#include <QIcon>

namespace sx {

// The window icon's sizes, embedded from resources/sxstudio.qrc (:/icons/sxstudio-N.png, renders of
// resources/icons/sxstudio.svg). Larger sizes and the SVG are installed into the icon theme for the desktop file;
// inside the program they would only cost start-up time (Qt's SVG plugins, decoding 256 pixels).
inline constexpr int AppIconSizes[] = {32, 48, 64, 128};

// The application icon; its files are decoded when it is first drawn (on X11: when the window is created).
QIcon appIcon();

} // namespace sx
