#include "Commands.h"
#include "RequestBuilder.h"
#include "Signer.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace sx;
using namespace sx::cli;

namespace {

struct Run
{
    QString out;
    QString err;
    int status = -1;
};

// Runs "sxstudio-cli sandbox ARGS" in-process; `whileRunning` gets the stdout printed so far once the
// event loop runs, and must make the command stop.
Run runCommand(const QStringList& args, const std::function<void(const QString& out)>& whileRunning = {})
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    CliIo io {out, err, nullptr, false};
    if (whileRunning)
        QTimer::singleShot(0, qApp, [&] { whileRunning(run.out); });
    run.status = runCli(QStringList {"sxstudio-cli", "sandbox"} + args, io);
    out.flush();
    err.flush();
    return run;
}

QString exported(const QString& out, const QString& name)
{
    const auto m = QRegularExpression("^export " + name + "=(\\S+)$", QRegularExpression::MultilineOption).match(out);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

class TestSandboxCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help();
    void badArguments_data();
    void badArguments();
    void servesUntilTerminated();
    void pinnedCredentialsAreNotEchoed();
};

void TestSandboxCommand::help()
{
    const Run run = runCommand({"--help"});
    QCOMPARE(run.status, int(ExitOk));
    for (const char* part : {"--port", "--delay", "--fault", "--throttle", "--access-key-id", "html502", "drop"})
        QVERIFY2(run.out.contains(QLatin1String(part)), part);
}

void TestSandboxCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("port text") << QStringList {"--port", "http"};
    QTest::newRow("port too big") << QStringList {"--port", "70000"};
    QTest::newRow("unknown fault") << QStringList {"--fault", "explode"};
    QTest::newRow("fault count zero") << QStringList {"--fault", "drop:0"};
    QTest::newRow("throttle zero") << QStringList {"--throttle", "0"};
    QTest::newRow("negative delay") << QStringList {"--delay", "-5"};
    QTest::newRow("unknown option") << QStringList {"--frobnicate"};
    QTest::newRow("file argument") << QStringList {"job.json"};
}

void TestSandboxCommand::badArguments()
{
    QFETCH(QStringList, args);
    const Run run = runCommand(args);
    QCOMPARE(run.status, int(ExitUsage));
    QVERIFY(!run.err.isEmpty());
    QVERIFY(run.out.isEmpty());
}

void TestSandboxCommand::servesUntilTerminated()
{
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QList<int> statuses;
    QString printedUrl;
    // The first answer is throttled (--throttle 1), the second creates a job; then SIGTERM stops it.
    std::function<void(const QString&)> sendNext;
    auto during = [&](const QString& out) {
        printedUrl = QRegularExpression("listening on (\\S+)").match(out).captured(1);
        const Credentials credentials {
            exported(out, "ALIBABA_CLOUD_ACCESS_KEY_ID"), exported(out, "ALIBABA_CLOUD_ACCESS_KEY_SECRET"), {}};
        sendNext = [&, credentials](const QString&) {
            if (statuses.size() == 2 || printedUrl.isEmpty()) {
                std::raise(SIGTERM);
                return;
            }
            Job job;
            job.set(Param::RegionId, "cn-hangzhou");
            job.set(Param::Namespace, "adcfc35d-e2fe-4fe9-bbaa-20e90ffc1234");
            job.set(Param::GroupId, "testSchedulerx.defaultGroup");
            job.set(Param::JobType, "shell");
            job.set(Param::Content, "echo hello");
            job.set(Param::Name, "hello");
            job.set(Param::ExecuteMode, "standalone");
            job.set(Param::TimeType, 100);
            const SignedRequest r = Signer::sign(RequestBuilder::createJob(job), QUrl(printedUrl), credentials,
                                                 SignatureVersion::V2, SigningContext::fresh());
            QNetworkRequest request(r.url);
            request.setRawHeader("content-type", r.header("content-type"));
            QNetworkReply* reply = nam.sendCustomRequest(request, r.method, r.body);
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
                statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
                reply->deleteLater();
                sendNext({});
            });
        };
        sendNext(out);
    };
    const Run run = runCommand({"--throttle", "1", "--delay", "1"}, during);
    QCOMPARE(run.status, int(ExitOk));
    QVERIFY2(printedUrl.startsWith("http://127.0.0.1:"), qPrintable(run.out));
    QVERIFY(exported(run.out, "ALIBABA_CLOUD_ACCESS_KEY_ID").startsWith("LTAI"));
    QVERIFY(exported(run.out, "ALIBABA_CLOUD_ACCESS_KEY_SECRET").size() >= 30);
    QCOMPARE(statuses, QList<int>({400, 200}));
    QVERIFY2(run.err.contains("Throttling.User"), qPrintable(run.err)); // the request log
    QVERIFY2(run.err.contains("JobId="), qPrintable(run.err));
    QVERIFY2(run.err.contains("1 job(s) created"), qPrintable(run.err));
}

void TestSandboxCommand::pinnedCredentialsAreNotEchoed()
{
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "my-pinned-secret-value");
    bool stopped = false;
    const Run run = runCommand({"--access-key-id", "LTAIpinnedForScripts", "--quiet"}, [&](const QString&) {
        stopped = true;
        std::raise(SIGINT);
    });
    qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    QVERIFY(stopped);
    QCOMPARE(run.status, int(ExitOk));
    QCOMPARE(exported(run.out, "ALIBABA_CLOUD_ACCESS_KEY_ID"), QString("LTAIpinnedForScripts"));
    QVERIFY(exported(run.out, "ALIBABA_CLOUD_ACCESS_KEY_SECRET").isEmpty());
    QVERIFY(!run.out.contains("my-pinned-secret-value"));
    QVERIFY(!run.err.contains("my-pinned-secret-value"));
}

QTEST_GUILESS_MAIN(TestSandboxCommand)
#include "TestSandboxCommand.moc"
