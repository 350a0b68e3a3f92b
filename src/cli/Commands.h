#pragma once

#include "CliIo.h"

#include <QStringList>

namespace sx::cli {

// Each command gets its own arguments (without the program and command names).
using CommandFunction = int (*)(const QStringList& args, CliIo& io);

struct Command
{
    const char* name;
    const char* summary; // translatable, context "Cli"
    CommandFunction run;
};

int runValidate(const QStringList& args, CliIo& io);
int runSubmit(const QStringList& args, CliIo& io);
int runSandbox(const QStringList& args, CliIo& io);
int runProfile(const QStringList& args, CliIo& io);
int runCron(const QStringList& args, CliIo& io);
int runHistory(const QStringList& args, CliIo& io);
int runTemplates(const QStringList& args, CliIo& io);

const QList<Command>& commands();

// The whole command line: "sxstudio-cli COMMAND ARGS...". Returns the exit status.
int runCli(const QStringList& arguments, CliIo& io);

} // namespace sx::cli
