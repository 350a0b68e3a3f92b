// Compares CronExpression with the real thing: Debian's Quartz 2.3 (libquartz2-java), run once in batch through
// tests/quartz/QuartzNext.java. Expressions, zones and start instants are generated from fixed seeds.

#include "CronExpression.h"
#include "JobTimeZone.h"
#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace sx;

namespace {

struct Case
{
    QString expression;
    QString zone; // our spelling
    QString javaZone; // java.util.TimeZone's
    qint64 afterMs = 0;
    bool wellFormed = true; // generated from the grammar: both must accept it
};

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_rng(seed)
    {
    }

    int pick(int n)
    {
        return static_cast<int>(m_rng.bounded(n));
    }
    int range(int lo, int hi)
    {
        return lo + pick(hi - lo + 1);
    }
    bool chance(int percent)
    {
        return pick(100) < percent;
    }

    // Items Quartz and we both take: values, ranges (also wrapping), steps, lists.
    QString simple(int lo, int hi, int maxStep)
    {
        switch (pick(7)) {
        case 0:
            return "*";
        case 1:
            return QString::number(range(lo, hi));
        case 2: {
            const int a = range(lo, hi);
            return QString("%1-%2").arg(a).arg(range(lo, hi)); // may wrap
        }
        case 3:
            return QString("%1/%2").arg(range(lo, hi)).arg(range(1, maxStep));
        case 4:
            return QString("*/%1").arg(range(1, maxStep));
        case 5: {
            const int a = range(lo, hi);
            return QString("%1-%2/%3").arg(a).arg(range(lo, hi)).arg(range(1, maxStep));
        }
        default: {
            QStringList list;
            const int n = range(2, 4);
            for (int i = 0; i < n; ++i)
                list << (chance(70) ? QString::number(range(lo, hi))
                                    : QString("%1-%2").arg(range(lo, hi)).arg(range(lo, hi)));
            return list.join(',');
        }
        }
    }

    QString seconds()
    {
        return chance(60) ? QString::number(range(0, 59)) : simple(0, 59, 59);
    }
    QString minutes()
    {
        return chance(35) ? QString::number(range(0, 59)) : simple(0, 59, 59);
    }
    QString hours()
    {
        // 1, 2 and 3 o'clock are where DST happens.
        if (chance(25))
            return QString::number(range(0, 3));
        return chance(20) ? QString::number(range(0, 23)) : simple(0, 23, 23);
    }
    QString dayOfMonth()
    {
        switch (pick(12)) {
        case 0:
            return "L";
        case 1:
            return QString("L-%1").arg(range(0, 30));
        case 2:
            return "LW";
        case 3:
            return QString("L-%1W").arg(range(0, 27));
        case 4:
            return QString("%1W").arg(range(1, 31));
        case 5:
            return QString::number(range(28, 31));
        default:
            return simple(1, 31, 31);
        }
    }
    QString month()
    {
        static const char* names[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                      "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
        switch (pick(6)) {
        case 0:
            return names[pick(12)];
        case 1:
            return QString("%1-%2").arg(names[pick(12)], names[pick(12)]);
        case 2:
            return QString(names[pick(12)]).toLower() + "," + names[pick(12)];
        default:
            return chance(50) ? "*" : simple(1, 12, 12);
        }
    }
    QString dayOfWeek()
    {
        static const char* names[] = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};
        switch (pick(10)) {
        case 0:
            return QString("%1L").arg(range(1, 7));
        case 1:
            return QString("%1#%2").arg(range(1, 7)).arg(range(1, 5));
        case 2:
            return QString("%1#%2").arg(names[pick(7)]).arg(range(1, 5));
        case 3:
            return QString("%1-%2").arg(names[pick(7)], names[pick(7)]);
        case 4:
            return "L";
        case 5:
            return QString("%1L").arg(names[pick(7)]);
        default:
            return simple(1, 7, 7);
        }
    }
    QString year()
    {
        switch (pick(5)) {
        case 0:
            return "*";
        case 1:
            return QString::number(range(1990, 2060));
        case 2:
            return QString("%1-%2").arg(range(1990, 2030)).arg(range(2030, 2099));
        case 3:
            return QString("%1/%2").arg(range(1990, 2060)).arg(range(1, 12));
        default:
            return QString("%1,%2").arg(range(2000, 2050)).arg(range(2050, 2099));
        }
    }

    QString expression()
    {
        QStringList f {seconds(), minutes(), hours(), "", month(), ""};
        if (chance(50)) {
            f[3] = dayOfMonth();
            f[5] = "?";
        } else {
            f[3] = "?";
            f[5] = dayOfWeek();
        }
        if (chance(25))
            f << year();
        return f.join(chance(10) ? "\t" : " ");
    }

    // Take a good expression and break it a little: Quartz decides what is still acceptable.
    QString mutate(const QString& good)
    {
        static const QString alphabet = "0123456789*?,-/#LW JANMONxyz\t.+";
        QString s = good;
        const int edits = range(1, 3);
        for (int i = 0; i < edits; ++i) {
            const int at = pick(static_cast<int>(s.size()) + 1);
            switch (pick(3)) {
            case 0:
                s.insert(at, alphabet[pick(static_cast<int>(alphabet.size()))]);
                break;
            case 1:
                if (at < s.size())
                    s.remove(at, 1);
                break;
            default:
                if (at < s.size())
                    s[at] = alphabet[pick(static_cast<int>(alphabet.size()))];
                break;
            }
        }
        return s;
    }

private:
    QRandomGenerator m_rng;
};

struct Zone
{
    const char* ours;
    const char* java;
};

const Zone Zones[] = {
    {"UTC", "UTC"},
    {"Asia/Shanghai", "Asia/Shanghai"},
    {"America/New_York", "America/New_York"},
    {"Europe/Berlin", "Europe/Berlin"},
    {"Australia/Lord_Howe", "Australia/Lord_Howe"}, // half-hour DST
    {"America/Sao_Paulo", "America/Sao_Paulo"}, // DST changed at midnight until 2019
    {"America/St_Johns", "America/St_Johns"},
    {"Pacific/Chatham", "Pacific/Chatham"},
    {"Asia/Kolkata", "Asia/Kolkata"},
    {"GMT+8", "GMT+08:00"},
    {"GMT-3:30", "GMT-03:30"},
};

// Random instants, most of them a little before a DST transition of the zone.
qint64 startInstant(Generator& gen, const QTimeZone& zone)
{
    const qint64 from = QDateTime(QDate(1995, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 to =
        QDateTime(QDate(zone.id() == "Australia/Lord_Howe" ? 2036 : 2045, 1, 1), QTime(0, 0), QTimeZone::utc())
            .toMSecsSinceEpoch();
    qint64 t = from + static_cast<qint64>(gen.pick(1 << 30)) * ((to - from) / (1 << 30));
    t -= t % 1000;
    if (zone.hasTransitions() && gen.chance(70)) {
        const QTimeZone::OffsetData next = zone.nextTransition(QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()));
        if (next.atUtc.isValid())
            t = next.atUtc.toMSecsSinceEpoch() - gen.range(0, 3 * 86400) * 1000LL;
    }
    return t;
}

constexpr int FireTimes = 8;

} // namespace

class TestCronQuartzDifferential : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesQuartz();

private:
    QString m_java;
};

void TestCronQuartzDifferential::initTestCase()
{
    // CI installs default-jre-headless and libquartz2-java (tools/install-deps): missing is a failure, not a skip.
    m_java = QStandardPaths::findExecutable("java");
    QVERIFY2(!m_java.isEmpty(), "java not found: install default-jre-headless (tools/install-deps)");
    QVERIFY2(QFile::exists("/usr/share/java/quartz2.jar"), "Quartz not found: install libquartz2-java");
    QVERIFY2(QFile::exists("/usr/share/java/slf4j-api.jar"), "slf4j not found: install libslf4j-java");
}

void TestCronQuartzDifferential::matchesQuartz()
{
    QList<Case> cases;
    Generator gen(20240917);
    for (const Zone& z : Zones) {
        const QTimeZone zone = *JobTimeZone::parse(z.ours, nullptr);
        for (int i = 0; i < 300; ++i) {
            Case c;
            c.expression = gen.expression();
            c.zone = z.ours;
            c.javaZone = z.java;
            c.afterMs = startInstant(gen, zone);
            if (gen.chance(20)) {
                c.expression = gen.mutate(c.expression);
                c.wellFormed = false;
            }
            cases.append(c);
        }
    }
    // Fixed cases for what is easy to get wrong: DST edges, leap days, never-firing, Java's lastRule after 2037.
    const QStringList fixed = {"0 30 2 * * ?",  "0 0/15 1-3 * * ?",     "0 0 0 29 2 ?",           "0 0 0 30 2 ?",
                               "0 0 0 ? 2 2#5", "0 0 12 LW * ?",        "0 0 12 L-27W * ?",       "0 0 12 31W * ?",
                               "0 0 12 1W * ?", "0 0 0 ? * 6L",         "0 0 0 29 2 ? 2100-2099", "0 0 0 29 2 ? *",
                               "0 0 2 ? * SUN", "59 59 23 31 12 ? 2099"};
    for (const QString& e : fixed) {
        for (const char* zone : {"America/New_York", "Europe/Berlin", "Australia/Lord_Howe"}) {
            for (int year : {2021, 2037, 2038, 2041, 2096}) {
                if (year > 2037 && QByteArray(zone) == "Australia/Lord_Howe")
                    continue; // Qt 6.4 cannot extend this zone's rule past 2037 (see CronCalendar.cpp)
                for (int month : {1, 3, 4, 10, 11}) {
                    Case c {e, zone, zone,
                            QDateTime(QDate(year, month, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch(),
                            !e.contains("2100")};
                    cases.append(c);
                }
            }
        }
    }

    QByteArray input;
    for (int i = 0; i < cases.size(); ++i) {
        const Case& c = cases[i];
        input += QString("%1\t%2\t%3\t%4\t%5\n")
                     .arg(i)
                     .arg(c.javaZone)
                     .arg(c.afterMs)
                     .arg(FireTimes)
                     .arg(c.expression)
                     .toUtf8();
    }
    if (qEnvironmentVariableIsSet("SX_CRON_DUMP")) {
        QFile dump(qEnvironmentVariable("SX_CRON_DUMP"));
        if (dump.open(QIODevice::WriteOnly))
            dump.write(input);
    }
    QProcess java;
    const QString classPath = "/usr/share/java/quartz2.jar:/usr/share/java/slf4j-api.jar:/usr/share/java/slf4j-nop.jar";
    java.start(m_java, {"-cp", classPath, test::sourcePath("tests/quartz/QuartzNext.java")});
    QVERIFY2(java.waitForStarted(), qPrintable(java.errorString()));
    java.write(input);
    java.closeWriteChannel();
    QVERIFY2(java.waitForFinished(240000), "Quartz did not finish");
    QCOMPARE(java.exitCode(), 0);
    const QList<QByteArray> lines = java.readAllStandardOutput().split('\n');

    int compared = 0, rejectedByBoth = 0, stricter = 0, withTimes = 0, quartzHangs = 0;
    QStringList failures;
    QSet<int> answered;
    for (const QByteArray& raw : lines) {
        if (raw.isEmpty())
            continue;
        const QList<QByteArray> f = raw.split('\t');
        QVERIFY2(f.size() == 3, raw.constData());
        const int index = f[0].toInt();
        answered.insert(index);
        const Case& c = cases.at(index);
        const CronParseResult ours = CronExpression::parse(c.expression);
        const QString what =
            QString("[%1] \"%2\" in %3 after %4")
                .arg(index)
                .arg(c.expression, c.zone)
                .arg(QDateTime::fromMSecsSinceEpoch(c.afterMs, QTimeZone::utc()).toString(Qt::ISODate));
        if (f[1] == "HANG") {
            // Quartz loops forever on this one; we must still come back (the call below returns or the test hangs).
            if (ours.isValid())
                ours.expression->nextFireTimesMs(c.afterMs, *JobTimeZone::parse(c.zone, nullptr), FireTimes);
            qInfo("Quartz hangs on %s", qPrintable(what));
            ++quartzHangs;
            continue;
        }
        if (f[1] != "OK") {
            if (ours.isValid())
                failures << what + ": Quartz rejects it (" + f[2] + "), we accept it";
            else
                ++rejectedByBoth;
            continue;
        }
        if (!ours.isValid()) {
            if (c.wellFormed)
                failures << what + ": Quartz accepts it, we reject it: " + ours.errorString();
            else
                ++stricter; // garbage Quartz skips over ("5X"); refusing it is deliberate
            continue;
        }
        QList<qint64> expected;
        for (const QByteArray& t : f[2].split(' ')) {
            if (!t.isEmpty())
                expected << t.toLongLong();
        }
        const QList<qint64> actual =
            ours.expression->nextFireTimesMs(c.afterMs, *JobTimeZone::parse(c.zone, nullptr), FireTimes);
        ++compared;
        if (!expected.isEmpty())
            ++withTimes;
        if (actual != expected) {
            QStringList e, a;
            for (qint64 t : expected)
                e << QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()).toString(Qt::ISODate);
            for (qint64 t : actual)
                a << QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()).toString(Qt::ISODate);
            failures << what + ":\n  Quartz " + e.join(' ') + "\n  ours   " + a.join(' ');
        }
    }
    qInfo("%d cases: %d compared (%d with fire times), %d rejected by both, %d garbage only we reject, "
          "%d Quartz never finishes",
          int(cases.size()), compared, withTimes, rejectedByBoth, stricter, quartzHangs);
    QCOMPARE(answered.size(), cases.size());
    QVERIFY2(
        failures.isEmpty(),
        qPrintable(QString("%1 differences, first ones:\n").arg(failures.size()) + failures.mid(0, 15).join('\n')));
    // The comparison must have had substance.
    QVERIFY(compared > 2500);
    QVERIFY(withTimes > 2000);
    QVERIFY(rejectedByBoth > 100);
}

QTEST_APPLESS_MAIN(TestCronQuartzDifferential)
#include "TestCronQuartzDifferential.moc"
