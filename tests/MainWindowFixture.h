#pragma once

#include "AppContext.h"
#include "MainWindow.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace sx::test {

// A MainWindow over stores of its own in a temporary folder, with settings and standard paths of the tests'
// own: never the user's settings, history or keychain.
class MainWindowFixture
{
protected:
    // From initTestCase().
    void isolateUserState()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath("settings"));
        QCoreApplication::setOrganizationName("sxstudio-test");
        QCoreApplication::setApplicationName("sxstudio-test");
    }
    // From init(): fresh settings and stores, and a shown window.
    void openFreshWindow()
    {
        QSettings().clear();
        m_home = std::make_unique<QTemporaryDir>();
        m_context = AppContext::inFolder(m_home->path());
        openWindow();
    }
    // Another window over the same stores, as after a restart.
    void openWindow()
    {
        m_window = new MainWindow(m_context.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }
    void closeWindow()
    {
        if (m_window)
            m_window->setWindowModified(false);
        delete m_window;
        m_window = nullptr;
    }
    template <typename T>
    T* child(const char* name) const
    {
        T* widget = m_window->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_home; // each test's own stores
    std::unique_ptr<AppContext> m_context;
    MainWindow* m_window = nullptr;
};

} // namespace sx::test
