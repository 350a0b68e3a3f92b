#include "AppStyle.h"
#include "ExitAfterShow.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstring>

namespace {

void describe(QCoreApplication& app, QCommandLineParser& parser)
{
    // The same names as sxstudio-cli: both share the profiles, templates and history.
    QCoreApplication::setOrganizationName(QStringLiteral("sxstudio"));
    QCoreApplication::setApplicationName(QStringLiteral("sxstudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SXSTUDIO_VERSION));
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Compose SchedulerX jobs and submit them (CreateJob)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app); // exits for --help and --version
}

// --help and --version must work without a display, so they never create a QApplication.
bool onlyPrints(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char* option : {"-h", "--help", "--help-all", "-v", "--version", "-?"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    QCommandLineParser parser;
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        sx::Translations::install(sx::Translations::configuredLanguage());
        describe(app, parser);
        return 0;
    }
    QApplication app(argc, argv);
    QApplication::setStyle(new sx::AppStyle);
    QCoreApplication::setOrganizationName(QStringLiteral("sxstudio"));
    QCoreApplication::setApplicationName(QStringLiteral("sxstudio"));
    sx::Translations::install(sx::Translations::configuredLanguage());
    describe(app, parser);
    QApplication::setApplicationDisplayName(QObject::tr("SchedulerX Job Studio"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.sxstudio"));

    sx::MainWindow window;
    sx::ExitAfterShow::arm(&window); // only under SXSTUDIO_EXIT_AFTER_SHOW=1, for bench/run-startup-bench
    window.show();
    return app.exec();
}
