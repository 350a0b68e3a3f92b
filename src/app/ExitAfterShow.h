#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

namespace sx {

/** Startup measurement only (bench/run-startup-bench): with SXSTUDIO_EXIT_AFTER_SHOW=1 in the environment the
 *  program quits once its window has been painted and flushed for the first time, and prints that moment
 *  (CLOCK_MONOTONIC) to stderr. Without the variable nothing is installed and nothing changes.
 *  The minimal floor program (bench/startup_floor.cpp) uses this same class, so both stop at the same point. */
class ExitAfterShow : public QObject
{
public:
    // Call before window->show().
    static void arm(QWidget* window)
    {
        if (qEnvironmentVariableIntValue("SXSTUDIO_EXIT_AFTER_SHOW") == 1)
            window->installEventFilter(new ExitAfterShow(window));
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && watched == parent()) {
            // The window paints first, then its children, then the backing store is flushed, all in this pass;
            // a 0 ms single-shot runs once that pass is over, so the time it prints is "painted and shown".
            QTimer::singleShot(0, qApp, [] {
                timespec now {};
                clock_gettime(CLOCK_MONOTONIC, &now);
                std::fprintf(stderr, "shown-monotonic-ns %lld\n",
                             static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
                QCoreApplication::quit();
            });
            watched->removeEventFilter(this);
            deleteLater();
        }
        return false;
    }

private:
    explicit ExitAfterShow(QObject* window)
        : QObject(window)
    {
    }
};

} // namespace sx
