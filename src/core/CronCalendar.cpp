#include "CronCalendar.h"

#include <QHash>
#include <QMutex>

#include <algorithm>
#include <limits>

namespace sx::cron {

namespace {

constexpr qint64 SecsPerDay = 86400;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

void civilFromDays(qint64 days, qint64& year, int& month, int& day)
{
    days += 719468;
    const qint64 era = floorDiv(days, 146097);
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    year = yoe + era * 400 + (month <= 2);
}

QDateTime utcStartOfYear(int year)
{
    return QDateTime(QDate(year, 1, 1), QTime(0, 0), QTimeZone::utc());
}

} // namespace

qint64 daysFromCivil(qint64 year, int month, int day)
{
    year -= month <= 2;
    const qint64 era = floorDiv(year, 400);
    const qint64 yoe = year - era * 400;
    const qint64 doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int lastDayOfMonth(int month, int year)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days[(month - 1) % 12];
}

std::shared_ptr<const ZoneRules> ZoneRules::forZone(const QTimeZone& zone)
{
    // Building the tables asks Qt for every transition until 2200; do it once per zone.
    static QMutex mutex;
    static QHash<QByteArray, std::shared_ptr<const ZoneRules>> cache;
    const QByteArray key = zone.isValid() ? zone.id() : QByteArray("UTC");
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    auto rules = std::make_shared<ZoneRules>();
    rules->build(zone.isValid() ? zone : QTimeZone::utc());
    cache.insert(key, rules);
    return rules;
}

void ZoneRules::build(const QTimeZone& zone)
{
    const QDateTime from = utcStartOfYear(1900);
    m_initialOffset = zone.offsetFromUtc(from);
    if (!zone.hasTransitions())
        return;
    QTimeZone::OffsetDataList list = zone.transitions(from, utcStartOfYear(2200));
    // Qt 6.4's transitions() ends with the zone file's table (2037); nextTransition() goes on with the file's
    // POSIX rule. Qt fails on some rules (Australia/Lord_Howe) and then reports the 2038 time_t limit: stop there.
    const qint64 end = utcStartOfYear(2200).toSecsSinceEpoch();
    while (!list.isEmpty()) {
        const QTimeZone::OffsetData next = zone.nextTransition(list.last().atUtc.addSecs(1));
        if (!next.atUtc.isValid() || next.atUtc.toSecsSinceEpoch() >= end ||
            next.atUtc.toSecsSinceEpoch() == std::numeric_limits<qint32>::max() || next.atUtc <= list.last().atUtc)
            break;
        list.append(next);
    }
    const qint64 tableEnd = utcStartOfYear(2038).toSecsSinceEpoch();
    for (const QTimeZone::OffsetData& d : list) {
        const qint64 at = d.atUtc.toSecsSinceEpoch();
        m_utc.push_back(at);
        m_offset.push_back(d.offsetFromUtc);
        m_wall.push_back(at + d.offsetFromUtc);
        if (at < tableEnd)
            m_tableEndWall = at + d.offsetFromUtc;
        else
            m_hasLastRule = true;
        m_lastRawOffset = d.standardTimeOffset;
    }
}

int ZoneRules::offsetAtUtc(qint64 utcSecs) const
{
    const auto it = std::upper_bound(m_utc.begin(), m_utc.end(), utcSecs);
    return it == m_utc.begin() ? m_initialOffset : m_offset[it - m_utc.begin() - 1];
}

int ZoneRules::offsetForWall(qint64 wallSecs) const
{
    if (m_utc.empty())
        return m_initialOffset;
    if (m_hasLastRule && wallSecs > m_tableEndWall)
        return offsetAtUtc(wallSecs - m_lastRawOffset);
    // The last transition whose wall time (in its new offset) is not after ours: a skipped time keeps the offset
    // from before the gap, a repeated time takes the later (standard) offset.
    const auto it = std::upper_bound(m_wall.begin(), m_wall.end(), wallSecs);
    return it == m_wall.begin() ? m_initialOffset : m_offset[it - m_wall.begin() - 1];
}

namespace {

// The index of the last key <= value (-1 if none), trying the hinted interval first.
qsizetype lastNotAfter(const std::vector<qint64>& keys, qint64 value, qsizetype& hint)
{
    const qsizetype n = static_cast<qsizetype>(keys.size());
    if (hint >= -1 && hint < n && (hint < 0 || keys[hint] <= value) && (hint + 1 == n || value < keys[hint + 1]))
        return hint;
    hint = (std::upper_bound(keys.begin(), keys.end(), value) - keys.begin()) - 1;
    return hint;
}

} // namespace

int ZoneRules::offsetAtUtc(qint64 utcSecs, qsizetype& hint) const
{
    if (m_utc.empty())
        return m_initialOffset;
    const qsizetype i = lastNotAfter(m_utc, utcSecs, hint);
    return i < 0 ? m_initialOffset : m_offset[i];
}

int ZoneRules::offsetForWall(qint64 wallSecs, qsizetype& hint) const
{
    if (m_utc.empty())
        return m_initialOffset;
    if (m_hasLastRule && wallSecs > m_tableEndWall)
        return offsetAtUtc(wallSecs - m_lastRawOffset);
    const qsizetype i = lastNotAfter(m_wall, wallSecs, hint);
    return i < 0 ? m_initialOffset : m_offset[i];
}

void JavaCalendar::setTimeAndTouch(qint64 utcSecs)
{
    m_utc = utcSecs;
    computeFields();
    m_dirty = true;
}

void JavaCalendar::addYears(int years)
{
    if (m_dirty)
        complete();
    m_fields[Year] += years;
    const int monthLength = lastDayOfMonth(static_cast<int>(m_fields[Month]) + 1, static_cast<int>(m_fields[Year]));
    if (m_fields[Day] > monthLength)
        m_fields[Day] = monthLength;
    m_dirty = true;
}

void JavaCalendar::complete()
{
    qint64 year = m_fields[Year];
    qint64 month = m_fields[Month];
    year += floorDiv(month, 12);
    month -= floorDiv(month, 12) * 12;
    qint64 days = daysFromCivil(year, static_cast<int>(month) + 1, 1) + (m_fields[Day] - 1);
    qint64 timeOfDay = (m_fields[Hour] * 60 + m_fields[Minute]) * 60 + m_fields[Second];
    days += floorDiv(timeOfDay, SecsPerDay);
    timeOfDay -= floorDiv(timeOfDay, SecsPerDay) * SecsPerDay;
    const qint64 wall = days * SecsPerDay + timeOfDay;
    m_utc = wall - m_zone.offsetForWall(wall, m_wallHint);
    computeFields();
}

void JavaCalendar::computeFields()
{
    const qint64 local = m_utc + m_zone.offsetAtUtc(m_utc, m_utcHint);
    const qint64 days = floorDiv(local, SecsPerDay);
    const qint64 secs = local - days * SecsPerDay;
    qint64 year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, year, month, day);
    m_fields[Year] = year;
    m_fields[Month] = month - 1;
    m_fields[Day] = day;
    m_fields[Hour] = secs / 3600;
    m_fields[Minute] = secs / 60 % 60;
    m_fields[Second] = secs % 60;
    m_dayOfWeek = static_cast<int>((days + 4) % 7 + 7) % 7 + 1;
    m_dirty = false;
}

} // namespace sx::cron
