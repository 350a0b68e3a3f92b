#pragma once

#include <QIcon>

#include <functional>

namespace sx {

// An icon that make() builds only when it is first drawn or measured: Qt decodes every file of an icon as soon
// as it is added, and an icon theme is searched on disk, both before the window could show.
QIcon deferredIcon(std::function<QIcon()> make);

} // namespace sx
