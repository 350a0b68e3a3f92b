#include "HistoryStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace sx;

// A process killed while it records history leaves a database that opens, is intact and holds the
// interrupted attempt as pending, reading as "outcome unknown".
class TestHistoryKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLeavesPendingEntry();
    void killedSubmitLeavesPendingEntry();
};

void TestHistoryKill::killedWriterLeavesPendingEntry()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("history.sqlite");
    QProcess child;
    child.start(QStringLiteral(SX_KILL_HELPER), {path});
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
    // Wait for the line (an event, not a time): the pending entry is committed before it is printed.
    while (!child.canReadLine()) {
        if (!child.waitForReadyRead(60000))
            QFAIL(qPrintable(QString("helper said nothing: " + QString::fromLocal8Bit(child.readAllStandardError()))));
    }
    const QByteArray line = child.readLine().trimmed();
    QVERIFY2(line.startsWith("pending "), line.constData());
    const qint64 id = line.mid(8).toLongLong();
    child.kill(); // SIGKILL while it is writing
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    HistoryStore store(path);
    QVERIFY2(store.isOpen() && store.isWritable(), qPrintable(store.errorString()));
    QSqlQuery q(store.database());
    QVERIFY(q.exec("PRAGMA integrity_check") && q.next());
    QCOMPARE(q.value(0).toString(), QString("ok"));
    QVERIFY(q.exec("INSERT INTO entries_fts(entries_fts) VALUES ('integrity-check')"));
    const auto entry = store.entry(id);
    QVERIFY(entry);
    QVERIFY(entry->pending);
    QCOMPARE(entry->outcome, Outcome::Unknown);
    QCOMPARE(entry->name, QString("killed-mid-request"));
    // Every churned entry is whole: either still pending or completed with its answer.
    QVERIFY(q.exec("SELECT count(*) FROM entries e LEFT JOIN entry_bodies b ON b.entry_id = e.id"
                   " WHERE b.entry_id IS NULL OR (e.pending = 0 AND length(b.response) <> 4096)"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(store.begin(HistoryAttempt {})); // and it goes on recording
}

// The real thing: "sxstudio-cli submit" against an endpoint that takes the request and never answers,
// killed once the request has arrived (the pending entry is written before sending).
void TestHistoryKill::killedSubmitLeavesPendingEntry()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile job(dir.filePath("job.json"));
    QVERIFY(job.open(QIODevice::WriteOnly));
    job.write(R"({"RegionId": "cn-hangzhou", "Namespace": "${NS}", "GroupId": "g", "Name": "nightly-${ENV}",
        "JobType": "java", "ExecuteMode": "standalone", "ClassName": "com.example.Nightly", "TimeType": 1,
        "TimeExpression": "0 0 2 * * ?"})");
    job.close();

    QTcpServer silent; // accepts, reads, never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_DATA_HOME", dir.filePath("data"));
    env.insert("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIkilltest");
    env.insert("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "kill-test-secret");
    env.insert("no_proxy", "*");
    cli.setProcessEnvironment(env);
    cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    cli.start(QStringLiteral(SX_CLI),
              {"submit", job.fileName(), "--endpoint", QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()),
               "--set", "NS=ns-kill", "--set", "ENV=prod", "--timeout", "3600"});
    QVERIFY2(cli.waitForStarted(), qPrintable(cli.errorString()));
    // Wait for events: the connection, then the first bytes of the request.
    while (!silent.hasPendingConnections()) {
        if (!silent.waitForNewConnection(60000) && cli.state() != QProcess::Running)
            QFAIL("the CLI ended without sending");
    }
    QTcpSocket* socket = silent.nextPendingConnection();
    while (socket->bytesAvailable() == 0)
        QVERIFY(socket->waitForReadyRead(60000));
    QVERIFY(socket->readAll().startsWith("POST "));
    cli.kill();
    QVERIFY(cli.waitForFinished());

    HistoryStore store(dir.filePath("data") + "/" + QStringLiteral("sxstudio/sxstudio/history.sqlite"));
    QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
    QSqlQuery q(store.database());
    QVERIFY(q.exec("PRAGMA integrity_check") && q.next());
    QCOMPARE(q.value(0).toString(), QString("ok"));
    const auto entries = store.search({});
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first().pending);
    QCOMPARE(entries.first().outcome, Outcome::Unknown);
    QCOMPARE(entries.first().name, QString("nightly-prod")); // as sent: placeholders filled
    QCOMPARE(entries.first().ns, QString("ns-kill"));
    const auto details = store.entry(entries.first().id);
    QVERIFY(!QJsonDocument(details->job).toJson().contains("kill-test-secret"));
}

QTEST_GUILESS_MAIN(TestHistoryKill)
#include "TestHistoryKill.moc"
