#pragma once

#include "AliyunConfigImporter.h"

#include <QDialog>
#include <QScopedPointer>

#include <optional>

namespace Ui {
class ImportPreviewDialog;
}

namespace sx {

class ProfileStore;
class SecretStore;

/** Shows what importing the aliyun CLI's config.json would do (added, replaced, skipped and why) before anything
 *  is written. Accepting it only confirms; the caller then runs AliyunConfigImporter::importFile(path()). */
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPreviewDialog(const ProfileStore& profiles,
                        const SecretStore& secrets,
                        const QString& path,
                        QWidget* parent = nullptr);
    ~ImportPreviewDialog() override;

    QString path() const;
    void setPath(const QString& path); // reads that file and shows its plan

    // Empty when the file could not be read (errorText() says why).
    const std::optional<AliyunImportPlan>& plan() const;
    QString errorText() const;
    bool canImport() const; // something to import, and a keychain that can keep the secrets

private:
    void refresh();
    void browse();
    void fillTree();
    void updateSummary();

    const QScopedPointer<Ui::ImportPreviewDialog> m_ui;
    const ProfileStore& m_profiles;
    const SecretStore& m_secrets;
    std::optional<AliyunImportPlan> m_plan;
    QString m_error;
    QString m_shownPath; // the file the plan was read from
};

} // namespace sx
