#include "SandboxServer.h"

#include "JobFromParams.h"
#include "Signer.h"
#include "Validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

namespace sx {

namespace {

constexpr auto kApiVersion = "2019-04-30";

// The gateway's messages are protocol text in English, as the real service sends them; not translated.
constexpr auto kSignatureMismatch =
    "Specified signature is not matched with our calculation. server string to sign is:";

const char* reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 505:
        return "HTTP Version Not Supported";
    }
    return "Unknown";
}

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

// Status line and headers. declaredLength differs from the body's size only for the truncation fault.
QByteArray responseHead(
    int status, const QByteArray& contentType, qsizetype declaredLength, const QString& requestId, bool keepAlive)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Date: " + httpDate() + "\r\n";
    head += "Server: sxstudio-sandbox\r\n";
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(declaredLength) + "\r\n";
    if (!requestId.isEmpty())
        head += "x-acs-request-id: " + requestId.toLatin1() + "\r\n";
    head += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    return head + "\r\n";
}

// application/x-www-form-urlencoded and query strings alike: '+' is a space, then %XX.
ParamList decodeParams(const QByteArray& encoded)
{
    ParamList params;
    for (const QByteArray& pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        params.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                       QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return params;
}

QString paramValue(const ParamList& params, const QString& name, bool* present = nullptr)
{
    for (const auto& [n, v] : params) {
        if (n == name) {
            if (present)
                *present = true;
            return v;
        }
    }
    if (present)
        *present = false;
    return {};
}

bool isFormBody(const HttpRequest& request)
{
    return request.header("content-type").toLower().startsWith("application/x-www-form-urlencoded");
}

// V2's own parameters; everything else in the query and the form is the API's.
bool isV2CommonParam(const QString& name)
{
    static const QStringList names = {"AccessKeyId",     "Action",         "Format",        "Signature",
                                      "SignatureMethod", "SignatureNonce", "SignatureType", "SignatureVersion",
                                      "Timestamp",       "Version",        "SecurityToken"};
    return names.contains(name);
}

QList<SandboxNamespace> sampleNamespaces()
{
    return {
        {"adcfc35d-e2fe-4fe9-bbaa-20e90ffc1234", "sandbox-default", "Default namespace of the local sandbox"},
        {"2b9e4d0a-6c1f-4e8b-9a73-51d2c8f0e7a5", "sandbox-staging", "Staging namespace of the local sandbox"},
    };
}

QList<SandboxGroup> sampleGroups()
{
    return {
        {"testSchedulerx.defaultGroup", "testSchedulerx", 56001, "sbx0AppKey0testSchedulerx0==", 2,
         "Default application group", true, "adcfc35d-e2fe-4fe9-bbaa-20e90ffc1234"},
        {"billing.reportGroup", "billing", 56002, "sbx0AppKey0billing0==", 1, "Billing reports", false,
         "adcfc35d-e2fe-4fe9-bbaa-20e90ffc1234"},
        {"staging.defaultGroup", "staging", 56003, "sbx0AppKey0staging0==", 2, "Staging applications", true,
         "2b9e4d0a-6c1f-4e8b-9a73-51d2c8f0e7a5"},
    };
}

QString randomText(const QString& alphabet, int length)
{
    QString out;
    for (int i = 0; i < length; ++i)
        out += alphabet.at(QRandomGenerator::system()->bounded(alphabet.size()));
    return out;
}

} // namespace

QString sandboxFaultName(SandboxFault fault)
{
    switch (fault) {
    case SandboxFault::Throttle:
        return QStringLiteral("throttle");
    case SandboxFault::Throttle429:
        return QStringLiteral("throttle429");
    case SandboxFault::Html502:
        return QStringLiteral("html502");
    case SandboxFault::InternalError:
        return QStringLiteral("internal500");
    case SandboxFault::Truncated:
        return QStringLiteral("truncated");
    case SandboxFault::Drop:
        return QStringLiteral("drop");
    case SandboxFault::Empty200:
        return QStringLiteral("empty200");
    }
    return {};
}

QStringList sandboxFaultNames()
{
    QStringList names;
    for (auto f : {SandboxFault::Throttle, SandboxFault::Throttle429, SandboxFault::Html502,
                   SandboxFault::InternalError, SandboxFault::Truncated, SandboxFault::Drop, SandboxFault::Empty200})
        names.append(sandboxFaultName(f));
    return names;
}

std::optional<SandboxFault> sandboxFaultFromName(const QString& name)
{
    for (auto f : {SandboxFault::Throttle, SandboxFault::Throttle429, SandboxFault::Html502,
                   SandboxFault::InternalError, SandboxFault::Truncated, SandboxFault::Drop, SandboxFault::Empty200}) {
        if (sandboxFaultName(f).compare(name, Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

struct SandboxServer::Auth
{
    SignatureVersion version = SignatureVersion::V3;
    QString accessKeyId;
    QString action;
    QString apiVersion;
};

// One client connection: buffers bytes, parses requests one after another and answers them in order
// (a delayed answer holds back the next request on the same connection, as HTTP/1.1 requires).
class SandboxServer::Connection : public QObject
{
public:
    Connection(QTcpSocket* socket, SandboxServer* server, qsizetype maxBodyBytes)
        : QObject(socket)
        , m_socket(socket)
        , m_server(server)
        , m_parser(HttpRequestParser::DefaultMaxHeaderBytes, maxBodyBytes)
    {
        connect(socket, &QTcpSocket::readyRead, this, [this] {
            m_parser.feed(m_socket->readAll());
            next();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    void next()
    {
        if (m_busy || m_closing)
            return;
        if (m_parser.state() == HttpRequestParser::State::Error) {
            const int status = m_parser.errorStatus();
            const char* code = status == 413 ? "RequestTooLarge"
                : status == 431              ? "RequestHeaderTooLarge"
                : status == 501              ? "NotImplemented"
                : status == 505              ? "HttpVersionNotSupported"
                                             : "MalformedRequest";
            Response r =
                m_server->gatewayError(HttpRequest(), status, QString::fromLatin1(code), m_parser.errorMessage());
            r.exchange.at = QDateTime::currentDateTimeUtc();
            r.exchange.httpStatus = status;
            send(r, false);
            Q_EMIT m_server->exchanged(r.exchange);
            return;
        }
        if (m_parser.state() != HttpRequestParser::State::Complete)
            return;
        const HttpRequest request = m_parser.takeRequest();
        m_parser.feed({}); // a pipelined request may already be buffered
        m_busy = true;
        m_server->dispatch(this, request);
    }

    void send(const Response& r, bool keepAlive)
    {
        m_socket->write(responseHead(r.status, r.body.isEmpty() && r.status == 200 ? QByteArray() : r.contentType,
                                     r.body.size(), r.requestId, keepAlive) +
                        r.body);
        finish(keepAlive);
    }

    void sendTruncated(const Response& r)
    {
        // Announce the whole body, send half of it, then hang up.
        m_socket->write(responseHead(r.status, r.contentType, r.body.size(), r.requestId, true) +
                        r.body.left(r.body.size() / 2));
        finish(false);
    }

    void drop()
    {
        finish(false);
    }

private:
    void finish(bool keepAlive)
    {
        m_busy = false;
        if (!keepAlive) {
            m_closing = true;
            m_socket->disconnectFromHost(); // after the pending bytes are written
            return;
        }
        next();
    }

    QTcpSocket* m_socket;
    SandboxServer* m_server;
    HttpRequestParser m_parser;
    bool m_busy = false;
    bool m_closing = false;
};

SandboxServer::SandboxServer(QObject* parent)
    : SandboxServer(SandboxOptions(), parent)
{
}

SandboxServer::SandboxServer(const SandboxOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_namespaces(sampleNamespaces())
    , m_groups(sampleGroups())
{
    qRegisterMetaType<sx::SandboxExchange>();
    qRegisterMetaType<sx::SandboxJob>();
    const QList<Credentials> credentials =
        options.credentials.isEmpty() ? QList<Credentials> {randomCredentials()} : options.credentials;
    for (const Credentials& c : credentials)
        addCredentials(c);
    for (const auto& [fault, count] : options.faults)
        injectFault(fault, count);
}

SandboxServer::~SandboxServer()
{
    close();
}

bool SandboxServer::listen()
{
    if (!m_server) {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &SandboxServer::onNewConnection);
    }
    return m_server->isListening() || m_server->listen(m_options.address, m_options.port);
}

bool SandboxServer::isListening() const
{
    return m_server && m_server->isListening();
}

void SandboxServer::close()
{
    if (!m_server)
        return;
    m_server->close();
    // Accepted sockets are children of the QTcpServer; deleting it closes them all.
    delete m_server;
    m_server = nullptr;
}

QString SandboxServer::errorString() const
{
    return m_server ? m_server->errorString() : QString();
}

quint16 SandboxServer::port() const
{
    return isListening() ? m_server->serverPort() : 0;
}

QUrl SandboxServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_options.address.toString());
    url.setPort(port());
    url.setPath(QStringLiteral("/"));
    return url;
}

Credentials SandboxServer::credentials() const
{
    return m_credentials.value(m_firstAccessKeyId);
}

QList<Credentials> SandboxServer::acceptedCredentials() const
{
    return m_credentials.values();
}

void SandboxServer::addCredentials(const Credentials& credentials)
{
    if (m_credentials.isEmpty())
        m_firstAccessKeyId = credentials.accessKeyId;
    m_credentials.insert(credentials.accessKeyId, credentials);
}

void SandboxServer::removeCredentials(const QString& accessKeyId)
{
    m_credentials.remove(accessKeyId);
    if (accessKeyId == m_firstAccessKeyId)
        m_firstAccessKeyId = m_credentials.isEmpty() ? QString() : m_credentials.constBegin().key();
}

Credentials SandboxServer::randomCredentials()
{
    const QString alnum = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    return {QStringLiteral("LTAI") + randomText(alnum, 20), randomText(alnum, 30), {}};
}

void SandboxServer::setDelay(int ms)
{
    m_options.delayMs = qMax(0, ms);
}

int SandboxServer::delay() const
{
    return m_options.delayMs;
}

void SandboxServer::injectDelay(int ms, int count)
{
    for (int i = 0; i < count; ++i)
        m_pendingDelays.append(qMax(0, ms));
}

void SandboxServer::injectFault(SandboxFault fault, int count)
{
    for (int i = 0; i < count; ++i)
        m_pendingFaults.append(fault);
}

void SandboxServer::clearFaults()
{
    m_pendingDelays.clear();
    m_pendingFaults.clear();
}

int SandboxServer::pendingFaults() const
{
    return m_pendingFaults.size();
}

QList<SandboxJob> SandboxServer::jobs() const
{
    return m_jobs;
}

const QList<SandboxNamespace>& SandboxServer::namespaces() const
{
    return m_namespaces;
}

const QList<SandboxGroup>& SandboxServer::groups() const
{
    return m_groups;
}

int SandboxServer::requestCount() const
{
    return m_requestCount;
}

void SandboxServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection())
        new Connection(socket, this, m_options.maxBodyBytes);
}

void SandboxServer::dispatch(Connection* connection, const HttpRequest& request)
{
    ++m_requestCount;
    // Each request takes its share of the injected faults when it arrives, so the order is the arrival order.
    const int delayMs = m_options.delayMs + (m_pendingDelays.isEmpty() ? 0 : m_pendingDelays.takeFirst());
    std::optional<SandboxFault> fault;
    if (!m_pendingFaults.isEmpty())
        fault = m_pendingFaults.takeFirst();
    if (delayMs <= 0) {
        answer(connection, request, fault);
        return;
    }
    // The connection is the context: a client that hangs up meanwhile cancels the answer.
    QTimer::singleShot(delayMs, connection, [this, connection, request, fault] { answer(connection, request, fault); });
}

void SandboxServer::answer(Connection* connection, const HttpRequest& request, std::optional<SandboxFault> fault)
{
    const bool keepAlive = request.keepAlive();
    const bool refusedByFault = fault &&
        (*fault == SandboxFault::Throttle || *fault == SandboxFault::Throttle429 || *fault == SandboxFault::Html502 ||
         *fault == SandboxFault::InternalError);
    Response r = refusedByFault ? faultResponse(request, *fault) : handle(request);
    if (refusedByFault) {
        // Unverified, but the log should still say what was refused.
        r.exchange.action = request.hasHeader("x-acs-action")
            ? QString::fromUtf8(request.header("x-acs-action"))
            : paramValue(decodeParams(request.query), QStringLiteral("Action"));
    }
    r.exchange.at = QDateTime::currentDateTimeUtc();
    r.exchange.method = request.method;
    r.exchange.httpStatus = r.status;
    if (fault)
        r.exchange.fault = sandboxFaultName(*fault);

    if (fault == SandboxFault::Drop) {
        r.exchange.httpStatus = 0;
        connection->drop();
    } else if (fault == SandboxFault::Truncated) {
        connection->sendTruncated(r);
    } else if (fault == SandboxFault::Empty200) {
        r.status = 200;
        r.body.clear();
        r.exchange.httpStatus = 200;
        connection->send(r, keepAlive);
    } else {
        connection->send(r, keepAlive);
    }
    Q_EMIT exchanged(r.exchange);
}

SandboxServer::Response SandboxServer::faultResponse(const HttpRequest& request, SandboxFault fault)
{
    switch (fault) {
    case SandboxFault::Throttle:
        return gatewayError(request, 400, QStringLiteral("Throttling.User"),
                            QStringLiteral("Request was denied due to user flow control."));
    case SandboxFault::Throttle429:
        return gatewayError(request, 429, QStringLiteral("Throttling.User"),
                            QStringLiteral("Request was denied due to user flow control."));
    case SandboxFault::InternalError:
        return gatewayError(request, 500, QStringLiteral("InternalError"),
                            QStringLiteral("The request processing has failed due to some unknown error, exception "
                                           "or failure."));
    case SandboxFault::Html502: {
        Response r;
        r.status = 502;
        r.contentType = "text/html";
        r.body = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad "
                 "Gateway</h1></center>\r\n<hr><center>Tengine</center>\r\n</body>\r\n</html>\r\n";
        r.exchange.code = QStringLiteral("502");
        return r;
    }
    case SandboxFault::Truncated:
    case SandboxFault::Drop:
    case SandboxFault::Empty200:
        break;
    }
    return handle(request);
}

SandboxServer::Response
SandboxServer::gatewayError(const HttpRequest& request, int status, const QString& code, const QString& message)
{
    QString host = QString::fromLatin1(request.header("host"));
    if (host.contains(u':') && !host.startsWith(u'['))
        host = host.left(host.indexOf(u':'));
    Response r;
    r.status = status;
    r.requestId = newRequestId();
    const QJsonObject body {
        {"RequestId", r.requestId},
        {"HostId", host.isEmpty() ? QStringLiteral("schedulerx.sandbox") : host},
        {"Code", code},
        {"Message", message},
        {"Recommend",
         QStringLiteral("https://error-center.aliyun.com/status/search?Keyword=%1&source=PopGw").arg(code)},
    };
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.exchange.code = code;
    r.exchange.message = message;
    return r;
}

SandboxServer::Response SandboxServer::businessError(int code, const QString& message)
{
    Response r;
    r.status = m_options.businessErrorStatus;
    r.requestId = newRequestId();
    const QJsonObject body {{"Code", code}, {"Success", false}, {"Message", message}, {"RequestId", r.requestId}};
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.exchange.code = QString::number(code);
    r.exchange.message = message;
    return r;
}

SandboxServer::Response SandboxServer::success(const QJsonValue& data)
{
    Response r;
    r.requestId = newRequestId();
    const QJsonObject body {{"Code", 200},
                            {"Success", true},
                            {"Message", QStringLiteral("success")},
                            {"RequestId", r.requestId},
                            {"Data", data}};
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.exchange.code = QStringLiteral("200");
    return r;
}

SandboxServer::Response SandboxServer::handle(const HttpRequest& request)
{
    if (request.path != "/")
        return gatewayError(request, 404, QStringLiteral("InvalidApi.NotFound"),
                            QStringLiteral("Specified api is not found, please check your url and method."));
    if (request.method != "POST" && request.method != "GET")
        return gatewayError(request, 400, QStringLiteral("UnsupportedHTTPMethod"),
                            QStringLiteral("Specified http method is not supported."));

    const ParamList query = decodeParams(request.query);
    const ParamList form = isFormBody(request) ? decodeParams(request.body) : ParamList();
    Auth auth;
    // V3 puts everything in headers; a request with neither shape is answered as V2 (MissingAction ...).
    const bool v3 = request.hasHeader("authorization") || request.hasHeader("x-acs-action");
    auth.version = v3 ? SignatureVersion::V3 : SignatureVersion::V2;
    const QString signature = v3 ? QStringLiteral("v3") : QStringLiteral("v2");
    if (auto refusal = v3 ? verifyV3(request, query, &auth) : verifyV2(request, query + form, &auth)) {
        refusal->exchange.signature = signature;
        refusal->exchange.action = auth.action;
        return *refusal;
    }

    ParamList params;
    for (const auto& p : query + form) {
        if (v3 || !isV2CommonParam(p.first))
            params.append(p);
    }

    Response r;
    if (auth.apiVersion != QLatin1String(kApiVersion)) {
        r = gatewayError(request, 400, QStringLiteral("InvalidVersion"),
                         QStringLiteral("Specified parameter Version is not valid."));
    } else if (auth.action == QLatin1String("CreateJob")) {
        r = createJob(request, params, auth);
    } else if (auth.action == QLatin1String("ListNamespaces")) {
        r = listNamespaces(request, params);
    } else if (auth.action == QLatin1String("ListGroups")) {
        r = listGroups(request, params);
    } else {
        r = gatewayError(request, 404, QStringLiteral("InvalidApi.NotFound"),
                         QStringLiteral("Specified api is not found, please check your url and method."));
    }
    r.exchange.signature = signature;
    r.exchange.action = auth.action;
    return r;
}

std::optional<SandboxServer::Response>
SandboxServer::checkTimestamp(const HttpRequest& request, const QString& text, const QString& name)
{
    const QDateTime sent = QDateTime::fromString(text, Qt::ISODate);
    if (!text.endsWith(u'Z') || !sent.isValid())
        return gatewayError(request, 400, QStringLiteral("InvalidTimeStamp.Format"),
                            QStringLiteral("Specified time stamp or date value is not well formatted. %1 must be "
                                           "UTC in ISO 8601, e.g. 2024-01-01T00:00:00Z.")
                                .arg(name));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (qAbs(sent.secsTo(now)) > m_options.maxClockSkewSeconds)
        return gatewayError(request, 400, QStringLiteral("InvalidTimeStamp.Expired"),
                            QStringLiteral("Specified time stamp or date value is expired. %1 is %2, the server "
                                           "time is %3.")
                                .arg(name, text, Signer::timestampText(now)));
    return std::nullopt;
}

std::optional<SandboxServer::Response>
SandboxServer::checkToken(const HttpRequest& request, const Credentials& known, const QString& sent)
{
    if (known.securityToken.isEmpty() && sent.isEmpty())
        return std::nullopt;
    if (sent.isEmpty())
        return gatewayError(request, 400, QStringLiteral("MissingSecurityToken"),
                            QStringLiteral("SecurityToken is mandatory for this action."));
    if (sent != known.securityToken)
        return gatewayError(request, 400, QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey"),
                            QStringLiteral("Specified SecurityToken mismatch with the AccessKey."));
    return std::nullopt;
}

std::optional<SandboxServer::Response>
SandboxServer::useNonce(const HttpRequest& request, const QString& accessKeyId, const QString& nonce)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString key = accessKeyId + u'\n' + nonce;
    if (m_usedNonces.contains(key))
        return gatewayError(request, 400, QStringLiteral("SignatureNonceUsed"),
                            QStringLiteral("Specified signature nonce was used already."));
    if (m_usedNonces.size() > 4096) {
        // Older nonces can go: a replay that old is refused by the timestamp check anyway.
        for (auto it = m_usedNonces.begin(); it != m_usedNonces.end();) {
            if (it.value().secsTo(now) > 2 * m_options.maxClockSkewSeconds)
                it = m_usedNonces.erase(it);
            else
                ++it;
        }
    }
    m_usedNonces.insert(key, now);
    return std::nullopt;
}

std::optional<SandboxServer::Response>
SandboxServer::verifyV2(const HttpRequest& request, const ParamList& params, Auth* auth)
{
    auth->action = paramValue(params, QStringLiteral("Action"));
    auth->apiVersion = paramValue(params, QStringLiteral("Version"));
    for (const char* name : {"Action", "Version", "AccessKeyId", "SignatureMethod", "SignatureVersion",
                             "SignatureNonce", "Timestamp", "Signature"}) {
        bool present = false;
        if (paramValue(params, QLatin1String(name), &present).isEmpty())
            return gatewayError(request, 400, QStringLiteral("Missing%1").arg(QLatin1String(name)),
                                QStringLiteral("%1 is mandatory for this action.").arg(QLatin1String(name)));
    }
    if (paramValue(params, QStringLiteral("SignatureMethod")) != QLatin1String("HMAC-SHA1"))
        return gatewayError(request, 400, QStringLiteral("InvalidSignatureMethod"),
                            QStringLiteral("Specified signature method is not supported; use HMAC-SHA1."));
    if (paramValue(params, QStringLiteral("SignatureVersion")) != QLatin1String("1.0"))
        return gatewayError(request, 400, QStringLiteral("InvalidSignatureVersion"),
                            QStringLiteral("Specified signature version is not supported; use 1.0."));
    if (auto refusal = checkTimestamp(request, paramValue(params, QStringLiteral("Timestamp")), "Timestamp"))
        return refusal;

    auth->accessKeyId = paramValue(params, QStringLiteral("AccessKeyId"));
    const auto known = m_credentials.constFind(auth->accessKeyId);
    if (known == m_credentials.constEnd())
        return gatewayError(request, 404, QStringLiteral("InvalidAccessKeyId.NotFound"),
                            QStringLiteral("Specified access key is not found."));
    if (auto refusal = checkToken(request, *known, paramValue(params, QStringLiteral("SecurityToken"))))
        return refusal;

    ParamList signedParams;
    for (const auto& p : params) {
        if (p.first != QLatin1String("Signature"))
            signedParams.append(p);
    }
    const QByteArray stringToSign = Signer::v2StringToSign(request.method, signedParams);
    const QByteArray expected = Signer::v2Signature(stringToSign, known->accessKeySecret);
    if (paramValue(params, QStringLiteral("Signature")).toLatin1() != expected)
        return gatewayError(request, 400, QStringLiteral("SignatureDoesNotMatch"),
                            QLatin1String(kSignatureMismatch) + QString::fromUtf8(stringToSign));
    return useNonce(request, auth->accessKeyId, paramValue(params, QStringLiteral("SignatureNonce")));
}

std::optional<SandboxServer::Response>
SandboxServer::verifyV3(const HttpRequest& request, const ParamList& query, Auth* auth)
{
    auth->action = QString::fromUtf8(request.header("x-acs-action"));
    auth->apiVersion = QString::fromUtf8(request.header("x-acs-version"));
    auto incomplete = [&](const QString& why) {
        return gatewayError(request, 400, QStringLiteral("IncompleteSignature"),
                            QStringLiteral("The request signature does not conform to Aliyun standards. %1").arg(why));
    };

    const QByteArray authorization = request.header("authorization");
    const QByteArray algorithm = "ACS3-HMAC-SHA256";
    if (authorization.isEmpty())
        return incomplete(QStringLiteral("The Authorization header is missing."));
    if (!authorization.startsWith(QByteArray(algorithm + ' ')))
        return incomplete(QStringLiteral("The Authorization header must start with ACS3-HMAC-SHA256."));
    QHash<QByteArray, QByteArray> parts;
    for (const QByteArray& part : authorization.mid(algorithm.size() + 1).split(',')) {
        const qsizetype eq = part.indexOf('=');
        if (eq > 0)
            parts.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    for (const char* name : {"Credential", "SignedHeaders", "Signature"}) {
        if (parts.value(name).isEmpty())
            return incomplete(QStringLiteral("The Authorization header has no %1.").arg(QLatin1String(name)));
    }

    for (const char* name :
         {"host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256"}) {
        if (request.header(name).isEmpty())
            return gatewayError(request, 400, QStringLiteral("MissingParameter"),
                                QStringLiteral("The header %1 is mandatory for this action.").arg(QLatin1String(name)));
    }

    // The server canonicalises: lower-case, sorted names. Host and every x-acs-* header must be signed.
    QList<QByteArray> names = parts.value("SignedHeaders").toLower().split(';');
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    for (const auto& [name, value] : request.headers) {
        Q_UNUSED(value)
        if ((name == "host" || name.startsWith("x-acs-")) && !names.contains(name))
            return incomplete(QStringLiteral("The header %1 is not in SignedHeaders.").arg(QString::fromLatin1(name)));
    }
    QList<QPair<QByteArray, QByteArray>> signedHeaders;
    for (const QByteArray& name : names) {
        if (!request.hasHeader(name))
            return incomplete(QStringLiteral("The signed header %1 was not received.").arg(QString::fromLatin1(name)));
        signedHeaders.append({name, request.header(name)});
    }

    if (auto refusal = checkTimestamp(request, QString::fromLatin1(request.header("x-acs-date")), "x-acs-date"))
        return refusal;
    auth->accessKeyId = QString::fromUtf8(parts.value("Credential"));
    const auto known = m_credentials.constFind(auth->accessKeyId);
    if (known == m_credentials.constEnd())
        return gatewayError(request, 404, QStringLiteral("InvalidAccessKeyId.NotFound"),
                            QStringLiteral("Specified access key is not found."));
    if (auto refusal = checkToken(request, *known, QString::fromUtf8(request.header("x-acs-security-token"))))
        return refusal;

    // HashedPayload is what the server computes from the bytes it received, not what the client claims.
    const QByteArray payloadHash = Signer::sha256Hex(request.body);
    const QByteArray canonicalRequest =
        Signer::v3CanonicalRequest(request.method, Signer::canonicalQuery(query), signedHeaders, payloadHash);
    const QByteArray stringToSign = "ACS3-HMAC-SHA256\n" + Signer::sha256Hex(canonicalRequest);
    const QByteArray claimedHash = request.header("x-acs-content-sha256");
    const bool bodyMatches = claimedHash == payloadHash;
    if (!bodyMatches || parts.value("Signature") != Signer::v3Signature(canonicalRequest, known->accessKeySecret)) {
        QString message = QLatin1String(kSignatureMismatch) + QString::fromLatin1(stringToSign);
        if (!bodyMatches)
            message = QStringLiteral("The x-acs-content-sha256 header is not the SHA-256 of the received body (%1). ")
                          .arg(QString::fromLatin1(payloadHash)) +
                message;
        Response r = gatewayError(request, 400, QStringLiteral("SignatureDoesNotMatch"), message);
        // A sandbox extension: the canonical request, which is what one needs to find the difference.
        QJsonObject body = QJsonDocument::fromJson(r.body).object();
        body.insert("CanonicalRequest", QString::fromUtf8(canonicalRequest));
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return r;
    }
    return useNonce(request, auth->accessKeyId, QString::fromUtf8(request.header("x-acs-signature-nonce")));
}

SandboxServer::Response SandboxServer::createJob(const HttpRequest& request, const ParamList& params, const Auth& auth)
{
    const JobFromParams::Result parsed = JobFromParams::convert(params);
    if (!parsed.invalid.isEmpty()) {
        QStringList reasons;
        for (const auto& p : parsed.invalid)
            reasons.append(QStringLiteral("%1 %2 (got \"%3\")").arg(p.name, p.reason, p.value));
        return gatewayError(request, 400, QStringLiteral("InvalidParameter"),
                            QStringLiteral("The specified parameter is not valid: %1.").arg(reasons.join("; ")));
    }
    // The gateway checks the API's required parameters before the service sees the call.
    for (const ParameterSpec& spec : Parameters::all()) {
        if (spec.required && !parsed.job.has(spec.param))
            return gatewayError(request, 400, QStringLiteral("Missing%1").arg(QLatin1String(spec.name)),
                                QStringLiteral("%1 is mandatory for this action.").arg(QLatin1String(spec.name)));
    }

    // The service's own checks: the same rules the app applies offline. Warnings do not refuse.
    QStringList errors;
    for (const Problem& p : Validator::validate(parsed.job)) {
        if (p.isError())
            errors.append(
                QStringLiteral("%1: %2").arg(p.path.isEmpty() ? Parameters::name(p.param) : p.path, p.message));
    }
    if (!errors.isEmpty())
        return businessError(400, errors.join(QStringLiteral("; ")));

    // As the service: the namespace and the group must exist (its wording, from the SDKs' examples).
    const QString ns = parsed.job.text(Param::Namespace);
    const QString groupId = parsed.job.text(Param::GroupId);
    const auto hasNamespace = [&](const SandboxNamespace& n) { return n.uid == ns; };
    if (std::none_of(m_namespaces.cbegin(), m_namespaces.cend(), hasNamespace))
        return businessError(500, QStringLiteral("namespace can not find namespace: %1, namespaceSource:null").arg(ns));
    const auto hasGroup = [&](const SandboxGroup& g) { return g.groupId == groupId && g.namespaceUid == ns; };
    if (std::none_of(m_groups.cbegin(), m_groups.cend(), hasGroup))
        return businessError(500, QStringLiteral("groupid not exist groupId: %1 namespace: %2").arg(groupId, ns));

    SandboxJob created;
    created.jobId = m_nextJobId++;
    created.job = parsed.job;
    created.createdAt = QDateTime::currentDateTimeUtc();
    created.signatureVersion = auth.version;
    created.accessKeyId = auth.accessKeyId;
    Response r = success(QJsonObject {{"JobId", created.jobId}});
    created.requestId = r.requestId;
    r.exchange.jobId = created.jobId;
    m_jobs.append(created);
    Q_EMIT jobCreated(created);
    return r;
}

SandboxServer::Response SandboxServer::listNamespaces(const HttpRequest& request, const ParamList& params)
{
    if (paramValue(params, QStringLiteral("RegionId")).isEmpty())
        return gatewayError(request, 400, QStringLiteral("MissingRegionId"),
                            QStringLiteral("RegionId is mandatory for this action."));
    const QString uid = paramValue(params, QStringLiteral("Namespace"));
    const QString name = paramValue(params, QStringLiteral("NamespaceName"));
    QJsonArray list;
    for (const SandboxNamespace& ns : m_namespaces) {
        if ((!uid.isEmpty() && ns.uid != uid) || (!name.isEmpty() && !ns.name.contains(name, Qt::CaseInsensitive)))
            continue;
        list.append(QJsonObject {{"UId", ns.uid}, {"Name", ns.name}, {"Description", ns.description}});
    }
    return success(QJsonObject {{"Namespaces", list}});
}

SandboxServer::Response SandboxServer::listGroups(const HttpRequest& request, const ParamList& params)
{
    for (const char* name : {"RegionId", "Namespace"}) {
        if (paramValue(params, QLatin1String(name)).isEmpty())
            return gatewayError(request, 400, QStringLiteral("Missing%1").arg(QLatin1String(name)),
                                QStringLiteral("%1 is mandatory for this action.").arg(QLatin1String(name)));
    }
    const QString ns = paramValue(params, QStringLiteral("Namespace"));
    const bool known =
        std::any_of(m_namespaces.cbegin(), m_namespaces.cend(), [&](const SandboxNamespace& n) { return n.uid == ns; });
    if (!known)
        return businessError(500, QStringLiteral("namespace can not find namespace: %1, namespaceSource:null").arg(ns));
    const QString appName = paramValue(params, QStringLiteral("AppGroupName"));
    QJsonArray list;
    for (const SandboxGroup& g : m_groups) {
        if (g.namespaceUid != ns || (!appName.isEmpty() && !g.appName.contains(appName, Qt::CaseInsensitive)))
            continue;
        list.append(QJsonObject {{"GroupId", g.groupId},
                                 {"AppName", g.appName},
                                 {"AppGroupId", g.appGroupId},
                                 {"AppKey", g.appKey},
                                 {"AppVersion", g.appVersion},
                                 {"Description", g.description},
                                 {"EnableLog", g.enableLog},
                                 {"Namespace", g.namespaceUid}});
    }
    return success(QJsonObject {{"AppGroups", list}});
}

} // namespace sx
