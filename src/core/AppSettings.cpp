#include "AppSettings.h"

#include "Profile.h"
#include "SchedulerXClient.h"

#include <QFileInfo>

#include <algorithm>

namespace sx {

namespace {

// Groups of their own: the same file holds sxstudio-cli's profiles.
const QString LanguageKey = QStringLiteral("ui/language"); // where Translations reads it before any window
const QString ConnectTimeoutKey = QStringLiteral("preferences/connectTimeoutSeconds");
const QString TotalTimeoutKey = QStringLiteral("preferences/totalTimeoutSeconds");
const QString SignatureKey = QStringLiteral("preferences/signatureVersion");
const QString TargetKey = QStringLiteral("ui/profile");
const QString ConfirmKey = QStringLiteral("preferences/confirmBeforeSubmit");
const QString RetentionKey = QStringLiteral("preferences/historyRetentionDays");
const QString PreferencesGroup = QStringLiteral("preferences");
const QString GeometryGroup = QStringLiteral("geometry/");

int readInt(const QSettings& s, const QString& key, int fallback, int min, int max)
{
    bool ok = false;
    const int value = s.value(key).toInt(&ok);
    return ok ? std::clamp(value, min, max) : fallback;
}

bool isSafeKey(const QString& key)
{
    return !key.isEmpty() && !key.contains('/') && !key.contains('\\');
}

} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>(QStringLiteral("sxstudio"), QStringLiteral("sxstudio")))
{
}

AppSettings::AppSettings(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

QStringList AppSettings::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString AppSettings::language() const
{
    const QString code = m_settings->value(LanguageKey).toString();
    return supportedLanguages().contains(code) ? code : QString();
}

void AppSettings::setLanguage(const QString& code)
{
    m_settings->setValue(LanguageKey, supportedLanguages().contains(code) ? code : QString());
}

int AppSettings::connectTimeoutSeconds() const
{
    return readInt(*m_settings, ConnectTimeoutKey, DefaultConnectTimeoutSeconds, MinTimeoutSeconds, MaxTimeoutSeconds);
}

void AppSettings::setConnectTimeoutSeconds(int seconds)
{
    m_settings->setValue(ConnectTimeoutKey, std::clamp(seconds, MinTimeoutSeconds, MaxTimeoutSeconds));
}

int AppSettings::totalTimeoutSeconds() const
{
    return readInt(*m_settings, TotalTimeoutKey, DefaultTotalTimeoutSeconds, MinTimeoutSeconds, MaxTimeoutSeconds);
}

void AppSettings::setTotalTimeoutSeconds(int seconds)
{
    m_settings->setValue(TotalTimeoutKey, std::clamp(seconds, MinTimeoutSeconds, MaxTimeoutSeconds));
}

void AppSettings::applyTimeouts(ClientOptions* options) const
{
    options->connectTimeoutMs = connectTimeoutSeconds() * 1000;
    options->totalTimeoutMs = totalTimeoutSeconds() * 1000;
}

SignatureVersion AppSettings::signatureVersion() const
{
    return signatureVersionFromName(m_settings->value(SignatureKey).toString()).value_or(DefaultSignatureVersion);
}

void AppSettings::setSignatureVersion(SignatureVersion version)
{
    m_settings->setValue(SignatureKey, signatureVersionName(version));
}

QString AppSettings::lastTarget() const
{
    return m_settings->value(TargetKey).toString();
}

void AppSettings::setLastTarget(const QString& target)
{
    if (lastTarget() != target) // a write costs a disk sync at the next sync()
        m_settings->setValue(TargetKey, target);
}

bool AppSettings::confirmBeforeSubmit() const
{
    return m_settings->value(ConfirmKey, DefaultConfirmBeforeSubmit).toBool(); // "false" and "0" say no
}

void AppSettings::setConfirmBeforeSubmit(bool confirm)
{
    m_settings->setValue(ConfirmKey, confirm);
}

int AppSettings::historyRetentionDays() const
{
    return readInt(*m_settings, RetentionKey, DefaultHistoryRetentionDays, 0, MaxHistoryRetentionDays);
}

void AppSettings::setHistoryRetentionDays(int days)
{
    m_settings->setValue(RetentionKey, std::clamp(days, 0, MaxHistoryRetentionDays));
}

std::optional<QDateTime> AppSettings::historyCutoff(const QDateTime& now) const
{
    const int days = historyRetentionDays();
    if (days == 0)
        return std::nullopt;
    return now.toUTC().addDays(-days);
}

void AppSettings::restoreDefaults()
{
    m_settings->remove(PreferencesGroup);
    m_settings->remove(LanguageKey);
}

QByteArray AppSettings::geometry(const QString& key) const
{
    if (!isSafeKey(key))
        return {};
    return m_settings->value(GeometryGroup + key).toByteArray();
}

void AppSettings::setGeometry(const QString& key, const QByteArray& blob)
{
    // Only what changed: a quit that moved nothing then leaves the file alone instead of rewriting and syncing it.
    if (isSafeKey(key) && geometry(key) != blob)
        m_settings->setValue(GeometryGroup + key, blob);
}

bool AppSettings::sync()
{
    m_settings->sync();
    const QString file = QFileInfo(m_settings->fileName()).absoluteFilePath();
    switch (m_settings->status()) {
    case QSettings::NoError:
        m_lastError.clear();
        return true;
    case QSettings::AccessError:
        m_lastError = tr("Cannot write the settings file %1; check that its folder exists and is writable.").arg(file);
        return false;
    case QSettings::FormatError:
        m_lastError = tr("The settings file %1 is damaged; move it away and set the preferences again.").arg(file);
        return false;
    }
    return false;
}

QString AppSettings::lastError() const
{
    return m_lastError;
}

} // namespace sx
