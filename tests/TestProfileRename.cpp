// Renaming a profile moves its secrets with it, and a failure leaves the old profile working.
#include "ProfileRename.h"
#include "ProfileStore.h"
#include "SecretStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sx;

class TestProfileRename : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void movesSettingsSecretsAndDefault();
    void refusesBeforeTouchingAnything_data();
    void refusesBeforeTouchingAnything();
    void keychainFailureKeepsTheOldProfile();
    void profileWithoutSecretsRenames();

private:
    RenameResult rename(const QString& from, const QString& to);
    void addProfile(const QString& name, const QString& secret);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    MemorySecretStore m_secrets;
};

void TestProfileRename::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath("profiles.ini"));
    m_secrets.setBehaviour(MemorySecretStore::Behaviour::Normal);
    for (const QString& key : m_secrets.keys())
        QVERIFY(m_secrets.removeNow(key).ok());
}

void TestProfileRename::addProfile(const QString& name, const QString& secret)
{
    Profile p;
    p.name = name;
    p.region = "cn-shanghai";
    p.accessKeyId = "LTAI-" + name;
    QVERIFY(m_profiles->save(p));
    if (!secret.isEmpty())
        QVERIFY(m_secrets.writeNow(SecretStore::accessKeySecretKey(name), secret).ok());
}

RenameResult TestProfileRename::rename(const QString& from, const QString& to)
{
    std::optional<RenameResult> result;
    renameProfile(*m_profiles, m_secrets, from, to, [&result](const RenameResult& r) {
        if (result)
            qFatal("done called twice");
        result = r;
    });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000))
        return {false, "no answer"};
    return *result;
}

void TestProfileRename::movesSettingsSecretsAndDefault()
{
    addProfile("prodd", "secret-1");
    QVERIFY(m_secrets.writeNow(SecretStore::securityTokenKey("prodd"), "token-1").ok());
    addProfile("test", "secret-2");
    QCOMPARE(m_profiles->defaultProfileName(), QString("prodd"));

    const RenameResult r = rename("prodd", "prod");
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(r.message.isEmpty());
    QVERIFY(!m_profiles->contains("prodd"));
    QCOMPARE(m_profiles->profile("prod")->accessKeyId, QString("LTAI-prodd"));
    QCOMPARE(m_profiles->profile("prod")->region, QString("cn-shanghai"));
    QCOMPARE(m_profiles->defaultProfileName(), QString("prod"));
    QCOMPARE(m_secrets.readNow(SecretStore::accessKeySecretKey("prod")).value, QString("secret-1"));
    QCOMPARE(m_secrets.readNow(SecretStore::securityTokenKey("prod")).value, QString("token-1"));
    QCOMPARE(m_secrets.readNow(SecretStore::accessKeySecretKey("prodd")).status, SecretResult::NotFound);
    QCOMPARE(m_secrets.readNow(SecretStore::securityTokenKey("prodd")).status, SecretResult::NotFound);
    QCOMPARE(m_secrets.readNow(SecretStore::accessKeySecretKey("test")).value, QString("secret-2"));
}

void TestProfileRename::refusesBeforeTouchingAnything_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("says");
    QTest::newRow("taken") << "prod"
                           << "test"
                           << "exists already";
    QTest::newRow("missing") << "nope"
                             << "other"
                             << "no profile";
    QTest::newRow("bad name") << "prod"
                              << "a/b"
                              << "not a usable";
}

void TestProfileRename::refusesBeforeTouchingAnything()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, says);
    addProfile("prod", "secret-1");
    addProfile("test", "secret-2");
    const RenameResult r = rename(from, to);
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(says), qPrintable(r.message));
    // Above all, the existing profile's secret was not overwritten.
    QCOMPARE(m_secrets.readNow(SecretStore::accessKeySecretKey("test")).value, QString("secret-2"));
    QCOMPARE(m_secrets.readNow(SecretStore::accessKeySecretKey("prod")).value, QString("secret-1"));
    QVERIFY(m_profiles->contains("prod"));
}

void TestProfileRename::keychainFailureKeepsTheOldProfile()
{
    addProfile("prod", "secret-1");
    m_secrets.setBehaviour(MemorySecretStore::Behaviour::RefuseAsLocked);
    const RenameResult r = rename("prod", "live");
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains("prod"), qPrintable(r.message));
    m_secrets.setBehaviour(MemorySecretStore::Behaviour::Normal);
    QVERIFY(m_profiles->contains("prod"));
    QVERIFY(!m_profiles->contains("live"));
    QCOMPARE(m_secrets.readNow(SecretStore::accessKeySecretKey("prod")).value, QString("secret-1"));
    QCOMPARE(m_secrets.keys().size(), 1);
}

void TestProfileRename::profileWithoutSecretsRenames()
{
    addProfile("empty", QString());
    const RenameResult r = rename("empty", "still-empty");
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(m_profiles->contains("still-empty"));
    QVERIFY(m_secrets.keys().isEmpty());
}

QTEST_GUILESS_MAIN(TestProfileRename)
#include "TestProfileRename.moc"
