#include "HistoryStore.h"
#include "JobFile.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace sx;

class TestHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultPathIsUnderAppData();
    void createsVersionedWalDatabase();
    void pendingEntryReadsAsUnknownUntilCompleted();
    void recordsTheJobAsSent();
    void migratesFromVersion1();
    void searchesByEachField();
    void searchesNewestFirstWithPaging();
    void searchesByTimeRangeAndOutcome();
    void searchesByProfile();
    void exportsJsonLines();
    void exportsCsv();
    void clonesToAJobFile();
    void prunesOlderEntriesWithTheirIndex();
    void refusesCorruptFileUntouched();
    void refusesForeignDatabaseUntouched();
    void refusesNewerSchema();
    void reportsFolderThatCannotBeCreated();
    void readOnlyFolderFallsBackToReading();
    void readOnlyAccessReadsButNeverWrites();
    void fullDiskLosesNothing();

private:
    QString dbPath() const;
    static HistoryAttempt attempt(const QString& name, const QString& ns = "ns-prod", const QString& group = "g1");
    static SubmitResult created(const QString& jobId, const QString& requestId);
    static QByteArray read(const QString& path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistoryStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestHistoryStore::dbPath() const
{
    return m_dir->filePath("data/history.sqlite");
}

HistoryAttempt TestHistoryStore::attempt(const QString& name, const QString& ns, const QString& group)
{
    HistoryAttempt a;
    a.profile = "default";
    a.endpoint = "https://schedulerx.cn-hangzhou.aliyuncs.com";
    a.region = "cn-hangzhou";
    a.signatureVersion = "v3";
    a.templateSource = "nightly";
    a.file = "/tmp/job.json";
    a.job.set(Param::RegionId, "cn-hangzhou");
    a.job.set(Param::Namespace, ns);
    a.job.set(Param::GroupId, group);
    a.job.set(Param::Name, name);
    a.job.set(Param::JobType, "java");
    a.job.set(Param::ExecuteMode, "standalone");
    a.job.set(Param::ClassName, "com.example.Report");
    a.job.set(Param::TimeType, 1);
    a.job.set(Param::TimeExpression, "0 0 2 * * ?");
    a.job.set(Param::Timeout, qint64(7200));
    a.job.set(Param::TimeoutEnable, true);
    a.job.setContacts({Contact {"ops", "", "ops@example.com", ""}});
    return a;
}

SubmitResult TestHistoryStore::created(const QString& jobId, const QString& requestId)
{
    SubmitResult r;
    r.outcome = Outcome::Created;
    r.httpStatus = 200;
    r.jobId = jobId;
    r.requestId = requestId;
    r.code = "200";
    r.message = "success";
    r.durationMs = 87;
    r.attempts = 1;
    r.responseBody = R"({"Code":200,"Success":true,"RequestId":")" + requestId.toUtf8() + R"(","Data":{"JobId":)" +
        jobId.toUtf8() + "}}";
    return r;
}

QByteArray TestHistoryStore::read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestHistoryStore::defaultPathIsUnderAppData()
{
    QCOMPARE(HistoryStore::defaultPath(),
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/history.sqlite");
}

void TestHistoryStore::createsVersionedWalDatabase()
{
    HistoryStore store(dbPath());
    QVERIFY2(store.isOpen() && store.isWritable(), qPrintable(store.errorString()));
    QVERIFY(store.errorString().isEmpty());
    QSqlQuery q(store.database());
    QVERIFY(q.exec("PRAGMA user_version") && q.next());
    QCOMPARE(q.value(0).toInt(), HistoryStore::SchemaVersion);
    QVERIFY(q.exec("PRAGMA journal_mode") && q.next());
    QCOMPARE(q.value(0).toString(), QString("wal"));
    QVERIFY(q.exec("PRAGMA application_id") && q.next());
    QCOMPARE(q.value(0).toInt(), HistoryStore::ApplicationId);
}

void TestHistoryStore::pendingEntryReadsAsUnknownUntilCompleted()
{
    qint64 id = 0;
    {
        HistoryStore store(dbPath());
        const auto begun = store.begin(attempt("daily-report"));
        QVERIFY(begun);
        id = *begun;
    } // closed without completing: as after a crash mid-request
    HistoryStore store(dbPath());
    auto e = store.entry(id);
    QVERIFY(e);
    QVERIFY(e->pending);
    QCOMPARE(e->outcome, Outcome::Unknown);
    QCOMPARE(e->toJson().value("outcome").toString(), QString("unknown"));
    HistoryQuery unknown;
    unknown.outcome = Outcome::Unknown;
    QCOMPARE(store.count(unknown), 1);

    QString error;
    QVERIFY2(store.complete(id, created("4242", "REQ-1"), &error), qPrintable(error));
    e = store.entry(id);
    QVERIFY(!e->pending);
    QCOMPARE(e->outcome, Outcome::Created);
    QCOMPARE(e->jobId, QString("4242"));
    QCOMPARE(e->requestId, QString("REQ-1"));
    QCOMPARE(e->httpStatus, 200);
    QCOMPARE(e->durationMs, 87);
    QCOMPARE(e->attempts, 1);
    QVERIFY(e->response.contains("\"JobId\":4242"));
    QCOMPARE(store.count(unknown), 0);
    QVERIFY(!store.complete(id + 100, created("1", "R"), &error));
    QVERIFY(error.contains(QString::number(id + 100)));
}

void TestHistoryStore::recordsTheJobAsSent()
{
    HistoryStore store(dbPath());
    const HistoryAttempt a = attempt("每日报表");
    const auto id = store.begin(a);
    QVERIFY(id);
    const auto e = store.entry(*id);
    QVERIFY(e && e->hasDetails);
    QCOMPARE(e->job, JobFileFormat::jobToJson(a.job));
    QCOMPARE(e->name, QString("每日报表"));
    QCOMPARE(e->ns, QString("ns-prod"));
    QCOMPARE(e->groupId, QString("g1"));
    QCOMPARE(e->profile, QString("default"));
    QCOMPARE(e->endpoint, a.endpoint);
    QCOMPARE(e->region, QString("cn-hangzhou"));
    QCOMPARE(e->signatureVersion, QString("v3"));
    QCOMPARE(e->templateSource, QString("nightly"));
    QCOMPARE(e->file, QString("/tmp/job.json"));
    QVERIFY(qAbs(e->time.msecsTo(QDateTime::currentDateTimeUtc())) < 60 * 60 * 1000);
    QCOMPARE(e->time.timeSpec(), Qt::UTC);
}

void TestHistoryStore::migratesFromVersion1()
{
    // A version-1 file exactly as that schema wrote it, with one entry.
    QVERIFY(QDir().mkpath(m_dir->filePath("data")));
    {
        auto db = QSqlDatabase::addDatabase("QSQLITE", "v1");
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (
            const char* sql : {
                "PRAGMA application_id = 1398297428",
                "CREATE TABLE entries (id INTEGER PRIMARY KEY AUTOINCREMENT, time INTEGER NOT NULL, pending INTEGER "
                "NOT NULL DEFAULT 1, outcome TEXT NOT NULL DEFAULT 'unknown', name TEXT NOT NULL DEFAULT '', namespace "
                "TEXT NOT NULL DEFAULT '', group_id TEXT NOT NULL DEFAULT '', job_id TEXT NOT NULL DEFAULT '', "
                "request_id TEXT NOT NULL DEFAULT '', http_status INTEGER NOT NULL DEFAULT 0, code TEXT NOT NULL "
                "DEFAULT '', message TEXT NOT NULL DEFAULT '', profile TEXT NOT NULL DEFAULT '', endpoint TEXT NOT "
                "NULL DEFAULT '', region TEXT NOT NULL DEFAULT '', signature_version TEXT NOT NULL DEFAULT '', "
                "duration_ms INTEGER NOT NULL DEFAULT 0, template TEXT NOT NULL DEFAULT '', file TEXT NOT NULL "
                "DEFAULT '')",
                "CREATE TABLE entry_bodies (entry_id INTEGER PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE, "
                "job TEXT NOT NULL, response BLOB)",
                "CREATE INDEX entries_time ON entries(time)",
                "INSERT INTO entries (time, pending, outcome, name, namespace, group_id, job_id, request_id, "
                "http_status) VALUES (1700000000000, 0, 'created', 'legacy-billing', 'ns', 'g', '777', 'REQ-OLD', 200)",
                "INSERT INTO entry_bodies (entry_id, job) VALUES (1, '{\"Name\":\"legacy-billing\",\"JobType\":"
                "\"java\"}')",
                "PRAGMA user_version = 1",
            })
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase("v1");

    HistoryStore store(dbPath());
    QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
    QSqlQuery q(store.database());
    QVERIFY(q.exec("PRAGMA user_version") && q.next());
    QCOMPARE(q.value(0).toInt(), HistoryStore::SchemaVersion);
    // Version 3's index serves a filter by profile.
    QVERIFY(q.exec("EXPLAIN QUERY PLAN SELECT id FROM entries WHERE profile = 'work'") && q.next());
    QVERIFY2(q.value(3).toString().contains("entries_profile"), qPrintable(q.value(3).toString()));
    HistoryQuery byText;
    byText.text = "BILLING"; // found through the FTS index built by the migration
    const auto found = store.search(byText);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().jobId, QString("777"));
    QCOMPARE(found.first().attempts, 0); // the column added by version 2
    QCOMPARE(found.first().time, QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC));
    // New entries go on after the old ones.
    const auto id = store.begin(attempt("fresh"));
    QCOMPARE(*id, 2);
}

void TestHistoryStore::searchesByEachField()
{
    HistoryStore store(dbPath());
    const auto a = store.begin(attempt("billing-export", "ns-prod", "finance"));
    const auto b = store.begin(attempt("每日报表", "ns-test", "reports"));
    const auto c = store.begin(attempt("cleanup", "ns-prod", "ops"));
    QVERIFY(a && b && c);
    QVERIFY(store.complete(*a, created("1001", "REQ-AAA")));
    QVERIFY(store.complete(*b, created("1002", "REQ-BBB")));
    auto ids = [&](const HistoryQuery& q) {
        QList<qint64> result;
        for (const auto& e : store.search(q))
            result.append(e.id);
        return result;
    };
    HistoryQuery q;
    q.text = "EXPORT"; // substring, any case
    QCOMPARE(ids(q), QList<qint64> {*a});
    q.text = "报表"; // two characters: below the trigram size, scanned
    QCOMPARE(ids(q), QList<qint64> {*b});
    q.text = "日报表";
    QCOMPARE(ids(q), QList<qint64> {*b});
    q.text = "REQ-BBB"; // a RequestId, exactly
    QCOMPARE(ids(q), QList<qint64> {*b});
    q.text = "REQ-BB";
    QVERIFY(ids(q).isEmpty());
    q.text = "1001"; // a JobId
    QCOMPARE(ids(q), QList<qint64> {*a});
    q.text = "fin"; // part of a group
    QCOMPARE(ids(q), QList<qint64> {*a});
    q.text = "ns-prod";
    QCOMPARE(ids(q), (QList<qint64> {*c, *a}));
    q.text = "a\"b"; // quotes cannot break the FTS query
    QVERIFY(ids(q).isEmpty());
    q.text = "100%";
    QVERIFY(ids(q).isEmpty());
    q = {};
    q.name = "clean";
    QCOMPARE(ids(q), QList<qint64> {*c});
    q.name = "ns-prod"; // a name search does not look at namespaces
    QVERIFY(ids(q).isEmpty());
    q = {};
    q.jobId = "1002";
    QCOMPARE(ids(q), QList<qint64> {*b});
    q.jobId = "100"; // JobId is exact
    QVERIFY(ids(q).isEmpty());
    q = {};
    q.requestId = "REQ-AAA";
    QCOMPARE(ids(q), QList<qint64> {*a});
    q = {};
    q.ns = "ns-prod";
    q.groupId = "ops";
    QCOMPARE(ids(q), QList<qint64> {*c});
    q = {};
    q.outcome = Outcome::Created;
    QCOMPARE(ids(q), (QList<qint64> {*b, *a}));
    q.text = "billing";
    QCOMPARE(ids(q), QList<qint64> {*a});
    QCOMPARE(store.count(q), 1);
}

void TestHistoryStore::searchesNewestFirstWithPaging()
{
    HistoryStore store(dbPath());
    QList<qint64> all;
    for (int i = 0; i < 25; ++i)
        all.prepend(*store.begin(attempt(QStringLiteral("job-%1").arg(i))));
    HistoryQuery q;
    q.limit = 10;
    QList<qint64> seen;
    for (const auto& e : store.search(q))
        seen.append(e.id);
    QCOMPARE(seen, all.mid(0, 10));
    q.offset = 20;
    QCOMPARE(store.search(q).size(), 5);
    QCOMPARE(store.search(q).first().id, all[20]);
    q.offset = 0;
    q.beforeId = all[9];
    QCOMPARE(store.search(q).first().id, all[10]);
    q = {};
    q.limit = 0;
    QCOMPARE(store.search(q).size(), 25);
    QCOMPARE(store.count({}), 25);
}

void TestHistoryStore::searchesByTimeRangeAndOutcome()
{
    HistoryStore store(dbPath());
    const QDateTime base = QDateTime::fromString("2026-01-10T00:00:00Z", Qt::ISODate);
    QList<qint64> ids;
    for (int day = 0; day < 5; ++day) {
        HistoryAttempt a = attempt(QStringLiteral("day-%1").arg(day));
        a.time = base.addDays(day);
        ids.append(*store.begin(a));
    }
    SubmitResult refused;
    refused.outcome = Outcome::Refused;
    refused.httpStatus = 400;
    refused.code = "InvalidParameter";
    QString error;
    QVERIFY2(store.complete(ids[1], refused, &error), qPrintable(error));
    SubmitResult failed;
    failed.outcome = Outcome::Failed;
    QVERIFY(store.complete(ids[2], failed));

    HistoryQuery q;
    q.from = base.addDays(1);
    q.to = base.addDays(3); // exclusive
    QCOMPARE(store.count(q), 2);
    QCOMPARE(store.search(q).first().id, ids[2]);
    q = {};
    q.outcome = Outcome::Refused;
    QCOMPARE(store.search(q).size(), 1);
    QCOMPARE(store.search(q).first().code, QString("InvalidParameter"));
    q.outcome = Outcome::Failed;
    QCOMPARE(store.search(q).first().id, ids[2]);
    q.outcome = Outcome::Unknown; // the three still pending
    QCOMPARE(store.count(q), 3);
}

void TestHistoryStore::searchesByProfile()
{
    HistoryStore store(dbPath());
    auto record = [&](const QString& name, const QString& profile) {
        HistoryAttempt a = attempt(name);
        a.profile = profile;
        return *store.begin(a);
    };
    const qint64 work = record("on-work", "work");
    const qint64 workToo = record("on-work-too", "work");
    const qint64 prod = record("on-prod", "production");
    record("from-environment", QString()); // credentials from the variables: no profile
    HistoryQuery q;
    q.profile = "work";
    QList<qint64> ids;
    for (const auto& e : store.search(q))
        ids.append(e.id);
    QCOMPARE(ids, (QList<qint64> {workToo, work}));
    QCOMPARE(store.count(q), 2);
    q.profile = "wor"; // exact, not a substring
    QCOMPARE(store.count(q), 0);
    q.profile = "production";
    q.text = "prod"; // combines with the other filters
    QCOMPARE(store.search(q).value(0).id, prod);
    q.text = "work";
    QCOMPARE(store.count(q), 0);
    q = {};
    QCOMPARE(store.count(q), 4); // no profile: every entry
    q.profile = "work";
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(store.exportTo(&buffer, HistoryStore::ExportFormat::JsonLines, q));
    QCOMPARE(buffer.data().count('\n'), 2);
    QCOMPARE(store.profiles(), (QStringList {"production", "work"}));
}

void TestHistoryStore::exportsJsonLines()
{
    HistoryStore store(dbPath());
    const auto a = store.begin(attempt("first"));
    QVERIFY(store.complete(*a, created("11", "R-1")));
    const auto b = store.begin(attempt("second \"quoted\"\nline"));
    QVERIFY(a && b);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(store.exportTo(&buffer, HistoryStore::ExportFormat::JsonLines, {}, &error), qPrintable(error));
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.size(), 3); // two entries and the final newline
    QVERIFY(lines.last().isEmpty());
    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    QCOMPARE(first.value("id").toInteger(), *a); // oldest first
    QCOMPARE(first.value("jobId").toString(), QString("11"));
    QCOMPARE(first.value("outcome").toString(), QString("created"));
    QCOMPARE(first.value("job").toObject().value("Name").toString(), QString("first"));
    QVERIFY(first.value("response").toString().contains("R-1"));
    const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
    QCOMPARE(second.value("name").toString(), QString("second \"quoted\"\nline"));
    QCOMPARE(second.value("pending").toBool(), true);
    for (const char* key :
         {"id", "time", "name", "jobId", "requestId", "outcome", "httpStatus", "code", "profile", "endpoint"})
        QVERIFY2(second.contains(key), key);
}

void TestHistoryStore::exportsCsv()
{
    HistoryStore store(dbPath());
    const auto a = store.begin(attempt("plain"));
    QVERIFY(store.complete(*a, created("11", "R-1")));
    QVERIFY(store.begin(attempt("with, comma and \"quote\"\nand newline")));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(store.exportTo(&buffer, HistoryStore::ExportFormat::Csv));
    const QByteArray csv = buffer.data();
    QVERIFY(csv.startsWith(QByteArray(HistoryStore::csvColumns().join(',').toUtf8() + "\r\n")));
    QVERIFY(csv.contains(",\"with, comma and \"\"quote\"\"\nand newline\","));
    QCOMPARE(csv.count("\r\n"), 3); // header and two records; the embedded newline is bare \n
    const QByteArray firstRecord = csv.split('\n')[1];
    QVERIFY2(firstRecord.startsWith(QByteArray(QByteArray::number(*a) + ",20")), firstRecord.constData());
    QVERIFY(firstRecord.contains(",created,false,plain,ns-prod,g1,11,R-1,200,"));
    // The filter applies to exports too.
    HistoryQuery q;
    q.jobId = "11";
    QBuffer filtered;
    filtered.open(QIODevice::WriteOnly);
    QVERIFY(store.exportTo(&filtered, HistoryStore::ExportFormat::Csv, q));
    QCOMPARE(filtered.data().count("\r\n"), 2);
}

void TestHistoryStore::clonesToAJobFile()
{
    HistoryStore store(dbPath());
    const HistoryAttempt a = attempt("to-clone");
    const auto id = store.begin(a);
    QString error;
    const auto file = store.clone(*id, &error);
    QVERIFY2(file, qPrintable(error));
    QCOMPARE(file->job, a.job);
    JobFileError readError;
    const auto again = JobFileFormat::parse(JobFileFormat::serialize(*file), &readError);
    QVERIFY2(again, qPrintable(readError.toString()));
    QCOMPARE(again->job, a.job);
    QVERIFY(!store.clone(*id + 1, &error));
    QVERIFY(error.contains(QString::number(*id + 1)));
}

void TestHistoryStore::prunesOlderEntriesWithTheirIndex()
{
    HistoryStore store(dbPath());
    const QDateTime cut = QDateTime::fromString("2026-02-01T00:00:00Z", Qt::ISODate);
    auto at = [&](const QString& name, const QDateTime& time) {
        HistoryAttempt a = attempt(name);
        a.time = time;
        return *store.begin(a);
    };
    const qint64 oldCreated = at("archive-created", cut.addDays(-40));
    const qint64 oldPending = at("archive-pending", cut.addMSecs(-1)); // never completed: goes too
    const qint64 atCut = at("boundary-kept", cut); // not older than the cut
    const qint64 recent = at("recent-kept", cut.addDays(3));
    QVERIFY(store.complete(oldCreated, created("9001", "REQ-OLD")));
    QVERIFY(store.complete(recent, created("9002", "REQ-NEW")));

    QString error;
    QCOMPARE(store.prune(cut, &error), std::optional<int>(2));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<qint64> left;
    for (const auto& e : store.search({}))
        left.append(e.id);
    QCOMPARE(left, (QList<qint64> {recent, atCut}));
    QVERIFY(!store.entry(oldCreated));
    QVERIFY(!store.entry(oldPending));
    HistoryQuery q;
    q.text = "archive"; // through the FTS index
    QVERIFY(store.search(q).isEmpty());
    q.text = "REQ-OLD";
    QVERIFY(store.search(q).isEmpty());
    q.text = "kept";
    QCOMPARE(store.count(q), 2);
    QSqlQuery sql(store.database());
    // No index rows or bodies left behind for the removed entries.
    QVERIFY(sql.exec("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH '\"archive\"'") && sql.next());
    QCOMPARE(sql.value(0).toInt(), 0);
    QVERIFY(sql.exec("SELECT count(*) FROM entry_bodies") && sql.next());
    QCOMPARE(sql.value(0).toInt(), 2);
    QVERIFY2(sql.exec("INSERT INTO entries_fts(entries_fts) VALUES ('integrity-check')"),
             qPrintable(sql.lastError().text()));

    // Nothing older: nothing removed. A later cut takes the rest.
    QCOMPARE(store.prune(cut, &error), std::optional<int>(0));
    QCOMPARE(store.prune(cut.addDays(30), &error), std::optional<int>(2));
    QCOMPARE(store.count({}), 0);
    // New entries still get fresh ids.
    QVERIFY(*store.begin(attempt("after")) > recent);

    QVERIFY(!store.prune(QDateTime(), &error));
    QVERIFY2(error.contains(dbPath()), qPrintable(error));
    HistoryStore reader(dbPath(), HistoryStore::Access::ReadOnly);
    error.clear();
    QVERIFY(!reader.prune(cut.addYears(1), &error));
    QVERIFY2(error.contains("reading only"), qPrintable(error));
    QCOMPARE(reader.count({}), 1);
}

void TestHistoryStore::refusesCorruptFileUntouched()
{
    QVERIFY(QDir().mkpath(m_dir->filePath("data")));
    QFile f(dbPath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray garbage = QByteArray("this is not a database\n").repeated(200);
    f.write(garbage);
    f.close();
    HistoryStore store(dbPath());
    QVERIFY(!store.isOpen());
    QVERIFY2(store.errorString().contains(dbPath()), qPrintable(store.errorString()));
    QVERIFY2(store.errorString().contains("damaged"), qPrintable(store.errorString()));
    QString error;
    QVERIFY(!store.begin(attempt("x"), &error));
    QCOMPARE(error, store.errorString());
    QVERIFY(store.search({}).isEmpty());
    QCOMPARE(read(dbPath()), garbage);
}

void TestHistoryStore::refusesForeignDatabaseUntouched()
{
    QVERIFY(QDir().mkpath(m_dir->filePath("data")));
    {
        auto db = QSqlDatabase::addDatabase("QSQLITE", "foreign");
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec("CREATE TABLE songs (title TEXT)"));
        QVERIFY(q.exec("INSERT INTO songs VALUES ('x')"));
        db.close();
    }
    QSqlDatabase::removeDatabase("foreign");
    const QByteArray before = read(dbPath());
    HistoryStore store(dbPath());
    QVERIFY(!store.isOpen());
    QVERIFY(store.errorString().contains(dbPath()));
    QVERIFY(store.errorString().contains("another program"));
    QCOMPARE(read(dbPath()), before);
}

void TestHistoryStore::refusesNewerSchema()
{
    {
        HistoryStore store(dbPath());
        QVERIFY(store.begin(attempt("kept")));
        QSqlQuery q(store.database());
        QVERIFY(q.exec("PRAGMA user_version = 9"));
    }
    HistoryStore store(dbPath());
    QVERIFY(!store.isOpen());
    QVERIFY(store.errorString().contains("newer"));
    QVERIFY(store.errorString().contains(dbPath()));
}

void TestHistoryStore::reportsFolderThatCannotBeCreated()
{
    QFile blocker(m_dir->filePath("file"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = m_dir->filePath("file/history.sqlite");
    HistoryStore store(path);
    QVERIFY(!store.isOpen());
    QVERIFY2(store.errorString().contains(path), qPrintable(store.errorString()));
}

void TestHistoryStore::readOnlyFolderFallsBackToReading()
{
    if (geteuid() == 0)
        QSKIP("root ignores file permissions");
    qint64 id = 0;
    {
        HistoryStore store(dbPath());
        id = *store.begin(attempt("kept"));
    }
    const QString folder = m_dir->filePath("data");
    QFile::setPermissions(dbPath(), QFile::ReadOwner);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
    {
        HistoryStore store(dbPath());
        // Still readable, not writable, and it says so naming the file.
        QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
        QVERIFY(!store.isWritable());
        QVERIFY(store.entry(id));
        QVERIFY2(store.errorString().contains(dbPath()), qPrintable(store.errorString()));
        QVERIFY2(store.errorString().contains("read-only"), qPrintable(store.errorString()));
        QString error;
        QVERIFY(!store.begin(attempt("new"), &error));
        QVERIFY(!error.isEmpty());
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::setPermissions(dbPath(), QFile::ReadOwner | QFile::WriteOwner);
    HistoryStore store(dbPath());
    QVERIFY(store.isWritable());
    QVERIFY(store.entry(id)); // nothing lost
    // A fresh folder that is read-only: no history, and a message naming the file.
    const QString empty = m_dir->filePath("empty");
    QVERIFY(QDir().mkpath(empty));
    QFile::setPermissions(empty, QFile::ReadOwner | QFile::ExeOwner);
    HistoryStore none(empty + "/history.sqlite");
    QVERIFY(!none.isOpen());
    QVERIFY(none.errorString().contains(empty + "/history.sqlite"));
    QFile::setPermissions(empty, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestHistoryStore::readOnlyAccessReadsButNeverWrites()
{
    qint64 id = 0;
    {
        HistoryStore store(dbPath());
        id = *store.begin(attempt("kept"));
    }
    HistoryStore store(dbPath(), HistoryStore::Access::ReadOnly);
    QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
    QVERIFY(!store.isWritable());
    QVERIFY(store.entry(id));
    QString error;
    QVERIFY(!store.begin(attempt("new"), &error));
    QVERIFY(!store.complete(id, created("1", "R"), &error));
    QCOMPARE(store.count({}), 1);
    HistoryStore missing(m_dir->filePath("nowhere/history.sqlite"), HistoryStore::Access::ReadOnly);
    QVERIFY(!missing.isOpen());
    QVERIFY(missing.errorString().contains("no history yet"));
}

void TestHistoryStore::fullDiskLosesNothing()
{
    HistoryStore store(dbPath());
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i)
        ids.append(*store.begin(attempt(QStringLiteral("before-%1").arg(i))));
    // A database that may not grow behaves as on a full disk (SQLITE_FULL).
    QSqlQuery q(store.database());
    QVERIFY(q.exec("PRAGMA page_count") && q.next());
    const int pages = q.value(0).toInt();
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    HistoryAttempt big = attempt("too big");
    big.job.set(Param::Content, QString(64 * 1024, 'x'));
    QString error;
    QVERIFY(!store.begin(big, &error));
    QVERIFY2(error.contains("disk is full"), qPrintable(error));
    QVERIFY(error.contains(dbPath()));
    SubmitResult huge = created("1", "R");
    huge.responseBody = QByteArray(512 * 1024, 'y');
    QVERIFY(!store.complete(ids[0], huge, &error));
    // Nothing half-written: the failed completion left the entry pending, the others untouched.
    QCOMPARE(store.count({}), 3);
    QVERIFY(store.entry(ids[0])->pending);
    QVERIFY(q.exec("PRAGMA integrity_check") && q.next());
    QCOMPARE(q.value(0).toString(), QString("ok"));
    // Space again: recording goes on.
    QVERIFY(q.exec("PRAGMA max_page_count = 1000000"));
    QVERIFY2(store.begin(big, &error), qPrintable(error));
    QCOMPARE(store.count({}), 4);
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "TestHistoryStore.moc"
