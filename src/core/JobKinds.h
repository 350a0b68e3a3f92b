#pragma once

#include <QString>
#include <QStringList>

namespace sx {

// The enumerations of CreateJob (schedulerx-api.md §1.3-§1.6) and what follows from them.
namespace JobKinds {

const QStringList& jobTypes(); // java, python, shell, go, http, xxljob, dataworks, k8s, springschedule
const QStringList& executeModes(); // standalone, broadcast, parallel, grid, batch, sharding
const QStringList& executeModesFor(const QString& jobType); // those documented or common for the type
const QStringList& sendChannels(); // sms, mail, phone, webhook

// Spellings the service or older docs use that we accept and never emit.
QString canonicalJobType(const QString& jobType); // golang -> go
QString canonicalExecuteMode(const QString& mode); // shard -> sharding
QString canonicalSendChannel(const QString& channel); // ding -> webhook

bool isScriptType(const QString& jobType); // python, shell, go
bool needsContent(const QString& jobType); // python, shell, go, k8s
bool isMapReduceMode(const QString& mode); // parallel, grid, batch

enum TimeType : int { Cron = 1, FixedRate = 3, SecondDelay = 4, OneTime = 5, Api = 100 };
const QList<int>& timeTypes();
bool isKnownTimeType(int timeType);
// The English name the API documents ("cron", "fixed rate", ...); empty for an unknown code.
QString timeTypeName(int timeType);

} // namespace JobKinds
} // namespace sx
