#include "ResponseParser.h"
#include "SandboxServer.h"
#include "ServiceDirectory.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace sx;

// The directory against the sandbox over real loopback HTTP, with its cache in a temporary file.
class TestServiceDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void namespacesAreFetchedAndParsed();
    void groupsFollowTheirNamespace();
    void secondRequestIsServedFromTheCache();
    void refreshCallsAgain();
    void diskCacheSurvivesANewInstance();
    void wrongSecretGivesTheSignatureHintAndKeepsTheCache();
    void stsTokenStaysOutOfProblemAndFile();
    void unknownNamespaceIsReported();
    void unreachableServiceIsReported();
    void missingRegionOrTargetSendsNothing();
    void targetSourceErrorIsReported();
    void forgetDropsOneTarget();
    void damagedCacheFileIsIgnored();
    void entriesWithoutIdAreLeftOut();

private:
    ServiceTargetSource source(const Credentials& credentials, int* calls = nullptr) const;
    ServiceTargetSource source() const;
    QString cachePath() const;
    // Fetches (or refreshes) and waits until the call, if any, has ended; the problem when it failed.
    static std::optional<DirectoryProblem>
    fetchNow(ServiceDirectory& directory, const DirectoryKey& key, const ServiceTargetSource& source);
    static std::optional<DirectoryProblem>
    refreshNow(ServiceDirectory& directory, const DirectoryKey& key, const ServiceTargetSource& source);
    static std::optional<DirectoryProblem> wait(ServiceDirectory& directory, const DirectoryKey& key);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

const QString Region = QStringLiteral("cn-hangzhou");
const QString Target = QStringLiteral("sandbox");

DirectoryKey namespacesKey()
{
    return {Target, Region, {}};
}

} // namespace

void TestServiceDirectory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestServiceDirectory::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestServiceDirectory::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

QString TestServiceDirectory::cachePath() const
{
    return m_dir->filePath(QStringLiteral("cache/service-directory.json"));
}

ServiceTargetSource TestServiceDirectory::source(const Credentials& credentials, int* calls) const
{
    const QUrl url = m_server->url();
    return [=](const QString& region, QString*) -> std::optional<ServiceTarget> {
        if (calls)
            ++*calls;
        [&] { QCOMPARE(region, Region); }();
        ServiceTarget target;
        target.credentials = credentials;
        target.options.endpoint = url;
        target.options.totalTimeoutMs = 20'000;
        return target;
    };
}

ServiceTargetSource TestServiceDirectory::source() const
{
    return source(m_server->credentials());
}

std::optional<DirectoryProblem> TestServiceDirectory::wait(ServiceDirectory& directory, const DirectoryKey& key)
{
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!directory.isFetching(key), 20'000); }();
    return directory.problem(key);
}

std::optional<DirectoryProblem>
TestServiceDirectory::fetchNow(ServiceDirectory& directory, const DirectoryKey& key, const ServiceTargetSource& source)
{
    directory.fetch(key, source);
    return wait(directory, key);
}

std::optional<DirectoryProblem> TestServiceDirectory::refreshNow(ServiceDirectory& directory,
                                                                 const DirectoryKey& key,
                                                                 const ServiceTargetSource& source)
{
    directory.refresh(key, source);
    return wait(directory, key);
}

void TestServiceDirectory::namespacesAreFetchedAndParsed()
{
    ServiceDirectory directory(cachePath());
    QVERIFY(!directory.namespaces(Target, Region));
    QSignalSpy listed(&directory, &ServiceDirectory::listed);
    QSignalSpy fetching(&directory, &ServiceDirectory::fetchingChanged);

    QCOMPARE(directory.fetch(namespacesKey(), source()), ServiceDirectory::Fetch::Started);
    QVERIFY(directory.isFetching(namespacesKey()));
    QCOMPARE(directory.fetch(namespacesKey(), source()), ServiceDirectory::Fetch::Running);
    QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, 20'000);
    QCOMPARE(listed.first().first().value<DirectoryKey>(), namespacesKey());
    QVERIFY(!directory.isFetching(namespacesKey()));
    QCOMPARE(fetching.size(), 2);
    QCOMPARE(m_server->requestCount(), 1);

    const auto list = directory.namespaces(Target, Region);
    QVERIFY(list);
    QCOMPARE(list->size(), m_server->namespaces().size());
    for (int i = 0; i < list->size(); ++i) {
        QCOMPARE(list->at(i).uid, m_server->namespaces().at(i).uid);
        QCOMPARE(list->at(i).name, m_server->namespaces().at(i).name);
        QCOMPARE(list->at(i).description, m_server->namespaces().at(i).description);
    }
    QVERIFY(directory.fetchedAt(namespacesKey()).isValid());
    QVERIFY(!directory.problem(namespacesKey()));
    // Another region is another list.
    QVERIFY(!directory.namespaces(Target, QStringLiteral("cn-shanghai")));
    QVERIFY(!directory.namespaces(QStringLiteral("prod"), Region));
}

void TestServiceDirectory::groupsFollowTheirNamespace()
{
    ServiceDirectory directory(cachePath());
    for (const SandboxNamespace& ns : m_server->namespaces()) {
        const DirectoryKey key {Target, Region, ns.uid};
        QVERIFY(!fetchNow(directory, key, source()));
        const auto list = directory.groups(Target, Region, ns.uid);
        QVERIFY(list);
        QList<SandboxGroup> expected;
        for (const SandboxGroup& g : m_server->groups()) {
            if (g.namespaceUid == ns.uid)
                expected.append(g);
        }
        QVERIFY(!expected.isEmpty());
        QCOMPARE(list->size(), expected.size());
        for (int i = 0; i < list->size(); ++i) {
            QCOMPARE(list->at(i).groupId, expected.at(i).groupId);
            QCOMPARE(list->at(i).appName, expected.at(i).appName);
            QCOMPARE(list->at(i).description, expected.at(i).description);
            QCOMPARE(list->at(i).appGroupId, expected.at(i).appGroupId);
            QCOMPARE(list->at(i).appVersion, expected.at(i).appVersion);
            QCOMPARE(list->at(i).namespaceUid, ns.uid);
        }
    }
    QCOMPARE(m_server->requestCount(), m_server->namespaces().size());
    // The groups are not the namespaces' list.
    QVERIFY(!directory.namespaces(Target, Region));
    QVERIFY(!directory.groups(Target, Region, QString()));
}

void TestServiceDirectory::secondRequestIsServedFromTheCache()
{
    ServiceDirectory directory(cachePath());
    int calls = 0;
    const DirectoryKey groups {Target, Region, m_server->namespaces().first().uid};
    QVERIFY(!fetchNow(directory, namespacesKey(), source(m_server->credentials(), &calls)));
    QVERIFY(!fetchNow(directory, groups, source(m_server->credentials(), &calls)));
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(calls, 2);

    QSignalSpy listed(&directory, &ServiceDirectory::listed);
    QCOMPARE(directory.fetch(namespacesKey(), source(m_server->credentials(), &calls)),
             ServiceDirectory::Fetch::Cached);
    QCOMPARE(directory.fetch(groups, source(m_server->credentials(), &calls)), ServiceDirectory::Fetch::Cached);
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(calls, 2); // the target (and so the keychain) was not even asked
    QVERIFY(listed.isEmpty());
}

void TestServiceDirectory::refreshCallsAgain()
{
    ServiceDirectory directory(cachePath());
    QVERIFY(!fetchNow(directory, namespacesKey(), source()));
    const QDateTime first = directory.fetchedAt(namespacesKey());
    QTest::qWait(5);
    QSignalSpy listed(&directory, &ServiceDirectory::listed);
    QCOMPARE(directory.refresh(namespacesKey(), source()), ServiceDirectory::Fetch::Started);
    QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, 20'000);
    QCOMPARE(m_server->requestCount(), 2);
    QVERIFY(directory.fetchedAt(namespacesKey()) > first);
    QCOMPARE(directory.namespaces(Target, Region)->size(), m_server->namespaces().size());
}

void TestServiceDirectory::diskCacheSurvivesANewInstance()
{
    const QString uid = m_server->namespaces().last().uid;
    {
        ServiceDirectory directory(cachePath());
        QVERIFY(!fetchNow(directory, namespacesKey(), source()));
        QVERIFY(!fetchNow(directory, DirectoryKey(Target, Region, uid), source()));
    }
    QVERIFY(QFile::exists(cachePath()));
    QCOMPARE(m_server->requestCount(), 2);

    ServiceDirectory again(cachePath());
    const auto namespaces = again.namespaces(Target, Region);
    QVERIFY(namespaces);
    QCOMPARE(namespaces->size(), m_server->namespaces().size());
    QCOMPARE(namespaces->first().name, m_server->namespaces().first().name);
    QCOMPARE(namespaces->first().description, m_server->namespaces().first().description);
    const auto groups = again.groups(Target, Region, uid);
    QVERIFY(groups);
    QCOMPARE(groups->size(), 1);
    QCOMPARE(groups->first().groupId, QString("staging.defaultGroup"));
    QCOMPARE(groups->first().appName, QString("staging"));
    QCOMPARE(groups->first().appGroupId, 56003);
    QCOMPARE(groups->first().appVersion, 2);
    QVERIFY(again.fetchedAt(namespacesKey()).isValid());

    int calls = 0;
    QCOMPARE(again.fetch(namespacesKey(), source(m_server->credentials(), &calls)), ServiceDirectory::Fetch::Cached);
    QCOMPARE(again.fetch(DirectoryKey(Target, Region, uid), source(m_server->credentials(), &calls)),
             ServiceDirectory::Fetch::Cached);
    QCOMPARE(calls, 0);
    QCOMPARE(m_server->requestCount(), 2);

    // Memory only: nothing is read or written.
    ServiceDirectory memoryOnly(QString {});
    QVERIFY(!memoryOnly.namespaces(Target, Region));
}

void TestServiceDirectory::wrongSecretGivesTheSignatureHintAndKeepsTheCache()
{
    ServiceDirectory directory(cachePath());
    QVERIFY(!fetchNow(directory, namespacesKey(), source()));
    const QByteArray fileBefore = [&] {
        QFile f(cachePath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!fileBefore.isEmpty());
    const auto before = directory.namespaces(Target, Region);

    for (auto version : {SignatureVersion::V3, SignatureVersion::V2}) {
        const Credentials wrong {m_server->credentials().accessKeyId, QStringLiteral("not-the-secret"), {}};
        ServiceTargetSource wrongSource = [&](const QString&, QString*) -> std::optional<ServiceTarget> {
            ServiceTarget target {wrong, {}};
            target.options.endpoint = m_server->url();
            target.options.signature = version;
            return target;
        };
        const auto problem = refreshNow(directory, namespacesKey(), wrongSource);
        QVERIFY(problem);
        QCOMPARE(problem->outcome, Outcome::Refused);
        QCOMPARE(problem->code, QString("SignatureDoesNotMatch"));
        QCOMPARE(problem->hint, ResponseParser::hintFor("SignatureDoesNotMatch", 400));
        QCOMPARE(problem->text(), problem->hint);
        QVERIFY(!problem->message.isEmpty());
        QVERIFY(!problem->message.contains("string to sign"));
        QVERIFY(!problem->requestId.isEmpty());
        QVERIFY(directory.problem(namespacesKey()));
        QCOMPARE(directory.problem(namespacesKey())->code, QString("SignatureDoesNotMatch"));
        QCOMPARE(directory.namespaces(Target, Region), before);
    }
    QFile f(cachePath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), fileBefore);

    // Failing groups of an uncached namespace leave no empty list behind either.
    const Credentials wrong {m_server->credentials().accessKeyId, QStringLiteral("not-the-secret"), {}};
    const DirectoryKey groups {Target, Region, m_server->namespaces().first().uid};
    QVERIFY(fetchNow(directory, groups, source(wrong)));
    QVERIFY(!directory.groups(Target, Region, groups.namespaceUid));

    // A later success clears the problem.
    QVERIFY(!refreshNow(directory, namespacesKey(), source()));
    QVERIFY(!directory.problem(namespacesKey()));
}

void TestServiceDirectory::stsTokenStaysOutOfProblemAndFile()
{
    const Credentials sts {QStringLiteral("STS.NUk8sxAbCdEfGh"), QStringLiteral("sts-secret-0123456789abcdef"),
                           QStringLiteral("CAISzQR1q6Ft5B2yfSjIr5token0123456789")};
    m_server->addCredentials(sts);
    ServiceDirectory directory(cachePath());
    QVERIFY(!fetchNow(directory, namespacesKey(), source(sts)));
    for (const SandboxNamespace& ns : m_server->namespaces())
        QVERIFY(!fetchNow(directory, DirectoryKey(Target, Region, ns.uid), source(sts)));

    // V2 quotes the whole query, token included, in its string-to-sign.
    Credentials wrong = sts;
    wrong.accessKeySecret = QStringLiteral("wrong-secret");
    ServiceTargetSource v2 = [&](const QString&, QString*) -> std::optional<ServiceTarget> {
        ServiceTarget target {wrong, {}};
        target.options.endpoint = m_server->url();
        target.options.signature = SignatureVersion::V2;
        return target;
    };
    const auto problem = refreshNow(directory, namespacesKey(), v2);
    QVERIFY(problem);
    QCOMPARE(problem->code, QString("SignatureDoesNotMatch"));
    for (const QString& text : {problem->message, problem->hint, problem->text()}) {
        QVERIFY(!text.contains(sts.securityToken));
        QVERIFY(!text.contains(sts.accessKeySecret));
    }

    QFile f(cachePath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains(m_server->namespaces().first().uid.toUtf8())); // the lists are there
    QVERIFY(text.contains("billing.reportGroup"));
    for (const QString& secret : {sts.accessKeySecret, sts.securityToken, sts.accessKeyId,
                                  m_server->credentials().accessKeySecret, m_server->url().toString()}) {
        QVERIFY2(!text.contains(secret.toUtf8()), qPrintable(secret));
    }
    QVERIFY(!text.contains("AppKey")); // a worker's key to its group is not kept either
    QVERIFY(!text.contains("sbx0AppKey"));
    QVERIFY(!text.contains("SignatureDoesNotMatch")); // problems live in memory only
}

void TestServiceDirectory::unknownNamespaceIsReported()
{
    ServiceDirectory directory(cachePath());
    const auto problem =
        fetchNow(directory, DirectoryKey(Target, Region, QStringLiteral("no-such-namespace")), source());
    QVERIFY(problem);
    QCOMPARE(problem->outcome, Outcome::Refused);
    QVERIFY2(problem->text().contains("no-such-namespace"), qPrintable(problem->text()));
    QVERIFY(!directory.groups(Target, Region, QStringLiteral("no-such-namespace")));
}

void TestServiceDirectory::unreachableServiceIsReported()
{
    ServiceDirectory directory(cachePath());
    const ServiceTargetSource stopped = source();
    m_server->close();
    const auto problem = fetchNow(directory, namespacesKey(), stopped);
    QVERIFY(problem);
    QCOMPARE(problem->outcome, Outcome::Failed);
    QVERIFY(!problem->message.isEmpty());
    QVERIFY(!problem->hint.isEmpty());
    QCOMPARE(problem->text(), problem->message); // "Connection refused" says more than "check the network"
    QVERIFY(!directory.namespaces(Target, Region));
    QVERIFY(!QFile::exists(cachePath()));
}

void TestServiceDirectory::missingRegionOrTargetSendsNothing()
{
    ServiceDirectory directory(cachePath());
    QSignalSpy failed(&directory, &ServiceDirectory::failed);
    int calls = 0;
    QCOMPARE(directory.fetch(DirectoryKey(Target, QString(), QString()), source(m_server->credentials(), &calls)),
             ServiceDirectory::Fetch::Failed);
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed.first().at(1).value<DirectoryProblem>().text().isEmpty());
    QCOMPARE(directory.fetch(namespacesKey(), ServiceTargetSource()), ServiceDirectory::Fetch::Failed);
    QCOMPARE(failed.size(), 2);
    QVERIFY(!failed.last().at(1).value<DirectoryProblem>().text().isEmpty());
    QCOMPARE(calls, 0);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestServiceDirectory::targetSourceErrorIsReported()
{
    ServiceDirectory directory(cachePath());
    QSignalSpy failed(&directory, &ServiceDirectory::failed);
    const ServiceTargetSource noSecret = [](const QString&, QString* error) -> std::optional<ServiceTarget> {
        *error = QStringLiteral("The keychain holds no secret for profile \"prod\".");
        return std::nullopt;
    };
    QCOMPARE(directory.fetch(namespacesKey(), noSecret), ServiceDirectory::Fetch::Failed);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).value<DirectoryProblem>().text(),
             QString("The keychain holds no secret for profile \"prod\"."));
    QCOMPARE(directory.problem(namespacesKey())->text(), QString("The keychain holds no secret for profile \"prod\"."));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestServiceDirectory::forgetDropsOneTarget()
{
    ServiceDirectory directory(cachePath());
    QVERIFY(!fetchNow(directory, namespacesKey(), source()));
    QVERIFY(!fetchNow(directory, DirectoryKey(QStringLiteral("prod"), Region, QString()), source()));
    QVERIFY(!fetchNow(directory, DirectoryKey(Target, Region, m_server->namespaces().first().uid), source()));
    directory.forget(Target);
    QVERIFY(!directory.namespaces(Target, Region));
    QVERIFY(!directory.groups(Target, Region, m_server->namespaces().first().uid));
    QVERIFY(directory.namespaces(QStringLiteral("prod"), Region));

    ServiceDirectory again(cachePath());
    QVERIFY(!again.namespaces(Target, Region));
    QVERIFY(again.namespaces(QStringLiteral("prod"), Region));

    // An answer that arrives after forget() is dropped.
    QSignalSpy listed(&directory, &ServiceDirectory::listed);
    QCOMPARE(directory.fetch(namespacesKey(), source()), ServiceDirectory::Fetch::Started);
    directory.forget(Target);
    QVERIFY(!directory.isFetching(namespacesKey()));
    QSignalSpy answered(m_server.get(), &SandboxServer::exchanged);
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 20'000);
    QTest::qWait(200); // time for the answer to reach the client, which must drop it
    QVERIFY(listed.isEmpty());
    QVERIFY(!directory.namespaces(Target, Region));
}

void TestServiceDirectory::damagedCacheFileIsIgnored()
{
    QDir().mkpath(QFileInfo(cachePath()).absolutePath());
    for (const QByteArray& junk : {QByteArray("{not json"), QByteArray(R"({"format":99,"lists":[]})"),
                                   QByteArray(R"({"format":1,"lists":[{"target":"sandbox"}]})")}) {
        QFile f(cachePath());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(junk);
        f.close();
        ServiceDirectory directory(cachePath());
        QVERIFY(!directory.namespaces(Target, Region));
        QVERIFY(!fetchNow(directory, namespacesKey(), source()));
        QVERIFY(directory.namespaces(Target, Region));
        ServiceDirectory again(cachePath());
        QVERIFY(again.namespaces(Target, Region));
    }
    QVERIFY(ServiceDirectory::defaultCacheFile().endsWith("/service-directory.json"));
    QVERIFY(ServiceDirectory().cacheFile() == ServiceDirectory::defaultCacheFile());
}

void TestServiceDirectory::entriesWithoutIdAreLeftOut()
{
    // An answer from elsewhere (a proxy, a newer API) with an entry that could not be picked.
    ServiceDirectory directory(cachePath());
    QTcpServer fake;
    QVERIFY(fake.listen(QHostAddress::LocalHost));
    connect(&fake, &QTcpServer::newConnection, &fake, [&] {
        QTcpSocket* socket = fake.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            const QByteArray body = R"({"Code":200,"Success":true,"RequestId":"R","Data":{"Namespaces":[)"
                                    R"({"UId":"u1","Name":"prod"},{"Name":"no uid"}]}})";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
        });
    });
    const ServiceTargetSource fakeSource = [&](const QString&, QString*) -> std::optional<ServiceTarget> {
        ServiceTarget target {m_server->credentials(), {}};
        target.options.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(fake.serverPort()));
        return target;
    };
    QVERIFY(!fetchNow(directory, namespacesKey(), fakeSource));
    const auto list = directory.namespaces(Target, Region);
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().uid, QString("u1"));

    // An answer without the list is a problem, not an empty list.
    const auto problem = fetchNow(directory, DirectoryKey(Target, Region, QStringLiteral("u1")), fakeSource);
    QVERIFY(problem);
    QCOMPARE(problem->outcome, Outcome::Unknown);
    QVERIFY(!problem->text().isEmpty());
    QVERIFY(!directory.groups(Target, Region, QStringLiteral("u1")));
}

QTEST_GUILESS_MAIN(TestServiceDirectory)
#include "TestServiceDirectory.moc"
