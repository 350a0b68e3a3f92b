#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace sx {

namespace cron {
struct CronSpec;
class ZoneRules;
} // namespace cron

struct CronParseResult;

// A SchedulerX (Quartz 2.3) cron expression: "sec min hour day-of-month month day-of-week [year]".
// Fire times are those org.quartz.CronExpression.getTimeAfter gives, daylight-saving quirks included.
// Where Quartz silently ignores garbage ("5X", "JAN-DEC/2", "*/0") we refuse it instead.
class CronExpression
{
    Q_DECLARE_TR_FUNCTIONS(CronExpression)

public:
    enum class Field { Second, Minute, Hour, DayOfMonth, Month, DayOfWeek, Year, Expression };

    static constexpr int MinYear = 1970;
    static constexpr int MaxYear = 2099; // the most a year field may name
    static constexpr int MaxCount = 10000; // most fire times one call computes

    static CronParseResult parse(const QString& text);

    QString text() const;

    // The first fire time strictly after `after`, in `zone`; nullopt when it never fires again (Quartz stops
    // searching after its MAX_YEAR, the current year plus 100).
    std::optional<QDateTime> nextFireTime(const QDateTime& after, const QTimeZone& zone) const;
    // Up to `count` fire times, as QDateTimes in `zone`. Fewer (or none) when the expression stops firing.
    QList<QDateTime> nextFireTimes(const QDateTime& after, const QTimeZone& zone, int count) const;
    QList<qint64> nextFireTimesMs(qint64 afterMs, const QTimeZone& zone, int count) const;

    static QString fieldName(Field field); // translated, e.g. "day of month"
    static QString neverFiresMessage(); // translated
    // SchedulerX's DataOffset: the data time of a run is its fire time minus the offset.
    static QDateTime dataTime(const QDateTime& fireTime, qint64 dataOffsetSeconds);

private:
    friend struct CronParseResult;
    std::optional<qint64> nextAfter(qint64 afterMs, const cron::ZoneRules& zone) const;

    QString m_text;
    std::shared_ptr<const cron::CronSpec> m_spec;
};

struct CronParseResult
{
    std::optional<CronExpression> expression;
    CronExpression::Field field = CronExpression::Field::Expression; // where the error is
    QString message; // translated, without the field name

    bool isValid() const
    {
        return expression.has_value();
    }
    // "day of month: 32 is outside 1–31"; empty when valid.
    QString errorString() const;
};

} // namespace sx
