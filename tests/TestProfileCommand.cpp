#include "Commands.h"
#include "ProfileServices.h"

#include "TestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sx;
using namespace sx::cli;

// "sxstudio-cli profile ..." in-process, over a settings file of its own and an in-memory secret store.
class TestProfileCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void isRegistered();
    void addReadsSecretFromStdinWithoutLineEnding();
    void addStsReadsTokenAsSecondLine();
    void addWithoutSecretSavesNothing();
    void addNeedsRegionAndKeyId();
    void addRefusesBadEndpoints();
    void addUpdatesAndKeepsOmittedOptions();
    void addWithoutKeychainSavesNothing();
    void defaultOption();
    void listJsonNeverHasSecrets();
    void listTextMarksDefault();
    void removeDeletesSecrets();
    void removeMissingProfile();
    void removeWithLockedKeychainKeepsProfile();
    void renameMovesSecrets();
    void importAliyunDefaultPath();
    void importAliyunBrokenJson();
    void unknownSubcommand();

private:
    int run(const QStringList& args, const QByteArray& stdinText = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    ProfileServices::Override m_services;
    QString m_out;
    QString m_err;
    std::unique_ptr<QBuffer> m_in;
};

void TestProfileCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath("settings.ini"));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_services = {m_profiles.get(), m_secrets.get(), {}};
    m_services.environment.insert("HOME", m_dir->path());
    ProfileServices::setOverride(&m_services);
}

void TestProfileCommand::cleanup()
{
    ProfileServices::setOverride(nullptr);
}

int TestProfileCommand::run(const QStringList& args, const QByteArray& stdinText)
{
    m_out.clear();
    m_err.clear();
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    m_in = std::make_unique<QBuffer>();
    m_in->setData(stdinText);
    m_in->open(QIODevice::ReadOnly);
    CliIo io {out, err, m_in.get(), false};
    const int status = runCli(QStringList {"sxstudio-cli", "profile"} + args, io);
    out.flush();
    err.flush();
    return status;
}

void TestProfileCommand::isRegistered()
{
    bool found = false;
    for (const Command& c : commands())
        found = found || QLatin1String(c.name) == "profile";
    QVERIFY(found);
    QCOMPARE(run({"--help"}), int(ExitOk));
    QVERIFY(m_out.contains("profile import-aliyun [PATH]"));
}

void TestProfileCommand::addReadsSecretFromStdinWithoutLineEnding()
{
    QCOMPARE(run({"add", "work", "--region", "cn-hangzhou", "--access-key-id", "LTAIwork"}, "s3cr3t-value\r\n"),
             int(ExitOk));
    QVERIFY2(m_out.contains("Saved profile \"work\""), qPrintable(m_out));
    QVERIFY(m_out.contains("default profile")); // the first one
    QCOMPARE(m_secrets->readNow("profile:work:accessKeySecret").value, QString("s3cr3t-value"));
    QCOMPARE(m_secrets->keys(), QStringList {"profile:work:accessKeySecret"});
    const auto p = m_profiles->profile("work");
    QVERIFY(p);
    QCOMPARE(p->accessKeyId, QString("LTAIwork"));
    QCOMPARE(p->mode, AuthMode::AccessKey);
    QCOMPARE(p->signature, SignatureVersion::V3);
    QCOMPARE(p->endpoint(), QUrl("https://schedulerx.cn-hangzhou.aliyuncs.com/"));
    QVERIFY(!QString(m_out + m_err).contains("s3cr3t"));
}

void TestProfileCommand::addStsReadsTokenAsSecondLine()
{
    QCOMPARE(run({"add", "tmp", "--region", "cn-beijing", "--access-key-id", "STS.x", "--sts", "--signature", "v2",
                  "--vpc", "--connect-timeout", "2.5", "--timeout", "40"},
                 "the-secret\nthe-token\n"),
             int(ExitOk));
    QCOMPARE(m_secrets->readNow("profile:tmp:accessKeySecret").value, QString("the-secret"));
    QCOMPARE(m_secrets->readNow("profile:tmp:securityToken").value, QString("the-token"));
    const auto p = m_profiles->profile("tmp");
    QCOMPARE(p->mode, AuthMode::Sts);
    QCOMPARE(p->signature, SignatureVersion::V2);
    QCOMPARE(p->endpointKind, EndpointKind::Vpc);
    QCOMPARE(p->connectTimeoutMs, 2500);
    QCOMPARE(p->totalTimeoutMs, 40000);

    // The token line missing: nothing changes.
    QCOMPARE(run({"add", "tmp2", "--region", "cn-beijing", "--access-key-id", "STS.y", "--sts"}, "only-secret\n"),
             int(ExitInvalid));
    QVERIFY2(m_err.contains("No STS security token"), qPrintable(m_err));
    QVERIFY(!m_profiles->contains("tmp2"));
    QVERIFY(!m_secrets->keys().join(' ').contains("tmp2"));
}

void TestProfileCommand::addWithoutSecretSavesNothing()
{
    for (const QByteArray& input : {QByteArray(), QByteArray("\n"), QByteArray("\r\n")}) {
        QCOMPARE(run({"add", "work", "--region", "cn-hangzhou", "--access-key-id", "LTAIwork"}, input),
                 int(ExitInvalid));
        QVERIFY2(m_err.contains("No AccessKey secret was given"), qPrintable(m_err));
        QVERIFY(m_err.contains("Nothing was saved"));
        QVERIFY(m_profiles->profiles().isEmpty());
        QVERIFY(m_secrets->keys().isEmpty());
    }
}

void TestProfileCommand::addNeedsRegionAndKeyId()
{
    QCOMPARE(run({"add", "work", "--access-key-id", "LTAIwork"}, "s\n"), int(ExitInvalid));
    QVERIFY2(m_err.contains("--region"), qPrintable(m_err));
    QCOMPARE(run({"add", "work", "--region", "cn-hangzhou"}, "s\n"), int(ExitInvalid));
    QVERIFY2(m_err.contains("--access-key-id"), qPrintable(m_err));
    QCOMPARE(run({"add", "bad/name", "--region", "cn-hangzhou", "--access-key-id", "x"}, "s\n"), int(ExitInvalid));
    QCOMPARE(run({"add", "work", "--region", "Hangzhou!", "--access-key-id", "x"}, "s\n"), int(ExitInvalid));
    QVERIFY2(m_err.contains("not a region id"), qPrintable(m_err));
    QCOMPARE(run({"add"}), int(ExitUsage));
    QCOMPARE(run({"add", "a", "b"}), int(ExitUsage));
    QCOMPARE(run({"add", "w", "--bogus"}), int(ExitUsage));
    QCOMPARE(run({"add", "w", "--region", "cn-hangzhou", "--access-key-id", "x", "--signature", "v4"}, "s\n"),
             int(ExitUsage));
    QVERIFY(m_profiles->profiles().isEmpty());
    QVERIFY(m_secrets->keys().isEmpty());
}

void TestProfileCommand::addRefusesBadEndpoints()
{
    const QStringList base {"add", "w", "--region", "cn-hangzhou", "--access-key-id", "x"};
    QCOMPARE(run(base + QStringList {"--endpoint", "http://schedulerx.example.com/"}, "s\n"), int(ExitInvalid));
    QVERIFY2(m_err.contains("https"), qPrintable(m_err));
    QCOMPARE(run(base + QStringList {"--endpoint", "https://a.example/", "--vpc"}, "s\n"), int(ExitUsage));
    QVERIFY(m_profiles->profiles().isEmpty());
    QCOMPARE(run(base + QStringList {"--endpoint", "http://127.0.0.1:8080"}, "s\n"), int(ExitOk));
    QCOMPARE(m_profiles->profile("w")->endpoint(), QUrl("http://127.0.0.1:8080/"));
}

void TestProfileCommand::addUpdatesAndKeepsOmittedOptions()
{
    QCOMPARE(
        run({"add", "w", "--region", "cn-shanghai", "--access-key-id", "old", "--vpc", "--signature", "v2"}, "first\n"),
        int(ExitOk));
    QCOMPARE(run({"add", "w", "--access-key-id", "new"}, "second\n"), int(ExitOk));
    const auto p = m_profiles->profile("w");
    QCOMPARE(p->accessKeyId, QString("new"));
    QCOMPARE(p->region, QString("cn-shanghai"));
    QCOMPARE(p->endpointKind, EndpointKind::Vpc);
    QCOMPARE(p->signature, SignatureVersion::V2);
    QCOMPARE(m_secrets->readNow("profile:w:accessKeySecret").value, QString("second"));
    QCOMPARE(run({"add", "w", "--regional"}, "third\n"), int(ExitOk));
    QCOMPARE(m_profiles->profile("w")->endpointKind, EndpointKind::Regional);
}

void TestProfileCommand::addWithoutKeychainSavesNothing()
{
    for (const auto state : {SecretStore::State::Unavailable, SecretStore::State::Locked}) {
        m_secrets->setState(state);
        QCOMPARE(run({"add", "w", "--region", "cn-hangzhou", "--access-key-id", "x"}, "never-read\n"),
                 int(ExitInvalid));
        QVERIFY2(m_err.contains("in memory for this run only"), qPrintable(m_err));
        QVERIFY(m_err.contains("Nothing was changed"));
        QVERIFY(m_profiles->profiles().isEmpty());
        QVERIFY(m_secrets->keys().isEmpty());
        QCOMPARE(m_in->pos(), 0); // the secret was not even asked for
    }
}

void TestProfileCommand::defaultOption()
{
    QCOMPARE(run({"add", "a", "--region", "cn-hangzhou", "--access-key-id", "x"}, "s\n"), int(ExitOk));
    QCOMPARE(run({"add", "b", "--region", "cn-hangzhou", "--access-key-id", "y"}, "s\n"), int(ExitOk));
    QCOMPARE(m_profiles->defaultProfileName(), QString("a"));
    QVERIFY(!m_out.contains("default"));
    QCOMPARE(run({"add", "b", "--default"}, "s\n"), int(ExitOk));
    QCOMPARE(m_profiles->defaultProfileName(), QString("b"));
    QVERIFY(m_out.contains("\"b\" is the default profile"));
}

void TestProfileCommand::listJsonNeverHasSecrets()
{
    QCOMPARE(run({"list", "--json"}), int(ExitOk));
    QCOMPARE(QJsonDocument::fromJson(m_out.toUtf8()).array().size(), 0);
    QCOMPARE(run({"add", "a", "--region", "cn-hangzhou", "--access-key-id", "LTAIa"}, "secret-of-a\n"), int(ExitOk));
    QCOMPARE(run({"add", "b", "--region", "ap-southeast-1", "--access-key-id", "LTAIb", "--sts", "--endpoint",
                  "https://sx.example.com/x"},
                 "secret-of-b\ntoken-of-b\n"),
             int(ExitOk));
    QCOMPARE(run({"list", "--json"}), int(ExitOk));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), 2);
    const QJsonObject a = array[0].toObject();
    QCOMPARE(a.value("name").toString(), QString("a"));
    QCOMPARE(a.value("region").toString(), QString("cn-hangzhou"));
    QCOMPARE(a.value("accessKeyId").toString(), QString("LTAIa"));
    QCOMPARE(a.value("mode").toString(), QString("AccessKey"));
    QCOMPARE(a.value("signature").toString(), QString("v3"));
    QCOMPARE(a.value("endpoint").toString(), QString("https://schedulerx.cn-hangzhou.aliyuncs.com/"));
    QCOMPARE(a.value("default").toBool(), true);
    const QJsonObject b = array[1].toObject();
    QCOMPARE(b.value("mode").toString(), QString("StsToken"));
    QCOMPARE(b.value("endpoint").toString(), QString("https://sx.example.com/x"));
    QCOMPARE(b.value("default").toBool(), false);
    for (const char* secret : {"secret-of-a", "secret-of-b", "token-of-b"})
        QVERIFY(!QString(m_out + m_err).contains(secret));
}

void TestProfileCommand::listTextMarksDefault()
{
    QCOMPARE(run({"list"}), int(ExitOk));
    QVERIFY(m_out.contains("No profiles"));
    QCOMPARE(run({"add", "a", "--region", "cn-hangzhou", "--access-key-id", "LTAIa"}, "sa\n"), int(ExitOk));
    QCOMPARE(run({"add", "b", "--region", "cn-hangzhou", "--access-key-id", "LTAIb"}, "sb\n"), int(ExitOk));
    QCOMPARE(run({"list"}), int(ExitOk));
    QVERIFY2(m_out.startsWith("* a  cn-hangzhou  LTAIa  AccessKey  v3  https://"), qPrintable(m_out));
    QVERIFY(m_out.contains("\n  b  "));
    QCOMPARE(run({"list", "extra"}), int(ExitUsage));
}

void TestProfileCommand::removeDeletesSecrets()
{
    QCOMPARE(run({"add", "a", "--region", "cn-hangzhou", "--access-key-id", "x", "--sts"}, "s\nt\n"), int(ExitOk));
    QCOMPARE(run({"add", "b", "--region", "cn-hangzhou", "--access-key-id", "y"}, "s\n"), int(ExitOk));
    QCOMPARE(m_secrets->keys().size(), 3);
    QCOMPARE(run({"remove", "a"}), int(ExitOk));
    QVERIFY(m_out.contains("Removed profile \"a\""));
    QVERIFY(m_out.contains("\"b\" is now the default profile"));
    QCOMPARE(m_secrets->keys(), QStringList {"profile:b:accessKeySecret"});
    QVERIFY(!m_profiles->contains("a"));
}

void TestProfileCommand::removeMissingProfile()
{
    QCOMPARE(run({"remove", "ghost"}), int(ExitInvalid));
    QVERIFY2(m_err.contains("no profile named \"ghost\""), qPrintable(m_err));
    QCOMPARE(run({"remove"}), int(ExitUsage));
}

void TestProfileCommand::removeWithLockedKeychainKeepsProfile()
{
    QCOMPARE(run({"add", "a", "--region", "cn-hangzhou", "--access-key-id", "x"}, "s\n"), int(ExitOk));
    m_secrets->setBehaviour(MemorySecretStore::Behaviour::RefuseAsLocked);
    QCOMPARE(run({"remove", "a"}), int(ExitInvalid));
    QVERIFY2(m_err.contains("keychain is locked"), qPrintable(m_err));
    QVERIFY(m_profiles->contains("a"));
}

void TestProfileCommand::renameMovesSecrets()
{
    QCOMPARE(run({"add", "prodd", "--region", "cn-hangzhou", "--access-key-id", "x", "--sts"}, "s\nt\n"), int(ExitOk));
    QCOMPARE(run({"add", "b", "--region", "cn-hangzhou", "--access-key-id", "y"}, "s2\n"), int(ExitOk));
    QCOMPARE(run({"rename", "prodd", "prod"}), int(ExitOk));
    QVERIFY2(m_out.contains("Renamed profile \"prodd\" to \"prod\"."), qPrintable(m_out));
    QStringList keys = m_secrets->keys();
    keys.sort();
    QCOMPARE(keys,
             (QStringList {"profile:b:accessKeySecret", "profile:prod:accessKeySecret", "profile:prod:securityToken"}));
    QCOMPARE(m_profiles->defaultProfileName(), QString("prod"));
    QCOMPARE(run({"rename", "prod", "b"}), int(ExitInvalid));
    QVERIFY2(m_err.contains("exists already"), qPrintable(m_err));
    QCOMPARE(m_secrets->readNow("profile:b:accessKeySecret").value, QString("s2"));
    QCOMPARE(run({"rename", "ghost", "x"}), int(ExitInvalid));
    QCOMPARE(run({"rename", "prod"}), int(ExitUsage));
}

void TestProfileCommand::importAliyunDefaultPath()
{
    QCOMPARE(run({"import-aliyun"}), int(ExitInvalid));
    QVERIFY2(m_err.contains(m_dir->filePath(".aliyun/config.json")), qPrintable(m_err));
    QVERIFY(QDir(m_dir->path()).mkpath(".aliyun"));
    QVERIFY(QFile::copy(sx::test::sourcePath("tests/data/aliyun-config.json"), m_dir->filePath(".aliyun/config.json")));
    QCOMPARE(run({"import-aliyun"}), int(ExitOk));
    QVERIFY2(m_out.contains("Imported \"prod\"."), qPrintable(m_out));
    QVERIFY(m_out.contains("Imported \"temp\"."));
    QVERIFY(m_out.contains("not supported: role (RamRoleArn)"));
    QVERIFY(m_out.contains("not supported: ecs (EcsRamRole)"));
    QVERIFY(m_out.contains("Not imported: default: "));
    QVERIFY(m_out.contains("\"prod\" is the default profile"));
    QVERIFY(!QString(m_out + m_err).contains("secret-value"));
    QVERIFY(!QString(m_out + m_err).contains("token-value"));
    QCOMPARE(m_secrets->readNow("profile:prod:accessKeySecret").value, QString("prod-secret-value"));
}

void TestProfileCommand::importAliyunBrokenJson()
{
    const QString path = m_dir->filePath("broken.json");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"profiles\": [ {\"access_key_secret\": \"hush\",, } ]");
    f.close();
    QCOMPARE(run({"import-aliyun", path}), int(ExitInvalid));
    QVERIFY2(m_err.contains("not valid JSON"), qPrintable(m_err));
    QVERIFY(!m_err.contains("hush"));
    QVERIFY(m_profiles->profiles().isEmpty());
}

void TestProfileCommand::unknownSubcommand()
{
    QCOMPARE(run({"rotate", "a"}), int(ExitUsage));
    QVERIFY(m_err.contains("Unknown profile command \"rotate\""));
    QCOMPARE(run({}), int(ExitUsage));
}

QTEST_GUILESS_MAIN(TestProfileCommand)
#include "TestProfileCommand.moc"
