#include "SecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace sx;

// The interface's synchronous helpers and the in-memory store the unit tests and the fallback use.
class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysNameProfileAndSecret();
    void writeReadRemove();
    void readingMissingKeyIsNotFound();
    void asynchronousCallbackIsCalledOnce();
    void lockedStoreSaysSo();
    void boundedWaitWhenStoreNeverAnswers();
    void lateAnswerAfterTimeoutIsDropped();
    void stateTextSaysWhatToDo();
    void stateChangeIsSignalled();
};

void TestSecretStore::keysNameProfileAndSecret()
{
    QCOMPARE(SecretStore::accessKeySecretKey("work"), QString("profile:work:accessKeySecret"));
    QCOMPARE(SecretStore::securityTokenKey("work"), QString("profile:work:securityToken"));
}

void TestSecretStore::writeReadRemove()
{
    MemorySecretStore store;
    QVERIFY(store.isPersistent());
    QVERIFY(store.writeNow("k", "s3cr3t").ok());
    const SecretResult r = store.readNow("k");
    QCOMPARE(r.status, SecretResult::Ok);
    QCOMPARE(r.value, QString("s3cr3t"));
    QVERIFY(store.writeNow("k", "other").ok());
    QCOMPARE(store.readNow("k").value, QString("other"));
    QCOMPARE(store.keys(), QStringList {"k"});
    QVERIFY(store.removeNow("k").ok());
    QVERIFY(store.removeNow("k").ok()); // removing what is not there is fine
    QCOMPARE(store.readNow("k").status, SecretResult::NotFound);
    QVERIFY(store.keys().isEmpty());
}

void TestSecretStore::readingMissingKeyIsNotFound()
{
    MemorySecretStore store;
    const SecretResult r = store.readNow("nothing");
    QCOMPARE(r.status, SecretResult::NotFound);
    QVERIFY(!r.ok());
    QVERIFY(r.value.isEmpty());
    QVERIFY(!r.message.isEmpty());
}

void TestSecretStore::asynchronousCallbackIsCalledOnce()
{
    MemorySecretStore store;
    int calls = 0;
    store.write("a", "1", [&](const SecretResult& r) {
        ++calls;
        QVERIFY(r.ok());
    });
    store.read("a", [&](const SecretResult& r) {
        ++calls;
        QCOMPARE(r.value, QString("1"));
    });
    QCOMPARE(calls, 2);
}

void TestSecretStore::lockedStoreSaysSo()
{
    MemorySecretStore store(SecretStore::State::Locked);
    store.setBehaviour(MemorySecretStore::Behaviour::RefuseAsLocked);
    QVERIFY(!store.isPersistent());
    QCOMPARE(store.readNow("k").status, SecretResult::Locked);
    QCOMPARE(store.writeNow("k", "v").status, SecretResult::Locked);
    QVERIFY(store.keys().isEmpty());
}

void TestSecretStore::boundedWaitWhenStoreNeverAnswers()
{
    // A keychain stuck behind a prompt must not stop the program: the wait gives up and says why.
    MemorySecretStore store;
    store.setBehaviour(MemorySecretStore::Behaviour::NeverAnswer);
    const SecretResult r = store.readNow("k", 20);
    QCOMPARE(r.status, SecretResult::Unavailable);
    QVERIFY(r.message.contains("did not answer"));
    QCOMPARE(store.writeNow("k", "v", 20).status, SecretResult::Unavailable);
    QCOMPARE(store.removeNow("k", 20).status, SecretResult::Unavailable);
}

// Answers only when told to, like a keychain that comes back after the caller gave up.
class LateStore : public MemorySecretStore
{
public:
    void read(const QString&, Callback done) override
    {
        m_pending = std::move(done);
    }
    Callback m_pending;
};

void TestSecretStore::lateAnswerAfterTimeoutIsDropped()
{
    LateStore store;
    const SecretResult r = store.readNow("k", 10);
    QCOMPARE(r.status, SecretResult::Unavailable);
    QVERIFY(store.m_pending);
    store.m_pending({SecretResult::Ok, "late", {}}); // must not touch the finished wait's stack
    QCOMPARE(r.status, SecretResult::Unavailable);
}

void TestSecretStore::stateTextSaysWhatToDo()
{
    MemorySecretStore locked(SecretStore::State::Locked);
    QVERIFY(locked.stateText().contains("locked"));
    QVERIFY(locked.stateText().contains("in memory for this run only"));
    MemorySecretStore missing(SecretStore::State::Unavailable);
    QVERIFY(missing.stateText().contains("in memory for this run only"));
    QVERIFY(missing.stateText().contains("ALIBABA_CLOUD_ACCESS_KEY_ID"));
    QVERIFY(!MemorySecretStore().stateText().contains("memory"));
}

void TestSecretStore::stateChangeIsSignalled()
{
    MemorySecretStore store;
    QSignalSpy spy(&store, &SecretStore::stateChanged);
    store.setState(SecretStore::State::Unavailable);
    store.setState(SecretStore::State::Unavailable);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(store.probeNow(), SecretStore::State::Unavailable);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
