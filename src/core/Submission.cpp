#include "Submission.h"

#include "Profile.h"
#include "RequestBuilder.h"

namespace sx {

Submission::Submission(SchedulerXClient* client, HistoryStore* history, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_history(history)
{
}

bool Submission::start(HistoryAttempt attempt, const Credentials& credentials, const ClientOptions& options)
{
    if (m_operation)
        return false;
    attempt.endpoint = options.endpoint.toString();
    attempt.signatureVersion = signatureVersionName(options.signature);
    if (attempt.region.isEmpty())
        attempt.region = attempt.job.text(Param::RegionId);

    std::optional<qint64> entry;
    QString historyProblem;
    if (!m_history || !m_history->isWritable())
        historyProblem = m_history ? m_history->errorString() : tr("There is no history.");
    else
        entry = m_history->begin(attempt, &historyProblem);

    m_operation = m_client->start(RequestBuilder::createJob(attempt.job), credentials, options);
    connect(m_operation, &CallOperation::sent, this, &Submission::sent);
    connect(m_operation, &CallOperation::finished, this, [this, entry, historyProblem](const SubmitResult& result) {
        m_operation = nullptr; // it deletes itself after finished()
        QString problem = historyProblem;
        if (entry && !m_history->complete(*entry, result, &problem) && problem.isEmpty())
            problem = tr("The history entry could not be completed.");
        Q_EMIT finished(result, problem);
    });
    return true;
}

bool Submission::isRunning() const
{
    return !m_operation.isNull();
}

bool Submission::isSent() const
{
    return m_operation && m_operation->isSent();
}

bool Submission::cancel()
{
    return m_operation && m_operation->cancel();
}

} // namespace sx
