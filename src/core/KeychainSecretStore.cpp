#include "KeychainSecretStore.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>
#include <utility>

namespace sx {

namespace {

// Read to learn whether the keychain answers at all; it is never written.
const QString ProbeKey = QStringLiteral("probe:sentinel");

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent)
    : KeychainSecretStore(QString::fromLatin1(DefaultService), DefaultProbeTimeoutMs, DefaultOperationTimeoutMs, parent)
{
}

KeychainSecretStore::KeychainSecretStore(const QString& service,
                                         int probeTimeoutMs,
                                         int operationTimeoutMs,
                                         QObject* parent)
    : SecretStore(parent)
    , m_service(service)
    , m_probeTimeoutMs(probeTimeoutMs)
    , m_operationTimeoutMs(operationTimeoutMs)
    , m_memory(State::Unavailable)
{
}

SecretStore::State KeychainSecretStore::state() const
{
    return m_state;
}

QString KeychainSecretStore::stateText() const
{
    const QString text = SecretStore::stateText();
    if (m_state == State::Available || m_detail.isEmpty())
        return text;
    return text + ' ' + tr("(The keychain said: %1)").arg(m_detail);
}

QString KeychainSecretStore::service() const
{
    return m_service;
}

void KeychainSecretStore::setState(State state, const QString& detail)
{
    m_detail = detail;
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void KeychainSecretStore::startJob(QKeychain::Job* job,
                                   int timeoutMs,
                                   std::function<void(QKeychain::Job*)> finished,
                                   std::function<void()> timedOut)
{
    // One context per job: deleting it drops both our finished() connection and the deadline, and nothing
    // else. A job that never finishes is detached, not deleted (deleting a running job can crash); if it
    // finishes one day it deletes itself (auto-delete).
    auto* context = new QObject(this);
    auto settled = std::make_shared<bool>(false);
    connect(job, &QKeychain::Job::finished, context,
            [context, settled, finished = std::move(finished)](QKeychain::Job* j) {
                if (std::exchange(*settled, true))
                    return;
                context->deleteLater();
                finished(j);
            });
    QTimer::singleShot(timeoutMs, context, [context, settled, timedOut = std::move(timedOut)] {
        if (std::exchange(*settled, true))
            return;
        context->deleteLater();
        timedOut();
    });
    job->setAutoDelete(true);
    job->start();
}

void KeychainSecretStore::probe(std::function<void(State)> done)
{
    if (m_state != State::Unknown) {
        done(m_state);
        return;
    }
    m_afterProbe.append([this, done = std::move(done)] { done(m_state); });
    if (m_probing)
        return;
    m_probing = true;
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(ProbeKey);
    const auto settle = [this](State state, const QString& detail) {
        m_probing = false;
        setState(state, detail);
        const auto waiting = std::exchange(m_afterProbe, {});
        for (const auto& f : waiting)
            f();
    };
    startJob(
        job, m_probeTimeoutMs,
        [settle](QKeychain::Job* j) {
            switch (j->error()) {
            case QKeychain::NoError:
            case QKeychain::EntryNotFound:
                settle(State::Available, {});
                break;
            case QKeychain::AccessDenied:
            case QKeychain::AccessDeniedByUser:
                settle(State::Locked, j->errorString());
                break;
            default:
                // Qt's libsecret path reports "no Secret Service on the bus" as OtherError, not
                // NoBackendAvailable: whatever else went wrong, the keychain cannot be used.
                settle(State::Unavailable, j->errorString());
                break;
            }
        },
        [this, settle] {
            settle(State::Unavailable, tr("no answer within %1 seconds").arg(qMax(1, m_probeTimeoutMs / 1000)));
        });
}

void KeychainSecretStore::read(const QString& key, Callback done)
{
    run(Operation::Read, key, {}, std::move(done));
}

void KeychainSecretStore::write(const QString& key, const QString& secret, Callback done)
{
    run(Operation::Write, key, secret, std::move(done));
}

void KeychainSecretStore::remove(const QString& key, Callback done)
{
    run(Operation::Remove, key, {}, std::move(done));
}

void KeychainSecretStore::run(Operation operation, const QString& key, const QString& secret, Callback done)
{
    if (m_state == State::Unknown) {
        probe([this, operation, key, secret, done = std::move(done)](State) mutable {
            run(operation, key, secret, std::move(done));
        });
        return;
    }
    if (m_state == State::Available)
        runOnKeychain(operation, key, secret, std::move(done));
    else
        runInMemory(operation, key, secret, done);
}

void KeychainSecretStore::runInMemory(Operation operation,
                                      const QString& key,
                                      const QString& secret,
                                      const Callback& done)
{
    const SecretResult::Status why = m_state == State::Locked ? SecretResult::Locked : SecretResult::Unavailable;
    switch (operation) {
    case Operation::Read:
        m_memory.read(key, [this, why, done](const SecretResult& r) {
            // Not in memory: the keychain, which might hold it, cannot be asked. Say that, not "not found".
            done(r.status == SecretResult::NotFound ? SecretResult {why, {}, stateText()} : r);
        });
        break;
    case Operation::Write:
        m_memory.write(key, secret, done);
        break;
    case Operation::Remove:
        // Forgetting this run's copy is not enough: what the keychain may still hold cannot be removed now.
        m_memory.remove(key, [this, why, done](const SecretResult&) { done({why, {}, stateText()}); });
        break;
    }
}

void KeychainSecretStore::runOnKeychain(Operation operation, const QString& key, const QString& secret, Callback done)
{
    QKeychain::Job* job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto* write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setKey(key);
    auto shared = std::make_shared<Callback>(std::move(done));
    startJob(
        job, m_operationTimeoutMs,
        [this, operation, key, secret, shared](QKeychain::Job* j) {
            const QString detail = j->errorString();
            switch (j->error()) {
            case QKeychain::NoError:
                if (operation == Operation::Read)
                    (*shared)({SecretResult::Ok, static_cast<QKeychain::ReadPasswordJob*>(j)->textData(), {}});
                else
                    (*shared)({SecretResult::Ok, {}, {}});
                return;
            case QKeychain::EntryNotFound:
                if (operation == Operation::Remove)
                    (*shared)({SecretResult::Ok, {}, {}});
                else
                    (*shared)({SecretResult::NotFound, {}, tr("No secret is stored under \"%1\".").arg(key)});
                return;
            case QKeychain::AccessDenied:
            case QKeychain::AccessDeniedByUser:
                // Locked since the probe: this run's secrets now stay in memory; this one too.
                setState(State::Locked, detail);
                if (operation == Operation::Write)
                    m_memory.write(key, secret, [](const SecretResult&) {});
                (*shared)({SecretResult::Locked, {}, stateText()});
                return;
            default:
                (*shared)({SecretResult::Failed, {}, tr("The keychain failed: %1").arg(detail)});
                return;
            }
        },
        [this, operation, key, secret, shared] {
            // Its queue runs one job at a time: after a hang, every later job would wait behind this one.
            setState(State::Unavailable, tr("no answer within %1 seconds").arg(qMax(1, m_operationTimeoutMs / 1000)));
            if (operation == Operation::Write)
                m_memory.write(key, secret, [](const SecretResult&) {});
            (*shared)({SecretResult::Unavailable, {}, stateText()});
        });
}

} // namespace sx
