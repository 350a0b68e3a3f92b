#include "CliSupport.h"

#include <QCoreApplication>

namespace sx::cli {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

std::optional<int>
parseArguments(QCommandLineParser& parser, const QString& command, const QStringList& args, CliIo& io)
{
    const QCommandLineOption help({"h", "help"}, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList {"sxstudio-cli " + command} + args)) {
        io.err << parser.errorText() << "\n" << tr("Run \"sxstudio-cli %1 --help\" for usage.").arg(command) << "\n";
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // Qt names the program by the path it was started from; say the command the user typed.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program); at >= 0)
            text.replace(at, program.size(), QStringLiteral("sxstudio-cli ") + command);
        io.out << text;
        return ExitOk;
    }
    return std::nullopt;
}

std::optional<JobFile> loadJobFile(const QString& path, CliIo& io)
{
    JobFileError error;
    auto file = JobFileFormat::load(path, &error);
    if (!file)
        io.err << path << ": " << error.toString() << "\n";
    return file;
}

void fillRegion(Job& job, const QString& regionOption)
{
    if (job.has(Param::RegionId))
        return;
    const QString region = regionOption.isEmpty() ? qEnvironmentVariable("ALIBABA_CLOUD_REGION_ID") : regionOption;
    if (!region.isEmpty())
        job.set(Param::RegionId, region);
}

bool reportProblems(const QString& path, const Problems& problems, CliIo& io)
{
    bool errors = false;
    for (const Problem& p : problems) {
        errors = errors || p.isError();
        io.err << path << ": " << (p.isError() ? tr("error") : tr("warning")) << ": " << p.path << ": " << p.message
               << " [" << p.code << "]\n";
    }
    return errors;
}

} // namespace sx::cli
