#include "SchedulerXClient.h"

#include "Endpoint.h"
#include "ResponseParser.h"
#include "Signer.h"

#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

namespace sx {

namespace {

// Errors that QNetworkReply reports before a single byte of the request could have been read by the service.
bool neverLeft(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::NetworkSessionFailedError:
        return true;
    default:
        return false;
    }
}

// The request body as a device that cannot be rewound. QNetworkAccessManager silently re-sends a request
// whose connection closed before the answer, POST included; without a rewindable body it cannot, and
// reports ContentReSendError instead, which we turn into "outcome unknown".
class OneShotBody : public QIODevice
{
public:
    OneShotBody(const QByteArray& data, QObject* parent)
        : QIODevice(parent)
        , m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override
    {
        return true;
    }
    bool reset() override
    {
        return false;
    }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, m_data.size() - m_position);
        memcpy(data, m_data.constData() + m_position, size_t(n));
        m_position += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override
    {
        return -1;
    }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace

CallOperation::CallOperation(QNetworkAccessManager* nam,
                             const ApiCall& call,
                             const Credentials& credentials,
                             const ClientOptions& options,
                             QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_call(call)
    , m_credentials(credentials)
    , m_options(options)
    , m_connectTimer(new QTimer(this))
    , m_totalTimer(new QTimer(this))
{
    m_connectTimer->setSingleShot(true);
    m_totalTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] { onTimeout(true); });
    connect(m_totalTimer, &QTimer::timeout, this, [this] { onTimeout(false); });
}

bool CallOperation::cancel()
{
    if (m_sent || m_done)
        return false;
    m_abortReason = SchedulerXClient::tr("Cancelled before the request was sent.");
    if (m_reply)
        m_reply->abort();
    else
        finish();
    return true;
}

void CallOperation::start()
{
    if (m_done)
        return; // cancelled before the first try, or while waiting to retry
    if (m_startedMs == 0) {
        m_startedMs = QDateTime::currentMSecsSinceEpoch();
        m_totalTimer->start(m_options.totalTimeoutMs);
    }
    ++m_result.attempts;
    m_sentThisAttempt = false;
    const SignedRequest signedRequest =
        Signer::sign(m_call, m_options.endpoint, m_credentials, m_options.signature, SigningContext::fresh());
    m_result.request = signedRequest;

    QNetworkRequest request(signedRequest.url);
    for (const auto& [name, value] : signedRequest.headers) {
        if (name != "host") // QNetworkAccessManager writes Host itself, with the same value
            request.setRawHeader(name, value);
    }
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(0); // our own timers decide
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setHeader(QNetworkRequest::ContentLengthHeader, signedRequest.body.size());
    auto* body = new OneShotBody(signedRequest.body, this);
    m_reply = m_nam->sendCustomRequest(request, signedRequest.method, body);
    body->setParent(m_reply);
    connect(m_reply, &QNetworkReply::requestSent, this, [this] {
        if (!m_sentThisAttempt) {
            m_sentThisAttempt = m_sent = true;
            m_connectTimer->stop();
            Q_EMIT sent();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &CallOperation::onReplyFinished);
    m_connectTimer->start(m_options.connectTimeoutMs);
}

void CallOperation::onTimeout(bool connectPhase)
{
    if (!m_reply)
        return;
    if (connectPhase && m_sentThisAttempt)
        return;
    m_abortReason = connectPhase
        ? SchedulerXClient::tr("Could not connect to %1 within %2 s.")
              .arg(m_options.endpoint.host())
              .arg(m_options.connectTimeoutMs / 1000.0)
        : SchedulerXClient::tr("No complete answer within %1 s.").arg(m_options.totalTimeoutMs / 1000.0);
    m_reply->abort();
}

void CallOperation::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    m_connectTimer->stop();
    reply->deleteLater();
    const QNetworkReply::NetworkError error = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();

    if (status > 0 && (error == QNetworkReply::NoError || error >= QNetworkReply::ContentAccessDenied)) {
        // An HTTP answer (Qt reports 4xx/5xx as content or server errors, but the body is the service's word).
        // A body cut short usually ends in RemoteHostClosedError (handled below), but Qt sometimes reports
        // a short read as success: compare with the declared length as well.
        bool lengthKnown = false;
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&lengthKnown);
        ResponseParser::parse(status, body, !lengthKnown || declared <= body.size(), &m_result, m_call.action);
        const bool mayRetry = ResponseParser::isThrottling(m_result) && m_result.attempts < m_options.maxAttempts &&
            m_totalTimer->isActive();
        if (mayRetry) {
            bool ok = false;
            const int retryAfter = reply->rawHeader("Retry-After").toInt(&ok);
            const int delay =
                ok ? qBound(0, retryAfter * 1000, 30'000) : m_options.backoffMs << (m_result.attempts - 1);
            Q_EMIT retrying(m_result.attempts + 1, delay);
            QTimer::singleShot(delay, this, [this] { start(); });
            return;
        }
        if (ResponseParser::isThrottling(m_result) && m_result.attempts > 1) {
            m_result.message =
                SchedulerXClient::tr("Still throttled after %1 tries: %2").arg(m_result.attempts).arg(m_result.message);
        }
        finish();
        return;
    }

    // No HTTP answer, or one cut short.
    m_result.httpStatus = status;
    m_result.responseBody = ResponseParser::redactSecurityToken(body);
    const bool mayHaveArrived = m_sentThisAttempt || !neverLeft(error);
    if (!m_abortReason.isEmpty() && !m_sentThisAttempt)
        m_result.outcome = Outcome::Failed;
    else
        m_result.outcome = mayHaveArrived ? Outcome::Unknown : Outcome::Failed;
    m_result.message = m_abortReason.isEmpty() ? reply->errorString() : m_abortReason;
    const bool closedEarly =
        error == QNetworkReply::RemoteHostClosedError || error == QNetworkReply::ContentReSendError;
    if (closedEarly && m_abortReason.isEmpty()) {
        m_result.message = body.isEmpty()
            ? SchedulerXClient::tr("The connection was closed before any answer came.")
            : SchedulerXClient::tr("The answer was cut off after %n byte(s).", nullptr, int(body.size()));
    }
    if (m_result.outcome == Outcome::Unknown) {
        m_result.hint = SchedulerXClient::tr("The request reached the service but no answer came back, so the job "
                                             "may or may not have been created. Check the job list in the SchedulerX "
                                             "console before submitting again.");
    } else if (error == QNetworkReply::SslHandshakeFailedError) {
        m_result.hint = SchedulerXClient::tr("The server's certificate could not be verified; nothing was sent.");
    } else {
        m_result.hint = SchedulerXClient::tr("Nothing was sent. Check the network, the proxy and the endpoint.");
    }
    finish();
}

void CallOperation::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_totalTimer->stop();
    m_connectTimer->stop();
    if (m_result.message.isEmpty() && !m_abortReason.isEmpty()) {
        m_result.outcome = Outcome::Failed;
        m_result.message = m_abortReason;
    }
    m_result.durationMs = m_startedMs ? QDateTime::currentMSecsSinceEpoch() - m_startedMs : 0;
    Q_EMIT finished(m_result);
    deleteLater();
}

SchedulerXClient::SchedulerXClient(QObject* parent)
    : QObject(parent)
{
}

QString SchedulerXClient::endpointProblem(const QUrl& url)
{
    return explicitEndpointProblem(url);
}

CallOperation*
SchedulerXClient::start(const ApiCall& call, const Credentials& credentials, const ClientOptions& options)
{
    // Made at the first call, not with the window: the access manager runs Qt Network code a start-up never needs.
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    auto* operation = new CallOperation(m_nam, call, credentials, options, this);
    const QString problem = endpointProblem(options.endpoint);
    if (!problem.isEmpty()) {
        operation->m_result.message = problem;
        QTimer::singleShot(0, operation, &CallOperation::finish);
        return operation;
    }
    // The sandbox and test servers are local: a configured proxy must not see them.
    m_nam->setProxy(isLoopbackHost(options.endpoint.host()) ? QNetworkProxy(QNetworkProxy::NoProxy) : QNetworkProxy());
    QTimer::singleShot(0, operation, &CallOperation::start);
    return operation;
}

SubmitResult SchedulerXClient::run(const ApiCall& call, const Credentials& credentials, const ClientOptions& options)
{
    SubmitResult result;
    QEventLoop loop;
    CallOperation* operation = start(call, credentials, options);
    connect(operation, &CallOperation::finished, &loop, [&](const SubmitResult& r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace sx
