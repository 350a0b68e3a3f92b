#pragma once

#include <QIODevice>
#include <QTextStream>

namespace sx::cli {

// Exit statuses shared by every command (documented in the README).
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 1, // bad arguments
    ExitInvalid = 2, // invalid input, nothing sent
    ExitRefused = 3, // the service refused
    ExitNetwork = 4, // network failure or outcome unknown
};

// The streams a command talks through; tests give it buffers, main() the real ones.
struct CliIo
{
    QTextStream& out; // results
    QTextStream& err; // diagnostics
    QIODevice* in = nullptr; // standard input, for secrets
    bool inIsTerminal = false;
};

} // namespace sx::cli
