#include "CronExpression.h"
#include "JobTimeZone.h"

#include <QTest>

using namespace sx;

namespace {

QDateTime utc(const char* iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

// The next `count` fire times after `from` (UTC) in `zone`, as local ISO strings with their offsets.
QStringList fire(const QString& expression, const char* from, int count, const QByteArray& zone = "UTC")
{
    const CronParseResult parsed = CronExpression::parse(expression);
    if (!parsed.isValid())
        return {"invalid: " + parsed.errorString()};
    QStringList out;
    for (const QDateTime& t : parsed.expression->nextFireTimes(utc(from), QTimeZone(zone), count))
        out << t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate);
    return out;
}

} // namespace

class TestCronExpression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syntax_data();
    void syntax();
    void errors_data();
    void errors();
    void newYorkSpringForwardSkipsToNextHour();
    void newYorkFallBackFiresOnceInRepeatedHour();
    void berlinGapAndOverlap();
    void lordHoweHalfHourGap();
    void leapDays();
    void lastAndNearestWeekdayForms();
    void yearField();
    void neverFires();
    void stopsAtLastYear();
    void dataTime();
    void badInputIsRefusedQuickly_data();
    void badInputIsRefusedQuickly();
    void fixedOffsetZone();
};

void TestCronExpression::syntax_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QStringList>("expected");
    const char* from = "2024-01-01T00:00:00";
    QTest::newRow("every second") << "* * * * * ?" << from
                                  << QStringList {"2024-01-01T00:00:01Z", "2024-01-01T00:00:02Z"};
    QTest::newRow("value") << "30 * * * * ?" << from << QStringList {"2024-01-01T00:00:30Z", "2024-01-01T00:01:30Z"};
    QTest::newRow("list") << "0 5,10 0 * * ?" << from << QStringList {"2024-01-01T00:05:00Z", "2024-01-01T00:10:00Z"};
    QTest::newRow("range") << "0 0 22-23 * * ?" << from << QStringList {"2024-01-01T22:00:00Z", "2024-01-01T23:00:00Z"};
    QTest::newRow("wrapping range") << "0 0 23-1 * * ?"
                                    << "2024-01-01T22:30:00"
                                    << QStringList {"2024-01-01T23:00:00Z", "2024-01-02T00:00:00Z",
                                                    "2024-01-02T01:00:00Z"};
    QTest::newRow("start/step") << "0 0/20 0 * * ?" << from
                                << QStringList {"2024-01-01T00:20:00Z", "2024-01-01T00:40:00Z", "2024-01-02T00:00:00Z"};
    QTest::newRow("*/step") << "*/25 0 0 * * ?" << from << QStringList {"2024-01-01T00:00:25Z", "2024-01-01T00:00:50Z"};
    QTest::newRow("/step (Quartz shorthand)")
        << "/25 0 0 * * ?" << from << QStringList {"2024-01-01T00:00:25Z", "2024-01-01T00:00:50Z"};
    QTest::newRow("range/step") << "0 5-50/20 0 * * ?" << from
                                << QStringList {"2024-01-01T00:05:00Z", "2024-01-01T00:25:00Z", "2024-01-01T00:45:00Z"};
    QTest::newRow("month names") << "0 0 0 1 MAR,jun ?" << from
                                 << QStringList {"2024-03-01T00:00:00Z", "2024-06-01T00:00:00Z"};
    QTest::newRow("month name range") << "0 0 0 1 NOV-FEB ?" << from
                                      << QStringList {"2024-02-01T00:00:00Z", "2024-11-01T00:00:00Z"};
    QTest::newRow("day names") << "0 0 12 ? * MON-FRI"
                               << "2024-01-05T13:00:00" << QStringList {"2024-01-08T12:00:00Z", "2024-01-09T12:00:00Z"};
    QTest::newRow("day numbers (1 = Sunday)")
        << "0 0 0 ? * 1" << from << QStringList {"2024-01-07T00:00:00Z", "2024-01-14T00:00:00Z"};
    QTest::newRow("L in day of week is Saturday")
        << "0 0 0 ? * L" << from << QStringList {"2024-01-06T00:00:00Z", "2024-01-13T00:00:00Z"};
    QTest::newRow("L") << "0 0 0 L * ?" << from << QStringList {"2024-01-31T00:00:00Z", "2024-02-29T00:00:00Z"};
    QTest::newRow("L-3") << "0 0 0 L-3 * ?" << from << QStringList {"2024-01-28T00:00:00Z", "2024-02-26T00:00:00Z"};
    QTest::newRow("6L (last Friday)") << "0 0 0 ? * 6L" << from
                                      << QStringList {"2024-01-26T00:00:00Z", "2024-02-23T00:00:00Z"};
    QTest::newRow("FRIL") << "0 0 0 ? * FRIL" << from << QStringList {"2024-01-26T00:00:00Z", "2024-02-23T00:00:00Z"};
    QTest::newRow("2#3 (third Monday)") << "0 0 0 ? * 2#3" << from
                                        << QStringList {"2024-01-15T00:00:00Z", "2024-02-19T00:00:00Z"};
    // "After" excludes the start itself: Monday 2024-01-01 00:00 is not after 2024-01-01 00:00.
    QTest::newRow("MON#1") << "0 0 0 ? * MON#1" << from << QStringList {"2024-02-05T00:00:00Z", "2024-03-04T00:00:00Z"};
    QTest::newRow("tabs and lower case") << "0\t0\t0\tl\t*\t?" << from << QStringList {"2024-01-31T00:00:00Z"};
    QTest::newRow("year") << "0 0 0 1 1 ? 2026" << from << QStringList {"2026-01-01T00:00:00Z"};
}

void TestCronExpression::syntax()
{
    QFETCH(QString, expression);
    QFETCH(QString, from);
    QFETCH(QStringList, expected);
    QCOMPARE(fire(expression, qPrintable(from), static_cast<int>(expected.size())), expected);
}

void TestCronExpression::errors_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << ""
                           << "the expression is empty";
    QTest::newRow("blank") << "   \t "
                           << "the expression is empty";
    QTest::newRow("too few") << "0 0 0 * *"
                             << "expected 6 or 7 fields (second minute hour day-of-month month day-of-week [year]), "
                                "found 5";
    QTest::newRow("too many") << "0 0 0 * * ? 2030 x"
                              << "expected 6 or 7 fields (second minute hour day-of-month month day-of-week [year]), "
                                 "found 8";
    QTest::newRow("too long") << QString(2000, u'1') << "the expression is longer than 1024 characters";
    QTest::newRow("second 60") << "60 0 0 * * ?"
                               << "second: 60 is outside 0–59";
    QTest::newRow("minute 99") << "0 99 0 * * ?"
                               << "minute: 99 is outside 0–59";
    QTest::newRow("hour 24") << "0 0 24 * * ?"
                             << "hour: 24 is outside 0–23";
    QTest::newRow("day of month 32") << "0 0 0 32 * ?"
                                     << "day of month: 32 is outside 1–31";
    QTest::newRow("day of month 0") << "0 0 0 0 * ?"
                                    << "day of month: 0 is outside 1–31";
    QTest::newRow("month 13") << "0 0 0 1 13 ?"
                              << "month: 13 is outside 1–12";
    QTest::newRow("day of week 0") << "0 0 0 ? * 0"
                                   << "day of week: 0 is outside 1–7";
    QTest::newRow("day of week 8") << "0 0 0 ? * 8"
                                   << "day of week: 8 is outside 1–7";
    QTest::newRow("year 1969") << "0 0 0 1 1 ? 1969"
                               << "year: 1969 is outside 1970–2099";
    QTest::newRow("year 2100") << "0 0 0 1 1 ? 2030-2100"
                               << "year: 2100 is outside 1970–2099";
    QTest::newRow("year backwards") << "0 0 0 1 1 ? 2040-2030"
                                    << "year: the range “2040-2030” ends before it starts";
    QTest::newRow("year step 0") << "0 0 0 1 1 ? 2030/0"
                                 << "year: the step must be at least 1";
    QTest::newRow("huge number") << "0 0 0 1 1 ? 99999999999999999999"
                                 << "year: 999999999 is outside 1970–2099";
    QTest::newRow("step 0") << "*/0 0 0 * * ?"
                            << "second: the step 0 is outside 1–59";
    QTest::newRow("step 60") << "0/60 0 0 * * ?"
                             << "second: the step 60 is outside 1–59";
    QTest::newRow("huge step") << "0 0 0/9999999999 * * ?"
                               << "hour: the step 999999999 is outside 1–23";
    QTest::newRow("slash without step") << "0/ 0 0 * * ?"
                                        << "second: “/” must be followed by a step";
    QTest::newRow("trailing garbage") << "0 5X 0 * * ?"
                                      << "minute: unexpected “X” in “5X”";
    QTest::newRow("dangling range") << "0 5- 0 * * ?"
                                    << "minute: “5-” needs an end after “-”";
    QTest::newRow("empty list item") << "0 1,,2 0 * * ?"
                                     << "minute: empty value in the list “1,,2”";
    QTest::newRow("name in minutes") << "0 MON 0 * * ?"
                                     << "minute: “MON” is not a number";
    QTest::newRow("bad month") << "0 0 0 1 JANUARY ?"
                               << "month: “JANUARY” is not a month (JAN–DEC or 1–12)";
    QTest::newRow("bad day") << "0 0 0 ? * FUN"
                             << "day of week: “FUN” is not a day of the week (SUN–SAT or 1–7)";
    QTest::newRow("mixed range") << "0 0 0 1 JAN-3 ?"
                                 << "month: “JAN-3” mixes a name and a number";
    QTest::newRow("step after names") << "0 0 0 1 JAN-DEC/2 ?"
                                      << "month: a step cannot follow names; use numbers, e.g. “1-12/2”";
    QTest::newRow("? in hours") << "0 0 ? * * ?"
                                << "hour: “?” is only allowed in day of month or day of week";
    QTest::newRow("both ?") << "0 0 0 ? * ?"
                            << "day of week: “?” cannot be in both day of month and day of week";
    QTest::newRow("neither ?") << "0 0 0 * * *"
                               << "day of week: day of month and day of week cannot both be set; use “?” in one of "
                                  "them";
    QTest::newRow("L in list") << "0 0 0 L,15 * ?"
                               << "day of month: “L,15” cannot be combined with other values";
    QTest::newRow("W in list") << "0 0 0 15W,20 * ?"
                               << "day of month: “15W,20” cannot be combined with other values";
    QTest::newRow("# in list") << "0 0 0 ? * 2#1,3"
                               << "day of week: “2#1,3” cannot be combined with other values";
    QTest::newRow("L offset 31") << "0 0 0 L-31 * ?"
                                 << "day of month: the offset from the last day must be from 0 to 30, not 31";
    QTest::newRow("L- without number") << "0 0 0 L- * ?"
                                       << "day of month: “L-” must be followed by a number from 0 to 30";
    QTest::newRow("L-28W") << "0 0 0 L-28W * ?"
                           << "day of month: “L-28W” would never be scheduled: with W the offset must be at most 27";
    QTest::newRow("# 6") << "0 0 0 ? * 2#6"
                         << "day of week: “#” must be followed by a number from 1 to 5, not “6”";
    QTest::newRow("W on a week day") << "0 0 0 ? * 2W"
                                     << "day of week: unexpected “W” in “2W”";
    QTest::newRow("L in hours") << "0 0 L * * ?"
                                << "hour: “L” is not a number";
    QTest::newRow("unicode") << "0 0 0 * * ？"
                             << "day of week: unexpected character “？”";
    QTest::newRow("control") << QString("0 0 0 * 1\x01"
                                        "2 ?")
                             << "month: unexpected character “U+0001”";
    QTest::newRow("control at the ends is trimmed like Java's trim()") << QString("0 0 0 * \x01*\x02 ?") << QString();
}

void TestCronExpression::errors()
{
    QFETCH(QString, expression);
    QFETCH(QString, message);
    const CronParseResult result = CronExpression::parse(expression);
    QCOMPARE(result.isValid(), message.isEmpty());
    QCOMPARE(result.errorString(), message);
}

void TestCronExpression::newYorkSpringForwardSkipsToNextHour()
{
    // 2024-03-10: 02:00 EST jumps to 03:00 EDT. Quartz 2.3 moves the calendar to 03:30, finds hour 3 is not in
    // the expression and goes on to the next day: a daily 02:30 job does not run at all that day.
    QCOMPARE(fire("0 30 2 * * ?", "2024-03-09T12:00:00", 3, "America/New_York"),
             (QStringList {"2024-03-11T02:30:00-04:00", "2024-03-12T02:30:00-04:00", "2024-03-13T02:30:00-04:00"}));
    // With 3 o'clock in the expression too, the 03:30 run is the only one of that morning.
    QCOMPARE(fire("0 30 2,3 * * ?", "2024-03-10T06:00:00", 2, "America/New_York"),
             (QStringList {"2024-03-10T03:30:00-04:00", "2024-03-11T02:30:00-04:00"}));
    // Every 20 minutes: the missing hour simply has no fire times.
    QCOMPARE(fire("0 0/20 * * * ?", "2024-03-10T06:30:00", 3, "America/New_York"),
             (QStringList {"2024-03-10T01:40:00-05:00", "2024-03-10T03:00:00-04:00", "2024-03-10T03:20:00-04:00"}));
}

void TestCronExpression::newYorkFallBackFiresOnceInRepeatedHour()
{
    // 2024-11-03: 01:00-02:00 happens twice. Quartz resolves 01:xx to the second (standard time) copy, so the
    // first copy is skipped entirely and each time fires once.
    QCOMPARE(fire("0 0/30 * * * ?", "2024-11-03T04:00:00", 4, "America/New_York"),
             (QStringList {"2024-11-03T00:30:00-04:00", "2024-11-03T01:00:00-05:00", "2024-11-03T01:30:00-05:00",
                           "2024-11-03T02:00:00-05:00"}));
}

void TestCronExpression::berlinGapAndOverlap()
{
    // 2024-03-31 02:00 CET -> 03:00 CEST; 2024-10-27 03:00 CEST -> 02:00 CET.
    QCOMPARE(fire("0 15 2 * * ?", "2024-03-30T12:00:00", 2, "Europe/Berlin"),
             (QStringList {"2024-04-01T02:15:00+02:00", "2024-04-02T02:15:00+02:00"}));
    QCOMPARE(fire("0 15 * * * ?", "2024-03-31T00:00:00", 2, "Europe/Berlin"),
             (QStringList {"2024-03-31T01:15:00+01:00", "2024-03-31T03:15:00+02:00"}));
    QCOMPARE(fire("0 15 2 * * ?", "2024-10-26T12:00:00", 2, "Europe/Berlin"),
             (QStringList {"2024-10-27T02:15:00+01:00", "2024-10-28T02:15:00+01:00"}));
}

void TestCronExpression::lordHoweHalfHourGap()
{
    // 2024-10-06: 02:00 +10:30 jumps to 02:30 +11:00; 02:10 does not exist and that day's run is skipped,
    // while 02:40 exists and runs.
    QCOMPARE(fire("0 10 2 * * ?", "2024-10-05T00:00:00", 2, "Australia/Lord_Howe"),
             (QStringList {"2024-10-07T02:10:00+11:00", "2024-10-08T02:10:00+11:00"}));
    QCOMPARE(fire("0 40 2 * * ?", "2024-10-05T00:00:00", 2, "Australia/Lord_Howe"),
             (QStringList {"2024-10-06T02:40:00+11:00", "2024-10-07T02:40:00+11:00"}));
}

void TestCronExpression::leapDays()
{
    QCOMPARE(fire("0 0 0 29 2 ?", "2021-01-01T00:00:00", 3),
             (QStringList {"2024-02-29T00:00:00Z", "2028-02-29T00:00:00Z", "2032-02-29T00:00:00Z"}));
    // 2100 is no leap year.
    QCOMPARE(fire("0 0 0 29 2 ? *", "2096-03-01T00:00:00", 1), QStringList {"2104-02-29T00:00:00Z"});
    QCOMPARE(fire("0 0 0 L 2 ?", "2023-01-01T00:00:00", 2),
             (QStringList {"2023-02-28T00:00:00Z", "2024-02-29T00:00:00Z"}));
}

void TestCronExpression::lastAndNearestWeekdayForms()
{
    // LW: last weekday. 2024-03-31 is a Sunday, 2024-08-31 a Saturday.
    QCOMPARE(fire("0 0 0 LW 3,8 ?", "2024-01-01T00:00:00", 2),
             (QStringList {"2024-03-29T00:00:00Z", "2024-08-30T00:00:00Z"}));
    // 15W: 2024-06-15 is a Saturday -> Friday 14th; 2024-09-15 a Sunday -> Monday 16th.
    QCOMPARE(fire("0 0 0 15W 6,9 ?", "2024-01-01T00:00:00", 2),
             (QStringList {"2024-06-14T00:00:00Z", "2024-09-16T00:00:00Z"}));
    // 1W never leaves the month: 2024-06-01 is a Saturday -> Monday 3rd.
    QCOMPARE(fire("0 0 0 1W 6 ?", "2024-01-01T00:00:00", 1), QStringList {"2024-06-03T00:00:00Z"});
    // L-2W: two days before the last, then the nearest weekday.
    QCOMPARE(fire("0 0 0 L-2W 3 ?", "2024-01-01T00:00:00", 1), QStringList {"2024-03-29T00:00:00Z"});
    // Last Sunday of March and October, when Europe changes its clocks.
    QCOMPARE(fire("0 0 1 ? 3,10 1L", "2024-01-01T00:00:00", 2),
             (QStringList {"2024-03-31T01:00:00Z", "2024-10-27T01:00:00Z"}));
}

void TestCronExpression::yearField()
{
    QCOMPARE(fire("0 0 0 1 1 ? 2030-2032", "2024-01-01T00:00:00", 4),
             (QStringList {"2030-01-01T00:00:00Z", "2031-01-01T00:00:00Z", "2032-01-01T00:00:00Z"}));
    QCOMPARE(
        fire("0 0 0 1 1 ? 2030/20", "2024-01-01T00:00:00", 5),
        (QStringList {"2030-01-01T00:00:00Z", "2050-01-01T00:00:00Z", "2070-01-01T00:00:00Z", "2090-01-01T00:00:00Z",
                      "2110-01-01T00:00:00Z"})); // Quartz fills an open step up to its MAX_YEAR (this year + 100)
    QCOMPARE(fire("0 0 0 1 1 ? 2020", "2024-01-01T00:00:00", 1), QStringList {});
}

void TestCronExpression::neverFires()
{
    const CronParseResult parsed = CronExpression::parse("0 0 0 30 2 ?");
    QVERIFY2(parsed.isValid(), qPrintable(parsed.errorString()));
    QVERIFY(!parsed.expression->nextFireTime(utc("2024-01-01T00:00:00"), QTimeZone::utc()));
    QVERIFY(parsed.expression->nextFireTimes(utc("2024-01-01T00:00:00"), QTimeZone::utc(), 5).isEmpty());
    QCOMPARE(CronExpression::neverFiresMessage(), QString("the expression never fires"));
    // The fifth Monday of February exists only in some leap years, and is found.
    QCOMPARE(fire("0 0 0 ? 2 2#5", "2024-01-01T00:00:00", 1), QStringList {"2044-02-29T00:00:00Z"});
}

void TestCronExpression::stopsAtLastYear()
{
    // Quartz searches no further than its MAX_YEAR (this year + 100): an every-second expression still ends.
    const CronParseResult parsed = CronExpression::parse("59 59 23 31 12 ?");
    QVERIFY(parsed.isValid());
    const QDateTime late(QDate(QDate::currentDate().year() + 100, 12, 31), QTime(23, 59, 59), QTimeZone::utc());
    QVERIFY(!parsed.expression->nextFireTime(late, QTimeZone::utc()));
}

void TestCronExpression::dataTime()
{
    const QDateTime fireTime = utc("2024-03-01T02:00:00");
    QCOMPARE(CronExpression::dataTime(fireTime, 3600), utc("2024-03-01T01:00:00"));
    QCOMPARE(CronExpression::dataTime(fireTime, 0), fireTime);
    QCOMPARE(CronExpression::dataTime(fireTime, 86400 * 2), utc("2024-02-28T02:00:00"));
}

void TestCronExpression::badInputIsRefusedQuickly_data()
{
    QTest::addColumn<QString>("text");
    QString binary;
    for (int i = 0; i < 256; ++i)
        binary += QChar(i);
    QTest::newRow("10 KB") << QString(10240, u'*');
    QTest::newRow("10 KB of fields") << QString("0 ").repeated(5120);
    QTest::newRow("binary") << binary;
    QTest::newRow("unicode") << QString::fromUtf8("０ ０ ０ * * ? 😀");
    QTest::newRow("huge year step") << "0 0 0 1 1 ? 1970/2147483647";
    QTest::newRow("huge number") << "0 0 0 1 1 ? 2147483648";
    QTest::newRow("nul") << QString::fromLatin1("0 0 0 * * ?\0 0", 14);
}

void TestCronExpression::badInputIsRefusedQuickly()
{
    QFETCH(QString, text);
    const CronParseResult result = CronExpression::parse(text);
    if (result.isValid()) {
        // Only the huge year step is valid (it names 1970 alone); it must still answer.
        QVERIFY(result.expression->nextFireTimes(utc("2024-01-01T00:00:00"), QTimeZone::utc(), 3).isEmpty());
        return;
    }
    QVERIFY(!result.errorString().isEmpty());
}

void TestCronExpression::fixedOffsetZone()
{
    const auto zone = JobTimeZone::parse("GMT+8", nullptr);
    QVERIFY(zone);
    const CronParseResult parsed = CronExpression::parse("0 0 9 * * ?");
    const QList<QDateTime> times = parsed.expression->nextFireTimes(utc("2024-01-01T00:00:00"), *zone, 1);
    QCOMPARE(times.size(), 1);
    QCOMPARE(times.first().toUTC(), utc("2024-01-01T01:00:00"));
    QCOMPARE(times.first().offsetFromUtc(), 8 * 3600);
}

QTEST_APPLESS_MAIN(TestCronExpression)
#include "TestCronExpression.moc"
