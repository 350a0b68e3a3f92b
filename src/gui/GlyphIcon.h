#pragma once

#include <QIcon>

namespace sx {

// The few icons the window shows from the start.
enum class Glyph { NewFile, Open, Save, Send, Inspect, DropDown, Reload, Warning, Error };

// The desktop icon theme's icon for glyph where a theme is set and has it (asked when first drawn), else the
// glyph drawn as a line icon in the palette's text colour: nothing to decode, sharp at any size and scale.
// The style's standard icons decode every size of every icon at once, a tenth of sxstudio's start-up
// (bench/run-startup-bench).
QIcon glyphIcon(Glyph glyph);

} // namespace sx
