#include "JobTimeZone.h"

#include <QRegularExpression>

namespace sx {

std::optional<QTimeZone> JobTimeZone::parse(const QString& text, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<QTimeZone> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString zone = text.trimmed();
    if (zone.isEmpty())
        return fail(tr("the time zone is empty"));

    // GMT+8, GMT-3:30, UTC+08:00, GMT+0800. Offsets are written as they read: GMT+8 is eight hours ahead of UTC
    // (unlike the POSIX "Etc/GMT+8", which is behind).
    static const QRegularExpression offsetForm(QStringLiteral("^(?:GMT|UTC)(?:([+-])(\\d{1,2})(?::?(\\d{2}))?)?$"),
                                               QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = offsetForm.match(zone);
    if (m.hasMatch()) {
        if (!m.hasCaptured(1))
            return QTimeZone::utc();
        const int hours = m.captured(2).toInt();
        const int minutes = m.hasCaptured(3) ? m.captured(3).toInt() : 0;
        if (minutes > 59)
            return fail(tr("%1: the minutes of the offset must be below 60").arg(zone));
        const int seconds = (hours * 3600 + minutes * 60) * (m.captured(1) == u"-" ? -1 : 1);
        if (qAbs(seconds) > MaxOffsetSeconds)
            return fail(tr("%1: the offset must be between -14:00 and +14:00").arg(zone));
        return QTimeZone(seconds);
    }
    if (zone.startsWith(u"GMT", Qt::CaseInsensitive) || zone.startsWith(u"UTC", Qt::CaseInsensitive)) {
        if (zone.size() > 3 && (zone[3] == u'+' || zone[3] == u'-'))
            return fail(tr("%1 is not an offset; write it like GMT+8, GMT-3:30 or UTC+08:00").arg(zone));
    }
    const QByteArray id = zone.toUtf8();
    if (zone.size() <= 64 && QTimeZone::isTimeZoneIdAvailable(id)) {
        QTimeZone tz(id);
        if (tz.isValid())
            return tz;
    }
    return fail(tr("%1 is not a known time zone; use an IANA name such as Asia/Shanghai, or GMT+8").arg(zone));
}

} // namespace sx
