#include "CronExpression.h"

#include "CronCalendar.h"
#include "CronSpec.h"

namespace sx {

using cron::JavaCalendar;

namespace {

// Quartz's loop ends by itself (its year limits); this only guards against a cycle we failed to foresee.
constexpr int MaxIterations = 200000;

// Calendar.set(HOUR_OF_DAY) the way Quartz's setCalendarHour does: an hour skipped by a DST gap becomes the next.
void setCalendarHour(JavaCalendar& cal, int hour)
{
    cal.set(JavaCalendar::Hour, hour);
    if (cal.get(JavaCalendar::Hour) != hour && hour != 24)
        cal.set(JavaCalendar::Hour, hour + 1);
}

void setMidnight(JavaCalendar& cal, qint64 day, qint64 month0)
{
    cal.set(JavaCalendar::Second, 0);
    cal.set(JavaCalendar::Minute, 0);
    cal.set(JavaCalendar::Hour, 0);
    cal.set(JavaCalendar::Day, day);
    cal.set(JavaCalendar::Month, month0);
}

// The weekday nearest `day` (15W, LW) and whether that moment is already past. Quartz does this with a fresh
// Calendar, so it normalises days out of range ("31W" in a 30-day month) on its own.
bool nearestWeekdayIsPast(
    const cron::ZoneRules& zone, int& day, int mon, int year, int hr, int min, int sec, qint64 afterTimeMs)
{
    JavaCalendar tcal(zone);
    tcal.set(JavaCalendar::Year, year);
    setMidnight(tcal, day, mon - 1);
    const int ldom = cron::lastDayOfMonth(mon, year);
    const int dow = tcal.get(JavaCalendar::DayOfWeek);
    if (dow == 7 && day == 1)
        day += 2;
    else if (dow == 7)
        day -= 1;
    else if (dow == 1 && day == ldom)
        day -= 2;
    else if (dow == 1)
        day += 1;
    tcal.set(JavaCalendar::Second, sec);
    tcal.set(JavaCalendar::Minute, min);
    tcal.set(JavaCalendar::Hour, hr);
    tcal.set(JavaCalendar::Day, day);
    tcal.set(JavaCalendar::Month, mon - 1);
    return tcal.timeInSecs() * 1000 < afterTimeMs;
}

} // namespace

QString CronExpression::text() const
{
    return m_text;
}

// A line-by-line port of org.quartz.CronExpression.getTimeAfter (2.3.2), which is the definition of when a
// SchedulerX job fires. Keep the structure: its oddities (DST, "31W", L-n past the month's start) are the spec.
std::optional<qint64> CronExpression::nextAfter(qint64 afterMs, const cron::ZoneRules& zone) const
{
    const cron::CronSpec& s = *m_spec;
    const qint64 afterTimeMs = afterMs + 1000;
    JavaCalendar cl(zone);
    cl.setTimeAndTouch(afterTimeMs >= 0 ? afterTimeMs / 1000 : -((-afterTimeMs + 999) / 1000));

    for (int iteration = 0; iteration < MaxIterations; ++iteration) {
        if (cl.get(JavaCalendar::Year) > 2999)
            return std::nullopt;

        int sec = cl.get(JavaCalendar::Second);
        int min = cl.get(JavaCalendar::Minute);
        int next = s.seconds.next(sec);
        if (next >= 0) {
            sec = next;
        } else {
            sec = s.seconds.first();
            ++min;
            cl.set(JavaCalendar::Minute, min);
        }
        cl.set(JavaCalendar::Second, sec);

        min = cl.get(JavaCalendar::Minute);
        int hr = cl.get(JavaCalendar::Hour);
        int t = -1;
        next = s.minutes.next(min);
        if (next >= 0) {
            t = min;
            min = next;
        } else {
            min = s.minutes.first();
            ++hr;
        }
        if (min != t) {
            cl.set(JavaCalendar::Second, 0);
            cl.set(JavaCalendar::Minute, min);
            setCalendarHour(cl, hr);
            continue;
        }
        cl.set(JavaCalendar::Minute, min);

        hr = cl.get(JavaCalendar::Hour);
        int day = cl.get(JavaCalendar::Day);
        t = -1;
        next = s.hours.next(hr);
        if (next >= 0) {
            t = hr;
            hr = next;
        } else {
            hr = s.hours.first();
            ++day;
        }
        if (hr != t) {
            cl.set(JavaCalendar::Second, 0);
            cl.set(JavaCalendar::Minute, 0);
            cl.set(JavaCalendar::Day, day);
            setCalendarHour(cl, hr);
            continue;
        }
        cl.set(JavaCalendar::Hour, hr);

        day = cl.get(JavaCalendar::Day);
        int mon = cl.get(JavaCalendar::Month) + 1;
        t = -1;
        int tmon = mon;

        if (s.dayOfWeekUnspecified) { // by day of month
            const int year = cl.get(JavaCalendar::Year);
            if (s.lastDayOfMonth) {
                t = day;
                day = cron::lastDayOfMonth(mon, year) - s.lastDayOffset;
                if (!s.nearestWeekday) {
                    if (t > day) {
                        ++mon;
                        if (mon > 12) {
                            mon = 1;
                            tmon = 3333; // Quartz's way of forcing the "changed" branch below
                            cl.addYears(1);
                        }
                        day = 1;
                    }
                } else if (nearestWeekdayIsPast(zone, day, mon, year, hr, min, sec, afterTimeMs)) {
                    day = 1;
                    ++mon;
                }
            } else if (s.nearestWeekday) {
                t = day;
                day = s.daysOfMonth.first();
                if (nearestWeekdayIsPast(zone, day, mon, year, hr, min, sec, afterTimeMs)) {
                    day = s.daysOfMonth.first();
                    ++mon;
                }
            } else if ((next = s.daysOfMonth.next(day)) >= 0) {
                t = day;
                day = next;
                if (day > cron::lastDayOfMonth(mon, cl.get(JavaCalendar::Year))) {
                    day = s.daysOfMonth.first();
                    ++mon;
                }
            } else {
                day = s.daysOfMonth.first();
                ++mon;
            }
            if (day != t || mon != tmon) {
                setMidnight(cl, day, mon - 1);
                continue;
            }
        } else { // by day of week
            const int cDow = cl.get(JavaCalendar::DayOfWeek);
            const int lDay = cron::lastDayOfMonth(mon, cl.get(JavaCalendar::Year));
            if (s.lastDayOfWeek) {
                const int dow = s.daysOfWeek.first();
                int daysToAdd = cDow < dow ? dow - cDow : cDow > dow ? dow + 7 - cDow : 0;
                if (day + daysToAdd > lDay) {
                    setMidnight(cl, 1, mon); // the first of next month
                    continue;
                }
                while (day + daysToAdd + 7 <= lDay)
                    daysToAdd += 7;
                day += daysToAdd;
                if (daysToAdd > 0) {
                    setMidnight(cl, day, mon - 1);
                    continue;
                }
            } else if (s.nthDayOfWeek != 0) {
                const int dow = s.daysOfWeek.first();
                int daysToAdd = cDow < dow ? dow - cDow : cDow > dow ? dow + 7 - cDow : 0;
                const bool dayShifted = daysToAdd > 0;
                day += daysToAdd;
                int weekOfMonth = day / 7;
                if (day % 7 > 0)
                    ++weekOfMonth;
                daysToAdd = (s.nthDayOfWeek - weekOfMonth) * 7;
                day += daysToAdd;
                if (daysToAdd < 0 || day > lDay) {
                    setMidnight(cl, 1, mon);
                    continue;
                }
                if (daysToAdd > 0 || dayShifted) {
                    setMidnight(cl, day, mon - 1);
                    continue;
                }
            } else {
                next = s.daysOfWeek.next(cDow);
                const int dow = next >= 0 ? next : s.daysOfWeek.first();
                const int daysToAdd = cDow < dow ? dow - cDow : cDow > dow ? dow + 7 - cDow : 0;
                if (day + daysToAdd > lDay) {
                    setMidnight(cl, 1, mon);
                    continue;
                }
                if (daysToAdd > 0) {
                    setMidnight(cl, day + daysToAdd, mon - 1);
                    continue;
                }
            }
        }
        cl.set(JavaCalendar::Day, day);

        mon = cl.get(JavaCalendar::Month) + 1;
        int year = cl.get(JavaCalendar::Year);
        t = -1;
        if (year > s.maxYear)
            return std::nullopt;
        next = s.months.next(mon);
        if (next >= 0) {
            t = mon;
            mon = next;
        } else {
            mon = s.months.first();
            ++year;
        }
        if (mon != t) {
            setMidnight(cl, 1, mon - 1);
            cl.set(JavaCalendar::Year, year);
            continue;
        }
        cl.set(JavaCalendar::Month, mon - 1);

        year = cl.get(JavaCalendar::Year);
        t = -1;
        next = s.years.next(year);
        if (next < 0)
            return std::nullopt;
        t = year;
        year = next;
        if (year != t) {
            setMidnight(cl, 1, 0);
            cl.set(JavaCalendar::Year, year);
            continue;
        }
        cl.set(JavaCalendar::Year, year);
        return cl.timeInSecs() * 1000;
    }
    return std::nullopt;
}

QList<qint64> CronExpression::nextFireTimesMs(qint64 afterMs, const QTimeZone& zone, int count) const
{
    QList<qint64> times;
    if (!m_spec || count <= 0)
        return times;
    const auto rules = cron::ZoneRules::forZone(zone);
    count = qMin(count, MaxCount);
    times.reserve(count);
    qint64 t = afterMs;
    while (times.size() < count) {
        const auto next = nextAfter(t, *rules);
        if (!next)
            break;
        times.append(*next);
        t = *next;
    }
    return times;
}

QList<QDateTime> CronExpression::nextFireTimes(const QDateTime& after, const QTimeZone& zone, int count) const
{
    QList<QDateTime> result;
    for (qint64 ms : nextFireTimesMs(after.toMSecsSinceEpoch(), zone, count))
        result.append(QDateTime::fromMSecsSinceEpoch(ms, zone));
    return result;
}

std::optional<QDateTime> CronExpression::nextFireTime(const QDateTime& after, const QTimeZone& zone) const
{
    const QList<QDateTime> times = nextFireTimes(after, zone, 1);
    if (times.isEmpty())
        return std::nullopt;
    return times.first();
}

QString CronExpression::fieldName(Field field)
{
    switch (field) {
    case Field::Second:
        return tr("second");
    case Field::Minute:
        return tr("minute");
    case Field::Hour:
        return tr("hour");
    case Field::DayOfMonth:
        return tr("day of month");
    case Field::Month:
        return tr("month");
    case Field::DayOfWeek:
        return tr("day of week");
    case Field::Year:
        return tr("year");
    case Field::Expression:
        break;
    }
    return tr("expression");
}

QString CronExpression::neverFiresMessage()
{
    return tr("the expression never fires");
}

QDateTime CronExpression::dataTime(const QDateTime& fireTime, qint64 dataOffsetSeconds)
{
    return fireTime.addSecs(-dataOffsetSeconds);
}

} // namespace sx
