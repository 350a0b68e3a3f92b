#include "TargetResolver.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sx;

class TestTargetResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void namedProfileWithSecret();
    void namedProfileWinsOverVariables();
    void variablesWinOverDefaultProfile();
    void defaultProfileWhenNoVariables();
    void stsProfileNeedsToken();
    void partialVariablesAreAnError_data();
    void partialVariablesAreAnError();
    void variablesWithoutRegionLeaveItToTheJob();
    void selectNeverTouchesSecrets();
    void missingProfile();
    void missingSecret();
    void lockedKeychain();
    void unusableProfile();
    void nothingConfigured();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    MemorySecretStore m_secrets;
    void addProfile(const QString& name, const QString& secret, AuthMode mode = AuthMode::AccessKey);
};

static QProcessEnvironment env(std::initializer_list<std::pair<const char*, const char*>> values)
{
    QProcessEnvironment e; // empty: the test's own environment never leaks in
    for (const auto& [k, v] : values)
        e.insert(k, v);
    return e;
}

void TestTargetResolver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath("s.ini"));
    for (const QString& k : m_secrets.keys())
        m_secrets.removeNow(k);
    m_secrets.setBehaviour(MemorySecretStore::Behaviour::Normal);
}

void TestTargetResolver::addProfile(const QString& name, const QString& secret, AuthMode mode)
{
    Profile p;
    p.name = name;
    p.region = "cn-beijing";
    p.accessKeyId = "id-" + name;
    p.mode = mode;
    p.signature = SignatureVersion::V2;
    p.connectTimeoutMs = 111;
    p.totalTimeoutMs = 222;
    QVERIFY(m_profiles->save(p));
    if (!secret.isEmpty())
        QVERIFY(m_secrets.writeNow(SecretStore::accessKeySecretKey(name), secret).ok());
}

void TestTargetResolver::namedProfileWithSecret()
{
    addProfile("work", "work-secret");
    QString error;
    const auto t = resolveTarget("work", env({}), *m_profiles, m_secrets, &error);
    QVERIFY2(t, qPrintable(error));
    QCOMPARE(t->profileName, QString("work"));
    QCOMPARE(t->credentials.accessKeyId, QString("id-work"));
    QCOMPARE(t->credentials.accessKeySecret, QString("work-secret"));
    QVERIFY(t->credentials.securityToken.isEmpty());
    QCOMPARE(t->region, QString("cn-beijing"));
    QCOMPARE(t->endpoint(), QUrl("https://schedulerx.cn-beijing.aliyuncs.com/"));
    QCOMPARE(t->endpoint("cn-qingdao"), QUrl("https://schedulerx.aliyuncs.com/")); // a job in another region
    QCOMPARE(t->signature, SignatureVersion::V2);
    QCOMPARE(t->connectTimeoutMs, std::optional(111));
    QCOMPARE(t->totalTimeoutMs, std::optional(222));
    QVERIFY(t->sourceText().contains("work"));
}

void TestTargetResolver::namedProfileWinsOverVariables()
{
    addProfile("work", "work-secret");
    QString error;
    const auto t = resolveTarget("work",
                                 env({{"ALIBABA_CLOUD_ACCESS_KEY_ID", "env-id"},
                                      {"ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret"},
                                      {"ALIBABA_CLOUD_REGION_ID", "cn-shanghai"}}),
                                 *m_profiles, m_secrets, &error);
    QVERIFY2(t, qPrintable(error));
    QCOMPARE(t->credentials.accessKeyId, QString("id-work"));
    QCOMPARE(t->region, QString("cn-beijing"));
}

void TestTargetResolver::variablesWinOverDefaultProfile()
{
    addProfile("work", "work-secret");
    QString error;
    const auto t = resolveTarget({},
                                 env({{"ALIBABA_CLOUD_ACCESS_KEY_ID", "env-id"},
                                      {"ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret"},
                                      {"ALIBABA_CLOUD_SECURITY_TOKEN", "env-token"},
                                      {"ALIBABA_CLOUD_REGION_ID", "ap-southeast-1"}}),
                                 *m_profiles, m_secrets, &error);
    QVERIFY2(t, qPrintable(error));
    QVERIFY(t->profileName.isEmpty());
    QCOMPARE(t->credentials.accessKeyId, QString("env-id"));
    QCOMPARE(t->credentials.accessKeySecret, QString("env-secret"));
    QCOMPARE(t->credentials.securityToken, QString("env-token"));
    QCOMPARE(t->region, QString("ap-southeast-1"));
    QCOMPARE(t->endpoint(), QUrl("https://schedulerx.aliyuncs.com/"));
    QCOMPARE(t->signature, SignatureVersion::V3);
    QVERIFY(!t->totalTimeoutMs); // the client's defaults
    QVERIFY(t->sourceText().contains("ALIBABA_CLOUD_"));
}

void TestTargetResolver::defaultProfileWhenNoVariables()
{
    addProfile("first", "s1");
    addProfile("second", "s2");
    QVERIFY(m_profiles->setDefaultProfileName("second"));
    QString error;
    // Empty values count as unset, as the SDKs treat them.
    const auto t = resolveTarget({}, env({{"ALIBABA_CLOUD_ACCESS_KEY_ID", ""}}), *m_profiles, m_secrets, &error);
    QVERIFY2(t, qPrintable(error));
    QCOMPARE(t->profileName, QString("second"));
    QCOMPARE(t->credentials.accessKeySecret, QString("s2"));
}

void TestTargetResolver::stsProfileNeedsToken()
{
    addProfile("sts", "sts-secret", AuthMode::Sts);
    QString error;
    QVERIFY(!resolveTarget("sts", env({}), *m_profiles, m_secrets, &error));
    QVERIFY2(error.contains("STS security token"), qPrintable(error));
    QVERIFY(error.contains("profile add sts"));
    QVERIFY(m_secrets.writeNow(SecretStore::securityTokenKey("sts"), "tok").ok());
    const auto t = resolveTarget("sts", env({}), *m_profiles, m_secrets, &error);
    QVERIFY2(t, qPrintable(error));
    QCOMPARE(t->credentials.securityToken, QString("tok"));
}

void TestTargetResolver::partialVariablesAreAnError_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<QString>("missing");
    QTest::newRow("id only") << "ALIBABA_CLOUD_ACCESS_KEY_ID"
                             << "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
    QTest::newRow("secret only") << "ALIBABA_CLOUD_ACCESS_KEY_SECRET"
                                 << "ALIBABA_CLOUD_ACCESS_KEY_ID";
}

void TestTargetResolver::partialVariablesAreAnError()
{
    QFETCH(QString, set);
    QFETCH(QString, missing);
    addProfile("work", "work-secret"); // a default exists, but a half-set environment is a mistake to report
    QProcessEnvironment e;
    e.insert(set, "value");
    e.insert("ALIBABA_CLOUD_REGION_ID", "cn-hangzhou");
    QString error;
    QVERIFY(!resolveTarget({}, e, *m_profiles, m_secrets, &error));
    QVERIFY2(error.startsWith(set + " is set but " + missing + " is not"), qPrintable(error));
    QVERIFY(!error.contains("value"));
}

void TestTargetResolver::variablesWithoutRegionLeaveItToTheJob()
{
    QString error;
    const auto t =
        resolveTarget({}, env({{"ALIBABA_CLOUD_ACCESS_KEY_ID", "i"}, {"ALIBABA_CLOUD_ACCESS_KEY_SECRET", "topsecret"}}),
                      *m_profiles, m_secrets, &error);
    QVERIFY2(t, qPrintable(error));
    QVERIFY(t->region.isEmpty());
    QVERIFY(t->endpoint().isEmpty());
    QCOMPARE(t->endpoint("cn-shenzhen"), QUrl("https://schedulerx.cn-shenzhen.aliyuncs.com/"));
    QVERIFY(!resolveTarget({},
                           env({{"ALIBABA_CLOUD_ACCESS_KEY_ID", "i"},
                                {"ALIBABA_CLOUD_ACCESS_KEY_SECRET", "topsecret"},
                                {"ALIBABA_CLOUD_REGION_ID", "evil.example/"}}),
                           *m_profiles, m_secrets, &error));
    QVERIFY2(error.startsWith("ALIBABA_CLOUD_REGION_ID: "), qPrintable(error));
    QVERIFY(!error.contains("topsecret"));
}

void TestTargetResolver::selectNeverTouchesSecrets()
{
    addProfile("work", "work-secret");
    m_secrets.setBehaviour(MemorySecretStore::Behaviour::NeverAnswer);
    QString error;
    auto t = TargetResolver::select("work", env({}), *m_profiles, &error);
    QVERIFY2(t, qPrintable(error));
    QCOMPARE(t->region, QString("cn-beijing"));
    QVERIFY(t->credentials.accessKeySecret.isEmpty());
    m_secrets.setBehaviour(MemorySecretStore::Behaviour::Normal);
    QVERIFY(TargetResolver::loadSecrets(*t, *m_profiles, m_secrets, &error));
    QCOMPARE(t->credentials.accessKeySecret, QString("work-secret"));
}

void TestTargetResolver::missingProfile()
{
    addProfile("work", "s");
    QString error;
    QVERIFY(!resolveTarget("wrok", env({}), *m_profiles, m_secrets, &error));
    QVERIFY2(error.contains("no profile named \"wrok\""), qPrintable(error));
    QVERIFY(error.contains("profile list"));
}

void TestTargetResolver::missingSecret()
{
    addProfile("bare", {});
    QString error;
    QVERIFY(!resolveTarget("bare", env({}), *m_profiles, m_secrets, &error));
    QVERIFY2(error.contains("No AccessKey secret is stored for profile \"bare\""), qPrintable(error));
}

void TestTargetResolver::lockedKeychain()
{
    addProfile("work", "s");
    m_secrets.setBehaviour(MemorySecretStore::Behaviour::RefuseAsLocked);
    QString error;
    QVERIFY(!resolveTarget("work", env({}), *m_profiles, m_secrets, &error));
    QVERIFY2(error.contains("keychain is locked"), qPrintable(error));
    QVERIFY(error.contains("Unlock"));
}

void TestTargetResolver::unusableProfile()
{
    Profile p;
    p.name = "plain";
    p.region = "cn-hangzhou";
    p.accessKeyId = "id";
    p.endpointKind = EndpointKind::Explicit;
    p.explicitEndpoint = QUrl("http://schedulerx.example.com/");
    QVERIFY(m_profiles->save(p));
    QVERIFY(m_secrets.writeNow(SecretStore::accessKeySecretKey("plain"), "s").ok());
    QString error;
    QVERIFY(!resolveTarget("plain", env({}), *m_profiles, m_secrets, &error));
    QVERIFY2(error.contains("cannot be used"), qPrintable(error));
}

void TestTargetResolver::nothingConfigured()
{
    QString error;
    QVERIFY(!resolveTarget({}, env({}), *m_profiles, m_secrets, &error));
    QVERIFY2(error.contains("profile add"), qPrintable(error));
    QVERIFY(error.contains("ALIBABA_CLOUD_ACCESS_KEY_ID"));
}

QTEST_GUILESS_MAIN(TestTargetResolver)
#include "TestTargetResolver.moc"
