#include "JobKinds.h"

namespace sx::JobKinds {

QStringList jobTypes()
{
    return {"java", "python", "shell", "go", "http", "xxljob", "dataworks", "k8s", "springschedule"};
}

QStringList executeModes()
{
    return {"standalone", "broadcast", "parallel", "grid", "batch", "sharding"};
}

QStringList executeModesFor(const QString& jobType)
{
    // Java supports all six; for the others only what the docs and the console show.
    if (jobType == "java")
        return executeModes();
    if (isScriptType(jobType) || jobType == "xxljob")
        return {"standalone", "broadcast", "sharding"};
    if (jobType == "http" || jobType == "springschedule")
        return {"standalone", "broadcast"};
    return {"standalone"};
}

QStringList sendChannels()
{
    return {"sms", "mail", "phone", "webhook"};
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

QList<int> timeTypes()
{
    return {Cron, FixedRate, SecondDelay, OneTime, Api};
}

bool isKnownTimeType(int timeType)
{
    return timeTypes().contains(timeType);
}

} // namespace sx::JobKinds
