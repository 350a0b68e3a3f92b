#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class SettingsDialog;
}

namespace sx {

class AppSettings;

/** Edits the application's preferences (AppSettings). OK writes them all and closes; when the settings file
 *  cannot be written the dialog stays open and says why. Cancel changes nothing. Restore Defaults resets the
 *  form only: nothing is written until OK. */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

Q_SIGNALS:
    // After OK, when the language differs from the one the dialog opened with ("" follows the system).
    void languageChanged(const QString& code);

private:
    void load();
    void restoreDefaults();
    void save();
    QString selectedLanguage() const;
    void updateLanguageNote();
    void updateRetentionSuffix(int days);

    const QScopedPointer<Ui::SettingsDialog> m_ui;
    AppSettings& m_settings;
    QString m_openedLanguage;
};

} // namespace sx
