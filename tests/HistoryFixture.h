#pragma once

// Realistic history entries for the history model and browser tests: mixed outcomes, profiles and ages.
#include "HistoryStore.h"

#include <QList>

namespace sx::test {

struct HistorySample
{
    qint64 id = 0;
    QDateTime time;
    QString name;
    QString groupId;
    QString profile;
    Outcome outcome = Outcome::Unknown;
    bool pending = false;
    QString jobId;
    QString requestId;
};

inline HistoryAttempt historyAttempt(const QString& name, const QString& group, const QString& profile)
{
    HistoryAttempt a;
    a.profile = profile;
    a.region = QStringLiteral("cn-hangzhou");
    a.endpoint = QStringLiteral("https://schedulerx.cn-hangzhou.aliyuncs.com");
    a.signatureVersion = QStringLiteral("v3");
    a.file = QStringLiteral("/home/ops/jobs/%1.json").arg(name);
    Job& job = a.job;
    job.set(Param::RegionId, QStringLiteral("cn-hangzhou"));
    job.set(Param::Namespace, QStringLiteral("4a06d5ea-f576-4326-842c-fb14ea043d8d"));
    job.set(Param::GroupId, group);
    job.set(Param::Name, name);
    job.set(Param::Description, QStringLiteral("Runs %1 every night").arg(name));
    job.set(Param::JobType, QStringLiteral("java"));
    job.set(Param::ExecuteMode, QStringLiteral("standalone"));
    job.set(Param::ClassName, QStringLiteral("com.example.jobs.NightlyExport"));
    job.set(Param::TimeType, 1);
    job.set(Param::TimeExpression, QStringLiteral("0 30 2 * * ?"));
    job.set(Param::Timezone, QStringLiteral("Asia/Shanghai"));
    job.set(Param::MaxAttempt, 3);
    job.set(Param::FailEnable, true);
    job.set(Param::SendChannel, QStringLiteral("mail"));
    job.setContacts({Contact {QStringLiteral("oncall"), QString(), QStringLiteral("oncall@example.com"), QString()}});
    return a;
}

inline SubmitResult historyResult(Outcome outcome, int i)
{
    SubmitResult r;
    r.outcome = outcome;
    r.attempts = 1;
    r.durationMs = 60 + (i * 37) % 400;
    r.requestId = QStringLiteral("5A1F0B7E-2C4D-4E8F-9A0B-%1").arg(i, 12, 10, QLatin1Char('0'));
    switch (outcome) {
    case Outcome::Created:
        r.httpStatus = 200;
        r.jobId = QString::number(81000 + i);
        r.code = QStringLiteral("200");
        r.message = QStringLiteral("success");
        r.responseBody = QStringLiteral(R"({"Code":200,"Message":"success","RequestId":"%1","Success":true,)"
                                        R"("Data":{"JobId":%2}})")
                             .arg(r.requestId, r.jobId)
                             .toUtf8();
        break;
    case Outcome::Refused:
        r.httpStatus = 400;
        r.code = QStringLiteral("InvalidParameter");
        r.message = QStringLiteral("The specified parameter TimeExpression is not valid.");
        r.responseBody = QStringLiteral(R"({"RequestId":"%1","HostId":"schedulerx.aliyuncs.com",)"
                                        R"("Code":"InvalidParameter","Message":"%2"})")
                             .arg(r.requestId, r.message)
                             .toUtf8();
        break;
    case Outcome::Unknown:
        r.requestId.clear();
        r.httpStatus = 502;
        r.message = QStringLiteral("The answer was not JSON (HTTP 502).");
        r.responseBody = "<html><head><title>502 Bad Gateway</title></head>\n<body><h1>502 Bad Gateway</h1></body>"
                         "</html>\n";
        break;
    case Outcome::Failed:
        r.requestId.clear();
        r.message = QStringLiteral("Connection refused");
        r.durationMs = 2;
        break;
    }
    return r;
}

// count entries, one every 26 hours up to now (so 1 in the last day, 7 in a week, 28 in 30 days at 60), in
// a fixed pattern of outcomes (6 created, 2 refused, 1 unknown, 1 failed in each ten) and of profiles (work,
// production, none); the second newest never completes. Oldest first.
inline QList<HistorySample> recordHistorySamples(HistoryStore& store, int count)
{
    static const char* const names[] = {"billing-nightly-export", "reports-daily-rollup",
                                        "payments-reconcile",     "每日报表",
                                        "search-reindex",         "crm-hourly-sync"};
    static const char* const groups[] = {"billing.prod", "reports.prod", "payments.prod",
                                         "reports.prod", "search.prod",  "crm.prod"};
    static const char* const profiles[] = {"work", "production", ""};
    static const Outcome pattern[] = {Outcome::Created, Outcome::Created, Outcome::Refused, Outcome::Created,
                                      Outcome::Unknown, Outcome::Created, Outcome::Created, Outcome::Failed,
                                      Outcome::Refused, Outcome::Created};
    QList<HistorySample> samples;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        HistorySample s;
        s.time = now.addSecs(-qint64(count - 1 - i) * 26 * 3600 - 60);
        s.name = QString::fromUtf8(names[i % 6]);
        s.groupId = QString::fromUtf8(groups[i % 6]);
        s.profile = QString::fromUtf8(profiles[i % 3]);
        HistoryAttempt a = historyAttempt(s.name, s.groupId, s.profile);
        a.time = s.time;
        s.id = *store.begin(a);
        s.pending = i == count - 2;
        if (!s.pending) {
            const SubmitResult r = historyResult(pattern[i % 10], i);
            store.complete(s.id, r);
            s.outcome = r.outcome;
            s.jobId = r.jobId;
            s.requestId = r.requestId;
        }
        samples.append(s);
    }
    return samples;
}

} // namespace sx::test
