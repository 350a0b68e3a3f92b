// Fills a history with realistic entries and times what the GUI and the CLI do with it.
// Usage: bench_history [ENTRIES] [DATABASE]   (defaults: 100000, a temporary file)
// Targets (issue 5): open < 50 ms, newest 100 < 10 ms, a text search < 100 ms.
#include "HistorySamples.h"
#include "HistoryStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace sx;

namespace {

HistoryAttempt makeAttempt(int i, QRandomGenerator& random)
{
    HistoryAttempt a;
    a.time = QDateTime::currentDateTimeUtc().addSecs(-(100000 - i) * 60);
    a.profile = i % 3 ? "prod" : "test";
    a.region = i % 5 ? "cn-hangzhou" : "cn-shanghai";
    a.endpoint = "https://schedulerx." + a.region + ".aliyuncs.com";
    a.signatureVersion = i % 10 ? "v3" : "v2";
    a.templateSource = i % 4 ? QStringLiteral("template-%1").arg(i % 37) : QString();
    a.file = QStringLiteral("/home/ops/jobs/job-%1.json").arg(i % 500);
    Job& job = a.job;
    const QString team = bench::Teams[random.bounded(bench::Teams.size())];
    job.set(Param::RegionId, a.region);
    job.set(Param::Namespace, bench::Namespaces[random.bounded(bench::Namespaces.size())]);
    job.set(Param::GroupId, QString(team + ".group"));
    job.set(Param::Name,
            QStringLiteral("%1-%2-%3").arg(team, bench::Tasks[random.bounded(bench::Tasks.size())]).arg(i % 1000));
    job.set(Param::Description, QStringLiteral("Runs the %1 pipeline for the %2 team").arg(i % 50).arg(team));
    job.set(Param::JobType, "java");
    job.set(Param::ExecuteMode, "standalone");
    job.set(Param::ClassName, QStringLiteral("com.example.%1.Job%2").arg(team).arg(i % 100));
    job.set(Param::TimeType, 1);
    job.set(Param::TimeExpression, QStringLiteral("0 %1 2 * * ?").arg(i % 60));
    job.set(Param::Timezone, "Asia/Shanghai");
    job.set(Param::MaxAttempt, 3);
    job.set(Param::Timeout, qint64(7200));
    job.set(Param::TimeoutEnable, true);
    job.set(Param::FailEnable, true);
    job.set(Param::SendChannel, "sms,mail");
    job.setContacts({{QString("oncall-" + team), "1381111****", QString(team + "@example.com"), ""},
                     {"lead", "", "lead@example.com", ""}});
    return a;
}

SubmitResult makeResult(int i, QRandomGenerator& random)
{
    SubmitResult r;
    const int roll = random.bounded(100);
    r.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    r.durationMs = 40 + random.bounded(300);
    r.attempts = 1;
    if (roll < 90) {
        r.outcome = Outcome::Created;
        r.httpStatus = 200;
        r.jobId = QString::number(1000000 + i);
        r.code = "200";
        r.message = "success";
        r.responseBody = QStringLiteral(R"({"Code":200,"Message":"success","RequestId":"%1","Success":true,)"
                                        R"("Data":{"JobId":%2}})")
                             .arg(r.requestId, r.jobId)
                             .toUtf8();
    } else if (roll < 97) {
        r.outcome = Outcome::Refused;
        r.httpStatus = 400;
        r.code = "InvalidParameter";
        r.message = "The specified parameter TimeExpression is not valid.";
        r.responseBody = QStringLiteral(R"({"RequestId":"%1","HostId":"schedulerx.aliyuncs.com","Code":)"
                                        R"("InvalidParameter","Message":"%2","Recommend":"https://api.aliyun.com"})")
                             .arg(r.requestId, r.message)
                             .toUtf8();
    } else if (roll < 99) {
        r.outcome = Outcome::Unknown;
        r.message = "The connection closed before the answer was complete.";
    } else {
        r.outcome = Outcome::Failed;
        r.requestId.clear();
        r.message = "Connection refused";
    }
    return r;
}

double medianMs(int runs, const std::function<void()>& work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void report(const char* what, double ms, double target)
{
    if (target > 0)
        std::printf("%-36s %9.3f ms   (target < %.0f ms: %s)\n", what, ms, target, ms < target ? "met" : "MISSED");
    else
        std::printf("%-36s %9.3f ms\n", what, ms);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int entries = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath("history.sqlite");

    QRandomGenerator random(20261125); // the same data every run
    QString sampleJobId;
    QString sampleRequestId;
    {
        HistoryStore store(path);
        if (!store.isWritable()) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
        const int existing = store.count({});
        QElapsedTimer timer;
        timer.start();
        for (int i = existing; i < entries; ++i) {
            const auto id = store.begin(makeAttempt(i, random));
            const SubmitResult result = makeResult(i, random);
            if (!id || !store.complete(*id, result)) {
                std::fprintf(stderr, "recording failed at %d\n", i);
                return 1;
            }
            if (i == entries / 2) {
                sampleJobId = result.jobId.isEmpty() ? QString::number(1000000 + i - 1) : result.jobId;
                sampleRequestId = result.requestId;
            }
        }
        const qint64 filled = entries - existing;
        if (filled > 0) {
            std::printf("recorded %lld entries (pending + completed, 2 transactions each) in %.1f s: %.1f us each\n",
                        filled, timer.elapsed() / 1000.0, timer.nsecsElapsed() / 1e3 / filled);
        }
        if (sampleJobId.isEmpty()) {
            HistoryQuery q;
            q.outcome = Outcome::Created;
            q.limit = 1;
            q.offset = entries / 2;
            const auto e = store.search(q);
            sampleJobId = e.value(0).jobId;
            sampleRequestId = e.value(0).requestId;
        }
    }
    std::printf("database: %s, %.1f MB, %d entries\n\n", qPrintable(path), QFileInfo(path).size() / 1e6, entries);

    const double open = medianMs(21, [&] {
        HistoryStore store(path);
        if (!store.isOpen())
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
    });
    report("open", open, 50);

    const double openAndList = medianMs(21, [&] {
        HistoryStore fresh(path);
        HistoryQuery q;
        q.limit = 100;
        fresh.search(q);
    });
    report("open + newest 100 (new connection)", openAndList, 0);
    const double openAndSearch = medianMs(21, [&] {
        HistoryStore fresh(path);
        HistoryQuery q;
        q.text = "billing";
        fresh.search(q);
    });
    report("open + text search (new connection)", openAndSearch, 0);

    HistoryStore store(path);
    int found = 0;
    auto timed = [&](const char* what, const HistoryQuery& q, double target) {
        const double ms = medianMs(21, [&] { found = store.search(q).size(); });
        report(what, ms, target);
        std::printf("%-36s %9d found\n", "", found);
    };
    HistoryQuery newest;
    newest.limit = 100;
    timed("newest 100", newest, 10);
    HistoryQuery page;
    page.limit = 100;
    page.offset = 50000;
    timed("page at offset 50000", page, 0);
    HistoryQuery common;
    common.text = "billing";
    timed("text search, common (\"billing\")", common, 100);
    HistoryQuery rare;
    rare.text = "reports-每日报表-42";
    timed("text search, rare", rare, 100);
    HistoryQuery shortText;
    shortText.text = "报表";
    timed("text search, 2 chars (scan)", shortText, 100);
    HistoryQuery byName;
    byName.name = "reconcile";
    byName.outcome = Outcome::Refused;
    timed("name + outcome", byName, 100);
    HistoryQuery byJobId;
    byJobId.jobId = sampleJobId;
    timed("JobId search", byJobId, 0);
    HistoryQuery byRequestId;
    byRequestId.requestId = sampleRequestId;
    timed("RequestId search", byRequestId, 0);
    HistoryQuery lastDay;
    lastDay.from = QDateTime::currentDateTimeUtc().addDays(-1);
    timed("last 24 hours", lastDay, 0);
    const double counting = medianMs(5, [&] { found = store.count(common); });
    report("count, text search", counting, 0);
    const double entry = medianMs(21, [&] { store.entry(entries / 2); });
    report("one entry with details", entry, 0);
    return 0;
}
