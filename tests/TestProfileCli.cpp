#include "SandboxServer.h"

#include "TestSupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sx;

// The real sxstudio-cli, run as a child with its own HOME and XDG folders, against the real keychain (CTest runs
// this through tests/with-keyring.sh) and the loopback sandbox.
class TestProfileCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void submitWithProfileSignsWithKeychainSecret();
    void noFileOrOutputHoldsASecret();
    void noKeychainExitsTwoAndSavesNothing();

private:
    int cli(const QStringList& args, const QByteArray& input = {}, const QProcessEnvironment& extra = {});
    QProcessEnvironment environment() const;
    QByteArray allWrittenFiles() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;
    QByteArray m_out;
    QByteArray m_err;
    QByteArray m_allOutput; // everything every command printed
};

void TestProfileCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    for (const char* d : {"home", "config", "data", "cache", "state"})
        QVERIFY(QDir(m_dir->path()).mkpath(d));
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_allOutput.clear();
}

QProcessEnvironment TestProfileCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : env.keys()) {
        if (name.startsWith("ALIBABA_CLOUD_"))
            env.remove(name);
    }
    env.insert("HOME", m_dir->filePath("home"));
    env.insert("XDG_CONFIG_HOME", m_dir->filePath("config"));
    env.insert("XDG_DATA_HOME", m_dir->filePath("data"));
    env.insert("XDG_CACHE_HOME", m_dir->filePath("cache"));
    env.insert("XDG_STATE_HOME", m_dir->filePath("state"));
    env.insert("no_proxy", "*");
    return env;
}

int TestProfileCli::cli(const QStringList& args, const QByteArray& input, const QProcessEnvironment& extra)
{
    QProcess p;
    QProcessEnvironment env = environment();
    for (const QString& k : extra.keys())
        env.insert(k, extra.value(k));
    p.setProcessEnvironment(env);
    p.start(SX_CLI_PATH, args);
    if (!p.waitForStarted())
        return -1;
    p.write(input);
    p.closeWriteChannel();
    // Wait with the event loop running: the sandbox answers from this thread.
    QSignalSpy finished(&p, &QProcess::finished);
    if (!finished.wait(60'000)) {
        p.kill();
        p.waitForFinished();
        return -2;
    }
    m_out = p.readAllStandardOutput();
    m_err = p.readAllStandardError();
    m_allOutput += m_out + m_err;
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3;
}

QByteArray TestProfileCli::allWrittenFiles() const
{
    QByteArray all;
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.fileName().toUtf8() + '\n' + f.readAll() + '\n';
    }
    return all;
}

void TestProfileCli::submitWithProfileSignsWithKeychainSecret()
{
    const Credentials accepted = m_server->credentials();
    const QString endpoint = m_server->url().toString();
    const QString job = test::sourcePath("examples/http-job.json");
    QCOMPARE(cli({"profile", "add", "sandbox", "--region", "cn-hangzhou", "--access-key-id", accepted.accessKeyId,
                  "--endpoint", endpoint, "--signature", "v2"},
                 accepted.accessKeySecret.toUtf8() + "\n"),
             0);
    QVERIFY2(m_out.contains("Saved profile \"sandbox\""), m_out.constData());

    QCOMPARE(cli({"submit", "--profile", "sandbox", job}), 0);
    QVERIFY2(m_out.contains("created JobId"), QByteArray(m_out + m_err).constData());
    QCOMPARE(m_server->jobs().size(), 1);

    // The default profile without --profile; the variables win over it when set.
    QCOMPARE(cli({"submit", job}), 0);
    QCOMPARE(m_server->jobs().size(), 2);
    QProcessEnvironment wrong;
    wrong.insert("ALIBABA_CLOUD_ACCESS_KEY_ID", accepted.accessKeyId);
    wrong.insert("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "not-the-secret");
    QCOMPARE(cli({"submit", "--endpoint", endpoint, job}, {}, wrong), 3);
    QVERIFY2(m_out.contains("SignatureDoesNotMatch"), m_out.constData());
    QCOMPARE(cli({"submit", "--profile", "sandbox", job}, {}, wrong), 0); // a named profile wins

    // Renamed, the profile signs with the same secret, moved in the real keychain; the old name is gone.
    QCOMPARE(cli({"profile", "rename", "sandbox", "stand-in"}), 0);
    QCOMPARE(cli({"submit", "--profile", "stand-in", job}), 0);
    QCOMPARE(cli({"submit", "--profile", "sandbox", job}), 2);
    QCOMPARE(cli({"profile", "rename", "stand-in", "sandbox"}), 0);
    QCOMPARE(cli({"submit", "--profile", "sandbox", job}), 0);

    // A profile whose secret in the keychain is wrong is refused by the sandbox's signature check.
    QCOMPARE(cli({"profile", "add", "sandbox"}, "wrong-secret\n"), 0);
    QCOMPARE(cli({"submit", "--profile", "sandbox", job}), 3);
    QCOMPARE(m_server->jobs().size(), 5);

    QCOMPARE(cli({"profile", "remove", "sandbox"}), 0);
    QCOMPARE(cli({"submit", "--profile", "sandbox", job}), 2);
    QVERIFY2(m_err.contains("no profile named \"sandbox\""), m_err.constData());
}

void TestProfileCli::noFileOrOutputHoldsASecret()
{
    const Credentials accepted = m_server->credentials();
    const QString endpoint = m_server->url().toString();
    const QString job = test::sourcePath("examples/http-job.json");
    const QByteArray stsSecret = "sts-secret-4f1c9b";
    const QByteArray stsToken = "sts-token-8e2d7a";
    QCOMPARE(cli({"profile", "add", "main", "--region", "cn-shanghai", "--access-key-id", accepted.accessKeyId,
                  "--endpoint", endpoint},
                 accepted.accessKeySecret.toUtf8() + "\r\n"),
             0);
    QCOMPARE(
        cli({"profile", "add", "mine-sts", "--region", "cn-beijing", "--access-key-id", "STS.abc", "--sts", "--vpc"},
            stsSecret + "\n" + stsToken + "\n"),
        0);
    // The aliyun CLI's file holds plaintext secrets; it is input, kept outside the scanned folders.
    QTemporaryDir outside;
    const QString aliyun = outside.filePath("config.json");
    QVERIFY(QFile::copy(test::sourcePath("tests/data/aliyun-config.json"), aliyun));
    QCOMPARE(cli({"profile", "import-aliyun", aliyun}), 0);
    QCOMPARE(cli({"profile", "list"}), 0);
    QCOMPARE(cli({"profile", "list", "--json"}), 0);
    QCOMPARE(QJsonDocument::fromJson(m_out).array().size(), 5); // main, mine-sts, and prod, temp, custom imported
    QCOMPARE(cli({"submit", "--profile", "main", job}), 0);
    QCOMPARE(cli({"submit", "--profile", "main", "--dry-run", job}), 0);
    QCOMPARE(cli({"profile", "remove", "prod"}), 0);

    const QByteArray files = allWrittenFiles();
    QVERIFY2(files.contains(accepted.accessKeyId.toUtf8()), "the scan must see the settings file");
    const QList<QByteArray> secrets {accepted.accessKeySecret.toUtf8(),
                                     stsSecret,
                                     stsToken,
                                     "prod-secret-value",
                                     "temp-secret-value",
                                     "temp-token-value",
                                     "custom-secret-value"};
    for (const QByteArray& secret : secrets) {
        QVERIFY2(!files.contains(secret), QByteArray("a written file holds " + secret).constData());
        QVERIFY2(!m_allOutput.contains(secret), QByteArray("the output holds " + secret).constData());
    }
}

void TestProfileCli::noKeychainExitsTwoAndSavesNothing()
{
    QProcessEnvironment noBus;
    noBus.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_dir->filePath("no-bus"));
    QCOMPARE(cli({"profile", "add", "x", "--region", "cn-hangzhou", "--access-key-id", "id"}, "never-stored\n", noBus),
             2);
    QVERIFY2(m_err.contains("No system keychain is available"), m_err.constData());
    QVERIFY(m_err.contains("Nothing was changed"));
    QCOMPARE(cli({"profile", "list", "--json"}, {}, noBus), 0);
    QCOMPARE(QJsonDocument::fromJson(m_out).array().size(), 0);
    QVERIFY(!allWrittenFiles().contains("never-stored"));
}

QTEST_GUILESS_MAIN(TestProfileCli)
#include "TestProfileCli.moc"
