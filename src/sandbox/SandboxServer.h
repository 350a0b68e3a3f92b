#pragma once

#include "ApiCall.h"
#include "Credentials.h"
#include "HttpRequestParser.h"
#include "Job.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <optional>

class QTcpServer;
class QTcpSocket;

namespace sx {

// What the sandbox can do wrong on purpose, one request at a time (SandboxServer::injectFault).
enum class SandboxFault {
    Throttle, // HTTP 400 {"Code":"Throttling.User"}: the status the gateway documents; nothing is created
    Throttle429, // the same refusal with HTTP 429, as some gateways send it
    Html502, // an HTML page with status 502, as a load balancer sends it; nothing is created
    InternalError, // HTTP 500 {"Code":"InternalError"}; nothing is created
    Truncated, // processed (a job IS created), then Content-Length larger than the body sent, then close
    Drop, // processed (a job IS created), then the connection is closed without an answer
    Empty200, // processed (a job IS created), then status 200 with an empty body
};

QString sandboxFaultName(SandboxFault fault); // throttle, throttle429, html502, internal500, truncated, drop, empty200
std::optional<SandboxFault> sandboxFaultFromName(const QString& name);
QStringList sandboxFaultNames();

// One job the sandbox accepted, kept in memory for the life of the server.
struct SandboxJob
{
    qint64 jobId = 0;
    Job job;
    QString requestId;
    QDateTime createdAt; // UTC
    SignatureVersion signatureVersion = SignatureVersion::V3;
    QString accessKeyId;
};

struct SandboxNamespace
{
    QString uid; // what CreateJob's Namespace takes
    QString name;
    QString description;
};

struct SandboxGroup
{
    QString groupId; // what CreateJob's GroupId takes
    QString appName;
    qint64 appGroupId = 0;
    QString appKey;
    int appVersion = 1; // 1 basic, 2 professional
    QString description;
    bool enableLog = false;
    QString namespaceUid;
};

// One request and how it was answered, for logs (the CLI prints these, the GUI will list them).
struct SandboxExchange
{
    QDateTime at; // UTC
    QByteArray method;
    QString action; // empty when the request never got that far
    QString signature; // "v2", "v3" or empty
    int httpStatus = 0; // 0 when no answer was sent (drop)
    QString code; // the answer's Code as text
    QString message;
    qint64 jobId = 0; // CreateJob success
    QString fault; // the injected fault's name, if any
};

struct SandboxOptions
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: any free port
    QList<Credentials> credentials; // empty: one random AccessKey pair
    int delayMs = 0; // before every answer
    QList<QPair<SandboxFault, int>> faults; // queued for the first requests, in order
    int maxClockSkewSeconds = 15 * 60; // the gateway's window for Timestamp / x-acs-date
    int businessErrorStatus = 200; // HTTP status of {"Success":false} answers (the service's is undocumented)
    qsizetype maxBodyBytes = HttpRequestParser::DefaultMaxBodyBytes;
};

// A loopback stand-in for the SchedulerX OpenAPI gateway (schedulerx-api.md §2, §4, §5): verifies V2 and
// V3 signatures against the credentials it holds, refuses stale timestamps and reused nonces, applies the
// validator's rules to CreateJob and answers with the service's success and error shapes. Plain HTTP/1.1
// with keep-alive on a QTcpServer; lives in the thread that creates it.
//
// Answers (schedulerx-api.md §2):
// - success: HTTP 200 {"Code":200,"Success":true,"Message":"success","RequestId","Data":{...}}.
// - validator errors on CreateJob and unknown namespaces on ListGroups: the service's business envelope,
//   {"Code":400|500 (a number),"Success":false,"Message","RequestId"}, with HTTP 200 by default: §2.2 leaves
//   the status undocumented and says to treat Success=false as failure either way (businessErrorStatus).
// - gateway refusals: HTTP 400/404 {"RequestId","HostId","Code" (a string),"Message","Recommend"}:
//   Missing<Param> (V2 parameters, required API parameters), MissingParameter (V3 headers),
//   IncompleteSignature, InvalidSignatureMethod, InvalidSignatureVersion, InvalidTimeStamp.Format,
//   InvalidTimeStamp.Expired (> maxClockSkewSeconds), InvalidAccessKeyId.NotFound (404),
//   MissingSecurityToken, InvalidSecurityToken.MismatchWithAccessKey, SignatureDoesNotMatch (Message ends
//   "server string to sign is:<string>"; V3 adds a CanonicalRequest field), SignatureNonceUsed,
//   InvalidParameter (a value of the wrong type), InvalidVersion, InvalidApi.NotFound (404),
//   UnsupportedHTTPMethod; malformed HTTP gets 400/413/431/501/505 and the connection is closed.
// The nonce is only spent once the signature checks out, so a forged request cannot burn a client's nonce.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject* parent = nullptr);
    explicit SandboxServer(const SandboxOptions& options, QObject* parent = nullptr);
    ~SandboxServer() override;

    bool listen(); // on the options' address and port
    bool isListening() const;
    void close(); // stops listening and drops every connection
    QString errorString() const;
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:PORT/ ; pass it to the client as an explicit endpoint

    // The credentials it accepts. credentials() is the first pair (the random one by default).
    Credentials credentials() const;
    QList<Credentials> acceptedCredentials() const;
    void addCredentials(const Credentials& credentials); // replaces a pair with the same AccessKeyId
    void removeCredentials(const QString& accessKeyId);
    static Credentials randomCredentials(); // "LTAI" + 20 characters, and a 30-character secret

    // Faults. A delay applies to every answer; injected faults apply to the next requests, one each.
    void setDelay(int ms);
    int delay() const;
    void injectDelay(int ms, int count = 1); // only the next `count` requests wait, on top of setDelay
    void injectFault(SandboxFault fault, int count = 1);
    void clearFaults(); // queued delays and faults; setDelay stays
    int pendingFaults() const;

    QList<SandboxJob> jobs() const;
    const QList<SandboxNamespace>& namespaces() const;
    const QList<SandboxGroup>& groups() const;
    int requestCount() const; // well-formed HTTP requests received

Q_SIGNALS:
    void exchanged(const sx::SandboxExchange& exchange);
    void jobCreated(const sx::SandboxJob& job);

private:
    struct Response
    {
        int status = 200;
        QByteArray contentType = "application/json;charset=utf-8";
        QByteArray body;
        QString requestId;
        SandboxExchange exchange;
    };
    struct Auth;
    class Connection;
    friend class Connection;

    void onNewConnection();
    void dispatch(Connection* connection, const HttpRequest& request);
    void answer(Connection* connection, const HttpRequest& request, std::optional<SandboxFault> fault);
    Response handle(const HttpRequest& request);
    std::optional<Response> verifyV2(const HttpRequest& request, const ParamList& params, Auth* auth);
    std::optional<Response> verifyV3(const HttpRequest& request, const ParamList& query, Auth* auth);
    std::optional<Response> checkTimestamp(const HttpRequest& request, const QString& text, const QString& name);
    std::optional<Response> checkToken(const HttpRequest& request, const Credentials& known, const QString& sent);
    std::optional<Response> useNonce(const HttpRequest& request, const QString& accessKeyId, const QString& nonce);
    Response createJob(const HttpRequest& request, const ParamList& params, const Auth& auth);
    Response listNamespaces(const HttpRequest& request, const ParamList& params);
    Response listGroups(const HttpRequest& request, const ParamList& params);
    Response faultResponse(const HttpRequest& request, SandboxFault fault);

    Response gatewayError(const HttpRequest& request, int status, const QString& code, const QString& message);
    Response businessError(int code, const QString& message);
    Response success(const QJsonValue& data);

    SandboxOptions m_options;
    QTcpServer* m_server = nullptr;
    QHash<QString, Credentials> m_credentials;
    QString m_firstAccessKeyId;
    QList<int> m_pendingDelays;
    QList<SandboxFault> m_pendingFaults;
    QHash<QString, QDateTime> m_usedNonces; // "AccessKeyId\nnonce" -> when it was seen
    QList<SandboxJob> m_jobs;
    QList<SandboxNamespace> m_namespaces;
    QList<SandboxGroup> m_groups;
    qint64 m_nextJobId = 10001;
    int m_requestCount = 0;
};

} // namespace sx

Q_DECLARE_METATYPE(sx::SandboxExchange)
Q_DECLARE_METATYPE(sx::SandboxJob)
