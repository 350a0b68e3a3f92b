#include "JobTimeZone.h"

#include <QTest>

using namespace sx;

class TestJobTimeZone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesOffsetForms_data();
    void parsesOffsetForms();
    void parsesIanaNames();
    void rejects_data();
    void rejects();
};

void TestJobTimeZone::parsesOffsetForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("offset");
    QTest::newRow("GMT+8") << "GMT+8" << 8 * 3600;
    QTest::newRow("GMT-3:30") << "GMT-3:30" << -(3 * 3600 + 1800);
    QTest::newRow("UTC+08:00") << "UTC+08:00" << 8 * 3600;
    QTest::newRow("GMT+0545") << "GMT+0545" << 5 * 3600 + 45 * 60;
    QTest::newRow("gmt lower case") << "gmt+9" << 9 * 3600;
    QTest::newRow("GMT") << "GMT" << 0;
    QTest::newRow("UTC") << "UTC" << 0;
    QTest::newRow("spaces around") << "  GMT+1 " << 3600;
    QTest::newRow("GMT+14") << "GMT+14" << 14 * 3600;
}

void TestJobTimeZone::parsesOffsetForms()
{
    QFETCH(QString, text);
    QFETCH(int, offset);
    QString error;
    const auto zone = JobTimeZone::parse(text, &error);
    QVERIFY2(zone, qPrintable(error));
    const QDateTime summer(QDate(2024, 7, 1), QTime(12, 0), QTimeZone::utc());
    const QDateTime winter(QDate(2024, 1, 1), QTime(12, 0), QTimeZone::utc());
    QCOMPARE(zone->offsetFromUtc(summer), offset);
    QCOMPARE(zone->offsetFromUtc(winter), offset);
}

void TestJobTimeZone::parsesIanaNames()
{
    QString error;
    const auto shanghai = JobTimeZone::parse("Asia/Shanghai", &error);
    QVERIFY2(shanghai, qPrintable(error));
    QCOMPARE(shanghai->id(), QByteArray("Asia/Shanghai"));
    const auto newYork = JobTimeZone::parse("America/New_York", &error);
    QVERIFY(newYork);
    // A real zone keeps its daylight saving time.
    QCOMPARE(newYork->offsetFromUtc(QDateTime(QDate(2024, 7, 1), QTime(12, 0), QTimeZone::utc())), -4 * 3600);
    QCOMPARE(newYork->offsetFromUtc(QDateTime(QDate(2024, 1, 1), QTime(12, 0), QTimeZone::utc())), -5 * 3600);
}

void TestJobTimeZone::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("unknown name") << "Mars/Olympus_Mons"
                                  << "not a known time zone";
    QTest::newRow("too far") << "GMT+15"
                             << "between -14:00 and +14:00";
    QTest::newRow("bad minutes") << "GMT+5:75"
                                 << "below 60";
    QTest::newRow("garbled offset") << "GMT+8h"
                                    << "not an offset";
    QTest::newRow("binary") << QString::fromLatin1("\x01\x02GMT", 5) << "not a known time zone";
    QTest::newRow("long") << QString(5000, u'x') << "not a known time zone";
}

void TestJobTimeZone::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, fragment);
    QString error;
    QVERIFY(!JobTimeZone::parse(text, &error));
    QVERIFY2(error.contains(fragment), qPrintable(error));
    QVERIFY(!JobTimeZone::parse(text, nullptr)); // the message is optional
}

QTEST_APPLESS_MAIN(TestJobTimeZone)
#include "TestJobTimeZone.moc"
