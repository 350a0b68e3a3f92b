#pragma once

#include "ConnectionTest.h"
#include "SecretStore.h"

#include <QDialog>
#include <QScopedPointer>

#include <functional>

namespace Ui {
class ProfilesDialog;
}

class QListWidgetItem;

namespace sx {

class ProfileStore;

/** Manages the profiles: the list (default marked), the selected profile's settings (a ProfileEditor), its secrets
 *  (typed into password fields, kept by the SecretStore, never shown again), a connection test and the import of
 *  the aliyun CLI's profiles. The core does the work (ProfileStore, SecretStore, AliyunConfigImporter,
 *  SchedulerXClient); the dialog moves values and words the answers. Keychain calls are asynchronous. */
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    // Both stores must outlive the dialog.
    ProfilesDialog(ProfileStore& profiles, SecretStore& secrets, QWidget* parent = nullptr);
    ~ProfilesDialog() override;

    // Shows that profile in the editor, as a click in the list does; false when there is none by that name.
    bool selectProfile(const QString& name);
    QString currentProfileName() const; // empty while a new profile is being written
    bool hasUnsavedChanges() const;
    bool isBusy() const; // saving, renaming, removing or testing the connection

    // The aliyun CLI configuration the import offers first; AliyunConfigImporter::defaultPath() by default.
    QString aliyunConfigPath() const;
    void setAliyunConfigPath(const QString& path);

    void reject() override; // with unsaved changes, asks first (Save, Discard, Cancel)

Q_SIGNALS:
    // Something was saved, renamed, removed, imported or made the default: refresh what shows the profiles.
    void profilesChanged();
    void profileRenamed(const QString& from, const QString& to); // before its profilesChanged()

private:
    void refreshList(const QString& selectName);
    void selectInList(const QString& name);
    void onCurrentItemChanged(QListWidgetItem* current);
    void showProfile(const QString& name);
    void startNewProfile();
    void loadEditor(const Profile& profile, bool isNew);
    void loadSecretPresence();
    void onEdited();

    void updateKeychainState();
    void updateButtons();
    void setStatus(const QString& text, bool error = false);

    void save(std::function<void()> then = {});
    void revert();
    void askNewName();
    void renameTo(const QString& from, const QString& to);
    void confirmRemove();
    void removeProfile(const QString& name);
    void finishRemove(const QString& name);
    void setAsDefault();
    void testConnection();
    void fetchSecretsThenTest(const Profile& profile, Credentials credentials, QStringList keys);
    void onTestFinished(const ConnectionTest::Report& report);
    void openImportPreview();
    void runImport(const QString& path);
    void askToSaveThen(std::function<void()> proceed);

    const QScopedPointer<Ui::ProfilesDialog> m_ui;
    ProfileStore& m_profiles;
    SecretStore& m_secrets;
    ConnectionTest* m_connectionTest;
    QString m_configPath;

    QString m_currentName; // the stored profile in the editor; empty for a new one
    bool m_dirty = false;
    quint64 m_loadSerial = 0; // drops keychain answers about a profile no longer shown
    bool m_saving = false;
    bool m_removing = false;
    bool m_renaming = false;
    bool m_fetchingSecrets = false; // reading the stored secrets for a connection test
};

} // namespace sx
