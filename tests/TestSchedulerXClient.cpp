#include "RequestBuilder.h"
#include "SandboxServer.h"
#include "SchedulerXClient.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace sx;

// The client against the sandbox over real loopback HTTP: every answer shape and every injected fault.
class TestSchedulerXClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createsJob_data();
    void createsJob();
    void stsCredentials();
    void wrongSecretShowsServerStringToSign();
    void unknownAccessKey();
    void serviceValidationRefusal();
    void throttlingIsRetriedWithFreshSignatures();
    void throttlingGivesUpAfterThreeTries();
    void faultsAfterSendingAreOutcomeUnknown_data();
    void faultsAfterSendingAreOutcomeUnknown();
    void answerTooLateIsOutcomeUnknown();
    void connectionRefusedIsFailed();
    void plainHttpToAnotherHostIsRefused();
    void cancelBeforeSending();
    void listNamespaces();

private:
    SubmitResult submit(const Job& job, SignatureVersion version = SignatureVersion::V3);
    ClientOptions options(SignatureVersion version = SignatureVersion::V3) const;

    std::unique_ptr<SandboxServer> m_server;
};

namespace {

Job sampleJob()
{
    Job job = test::validSampleJob();
    job.set(Param::FailEnable, true);
    return job;
}

} // namespace

void TestSchedulerXClient::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
}

void TestSchedulerXClient::cleanup()
{
    m_server.reset();
}

ClientOptions TestSchedulerXClient::options(SignatureVersion version) const
{
    ClientOptions o;
    o.endpoint = m_server->url();
    o.signature = version;
    o.backoffMs = 10;
    o.totalTimeoutMs = 20'000;
    return o;
}

SubmitResult TestSchedulerXClient::submit(const Job& job, SignatureVersion version)
{
    SchedulerXClient client;
    return client.run(RequestBuilder::createJob(job), m_server->credentials(), options(version));
}

void TestSchedulerXClient::createsJob_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::newRow("v3") << SignatureVersion::V3;
    QTest::newRow("v2") << SignatureVersion::V2;
}

void TestSchedulerXClient::createsJob()
{
    QFETCH(SignatureVersion, version);
    const SubmitResult r = submit(sampleJob(), version);
    QCOMPARE(r.outcome, Outcome::Created);
    QCOMPARE(r.httpStatus, 200);
    QVERIFY(!r.jobId.isEmpty());
    QVERIFY(!r.requestId.isEmpty());
    QCOMPARE(r.attempts, 1);
    const QList<SandboxJob> jobs = m_server->jobs();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(QString::number(jobs.first().jobId), r.jobId);
    // What arrived is what was composed, Chinese name and contacts included.
    QCOMPARE(jobs.first().job.text(Param::Name), QString("每日 报表 job*~"));
    QCOMPARE(jobs.first().job.contacts(), sampleJob().contacts());
    QCOMPARE(jobs.first().signatureVersion, version);
}

void TestSchedulerXClient::stsCredentials()
{
    const Credentials sts {"STS.NUxxxx", "sts-secret", "CAIS-token=="};
    m_server->addCredentials(sts);
    for (auto version : {SignatureVersion::V3, SignatureVersion::V2}) {
        SchedulerXClient client;
        SubmitResult r = client.run(RequestBuilder::createJob(sampleJob()), sts, options(version));
        QCOMPARE(r.outcome, Outcome::Created);
        r = client.run(RequestBuilder::createJob(sampleJob()), {sts.accessKeyId, sts.accessKeySecret, "wrong"},
                       options(version));
        QCOMPARE(r.outcome, Outcome::Refused);
        QVERIFY2(r.code.startsWith("InvalidSecurityToken"), qPrintable(r.code));
    }
}

void TestSchedulerXClient::wrongSecretShowsServerStringToSign()
{
    for (auto version : {SignatureVersion::V3, SignatureVersion::V2}) {
        SchedulerXClient client;
        const Credentials wrong {m_server->credentials().accessKeyId, "not-the-secret", {}};
        const SubmitResult r = client.run(RequestBuilder::createJob(sampleJob()), wrong, options(version));
        QCOMPARE(r.outcome, Outcome::Refused);
        QCOMPARE(r.code, QString("SignatureDoesNotMatch"));
        QVERIFY(!r.serverStringToSign.isEmpty());
        QVERIFY(!r.hint.isEmpty());
        QVERIFY(!r.requestId.isEmpty());
    }
    QVERIFY(m_server->jobs().isEmpty());
}

void TestSchedulerXClient::unknownAccessKey()
{
    SchedulerXClient client;
    const SubmitResult r = client.run(RequestBuilder::createJob(sampleJob()), {"LTAInobody", "x", {}}, options());
    QCOMPARE(r.outcome, Outcome::Refused);
    QCOMPARE(r.code, QString("InvalidAccessKeyId.NotFound"));
    QVERIFY(r.hint.contains("AccessKey ID"));
}

void TestSchedulerXClient::serviceValidationRefusal()
{
    Job job = sampleJob();
    job.set(Param::MaxConcurrency, 500); // the sandbox applies the validator's rules on its side
    const SubmitResult r = submit(job);
    QCOMPARE(r.outcome, Outcome::Refused);
    QVERIFY2(r.message.contains("MaxConcurrency"), qPrintable(r.message));
    QVERIFY(m_server->jobs().isEmpty());
}

void TestSchedulerXClient::throttlingIsRetriedWithFreshSignatures()
{
    m_server->injectFault(SandboxFault::Throttle, 1);
    m_server->injectFault(SandboxFault::Throttle429, 1);
    SchedulerXClient client;
    CallOperation* op = client.start(RequestBuilder::createJob(sampleJob()), m_server->credentials(), options());
    QSignalSpy retrying(op, &CallOperation::retrying);
    QSignalSpy finished(op, &CallOperation::finished);
    QVERIFY(finished.wait(20'000));
    const auto r = finished.first().first().value<SubmitResult>();
    QCOMPARE(r.outcome, Outcome::Created);
    QCOMPARE(r.attempts, 3);
    QCOMPARE(retrying.size(), 2);
    QCOMPARE(retrying.at(0).at(0).toInt(), 2);
    QCOMPARE(m_server->requestCount(), 3); // a reused nonce would have been refused
    QCOMPARE(m_server->jobs().size(), 1);
}

void TestSchedulerXClient::throttlingGivesUpAfterThreeTries()
{
    m_server->injectFault(SandboxFault::Throttle, 5);
    const SubmitResult r = submit(sampleJob());
    QCOMPARE(r.outcome, Outcome::Refused);
    QCOMPARE(r.attempts, 3);
    QCOMPARE(m_server->requestCount(), 3);
    QVERIFY(r.message.contains("3 tries"));
}

void TestSchedulerXClient::faultsAfterSendingAreOutcomeUnknown_data()
{
    QTest::addColumn<SandboxFault>("fault");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("html 502") << SandboxFault::Html502 << "HTML";
    QTest::newRow("internal 500") << SandboxFault::InternalError << "unknown error";
    QTest::newRow("truncated") << SandboxFault::Truncated << "cut off";
    QTest::newRow("dropped") << SandboxFault::Drop << "closed before any answer";
    QTest::newRow("empty 200") << SandboxFault::Empty200 << "empty";
}

void TestSchedulerXClient::faultsAfterSendingAreOutcomeUnknown()
{
    QFETCH(SandboxFault, fault);
    QFETCH(QString, messagePart);
    m_server->injectFault(fault);
    const SubmitResult r = submit(sampleJob());
    QCOMPARE(r.outcome, Outcome::Unknown);
    QVERIFY2(r.message.contains(messagePart), qPrintable(r.message));
    QVERIFY(!r.message.isEmpty());
    QVERIFY(r.hint.contains("may or may not"));
    // Never sent twice: CreateJob is not idempotent.
    QCOMPARE(r.attempts, 1);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestSchedulerXClient::answerTooLateIsOutcomeUnknown()
{
    m_server->injectDelay(3000);
    ClientOptions o = options();
    o.totalTimeoutMs = 300;
    SchedulerXClient client;
    const SubmitResult r = client.run(RequestBuilder::createJob(sampleJob()), m_server->credentials(), o);
    QCOMPARE(r.outcome, Outcome::Unknown);
    QVERIFY2(r.message.contains("No complete answer"), qPrintable(r.message));
    QCOMPARE(m_server->requestCount(), 1);
}

void TestSchedulerXClient::connectionRefusedIsFailed()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    ClientOptions o = options();
    o.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    SchedulerXClient client;
    const SubmitResult r = client.run(RequestBuilder::createJob(sampleJob()), m_server->credentials(), o);
    QCOMPARE(r.outcome, Outcome::Failed);
    QVERIFY(r.hint.contains("Nothing was sent"));
}

void TestSchedulerXClient::plainHttpToAnotherHostIsRefused()
{
    ClientOptions o = options();
    o.endpoint = QUrl("http://schedulerx.aliyuncs.com/");
    SchedulerXClient client;
    const SubmitResult r = client.run(RequestBuilder::createJob(sampleJob()), m_server->credentials(), o);
    QCOMPARE(r.outcome, Outcome::Failed);
    QVERIFY2(r.message.contains("use https"), qPrintable(r.message));
    QVERIFY(SchedulerXClient::endpointProblem(QUrl("http://[::1]:8080/")).isEmpty());
    QVERIFY(SchedulerXClient::endpointProblem(QUrl("https://schedulerx.aliyuncs.com/")).isEmpty());
    QVERIFY(!SchedulerXClient::endpointProblem(QUrl("ftp://x/")).isEmpty());
}

void TestSchedulerXClient::cancelBeforeSending()
{
    SchedulerXClient client;
    CallOperation* op = client.start(RequestBuilder::createJob(sampleJob()), m_server->credentials(), options());
    QSignalSpy finished(op, &CallOperation::finished);
    QVERIFY(op->cancel());
    QTRY_COMPARE(finished.size(), 1);
    const auto r = finished.first().first().value<SubmitResult>();
    QCOMPARE(r.outcome, Outcome::Failed);
    QVERIFY(r.message.contains("Cancelled"));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestSchedulerXClient::listNamespaces()
{
    SchedulerXClient client;
    const SubmitResult r =
        client.run(RequestBuilder::listNamespaces("cn-hangzhou"), m_server->credentials(), options());
    QCOMPARE(r.outcome, Outcome::Created);
    QVERIFY(r.responseBody.contains(m_server->namespaces().first().uid.toUtf8()));
}

QTEST_GUILESS_MAIN(TestSchedulerXClient)
#include "TestSchedulerXClient.moc"
