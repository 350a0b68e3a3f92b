// Rules for when a job runs: TimeType, TimeExpression, Calendar, DataOffset, Timezone.
#include "CronExpression.h"
#include "JobKinds.h"
#include "JobTimeZone.h"
#include "ValidatorCollector.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace sx {

namespace {

bool isWholeNumber(const QString& text, qint64* value)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    if (!digits.match(text).hasMatch())
        return false;
    *value = text.toLongLong();
    return true;
}

} // namespace

void Validator::checkTiming(const Job& job, const Options& options, Collector& out)
{
    const QString zoneText = job.text(Param::Timezone);
    static const QTimeZone systemZone = QTimeZone::systemTimeZone(); // reads the zone database: once is enough
    const QTimeZone zone =
        zoneText.isEmpty() ? systemZone : JobTimeZone::parse(zoneText, nullptr).value_or(QTimeZone());
    if (!zone.isValid()) {
        out.error(
            Param::Timezone, "timezone.format",
            tr("Timezone \"%1\" is not a zone the service takes: use GMT+8, GMT-3:30, UTC+08:00 or a name such as "
               "Asia/Shanghai.")
                .arg(zoneText));
    }

    if (!job.has(Param::TimeType))
        return; // reported as required
    const qint64 timeType = job.number(Param::TimeType);
    if (!JobKinds::isKnownTimeType(int(timeType))) {
        out.error(Param::TimeType, "timeType.unknown",
                  tr("TimeType %1 is not one of 1 (cron), 3 (fixed rate), 4 (second delay), 5 (one time), 100 (api).")
                      .arg(timeType));
        return;
    }

    if (timeType != JobKinds::Cron) {
        if (job.has(Param::Calendar))
            out.error(Param::Calendar, "calendar.cronOnly", tr("Calendar applies only to cron jobs (TimeType 1)."));
        if (job.has(Param::DataOffset))
            out.error(Param::DataOffset, "dataOffset.cronOnly",
                      tr("DataOffset applies only to cron jobs (TimeType 1)."));
    }

    const QString expression = job.text(Param::TimeExpression).trimmed();
    if (timeType == JobKinds::Api) {
        if (!expression.isEmpty()) {
            out.error(Param::TimeExpression, "timeExpression.api",
                      tr("An api job runs only when triggered: leave TimeExpression empty."));
        }
        return;
    }
    if (expression.isEmpty()) {
        out.error(Param::TimeExpression, "timeExpression.required",
                  tr("TimeExpression is required for this TimeType."));
        return;
    }

    qint64 n = 0;
    switch (timeType) {
    case JobKinds::Cron: {
        const CronParseResult cron = CronExpression::parse(expression);
        if (!cron.isValid()) {
            out.error(Param::TimeExpression, "timeExpression.cron", tr("Cron expression: %1").arg(cron.errorString()));
        } else if (zone.isValid()) {
            const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
            if (!cron.expression->nextFireTime(now, zone))
                out.error(Param::TimeExpression, "timeExpression.neverFires", CronExpression::neverFiresMessage());
        }
        break;
    }
    case JobKinds::FixedRate:
        if (!isWholeNumber(expression, &n) || n < 10) {
            out.error(Param::TimeExpression, "timeExpression.fixedRate",
                      tr("A fixed-rate job takes whole seconds of 10 or more, e.g. 30; not \"%1\".").arg(expression));
        }
        break;
    case JobKinds::SecondDelay:
        if (!isWholeNumber(expression, &n) || n < 1 || n > 60) {
            out.error(Param::TimeExpression, "timeExpression.secondDelay",
                      tr("A second-delay job takes whole seconds from 1 to 60; not \"%1\".").arg(expression));
        }
        break;
    case JobKinds::OneTime: {
        QDateTime when;
        if (isWholeNumber(expression, &n)) {
            when = QDateTime::fromMSecsSinceEpoch(n, QTimeZone::utc());
        } else {
            static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"));
            if (shape.match(expression).hasMatch()) {
                // Date and time apart, then placed in the job's zone: never through local time, which would
                // make glibc look at /etc/localtime on every keystroke.
                const QDate date = QDate::fromString(expression.left(10), Qt::ISODate);
                const QTime time = QTime::fromString(expression.mid(11), QStringLiteral("HH:mm:ss"));
                if (date.isValid() && time.isValid())
                    when = QDateTime(date, time, zone.isValid() ? zone : QTimeZone::utc());
            }
        }
        if (!when.isValid()) {
            out.error(
                Param::TimeExpression, "timeExpression.oneTime",
                tr("A one-time job takes \"yyyy-MM-dd HH:mm:ss\" (e.g. 2030-10-10 10:10:00) or epoch milliseconds; "
                   "not \"%1\".")
                    .arg(expression));
        } else if (when < (options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc())) {
            out.warning(
                Param::TimeExpression, "timeExpression.past",
                tr("%1 is in the past: the job would run once, right away, and then be deleted.").arg(expression));
        }
        break;
    }
    default:
        break;
    }
}

} // namespace sx
