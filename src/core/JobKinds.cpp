#include "JobKinds.h"

namespace sx::JobKinds {

const QStringList& jobTypes()
{
    static const QStringList types = {"java",      "python", "shell",         "go", "http", "xxljob",
                                      "dataworks", "k8s",    "springschedule"};
    return types;
}

const QStringList& executeModes()
{
    static const QStringList modes = {"standalone", "broadcast", "parallel", "grid", "batch", "sharding"};
    return modes;
}

const QStringList& executeModesFor(const QString& jobType)
{
    // Java supports all six; for the others only what the docs and the console show.
    static const QStringList fanOut = {"standalone", "broadcast", "sharding"};
    static const QStringList everyWorker = {"standalone", "broadcast"};
    static const QStringList single = {"standalone"};
    if (jobType == "java")
        return executeModes();
    if (isScriptType(jobType) || jobType == "xxljob")
        return fanOut;
    if (jobType == "http" || jobType == "springschedule")
        return everyWorker;
    return single;
}

const QStringList& sendChannels()
{
    static const QStringList channels = {"sms", "mail", "phone", "webhook"};
    return channels;
}

QString canonicalJobType(const QString& jobType)
{
    return jobType == "golang" ? QStringLiteral("go") : jobType;
}

QString canonicalExecuteMode(const QString& mode)
{
    return mode == "shard" ? QStringLiteral("sharding") : mode;
}

QString canonicalSendChannel(const QString& channel)
{
    return channel == "ding" ? QStringLiteral("webhook") : channel;
}

bool isScriptType(const QString& jobType)
{
    return jobType == "python" || jobType == "shell" || jobType == "go";
}

bool needsContent(const QString& jobType)
{
    return isScriptType(jobType) || jobType == "k8s";
}

bool isMapReduceMode(const QString& mode)
{
    return mode == "parallel" || mode == "grid" || mode == "batch";
}

const QList<int>& timeTypes()
{
    static const QList<int> types = {Cron, FixedRate, SecondDelay, OneTime, Api};
    return types;
}

bool isKnownTimeType(int timeType)
{
    return timeTypes().contains(timeType);
}

QString timeTypeName(int timeType)
{
    switch (timeType) {
    case Cron:
        return QStringLiteral("cron");
    case FixedRate:
        return QStringLiteral("fixed rate");
    case SecondDelay:
        return QStringLiteral("second delay");
    case OneTime:
        return QStringLiteral("one time");
    case Api:
        return QStringLiteral("api");
    default:
        return {};
    }
}

} // namespace sx::JobKinds
