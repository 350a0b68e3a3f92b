#include "AliyunConfigImporter.h"

#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sx;

class TestAliyunConfigImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaultPathFollowsHomeAndVariable();
    void parsesTheCliFile();
    void importsAkAndStsIntoSecretStore();
    void listsUnsupportedModesByName();
    void keepsExistingDefault();
    void reimportReplaces();
    void brokenJsonIsClearAndNeverQuotesSecrets();
    void notAConfigFile();
    void missingFile();
    void unavailableKeychainImportsNothing();
    void previewSaysWhatImportWillDo();
    void previewOfMissingOrBrokenFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    QString fixture() const
    {
        return sourcePath("tests/data/aliyun-config.json");
    }
    static QString sourcePath(const QString& p)
    {
        return sx::test::sourcePath(p);
    }
    QString write(const QByteArray& content)
    {
        const QString path = m_dir->filePath("config.json");
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
    }
};

void TestAliyunConfigImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath("s.ini"));
    m_secrets = std::make_unique<MemorySecretStore>();
}

void TestAliyunConfigImporter::defaultPathFollowsHomeAndVariable()
{
    QProcessEnvironment e;
    e.insert("HOME", "/home/op");
    QCOMPARE(AliyunConfigImporter::defaultPath(e), QString("/home/op/.aliyun/config.json"));
    e.insert("ALIBABA_CLOUD_CONFIG_FILE", "/etc/aliyun.json");
    QCOMPARE(AliyunConfigImporter::defaultPath(e), QString("/etc/aliyun.json"));
}

void TestAliyunConfigImporter::parsesTheCliFile()
{
    QString error;
    const auto config = AliyunConfigImporter::parse(sx::test::readSourceFile("tests/data/aliyun-config.json"), &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->current, QString("prod"));
    QCOMPARE(config->profiles.size(), 6);
    const AliyunProfile& prod = config->profiles[1];
    QCOMPARE(prod.accessKeyId, QString("LTAIprodID"));
    QCOMPARE(prod.accessKeySecret, QString("prod-secret-value"));
    QCOMPARE(prod.connectTimeoutS, 7);
    QCOMPARE(config->profiles[2].securityToken, QString("temp-token-value"));
    QCOMPARE(config->profiles[2].endpointType, QString("vpc"));
}

void TestAliyunConfigImporter::importsAkAndStsIntoSecretStore()
{
    QString error;
    const auto report = AliyunConfigImporter::importFile(fixture(), *m_profiles, *m_secrets, &error);
    QVERIFY2(report, qPrintable(error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(report->imported, (QStringList {"prod", "temp", "custom"}));
    QCOMPARE(report->skipped.size(), 1);
    QVERIFY2(report->skipped.first().startsWith("default: "), qPrintable(report->skipped.first()));
    QCOMPARE(report->newDefault, QString("prod")); // the CLI's current profile

    const auto prod = m_profiles->profile("prod");
    QVERIFY(prod);
    QCOMPARE(prod->accessKeyId, QString("LTAIprodID"));
    QCOMPARE(prod->region, QString("cn-hangzhou"));
    QCOMPARE(prod->mode, AuthMode::AccessKey);
    QCOMPARE(prod->connectTimeoutMs, 7000);
    QCOMPARE(prod->totalTimeoutMs, 27000);
    QCOMPARE(m_secrets->readNow("profile:prod:accessKeySecret").value, QString("prod-secret-value"));

    const auto temp = m_profiles->profile("temp");
    QVERIFY(temp);
    QCOMPARE(temp->mode, AuthMode::Sts);
    QCOMPARE(temp->endpoint(), QUrl("https://schedulerx-vpc.ap-southeast-1.aliyuncs.com/"));
    QCOMPARE(m_secrets->readNow("profile:temp:securityToken").value, QString("temp-token-value"));

    QCOMPARE(m_profiles->profile("custom")->endpoint(), QUrl("https://schedulerx.internal.example/"));
    QCOMPARE(m_secrets->keys(),
             (QStringList {"profile:custom:accessKeySecret", "profile:prod:accessKeySecret",
                           "profile:temp:accessKeySecret", "profile:temp:securityToken"}));

    // Nothing secret went into the settings file.
    QFile settings(m_profiles->settingsPath());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray text = settings.readAll();
    QVERIFY(text.contains("LTAIprodID"));
    for (const char* secret : {"prod-secret-value", "temp-secret-value", "temp-token-value", "custom-secret-value"})
        QVERIFY2(!text.contains(secret), secret);
}

void TestAliyunConfigImporter::listsUnsupportedModesByName()
{
    QString error;
    const auto report = AliyunConfigImporter::importFile(fixture(), *m_profiles, *m_secrets, &error);
    QVERIFY(report);
    QCOMPARE(report->unsupported, (QStringList {"role (RamRoleArn)", "ecs (EcsRamRole)"}));
    QVERIFY(!m_profiles->contains("role"));
    QVERIFY(!m_secrets->keys().join(' ').contains("role"));
}

void TestAliyunConfigImporter::keepsExistingDefault()
{
    Profile mine;
    mine.name = "mine";
    mine.region = "cn-hangzhou";
    mine.accessKeyId = "x";
    QVERIFY(m_profiles->save(mine));
    QString error;
    const auto report = AliyunConfigImporter::importFile(fixture(), *m_profiles, *m_secrets, &error);
    QVERIFY(report);
    QVERIFY(report->newDefault.isEmpty());
    QCOMPARE(m_profiles->defaultProfileName(), QString("mine"));
}

void TestAliyunConfigImporter::reimportReplaces()
{
    QString error;
    QVERIFY(AliyunConfigImporter::importFile(fixture(), *m_profiles, *m_secrets, &error));
    const QString path = write(R"({"profiles": [{"name": "prod", "mode": "AK", "access_key_id": "NEWID",
        "access_key_secret": "new-secret", "region_id": "cn-beijing"}]})");
    const auto report = AliyunConfigImporter::importFile(path, *m_profiles, *m_secrets, &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(m_profiles->profile("prod")->accessKeyId, QString("NEWID"));
    QCOMPARE(m_secrets->readNow("profile:prod:accessKeySecret").value, QString("new-secret"));
}

void TestAliyunConfigImporter::brokenJsonIsClearAndNeverQuotesSecrets()
{
    const QString path =
        write("{\"profiles\": [\n {\"name\": \"a\", \"access_key_secret\": \"leaky-secret\" \"x\": 1}]}");
    QString error;
    QVERIFY(!AliyunConfigImporter::importFile(path, *m_profiles, *m_secrets, &error));
    QVERIFY2(error.contains("not valid JSON"), qPrintable(error));
    QVERIFY2(error.contains("line 2"), qPrintable(error));
    QVERIFY(error.contains(path));
    QVERIFY(!error.contains("leaky-secret"));
    QVERIFY(m_profiles->profiles().isEmpty());
}

void TestAliyunConfigImporter::notAConfigFile()
{
    QString error;
    QVERIFY(!AliyunConfigImporter::importFile(write("[1, 2]"), *m_profiles, *m_secrets, &error));
    QVERIFY2(error.contains("\"profiles\""), qPrintable(error));
    QVERIFY(!AliyunConfigImporter::importFile(write(R"({"profiles": [3]})"), *m_profiles, *m_secrets, &error));
    QVERIFY2(error.contains("Profile 1"), qPrintable(error));
}

void TestAliyunConfigImporter::missingFile()
{
    QString error;
    QVERIFY(!AliyunConfigImporter::importFile(m_dir->filePath("nope.json"), *m_profiles, *m_secrets, &error));
    QVERIFY2(error.contains("There is no aliyun CLI configuration"), qPrintable(error));
    QVERIFY(error.contains("import-aliyun PATH"));
}

void TestAliyunConfigImporter::unavailableKeychainImportsNothing()
{
    MemorySecretStore noKeychain(SecretStore::State::Unavailable);
    QString error;
    QVERIFY(!AliyunConfigImporter::importFile(fixture(), *m_profiles, noKeychain, &error));
    QVERIFY2(error.startsWith("Nothing was imported"), qPrintable(error));
    QVERIFY(m_profiles->profiles().isEmpty());
    QVERIFY(noKeychain.keys().isEmpty());
}

void TestAliyunConfigImporter::previewSaysWhatImportWillDo()
{
    Profile mine;
    mine.name = "prod";
    mine.region = "cn-beijing";
    mine.accessKeyId = "MINE";
    QVERIFY(m_profiles->save(mine));
    QVERIFY(m_profiles->remove("prod")); // no profiles, no default: the import would choose one
    QString error;
    auto plan = AliyunConfigImporter::preview(fixture(), *m_profiles, &error);
    QVERIFY2(plan, qPrintable(error));
    using A = AliyunImportPlan::Action;
    QCOMPARE(plan->names(A::Add), (QStringList {"prod", "temp", "custom"}));
    QVERIFY(plan->names(A::Replace).isEmpty());
    QCOMPARE(plan->names(A::Skip), QStringList {"default"});
    QCOMPARE(plan->names(A::Unsupported), (QStringList {"role", "ecs"}));
    QCOMPARE(plan->entries.size(), 6);
    QCOMPARE(plan->entries[3].detail, QString("RamRoleArn"));
    QVERIFY(!plan->entries[0].detail.isEmpty()); // why "default" is skipped
    QCOMPARE(plan->entries[1].detail, QString("cn-hangzhou"));
    QCOMPARE(plan->newDefault, QString("prod"));
    QVERIFY(plan->importsAnything());
    QVERIFY(m_profiles->profiles().isEmpty()); // a preview writes nothing
    QVERIFY(m_secrets->keys().isEmpty());

    // With a profile of ours named like one in the file: that one is replaced, and our default stays.
    QVERIFY(m_profiles->save(mine));
    plan = AliyunConfigImporter::preview(fixture(), *m_profiles, &error);
    QVERIFY(plan);
    QCOMPARE(plan->names(A::Replace), QStringList {"prod"});
    QCOMPARE(plan->names(A::Add), (QStringList {"temp", "custom"}));
    QVERIFY(plan->newDefault.isEmpty());
    QCOMPARE(m_profiles->profile("prod")->accessKeyId, QString("MINE"));

    // The preview agrees with what the import then does.
    const auto report = AliyunConfigImporter::importFile(fixture(), *m_profiles, *m_secrets, &error);
    QVERIFY2(report, qPrintable(error));
    QStringList planned = plan->names(A::Add) + plan->names(A::Replace);
    QStringList imported = report->imported;
    planned.sort();
    imported.sort();
    QCOMPARE(imported, planned);
    QCOMPARE(m_profiles->profile("prod")->accessKeyId, QString("LTAIprodID"));
}

void TestAliyunConfigImporter::previewOfMissingOrBrokenFile()
{
    QString error;
    QVERIFY(!AliyunConfigImporter::preview(m_dir->filePath("nope.json"), *m_profiles, &error));
    QVERIFY2(error.contains("There is no aliyun CLI configuration"), qPrintable(error));
    QVERIFY2(!error.contains("sxstudio-cli"), qPrintable(error)); // the dialog has its own way to pick a file
    error.clear();
    QVERIFY(!AliyunConfigImporter::preview(write("{\"profiles\": 3}"), *m_profiles, &error));
    QVERIFY2(error.contains("\"profiles\""), qPrintable(error));
    const auto empty = AliyunConfigImporter::preview(write(R"({"profiles": []})"), *m_profiles, &error);
    QVERIFY(empty);
    QVERIFY(!empty->importsAnything());
}

QTEST_GUILESS_MAIN(TestAliyunConfigImporter)
#include "TestAliyunConfigImporter.moc"
