#pragma once

#include "SecretStore.h"

#include <QList>

#include <functional>

namespace QKeychain {
class Job;
}

namespace sx {

// The operating system's keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows). Probes it once with a sentinel read under a deadline; when it is locked, missing or does
// not answer, secrets written during this run stay in memory only (state() says so) and nothing is written in
// plain text anywhere.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static constexpr const char* DefaultService = "io.github.sxstudio";
    static constexpr int DefaultProbeTimeoutMs = 5'000;
    static constexpr int DefaultOperationTimeoutMs = 10'000;

    explicit KeychainSecretStore(QObject* parent = nullptr);
    KeychainSecretStore(const QString& service, int probeTimeoutMs, int operationTimeoutMs, QObject* parent = nullptr);

    State state() const override;
    QString stateText() const override; // adds the keychain's own error text when there was one
    QString service() const;

    // Asks the keychain (once; later calls report the known state). Read, write and remove probe first on their own.
    void probe(std::function<void(State)> done) override;

    void read(const QString& key, Callback done) override;
    void write(const QString& key, const QString& secret, Callback done) override;
    void remove(const QString& key, Callback done) override;

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QString& key, const QString& secret, Callback done);
    void runOnKeychain(Operation operation, const QString& key, const QString& secret, Callback done);
    void runInMemory(Operation operation, const QString& key, const QString& secret, const Callback& done);
    void startJob(QKeychain::Job* job,
                  int timeoutMs,
                  std::function<void(QKeychain::Job*)> finished,
                  std::function<void()> timedOut);
    void setState(State state, const QString& detail);

    QString m_service;
    int m_probeTimeoutMs;
    int m_operationTimeoutMs;
    State m_state = State::Unknown;
    QString m_detail; // the keychain's own words for the last failure
    bool m_probing = false;
    QList<std::function<void()>> m_afterProbe;
    MemorySecretStore m_memory; // this run's secrets when the keychain cannot keep them
};

} // namespace sx
