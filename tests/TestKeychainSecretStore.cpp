#include "KeychainSecretStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <qt6keychain/keychain.h>

using namespace sx;

// Against a real Secret Service: CTest runs this through tests/with-keyring.sh (a private D-Bus session with a
// fresh gnome-keyring). Nothing here is skipped: without a keychain the first test fails and says so.
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void probeFindsTheKeychain();
    void writeReadRemoveRoundTrip();
    void secretsOutliveTheStoreObject();
    void storedUnderStableServiceAndKey();
    void asynchronousReadCallsBackOnce();
    void unicodeAndLongSecrets();
    void withoutSecretServiceKeepsSecretsInMemoryOnly();
};

// Run in a child process with no usable session bus (see main): the "no Secret Service" path.
class TestKeychainWithoutService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void probeSaysUnavailableAndWhy();
    void writesStayInMemoryForThisRun();
};

void TestKeychainSecretStore::probeFindsTheKeychain()
{
    KeychainSecretStore store;
    QCOMPARE(store.state(), SecretStore::State::Unknown);
    QSignalSpy spy(&store, &SecretStore::stateChanged);
    const SecretStore::State state = store.probeNow();
    QVERIFY2(state == SecretStore::State::Available,
             qPrintable("No usable keychain; run this test through tests/with-keyring.sh. " + store.stateText()));
    QVERIFY(store.isPersistent());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(store.probeNow(), SecretStore::State::Available); // asked once
    QCOMPARE(spy.size(), 1);
}

void TestKeychainSecretStore::writeReadRemoveRoundTrip()
{
    KeychainSecretStore store;
    const QString key = SecretStore::accessKeySecretKey("roundtrip");
    QCOMPARE(store.readNow(key).status, SecretResult::NotFound);
    QVERIFY2(store.writeNow(key, "first-secret").ok(), qPrintable(store.stateText()));
    QCOMPARE(store.readNow(key).value, QString("first-secret"));
    QVERIFY(store.writeNow(key, "second-secret").ok());
    QCOMPARE(store.readNow(key).value, QString("second-secret"));
    QVERIFY(store.removeNow(key).ok());
    QCOMPARE(store.readNow(key).status, SecretResult::NotFound);
    QVERIFY(store.removeNow(key).ok()); // nothing there: still fine
    QVERIFY(store.isPersistent());
}

void TestKeychainSecretStore::secretsOutliveTheStoreObject()
{
    const QString key = SecretStore::securityTokenKey("outlive");
    {
        KeychainSecretStore writer;
        QVERIFY(writer.writeNow(key, "token-value").ok());
    }
    KeychainSecretStore reader;
    QCOMPARE(reader.readNow(key).value, QString("token-value"));
    QVERIFY(reader.removeNow(key).ok());
}

void TestKeychainSecretStore::storedUnderStableServiceAndKey()
{
    KeychainSecretStore store;
    QCOMPARE(store.service(), QString("io.github.sxstudio"));
    QVERIFY(store.writeNow("profile:named:accessKeySecret", "named-secret").ok());
    // Read it back with QtKeychain itself: the service and key are a contract with what other runs stored.
    auto* job = new QKeychain::ReadPasswordJob("io.github.sxstudio");
    job->setKey("profile:named:accessKeySecret");
    QSignalSpy finished(job, &QKeychain::Job::finished);
    job->setAutoDelete(false);
    job->start();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(job->error(), QKeychain::NoError);
    QCOMPARE(job->textData(), QString("named-secret"));
    delete job;
    // Another service does not see it.
    KeychainSecretStore other("io.github.sxstudio.other", 5'000, 5'000);
    QCOMPARE(other.readNow("profile:named:accessKeySecret").status, SecretResult::NotFound);
    QVERIFY(store.removeNow("profile:named:accessKeySecret").ok());
}

void TestKeychainSecretStore::asynchronousReadCallsBackOnce()
{
    KeychainSecretStore store;
    QVERIFY(store.writeNow("async", "async-secret").ok());
    int calls = 0;
    QString value;
    store.read("async", [&](const SecretResult& r) {
        ++calls;
        value = r.value;
    });
    QCOMPARE(calls, 0); // a keychain answers later, from the event loop
    QTRY_COMPARE(calls, 1);
    QCOMPARE(value, QString("async-secret"));
    QVERIFY(store.removeNow("async").ok());
}

void TestKeychainSecretStore::unicodeAndLongSecrets()
{
    KeychainSecretStore store;
    const QString secret = QString::fromUtf8("密钥-ключ-🔑 ") + QString(2000, 'x');
    QVERIFY(store.writeNow("long", secret).ok());
    QCOMPARE(store.readNow("long").value, secret);
    QVERIFY(store.removeNow("long").ok());
}

void TestKeychainSecretStore::withoutSecretServiceKeepsSecretsInMemoryOnly()
{
    QTemporaryDir dir;
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("SX_KEYCHAIN_CHILD", "no-service");
    env.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + dir.filePath("no-bus")); // nothing listens there
    env.remove("DISPLAY");
    env.remove("WAYLAND_DISPLAY");
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60'000));
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("Totals: 4 passed, 0 failed"), output.constData());
}

void TestKeychainWithoutService::probeSaysUnavailableAndWhy()
{
    KeychainSecretStore store("io.github.sxstudio", 3'000, 3'000);
    QCOMPARE(store.probeNow(), SecretStore::State::Unavailable);
    QVERIFY(!store.isPersistent());
    QVERIFY2(store.stateText().contains("in memory for this run only"), qPrintable(store.stateText()));
    QVERIFY2(store.stateText().contains("The keychain said:"), qPrintable(store.stateText()));
}

void TestKeychainWithoutService::writesStayInMemoryForThisRun()
{
    KeychainSecretStore store("io.github.sxstudio", 3'000, 3'000);
    QVERIFY(store.writeNow("profile:m:accessKeySecret", "memory-only").ok());
    QCOMPARE(store.state(), SecretStore::State::Unavailable);
    QCOMPARE(store.readNow("profile:m:accessKeySecret").value, QString("memory-only"));
    // What this run did not write may be in the keychain, which cannot be asked: not "not found".
    const SecretResult other = store.readNow("profile:other:accessKeySecret");
    QCOMPARE(other.status, SecretResult::Unavailable);
    QVERIFY(other.message.contains("No system keychain"));
    QCOMPARE(store.removeNow("profile:m:accessKeySecret").status, SecretResult::Unavailable);
    QCOMPARE(store.readNow("profile:m:accessKeySecret").status, SecretResult::Unavailable);
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariable("SX_KEYCHAIN_CHILD") == u"no-service") {
        TestKeychainWithoutService test;
        return QTest::qExec(&test, argc, argv);
    }
    TestKeychainSecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestKeychainSecretStore.moc"
