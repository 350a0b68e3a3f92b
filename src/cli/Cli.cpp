#include "Commands.h"

#include <QCoreApplication>

namespace sx::cli {

const QList<Command>& commands()
{
    static const QList<Command> all = {
        {"validate", QT_TRANSLATE_NOOP("Cli", "Check job files offline"), runValidate},
        {"submit", QT_TRANSLATE_NOOP("Cli", "Sign and send CreateJob for job files"), runSubmit},
        {"sandbox", QT_TRANSLATE_NOOP("Cli", "Run the local SchedulerX stand-in"), runSandbox},
        {"profile", QT_TRANSLATE_NOOP("Cli", "Add, list, remove and import credential profiles"), runProfile},
        {"cron", QT_TRANSLATE_NOOP("Cli", "Check a cron expression and print its next fire times"), runCron},
        {"history", QT_TRANSLATE_NOOP("Cli", "List, show, export and clone recorded submissions"), runHistory},
        {"templates", QT_TRANSLATE_NOOP("Cli", "List the desktop app's templates; print one's path or contents"),
         runTemplates},
    };
    return all;
}

namespace {

void printUsage(QTextStream& s)
{
    s << QCoreApplication::translate("Cli", "Usage: sxstudio-cli COMMAND [OPTIONS]") << "\n\n"
      << QCoreApplication::translate("Cli", "Commands:") << "\n";
    for (const Command& c : commands())
        s << "  " << QString::fromLatin1(c.name).leftJustified(11) << QCoreApplication::translate("Cli", c.summary)
          << "\n";
    s << "\n"
      << QCoreApplication::translate("Cli", "Run \"sxstudio-cli COMMAND --help\" for a command's options.") << "\n"
      << QCoreApplication::translate(
             "Cli",
             "Exit status: 0 done; 1 usage error; 2 invalid input, nothing sent; 3 the service refused; "
             "4 network failure or outcome unknown.")
      << "\n";
}

} // namespace

int runCli(const QStringList& arguments, CliIo& io)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        printUsage(io.err);
        return ExitUsage;
    }
    const QString& name = args.first();
    if (name == "--help" || name == "-h" || name == "help") {
        printUsage(io.out);
        return ExitOk;
    }
    if (name == "--version" || name == "-v") {
        io.out << "sxstudio-cli " << SXSTUDIO_VERSION << "\n";
        return ExitOk;
    }
    for (const Command& c : commands()) {
        if (name == QLatin1String(c.name))
            return c.run(args.mid(1), io);
    }
    io.err << QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(name) << "\n\n";
    printUsage(io.err);
    return ExitUsage;
}

} // namespace sx::cli
