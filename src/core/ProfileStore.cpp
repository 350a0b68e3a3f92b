#include "ProfileStore.h"

#include <QFileInfo>

namespace sx {

namespace {

const QString ProfilesGroup = QStringLiteral("profiles");
const QString DefaultKey = QStringLiteral("defaultProfile");

} // namespace

ProfileStore::ProfileStore()
    : m_settings(std::make_unique<QSettings>())
{
}

ProfileStore::ProfileStore(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

QString ProfileStore::settingsPath() const
{
    return m_settings->fileName();
}

QList<Profile> ProfileStore::profiles() const
{
    m_settings->beginGroup(ProfilesGroup);
    QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    names.sort();
    QList<Profile> result;
    for (const QString& name : names) {
        if (auto p = profile(name))
            result.append(*p);
    }
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString& name) const
{
    // An unsafe name could address another group ("a/b"): such names are never stored.
    if (!isValidProfileName(name) || !contains(name))
        return std::nullopt;
    QSettings& s = *m_settings;
    s.beginGroup(ProfilesGroup + '/' + name);
    Profile p;
    p.name = name;
    p.region = s.value("region").toString();
    p.accessKeyId = s.value("accessKeyId").toString();
    p.mode = authModeFromName(s.value("mode").toString()).value_or(AuthMode::AccessKey);
    p.signature = signatureVersionFromName(s.value("signature").toString()).value_or(SignatureVersion::V3);
    p.endpointKind = endpointKindFromName(s.value("endpointKind").toString()).value_or(EndpointKind::Regional);
    p.explicitEndpoint = QUrl(s.value("endpoint").toString());
    bool ok = false;
    const int connect = s.value("connectTimeoutMs").toInt(&ok);
    p.connectTimeoutMs = ok && connect > 0 ? connect : Profile::DefaultConnectTimeoutMs;
    const int total = s.value("totalTimeoutMs").toInt(&ok);
    p.totalTimeoutMs = ok && total > 0 ? total : Profile::DefaultTotalTimeoutMs;
    s.endGroup();
    return p;
}

bool ProfileStore::contains(const QString& name) const
{
    if (!isValidProfileName(name))
        return false;
    m_settings->beginGroup(ProfilesGroup);
    const bool found = m_settings->childGroups().contains(name);
    m_settings->endGroup();
    return found;
}

bool ProfileStore::save(const Profile& profile)
{
    if (!isValidProfileName(profile.name)) {
        m_lastError = tr("\"%1\" is not a usable profile name.").arg(profile.name);
        return false;
    }
    QSettings& s = *m_settings;
    s.remove(ProfilesGroup + '/' + profile.name); // no stale keys from an older version
    s.beginGroup(ProfilesGroup + '/' + profile.name);
    s.setValue("region", profile.region);
    s.setValue("accessKeyId", profile.accessKeyId);
    s.setValue("mode", authModeName(profile.mode));
    s.setValue("signature", signatureVersionName(profile.signature));
    s.setValue("endpointKind", endpointKindName(profile.endpointKind));
    if (profile.endpointKind == EndpointKind::Explicit)
        s.setValue("endpoint", profile.explicitEndpoint.toString());
    s.setValue("connectTimeoutMs", profile.connectTimeoutMs);
    s.setValue("totalTimeoutMs", profile.totalTimeoutMs);
    s.endGroup();
    if (!contains(s.value(DefaultKey).toString()))
        s.setValue(DefaultKey, profile.name);
    return commit();
}

bool ProfileStore::remove(const QString& name)
{
    if (!contains(name))
        return false;
    QSettings& s = *m_settings;
    s.remove(ProfilesGroup + '/' + name);
    if (s.value(DefaultKey).toString() == name) {
        const QList<Profile> rest = profiles();
        if (rest.isEmpty())
            s.remove(DefaultKey);
        else
            s.setValue(DefaultKey, rest.first().name);
    }
    return commit();
}

bool ProfileStore::rename(const QString& from, const QString& to)
{
    std::optional<Profile> profile = this->profile(from);
    if (!profile) {
        m_lastError = tr("There is no profile named \"%1\".").arg(from);
        return false;
    }
    if (contains(to)) {
        m_lastError = tr("A profile named \"%1\" exists already.").arg(to);
        return false;
    }
    const bool wasDefault = m_settings->value(DefaultKey).toString() == from;
    profile->name = to;
    if (!save(*profile))
        return false;
    m_settings->remove(ProfilesGroup + '/' + from);
    if (wasDefault)
        m_settings->setValue(DefaultKey, to);
    return commit();
}

QString ProfileStore::defaultProfileName() const
{
    const QString name = m_settings->value(DefaultKey).toString();
    return contains(name) ? name : QString();
}

std::optional<Profile> ProfileStore::defaultProfile() const
{
    const QString name = defaultProfileName();
    return name.isEmpty() ? std::nullopt : profile(name);
}

bool ProfileStore::setDefaultProfileName(const QString& name)
{
    if (!contains(name)) {
        m_lastError = tr("There is no profile named \"%1\".").arg(name);
        return false;
    }
    m_settings->setValue(DefaultKey, name);
    return commit();
}

QString ProfileStore::lastError() const
{
    return m_lastError;
}

bool ProfileStore::commit()
{
    m_settings->sync();
    switch (m_settings->status()) {
    case QSettings::NoError:
        m_lastError.clear();
        return true;
    case QSettings::AccessError:
        m_lastError = tr("Cannot write the settings file %1; check that its folder exists and is writable.")
                          .arg(QFileInfo(m_settings->fileName()).absoluteFilePath());
        return false;
    case QSettings::FormatError:
        m_lastError = tr("The settings file %1 is damaged; move it away and add the profiles again.")
                          .arg(QFileInfo(m_settings->fileName()).absoluteFilePath());
        return false;
    }
    return false;
}

} // namespace sx
