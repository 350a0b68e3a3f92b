#include "CliSupport.h"
#include "Commands.h"
#include "CronExpression.h"
#include "JobTimeZone.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sx::cli {

namespace {

QString isoWithOffset(const QDateTime& time)
{
    const int offset = time.offsetFromUtc();
    const int minutes = qAbs(offset) / 60;
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
        QStringLiteral("%1%2:%3")
            .arg(QChar(offset < 0 ? u'-' : u'+'))
            .arg(minutes / 60, 2, 10, QChar(u'0'))
            .arg(minutes % 60, 2, 10, QChar(u'0'));
}

// ISO 8601 with an offset ("2024-03-10T01:30:00-05:00", "...Z") or epoch milliseconds.
std::optional<qint64> parseInstant(const QString& text)
{
    static const QRegularExpression epoch(QStringLiteral("^-?\\d{1,15}$"));
    if (epoch.match(text).hasMatch())
        return text.toLongLong();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return std::nullopt; // without an offset the instant is ambiguous
    return time.toMSecsSinceEpoch();
}

} // namespace

int runCron(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks a cron expression (Quartz syntax, as SchedulerX uses it) and prints its next fire times."));
    parser.addPositionalArgument("EXPRESSION", tr("The expression, quoted: \"0 0 2 * * ?\"."));
    const QCommandLineOption zoneOption(
        "tz", tr("Time zone: an IANA name or GMT+8, GMT-3:30, UTC+08:00 (default: this machine's)."), "ZONE");
    const QCommandLineOption fromOption(
        "from", tr("Start after this instant: ISO 8601 with an offset, or epoch milliseconds (default: now)."), "TIME");
    const QCommandLineOption countOption("count", tr("How many fire times (default 5, at most 1000)."), "N", "5");
    const QCommandLineOption dataOffsetOption(
        "data-offset", tr("DataOffset in seconds: also print each run's data time (fire time minus the offset)."),
        "SECONDS");
    const QCommandLineOption jsonOption("json", tr("Print {\"expression\", \"timezone\", \"next\": [epoch ms...]}."));
    parser.addOptions({zoneOption, fromOption, countOption, dataOffsetOption, jsonOption});
    if (auto status = parseArguments(parser, "cron", args, io))
        return *status;
    if (parser.positionalArguments().size() != 1) {
        io.err << tr("Give exactly one expression, quoted, e.g. sxstudio-cli cron \"0 0 2 * * ?\".") << "\n";
        return ExitUsage;
    }

    bool ok = false;
    const int count = parser.value(countOption).toInt(&ok);
    if (!ok || count < 1 || count > 1000) {
        io.err << tr("--count must be a number from 1 to 1000.") << "\n";
        return ExitUsage;
    }
    qint64 from = QDateTime::currentMSecsSinceEpoch();
    if (parser.isSet(fromOption)) {
        const auto instant = parseInstant(parser.value(fromOption));
        if (!instant) {
            io.err << tr("--from takes ISO 8601 with an offset (2024-03-10T01:30:00+08:00) or epoch milliseconds.")
                   << "\n";
            return ExitUsage;
        }
        from = *instant;
    }
    std::optional<qint64> dataOffset;
    if (parser.isSet(dataOffsetOption)) {
        dataOffset = parser.value(dataOffsetOption).toLongLong(&ok);
        if (!ok) {
            io.err << tr("--data-offset takes a number of seconds.") << "\n";
            return ExitUsage;
        }
    }

    QTimeZone zone = QTimeZone::systemTimeZone();
    if (parser.isSet(zoneOption)) {
        QString error;
        const auto parsed = JobTimeZone::parse(parser.value(zoneOption), &error);
        if (!parsed) {
            io.err << tr("Time zone: %1").arg(error) << "\n";
            return ExitInvalid;
        }
        zone = *parsed;
    }
    const QString expressionText = parser.positionalArguments().first();
    const CronParseResult parsed = CronExpression::parse(expressionText);
    if (!parsed.isValid()) {
        io.err << parsed.errorString() << "\n";
        return ExitInvalid;
    }
    const QList<qint64> times = parsed.expression->nextFireTimesMs(from, zone, count);

    if (parser.isSet(jsonOption)) {
        QJsonArray next;
        QJsonArray data;
        for (qint64 t : times) {
            next.append(t);
            if (dataOffset)
                data.append(t - *dataOffset * 1000);
        }
        QJsonObject object {
            {"expression", expressionText},
            {"timezone", parser.isSet(zoneOption) ? parser.value(zoneOption) : QString::fromUtf8(zone.id())},
            {"next", next}};
        if (dataOffset)
            object.insert("data", data);
        io.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << "\n";
    } else {
        for (qint64 t : times) {
            const QDateTime fire = QDateTime::fromMSecsSinceEpoch(t, zone);
            io.out << isoWithOffset(fire);
            if (dataOffset)
                io.out << "  " << tr("data time %1").arg(isoWithOffset(CronExpression::dataTime(fire, *dataOffset)));
            io.out << "\n";
        }
    }
    if (times.isEmpty()) {
        io.err << CronExpression::neverFiresMessage() << "\n";
        return ExitInvalid;
    }
    return ExitOk;
}

} // namespace sx::cli
