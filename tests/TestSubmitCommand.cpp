#include "Commands.h"
#include "SandboxServer.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sx;

// sxstudio-cli validate and submit, run in-process against the sandbox over loopback HTTP.
class TestSubmitCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void examplesValidate();
    void examplesSubmitWithBothSignatures_data();
    void examplesSubmitWithBothSignatures();
    void jsonOutput();
    void dryRunSendsNothingAndHidesSecrets();
    void invalidFileSendsNothing();
    void malformedFileNamesLineAndColumn();
    void refusalExitsThree();
    void unknownOutcomeExitsFour();
    void missingCredentialsExitTwo();
    void usageErrors_data();
    void usageErrors();
    void regionFromOptionAndEnvironment();

private:
    int run(const QStringList& args);
    QString m_out;
    QString m_err;
    std::unique_ptr<SandboxServer> m_server;
};

int TestSubmitCommand::run(const QStringList& args)
{
    m_out.clear();
    m_err.clear();
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    cli::CliIo io {out, err};
    const int status = cli::runCli(QStringList {"sxstudio-cli"} + args, io);
    out.flush();
    err.flush();
    // Whatever happened, the secret is never printed.
    const QString secret = m_server->credentials().accessKeySecret;
    if (m_out.contains(secret) || m_err.contains(secret))
        qFatal("the AccessKey secret was printed");
    return status;
}

void TestSubmitCommand::init()
{
    QStandardPaths::setTestModeEnabled(true); // submit records history: never into the user's own
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen());
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_ID", m_server->credentials().accessKeyId.toUtf8());
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", m_server->credentials().accessKeySecret.toUtf8());
    qunsetenv("ALIBABA_CLOUD_SECURITY_TOKEN");
    qunsetenv("ALIBABA_CLOUD_REGION_ID");
}

void TestSubmitCommand::cleanup()
{
    m_server.reset();
}

void TestSubmitCommand::examplesValidate()
{
    const QStringList files = {test::sourcePath("examples/java-cron-job.json"),
                               test::sourcePath("examples/http-job.json"),
                               test::sourcePath("examples/one-time-job.json")};
    QCOMPARE(run(QStringList {"validate"} + files), 0);
    QCOMPARE(m_out.count(": valid\n"), 3);
}

void TestSubmitCommand::examplesSubmitWithBothSignatures_data()
{
    QTest::addColumn<QString>("signature");
    QTest::newRow("v3") << "v3";
    QTest::newRow("v2") << "v2";
}

void TestSubmitCommand::examplesSubmitWithBothSignatures()
{
    QFETCH(QString, signature);
    const QStringList files = {test::sourcePath("examples/java-cron-job.json"),
                               test::sourcePath("examples/http-job.json"),
                               test::sourcePath("examples/one-time-job.json")};
    QCOMPARE(run(QStringList {"submit", "--endpoint", m_server->url().toString(), "--signature", signature} + files),
             0);
    QCOMPARE(m_server->jobs().size(), 3);
    QCOMPARE(m_out.count("created JobId "), 3);
    for (const SandboxJob& job : m_server->jobs())
        QVERIFY2(m_out.contains(QStringLiteral("created JobId %1 ").arg(job.jobId)), qPrintable(m_out));
    // The MapReduce settings of the java example are warned about and not sent.
    QVERIFY(m_err.contains("mapReduce.ignored"));
    QVERIFY(!m_server->jobs().first().job.has(Param::TaskMaxAttempt));
}

void TestSubmitCommand::jsonOutput()
{
    QCOMPARE(
        run({"submit", "--json", "--endpoint", m_server->url().toString(), test::sourcePath("examples/http-job.json")}),
        0);
    const QJsonObject o = QJsonDocument::fromJson(m_out.toUtf8()).object();
    QCOMPARE(o.value("ok").toBool(), true);
    QCOMPARE(o.value("jobId").toString(), QString::number(m_server->jobs().first().jobId));
    QVERIFY(!o.value("requestId").toString().isEmpty());
    QCOMPARE(o.value("httpStatus").toInt(), 200);
    QVERIFY(o.value("file").toString().endsWith("http-job.json"));
    QVERIFY(o.contains("code") && o.contains("message"));
}

void TestSubmitCommand::dryRunSendsNothingAndHidesSecrets()
{
    qputenv("ALIBABA_CLOUD_SECURITY_TOKEN", "sts-token-value");
    for (const char* signature : {"v3", "v2"}) {
        QCOMPARE(run({"submit", "--dry-run", "--signature", signature, test::sourcePath("examples/http-job.json")}), 0);
        QVERIFY(m_out.contains("POST https://schedulerx.cn-shanghai.aliyuncs.com/?"));
        QVERIFY(!m_out.contains("sts-token-value"));
        QVERIFY(m_out.contains("<redacted>"));
    }
    QCOMPARE(m_server->requestCount(), 0);
}

void TestSubmitCommand::invalidFileSendsNothing()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath("bad.json");
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"RegionId":"cn-hangzhou","Namespace":"n","GroupId":"g","Name":"x","JobType":"java",
               "ExecuteMode":"standalone","TimeType":3,"TimeExpression":"5"})");
    f.close();
    QCOMPARE(run({"submit", "--endpoint", m_server->url().toString(), test::sourcePath("examples/http-job.json"), bad}),
             2);
    QVERIFY(m_err.contains("bad.json: error: ClassName:"));
    QVERIFY(m_err.contains("bad.json: error: TimeExpression:"));
    QVERIFY(m_err.contains("Nothing was sent."));
    QCOMPARE(m_server->requestCount(), 0); // not even the valid file went
    QCOMPARE(run({"validate", bad}), 2);
}

void TestSubmitCommand::malformedFileNamesLineAndColumn()
{
    QTemporaryDir dir;
    const QString broken = dir.filePath("broken.json");
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\n  \"Name\": \"x\",\n  \"JobType\": java\n}\n");
    f.close();
    QCOMPARE(run({"validate", broken}), 2);
    QVERIFY2(m_err.contains("broken.json: line 3, column "), qPrintable(m_err));
    QCOMPARE(run({"validate", dir.filePath("missing.json")}), 2);
    QVERIFY(m_err.contains("missing.json: cannot read"));
}

void TestSubmitCommand::refusalExitsThree()
{
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "wrong-secret");
    QCOMPARE(run({"submit", "--endpoint", m_server->url().toString(), test::sourcePath("examples/http-job.json")}), 3);
    QVERIFY(m_out.contains("refused: SignatureDoesNotMatch"));
    QVERIFY(m_err.contains("server string to sign: "));
}

void TestSubmitCommand::unknownOutcomeExitsFour()
{
    m_server->injectFault(SandboxFault::Drop);
    QCOMPARE(run({"submit", "--endpoint", m_server->url().toString(), test::sourcePath("examples/http-job.json")}), 4);
    QVERIFY(m_out.contains("outcome unknown"));
    QVERIFY(m_err.contains("may or may not"));
}

void TestSubmitCommand::missingCredentialsExitTwo()
{
    qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    QCOMPARE(run({"submit", "--endpoint", m_server->url().toString(), test::sourcePath("examples/http-job.json")}), 2);
    QVERIFY(m_err.contains("ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestSubmitCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::newRow("no command") << QStringList {} << 1;
    QTest::newRow("unknown command") << QStringList {"launch"} << 1;
    QTest::newRow("unknown option") << QStringList {"submit", "--fast", "x.json"} << 1;
    QTest::newRow("no files") << QStringList {"submit"} << 1;
    QTest::newRow("bad signature") << QStringList {"submit", "--signature", "v4", "x.json"} << 1;
    QTest::newRow("help") << QStringList {"submit", "--help"} << 0;
    QTest::newRow("top help") << QStringList {"--help"} << 0;
    QTest::newRow("version") << QStringList {"--version"} << 0;
}

void TestSubmitCommand::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QCOMPARE(run(args), status);
    QVERIFY(!m_out.isEmpty() || !m_err.isEmpty());
}

void TestSubmitCommand::regionFromOptionAndEnvironment()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("noregion.json");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"Namespace":"n","GroupId":"g","Name":"x","JobType":"shell","Content":"echo",
               "ExecuteMode":"standalone","TimeType":100})");
    f.close();
    QCOMPARE(run({"validate", path}), 2);
    QVERIFY(m_err.contains("RegionId is required"));
    QCOMPARE(run({"submit", "--dry-run", "--region", "cn-beijing", path}), 0);
    QVERIFY(m_out.contains("https://schedulerx.cn-beijing.aliyuncs.com/?RegionId=cn-beijing"));
    qputenv("ALIBABA_CLOUD_REGION_ID", "ap-southeast-1");
    QCOMPARE(run({"submit", "--dry-run", path}), 0);
    QVERIFY(m_out.contains("https://schedulerx.aliyuncs.com/?RegionId=ap-southeast-1"));
}

QTEST_GUILESS_MAIN(TestSubmitCommand)
#include "TestSubmitCommand.moc"
