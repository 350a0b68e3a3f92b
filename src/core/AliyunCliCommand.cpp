#include "AliyunCliCommand.h"

#include <QRegularExpression>

namespace sx {

QString AliyunCliCommand::shellQuote(const QString& value)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./:=@%+,-]+$"));
    if (safe.match(value).hasMatch())
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString AliyunCliCommand::forCall(const ApiCall& call, const QString& profile, const QString& endpointHost)
{
    // The product code of SchedulerX 2.0 in the aliyun CLI is schedulerx2; parameter order follows the call.
    QStringList words {QStringLiteral("aliyun"), QStringLiteral("schedulerx2"), call.action};
    if (!profile.isEmpty())
        words << QStringLiteral("--profile") << shellQuote(profile);
    if (!endpointHost.isEmpty())
        words << QStringLiteral("--endpoint") << shellQuote(endpointHost);
    for (const ParamList* params : {&call.query, &call.body}) {
        for (const auto& [name, value] : *params)
            words << QLatin1String("--") + name << shellQuote(value);
    }
    return words.join(QLatin1Char(' '));
}

} // namespace sx
