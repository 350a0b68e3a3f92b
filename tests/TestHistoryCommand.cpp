#include "CliRun.h"
#include "Commands.h"
#include "HistoryStore.h"
#include "JobFile.h"
#include "SandboxServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sx;

// "sxstudio-cli history ..." run in-process, over a history under a temporary XDG_DATA_HOME.
class TestHistoryCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void saysWhenThereIsNoHistory();
    void listsNewestFirst();
    void listsJson();
    void filtersAndPages();
    void rejectsBadOptions_data();
    void rejectsBadOptions();
    void showsOneEntry();
    void exportsJsonLinesToStdout();
    void exportsCsvToAFileWithoutClobbering();
    void clonesToAFileThatValidates();
    void reportsCorruptHistoryNamingTheFile();
    void submitIsRecordedAndItsCloneSubmitsAgain();
    void submitRecordsRefusalsAndUnknownOutcomes();
    void submitWithNoHistoryRecordsNothing();
    void submitGoesOnWhenHistoryIsBroken();

private:
    static CliRun run(const QStringList& args);
    void record();
    QString writeTemplate();
    void startSandbox();

    std::unique_ptr<QTemporaryDir> m_data;
    QTemporaryDir m_work;
    QList<qint64> m_ids; // created, refused, pending
    std::unique_ptr<SandboxServer> m_server;
};

void TestHistoryCommand::initTestCase()
{
    QVERIFY(m_work.isValid());
}

void TestHistoryCommand::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_data->path()));
    QVERIFY(HistoryStore::defaultPath().startsWith(m_data->path())); // never the user's own history
    m_ids.clear();
}

void TestHistoryCommand::cleanup()
{
    m_server.reset();
    qunsetenv("XDG_DATA_HOME");
}

CliRun TestHistoryCommand::run(const QStringList& args)
{
    return runCliCaptured(QStringList {"history"} + args);
}

void TestHistoryCommand::startSandbox()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen());
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_ID", m_server->credentials().accessKeyId.toUtf8());
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", m_server->credentials().accessKeySecret.toUtf8());
    qunsetenv("ALIBABA_CLOUD_SECURITY_TOKEN");
}

// A template that serves test and production: namespace and retries are filled at submit time.
QString TestHistoryCommand::writeTemplate()
{
    const QString path = m_work.filePath("nightly.json");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(R"({"format": "sxstudio-job", "version": 1, "name": "nightly", "description": "", "job": {
        "RegionId": "cn-hangzhou", "Namespace": "${NS}", "GroupId": "testSchedulerx.defaultGroup",
        "Name": "report-${ENV}", "JobType": "java", "ExecuteMode": "standalone",
        "ClassName": "com.example.Report", "TimeType": 1, "TimeExpression": "0 0 2 * * ?",
        "MaxAttempt": "${RETRIES}"}})");
    return path;
}

void TestHistoryCommand::record()
{
    HistoryStore store(HistoryStore::defaultPath());
    QVERIFY2(store.isWritable(), qPrintable(store.errorString()));
    auto attempt = [](const QString& name) {
        HistoryAttempt a;
        a.profile = "test";
        a.endpoint = "http://127.0.0.1:8080";
        a.region = "cn-hangzhou";
        a.signatureVersion = "v3";
        a.job.set(Param::RegionId, "cn-hangzhou");
        a.job.set(Param::Namespace, "ns-1");
        a.job.set(Param::GroupId, "group-1");
        a.job.set(Param::Name, name);
        a.job.set(Param::JobType, "java");
        a.job.set(Param::ExecuteMode, "standalone");
        a.job.set(Param::ClassName, "com.example.Nightly");
        a.job.set(Param::TimeType, 1);
        a.job.set(Param::TimeExpression, "0 0 2 * * ?");
        return a;
    };
    SubmitResult created;
    created.outcome = Outcome::Created;
    created.httpStatus = 200;
    created.jobId = "5150";
    created.requestId = "REQ-CREATED";
    created.responseBody = R"({"Code":200,"Data":{"JobId":5150}})";
    SubmitResult refused;
    refused.outcome = Outcome::Refused;
    refused.httpStatus = 400;
    refused.code = "InvalidParameter";
    refused.message = "bad, \"really\"";
    refused.requestId = "REQ-REFUSED";
    m_ids.append(*store.begin(attempt("nightly-report")));
    QVERIFY(store.complete(m_ids[0], created));
    m_ids.append(*store.begin(attempt("billing")));
    QVERIFY(store.complete(m_ids[1], refused));
    m_ids.append(*store.begin(attempt("interrupted")));
}

void TestHistoryCommand::saysWhenThereIsNoHistory()
{
    CliRun r = run({});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(HistoryStore::defaultPath()), qPrintable(r.err));
    r = run({"--json"});
    QCOMPARE(r.out.trimmed(), QString("[]"));
    QVERIFY(!QFile::exists(HistoryStore::defaultPath())); // reading never creates it
    r = run({"show", "1"});
    QCOMPARE(r.status, int(cli::ExitInvalid));
}

void TestHistoryCommand::listsNewestFirst()
{
    record();
    const CliRun r = run({});
    QCOMPARE(r.status, 0);
    const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].contains(" unknown ") && lines[0].endsWith("[interrupted]"), qPrintable(lines[0]));
    QVERIFY(lines[1].contains("refused") && lines[1].contains("billing"));
    QVERIFY(lines[2].contains("created") && lines[2].contains("5150") && lines[2].contains("(ns-1 / group-1)"));
    QVERIFY(lines[2].trimmed().startsWith(QString::number(m_ids[0]) + "  "));
}

void TestHistoryCommand::listsJson()
{
    record();
    const CliRun r = run({"--json"});
    QCOMPARE(r.status, 0);
    QJsonParseError error;
    const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(array.size(), 3);
    const QJsonObject created = array[2].toObject();
    for (const char* key :
         {"id", "time", "name", "jobId", "requestId", "outcome", "httpStatus", "code", "profile", "endpoint"})
        QVERIFY2(created.contains(key), key);
    QCOMPARE(created.value("id").toInteger(), m_ids[0]);
    QCOMPARE(created.value("jobId").toString(), QString("5150"));
    QCOMPARE(created.value("requestId").toString(), QString("REQ-CREATED"));
    QCOMPARE(created.value("outcome").toString(), QString("created"));
    QCOMPARE(created.value("httpStatus").toInt(), 200);
    QCOMPARE(created.value("profile").toString(), QString("test"));
    QCOMPARE(created.value("endpoint").toString(), QString("http://127.0.0.1:8080"));
    QVERIFY(QDateTime::fromString(created.value("time").toString(), Qt::ISODateWithMs).isValid());
    QCOMPARE(array[0].toObject().value("outcome").toString(), QString("unknown"));
    QCOMPARE(array[0].toObject().value("pending").toBool(), true);
    QVERIFY(!created.contains("job")); // lists stay small; "show" has the details
}

void TestHistoryCommand::filtersAndPages()
{
    record();
    auto ids = [](const CliRun& r) {
        QList<qint64> result;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            result.append(v.toObject().value("id").toInteger());
        return result;
    };
    QCOMPARE(ids(run({"--json", "--search", "BILL"})), QList<qint64> {m_ids[1]});
    QCOMPARE(ids(run({"--json", "--outcome", "unknown"})), QList<qint64> {m_ids[2]});
    QCOMPARE(ids(run({"--json", "--outcome", "created"})), QList<qint64> {m_ids[0]});
    QCOMPARE(ids(run({"--json", "--job-id", "5150"})), QList<qint64> {m_ids[0]});
    QCOMPARE(ids(run({"--json", "--request-id", "REQ-REFUSED"})), QList<qint64> {m_ids[1]});
    QCOMPARE(ids(run({"--json", "--namespace", "ns-1", "--group", "group-1", "--limit", "2"})),
             (QList<qint64> {m_ids[2], m_ids[1]}));
    QCOMPARE(ids(run({"--json", "--limit", "1", "--offset", "2"})), QList<qint64> {m_ids[0]});
    QCOMPARE(ids(run({"--json", "--profile", "test"})).size(), 3);
    QCOMPARE(ids(run({"--json", "--profile", "other"})), QList<qint64> {});
    QCOMPARE(ids(run({"--json", "--since", "2000-01-01", "--until", "2000-12-31"})), QList<qint64> {});
    QCOMPARE(ids(run({"--json", "--since", QDate::currentDate().toString(Qt::ISODate)})).size(), 3);
    const CliRun none = run({"--search", "no such thing"});
    QCOMPARE(none.status, 0);
    QVERIFY(none.out.isEmpty());
    QVERIFY(!none.err.isEmpty());
}

void TestHistoryCommand::rejectsBadOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("outcome") << QStringList {"--outcome", "maybe"};
    QTest::newRow("limit") << QStringList {"--limit", "-1"};
    QTest::newRow("since") << QStringList {"--since", "yesterday"};
    QTest::newRow("action") << QStringList {"frobnicate"};
    QTest::newRow("show-without-id") << QStringList {"show"};
    QTest::newRow("show-bad-id") << QStringList {"show", "x"};
    QTest::newRow("export-format") << QStringList {"export", "--format", "xml"};
    QTest::newRow("unknown-option") << QStringList {"--colour"};
}

void TestHistoryCommand::rejectsBadOptions()
{
    QFETCH(QStringList, args);
    record();
    const CliRun r = run(args);
    QCOMPARE(r.status, int(cli::ExitUsage));
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
}

void TestHistoryCommand::showsOneEntry()
{
    record();
    CliRun r = run({"show", QString::number(m_ids[0])});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains("JobId:       5150"));
    QVERIFY(r.out.contains("RequestId:   REQ-CREATED"));
    QVERIFY(r.out.contains("\"ClassName\": \"com.example.Nightly\""));
    QVERIFY(r.out.contains("{\"Code\":200,\"Data\":{\"JobId\":5150}}"));
    r = run({"show", QString::number(m_ids[2])});
    QVERIFY(r.out.contains("never completed"));
    r = run({"show", QString::number(m_ids[1]), "--json"});
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value("code").toString(), QString("InvalidParameter"));
    QCOMPARE(o.value("job").toObject().value("Name").toString(), QString("billing"));
    r = run({"show", "999"});
    QCOMPARE(r.status, int(cli::ExitInvalid));
    QVERIFY(r.err.contains("999"));
}

void TestHistoryCommand::exportsJsonLinesToStdout()
{
    record();
    const CliRun r = run({"export", "--format", "jsonl"});
    QCOMPARE(r.status, 0);
    const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(QJsonDocument::fromJson(lines[0].toUtf8()).object().value("id").toInteger(), m_ids[0]);
    QCOMPARE(QJsonDocument::fromJson(lines[1].toUtf8()).object().value("message").toString(),
             QString("bad, \"really\""));
    const CliRun filtered = run({"export", "--format", "jsonl", "--outcome", "refused"});
    QCOMPARE(filtered.out.count('\n'), 1);
}

void TestHistoryCommand::exportsCsvToAFileWithoutClobbering()
{
    record();
    const QString path = m_work.filePath("history.csv");
    QFile::remove(path);
    CliRun r = run({"export", "--format", "csv", "--output", path});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    f.close();
    QVERIFY(csv.startsWith("id,time,outcome,"));
    QCOMPARE(csv.count("\r\n"), 4);
    QVERIFY(csv.contains("\"bad, \"\"really\"\"\""));
    r = run({"export", "--format", "csv", "--output", path});
    QCOMPARE(r.status, int(cli::ExitInvalid));
    QVERIFY(r.err.contains("--force"));
    r = run({"export", "--format", "jsonl", "--output", path, "--force"});
    QCOMPARE(r.status, 0);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("{"));
}

void TestHistoryCommand::clonesToAFileThatValidates()
{
    record();
    CliRun r = run({"clone", QString::number(m_ids[0])});
    QCOMPARE(r.status, 0);
    JobFileError error;
    const auto file = JobFileFormat::parse(r.out.toUtf8(), &error);
    QVERIFY2(file, qPrintable(error.toString()));
    QCOMPARE(file->job.text(Param::Name), QString("nightly-report"));
    QCOMPARE(file->job.text(Param::ClassName), QString("com.example.Nightly"));

    const QString path = m_work.filePath("clone.json");
    QFile::remove(path);
    r = run({"clone", QString::number(m_ids[0]), "--output", path});
    QCOMPARE(r.status, 0);
    QVERIFY(r.err.contains(path));
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    cli::CliIo io {outStream, errStream};
    const int validated = cli::runCli({"sxstudio-cli", "validate", path}, io);
    errStream.flush();
    QVERIFY2(validated == 0, qPrintable(err));
    r = run({"clone", "424242"});
    QCOMPARE(r.status, int(cli::ExitInvalid));
}

void TestHistoryCommand::reportsCorruptHistoryNamingTheFile()
{
    QVERIFY(QDir().mkpath(QFileInfo(HistoryStore::defaultPath()).absolutePath()));
    QFile f(HistoryStore::defaultPath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'Z'));
    f.close();
    const CliRun r = run({});
    QCOMPARE(r.status, int(cli::ExitInvalid));
    QVERIFY2(r.err.contains(HistoryStore::defaultPath()), qPrintable(r.err));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray(4096, 'Z'));
}

void TestHistoryCommand::submitIsRecordedAndItsCloneSubmitsAgain()
{
    startSandbox();
    const QString file = writeTemplate();
    const QString endpoint = m_server->url().toString();
    const QString ns = m_server->namespaces().first().uid;
    CliRun r = runCliCaptured(
        {"submit", file, "--endpoint", endpoint, "--set", "NS=" + ns, "--set", "ENV=prod", "--set", "RETRIES=2"});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QCOMPARE(m_server->jobs().size(), 1);
    const QString jobId = QString::number(m_server->jobs().first().jobId);

    r = run({"--json"});
    const QJsonArray entries = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(entries.size(), 1);
    const QJsonObject e = entries.first().toObject();
    QCOMPARE(e.value("jobId").toString(), jobId);
    QCOMPARE(e.value("outcome").toString(), QString("created"));
    QCOMPARE(e.value("name").toString(), QString("report-prod"));
    QCOMPARE(e.value("namespace").toString(), ns);
    QCOMPARE(e.value("template").toString(), QString("nightly"));
    QCOMPARE(e.value("endpoint").toString(), endpoint);
    QCOMPARE(e.value("httpStatus").toInt(), 200);
    QVERIFY(!e.value("requestId").toString().isEmpty());
    r = run({"show", QString::number(e.value("id").toInteger()), "--json"});
    QVERIFY(!r.out.contains(m_server->credentials().accessKeySecret)); // never a secret
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("job").toObject().value("MaxAttempt").toInt(), 2);

    const QString clone = m_work.filePath("again.json");
    QFile::remove(clone);
    QCOMPARE(run({"clone", QString::number(e.value("id").toInteger()), "--output", clone}).status, 0);
    QCOMPARE(runCliCaptured({"validate", clone}).status, 0);
    r = runCliCaptured({"submit", clone, "--endpoint", endpoint});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QCOMPARE(m_server->jobs().size(), 2);
    QCOMPARE(m_server->jobs().last().job.text(Param::Name), QString("report-prod"));
    QCOMPARE(QJsonDocument::fromJson(run({"--json"}).out.toUtf8()).array().size(), 2);
}

void TestHistoryCommand::submitRecordsRefusalsAndUnknownOutcomes()
{
    startSandbox();
    const QString file = writeTemplate();
    const QStringList set = {"--set",      "NS=" + m_server->namespaces().first().uid,
                             "--set",      "ENV=x",
                             "--set",      "RETRIES=1",
                             "--endpoint", m_server->url().toString()};
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "not-the-secret");
    QCOMPARE(runCliCaptured(QStringList {"submit", file} + set).status, int(cli::ExitRefused));
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", m_server->credentials().accessKeySecret.toUtf8());
    m_server->injectFault(SandboxFault::Drop);
    QCOMPARE(runCliCaptured(QStringList {"submit", file} + set).status, int(cli::ExitNetwork));
    const QJsonArray entries = QJsonDocument::fromJson(run({"--json"}).out.toUtf8()).array();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[1].toObject().value("outcome").toString(), QString("refused"));
    QCOMPARE(entries[1].toObject().value("code").toString(), QString("SignatureDoesNotMatch"));
    QCOMPARE(entries[1].toObject().value("httpStatus").toInt(), 400);
    QVERIFY(entries[1].toObject().value("jobId").toString().isEmpty());
    // A dropped connection after the job was made: outcome unknown, but completed, not interrupted.
    QCOMPARE(entries[0].toObject().value("outcome").toString(), QString("unknown"));
    QCOMPARE(entries[0].toObject().value("pending").toBool(), false);
}

void TestHistoryCommand::submitWithNoHistoryRecordsNothing()
{
    startSandbox();
    const CliRun r =
        runCliCaptured({"submit", writeTemplate(), "--no-history", "--endpoint", m_server->url().toString(), "--set",
                        "NS=" + m_server->namespaces().first().uid, "--set", "ENV=x", "--set", "RETRIES=0"});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY(!QFile::exists(HistoryStore::defaultPath()));
}

void TestHistoryCommand::submitGoesOnWhenHistoryIsBroken()
{
    startSandbox();
    QVERIFY(QDir().mkpath(QFileInfo(HistoryStore::defaultPath()).absolutePath()));
    QFile f(HistoryStore::defaultPath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'Z'));
    f.close();
    const CliRun r =
        runCliCaptured({"submit", writeTemplate(), "--endpoint", m_server->url().toString(), "--set",
                        "NS=" + m_server->namespaces().first().uid, "--set", "ENV=x", "--set", "RETRIES=0"});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QCOMPARE(m_server->jobs().size(), 1);
    QVERIFY2(r.err.contains(HistoryStore::defaultPath()), qPrintable(r.err));
    QVERIFY(r.err.contains("without history"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray(4096, 'Z')); // left for the user to look at, never overwritten
}

QTEST_GUILESS_MAIN(TestHistoryCommand)
#include "TestHistoryCommand.moc"
