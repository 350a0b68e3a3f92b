#pragma once

#include "CliIo.h"
#include "Commands.h"

#include <QStringList>
#include <QTextStream>

// What `sxstudio-cli ARGS...` returned and printed, run in-process with its streams captured.
struct CliRun
{
    int status = -1;
    QString out;
    QString err;
};

inline CliRun runCliCaptured(const QStringList& args)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    sx::cli::CliIo io {out, err};
    run.status = sx::cli::runCli(QStringList {"sxstudio-cli"} + args, io);
    out.flush();
    err.flush();
    return run;
}
