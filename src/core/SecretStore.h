#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace sx {

// What became of one secret operation.
struct SecretResult
{
    enum Status {
        Ok,
        NotFound, // nothing stored under that key: "no secret saved yet", not a failure of the store
        Locked, // the keychain is there but locked, or access was refused
        Unavailable, // no keychain (no Secret Service, no D-Bus), or it did not answer in time
        Failed, // anything else; message says what
    };

    Status status = Failed;
    QString value; // the secret, for a successful read
    QString message; // translated detail for anything but Ok

    bool ok() const
    {
        return status == Ok;
    }
};

// Where the AccessKey secret and STS token live. Asynchronous (the GUI must never block on a keychain
// prompt), with bounded synchronous helpers for the command line. Every callback is called exactly once.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Unknown, // not asked yet
        Available, // secrets are kept across runs
        Locked, // the keychain exists but refuses access: secrets stay in memory for this run only
        Unavailable, // no keychain, or it does not answer: secrets stay in memory for this run only
    };
    Q_ENUM(State)

    using Callback = std::function<void(const SecretResult&)>;

    explicit SecretStore(QObject* parent = nullptr);

    virtual State state() const = 0;
    // True when written secrets outlive this process.
    bool isPersistent() const
    {
        return state() == State::Available;
    }
    // A translated sentence for the status bar or the terminal; says what to do when not Available.
    virtual QString stateText() const;

    // Finds out whether the store can keep secrets (a keychain asks once, under a deadline); done(state()).
    virtual void probe(std::function<void(State)> done);
    State probeNow(int timeoutMs = DefaultWaitMs); // Unavailable when no answer came in time

    virtual void read(const QString& key, Callback done) = 0;
    virtual void write(const QString& key, const QString& secret, Callback done) = 0;
    virtual void remove(const QString& key, Callback done) = 0; // removing a missing key is Ok

    // Run the asynchronous call in a local event loop, at most timeoutMs; Unavailable when it did not finish.
    SecretResult readNow(const QString& key, int timeoutMs = DefaultWaitMs);
    SecretResult writeNow(const QString& key, const QString& secret, int timeoutMs = DefaultWaitMs);
    SecretResult removeNow(const QString& key, int timeoutMs = DefaultWaitMs);

    static constexpr int DefaultWaitMs = 30'000; // a safety net: stores answer sooner themselves

    // The keys secrets are stored under: "profile:<name>:accessKeySecret", "profile:<name>:securityToken".
    static QString accessKeySecretKey(const QString& profileName);
    static QString securityTokenKey(const QString& profileName);

Q_SIGNALS:
    void stateChanged(sx::SecretStore::State state);

private:
    SecretResult waitFor(const std::function<void(Callback)>& start, int timeoutMs);
};

// Secrets in this process's memory only: for unit tests, and the fallback when there is no keychain.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    // state: what this store reports; a memory store standing in for a missing keychain says Unavailable.
    explicit MemorySecretStore(State state = State::Available, QObject* parent = nullptr);

    State state() const override;
    void setState(State state);

    void read(const QString& key, Callback done) override;
    void write(const QString& key, const QString& secret, Callback done) override;
    void remove(const QString& key, Callback done) override;

    QStringList keys() const; // for tests
    // Tests: make every call fail like a locked keychain, or never answer (to exercise the bounded waits).
    enum class Behaviour { Normal, RefuseAsLocked, NeverAnswer };
    void setBehaviour(Behaviour behaviour);

private:
    bool intercept(const Callback& done) const;

    State m_state;
    Behaviour m_behaviour = Behaviour::Normal;
    QHash<QString, QString> m_secrets;
};

} // namespace sx
