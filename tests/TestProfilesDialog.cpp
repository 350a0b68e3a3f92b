// The Profiles dialog driven through its real widgets, against a real keychain (tests/with-keyring.sh runs a
// private gnome-keyring) and the in-process sandbox (issue 7).
#include "AppContext.h"
#include "ImportPreviewDialog.h"
#include "JobForm.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "ProfilesDialog.h"
#include "ResponseParser.h"
#include "SandboxServer.h"
#include "TestSupport.h"
#include <QSettings>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

#include <memory>

using namespace sx;

class TestProfilesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addedSecretGoesToKeychainNotToFile();
    void reopenedDialogNeverShowsTheSecret();
    void testConnectionCountsNamespaces();
    void wrongSecretShowsSignatureHint();
    void removeDeletesKeychainEntries();
    void renameMovesKeychainEntries();
    void importPreviewThenImport();
    void fieldsAreValidatedAtTheField();
    void setAsDefaultMarksTheList();
    void stsTokenGoesToKeychainAndLeavesWithTheMode();
    void unsavedChangesAreNotLostOnClose();
    void unavailableKeychainWarnsInMemoryOnly();
    void lockedKeychainIsSaid();
    void addedProfileSubmitsFromTheMainWindow();

private:
    template <typename T>
    T* child(const char* name) const
    {
        T* widget = m_dialog->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    void openDialog(SecretStore& secrets);
    void retype(const char* editName, const QString& text);
    void choose(const char* comboName, int data);
    // Fills the editor of a new profile through its widgets and clicks Save.
    void addProfile(const QString& name, const QString& accessKeyId, const QString& secret, const QUrl& endpoint = {});
    QString settingsText() const;
    QStringList listTexts() const;
    // Every text the dialog shows, to make sure a secret is never among them.
    QString everythingShown() const;

    std::unique_ptr<SandboxServer> m_sandbox;
    QString m_service;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    ProfilesDialog* m_dialog = nullptr;
    std::unique_ptr<QSignalSpy> m_changed;
};

void TestProfilesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY2(m_sandbox->listen(), qPrintable(m_sandbox->errorString()));
    // A service name of this run only: nothing here can meet a real profile's secret.
    m_service = QStringLiteral("io.github.sxstudio.test-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

void TestProfilesDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath("sxstudio.ini"));
    m_keychain = std::make_unique<KeychainSecretStore>(m_service, 5'000, 10'000);
    QVERIFY2(m_keychain->probeNow() == SecretStore::State::Available,
             qPrintable("No usable keychain; run this test through tests/with-keyring.sh. " + m_keychain->stateText()));
}

void TestProfilesDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
    m_changed.reset();
    for (const char* name : {"work", "prod", "temp", "custom", "other", "sandbox"}) {
        m_keychain->removeNow(SecretStore::accessKeySecretKey(name));
        m_keychain->removeNow(SecretStore::securityTokenKey(name));
    }
    m_keychain.reset();
    m_profiles.reset();
    m_dir.reset();
}

void TestProfilesDialog::openDialog(SecretStore& secrets)
{
    delete m_dialog;
    m_dialog = new ProfilesDialog(*m_profiles, secrets);
    m_changed = std::make_unique<QSignalSpy>(m_dialog, &ProfilesDialog::profilesChanged);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void TestProfilesDialog::retype(const char* editName, const QString& text)
{
    auto* edit = child<QLineEdit>(editName);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void TestProfilesDialog::choose(const char* comboName, int data)
{
    auto* combo = child<QComboBox>(comboName);
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

void TestProfilesDialog::addProfile(const QString& name,
                                    const QString& accessKeyId,
                                    const QString& secret,
                                    const QUrl& endpoint)
{
    const int before = int(m_profiles->profiles().size());
    QTest::mouseClick(child<QPushButton>("addButton"), Qt::LeftButton);
    QVERIFY(m_dialog->currentProfileName().isEmpty());
    retype("nameEdit", name);
    retype("accessKeyIdEdit", accessKeyId);
    retype("secretEdit", secret);
    retype("regionEdit", "cn-hangzhou");
    if (!endpoint.isEmpty()) {
        choose("endpointKindCombo", int(EndpointKind::Explicit));
        retype("endpointEdit", endpoint.toString());
    }
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_COMPARE(int(m_profiles->profiles().size()), before + 1);
    QTRY_VERIFY(!m_dialog->isBusy());
    QCOMPARE(m_dialog->currentProfileName(), name);
}

QString TestProfilesDialog::settingsText() const
{
    QFile file(m_profiles->settingsPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList TestProfilesDialog::listTexts() const
{
    QStringList texts;
    auto* list = child<QListWidget>("profileList");
    for (int i = 0; i < list->count(); ++i)
        texts.append(list->item(i)->text());
    return texts;
}

QString TestProfilesDialog::everythingShown() const
{
    QStringList texts = listTexts();
    for (const QLineEdit* edit : m_dialog->findChildren<QLineEdit*>())
        texts << edit->text() << edit->placeholderText() << edit->toolTip() << edit->displayText();
    for (const QLabel* label : m_dialog->findChildren<QLabel*>())
        texts << label->text() << label->toolTip();
    for (const QPlainTextEdit* edit : m_dialog->findChildren<QPlainTextEdit*>())
        texts << edit->toPlainText();
    return texts.join('\n');
}

void TestProfilesDialog::addedSecretGoesToKeychainNotToFile()
{
    openDialog(*m_keychain);
    // No profiles yet: the editor starts a new one.
    QVERIFY(m_dialog->currentProfileName().isEmpty());
    QCOMPARE(child<QLineEdit>("secretEdit")->echoMode(), QLineEdit::Password);
    addProfile("work", "LTAIworkID", "work-secret-value");

    QCOMPARE(m_keychain->readNow(SecretStore::accessKeySecretKey("work")).value, QString("work-secret-value"));
    const QString ini = settingsText();
    QVERIFY2(ini.contains("LTAIworkID"), qPrintable(ini));
    QVERIFY2(!ini.contains("work-secret-value"), qPrintable(ini));
    QCOMPARE(m_changed->size(), 1);
    // The first profile is the default, marked in the list.
    QCOMPARE(listTexts(), QStringList {"work (default)"});
    QVERIFY(child<QListWidget>("profileList")->item(0)->font().bold());
    // Saved: the field is emptied, and says a secret is stored.
    QVERIFY(child<QLineEdit>("secretEdit")->text().isEmpty());
    QTRY_VERIFY2(child<QLineEdit>("secretEdit")->placeholderText().contains("Stored in the keychain"),
                 qPrintable(child<QLineEdit>("secretEdit")->placeholderText()));
    QVERIFY(!everythingShown().contains("work-secret-value"));
    QVERIFY(!m_dialog->hasUnsavedChanges());
}

void TestProfilesDialog::reopenedDialogNeverShowsTheSecret()
{
    openDialog(*m_keychain);
    addProfile("work", "LTAIworkID", "work-secret-value");
    openDialog(*m_keychain); // a new dialog on the same stores

    QCOMPARE(m_dialog->currentProfileName(), QString("work"));
    auto* secret = child<QLineEdit>("secretEdit");
    QTRY_VERIFY2(secret->placeholderText().contains("Stored in the keychain"), qPrintable(secret->placeholderText()));
    QVERIFY(secret->text().isEmpty());
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QCOMPARE(child<QLineEdit>("accessKeyIdEdit")->text(), QString("LTAIworkID"));
    QVERIFY(child<QLineEdit>("nameEdit")->isReadOnly());
    QVERIFY(!everythingShown().contains("work-secret-value"));
    QVERIFY(!m_dialog->hasUnsavedChanges());

    // Saving other settings keeps the stored secret.
    retype("regionEdit", "cn-shanghai");
    QVERIFY(m_dialog->hasUnsavedChanges());
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_COMPARE(m_profiles->profile("work")->region, QString("cn-shanghai"));
    QTRY_VERIFY(!m_dialog->isBusy());
    QCOMPARE(m_keychain->readNow(SecretStore::accessKeySecretKey("work")).value, QString("work-secret-value"));
}

void TestProfilesDialog::testConnectionCountsNamespaces()
{
    const Credentials sandbox = m_sandbox->credentials();
    openDialog(*m_keychain);
    addProfile("sandbox", sandbox.accessKeyId, sandbox.accessKeySecret, m_sandbox->url());
    QCOMPARE(m_profiles->profile("sandbox")->endpoint(), m_sandbox->url());

    // Reopened: the secret comes from the keychain, not from a field.
    openDialog(*m_keychain);
    QCOMPARE(m_dialog->currentProfileName(), QString("sandbox"));
    QVERIFY(child<QLineEdit>("secretEdit")->text().isEmpty());
    auto* test = child<QPushButton>("testButton");
    auto* status = child<QLabel>("connectionStatusLabel");
    const int requestsBefore = m_sandbox->requestCount();
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(m_dialog->isBusy());
    QVERIFY(!test->isEnabled()); // busy: a second click does nothing
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY(!m_dialog->isBusy());
    const int count = int(m_sandbox->namespaces().size());
    QVERIFY(count > 0);
    QCOMPARE(status->text(), QString("Connected: %1 namespace(s).").arg(count));
    QCOMPARE(m_sandbox->requestCount(), requestsBefore + 1);
    QVERIFY(test->isEnabled());
    QCOMPARE(status->property("sxState").toString(), QString("ok"));
    QVERIFY(!everythingShown().contains(sandbox.accessKeySecret));
}

void TestProfilesDialog::wrongSecretShowsSignatureHint()
{
    const Credentials sandbox = m_sandbox->credentials();
    openDialog(*m_keychain);
    addProfile("sandbox", sandbox.accessKeyId, "not-the-right-secret", m_sandbox->url());
    QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_dialog->isBusy());
    auto* status = child<QLabel>("connectionStatusLabel");
    const QString hint = ResponseParser::hintFor("SignatureDoesNotMatch", 400);
    QVERIFY(!hint.isEmpty());
    QVERIFY2(status->text().contains(hint), qPrintable(status->text()));
    QVERIFY(status->text().contains("SignatureDoesNotMatch"));
    QCOMPARE(status->property("sxState").toString(), QString("error"));
    auto* details = child<QPlainTextEdit>("connectionDetails");
    QVERIFY(details->isVisible());
    QVERIFY2(details->toPlainText().contains("server string to sign"), qPrintable(details->toPlainText()));
    QVERIFY(!everythingShown().contains("not-the-right-secret"));

    // A secret typed over the stored one is used for the test without saving it.
    retype("secretEdit", sandbox.accessKeySecret);
    QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_dialog->isBusy());
    QVERIFY2(status->text().startsWith("Connected"), qPrintable(status->text()));
    QCOMPARE(m_keychain->readNow(SecretStore::accessKeySecretKey("sandbox")).value, QString("not-the-right-secret"));
}

void TestProfilesDialog::renameMovesKeychainEntries()
{
    openDialog(*m_keychain);
    addProfile("wrok", "LTAIworkID", "work-secret-value");
    addProfile("other", "LTAIotherID", "other-secret-value");
    QVERIFY(m_dialog->selectProfile("wrok"));
    m_changed->clear();
    QSignalSpy renamed(m_dialog, &ProfilesDialog::profileRenamed);

    // A name that is taken is refused, and its secret stays as it was.
    auto renameTo = [this](const QString& name) {
        QTest::mouseClick(child<QPushButton>("renameButton"), Qt::LeftButton);
        QInputDialog* ask = nullptr;
        QTRY_VERIFY((ask = m_dialog->findChild<QInputDialog*>("renameDialog")));
        QCOMPARE(ask->textValue(), QString("wrok"));
        ask->setTextValue(name);
        ask->accept();
        QTRY_VERIFY(!m_dialog->findChild<QInputDialog*>("renameDialog")); // closed and gone
        QTRY_VERIFY(!m_dialog->isBusy());
    };
    renameTo("other");
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(child<QLabel>("statusLabel")->text().contains("exists already"),
             qPrintable(child<QLabel>("statusLabel")->text()));
    QCOMPARE(m_keychain->readNow(SecretStore::accessKeySecretKey("other")).value, QString("other-secret-value"));
    QVERIFY(renamed.isEmpty());

    renameTo("work");
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(renamed.size(), 1);
    QCOMPARE(renamed.first(), (QVariantList {"wrok", "work"}));
    QCOMPARE(m_dialog->currentProfileName(), QString("work"));
    QVERIFY(!m_profiles->contains("wrok"));
    QCOMPARE(m_profiles->profile("work")->accessKeyId, QString("LTAIworkID"));
    // The secret moved in the real keychain.
    QCOMPARE(m_keychain->readNow(SecretStore::accessKeySecretKey("work")).value, QString("work-secret-value"));
    QCOMPARE(m_keychain->readNow(SecretStore::accessKeySecretKey("wrok")).status, SecretResult::NotFound);
    QCOMPARE(m_changed->size(), 1);
}

void TestProfilesDialog::removeDeletesKeychainEntries()
{
    openDialog(*m_keychain);
    addProfile("work", "LTAIworkID", "work-secret-value");
    addProfile("other", "LTAIotherID", "other-secret-value");
    QVERIFY(m_dialog->selectProfile("work"));
    m_changed->clear();

    // Cancel first: nothing happens.
    QTest::mouseClick(child<QPushButton>("removeButton"), Qt::LeftButton);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox*>("confirmRemoveBox")));
    QVERIFY(box->text().contains("\"work\""));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_dialog->findChild<QMessageBox*>("confirmRemoveBox"));
    QVERIFY(m_profiles->contains("work"));

    QTest::mouseClick(child<QPushButton>("removeButton"), Qt::LeftButton);
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox*>("confirmRemoveBox")));
    QAbstractButton* remove = nullptr;
    for (QAbstractButton* b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            remove = b;
    }
    QVERIFY(remove);
    remove->click();
    QTRY_VERIFY(!m_profiles->contains("work"));
    QTRY_VERIFY(!m_dialog->isBusy());
    QCOMPARE(m_keychain->readNow(SecretStore::accessKeySecretKey("work")).status, SecretResult::NotFound);
    QCOMPARE(m_keychain->readNow(SecretStore::accessKeySecretKey("other")).value, QString("other-secret-value"));
    QCOMPARE(m_changed->size(), 1);
    // The default moved to what is left, and is shown.
    QCOMPARE(m_profiles->defaultProfileName(), QString("other"));
    QCOMPARE(listTexts(), QStringList {"other (default)"});
    QCOMPARE(m_dialog->currentProfileName(), QString("other"));
}

void TestProfilesDialog::importPreviewThenImport()
{
    openDialog(*m_keychain);
    addProfile("prod", "MINE", "my-prod-secret");
    m_changed->clear();
    m_dialog->setAliyunConfigPath(sx::test::sourcePath("tests/data/aliyun-config.json"));

    QTest::mouseClick(child<QPushButton>("importButton"), Qt::LeftButton);
    ImportPreviewDialog* preview = nullptr;
    QTRY_VERIFY((preview = m_dialog->findChild<ImportPreviewDialog*>()));
    QTRY_VERIFY(preview->isVisible());
    auto* tree = preview->findChild<QTreeWidget*>("planTree");
    QVERIFY(tree);
    QHash<QString, QString> what;
    QHash<QString, QString> why;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        what.insert(tree->topLevelItem(i)->text(0), tree->topLevelItem(i)->text(1));
        why.insert(tree->topLevelItem(i)->text(0), tree->topLevelItem(i)->text(2));
    }
    QCOMPARE(what.size(), 6);
    QCOMPARE(what.value("prod"), QString("Replaces yours"));
    QCOMPARE(what.value("temp"), QString("Added"));
    QCOMPARE(what.value("custom"), QString("Added"));
    QCOMPARE(what.value("default"), QString("Skipped"));
    QVERIFY2(why.value("default").startsWith("No AccessKey secret"), qPrintable(why.value("default")));
    QCOMPARE(what.value("role"), QString("Not supported"));
    QVERIFY(why.value("role").contains("RamRoleArn"));
    QCOMPARE(what.value("ecs"), QString("Not supported"));
    auto* summary = preview->findChild<QLabel*>("summaryLabel");
    QVERIFY2(summary->text().contains("3 profile(s) will be imported"), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains("1 profile(s) of yours will be replaced"), qPrintable(summary->text()));
    // A preview changes nothing.
    QCOMPARE(m_profiles->profile("prod")->accessKeyId, QString("MINE"));
    QVERIFY(!m_profiles->contains("temp"));

    QPushButton* confirm = preview->findChild<QDialogButtonBox*>("buttonBox")->button(QDialogButtonBox::Ok);
    QVERIFY(confirm->isEnabled());
    QCOMPARE(confirm->text().remove('&'), QString("Import"));
    confirm->click();
    QTRY_VERIFY(m_profiles->contains("temp"));
    QTRY_VERIFY(!m_dialog->isBusy());
    QVERIFY(m_profiles->contains("custom"));
    QVERIFY(!m_profiles->contains("role"));
    QCOMPARE(m_profiles->profile("prod")->accessKeyId, QString("LTAIprodID"));
    QCOMPARE(m_keychain->readNow(SecretStore::accessKeySecretKey("temp")).value, QString("temp-secret-value"));
    QCOMPARE(m_keychain->readNow(SecretStore::securityTokenKey("temp")).value, QString("temp-token-value"));
    QCOMPARE(m_keychain->readNow(SecretStore::accessKeySecretKey("prod")).value, QString("prod-secret-value"));
    QCOMPARE(m_changed->size(), 1);
    QCOMPARE(listTexts(), (QStringList {"custom", "prod (default)", "temp"}));
    QVERIFY2(child<QLabel>("statusLabel")->text().contains("Imported 3 profile(s): prod, temp, custom."),
             qPrintable(child<QLabel>("statusLabel")->text()));
    QVERIFY(!settingsText().contains("temp-token-value"));

    // An STS profile shows its token field, empty, with the token stored.
    QVERIFY(m_dialog->selectProfile("temp"));
    auto* token = child<QLineEdit>("securityTokenEdit");
    QVERIFY(token->isVisible());
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QVERIFY(token->text().isEmpty());
    QTRY_VERIFY2(token->placeholderText().contains("Stored in the keychain"), qPrintable(token->placeholderText()));
    QVERIFY(!everythingShown().contains("temp-token-value"));
}

void TestProfilesDialog::fieldsAreValidatedAtTheField()
{
    openDialog(*m_keychain);
    addProfile("work", "LTAIworkID", "work-secret-value");
    m_changed->clear();
    QTest::mouseClick(child<QPushButton>("addButton"), Qt::LeftButton);
    auto* name = child<QLineEdit>("nameEdit");
    auto* nameProblem = child<QLabel>("nameProblem");

    // Save with nothing filled in: every missing field says so, and nothing is saved.
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(nameProblem->isVisible());
    QCOMPARE(nameProblem->text(), QString("Give the profile a name."));
    QCOMPARE(name->property("sxProblem").toString(), QString("error"));
    QVERIFY(child<QLabel>("regionProblem")->text().contains("region"));
    QVERIFY(child<QLabel>("accessKeyIdProblem")->text().contains("AccessKey ID"));
    QVERIFY(child<QLabel>("secretProblem")->text().contains("AccessKey secret"));
    QVERIFY(child<QLabel>("statusLabel")->text().contains("Not saved"));

    retype("nameEdit", "my profile");
    QVERIFY2(nameProblem->text().contains("letters, digits"), qPrintable(nameProblem->text()));
    retype("nameEdit", "work");
    QCOMPARE(nameProblem->text(), QString("There is already a profile named \"work\"."));
    retype("nameEdit", "other");
    QVERIFY(nameProblem->isHidden());
    QVERIFY(name->property("sxProblem").toString().isEmpty());

    retype("regionEdit", "CN Hangzhou");
    QVERIFY(child<QLabel>("regionProblem")->text().contains("not a region id"));
    retype("regionEdit", "cn-hangzhou");
    QVERIFY(child<QLabel>("regionProblem")->isHidden());

    choose("endpointKindCombo", int(EndpointKind::Explicit));
    QVERIFY(child<QLineEdit>("endpointEdit")->isVisible());
    retype("endpointEdit", "http://schedulerx.example.com/");
    auto* endpointProblem = child<QLabel>("endpointProblem");
    QVERIFY2(endpointProblem->text().contains("Plain http"), qPrintable(endpointProblem->text()));
    retype("accessKeyIdEdit", "LTAIotherID");
    retype("secretEdit", "other-secret-value");
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(!m_profiles->contains("other"));
    QCOMPARE(m_changed->size(), 0);
    QCOMPARE(m_dialog->focusWidget(), child<QLineEdit>("endpointEdit")); // the field to correct
    // Nothing typed was lost.
    QCOMPARE(child<QLineEdit>("secretEdit")->text(), QString("other-secret-value"));
    QCOMPARE(name->text(), QString("other"));

    retype("endpointEdit", "https://schedulerx.example.com/");
    QVERIFY(endpointProblem->isHidden());
    QCOMPARE(child<QLabel>("endpointPreview")->text(), QString("Requests go to https://schedulerx.example.com/"));
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_VERIFY(m_profiles->contains("other"));
    QCOMPARE(m_profiles->profile("other")->explicitEndpoint, QUrl("https://schedulerx.example.com/"));
}

void TestProfilesDialog::setAsDefaultMarksTheList()
{
    openDialog(*m_keychain);
    addProfile("work", "LTAIworkID", "work-secret-value");
    addProfile("other", "LTAIotherID", "other-secret-value");
    QCOMPARE(listTexts(), (QStringList {"other", "work (default)"}));
    auto* setDefault = child<QPushButton>("defaultButton");
    QVERIFY(setDefault->isEnabled()); // "other" is shown, and is not the default
    m_changed->clear();
    QTest::mouseClick(setDefault, Qt::LeftButton);
    QCOMPARE(m_profiles->defaultProfileName(), QString("other"));
    QCOMPARE(listTexts(), (QStringList {"other (default)", "work"}));
    auto* list = child<QListWidget>("profileList");
    QVERIFY(list->item(0)->font().bold());
    QVERIFY(!list->item(1)->font().bold());
    QVERIFY(!setDefault->isEnabled());
    QCOMPARE(m_changed->size(), 1);

    // A click in the list shows that profile.
    list->setCurrentRow(1);
    QCOMPARE(m_dialog->currentProfileName(), QString("work"));
    QCOMPARE(child<QLineEdit>("accessKeyIdEdit")->text(), QString("LTAIworkID"));
    QVERIFY(setDefault->isEnabled());
}

void TestProfilesDialog::stsTokenGoesToKeychainAndLeavesWithTheMode()
{
    openDialog(*m_keychain);
    QTest::mouseClick(child<QPushButton>("addButton"), Qt::LeftButton);
    auto* token = child<QLineEdit>("securityTokenEdit");
    QVERIFY(!token->isVisible()); // a plain AccessKey has no token
    retype("nameEdit", "temp");
    retype("accessKeyIdEdit", "STS.tempID");
    retype("secretEdit", "temp-secret-value");
    retype("regionEdit", "cn-beijing");
    choose("authModeCombo", int(AuthMode::Sts));
    QVERIFY(token->isVisible());
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(child<QLabel>("securityTokenProblem")->text(), QString("Type the STS security token."));
    QVERIFY(!m_profiles->contains("temp"));

    retype("securityTokenEdit", "temp-token-value");
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_VERIFY(m_profiles->contains("temp"));
    QTRY_VERIFY(!m_dialog->isBusy());
    QCOMPARE(m_profiles->profile("temp")->mode, AuthMode::Sts);
    QCOMPARE(m_keychain->readNow(SecretStore::securityTokenKey("temp")).value, QString("temp-token-value"));
    QVERIFY(token->text().isEmpty());
    QTRY_VERIFY2(token->placeholderText().contains("Stored in the keychain"), qPrintable(token->placeholderText()));
    QVERIFY(!settingsText().contains("temp-token-value"));

    // Discard changes puts back what is stored.
    choose("authModeCombo", int(AuthMode::AccessKey));
    QVERIFY(m_dialog->hasUnsavedChanges());
    QTest::mouseClick(child<QPushButton>("revertButton"), Qt::LeftButton);
    QVERIFY(!m_dialog->hasUnsavedChanges());
    QCOMPARE(child<QComboBox>("authModeCombo")->currentData().toInt(), int(AuthMode::Sts));

    // Saved as a plain AccessKey: the token is no longer needed, and leaves the keychain.
    choose("authModeCombo", int(AuthMode::AccessKey));
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_COMPARE(m_profiles->profile("temp")->mode, AuthMode::AccessKey);
    QTRY_VERIFY(!m_dialog->isBusy());
    QCOMPARE(m_keychain->readNow(SecretStore::securityTokenKey("temp")).status, SecretResult::NotFound);
    QCOMPARE(m_keychain->readNow(SecretStore::accessKeySecretKey("temp")).value, QString("temp-secret-value"));
}

void TestProfilesDialog::unsavedChangesAreNotLostOnClose()
{
    openDialog(*m_keychain);
    addProfile("work", "LTAIworkID", "work-secret-value");
    retype("accessKeyIdEdit", "LTAIchanged");
    QVERIFY(m_dialog->hasUnsavedChanges());

    // Closing asks first; Cancel keeps the dialog and the edit.
    QTest::mouseClick(child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Close), Qt::LeftButton);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox*>("unsavedChangesBox")));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_dialog->findChild<QMessageBox*>("unsavedChangesBox"));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(child<QLineEdit>("accessKeyIdEdit")->text(), QString("LTAIchanged"));

    // Save: the change is stored, then the dialog closes.
    m_dialog->reject();
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox*>("unsavedChangesBox")));
    box->button(QMessageBox::Save)->click();
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(m_profiles->profile("work")->accessKeyId, QString("LTAIchanged"));
}

void TestProfilesDialog::unavailableKeychainWarnsInMemoryOnly()
{
    MemorySecretStore noKeychain(SecretStore::State::Unavailable);
    openDialog(noKeychain);
    auto* headline = child<QLabel>("keychainHeadline");
    QVERIFY2(headline->text().contains("in memory for this session only"), qPrintable(headline->text()));
    QCOMPARE(child<QLabel>("keychainStateLabel")->text(), noKeychain.stateText());
    QCOMPARE(child<QFrame>("keychainFrame")->property("sxState").toString(), QString("warning"));

    addProfile("work", "LTAIworkID", "work-secret-value");
    QCOMPARE(noKeychain.readNow(SecretStore::accessKeySecretKey("work")).value, QString("work-secret-value"));
    QVERIFY2(child<QLabel>("statusLabel")->text().contains("in memory for this session only"),
             qPrintable(child<QLabel>("statusLabel")->text()));
    QTRY_VERIFY2(child<QLineEdit>("secretEdit")->placeholderText().contains("in memory"),
                 qPrintable(child<QLineEdit>("secretEdit")->placeholderText()));
    QVERIFY(!settingsText().contains("work-secret-value"));

    // Importing needs a keychain that keeps secrets: the preview says so and will not import.
    m_dialog->setAliyunConfigPath(sx::test::sourcePath("tests/data/aliyun-config.json"));
    QTest::mouseClick(child<QPushButton>("importButton"), Qt::LeftButton);
    ImportPreviewDialog* preview = nullptr;
    QTRY_VERIFY((preview = m_dialog->findChild<ImportPreviewDialog*>()));
    QVERIFY(!preview->canImport());
    QVERIFY(!preview->findChild<QDialogButtonBox*>("buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
    auto* warning = preview->findChild<QLabel*>("keychainWarning");
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains("Nothing can be imported"), qPrintable(warning->text()));
    preview->reject();
}

void TestProfilesDialog::lockedKeychainIsSaid()
{
    MemorySecretStore locked(SecretStore::State::Locked);
    openDialog(locked);
    auto* headline = child<QLabel>("keychainHeadline");
    QVERIFY2(headline->text().contains("locked"), qPrintable(headline->text()));
    QVERIFY(headline->text().contains("in memory"));
    locked.setState(SecretStore::State::Available); // unlocked meanwhile: the line follows
    QCOMPARE(headline->text(), QString("Keychain available"));
    QCOMPARE(child<QFrame>("keychainFrame")->property("sxState").toString(), QString("ok"));
}

void TestProfilesDialog::addedProfileSubmitsFromTheMainWindow()
{
    // Issue 7's path end to end: a profile added in the dialog, its secret in the real keychain, chosen in the
    // window's target chooser, and a job submitted with it (to the sandbox, as its explicit endpoint).
    const Credentials sandbox = m_sandbox->credentials();
    openDialog(*m_keychain);
    addProfile("work", sandbox.accessKeyId, sandbox.accessKeySecret, m_sandbox->url());
    delete m_dialog;
    m_dialog = nullptr;

    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->filePath("settings"));
    AppContext context;
    context.profiles = std::move(m_profiles);
    context.secrets = std::move(m_keychain);
    context.historyPath = m_dir->filePath("history.sqlite");
    context.templates = std::make_unique<TemplateStore>(m_dir->filePath("templates"));
    context.settings = std::make_unique<AppSettings>(m_dir->filePath("app.ini"));
    context.settings->setConfirmBeforeSubmit(false);
    {
        MainWindow window(&context);
        window.show();
        window.setCurrentProfile("work");
        QCOMPARE(window.currentProfile(), QString("work"));
        Job job = test::validSampleJob();
        job.set(Param::Namespace, m_sandbox->namespaces().first().uid);
        job.set(Param::GroupId, m_sandbox->groups().first().groupId);
        window.jobForm()->setJob(job);
        QVERIFY(!window.jobForm()->hasErrors());
        const int before = int(m_sandbox->jobs().size());
        window.submit();
        QTRY_COMPARE(int(m_sandbox->jobs().size()), before + 1);
        QTRY_COMPARE(window.findChild<QLabel*>("jobIdLabel")->text(), QString::number(m_sandbox->jobs().last().jobId));
        QCOMPARE(context.history()->search({}).first().profile, QString("work"));
        window.setWindowModified(false);
    }
    m_profiles.reset(static_cast<ProfileStore*>(context.profiles.release()));
    m_keychain.reset(static_cast<KeychainSecretStore*>(context.secrets.release()));
}

QTEST_MAIN(TestProfilesDialog)
#include "TestProfilesDialog.moc"
