#include "ProfilesDialog.h"
#include "ui_ProfilesDialog.h"

#include "AliyunConfigImporter.h"
#include "ImportPreviewDialog.h"
#include "ProfileEditor.h"
#include "ProfileRename.h"
#include "ProfileStore.h"

#include <QGuiApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPointer>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QTimer>

namespace sx {

namespace {

constexpr int NameRole = Qt::UserRole;

void repolish(QWidget* widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

void setState(QWidget* widget, const char* state)
{
    widget->setProperty("sxState", QString::fromLatin1(state));
    repolish(widget);
}

// One keychain change of a save or a removal.
struct SecretStep
{
    QString key;
    QString value; // for a write
    bool remove = false;
    bool mayFail = false; // tidying up: its failure does not stop the rest
};

// Runs the steps one after the other and calls done once: with the first failure, or Ok. A write that the store
// could only keep in memory (Locked, Unavailable) is not a failure: the keychain state line says so.
void runSecretSteps(SecretStore& store, QList<SecretStep> steps, std::function<void(const SecretResult&)> done)
{
    if (steps.isEmpty()) {
        done({SecretResult::Ok, {}, {}});
        return;
    }
    const SecretStep step = steps.takeFirst();
    auto next = [&store, steps, done, step](const SecretResult& r) {
        const bool failed = step.remove ? !r.ok() && !step.mayFail
                                        : r.status == SecretResult::Failed || r.status == SecretResult::NotFound;
        if (failed)
            done(r);
        else
            runSecretSteps(store, steps, done);
    };
    if (step.remove)
        store.remove(step.key, next);
    else
        store.write(step.key, step.value, next);
}

} // namespace

ProfilesDialog::ProfilesDialog(ProfileStore& profiles, SecretStore& secrets, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ProfilesDialog())
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_connectionTest(new ConnectionTest(this))
    , m_configPath(AliyunConfigImporter::defaultPath(QProcessEnvironment::systemEnvironment()))
{
    m_ui->setupUi(this);
    setStyleSheet(QStringLiteral("QLabel#statusLabel[sxState=\"error\"] { color: #c62828; }"
                                 "QFrame#keychainFrame[sxState=\"warning\"] { background: #fff4ce; "
                                 "border: 1px solid #e0a000; border-radius: 3px; }"));
    QFont headline = m_ui->keychainHeadline->font();
    headline.setBold(true);
    m_ui->keychainHeadline->setFont(headline);
    QFont title = m_ui->editorTitle->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    m_ui->editorTitle->setFont(title);
    // The editor scrolls up and down, never sideways: the dialog is at least as wide as its fields need.
    m_ui->editorScroll->setMinimumWidth(m_ui->editor->minimumSizeHint().width() +
                                        style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    m_ui->editor->setNameInUse([this](const QString& name) { return m_profiles.contains(name); });

    connect(m_ui->profileList, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem* current) { onCurrentItemChanged(current); });
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        if (m_dirty)
            askToSaveThen([this] { startNewProfile(); });
        else
            startNewProfile();
    });
    connect(m_ui->renameButton, &QPushButton::clicked, this, [this] {
        if (m_dirty)
            askToSaveThen([this] { askNewName(); });
        else
            askNewName();
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ProfilesDialog::confirmRemove);
    connect(m_ui->defaultButton, &QPushButton::clicked, this, &ProfilesDialog::setAsDefault);
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] {
        if (m_dirty)
            askToSaveThen([this] { openImportPreview(); });
        else
            openImportPreview();
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_ui->revertButton, &QPushButton::clicked, this, &ProfilesDialog::revert);
    connect(m_ui->editor, &ProfileEditor::edited, this, &ProfilesDialog::onEdited);
    connect(m_ui->editor, &ProfileEditor::testRequested, this, &ProfilesDialog::testConnection);
    connect(m_connectionTest, &ConnectionTest::finished, this, &ProfilesDialog::onTestFinished);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfilesDialog::reject);
    connect(&m_secrets, &SecretStore::stateChanged, this, &ProfilesDialog::updateKeychainState);

    // Show the profile to start from, then ask the keychain (at most once; it may take a moment).
    const QString first = m_profiles.defaultProfileName();
    refreshList(first);
    if (first.isEmpty())
        startNewProfile();
    else
        showProfile(first);
    updateKeychainState();
    QPointer<ProfilesDialog> self(this);
    m_secrets.probe([self](SecretStore::State) {
        if (self)
            self->updateKeychainState();
    });
}

ProfilesDialog::~ProfilesDialog() = default;

bool ProfilesDialog::selectProfile(const QString& name)
{
    if (!m_profiles.contains(name))
        return false;
    selectInList(name);
    onCurrentItemChanged(m_ui->profileList->currentItem());
    return true;
}

QString ProfilesDialog::currentProfileName() const
{
    return m_currentName;
}

bool ProfilesDialog::hasUnsavedChanges() const
{
    return m_dirty;
}

bool ProfilesDialog::isBusy() const
{
    return m_saving || m_removing || m_renaming || m_fetchingSecrets || m_connectionTest->isRunning();
}

QString ProfilesDialog::aliyunConfigPath() const
{
    return m_configPath;
}

void ProfilesDialog::setAliyunConfigPath(const QString& path)
{
    m_configPath = path;
}

void ProfilesDialog::reject()
{
    if (m_saving || m_removing)
        return; // a keychain answer is due: closing now could leave a secret without its profile
    if (m_dirty)
        askToSaveThen([this] { QDialog::reject(); });
    else
        QDialog::reject();
}

void ProfilesDialog::refreshList(const QString& selectName)
{
    const QSignalBlocker blocker(m_ui->profileList);
    m_ui->profileList->clear();
    const QString defaultName = m_profiles.defaultProfileName();
    for (const Profile& p : m_profiles.profiles()) {
        const bool isDefault = p.name == defaultName;
        auto* item = new QListWidgetItem(isDefault ? tr("%1 (default)").arg(p.name) : p.name, m_ui->profileList);
        item->setData(NameRole, p.name);
        QFont font = item->font();
        font.setBold(isDefault);
        item->setFont(font);
        const QUrl url = p.endpoint();
        item->setToolTip(url.isEmpty() ? p.region : tr("%1, %2").arg(p.region, url.toString()));
    }
    selectInList(selectName);
}

void ProfilesDialog::selectInList(const QString& name)
{
    const QSignalBlocker blocker(m_ui->profileList);
    for (int row = 0; row < m_ui->profileList->count(); ++row) {
        if (m_ui->profileList->item(row)->data(NameRole).toString() == name) {
            m_ui->profileList->setCurrentRow(row);
            return;
        }
    }
    m_ui->profileList->setCurrentRow(-1);
}

void ProfilesDialog::onCurrentItemChanged(QListWidgetItem* current)
{
    if (!current)
        return;
    const QString name = current->data(NameRole).toString();
    if (name == m_currentName)
        return;
    if (!m_dirty) {
        showProfile(name);
        return;
    }
    // Stay on what is being edited until the operator says what becomes of it; not from inside this signal.
    QTimer::singleShot(0, this, [this, name] {
        selectInList(m_currentName);
        askToSaveThen([this, name] { showProfile(name); });
    });
}

void ProfilesDialog::showProfile(const QString& name)
{
    const auto profile = m_profiles.profile(name);
    if (!profile) {
        refreshList({});
        startNewProfile();
        return;
    }
    selectInList(name);
    loadEditor(*profile, false);
}

void ProfilesDialog::startNewProfile()
{
    selectInList({});
    loadEditor(Profile {}, true);
    m_ui->editor->focusFirstField();
}

void ProfilesDialog::loadEditor(const Profile& profile, bool isNew)
{
    ++m_loadSerial;
    m_currentName = isNew ? QString() : profile.name;
    m_dirty = false;
    m_ui->editorTitle->setText(isNew ? tr("New profile") : tr("Profile \"%1\"").arg(profile.name));
    m_ui->editor->load(profile, isNew);
    updateButtons();
    if (!isNew)
        loadSecretPresence();
}

void ProfilesDialog::loadSecretPresence()
{
    // A keychain has no "is there an entry" call: read, keep only whether something came back, drop the value.
    using Presence = ProfileEditor::Presence;
    struct Found
    {
        Presence secret = Presence::Unknown;
        Presence token = Presence::Unknown;
    };
    auto found = std::make_shared<Found>();
    QPointer<ProfilesDialog> self(this);
    const quint64 serial = m_loadSerial;
    const auto settle = [self, serial, found](Presence Found::*which, const SecretResult& r) {
        if (!self || self->m_loadSerial != serial)
            return;
        if (r.ok())
            found.get()->*which = r.value.isEmpty() ? Presence::Missing : Presence::Stored;
        else
            found.get()->*which = r.status == SecretResult::NotFound ? Presence::Missing : Presence::Unreadable;
        self->m_ui->editor->setSecretPresence(found->secret, found->token);
    };
    m_secrets.read(SecretStore::accessKeySecretKey(m_currentName),
                   [settle](const SecretResult& r) { settle(&Found::secret, r); });
    m_secrets.read(SecretStore::securityTokenKey(m_currentName),
                   [settle](const SecretResult& r) { settle(&Found::token, r); });
}

void ProfilesDialog::onEdited()
{
    m_dirty = true;
    updateButtons();
}

void ProfilesDialog::updateKeychainState()
{
    QString headline;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    const char* state = "ok";
    switch (m_secrets.state()) {
    case SecretStore::State::Unknown:
        headline = tr("Checking the keychain…");
        break;
    case SecretStore::State::Available:
        headline = tr("Keychain available");
        icon = QStyle::SP_DialogApplyButton;
        break;
    case SecretStore::State::Locked:
        headline = tr("Keychain locked: secrets typed here are kept in memory for this session only");
        icon = QStyle::SP_MessageBoxWarning;
        state = "warning";
        break;
    case SecretStore::State::Unavailable:
        headline = tr("Keychain unavailable: secrets typed here are kept in memory for this session only");
        icon = QStyle::SP_MessageBoxWarning;
        state = "warning";
        break;
    }
    m_ui->keychainHeadline->setText(headline);
    m_ui->keychainStateLabel->setText(m_secrets.stateText());
    m_ui->keychainIcon->setPixmap(style()->standardIcon(icon).pixmap(24, 24));
    setState(m_ui->keychainFrame, state);
    m_ui->editor->setSecretsPersistent(m_secrets.isPersistent());
}

void ProfilesDialog::updateButtons()
{
    const bool busy = isBusy();
    const bool stored = !m_currentName.isEmpty();
    m_ui->profileList->setEnabled(!busy);
    m_ui->addButton->setEnabled(!busy);
    m_ui->importButton->setEnabled(!busy);
    m_ui->renameButton->setEnabled(stored && !busy);
    m_ui->removeButton->setEnabled(stored && !busy);
    m_ui->defaultButton->setEnabled(stored && !busy && m_profiles.defaultProfileName() != m_currentName);
    m_ui->editor->setEnabled(!m_saving && !m_removing && !m_renaming);
    m_ui->editor->setTestEnabled(!busy);
    m_ui->saveButton->setEnabled((m_dirty || !stored) && !busy);
    m_ui->revertButton->setEnabled(m_dirty && !busy);
}

void ProfilesDialog::setStatus(const QString& text, bool error)
{
    m_ui->statusLabel->setText(text);
    setState(m_ui->statusLabel, error ? "error" : "");
}

void ProfilesDialog::save(std::function<void()> then)
{
    if (isBusy())
        return;
    ProfileEditor& editor = *m_ui->editor;
    if (!editor.validate(ProfileEditor::Check::Save)) {
        setStatus(tr("Not saved: correct the marked fields."), true);
        editor.focusFirstProblem();
        return;
    }
    const Profile profile = editor.profile();
    QList<SecretStep> steps;
    if (!editor.typedSecret().isEmpty())
        steps.append({SecretStore::accessKeySecretKey(profile.name), editor.typedSecret()});
    if (!editor.typedToken().isEmpty())
        steps.append({SecretStore::securityTokenKey(profile.name), editor.typedToken()});
    else if (profile.mode == AuthMode::AccessKey) // a plain AccessKey signs without a token: forget an old one
        steps.append({SecretStore::securityTokenKey(profile.name), {}, true, true});

    m_saving = true;
    updateButtons();
    setStatus(tr("Saving…"));
    QPointer<ProfilesDialog> self(this);
    runSecretSteps(m_secrets, steps, [self, profile, then](const SecretResult& r) {
        if (!self)
            return;
        ProfilesDialog& d = *self;
        d.m_saving = false;
        if (!r.ok()) {
            // The typed secret stays in its field: nothing is lost, saving can be tried again.
            d.setStatus(tr("Not saved: the keychain did not store the secret. %1").arg(r.message), true);
            d.updateButtons();
            return;
        }
        if (!d.m_profiles.save(profile)) {
            d.setStatus(tr("Not saved: %1").arg(d.m_profiles.lastError()), true);
            d.updateButtons();
            return;
        }
        d.refreshList(profile.name);
        d.loadEditor(profile, false);
        d.setStatus(
            d.m_secrets.isPersistent()
                ? tr("Saved profile \"%1\".").arg(profile.name)
                : tr("Saved profile \"%1\"; its secrets are kept in memory for this session only.").arg(profile.name));
        Q_EMIT d.profilesChanged();
        if (then)
            then();
    });
}

void ProfilesDialog::revert()
{
    if (isBusy())
        return;
    if (m_currentName.isEmpty())
        loadEditor(Profile {}, true);
    else
        showProfile(m_currentName);
    setStatus(tr("Changes discarded."));
}

void ProfilesDialog::askNewName()
{
    if (isBusy() || m_currentName.isEmpty())
        return;
    const QString from = m_currentName;
    auto* ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("renameDialog"));
    ask->setWindowTitle(tr("Rename profile"));
    ask->setLabelText(tr("New name for \"%1\" (letters, digits, dots, dashes, underscores):").arg(from));
    ask->setTextValue(from);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QInputDialog::textValueSelected, this, [this, from](const QString& to) {
        if (to.trimmed() != from)
            renameTo(from, to.trimmed());
    });
    ask->open();
}

void ProfilesDialog::renameTo(const QString& from, const QString& to)
{
    m_renaming = true;
    updateButtons();
    setStatus(tr("Renaming…"));
    QPointer<ProfilesDialog> self(this);
    renameProfile(m_profiles, m_secrets, from, to, [self, from, to](const RenameResult& result) {
        if (!self)
            return;
        ProfilesDialog& d = *self;
        d.m_renaming = false;
        if (!result.ok) {
            d.setStatus(tr("Not renamed: %1").arg(result.message), true);
            d.updateButtons();
            return;
        }
        d.refreshList(to);
        d.showProfile(to);
        d.setStatus(result.message.isEmpty()
                        ? tr("Renamed profile \"%1\" to \"%2\".").arg(from, to)
                        : tr("Renamed profile \"%1\" to \"%2\". %3").arg(from, to, result.message));
        Q_EMIT d.profileRenamed(from, to);
        Q_EMIT d.profilesChanged();
    });
}

void ProfilesDialog::confirmRemove()
{
    if (isBusy() || m_currentName.isEmpty())
        return;
    const QString name = m_currentName;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove profile"),
                                tr("Remove profile \"%1\" and its secrets from the keychain?").arg(name),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemoveBox"));
    QPushButton* remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, name] {
        if (box->clickedButton() == remove)
            removeProfile(name);
    });
    box->open();
}

void ProfilesDialog::removeProfile(const QString& name)
{
    if (isBusy() || !m_profiles.contains(name))
        return;
    m_removing = true;
    updateButtons();
    setStatus(tr("Removing…"));
    // Secrets first: a profile whose secrets stay behind is kept, unless the operator says otherwise.
    const QList<SecretStep> steps = {{SecretStore::accessKeySecretKey(name), {}, true},
                                     {SecretStore::securityTokenKey(name), {}, true}};
    QPointer<ProfilesDialog> self(this);
    runSecretSteps(m_secrets, steps, [self, name](const SecretResult& r) {
        if (!self)
            return;
        ProfilesDialog& d = *self;
        if (r.ok()) {
            d.finishRemove(name);
            return;
        }
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Remove profile"),
                                    tr("The secrets of \"%1\" could not be removed from the keychain: %2\n\nRemove "
                                       "the profile anyway? Its secret may stay in the keychain.")
                                        .arg(name, r.message),
                                    QMessageBox::Cancel, &d);
        box->setObjectName(QStringLiteral("removeAnywayBox"));
        QPushButton* anyway = box->addButton(tr("Remove &anyway"), QMessageBox::DestructiveRole);
        box->setDefaultButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, &d, [&d, box, anyway, name] {
            if (box->clickedButton() == anyway) {
                d.finishRemove(name);
                return;
            }
            d.m_removing = false;
            d.setStatus(tr("Profile \"%1\" was kept.").arg(name));
            d.updateButtons();
        });
        box->open();
    });
}

void ProfilesDialog::finishRemove(const QString& name)
{
    m_removing = false;
    if (!m_profiles.remove(name)) {
        setStatus(tr("Not removed: %1").arg(m_profiles.lastError()), true);
        updateButtons();
        return;
    }
    const QString next = m_profiles.defaultProfileName();
    refreshList(next);
    if (next.isEmpty())
        startNewProfile();
    else
        showProfile(next);
    setStatus(tr("Removed profile \"%1\" and its secrets.").arg(name));
    Q_EMIT profilesChanged();
}

void ProfilesDialog::setAsDefault()
{
    if (isBusy() || m_currentName.isEmpty())
        return;
    if (!m_profiles.setDefaultProfileName(m_currentName)) {
        setStatus(m_profiles.lastError(), true);
        return;
    }
    refreshList(m_currentName);
    updateButtons();
    setStatus(tr("\"%1\" is the default profile.").arg(m_currentName));
    Q_EMIT profilesChanged();
}

void ProfilesDialog::testConnection()
{
    if (isBusy())
        return; // never twice at once
    ProfileEditor& editor = *m_ui->editor;
    if (!editor.validate(ProfileEditor::Check::Connection)) {
        setStatus(tr("Cannot test yet: correct the marked fields."), true);
        editor.focusFirstProblem();
        return;
    }
    const Profile profile = editor.profile();
    m_fetchingSecrets = true;
    editor.showTesting(tr("Connecting to %1…").arg(profile.endpoint().toString()));
    updateButtons();

    // What is typed wins; else what the store holds for the saved profile (read now, kept in memory only).
    Credentials credentials;
    credentials.accessKeyId = profile.accessKeyId;
    credentials.accessKeySecret = editor.typedSecret();
    credentials.securityToken = editor.typedToken();
    QStringList keys;
    if (credentials.accessKeySecret.isEmpty())
        keys.append(SecretStore::accessKeySecretKey(m_currentName));
    if (profile.mode == AuthMode::Sts && credentials.securityToken.isEmpty())
        keys.append(SecretStore::securityTokenKey(m_currentName));
    fetchSecretsThenTest(profile, credentials, keys);
}

void ProfilesDialog::fetchSecretsThenTest(const Profile& profile, Credentials credentials, QStringList keys)
{
    if (keys.isEmpty()) {
        m_fetchingSecrets = false;
        m_connectionTest->start(profile, credentials);
        updateButtons();
        return;
    }
    const QString key = keys.takeFirst();
    QPointer<ProfilesDialog> self(this);
    m_secrets.read(key, [self, profile, credentials, keys, key](const SecretResult& r) mutable {
        if (!self)
            return;
        if (!r.ok() || r.value.isEmpty()) {
            self->m_fetchingSecrets = false;
            ConnectionTest::Report report;
            report.summary = r.ok() || r.status == SecretResult::NotFound
                ? tr("Not tested: no secret is stored for this profile; type it above.")
                : tr("Not tested: the secret could not be read. %1").arg(r.message);
            self->onTestFinished(report);
            return;
        }
        if (key == SecretStore::securityTokenKey(profile.name))
            credentials.securityToken = r.value;
        else
            credentials.accessKeySecret = r.value;
        self->fetchSecretsThenTest(profile, credentials, keys);
    });
}

void ProfilesDialog::onTestFinished(const ConnectionTest::Report& report)
{
    m_ui->editor->showConnectionReport(report);
    updateButtons();
}

void ProfilesDialog::openImportPreview()
{
    if (isBusy())
        return;
    auto* preview = new ImportPreviewDialog(m_profiles, m_secrets, m_configPath, this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QDialog::accepted, this, [this, preview] {
        const QString path = preview->path();
        m_configPath = path;
        QTimer::singleShot(0, this, [this, path] { runImport(path); });
    });
    preview->open();
}

void ProfilesDialog::runImport(const QString& path)
{
    // The importer waits for the keychain in a local loop that takes no input, a few seconds at worst.
    m_saving = true;
    updateButtons();
    setStatus(tr("Importing…"));
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const auto report = AliyunConfigImporter::importFile(path, m_profiles, m_secrets, &error);
    QGuiApplication::restoreOverrideCursor();
    m_saving = false;

    const QStringList imported = report ? report->imported : QStringList();
    if (!imported.isEmpty()) {
        const QString show = report->newDefault.isEmpty() ? imported.first() : report->newDefault;
        refreshList(show);
        showProfile(show);
        Q_EMIT profilesChanged();
    }
    if (!error.isEmpty())
        setStatus(imported.isEmpty() ? error
                                     : tr("Imported %1; then: %2").arg(imported.join(QStringLiteral(", ")), error),
                  true);
    else if (imported.isEmpty())
        setStatus(tr("Nothing was imported."));
    else
        setStatus(
            tr("Imported %n profile(s): %1.", nullptr, int(imported.size())).arg(imported.join(QStringLiteral(", "))));
    updateButtons();
}

void ProfilesDialog::askToSaveThen(std::function<void()> proceed)
{
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Unsaved changes"),
        m_currentName.isEmpty() ? tr("The new profile has not been saved. Save it?")
                                : tr("Profile \"%1\" has changes that are not saved. Save them?").arg(m_currentName),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedChangesBox"));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, proceed = std::move(proceed)] {
        switch (box->standardButton(box->clickedButton())) {
        case QMessageBox::Save:
            save(proceed);
            break;
        case QMessageBox::Discard:
            m_ui->editor->clearTypedSecrets();
            m_dirty = false;
            proceed();
            break;
        default:
            break;
        }
    });
    box->open();
}

} // namespace sx
