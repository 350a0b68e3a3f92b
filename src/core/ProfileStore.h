#pragma once

#include "Profile.h"

#include <QList>
#include <QSettings>

#include <memory>
#include <optional>

namespace sx {

// The profiles, kept in the application's settings (QSettings; on Linux ~/.config/sxstudio/sxstudio.conf).
// Never holds a secret: those live in a SecretStore under keys derived from the profile's name.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    ProfileStore(); // the application's settings (organisation and application names must be set)
    explicit ProfileStore(const QString& iniPath); // a settings file of its own, for tests and tools

    QString settingsPath() const;

    QList<Profile> profiles() const; // sorted by name
    std::optional<Profile> profile(const QString& name) const;
    bool contains(const QString& name) const;

    // Adds or replaces. The first profile saved becomes the default. False when the settings cannot be written.
    bool save(const Profile& profile);
    // False when there is no such profile. When it was the default, the first remaining profile (by name) is.
    bool remove(const QString& name);
    // The settings only (renameProfile() moves the secrets too); the default follows. False, with lastError(),
    // when from is missing, to is taken or not a usable name, or the settings cannot be written.
    bool rename(const QString& from, const QString& to);

    QString defaultProfileName() const; // empty when there are no profiles
    std::optional<Profile> defaultProfile() const;
    bool setDefaultProfileName(const QString& name); // false when there is no such profile

    // Empty, or a translated sentence when the settings could not be read or written.
    QString lastError() const;

private:
    bool commit();

    std::unique_ptr<QSettings> m_settings;
    QString m_lastError;
};

} // namespace sx
