#include "ConnectionTest.h"

#include "RequestBuilder.h"
#include "ResponseParser.h"
#include "SchedulerXClient.h"

namespace sx {

ConnectionTest::ConnectionTest(QObject* parent)
    : QObject(parent)
    , m_client(new SchedulerXClient(this))
{
}

bool ConnectionTest::isRunning() const
{
    return !m_operation.isNull();
}

bool ConnectionTest::start(const Profile& profile, const Credentials& credentials)
{
    if (isRunning())
        return false;
    // The same settings a submission with this profile uses (TargetResolver::select, SubmitCommand).
    ClientOptions options;
    options.endpoint = profile.endpoint();
    options.signature = profile.signature;
    options.connectTimeoutMs = profile.connectTimeoutMs;
    options.totalTimeoutMs = profile.totalTimeoutMs;
    m_operation = m_client->start(RequestBuilder::listNamespaces(profile.region), credentials, options);
    connect(m_operation, &CallOperation::finished, this, [this](const SubmitResult& result) {
        m_operation = nullptr; // it deletes itself after finished()
        Q_EMIT finished(describe(result));
    });
    return true;
}

ConnectionTest::Report ConnectionTest::describe(const SubmitResult& result)
{
    Report report;
    QStringList details;
    if (!result.code.isEmpty())
        details.append(tr("Code: %1").arg(result.code));
    if (result.outcome != Outcome::Created && !result.message.isEmpty())
        details.append(tr("Message: %1").arg(result.message));
    if (!result.requestId.isEmpty())
        details.append(tr("RequestId: %1").arg(result.requestId));
    if (result.httpStatus > 0)
        details.append(tr("HTTP status: %1").arg(result.httpStatus));
    report.details = details.join(QLatin1Char('\n'));

    switch (result.outcome) {
    case Outcome::Created: {
        report.connected = true;
        const auto namespaces = ResponseParser::namespaces(result.responseBody);
        report.namespaceCount = namespaces ? int(namespaces->size()) : -1;
        report.summary = namespaces ? tr("Connected: %n namespace(s).", nullptr, report.namespaceCount)
                                    : tr("Connected; the answer listed no namespaces.");
        break;
    }
    case Outcome::Refused:
        report.summary = tr("Refused (%1): %2")
                             .arg(result.code.isEmpty() ? tr("HTTP %1").arg(result.httpStatus) : result.code,
                                  result.hint.isEmpty() ? result.message : result.hint);
        break;
    case Outcome::Unknown:
        report.summary = tr("No usable answer: %1").arg(result.message);
        break;
    case Outcome::Failed:
        report.summary = tr("Could not connect: %1").arg(result.message);
        break;
    }
    return report;
}

} // namespace sx
