// Times the history browser (issue 7) on a large history: opening it, scrolling through pages, filtering.
// Usage: bench_history_browser [ENTRIES] [DATABASE]   (defaults: 100000, a temporary file)
// A DATABASE that already holds ENTRIES entries (bench_history's, say) is used as it is. Offscreen unless
// QT_QPA_PLATFORM says otherwise. Every figure is the best of five runs.
#include "HistoryBrowser.h"
#include "HistoryModel.h"
#include "HistorySamples.h"
#include "HistoryStore.h"
#include "JobFile.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>

#include <time.h>

using namespace sx;

namespace {

// Fills the history in one transaction, with what HistoryStore::begin() and complete() would write (the
// same mix as bench_history: 90% created, 7% refused, 2% unknown, 1% failed, one entry a minute). Going
// through begin() and complete() costs two transactions an entry, minutes for 100,000.
bool fill(HistoryStore& store, int from, int to, QString* error)
{
    QRandomGenerator random(20261125);
    QSqlDatabase db = store.database();
    QSqlQuery q(db);
    if (!q.exec("BEGIN IMMEDIATE")) {
        *error = q.lastError().text();
        return false;
    }
    QSqlQuery entry(db);
    entry.prepare("INSERT INTO entries (time, pending, outcome, name, namespace, group_id, job_id, request_id,"
                  " http_status, code, message, profile, endpoint, region, signature_version, duration_ms, attempts,"
                  " template, file) VALUES (?, 0, ?, ?, ?, ?, coalesce(?, ''), coalesce(?, ''), ?, ?, ?, ?, ?, ?, ?,"
                  " ?, 1, ?, ?)");
    QSqlQuery body(db);
    body.prepare("INSERT INTO entry_bodies (entry_id, job, response) VALUES (?, ?, ?)");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = from; i < to; ++i) {
        const QString team = bench::Teams[random.bounded(bench::Teams.size())];
        const QString region = i % 5 ? "cn-hangzhou" : "cn-shanghai";
        Job job;
        job.set(Param::RegionId, region);
        job.set(Param::Namespace, bench::Namespaces[random.bounded(bench::Namespaces.size())]);
        job.set(Param::GroupId, QString(team + ".group"));
        job.set(Param::Name,
                QStringLiteral("%1-%2-%3").arg(team, bench::Tasks[random.bounded(bench::Tasks.size())]).arg(i % 1000));
        job.set(Param::JobType, "java");
        job.set(Param::ExecuteMode, "standalone");
        job.set(Param::ClassName, QStringLiteral("com.example.%1.Job%2").arg(team).arg(i % 100));
        job.set(Param::TimeType, 1);
        job.set(Param::TimeExpression, QStringLiteral("0 %1 2 * * ?").arg(i % 60));
        job.set(Param::FailEnable, true);
        job.setContacts({{QString("oncall-" + team), "", QString(team + "@example.com"), ""}});
        const int roll = random.bounded(100);
        const QString outcome = roll < 90 ? "created" : roll < 97 ? "refused" : roll < 99 ? "unknown" : "failed";
        const QString requestId =
            outcome == "failed" ? QString() : QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
        const QString jobId = outcome == "created" ? QString::number(1000000 + i) : QString();
        const int status = outcome == "created" ? 200 : outcome == "refused" ? 400 : 0;
        const QString code = outcome == "created" ? "200" : outcome == "refused" ? "InvalidParameter" : "";
        const QString message = outcome == "created" ? "success"
            : outcome == "refused"                   ? "The specified parameter TimeExpression is not valid."
                                                     : "Connection refused";
        const QByteArray response = status == 0 ? QByteArray()
            : jobId.isEmpty() ? QStringLiteral(R"({"RequestId":"%1","Code":"InvalidParameter","Message":"%2"})")
                                    .arg(requestId, message)
                                    .toUtf8()
                              : QStringLiteral(R"({"Code":200,"Message":"success","RequestId":"%1","Success":true,)"
                                               R"("Data":{"JobId":%2}})")
                                    .arg(requestId, jobId)
                                    .toUtf8();
        const QVariantList values = {now.addSecs(-qint64(to - i) * 60).toMSecsSinceEpoch(),
                                     outcome,
                                     job.text(Param::Name),
                                     job.text(Param::Namespace),
                                     job.text(Param::GroupId),
                                     jobId,
                                     requestId,
                                     status,
                                     code,
                                     message,
                                     i % 3 ? "prod" : "test",
                                     QString("https://schedulerx." + region + ".aliyuncs.com"),
                                     region,
                                     i % 10 ? "v3" : "v2",
                                     40 + random.bounded(300),
                                     i % 4 ? QStringLiteral("template-%1").arg(i % 37) : QString(""),
                                     QStringLiteral("/home/ops/jobs/job-%1.json").arg(i % 500)};
        for (int v = 0; v < values.size(); ++v)
            entry.bindValue(v, values[v]);
        if (!entry.exec()) {
            *error = entry.lastError().text();
            q.exec("ROLLBACK");
            return false;
        }
        body.bindValue(0, entry.lastInsertId());
        body.bindValue(1,
                       QString::fromUtf8(QJsonDocument(JobFileFormat::jobToJson(job)).toJson(QJsonDocument::Compact)));
        body.bindValue(2, response);
        if (!body.exec()) {
            *error = body.lastError().text();
            q.exec("ROLLBACK");
            return false;
        }
    }
    if (!q.exec("COMMIT")) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

// Watches a widget for its next paint.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget* widget)
    {
        widget->installEventFilter(this);
    }
    bool painted = false;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

// Runs the event loop, sleeping between events, until done() holds (the paint that shows a change has happened).
void processUntil(const std::function<bool()>& done)
{
    QTimer ticker; // wakes the loop now and then, whatever happens
    ticker.start(20);
    QElapsedTimer guard;
    guard.start();
    while (!done() && guard.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
}

// Lets whatever is queued (a count on its way, a deferred layout) happen.
void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    processUntil([&] { return timer.elapsed() >= ms; });
}

// The CPU time of this (the GUI) thread: apart from waiting, and from the counting thread.
double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

// Wall and GUI-thread CPU time of one run.
struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

class Stopwatch
{
public:
    Stopwatch()
        : m_cpu(threadCpuMs())
    {
        m_wall.start();
    }
    Timing elapsed() const
    {
        return {m_wall.nsecsElapsed() / 1e6, threadCpuMs() - m_cpu};
    }

private:
    QElapsedTimer m_wall;
    double m_cpu;
};

// The best of several runs, by wall time and by CPU time, each on its own.
Timing best(int runs, const std::function<Timing()>& once)
{
    Timing result {1e300, 1e300};
    for (int i = 0; i < runs; ++i) {
        const Timing t = once();
        result.wallMs = std::min(result.wallMs, t.wallMs);
        result.cpuMs = std::min(result.cpuMs, t.cpuMs);
    }
    return result;
}

void report(const char* what, const Timing& t, double target)
{
    std::printf("%-52s %9.3f ms  (GUI thread CPU %8.3f ms)", what, t.wallMs, t.cpuMs);
    if (target > 0)
        std::printf("   target < %.0f ms: %s", target, t.wallMs < target ? "met" : "MISSED");
    std::printf("\n");
}

// Types text into the search field and presses Enter (which applies at once, without the typing pause).
Timing timeFilter(HistoryBrowser& browser, const QString& text, bool untilCounted)
{
    auto* search = browser.findChild<QLineEdit*>("searchEdit");
    auto* view = browser.findChild<QTableView*>("tableView");
    auto* count = browser.findChild<QLabel*>("countLabel");
    search->setText(QString());
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QCoreApplication::sendEvent(search, &enter);
    settle(300); // let a count still on its way land first
    PaintWatch watch(view->viewport());
    const QString before = count->text();
    const Stopwatch stopwatch;
    search->setText(text);
    QCoreApplication::sendEvent(search, &enter);
    processUntil([&] { return watch.painted && (!untilCounted || count->text() != before); });
    return stopwatch.elapsed();
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int entries = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath("history.sqlite");

    HistoryStore store(path);
    if (!store.isWritable()) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    const int existing = store.count({});
    if (existing < entries) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        if (!fill(store, existing, entries, &error)) {
            std::fprintf(stderr, "filling the history failed: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("recorded %d entries in one transaction in %.1f s\n", entries - existing, timer.elapsed() / 1e3);
    }
    std::printf("database: %s, %.1f MB, %d entries; platform %s\n\n", qPrintable(path), QFileInfo(path).size() / 1e6,
                store.count({}), qPrintable(QGuiApplication::platformName()));

    const Timing open = best(5, [&] {
        const Stopwatch stopwatch;
        HistoryBrowser browser(&store);
        auto* view = browser.findChild<QTableView*>("tableView");
        PaintWatch watch(view->viewport());
        browser.resize(1280, 860);
        browser.show();
        processUntil([&] { return watch.painted; });
        return stopwatch.elapsed();
    });
    report("construct + show, first page painted", open, 100);

    int loaded = 0;
    const Timing scroll = best(5, [&] {
        HistoryBrowser browser(&store);
        auto* view = browser.findChild<QTableView*>("tableView");
        browser.resize(1280, 860);
        browser.show();
        PaintWatch first(view->viewport());
        processUntil([&] { return first.painted; });
        settle(300); // the count and the profiles have come
        const Stopwatch stopwatch;
        // Each scroll to the bottom makes the view ask for the next page (keyset paging on the entry id).
        for (int page = 0; page < 20; ++page) {
            PaintWatch watch(view->viewport());
            view->scrollToBottom();
            processUntil([&] { return watch.painted; });
        }
        const Timing t = stopwatch.elapsed();
        loaded = browser.model()->rowCount();
        return t;
    });
    report("scroll to the bottom 20 times (20 pages fetched)", scroll, 0);
    std::printf("%-52s %9d rows loaded; %.3f ms a page\n", "", loaded, scroll.wallMs / 20);

    HistoryBrowser browser(&store);
    browser.resize(1280, 860);
    browser.show();
    settle(300);
    HistoryQuery created;
    created.outcome = Outcome::Created;
    created.offset = entries / 2;
    created.limit = 1;
    const QString jobId = store.search(created).value(0).jobId;
    const QList<std::pair<const char*, QString>> filters = {
        {"text filter \"billing\" (common), first page painted", "billing"},
        {"text filter, rare name, first page painted", "reports-每日报表-42"},
        {"text filter, 2 characters (scan), first page painted", "报表"},
        {"text filter, a JobId, first page painted", jobId},
    };
    for (const auto& [what, text] : filters)
        report(what, best(5, [&, text = text] { return timeFilter(browser, text, false); }), 100);
    report("text filter \"billing\", until the count shows",
           best(5, [&] { return timeFilter(browser, "billing", true); }), 0);
    return 0;
}
