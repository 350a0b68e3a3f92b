#include "ProfileRename.h"

#include "ProfileStore.h"
#include "SecretStore.h"

#include <memory>

namespace sx {

namespace {

class Rename
{
    Q_DECLARE_TR_FUNCTIONS(ProfileRename)

public:
    Rename(ProfileStore& profiles,
           SecretStore& secrets,
           const QString& from,
           const QString& to,
           std::function<void(const RenameResult&)> done)
        : m_profiles(profiles)
        , m_secrets(secrets)
        , m_from(from)
        , m_to(to)
        , m_done(std::move(done))
    {
    }

    static void start(std::shared_ptr<Rename> self)
    {
        Rename& r = *self;
        if (!r.m_profiles.contains(r.m_from))
            return r.finish({false, tr("There is no profile named \"%1\".").arg(r.m_from)});
        if (!isValidProfileName(r.m_to))
            return r.finish({false,
                             tr("\"%1\" is not a usable profile name: use 1 to 64 letters, digits, dots, "
                                "dashes or underscores.")
                                 .arg(r.m_to)});
        // Checked before any secret moves: copying onto an existing profile's entries would replace its secrets.
        if (r.m_profiles.contains(r.m_to))
            return r.finish({false, tr("A profile named \"%1\" exists already.").arg(r.m_to)});
        copy(self, {SecretStore::accessKeySecretKey(r.m_from), SecretStore::securityTokenKey(r.m_from)});
    }

private:
    // Copies the old name's entries to the new name's, one after the other, then renames the settings.
    static void copy(std::shared_ptr<Rename> self, QStringList fromKeys)
    {
        Rename& r = *self;
        if (fromKeys.isEmpty())
            return renameSettings(self);
        const QString fromKey = fromKeys.takeFirst();
        const QString toKey = fromKey == SecretStore::accessKeySecretKey(r.m_from)
            ? SecretStore::accessKeySecretKey(r.m_to)
            : SecretStore::securityTokenKey(r.m_to);
        r.m_secrets.read(fromKey, [self, fromKeys, toKey](const SecretResult& read) {
            Rename& r = *self;
            if (read.status == SecretResult::NotFound)
                return copy(self, fromKeys); // nothing stored under it: nothing to move
            if (!read.ok())
                return r.fail(
                    tr("The secrets of \"%1\" could not be read from the keychain: %2").arg(r.m_from, read.message));
            r.m_copied << toKey;
            r.m_secrets.write(toKey, read.value, [self, fromKeys](const SecretResult& written) {
                Rename& r = *self;
                if (!written.ok())
                    return r.fail(tr("The secrets could not be written to the keychain under \"%1\": %2")
                                      .arg(r.m_to, written.message));
                copy(self, fromKeys);
            });
        });
    }

    static void renameSettings(std::shared_ptr<Rename> self)
    {
        Rename& r = *self;
        if (!r.m_profiles.rename(r.m_from, r.m_to))
            return r.fail(r.m_profiles.lastError());
        removeOld(self, {SecretStore::accessKeySecretKey(r.m_from), SecretStore::securityTokenKey(r.m_from)});
    }

    // The rename has happened; an old entry that will not go is only reported.
    static void removeOld(std::shared_ptr<Rename> self, QStringList keys)
    {
        Rename& r = *self;
        if (keys.isEmpty())
            return r.finish({true, r.m_leftBehind});
        const QString key = keys.takeFirst(); // before the callback copies what is left
        r.m_secrets.remove(key, [self, keys](const SecretResult& removed) {
            Rename& r = *self;
            if (!removed.ok() && r.m_leftBehind.isEmpty())
                r.m_leftBehind =
                    tr("The old keychain entries of \"%1\" could not be removed: %2").arg(r.m_from, removed.message);
            removeOld(self, keys);
        });
    }

    // Takes back the entries already copied, then reports: the old profile stays as it was.
    void fail(const QString& message)
    {
        for (const QString& key : std::as_const(m_copied))
            m_secrets.remove(key, [](const SecretResult&) {});
        finish({false, message});
    }

    void finish(const RenameResult& result)
    {
        if (m_done)
            std::exchange(m_done, nullptr)(result);
    }

    ProfileStore& m_profiles;
    SecretStore& m_secrets;
    const QString m_from;
    const QString m_to;
    std::function<void(const RenameResult&)> m_done;
    QStringList m_copied; // new entries written so far
    QString m_leftBehind;
};

} // namespace

void renameProfile(ProfileStore& profiles,
                   SecretStore& secrets,
                   const QString& from,
                   const QString& to,
                   std::function<void(const RenameResult&)> done)
{
    Rename::start(std::make_shared<Rename>(profiles, secrets, from, to, std::move(done)));
}

} // namespace sx
