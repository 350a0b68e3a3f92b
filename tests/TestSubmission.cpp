// The desktop app's submission: over real loopback HTTP to the sandbox, recorded in a real SQLite history.
#include "HistoryStore.h"
#include "SandboxServer.h"
#include "Submission.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sx;

class TestSubmission : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createdIsRecorded();
    void unknownOutcomeIsRecorded();
    void neverTwiceAtOnce();
    void withoutHistoryStillSubmitsAndSaysSo();
    void cancelBeforeSendingIsRecordedAsFailed();

private:
    HistoryAttempt attempt() const;
    ClientOptions options() const;

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<HistoryStore> m_history;
    SchedulerXClient m_client;
};

void TestSubmission::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY(m_sandbox->listen());
    QFile::remove(m_dir.filePath("history.sqlite"));
    m_history = std::make_unique<HistoryStore>(m_dir.filePath("history.sqlite"));
    QVERIFY2(m_history->isWritable(), qPrintable(m_history->errorString()));
}

HistoryAttempt TestSubmission::attempt() const
{
    HistoryAttempt attempt;
    attempt.profile = "sandbox";
    attempt.job = test::validSampleJob();
    attempt.job.set(Param::Namespace, m_sandbox->namespaces().first().uid);
    attempt.job.set(Param::GroupId, m_sandbox->groups().first().groupId);
    return attempt;
}

ClientOptions TestSubmission::options() const
{
    ClientOptions options;
    options.endpoint = m_sandbox->url();
    return options;
}

void TestSubmission::createdIsRecorded()
{
    Submission submission(&m_client, m_history.get());
    QSignalSpy finished(&submission, &Submission::finished);
    QVERIFY(submission.start(attempt(), m_sandbox->credentials(), options()));
    QVERIFY(submission.isRunning());
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().at(0).value<SubmitResult>();
    QCOMPARE(result.outcome, Outcome::Created);
    QCOMPARE(finished.first().at(1).toString(), QString()); // recorded
    QVERIFY(!submission.isRunning());

    const QList<HistoryEntry> entries = m_history->search({});
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().outcome, Outcome::Created);
    QCOMPARE(entries.first().jobId, result.jobId);
    QCOMPARE(entries.first().profile, QString("sandbox"));
    QCOMPARE(entries.first().endpoint, m_sandbox->url().toString());
    QCOMPARE(entries.first().signatureVersion, QString("v3"));
    QVERIFY(!entries.first().pending);
}

void TestSubmission::unknownOutcomeIsRecorded()
{
    m_sandbox->injectFault(SandboxFault::Drop);
    Submission submission(&m_client, m_history.get());
    QSignalSpy finished(&submission, &Submission::finished);
    QVERIFY(submission.start(attempt(), m_sandbox->credentials(), options()));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).value<SubmitResult>().outcome, Outcome::Unknown);
    const QList<HistoryEntry> entries = m_history->search({});
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().outcome, Outcome::Unknown);
}

void TestSubmission::neverTwiceAtOnce()
{
    m_sandbox->injectDelay(300);
    Submission submission(&m_client, m_history.get());
    QSignalSpy finished(&submission, &Submission::finished);
    QVERIFY(submission.start(attempt(), m_sandbox->credentials(), options()));
    QVERIFY(!submission.start(attempt(), m_sandbox->credentials(), options()));
    QVERIFY(finished.wait(10000));
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_sandbox->jobs().size(), 1);
    QCOMPARE(m_history->count({}), 1);
}

void TestSubmission::withoutHistoryStillSubmitsAndSaysSo()
{
    Submission submission(&m_client, nullptr);
    QSignalSpy finished(&submission, &Submission::finished);
    QVERIFY(submission.start(attempt(), m_sandbox->credentials(), options()));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).value<SubmitResult>().outcome, Outcome::Created);
    QVERIFY(!finished.first().at(1).toString().isEmpty());
}

void TestSubmission::cancelBeforeSendingIsRecordedAsFailed()
{
    Submission submission(&m_client, m_history.get());
    QSignalSpy finished(&submission, &Submission::finished);
    QVERIFY(submission.start(attempt(), m_sandbox->credentials(), options()));
    QVERIFY(submission.cancel()); // the request is only queued: nothing has left
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).value<SubmitResult>().outcome, Outcome::Failed);
    QVERIFY(m_sandbox->jobs().isEmpty());
    const QList<HistoryEntry> entries = m_history->search({});
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().outcome, Outcome::Failed);
}

QTEST_GUILESS_MAIN(TestSubmission)
#include "TestSubmission.moc"
