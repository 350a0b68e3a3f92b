#pragma once

#include "HistoryStore.h"
#include "SchedulerXClient.h"

#include <QObject>
#include <QPointer>

namespace sx {

// One CreateJob attempt of the desktop app, recorded as the command line records it: a pending history entry
// before sending and its completion after, so that a crash mid-request leaves an honest "outcome unknown".
// The history is a record, never a reason not to submit: without one the call still goes, and says so.
class Submission : public QObject
{
    Q_OBJECT

public:
    Submission(SchedulerXClient* client, HistoryStore* history, QObject* parent = nullptr);

    // attempt.job is what is sent; attempt.endpoint, signatureVersion and region are filled from the call.
    // False when one is already in flight: never two at once.
    bool start(HistoryAttempt attempt, const Credentials& credentials, const ClientOptions& options);
    bool isRunning() const;
    bool isSent() const;
    bool cancel(); // only before the request has left

Q_SIGNALS:
    void sent();
    void finished(const sx::SubmitResult& result, const QString& historyProblem); // problem empty when recorded

private:
    SchedulerXClient* m_client;
    HistoryStore* m_history;
    QPointer<CallOperation> m_operation;
};

} // namespace sx
