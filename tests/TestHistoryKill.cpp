#include "HistoryStore.h"

#include <QProcess>
#include <QSqlQuery>
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

QTEST_GUILESS_MAIN(TestHistoryKill)
#include "TestHistoryKill.moc"
