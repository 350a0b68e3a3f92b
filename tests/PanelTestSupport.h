#pragma once

#include "Parameter.h"
#include "Problem.h"

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

// A problem at param, or at a path inside it ("ContactInfo[2].UserName"): what a panel's widgetFor() is asked.
inline Problem problemAt(Param param, const QString& path = {})
{
    return {param, path.isEmpty() ? Parameters::name(param) : path, Severity::Error, QStringLiteral("test"),
            QStringLiteral("test")};
}

// The panel's field for param, as a T; stops the run when it has none, since every later step would crash.
template <typename T, typename Panel>
T* fieldFor(const Panel* panel, Param param)
{
    auto* widget = qobject_cast<T*>(panel->widgetFor(problemAt(param)));
    if (!widget)
        qFatal("no %s for %s", T::staticMetaObject.className(), qPrintable(Parameters::name(param)));
    return widget;
}

} // namespace sx::test
