#include "CliSupport.h"
#include "Commands.h"
#include "Validator.h"

namespace sx::cli {

int runValidate(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks job files offline against every CreateJob rule; sends nothing."));
    parser.addPositionalArgument("FILE", tr("Job or template files (JSON)."), "FILE...");
    const QCommandLineOption region("region", tr("RegionId for files that leave it out."), "ID");
    parser.addOption(region);
    if (auto status = parseArguments(parser, "validate", args, io))
        return *status;
    if (parser.positionalArguments().isEmpty()) {
        io.err << tr("Name at least one job file.") << "\n";
        return ExitUsage;
    }

    bool allValid = true;
    for (const QString& path : parser.positionalArguments()) {
        auto file = loadJobFile(path, io);
        if (!file) {
            allValid = false;
            continue;
        }
        fillRegion(file->job, parser.value(region));
        const Problems problems = Validator::validate(file->job);
        const bool errors = reportProblems(path, problems, io);
        allValid = allValid && !errors;
        io.out << path << ": " << (errors ? tr("invalid") : tr("valid")) << "\n";
    }
    return allValid ? ExitOk : ExitInvalid;
}

} // namespace sx::cli
