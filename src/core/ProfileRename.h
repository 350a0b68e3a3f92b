#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace sx {

class ProfileStore;
class SecretStore;

struct RenameResult
{
    bool ok = false;
    QString message; // why it failed; when it succeeded, empty or a note (old keychain entries left behind)
};

// Renames a profile with its secrets, whose keychain keys derive from the name. The AccessKey secret and STS
// token are copied to the new name's entries first, then the settings are renamed, then the old entries are
// removed: until the settings change, nothing the old profile needs is touched, so a failure leaves it working
// as it was. done is called exactly once.
void renameProfile(ProfileStore& profiles,
                   SecretStore& secrets,
                   const QString& from,
                   const QString& to,
                   std::function<void(const RenameResult&)> done);

} // namespace sx
