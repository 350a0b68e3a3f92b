#include "Commands.h"

#include <QCoreApplication>
#include <QFile>

#include <unistd.h>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName("sxstudio");
    QCoreApplication::setApplicationName("sxstudio");
    QCoreApplication::setApplicationVersion(SXSTUDIO_VERSION);

    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    QTextStream out(stdout);
    QTextStream err(stderr);
    sx::cli::CliIo io {out, err, &in, static_cast<bool>(isatty(STDIN_FILENO))};
    const int status = sx::cli::runCli(app.arguments(), io);
    out.flush();
    err.flush();
    return status;
}
