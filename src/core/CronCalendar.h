#pragma once

#include <QTimeZone>

#include <memory>
#include <vector>

namespace sx::cron {

// A zone's offsets as flat tables, so that the evaluator never calls into QTimeZone in its loop.
// Local ("wall") times are resolved the way java.util.GregorianCalendar does it, because Quartz 2.3 computes
// with that class: see offsetForWall().
class ZoneRules
{
public:
    // Cached per zone id; never null.
    static std::shared_ptr<const ZoneRules> forZone(const QTimeZone& zone);

    int offsetAtUtc(qint64 utcSecs) const;
    int offsetForWall(qint64 wallSecs) const;
    // The same with a remembered interval: the evaluator's lookups are nearly always in the one it used last.
    int offsetAtUtc(qint64 utcSecs, qsizetype& hint) const;
    int offsetForWall(qint64 wallSecs, qsizetype& hint) const;

private:
    void build(const QTimeZone& zone);

    std::vector<qint64> m_utc; // transition instants
    std::vector<qint64> m_wall; // the same instants in the wall time after them (Java's search key)
    std::vector<int> m_offset; // offset from UTC after each transition
    int m_initialOffset = 0;
    // Java keeps explicit transitions only up to 2037 and then applies the zone's last rule (a SimpleTimeZone),
    // which resolves a skipped wall time differently: as standard time rather than the offset before the gap.
    qint64 m_tableEndWall = 0;
    bool m_hasLastRule = false;
    int m_lastRawOffset = 0;
};

// Just enough of a lenient java.util.GregorianCalendar: fields may be set out of range and are normalised,
// through the zone, on the next read. Seconds resolution; Quartz zeroes milliseconds.
class JavaCalendar
{
public:
    enum Field { Year, Month, Day, Hour, Minute, Second, DayOfWeek }; // Month is 0-based, DayOfWeek 1 = Sunday

    explicit JavaCalendar(const ZoneRules& zone)
        : m_zone(zone)
    {
    }

    // setTime() followed by set(MILLISECOND, 0): the fields are recomputed through the wall time on next read.
    void setTimeAndTouch(qint64 utcSecs);
    int get(Field field)
    {
        if (m_dirty)
            complete();
        return field == DayOfWeek ? m_dayOfWeek : static_cast<int>(m_fields[field]);
    }
    void set(Field field, qint64 value)
    {
        // Re-setting a computed value changes nothing: a computed state is a fixed point of Java's wall-time
        // resolution (it never lands in the first copy of a repeated hour). Skipping saves most recomputations.
        if (!m_dirty && m_fields[field] == value)
            return;
        m_fields[field] = value;
        m_dirty = true;
    }
    void addYears(int years); // Calendar.add(YEAR, n), including its pinning of the day of month
    qint64 timeInSecs()
    {
        if (m_dirty)
            complete();
        return m_utc;
    }

private:
    void complete();
    void computeFields();

    const ZoneRules& m_zone;
    qint64 m_fields[6] = {1970, 0, 1, 0, 0, 0};
    int m_dayOfWeek = 5;
    qint64 m_utc = 0;
    bool m_dirty = false;
    qsizetype m_utcHint = -1;
    qsizetype m_wallHint = -1;
};

// Proleptic Gregorian helpers shared by the evaluator.
qint64 daysFromCivil(qint64 year, int month, int day); // month 1-12
bool isLeapYear(int year);
int lastDayOfMonth(int month, int year); // month 1-12

} // namespace sx::cron
