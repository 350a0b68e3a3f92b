#pragma once

#include <QtGlobal>

#include <array>
#include <bit>

namespace sx::cron {

// A set of small values (0..63) as a bit mask, with the sorted-set lookups Quartz's TreeSet gives it.
struct SmallSet
{
    quint64 bits = 0;

    void add(int value)
    {
        bits |= quint64(1) << value;
    }
    bool isEmpty() const
    {
        return bits == 0;
    }
    int first() const
    {
        return std::countr_zero(bits);
    }
    // The least member >= value, or -1 (TreeSet.tailSet(value).first()).
    int next(int value) const
    {
        if (value < 0)
            value = 0;
        if (value > 63)
            return -1;
        const quint64 rest = bits >> value;
        return rest ? value + std::countr_zero(rest) : -1;
    }
};

// Years 1970..3057, enough for Quartz's own limits (it gives up after 2999 and after its MAX_YEAR).
struct YearSet
{
    static constexpr int First = 1970;
    static constexpr int Words = 17;
    std::array<quint64, Words> words {};

    void add(int year)
    {
        const int i = year - First;
        if (i >= 0 && i < Words * 64)
            words[i / 64] |= quint64(1) << (i % 64);
    }
    int next(int year) const
    {
        int i = year < First ? 0 : year - First;
        for (int w = i / 64; w < Words; ++w) {
            const quint64 rest = w == i / 64 ? words[w] >> (i % 64) << (i % 64) : words[w];
            if (rest)
                return First + w * 64 + std::countr_zero(rest);
        }
        return -1;
    }
};

// A parsed expression in Quartz's own terms (org.quartz.CronExpression's fields), so that the evaluator can
// follow Quartz's getTimeAfter step by step.
struct CronSpec
{
    SmallSet seconds, minutes, hours, daysOfMonth, months, daysOfWeek; // day of week 1 = Sunday
    YearSet years;
    bool dayOfMonthUnspecified = false; // "?"
    bool dayOfWeekUnspecified = false;
    bool lastDayOfMonth = false; // L, L-n, LW
    int lastDayOffset = 0; // n of L-n
    bool nearestWeekday = false; // 15W, LW
    bool lastDayOfWeek = false; // 6L
    int nthDayOfWeek = 0; // 2#3 -> 3
    int maxYear = 2099; // Quartz's MAX_YEAR: the year it was loaded plus 100
};

} // namespace sx::cron
