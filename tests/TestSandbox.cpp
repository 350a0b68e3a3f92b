#include "RequestBuilder.h"
#include "SandboxServer.h"
#include "Signer.h"
#include "TestSupport.h"
#include "Validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace sx;

namespace {

struct Answer
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0; // 0 when no HTTP answer came
    QByteArray contentType;
    qint64 declaredLength = -1;
    QByteArray body;
    QJsonObject json; // empty unless the body is a JSON object
};

// A job the validator accepts, in the sandbox's sample namespace and group.
Job goodJob()
{
    return test::validSampleJob();
}

SigningContext contextAt(qint64 secondsFromNow)
{
    SigningContext c = SigningContext::fresh();
    c.timestamp = c.timestamp.addSecs(secondsFromNow);
    return c;
}

SignatureVersion versionFromTag(const QString& tag)
{
    return tag == "v2" ? SignatureVersion::V2 : SignatureVersion::V3;
}

void addVersionRows()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("v3") << "v3";
    QTest::newRow("v2") << "v2";
}

// The whole HTTP/1.1 request, as a client would put it on the wire.
QByteArray rawRequest(const SignedRequest& r, const QByteArray& extraHeaders = {})
{
    QByteArray out = r.method + ' ' + r.url.path(QUrl::FullyEncoded).toLatin1();
    if (r.url.hasQuery())
        out += '?' + r.url.query(QUrl::FullyEncoded).toLatin1();
    out += " HTTP/1.1\r\n";
    for (const auto& [name, value] : r.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n" + extraHeaders + "\r\n";
    return out + r.body;
}

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createJobAccepted_data();
    void createJobAccepted();
    void jobIdsIncrease();
    void securityToken_data();
    void securityToken();
    void stsTokenRefused_data();
    void stsTokenRefused();
    void wrongSecretV2EchoesStringToSign();
    void wrongSecretV3EchoesStringToSign();
    void tamperedBodyV3();
    void unknownAccessKey_data();
    void unknownAccessKey();
    void staleTimestamp_data();
    void staleTimestamp();
    void skewWithinWindowAccepted();
    void reusedNonce_data();
    void reusedNonce();
    void incompleteSignature();
    void missingV2Parameter();
    void unknownAction();
    void validationErrorIsBusinessError_data();
    void validationErrorIsBusinessError();
    void businessErrorStatusIsConfigurable();
    void unknownNamespaceOrGroupIsRefused();
    void missingRequiredParameter();
    void invalidParameterType();
    void listNamespaces_data();
    void listNamespaces();
    void listGroups();
    void listGroupsUnknownNamespace();

    void delayFaultKeepsArrivalOrder();
    void throttleFault_data();
    void throttleFault();
    void html502Fault();
    void internalErrorFault();
    void truncatedFault();
    void dropFault();
    void dropFaultThroughQNetworkAccessManager();
    void empty200Fault();
    void faultsApplyInOrder();
    void faultsFromOptions();
    void faultNames();

    void malformedHttp_data();
    void malformedHttp();
    void partialReadsAndPipelining();
    void keepAliveConnectionReused();

private:
    QNetworkReply* start(const SignedRequest& request);
    Answer finish(QNetworkReply* reply);
    Answer send(const ApiCall& call,
                SignatureVersion version,
                const Credentials& credentials,
                const SigningContext& context = SigningContext::fresh());
    Answer send(const ApiCall& call, SignatureVersion version = SignatureVersion::V3);
    SignedRequest sign(const ApiCall& call,
                       SignatureVersion version,
                       const Credentials& credentials,
                       const SigningContext& context = SigningContext::fresh()) const;
    QByteArray rawExchange(const QList<QByteArray>& pieces); // writes, reads until the server closes

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestSandbox::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    QVERIFY(m_server->port() != 0);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy);
}

void TestSandbox::cleanup()
{
    m_nam.reset();
    m_server.reset();
}

SignedRequest TestSandbox::sign(const ApiCall& call,
                                SignatureVersion version,
                                const Credentials& credentials,
                                const SigningContext& context) const
{
    return Signer::sign(call, m_server->url(), credentials, version, context);
}

QNetworkReply* TestSandbox::start(const SignedRequest& r)
{
    QNetworkRequest request(r.url);
    for (const auto& [name, value] : r.headers) {
        if (name != "host") // QNetworkAccessManager writes Host itself, from the URL
            request.setRawHeader(name, value);
    }
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return m_nam->sendCustomRequest(request, r.method, r.body);
}

Answer TestSandbox::finish(QNetworkReply* reply)
{
    Answer a;
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(20000))
            qWarning("no answer");
    }
    a.error = reply->error();
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.contentType = reply->rawHeader("Content-Type");
    if (reply->hasRawHeader("Content-Length"))
        a.declaredLength = reply->rawHeader("Content-Length").toLongLong();
    a.body = reply->readAll();
    a.json = QJsonDocument::fromJson(a.body).object();
    reply->deleteLater();
    return a;
}

Answer TestSandbox::send(const ApiCall& call,
                         SignatureVersion version,
                         const Credentials& credentials,
                         const SigningContext& context)
{
    return finish(start(sign(call, version, credentials, context)));
}

Answer TestSandbox::send(const ApiCall& call, SignatureVersion version)
{
    return send(call, version, m_server->credentials());
}

QByteArray TestSandbox::rawExchange(const QList<QByteArray>& pieces)
{
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    if (!socket.waitForConnected(10000))
        return "connect failed: " + socket.errorString().toUtf8();
    for (const QByteArray& piece : pieces) {
        socket.write(piece);
        socket.flush();
        // Let the server read this piece on its own, so the request really arrives split.
        QTest::qWait(20);
    }
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 20000))
        qWarning("the server kept the connection open");
    received += socket.readAll();
    return received;
}

void TestSandbox::createJobAccepted_data()
{
    addVersionRows();
}

void TestSandbox::createJobAccepted()
{
    QFETCH(QString, version);
    const Job job = goodJob();
    QVERIFY(!hasErrors(Validator::validate(job))); // the fixture itself must be valid

    const Answer a = send(RequestBuilder::createJob(job), versionFromTag(version));
    QCOMPARE(a.error, QNetworkReply::NoError);
    QCOMPARE(a.status, 200);
    QVERIFY(a.contentType.startsWith("application/json"));
    QVERIFY2(a.json.value("Code").isDouble(), a.body.constData()); // a number on success
    QCOMPARE(a.json.value("Code").toInt(), 200);
    QCOMPARE(a.json.value("Success").toBool(), true);
    QCOMPARE(a.json.value("Message").toString(), QString("success"));
    QVERIFY(QRegularExpression("^[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}$")
                .match(a.json.value("RequestId").toString())
                .hasMatch());

    QCOMPARE(m_server->jobs().size(), 1);
    const SandboxJob stored = m_server->jobs().first();
    QCOMPARE(a.json.value("Data").toObject().value("JobId").toInteger(), stored.jobId);
    QCOMPARE(stored.requestId, a.json.value("RequestId").toString());
    QCOMPARE(stored.signatureVersion, versionFromTag(version));
    QCOMPARE(stored.accessKeyId, m_server->credentials().accessKeyId);
    // What arrived is what was sent: the inverse of the request builder.
    QCOMPARE(stored.job.text(Param::Name), QString("每日 报表 job*~"));
    QCOMPARE(stored.job.contacts(), job.contacts());
    QVERIFY(stored.job == job);
}

void TestSandbox::jobIdsIncrease()
{
    QSignalSpy created(m_server.get(), &SandboxServer::jobCreated);
    const Answer first = send(RequestBuilder::createJob(goodJob()), SignatureVersion::V3);
    const Answer second = send(RequestBuilder::createJob(goodJob()), SignatureVersion::V2);
    const qint64 id1 = first.json.value("Data").toObject().value("JobId").toInteger();
    const qint64 id2 = second.json.value("Data").toObject().value("JobId").toInteger();
    QVERIFY(id1 > 0);
    QVERIFY(id2 > id1);
    QCOMPARE(created.size(), 2);
    QCOMPARE(m_server->jobs().size(), 2);
}

void TestSandbox::securityToken_data()
{
    addVersionRows();
}

void TestSandbox::securityToken()
{
    QFETCH(QString, version);
    const Credentials sts {"STS.sandboxKeyForTests", "stsSecretForTests", "CAIS-token/with+odd=chars"};
    m_server->addCredentials(sts);
    const Answer a = send(RequestBuilder::listNamespaces("cn-hangzhou"), versionFromTag(version), sts);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json.value("Success").toBool(), true);
    // The plain pair still works next to it.
    QCOMPARE(send(RequestBuilder::listNamespaces("cn-hangzhou"), versionFromTag(version)).status, 200);
}

void TestSandbox::stsTokenRefused_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("sentToken");
    QTest::addColumn<bool>("stsKey");
    QTest::addColumn<QString>("code");
    QTest::newRow("v3 wrong") << "v3"
                              << "other" << true << "InvalidSecurityToken.MismatchWithAccessKey";
    QTest::newRow("v2 wrong") << "v2"
                              << "other" << true << "InvalidSecurityToken.MismatchWithAccessKey";
    QTest::newRow("v3 missing") << "v3" << QString() << true << "MissingSecurityToken";
    QTest::newRow("v2 missing") << "v2" << QString() << true << "MissingSecurityToken";
    QTest::newRow("v3 token for a plain key") << "v3"
                                              << "stray" << false << "InvalidSecurityToken.MismatchWithAccessKey";
}

void TestSandbox::stsTokenRefused()
{
    QFETCH(QString, version);
    QFETCH(QString, sentToken);
    QFETCH(bool, stsKey);
    QFETCH(QString, code);
    Credentials known = m_server->credentials();
    if (stsKey) {
        known = {"STS.sandboxKeyForTests", "stsSecretForTests", "the-token"};
        m_server->addCredentials(known);
    }
    const Credentials sent {known.accessKeyId, known.accessKeySecret, sentToken};
    const Answer a = send(RequestBuilder::createJob(goodJob()), versionFromTag(version), sent);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.json.value("Code").toString(), code);
    QVERIFY(m_server->jobs().isEmpty());
}

void TestSandbox::wrongSecretV2EchoesStringToSign()
{
    const ApiCall call = RequestBuilder::createJob(goodJob());
    const Credentials wrong {m_server->credentials().accessKeyId, "not-the-secret", {}};
    const SignedRequest r = sign(call, SignatureVersion::V2, wrong);
    const Answer a = finish(start(r));
    QCOMPARE(a.status, 400);
    QVERIFY2(a.json.value("Code").isString(), a.body.constData()); // gateway errors carry a string Code
    QCOMPARE(a.json.value("Code").toString(), QString("SignatureDoesNotMatch"));
    QCOMPARE(a.json.value("HostId").toString(), QString("127.0.0.1"));
    QVERIFY(a.json.value("Recommend").toString().contains("SignatureDoesNotMatch"));
    QVERIFY(!a.json.value("RequestId").toString().isEmpty());

    // The client's own string-to-sign: every URL parameter but Signature, and the form body.
    ParamList params;
    for (const auto& [name, value] : QUrlQuery(r.url).queryItems(QUrl::FullyDecoded)) {
        if (name != "Signature")
            params.append({name, value});
    }
    const QString expected = QString::fromUtf8(Signer::v2StringToSign("POST", params + call.body));
    const QString message = a.json.value("Message").toString();
    const QString marker = "server string to sign is:";
    QVERIFY(message.contains(marker));
    QCOMPARE(message.mid(message.indexOf(marker) + marker.size()), expected);
    QVERIFY(m_server->jobs().isEmpty());
}

void TestSandbox::wrongSecretV3EchoesStringToSign()
{
    const ApiCall call = RequestBuilder::createJob(goodJob());
    const Credentials wrong {m_server->credentials().accessKeyId, "not-the-secret", {}};
    const SignedRequest r = sign(call, SignatureVersion::V3, wrong);
    const Answer a = finish(start(r));
    QCOMPARE(a.status, 400);
    QCOMPARE(a.json.value("Code").toString(), QString("SignatureDoesNotMatch"));

    QList<QPair<QByteArray, QByteArray>> signedHeaders;
    for (const auto& h : r.headers) {
        if (h.first != "authorization")
            signedHeaders.append(h);
    }
    const QByteArray canonical = Signer::v3CanonicalRequest("POST", Signer::canonicalQuery(call.query), signedHeaders,
                                                            Signer::sha256Hex(r.body));
    const QString message = a.json.value("Message").toString();
    QVERIFY2(message.endsWith("server string to sign is:ACS3-HMAC-SHA256\n" +
                              QString::fromLatin1(Signer::sha256Hex(canonical))),
             qPrintable(message));
    QCOMPARE(a.json.value("CanonicalRequest").toString(), QString::fromUtf8(canonical));
}

void TestSandbox::tamperedBodyV3()
{
    SignedRequest r = sign(RequestBuilder::createJob(goodJob()), SignatureVersion::V3, m_server->credentials());
    r.body.replace("HelloJob", "EvilJob0");
    const Answer a = finish(start(r));
    QCOMPARE(a.status, 400);
    QCOMPARE(a.json.value("Code").toString(), QString("SignatureDoesNotMatch"));
    QVERIFY(a.json.value("Message").toString().contains("x-acs-content-sha256"));
    QVERIFY(m_server->jobs().isEmpty());
}

void TestSandbox::unknownAccessKey_data()
{
    addVersionRows();
}

void TestSandbox::unknownAccessKey()
{
    QFETCH(QString, version);
    const Answer a = send(RequestBuilder::createJob(goodJob()), versionFromTag(version),
                          Credentials {"LTAINoSuchKey", m_server->credentials().accessKeySecret, {}});
    QCOMPARE(a.status, 404);
    QCOMPARE(a.json.value("Code").toString(), QString("InvalidAccessKeyId.NotFound"));
    QVERIFY(m_server->jobs().isEmpty());
}

void TestSandbox::staleTimestamp_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("offset");
    QTest::newRow("v3 past") << "v3" << -16 * 60;
    QTest::newRow("v2 past") << "v2" << -16 * 60;
    QTest::newRow("v3 future") << "v3" << 16 * 60;
    QTest::newRow("v2 a day ago") << "v2" << -24 * 3600;
}

void TestSandbox::staleTimestamp()
{
    QFETCH(QString, version);
    QFETCH(int, offset);
    const Answer a =
        send(RequestBuilder::createJob(goodJob()), versionFromTag(version), m_server->credentials(), contextAt(offset));
    QCOMPARE(a.status, 400);
    QCOMPARE(a.json.value("Code").toString(), QString("InvalidTimeStamp.Expired"));
    QVERIFY(a.json.value("Message").toString().contains("server time"));
    QVERIFY(m_server->jobs().isEmpty());
}

void TestSandbox::skewWithinWindowAccepted()
{
    QCOMPARE(
        send(RequestBuilder::createJob(goodJob()), SignatureVersion::V3, m_server->credentials(), contextAt(-10 * 60))
            .status,
        200);
    QCOMPARE(
        send(RequestBuilder::createJob(goodJob()), SignatureVersion::V2, m_server->credentials(), contextAt(10 * 60))
            .status,
        200);
}

void TestSandbox::reusedNonce_data()
{
    addVersionRows();
}

void TestSandbox::reusedNonce()
{
    QFETCH(QString, version);
    const SigningContext context = SigningContext::fresh();
    const ApiCall call = RequestBuilder::createJob(goodJob());
    QCOMPARE(send(call, versionFromTag(version), m_server->credentials(), context).status, 200);
    const Answer again = send(call, versionFromTag(version), m_server->credentials(), context);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json.value("Code").toString(), QString("SignatureNonceUsed"));
    QCOMPARE(m_server->jobs().size(), 1);
}

void TestSandbox::incompleteSignature()
{
    SignedRequest r =
        sign(RequestBuilder::listNamespaces("cn-hangzhou"), SignatureVersion::V3, m_server->credentials());
    for (auto& h : r.headers) {
        if (h.first == "authorization")
            h.second = h.second.left(h.second.indexOf(",Signature="));
    }
    Answer a = finish(start(r));
    QCOMPARE(a.status, 400);
    QCOMPARE(a.json.value("Code").toString(), QString("IncompleteSignature"));

    // Every x-acs-* header must be signed.
    r = sign(RequestBuilder::listNamespaces("cn-hangzhou"), SignatureVersion::V3, m_server->credentials());
    for (auto& h : r.headers) {
        if (h.first == "authorization")
            h.second.replace("x-acs-date;", "");
    }
    a = finish(start(r));
    QCOMPARE(a.json.value("Code").toString(), QString("IncompleteSignature"));
    QVERIFY(a.json.value("Message").toString().contains("x-acs-date"));
}

void TestSandbox::missingV2Parameter()
{
    SignedRequest r =
        sign(RequestBuilder::listNamespaces("cn-hangzhou"), SignatureVersion::V2, m_server->credentials());
    QUrlQuery query(r.url);
    query.removeAllQueryItems("SignatureNonce");
    r.url.setQuery(query);
    const Answer a = finish(start(r));
    QCOMPARE(a.status, 400);
    QCOMPARE(a.json.value("Code").toString(), QString("MissingSignatureNonce"));
}

void TestSandbox::unknownAction()
{
    ApiCall call = RequestBuilder::listNamespaces("cn-hangzhou");
    call.action = "DeleteJob";
    for (auto version : {SignatureVersion::V3, SignatureVersion::V2}) {
        const Answer a = send(call, version);
        QCOMPARE(a.status, 404);
        QCOMPARE(a.json.value("Code").toString(), QString("InvalidApi.NotFound"));
    }
}

void TestSandbox::validationErrorIsBusinessError_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("param");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("v3 java without ClassName") << "v3" << int(Param::ClassName) << QVariant() << "ClassName";
    QTest::newRow("v2 MaxConcurrency 500") << "v2" << int(Param::MaxConcurrency) << QVariant(500) << "MaxConcurrency";
    QTest::newRow("v3 unknown JobType") << "v3" << int(Param::JobType) << QVariant("cobol") << "JobType";
}

void TestSandbox::validationErrorIsBusinessError()
{
    QFETCH(QString, version);
    QFETCH(int, param);
    QFETCH(QVariant, value);
    QFETCH(QString, field);
    Job job = goodJob();
    job.set(Param(param), value);
    QVERIFY(hasErrors(Validator::validate(job)));
    const Answer a = send(RequestBuilder::createJob(job), versionFromTag(version));
    QCOMPARE(a.status, 200); // the documented default; see SandboxOptions::businessErrorStatus
    QVERIFY2(a.json.value("Code").isDouble(), a.body.constData()); // the service's Code is a number
    QCOMPARE(a.json.value("Code").toInt(), 400);
    QCOMPARE(a.json.value("Success").toBool(true), false);
    QVERIFY2(a.json.value("Message").toString().contains(field), a.body.constData());
    QVERIFY(!a.json.value("RequestId").toString().isEmpty());
    QVERIFY(!a.json.contains("Data"));
    QVERIFY(m_server->jobs().isEmpty());
}

void TestSandbox::businessErrorStatusIsConfigurable()
{
    SandboxOptions options;
    options.businessErrorStatus = 400;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen());
    Job job = goodJob();
    job.unset(Param::ClassName);
    const Answer a = send(RequestBuilder::createJob(job));
    QCOMPARE(a.status, 400);
    QCOMPARE(a.json.value("Code").toInt(), 400);
    QCOMPARE(a.json.value("Success").toBool(true), false);
}

void TestSandbox::unknownNamespaceOrGroupIsRefused()
{
    // As the service: a valid job in a namespace or group that does not exist there is a business error.
    Job job = goodJob();
    job.set(Param::Namespace, QStringLiteral("00000000-0000-0000-0000-000000000000"));
    Answer a = send(RequestBuilder::createJob(job));
    QCOMPARE(a.json.value("Success").toBool(true), false);
    QCOMPARE(a.json.value("Code").toInt(), 500);
    QVERIFY2(a.json.value("Message").toString().startsWith("namespace can not find namespace: 00000000-"),
             a.body.constData());

    job = goodJob();
    job.set(Param::GroupId, m_server->groups().last().groupId); // a group of another namespace
    QVERIFY(m_server->groups().last().namespaceUid != job.text(Param::Namespace));
    a = send(RequestBuilder::createJob(job));
    QCOMPARE(a.json.value("Success").toBool(true), false);
    QVERIFY2(a.json.value("Message").toString().startsWith("groupid not exist groupId: "), a.body.constData());
    QVERIFY(m_server->jobs().isEmpty());
}

void TestSandbox::missingRequiredParameter()
{
    Job job = goodJob();
    job.unset(Param::Name);
    const Answer a = send(RequestBuilder::createJob(job));
    QCOMPARE(a.status, 400);
    QCOMPARE(a.json.value("Code").toString(), QString("MissingName"));
    QVERIFY(m_server->jobs().isEmpty());
}

void TestSandbox::invalidParameterType()
{
    ApiCall call = RequestBuilder::createJob(goodJob());
    for (auto& p : call.body) {
        if (p.first == "MaxConcurrency")
            p.second = "lots";
    }
    const Answer a = send(call, SignatureVersion::V2);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.json.value("Code").toString(), QString("InvalidParameter"));
    QVERIFY(a.json.value("Message").toString().contains("MaxConcurrency"));
}

void TestSandbox::listNamespaces_data()
{
    addVersionRows();
}

void TestSandbox::listNamespaces()
{
    QFETCH(QString, version);
    const Answer a = send(RequestBuilder::listNamespaces("cn-hangzhou"), versionFromTag(version));
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json.value("Code").toInt(), 200);
    QCOMPARE(a.json.value("Success").toBool(), true);
    const QJsonArray list = a.json.value("Data").toObject().value("Namespaces").toArray();
    QCOMPARE(list.size(), m_server->namespaces().size());
    QVERIFY(list.size() >= 2);
    const QJsonObject first = list.first().toObject();
    QCOMPARE(first.value("UId").toString(), m_server->namespaces().first().uid);
    QVERIFY(!first.value("Name").toString().isEmpty());
    QVERIFY(first.contains("Description"));

    ApiCall filtered = RequestBuilder::listNamespaces("cn-hangzhou");
    filtered.query.append({QStringLiteral("NamespaceName"), QStringLiteral("staging")});
    const QJsonArray one =
        send(filtered, versionFromTag(version)).json.value("Data").toObject().value("Namespaces").toArray();
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.first().toObject().value("Name").toString(), QString("sandbox-staging"));
}

void TestSandbox::listGroups()
{
    const QString ns = m_server->namespaces().first().uid;
    const Answer a = send(RequestBuilder::listGroups("cn-hangzhou", ns), SignatureVersion::V3);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json.value("Success").toBool(), true);
    const QJsonArray groups = a.json.value("Data").toObject().value("AppGroups").toArray();
    QCOMPARE(groups.size(), 2);
    const QJsonObject g = groups.first().toObject();
    QCOMPARE(g.value("GroupId").toString(), QString("testSchedulerx.defaultGroup"));
    QCOMPARE(g.value("Namespace").toString(), ns);
    QVERIFY(g.value("AppGroupId").isDouble());
    QVERIFY(g.value("AppVersion").isDouble());
    QVERIFY(g.value("EnableLog").isBool());
    for (const char* key : {"AppName", "AppKey", "Description"})
        QVERIFY2(g.value(key).isString(), key);

    const Answer v2 =
        send(RequestBuilder::listGroups("cn-hangzhou", m_server->namespaces().last().uid), SignatureVersion::V2);
    QCOMPARE(v2.json.value("Data").toObject().value("AppGroups").toArray().size(), 1);

    ApiCall noNamespace = RequestBuilder::listGroups("cn-hangzhou", QString());
    noNamespace.query.removeIf([](const auto& p) { return p.first == "Namespace"; });
    const Answer missing = send(noNamespace);
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.json.value("Code").toString(), QString("MissingNamespace"));
}

void TestSandbox::listGroupsUnknownNamespace()
{
    const Answer a = send(RequestBuilder::listGroups("cn-hangzhou", "no-such-namespace"));
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json.value("Success").toBool(true), false);
    QVERIFY(a.json.value("Code").isDouble());
    QVERIFY(a.json.value("Message").toString().contains("no-such-namespace"));
}

void TestSandbox::delayFaultKeepsArrivalOrder()
{
    m_server->injectDelay(500, 1);
    QStringList finished;
    QNetworkReply* slow =
        start(sign(RequestBuilder::listNamespaces("cn-hangzhou"), SignatureVersion::V3, m_server->credentials()));
    connect(slow, &QNetworkReply::finished, this, [&] { finished.append("slow"); });
    // Only once the first request has arrived (and taken the delay) does the second one leave.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, 20000);
    QNetworkReply* fast =
        start(sign(RequestBuilder::listNamespaces("cn-hangzhou"), SignatureVersion::V3, m_server->credentials()));
    connect(fast, &QNetworkReply::finished, this, [&] { finished.append("fast"); });
    const Answer fastAnswer = finish(fast);
    const Answer slowAnswer = finish(slow);
    QCOMPARE(fastAnswer.status, 200);
    QCOMPARE(slowAnswer.status, 200);
    QCOMPARE(finished, QStringList({"fast", "slow"}));
}

void TestSandbox::throttleFault_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("status");
    QTest::newRow("throttle") << int(SandboxFault::Throttle) << 400;
    QTest::newRow("throttle429") << int(SandboxFault::Throttle429) << 429;
}

void TestSandbox::throttleFault()
{
    QFETCH(int, fault);
    QFETCH(int, status);
    m_server->injectFault(SandboxFault(fault), 2);
    QCOMPARE(m_server->pendingFaults(), 2);
    for (int i = 0; i < 2; ++i) {
        const Answer a = send(RequestBuilder::createJob(goodJob()));
        QCOMPARE(a.status, status);
        QCOMPARE(a.json.value("Code").toString(), QString("Throttling.User"));
        QVERIFY(!a.json.value("RequestId").toString().isEmpty());
    }
    QVERIFY(m_server->jobs().isEmpty()); // a throttled request never reaches the service
    QCOMPARE(send(RequestBuilder::createJob(goodJob())).status, 200);
    QCOMPARE(m_server->jobs().size(), 1);
    QCOMPARE(m_server->pendingFaults(), 0);
}

void TestSandbox::html502Fault()
{
    m_server->injectFault(SandboxFault::Html502);
    const Answer a = send(RequestBuilder::createJob(goodJob()));
    QCOMPARE(a.status, 502);
    QVERIFY(a.contentType.startsWith("text/html"));
    QVERIFY(a.body.contains("502 Bad Gateway"));
    QVERIFY(QJsonDocument::fromJson(a.body).isNull());
    QVERIFY(m_server->jobs().isEmpty());
}

void TestSandbox::internalErrorFault()
{
    m_server->injectFault(SandboxFault::InternalError);
    const Answer a = send(RequestBuilder::createJob(goodJob()));
    QCOMPARE(a.status, 500);
    QCOMPARE(a.json.value("Code").toString(), QString("InternalError"));
    QVERIFY(m_server->jobs().isEmpty());
}

void TestSandbox::truncatedFault()
{
    m_server->injectFault(SandboxFault::Truncated);
    const Answer a = send(RequestBuilder::createJob(goodJob()));
    QVERIFY(a.error != QNetworkReply::NoError);
    QVERIFY(a.body.size() < a.declaredLength || a.declaredLength < 0);
    QVERIFY(a.json.isEmpty());
    QCOMPARE(m_server->jobs().size(), 1); // the job exists although the answer was lost
    QCOMPARE(m_server->requestCount(), 1);
}

void TestSandbox::dropFault()
{
    // On the wire: the request is read and carried out, and the connection closes without a byte.
    m_server->injectFault(SandboxFault::Drop);
    const SignedRequest r = sign(RequestBuilder::createJob(goodJob()), SignatureVersion::V3, m_server->credentials());
    QCOMPARE(rawExchange({rawRequest(r)}), QByteArray());
    QCOMPARE(m_server->jobs().size(), 1);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestSandbox::dropFaultThroughQNetworkAccessManager()
{
    QSignalSpy exchanges(m_server.get(), &SandboxServer::exchanged);
    m_server->injectFault(SandboxFault::Drop);
    const Answer a = send(RequestBuilder::createJob(goodJob()));
    QVERIFY(a.error != QNetworkReply::NoError);
    QCOMPARE(m_server->jobs().size(), 1); // never two jobs
    QVERIFY(exchanges.size() >= 1);
    const auto dropped = exchanges.first().first().value<SandboxExchange>();
    QCOMPARE(dropped.fault, QString("drop"));
    QCOMPARE(dropped.httpStatus, 0);
    QCOMPARE(dropped.action, QString("CreateJob"));
    // Qt 6.4 re-sends a POST, unasked, when the connection closes before any answer. The replayed
    // nonce is what stops a second job; the client then sees SignatureNonceUsed for a job that exists.
    if (m_server->requestCount() == 1) {
        QCOMPARE(a.status, 0);
    } else {
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.json.value("Code").toString(), QString("SignatureNonceUsed"));
    }
}

void TestSandbox::empty200Fault()
{
    m_server->injectFault(SandboxFault::Empty200);
    const Answer a = send(RequestBuilder::createJob(goodJob()));
    QCOMPARE(a.error, QNetworkReply::NoError);
    QCOMPARE(a.status, 200);
    QVERIFY(a.body.isEmpty());
    QCOMPARE(m_server->jobs().size(), 1);
}

void TestSandbox::faultsApplyInOrder()
{
    m_server->injectFault(SandboxFault::Throttle);
    m_server->injectFault(SandboxFault::Html502);
    QList<int> statuses;
    for (int i = 0; i < 3; ++i)
        statuses.append(send(RequestBuilder::listNamespaces("cn-hangzhou")).status);
    QCOMPARE(statuses, QList<int>({400, 502, 200}));

    m_server->injectFault(SandboxFault::Throttle, 3);
    m_server->clearFaults();
    QCOMPARE(m_server->pendingFaults(), 0);
    QCOMPARE(send(RequestBuilder::listNamespaces("cn-hangzhou")).status, 200);
}

void TestSandbox::faultsFromOptions()
{
    SandboxOptions options;
    options.credentials = {{"LTAIpinnedForTests", "pinned-secret", {}}};
    options.faults = {{SandboxFault::Throttle429, 1}};
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen());
    QCOMPARE(m_server->credentials().accessKeyId, QString("LTAIpinnedForTests"));
    QCOMPARE(m_server->acceptedCredentials().size(), 1);
    QCOMPARE(send(RequestBuilder::listNamespaces("cn-hangzhou")).status, 429);
    QCOMPARE(send(RequestBuilder::listNamespaces("cn-hangzhou")).status, 200);
}

void TestSandbox::faultNames()
{
    QCOMPARE(sandboxFaultNames().size(), 7);
    for (const QString& name : sandboxFaultNames()) {
        const auto fault = sandboxFaultFromName(name);
        QVERIFY(fault.has_value());
        QCOMPARE(sandboxFaultName(*fault), name);
    }
    QCOMPARE(sandboxFaultFromName("HTML502"), std::optional<SandboxFault>(SandboxFault::Html502));
    QVERIFY(!sandboxFaultFromName("explode").has_value());
    const Credentials random = SandboxServer::randomCredentials();
    QVERIFY(random.accessKeyId.startsWith("LTAI"));
    QVERIFY(random.accessKeySecret.size() >= 30);
    QVERIFY(random.accessKeyId != SandboxServer::randomCredentials().accessKeyId);
}

void TestSandbox::malformedHttp_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("garbage") << QByteArray("GARBAGE\r\n\r\n") << 400;
    QTest::newRow("no host") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << 400;
    QTest::newRow("bad length") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: ten\r\n\r\n") << 400;
    QTest::newRow("too large") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\n") << 413;
    QTest::newRow("http/2") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
    QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                             << 501;
}

void TestSandbox::malformedHttp()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    const QByteArray answer = rawExchange({request});
    QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')), answer.constData());
    QVERIFY(answer.contains("\r\nConnection: close\r\n"));
    const QJsonObject json = QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
    QVERIFY2(!json.value("Code").toString().isEmpty(), answer.constData());
    QVERIFY(!json.value("Message").toString().isEmpty());
    QVERIFY(!json.value("RequestId").toString().isEmpty());
}

void TestSandbox::partialReadsAndPipelining()
{
    const SignedRequest first =
        sign(RequestBuilder::createJob(goodJob()), SignatureVersion::V3, m_server->credentials());
    const SignedRequest second =
        sign(RequestBuilder::listNamespaces("cn-hangzhou"), SignatureVersion::V2, m_server->credentials());
    const QByteArray a = rawRequest(first);
    const QByteArray b = rawRequest(second, "Connection: close\r\n");
    // The first request split inside the request line, a header and the body; the second glued to its tail.
    const QByteArray answer = rawExchange({a.left(5), a.mid(5, 60), a.mid(65, a.size() - 65 - 7), a.right(7) + b});
    QCOMPARE(answer.count("HTTP/1.1 200 OK\r\n"), 2);
    QCOMPARE(answer.count("\"Success\":true"), 2);
    QVERIFY(answer.contains("\"JobId\""));
    QVERIFY(answer.contains("\"Namespaces\""));
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->jobs().size(), 1);
}

void TestSandbox::keepAliveConnectionReused()
{
    const SignedRequest r1 =
        sign(RequestBuilder::listNamespaces("cn-hangzhou"), SignatureVersion::V3, m_server->credentials());
    const SignedRequest r2 =
        sign(RequestBuilder::listNamespaces("cn-hangzhou"), SignatureVersion::V3, m_server->credentials());
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(10000));
    socket.write(rawRequest(r1));
    QTRY_VERIFY_WITH_TIMEOUT(received.contains("\"Namespaces\""), 20000);
    QVERIFY(received.contains("Connection: keep-alive"));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    socket.write(rawRequest(r2));
    QTRY_COMPARE_WITH_TIMEOUT(received.count("HTTP/1.1 200 OK"), 2, 20000);
    QCOMPARE(m_server->requestCount(), 2);
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "TestSandbox.moc"
