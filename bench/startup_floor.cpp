// The startup floor: the smallest Qt Widgets window (a QMainWindow holding a QLabel), to compare sxstudio's
// time to its first shown window and its peak memory with (bench/run-startup-bench). Quits exactly like
// sxstudio does under SXSTUDIO_EXIT_AFTER_SHOW=1. SXSTUDIO_FLOOR_SIZE=WxH resizes the window (default: Qt's).
#include "ExitAfterShow.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    const QStringList size = qEnvironmentVariable("SXSTUDIO_FLOOR_SIZE").split(QLatin1Char('x'));
    if (size.size() == 2)
        window.resize(size[0].toInt(), size[1].toInt());
    sx::ExitAfterShow::arm(&window);
    window.show();
    return app.exec();
}
