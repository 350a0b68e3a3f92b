#include "SecretStore.h"

#include <QEventLoop>
#include <QTimer>

#include <memory>

namespace sx {

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{
}

QString SecretStore::stateText() const
{
    switch (state()) {
    case State::Unknown:
        return tr("The keychain has not been checked yet.");
    case State::Available:
        return tr("Secrets are kept in the system keychain.");
    case State::Locked:
        return tr("The system keychain is locked or refused access: secrets are kept in memory for this run only. "
                  "Unlock the keychain (for example by logging in to the desktop) and try again.");
    case State::Unavailable:
        return tr("No system keychain is available (no Secret Service answered): secrets are kept in memory for "
                  "this run only. Start a Secret Service such as gnome-keyring or KWallet, or use the "
                  "ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET variables.");
    }
    return {};
}

QString SecretStore::accessKeySecretKey(const QString& profileName)
{
    return QStringLiteral("profile:%1:accessKeySecret").arg(profileName);
}

QString SecretStore::securityTokenKey(const QString& profileName)
{
    return QStringLiteral("profile:%1:securityToken").arg(profileName);
}

void SecretStore::probe(std::function<void(State)> done)
{
    done(state());
}

SecretStore::State SecretStore::probeNow(int timeoutMs)
{
    const SecretResult r =
        waitFor([this](Callback done) { probe([done](State) {
                                            done({SecretResult::Ok, {}, {}});
                                        }); }, timeoutMs);
    return r.ok() ? state() : State::Unavailable;
}

SecretResult SecretStore::readNow(const QString& key, int timeoutMs)
{
    return waitFor([this, key](Callback done) { read(key, std::move(done)); }, timeoutMs);
}

SecretResult SecretStore::writeNow(const QString& key, const QString& secret, int timeoutMs)
{
    return waitFor([this, key, secret](Callback done) { write(key, secret, std::move(done)); }, timeoutMs);
}

SecretResult SecretStore::removeNow(const QString& key, int timeoutMs)
{
    return waitFor([this, key](Callback done) { remove(key, std::move(done)); }, timeoutMs);
}

SecretResult SecretStore::waitFor(const std::function<void(Callback)>& start, int timeoutMs)
{
    // Shared with the callback, which may come after we gave up (or never): it must not touch our stack.
    struct Wait
    {
        bool done = false;
        SecretResult result;
        QEventLoop* loop = nullptr;
    };
    auto wait = std::make_shared<Wait>();
    start([wait](const SecretResult& r) {
        if (wait->done)
            return;
        wait->done = true;
        wait->result = r;
        if (wait->loop)
            wait->loop->quit();
    });
    if (!wait->done) {
        QEventLoop loop;
        wait->loop = &loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        wait->loop = nullptr;
        if (!wait->done) {
            wait->done = true; // a late answer is dropped
            return {SecretResult::Unavailable,
                    {},
                    tr("The keychain did not answer within %1 seconds.").arg(qMax(1, timeoutMs / 1000))};
        }
    }
    return wait->result;
}

MemorySecretStore::MemorySecretStore(State state, QObject* parent)
    : SecretStore(parent)
    , m_state(state)
{
}

SecretStore::State MemorySecretStore::state() const
{
    return m_state;
}

void MemorySecretStore::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void MemorySecretStore::setBehaviour(Behaviour behaviour)
{
    m_behaviour = behaviour;
}

bool MemorySecretStore::intercept(const Callback& done) const
{
    switch (m_behaviour) {
    case Behaviour::Normal:
        return false;
    case Behaviour::RefuseAsLocked:
        done({SecretResult::Locked, {}, tr("The keychain is locked.")});
        return true;
    case Behaviour::NeverAnswer:
        return true;
    }
    return false;
}

void MemorySecretStore::read(const QString& key, Callback done)
{
    if (intercept(done))
        return;
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend())
        done({SecretResult::NotFound, {}, tr("No secret is stored under \"%1\".").arg(key)});
    else
        done({SecretResult::Ok, it.value(), {}});
}

void MemorySecretStore::write(const QString& key, const QString& secret, Callback done)
{
    if (intercept(done))
        return;
    m_secrets.insert(key, secret);
    done({SecretResult::Ok, {}, {}});
}

void MemorySecretStore::remove(const QString& key, Callback done)
{
    if (intercept(done))
        return;
    m_secrets.remove(key);
    done({SecretResult::Ok, {}, {}});
}

QStringList MemorySecretStore::keys() const
{
    QStringList k = m_secrets.keys();
    k.sort();
    return k;
}

} // namespace sx
