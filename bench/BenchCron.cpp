// Mean time per cron fire time over a varied set of expressions and zones, sparse ones included.
// Run a Release build: cmake -DCMAKE_BUILD_TYPE=Release, then bench_cron [ROUNDS]. Target: under 2 µs.

#include "CronExpression.h"
#include "JobTimeZone.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

using namespace sx;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20;
    const QStringList expressions = {
        "0 0 0 * * ?",
        "0 */5 * * * ?",
        "*/10 * * * * ?",
        "0 15 10 ? * MON-FRI",
        "0 0 12 LW * ?",
        "0 0 12 L-3 * ?",
        "0 0 0 ? * 6L",
        "0 0 9 ? * 2#3",
        "0 30 2 * * ?", // hits the DST gap
        "0 0/15 1-3 * * ?", // and the overlap
        "0 0 0 29 2 ? *", // sparse: leap days only
        "0 0 0 ? 2 2#5", // sparse: a fifth Monday in February
        "0 15 10 15W JAN-MAR ? 2030-2090/2",
        "7 5-50/5 22-2 1,15,31 * ?",
        "0 0 0 1 1 ?",
    };
    const QStringList zones = {"UTC",           "Asia/Shanghai",       "America/New_York",
                               "Europe/Berlin", "Australia/Lord_Howe", "GMT+8"};
    QList<CronExpression> parsed;
    for (const QString& e : expressions)
        parsed.append(*CronExpression::parse(e).expression);
    QList<QTimeZone> tzs;
    for (const QString& z : zones)
        tzs.append(*JobTimeZone::parse(z, nullptr));

    const qint64 start = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    constexpr int PerCall = 50;
    // Warm-up: builds each zone's tables once, as the application does.
    for (const CronExpression& e : parsed) {
        for (const QTimeZone& z : tzs)
            e.nextFireTimesMs(start, z, 1);
    }

    qint64 fireTimes = 0;
    qint64 checksum = 0;
    QElapsedTimer timer;
    timer.start();
    for (int r = 0; r < rounds; ++r) {
        for (const CronExpression& e : parsed) {
            for (const QTimeZone& z : tzs) {
                const QList<qint64> times = e.nextFireTimesMs(start + r * 7919000LL, z, PerCall);
                fireTimes += times.size();
                checksum += times.isEmpty() ? 0 : times.last() % 1000003;
            }
        }
    }
    const qint64 ns = timer.nsecsElapsed();

    // The sparse one on its own.
    const CronExpression& leap = parsed[10];
    qint64 leapTimes = 0;
    timer.restart();
    for (int r = 0; r < rounds * 10; ++r)
        leapTimes += leap.nextFireTimesMs(start, tzs[2], PerCall).size();
    const qint64 leapNs = timer.nsecsElapsed();

    QTextStream out(stdout);
    out << "expressions: " << expressions.size() << ", zones: " << zones.size() << ", fire times: " << fireTimes
        << " (checksum " << checksum << ")\n";
    out << "mean per fire time: " << QString::number(double(ns) / 1000.0 / double(fireTimes), 'f', 3) << " us\n";
    out << "\"0 0 0 29 2 ? *\" per fire time: " << QString::number(double(leapNs) / 1000.0 / double(leapTimes), 'f', 3)
        << " us\n";
    out << "target: < 2 us per fire time\n";
    return 0;
}
