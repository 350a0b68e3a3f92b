#include "Commands.h"

namespace sx::cli {
int runValidate(const QStringList&, CliIo& io)
{
    io.err << "not yet\n";
    return ExitUsage;
}
int runSubmit(const QStringList&, CliIo& io)
{
    io.err << "not yet\n";
    return ExitUsage;
}
int runSandbox(const QStringList&, CliIo& io)
{
    io.err << "not yet\n";
    return ExitUsage;
}
} // namespace sx::cli
