#pragma once

#include "ApiCall.h"
#include "Credentials.h"
#include "SubmitResult.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace sx {

struct ClientOptions
{
    QUrl endpoint;
    SignatureVersion signature = SignatureVersion::V3;
    int connectTimeoutMs = 10'000;
    int totalTimeoutMs = 60'000;
    int maxAttempts = 3; // only throttling refusals are tried again
    int backoffMs = 1'000; // doubled each time; a Retry-After header wins
};

// One call in flight. CreateJob is not idempotent: once the request has left, nothing is re-sent
// except after an explicit throttling refusal, and a lost answer is reported as Outcome::Unknown.
class CallOperation : public QObject
{
    Q_OBJECT

public:
    bool isSent() const
    {
        return m_sent;
    }
    // Before the request has left: stops it, and the result is Failed ("cancelled"). After: refused (returns false).
    bool cancel();

Q_SIGNALS:
    void sent(); // the request was written to the connection
    void retrying(int attempt, int delayMs); // after a throttling refusal
    void finished(const sx::SubmitResult& result);

private:
    friend class SchedulerXClient;
    CallOperation(QNetworkAccessManager* nam,
                  const ApiCall& call,
                  const Credentials& credentials,
                  const ClientOptions& options,
                  QObject* parent);
    void start();
    void onReplyFinished();
    void onTimeout(bool connectPhase);
    void finish();

    QNetworkAccessManager* m_nam;
    ApiCall m_call;
    Credentials m_credentials;
    ClientOptions m_options;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_connectTimer;
    QTimer* m_totalTimer;
    SubmitResult m_result;
    qint64 m_startedMs = 0;
    bool m_sent = false;
    bool m_sentThisAttempt = false;
    QString m_abortReason;
    bool m_done = false;
};

// Signs and sends SchedulerX calls over QNetworkAccessManager, and types every answer.
class SchedulerXClient : public QObject
{
    Q_OBJECT

public:
    explicit SchedulerXClient(QObject* parent = nullptr);

    // The operation deletes itself after finished(). Endpoint problems finish it at once as Failed.
    CallOperation* start(const ApiCall& call, const Credentials& credentials, const ClientOptions& options);
    // For the command line: waits in a local event loop.
    SubmitResult run(const ApiCall& call, const Credentials& credentials, const ClientOptions& options);

    // Empty when the URL may be used: https anywhere, plain http only to a loopback address.
    static QString endpointProblem(const QUrl& url);

private:
    QNetworkAccessManager* m_nam = nullptr;
};

} // namespace sx
