#pragma once

#include "Job.h"

#include <QByteArray>
#include <QString>

namespace sx::test {

// The source tree, for example and fixture files (set by CTest as SX_SOURCE_DIR).
QString sourcePath(const QString& relative);
QByteArray readSourceFile(const QString& relative);

// The CreateJob of the self-computed signing vectors V2-D and V3-B (schedulerx-api.md §4.2, §4.4):
// a java cron job with a Chinese name, two contacts (one phone masked as in the API page) and alerts.
sx::Job signingVectorJob();
// The same job with a real-shaped phone number, so that the validator (and so the sandbox) accepts it.
sx::Job validSampleJob();

} // namespace sx::test
