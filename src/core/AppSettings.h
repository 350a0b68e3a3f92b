#pragma once

#include "Credentials.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QSettings>
#include <QStringList>

#include <memory>
#include <optional>

namespace sx {

struct ClientOptions;

// The desktop application's preferences and window geometry, in QSettings under organisation and application
// "sxstudio" (on Linux ~/.config/sxstudio/sxstudio.conf, the file sxstudio-cli keeps its profiles in).
// Values read back are always usable: a missing, foreign or out-of-range value reads as its default.
// Setters change the settings in memory; sync() writes them and says whether that worked.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    // Defaults match ClientOptions, so that the window behaves as the command line does.
    static constexpr int DefaultConnectTimeoutSeconds = 10;
    static constexpr int DefaultTotalTimeoutSeconds = 60;
    static constexpr SignatureVersion DefaultSignatureVersion = SignatureVersion::V3;
    static constexpr bool DefaultConfirmBeforeSubmit = true;
    static constexpr int DefaultHistoryRetentionDays = 0; // keep forever
    static constexpr int MinTimeoutSeconds = 1;
    static constexpr int MaxTimeoutSeconds = 600;
    static constexpr int MaxHistoryRetentionDays = 3650;

    AppSettings(); // the user's settings: organisation and application "sxstudio"
    explicit AppSettings(const QString& iniPath); // a settings file of its own, for tests
    ~AppSettings();
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    QString fileName() const;

    // "" follows the system; otherwise one of supportedLanguages(). Unknown codes are stored as "".
    QString language() const;
    void setLanguage(const QString& code);
    static QStringList supportedLanguages(); // "en", "zh_CN"

    // Clamped to [MinTimeoutSeconds, MaxTimeoutSeconds].
    int connectTimeoutSeconds() const;
    void setConnectTimeoutSeconds(int seconds);
    int totalTimeoutSeconds() const;
    void setTotalTimeoutSeconds(int seconds);
    void applyTimeouts(ClientOptions* options) const; // sets its connectTimeoutMs and totalTimeoutMs

    SignatureVersion signatureVersion() const; // for submissions without a profile
    void setSignatureVersion(SignatureVersion version);

    // The target the window's chooser last showed: "" for the built-in sandbox, else a profile name.
    QString lastTarget() const;
    void setLastTarget(const QString& target);

    bool confirmBeforeSubmit() const;
    void setConfirmBeforeSubmit(bool confirm);

    // 0 keeps the history forever; clamped to [0, MaxHistoryRetentionDays].
    int historyRetentionDays() const;
    void setHistoryRetentionDays(int days);
    // Entries recorded before this time are due for HistoryStore::prune(); nothing when kept forever.
    std::optional<QDateTime> historyCutoff(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

    // Puts every preference back to its default; window geometry is kept.
    void restoreDefaults();

    // Opaque blobs from QWidget::saveGeometry() / QMainWindow::saveState(), by a key such as "MainWindow".
    // An empty or unsafe key (one with '/' or '\\') reads as empty and is never written.
    QByteArray geometry(const QString& key) const;
    void setGeometry(const QString& key, const QByteArray& blob);

    // Writes pending changes. False, with lastError() naming the file, when it cannot be written or is damaged.
    bool sync();
    QString lastError() const; // empty, or a translated sentence

private:
    std::unique_ptr<QSettings> m_settings;
    QString m_lastError;
};

} // namespace sx
