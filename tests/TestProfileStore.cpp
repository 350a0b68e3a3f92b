#include "ProfileStore.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sx;

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void savesAndReadsBackEveryField();
    void firstProfileBecomesDefault();
    void removingDefaultPicksAnother();
    void refusesUnsafeNames_data();
    void refusesUnsafeNames();
    void profileProblems();
    void defaultAppSettingsFollowTestMode();
    void reportsUnwritableSettings();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const
    {
        return m_dir->filePath("settings.ini");
    }
};

static Profile sample(const QString& name)
{
    Profile p;
    p.name = name;
    p.region = "cn-shanghai";
    p.accessKeyId = "LTAI-" + name;
    return p;
}

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileStore::savesAndReadsBackEveryField()
{
    Profile p = sample("work");
    p.mode = AuthMode::Sts;
    p.signature = SignatureVersion::V2;
    p.endpointKind = EndpointKind::Explicit;
    p.explicitEndpoint = QUrl("http://127.0.0.1:8080/");
    p.connectTimeoutMs = 1234;
    p.totalTimeoutMs = 5678;
    {
        ProfileStore store(path());
        QVERIFY(store.save(p));
    }
    ProfileStore again(path()); // a fresh object reads the file
    const auto back = again.profile("work");
    QVERIFY(back);
    QCOMPARE(*back, p);
    QCOMPARE(back->endpoint(), QUrl("http://127.0.0.1:8080/"));
    QVERIFY(!again.profile("other"));

    // Replacing drops what the new version does not have.
    p.endpointKind = EndpointKind::Vpc;
    QVERIFY(again.save(p));
    QCOMPARE(again.profile("work")->explicitEndpoint, QUrl());
    QCOMPARE(again.profile("work")->endpoint(), QUrl("https://schedulerx-vpc.cn-shanghai.aliyuncs.com/"));
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("127.0.0.1"));
}

void TestProfileStore::firstProfileBecomesDefault()
{
    ProfileStore store(path());
    QVERIFY(store.defaultProfileName().isEmpty());
    QVERIFY(!store.defaultProfile());
    QVERIFY(store.save(sample("b")));
    QVERIFY(store.save(sample("a")));
    QCOMPARE(store.defaultProfileName(), QString("b"));
    QVERIFY(store.setDefaultProfileName("a"));
    QCOMPARE(store.defaultProfile()->name, QString("a"));
    QVERIFY(!store.setDefaultProfileName("missing"));
    QCOMPARE(store.defaultProfileName(), QString("a"));
    QCOMPARE(store.profiles().size(), 2);
    QCOMPARE(store.profiles().first().name, QString("a")); // sorted
}

void TestProfileStore::removingDefaultPicksAnother()
{
    ProfileStore store(path());
    for (const char* n : {"default", "c", "b"})
        QVERIFY(store.save(sample(n)));
    QCOMPARE(store.defaultProfileName(), QString("default"));
    QVERIFY(store.remove("default"));
    QCOMPARE(store.defaultProfileName(), QString("b"));
    QVERIFY(!store.remove("default"));
    QVERIFY(store.remove("c"));
    QVERIFY(store.remove("b"));
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(store.defaultProfileName().isEmpty());
}

void TestProfileStore::refusesUnsafeNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << "";
    QTest::newRow("slash") << "a/b";
    QTest::newRow("backslash") << "a\\b";
    QTest::newRow("colon") << "a:b"; // would blur the keychain key profile:<name>:...
    QTest::newRow("space") << "a b";
    QTest::newRow("too long") << QString(65, 'x');
}

void TestProfileStore::refusesUnsafeNames()
{
    QFETCH(QString, name);
    ProfileStore store(path());
    QVERIFY(!store.save(sample(name)));
    QVERIFY(!store.lastError().isEmpty());
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(!store.contains(name));
}

void TestProfileStore::profileProblems()
{
    Profile p = sample("ok");
    QVERIFY2(p.problem().isEmpty(), qPrintable(p.problem()));
    p.region = "";
    QVERIFY(p.problem().contains("region"));
    p = sample("ok");
    p.accessKeyId = " ";
    QVERIFY(p.problem().contains("AccessKey ID"));
    p = sample("ok");
    p.endpointKind = EndpointKind::Explicit;
    p.explicitEndpoint = QUrl("http://example.com/");
    QVERIFY(p.problem().contains("http"));
    QVERIFY(p.endpoint().isEmpty());
    p = sample("ok");
    p.totalTimeoutMs = 0;
    QVERIFY(!p.problem().isEmpty());
}

void TestProfileStore::defaultAppSettingsFollowTestMode()
{
    // The application's own settings; test mode moves them away from the real ~/.config.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("sxstudio-test");
    QCoreApplication::setApplicationName("TestProfileStore");
    ProfileStore store;
    QVERIFY2(store.settingsPath().contains(".qttest"), qPrintable(store.settingsPath()));
    QVERIFY(store.save(sample("t")));
    QVERIFY(QFile::exists(store.settingsPath()));
    QVERIFY(QFile::remove(store.settingsPath()));
}

void TestProfileStore::reportsUnwritableSettings()
{
    // A path under a regular file can never be created, even by root.
    QFile blocker(m_dir->filePath("file"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ProfileStore store(m_dir->filePath("file/settings.ini"));
    QVERIFY(!store.save(sample("x")));
    QVERIFY2(store.lastError().contains("Cannot write"), qPrintable(store.lastError()));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "TestProfileStore.moc"
