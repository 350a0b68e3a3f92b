#pragma once

#include <QCoreApplication>
#include <QTimeZone>

#include <optional>

namespace sx {

// The job's Timezone field: "GMT+8", "GMT-3:30", "UTC+08:00", "GMT", "UTC" or an IANA name ("Asia/Shanghai").
class JobTimeZone
{
    Q_DECLARE_TR_FUNCTIONS(JobTimeZone)

public:
    static constexpr int MaxOffsetSeconds = 14 * 3600; // what QTimeZone and real zones allow

    // nullopt with a translated message in *error (when given) for anything else.
    static std::optional<QTimeZone> parse(const QString& text, QString* error);
};

} // namespace sx
