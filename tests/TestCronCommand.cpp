#include "CliRun.h"
#include "Commands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sx::cli;

namespace {

CliRun cron(const QStringList& args)
{
    return runCliCaptured(QStringList {"cron"} + args);
}

} // namespace

class TestCronCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsFireTimesWithOffsets();
    void printsJson();
    void takesEpochMilliseconds();
    void printsDataTime();
    void invalidExpressionExitsTwo();
    void invalidZoneExitsTwo();
    void neverFiringExitsTwo();
    void usageErrorsExitOne_data();
    void usageErrorsExitOne();
    void help();
};

void TestCronCommand::printsFireTimesWithOffsets()
{
    // Across New York's spring-forward: 02:30 does not exist on 10 March 2024, and Quartz skips that day.
    const CliRun run =
        cron({"0 30 2 * * ?", "--tz", "America/New_York", "--from", "2024-03-09T00:00:00-05:00", "--count", "3"});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out, QString("2024-03-09T02:30:00-05:00\n2024-03-11T02:30:00-04:00\n2024-03-12T02:30:00-04:00\n"));
    QVERIFY(run.err.isEmpty());
}

void TestCronCommand::printsJson()
{
    const CliRun run =
        cron({"0 0 8 * * ?", "--tz", "GMT+8", "--from", "2024-01-01T00:00:00Z", "--count", "2", "--json"});
    QCOMPARE(run.status, 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(o.value("expression").toString(), QString("0 0 8 * * ?"));
    QCOMPARE(o.value("timezone").toString(), QString("GMT+8"));
    const QJsonArray next = o.value("next").toArray();
    QCOMPARE(next.size(), 2);
    // 08:00 at GMT+8 is midnight UTC; the start instant itself is not "after" it, so the 2nd comes first.
    QCOMPARE(next[0].toInteger(), 1704153600000LL);
    QCOMPARE(next[1].toInteger(), 1704153600000LL + 86400000LL);
}

void TestCronCommand::takesEpochMilliseconds()
{
    const CliRun run = cron({"0 0 0 1 1 ?", "--tz", "UTC", "--from", "0"});
    QCOMPARE(run.status, 0);
    const QStringList lines = run.out.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // --count defaults to 5
    QCOMPARE(lines.first(), QString("1971-01-01T00:00:00+00:00"));
    QCOMPARE(lines.last(), QString("1975-01-01T00:00:00+00:00"));
}

void TestCronCommand::printsDataTime()
{
    const CliRun run = cron(
        {"0 0 2 * * ?", "--tz", "UTC", "--from", "2024-01-01T00:00:00Z", "--count", "1", "--data-offset", "86400"});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out, QString("2024-01-01T02:00:00+00:00  data time 2023-12-31T02:00:00+00:00\n"));
}

void TestCronCommand::invalidExpressionExitsTwo()
{
    const CliRun run = cron({"0 0 0 32 * ?", "--tz", "UTC"});
    QCOMPARE(run.status, int(ExitInvalid));
    QCOMPARE(run.err.trimmed(), QString("day of month: 32 is outside 1–31"));
    QVERIFY(run.out.isEmpty());
}

void TestCronCommand::invalidZoneExitsTwo()
{
    const CliRun run = cron({"0 0 0 * * ?", "--tz", "Nowhere/Atlantis"});
    QCOMPARE(run.status, int(ExitInvalid));
    QVERIFY2(run.err.contains("Nowhere/Atlantis"), qPrintable(run.err));
}

void TestCronCommand::neverFiringExitsTwo()
{
    const CliRun run = cron({"0 0 0 30 2 ?", "--tz", "UTC", "--from", "0"});
    QCOMPARE(run.status, int(ExitInvalid));
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("never fires"), qPrintable(run.err));
}

void TestCronCommand::usageErrorsExitOne_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no expression") << QStringList {};
    QTest::newRow("two expressions") << QStringList {"0 0 0 * * ?", "0 0 1 * * ?"};
    QTest::newRow("count zero") << QStringList {"0 0 0 * * ?", "--count", "0"};
    QTest::newRow("count text") << QStringList {"0 0 0 * * ?", "--count", "many"};
    QTest::newRow("from without offset") << QStringList {"0 0 0 * * ?", "--from", "2024-01-01T00:00:00"};
    QTest::newRow("from garbage") << QStringList {"0 0 0 * * ?", "--from", "yesterday"};
    QTest::newRow("unknown option") << QStringList {"0 0 0 * * ?", "--zone", "UTC"};
}

void TestCronCommand::usageErrorsExitOne()
{
    QFETCH(QStringList, args);
    const CliRun run = cron(args);
    QCOMPARE(run.status, int(ExitUsage));
    QVERIFY(!run.err.isEmpty());
    QVERIFY(run.out.isEmpty());
}

void TestCronCommand::help()
{
    const CliRun run = cron({"--help"});
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.contains("--tz"));
    QVERIFY(run.out.contains("--count"));
}

QTEST_APPLESS_MAIN(TestCronCommand)
#include "TestCronCommand.moc"
