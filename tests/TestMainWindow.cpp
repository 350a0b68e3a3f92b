// The composer window as a user meets it: target chooser, warnings, inspector, history, unsaved changes, layout.
#include "Banner.h"
#include "HistoryModel.h"
#include "HistoryStore.h"
#include "JobForm.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "RequestInspector.h"
#include "SandboxServer.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace sx;

class TestMainWindow : public QObject, protected test::MainWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstLaunchOffersSandbox();
    void everyAttemptGoesIntoHistory();
    void warningsAskOnce();
    void inspectorShowsSignedRequestWithoutSecret();
    void failureDetailsExpand();
    void submitsWithProfile();
    void missingSecretIsExplained();
    void templatePlaceholderIsAskedAtSubmit();
    void historyEntryOpensAsNewJob();
    void unsavedChangesPromptOnClose();
    void windowSizeIsRemembered();
    void historyColumnsAreRemembered();
    void historyIsOpenedAfterFirstPaintAndPruned();

private:
    void makeValid();
    // Clicks the button with this text in the next modal box; returns the box's text.
    void answerNextBox(const QString& buttonText, QString* seen = nullptr);
};

void TestMainWindow::initTestCase()
{
    isolateUserState();
}

void TestMainWindow::init()
{
    openFreshWindow();
}

void TestMainWindow::cleanup()
{
    closeWindow();
}

void TestMainWindow::makeValid()
{
    child<QLineEdit>("nameEdit")->setText("report");
    child<QLineEdit>("classNameEdit")->setText("com.example.HelloJob");
    QVERIFY(!m_window->jobForm()->hasErrors());
}

void TestMainWindow::answerNextBox(const QString& buttonText, QString* seen)
{
    QTimer::singleShot(0, this, [=] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        if (seen)
            *seen = box->text() + "\n" + box->informativeText();
        for (QAbstractButton* button : box->buttons()) {
            if (button->text().remove('&') == buttonText) {
                button->click();
                return;
            }
        }
        QFAIL(qPrintable("no button " + buttonText));
    });
}

void TestMainWindow::firstLaunchOffersSandbox()
{
    auto* chooser = child<QComboBox>("targetCombo");
    QCOMPARE(chooser->count(), 1);
    QCOMPARE(m_window->currentProfile(), QString());
    QVERIFY(m_window->sandbox());
    auto* banner = child<Banner>("sandboxBanner");
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains("nothing reaches Alibaba Cloud"));
    // A new job is ready for the sandbox as it stands: its namespace and group exist there.
    const Job job = m_window->jobForm()->job();
    QCOMPARE(job.text(Param::Namespace), m_window->sandbox()->namespaces().first().uid);
    QCOMPARE(job.text(Param::GroupId), m_window->sandbox()->groups().first().groupId);
    // The application icon follows the first frame, for this window and every later one.
    QTRY_VERIFY(!m_window->windowIcon().availableSizes().isEmpty());
    QVERIFY(!QApplication::windowIcon().availableSizes().isEmpty());
}

void TestMainWindow::everyAttemptGoesIntoHistory()
{
    makeValid();
    child<QAction>("actionSubmit")->trigger();
    QTRY_VERIFY(!child<QLabel>("jobIdLabel")->text().isEmpty());
    const QString jobId = child<QLabel>("jobIdLabel")->text();
    m_window->sandbox()->injectFault(SandboxFault::Html502);
    child<QAction>("actionSubmit")->trigger();
    QTRY_VERIFY(child<QAction>("actionSubmit")->isEnabled());

    const QList<HistoryEntry> entries = m_context->history()->search({});
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).outcome, Outcome::Created); // newest first
    QCOMPARE(entries.at(1).jobId, jobId);
    QCOMPARE(entries.at(1).profile, QString("sandbox"));
    QCOMPARE(entries.at(1).name, QString("report"));
    QVERIFY(entries.at(0).outcome != Outcome::Created);
}

void TestMainWindow::warningsAskOnce()
{
    makeValid();
    Job job = m_window->jobForm()->job();
    job.set(Param::Priority, 3); // unusual: a warning, not an error
    m_window->jobForm()->setJob(job);
    QVERIFY(!m_window->jobForm()->hasErrors());
    QVERIFY(!m_window->jobForm()->problems().isEmpty());

    QString seen;
    answerNextBox("Cancel", &seen);
    m_window->submit();
    QVERIFY(seen.contains("Priority"));
    QTest::qWait(50);
    QVERIFY(m_window->sandbox()->jobs().isEmpty()); // declined: nothing sent

    answerNextBox("Submit anyway");
    m_window->submit();
    QTRY_COMPARE(m_window->sandbox()->jobs().size(), 1);
    QTRY_VERIFY(child<QAction>("actionSubmit")->isEnabled());

    // The same warnings once accepted do not ask again.
    m_window->submit();
    QVERIFY(!QApplication::activeModalWidget());
    QTRY_COMPARE(m_window->sandbox()->jobs().size(), 2);
}

void TestMainWindow::inspectorShowsSignedRequestWithoutSecret()
{
    makeValid();
    child<QAction>("actionInspect")->trigger();
    RequestInspector* inspector = m_window->inspector();
    QVERIFY(inspector);
    QVERIFY(inspector->isVisible());
    const QString secret = m_window->sandbox()->credentials().accessKeySecret;
    QVERIFY(inspector->requestText().startsWith("POST http://127.0.0.1:"));
    QVERIFY(inspector->requestText().contains("ACS3-HMAC-SHA256 Credential="));
    QVERIFY(!inspector->requestText().contains(secret));
    QVERIFY(inspector->aliyunCommand().startsWith("aliyun schedulerx2 CreateJob "));
    QVERIFY(inspector->aliyunCommand().contains("--Name report"));
    QVERIFY(inspector->findChild<QLabel*>("originLabel")->text().contains("not sent"));
    QVERIFY(m_window->sandbox()->jobs().isEmpty()); // inspecting sends nothing

    child<QAction>("actionSubmit")->trigger();
    QTRY_COMPARE(m_window->sandbox()->jobs().size(), 1);
    QTRY_VERIFY(child<QAction>("actionSubmit")->isEnabled());
    child<QAction>("actionInspect")->trigger();
    QVERIFY(inspector->findChild<QLabel*>("originLabel")->text().contains("as it was sent"));
    QVERIFY(inspector->requestText().contains("x-acs-signature-nonce"));
}

void TestMainWindow::failureDetailsExpand()
{
    makeValid();
    m_window->sandbox()->injectFault(SandboxFault::Throttle, 3); // refused three times: the client gives up
    child<QAction>("actionSubmit")->trigger();
    QTRY_VERIFY(child<QAction>("actionSubmit")->isEnabled());
    QVERIFY(child<QLabel>("outcomeLabel")->text().startsWith("Refused"));
    auto* toggle = child<QToolButton>("detailsButton");
    auto* details = child<QPlainTextEdit>("detailsEdit");
    QVERIFY(!details->isVisible());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(details->isVisible());
    QVERIFY2(details->toPlainText().contains("Attempts: 3"), qPrintable(details->toPlainText()));
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), QString("report")); // the form keeps everything
}

void TestMainWindow::submitsWithProfile()
{
    // A profile whose endpoint is a second sandbox, with its secret in the (memory) keychain.
    SandboxServer remote;
    QVERIFY(remote.listen());
    Profile profile;
    profile.name = "work";
    profile.region = "cn-hangzhou";
    profile.accessKeyId = remote.credentials().accessKeyId;
    profile.endpointKind = EndpointKind::Explicit;
    profile.explicitEndpoint = remote.url();
    QVERIFY(m_context->profiles->save(profile));
    QCOMPARE(m_context->secrets->writeNow(SecretStore::accessKeySecretKey("work"), remote.credentials().accessKeySecret)
                 .status,
             SecretResult::Ok);
    m_window->refreshProfiles();
    QCOMPARE(child<QComboBox>("targetCombo")->count(), 2);
    m_window->setCurrentProfile("work");
    QVERIFY(!child<Banner>("sandboxBanner")->isVisible());

    makeValid();
    Job job = m_window->jobForm()->job();
    job.set(Param::Namespace, remote.namespaces().first().uid);
    job.set(Param::GroupId, remote.groups().first().groupId);
    m_window->jobForm()->setJob(job);
    // A real profile asks first (confirm before submit, on by default); declining sends nothing.
    QString seen;
    answerNextBox("Cancel", &seen);
    child<QAction>("actionSubmit")->trigger();
    QVERIFY2(seen.contains("\"work\""), qPrintable(seen));
    QTest::qWait(50);
    QVERIFY(remote.jobs().isEmpty());
    answerNextBox("Yes");
    child<QAction>("actionSubmit")->trigger();
    QTRY_COMPARE(remote.jobs().size(), 1);
    QTRY_COMPARE(child<QLabel>("jobIdLabel")->text(), QString::number(remote.jobs().first().jobId));
    QCOMPARE(m_context->history()->search({}).first().profile, QString("work"));
    // The choice is remembered for the next start.
    delete m_window;
    openWindow();
    QCOMPARE(m_window->currentProfile(), QString("work"));
}

void TestMainWindow::missingSecretIsExplained()
{
    Profile profile;
    profile.name = "nosecret";
    profile.region = "cn-hangzhou";
    profile.accessKeyId = "LTAI000";
    QVERIFY(m_context->profiles->save(profile));
    m_window->refreshProfiles();
    m_window->setCurrentProfile("nosecret");
    makeValid();
    child<QAction>("actionSubmit")->trigger();
    QTRY_VERIFY(child<QLabel>("outcomeLabel")->text().startsWith("Not sent"));
    QVERIFY(child<QLabel>("outcomeLabel")->text().contains("nosecret"));
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), QString("report"));
}

void TestMainWindow::templatePlaceholderIsAskedAtSubmit()
{
    makeValid();
    child<QLineEdit>("nameEdit")->setText("report-${ENV}");
    QVERIFY(!m_window->jobForm()->hasErrors()); // a placeholder is asked for at Submit, not an error here

    // Save as template: the library asks for a name.
    child<QAction>("actionSaveAsTemplate")->trigger();
    QDialog* nameDialog = nullptr;
    QTRY_VERIFY((nameDialog = m_window->findChild<QDialog*>("TemplateNameDialog")) && nameDialog->isVisible());
    nameDialog->findChild<QLineEdit*>("nameEdit")->setText("nightly");
    nameDialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE(m_context->templates->list().size(), 1);
    QCOMPARE(m_context->templates->list().first().name, QString("nightly"));

    // Submit asks for ${ENV}; the request gets the value, the form keeps the placeholder.
    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        QWidget* dialog = QApplication::activeModalWidget();
        QCOMPARE(dialog->objectName(), QString("PlaceholdersDialog"));
        auto* value = dialog->findChild<QLineEdit*>("value_ENV");
        QVERIFY(value);
        QTest::keyClicks(value, "prod");
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    child<QAction>("actionSubmit")->trigger();
    QTRY_COMPARE(m_window->sandbox()->jobs().size(), 1);
    QCOMPARE(m_window->sandbox()->jobs().first().job.text(Param::Name), QString("report-prod"));
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), QString("report-${ENV}"));
    QTRY_VERIFY(child<QAction>("actionSubmit")->isEnabled());
    QCOMPARE(m_context->history()->search({}).first().name, QString("report-prod"));
}

void TestMainWindow::historyEntryOpensAsNewJob()
{
    makeValid();
    child<QLineEdit>("descriptionEdit")->setText("from the history");
    child<QAction>("actionSubmit")->trigger();
    QTRY_COMPARE(m_window->sandbox()->jobs().size(), 1);
    QTRY_VERIFY(child<QAction>("actionSubmit")->isEnabled());
    QString error;
    QVERIFY2(m_window->saveFile(m_home->filePath("history-source.json"), &error), qPrintable(error));
    child<QAction>("actionNew")->trigger();
    QVERIFY(child<QLineEdit>("descriptionEdit")->text().isEmpty());

    m_window->findChild<QDockWidget*>("historyDock")->show();
    auto* table = child<QTableView>("tableView");
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->selectRow(0);
    auto* open = child<QPushButton>("openAsNewJobButton");
    QTRY_VERIFY(open->isEnabled());
    open->click();
    QTRY_COMPARE(child<QLineEdit>("descriptionEdit")->text(), QString("from the history"));
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), QString("report"));
    QVERIFY(m_window->windowTitle().startsWith("New job"));
}

void TestMainWindow::unsavedChangesPromptOnClose()
{
    QVERIFY(!m_window->isModified());
    QTest::keyClicks(child<QLineEdit>("nameEdit"), "x");
    QVERIFY(m_window->isModified());
    QVERIFY(m_window->isWindowModified());

    answerNextBox("Cancel");
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());

    answerNextBox("Discard");
    QVERIFY(m_window->close());

    // Saved work closes without asking.
    delete m_window;
    openWindow();
    QTest::keyClicks(child<QLineEdit>("nameEdit"), "y");
    QString error;
    QVERIFY2(m_window->saveFile(m_home->filePath("saved.json"), &error), qPrintable(error));
    QVERIFY(!m_window->isModified());
    QVERIFY(m_window->close());
}

void TestMainWindow::windowSizeIsRemembered()
{
    m_window->resize(900, 700);
    QTRY_COMPARE(m_window->size(), QSize(900, 700));
    QVERIFY(m_window->close());
    delete m_window;
    openWindow();
    QCOMPARE(m_window->size(), QSize(900, 700));
}

void TestMainWindow::historyColumnsAreRemembered()
{
    QAction* toggle = child<QDockWidget>("historyDock")->toggleViewAction();
    toggle->trigger();
    auto* columns = child<QTableView>("tableView")->horizontalHeader();
    const int fitted = columns->sectionSize(HistoryModel::NameColumn);
    columns->resizeSection(HistoryModel::NameColumn, fitted + 77);
    columns->moveSection(columns->visualIndex(HistoryModel::ProfileColumn), 0);
    QVERIFY(m_window->close());
    delete m_window;
    openWindow();
    child<QDockWidget>("historyDock")->toggleViewAction()->trigger();
    columns = child<QTableView>("tableView")->horizontalHeader();
    QCOMPARE(columns->sectionSize(HistoryModel::NameColumn), fitted + 77);
    QCOMPARE(columns->visualIndex(HistoryModel::ProfileColumn), 0);
}

void TestMainWindow::historyIsOpenedAfterFirstPaintAndPruned()
{
    // A first launch leaves no history file behind: it is made by the first submission.
    QTest::qWait(50);
    QVERIFY(!QFile::exists(m_context->historyPath));
    closeWindow();

    // With a history and a retention of 30 days, the next start removes what is older, once it has painted.
    {
        HistoryStore history(m_context->historyPath);
        HistoryAttempt old;
        old.time = QDateTime::currentDateTimeUtc().addDays(-40);
        old.profile = "sandbox";
        QVERIFY(history.begin(old));
        HistoryAttempt recent = old;
        recent.time = QDateTime::currentDateTimeUtc().addDays(-2);
        QVERIFY(history.begin(recent));
    }
    m_context = AppContext::inFolder(m_home->path());
    m_context->settings->setHistoryRetentionDays(30);
    openWindow();
    QTRY_COMPARE(m_context->history()->search({}).size(), 1);
    QVERIFY(m_context->history()->search({}).first().time > QDateTime::currentDateTimeUtc().addDays(-3));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
