#pragma once

#include "CliIo.h"
#include "JobFile.h"
#include "Problem.h"

#include <QCommandLineParser>

#include <optional>

namespace sx::cli {

// Parses a command's arguments. Returns the exit status to stop with (help printed, or a usage
// error reported), or nothing when the command should go on.
std::optional<int>
parseArguments(QCommandLineParser& parser, const QString& command, const QStringList& args, CliIo& io);

// Reads a job file; on failure reports "FILE: line L, column C: message" on stderr.
std::optional<JobFile> loadJobFile(const QString& path, CliIo& io);

// Fills RegionId when the file leaves it out: --region, then ALIBABA_CLOUD_REGION_ID.
void fillRegion(Job& job, const QString& regionOption);

// "FILE: error: Field: message" per problem, on stderr. Returns whether any is an error.
bool reportProblems(const QString& path, const Problems& problems, CliIo& io);

QString tr(const char* text);

} // namespace sx::cli
