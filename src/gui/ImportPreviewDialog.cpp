#include "ImportPreviewDialog.h"
#include "ui_ImportPreviewDialog.h"

#include "ProfileStore.h"
#include "SecretStore.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QPushButton>
#include <QStyle>

namespace sx {

namespace {

using Action = AliyunImportPlan::Action;

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const ProfileStore& profiles,
                                         const SecretStore& secrets,
                                         const QString& path,
                                         QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ImportPreviewDialog())
    , m_profiles(profiles)
    , m_secrets(secrets)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_ui->keychainWarning->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_ui->planTree->header()->setStretchLastSection(true);
    m_ui->pathEdit->setText(QDir::toNativeSeparators(path));

    connect(m_ui->pathEdit, &QLineEdit::editingFinished, this, [this] {
        if (this->path() != m_shownPath) // editingFinished also comes on focus loss
            refresh();
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportPreviewDialog::browse);
    refresh();
}

ImportPreviewDialog::~ImportPreviewDialog() = default;

QString ImportPreviewDialog::path() const
{
    return QDir::fromNativeSeparators(m_ui->pathEdit->text().trimmed());
}

void ImportPreviewDialog::setPath(const QString& path)
{
    m_ui->pathEdit->setText(QDir::toNativeSeparators(path));
    refresh();
}

const std::optional<AliyunImportPlan>& ImportPreviewDialog::plan() const
{
    return m_plan;
}

QString ImportPreviewDialog::errorText() const
{
    return m_error;
}

bool ImportPreviewDialog::canImport() const
{
    const SecretStore::State state = m_secrets.state();
    // The importer refuses to write a profile whose secret the keychain cannot keep for good.
    const bool keychainRefuses = state == SecretStore::State::Locked || state == SecretStore::State::Unavailable;
    return m_plan && m_plan->importsAnything() && !keychainRefuses;
}

void ImportPreviewDialog::refresh()
{
    m_shownPath = path();
    m_error.clear();
    m_plan = AliyunConfigImporter::preview(path(), m_profiles, &m_error);
    m_ui->errorLabel->setText(m_error);
    m_ui->errorLabel->setVisible(!m_error.isEmpty());
    fillTree();
    updateSummary();
}

void ImportPreviewDialog::browse()
{
    const QString chosen = QFileDialog::getOpenFileName(this, tr("The aliyun CLI's configuration"), path(),
                                                        tr("JSON files (*.json);;All files (*)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ImportPreviewDialog::fillTree()
{
    m_ui->planTree->clear();
    if (!m_plan)
        return;
    for (const AliyunImportPlan::Entry& entry : m_plan->entries) {
        QString what;
        QString details;
        QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
        switch (entry.action) {
        case Action::Add:
            what = tr("Added");
            details = tr("A new profile in %1.").arg(entry.detail);
            break;
        case Action::Replace:
            what = tr("Replaces yours");
            details =
                tr("Your profile \"%1\" and its secret are overwritten (region %2).").arg(entry.name, entry.detail);
            icon = QStyle::SP_MessageBoxWarning;
            break;
        case Action::Skip:
            what = tr("Skipped");
            details =
                entry.detail; // a clause from the importer ("no AccessKey secret in the file"): make it a sentence
            if (!details.isEmpty())
                details[0] = details[0].toUpper();
            icon = QStyle::SP_DialogCancelButton;
            break;
        case Action::Unsupported:
            what = tr("Not supported");
            details = tr("%1 profiles cannot be imported; only AK and StsToken ones can.").arg(entry.detail);
            icon = QStyle::SP_DialogCancelButton;
            break;
        }
        auto* item = new QTreeWidgetItem(m_ui->planTree, {entry.name, what, details});
        item->setIcon(1, style()->standardIcon(icon));
        item->setToolTip(2, details);
        item->setData(0, Qt::UserRole, int(entry.action));
    }
    m_ui->planTree->resizeColumnToContents(0);
    m_ui->planTree->resizeColumnToContents(1);
}

void ImportPreviewDialog::updateSummary()
{
    QStringList lines;
    if (m_plan) {
        const qsizetype added = m_plan->names(Action::Add).size();
        const qsizetype replaced = m_plan->names(Action::Replace).size();
        const qsizetype left = m_plan->entries.size() - added - replaced;
        if (m_plan->entries.isEmpty())
            lines.append(tr("The file holds no profiles."));
        else if (added + replaced == 0)
            lines.append(tr("Nothing here can be imported."));
        else
            lines.append(tr("%n profile(s) will be imported.", nullptr, int(added + replaced)));
        if (replaced > 0)
            lines.append(tr("%n profile(s) of yours will be replaced.", nullptr, int(replaced)));
        if (left > 0 && added + replaced > 0)
            lines.append(tr("%n profile(s) will be left out.", nullptr, int(left)));
        if (!m_plan->newDefault.isEmpty())
            lines.append(tr("\"%1\" will become the default profile.").arg(m_plan->newDefault));
    }
    m_ui->summaryLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->summaryLabel->setVisible(!lines.isEmpty());

    const SecretStore::State state = m_secrets.state();
    const bool keychainRefuses = state == SecretStore::State::Locked || state == SecretStore::State::Unavailable;
    const bool warn = keychainRefuses && m_plan && m_plan->importsAnything();
    m_ui->keychainWarning->setText(warn ? tr("Nothing can be imported now: %1").arg(m_secrets.stateText()) : QString());
    m_ui->keychainWarning->setVisible(warn);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(canImport());
}

} // namespace sx
