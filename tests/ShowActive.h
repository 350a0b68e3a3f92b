#pragma once

#include <QTest>
#include <QWidget>

namespace sx::test {

// Shows a top-level widget and makes it the active window: focus events need one, also under a bare X server.
// False (with the test failed) when either does not happen in time.
[[nodiscard]] inline bool showActive(QWidget* widget)
{
    widget->show();
    if (!QTest::qWaitForWindowExposed(widget))
        return false;
    widget->activateWindow();
    return QTest::qWaitForWindowActive(widget);
}

} // namespace sx::test
