// libFuzzer harness for the cron parser and evaluator: any bytes must give an error or fire times, never a
// crash, a sanitizer report or a hang. Built by fuzz/build-and-run, not by CMake.

#include "CronExpression.h"
#include "JobTimeZone.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const char* zones[] = {"UTC", "America/New_York", "Australia/Lord_Howe", "GMT-3:30"};
    if (size < 2) {
        sx::CronExpression::parse(QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size)));
        return 0;
    }
    // First byte: zone and start; the rest is the expression.
    const uint8_t control = data[0];
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const sx::CronParseResult result = sx::CronExpression::parse(text);
    if (!result.isValid()) {
        if (result.errorString().isEmpty())
            __builtin_trap(); // every refusal says why
        return 0;
    }
    const QTimeZone zone = *sx::JobTimeZone::parse(QString::fromLatin1(zones[control % 4]), nullptr);
    const qint64 after = (qint64(control) * 86400LL * 97 + 1234567) * 1000LL * 13; // 1970..2100
    const QList<qint64> times = result.expression->nextFireTimesMs(after, zone, 3);
    for (qsizetype i = 0; i < times.size(); ++i) {
        if (times[i] <= (i ? times[i - 1] : after))
            __builtin_trap(); // fire times strictly increase
    }
    sx::JobTimeZone::parse(text, nullptr);
    return 0;
}
