// The job composer driven through its real widgets, offscreen (issue 6).
#include "HistoryStore.h"
#include "JobForm.h"
#include "JobKinds.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "SandboxServer.h"

#include <QAction>
#include <QComboBox>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sx;

class TestJobForm : public QObject, protected test::MainWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void contentPagesFollowJobType();
    void timingPagesFollowTimeType();
    void badCronIsMarkedAndListed();
    void emptyNameIsMarked();
    void newFormMarksItsProblemsWhenShown();
    void submitsToSandbox();
    void savesAndReopens();
    void unknownOutcomeIsShown();
    void tabFollowsTheForm();
    void contentEditorsAreMadeWhenFirstNeeded();

private:
    QString visiblePage(const char* stackName) const;
    void retype(QLineEdit* edit, const QString& text);
    // The names of the fields Tab reaches, `count` presses from the field called `start`.
    QStringList tabOrderFrom(const char* start, int count);
};

void TestJobForm::initTestCase()
{
    isolateUserState();
}

void TestJobForm::init()
{
    openFreshWindow();
    QVERIFY(m_window->sandbox());
}

void TestJobForm::cleanup()
{
    closeWindow();
}

// The one page of the stack that is visible; every other page must be hidden.
QString TestJobForm::visiblePage(const char* stackName) const
{
    auto* stack = child<QStackedWidget>(stackName);
    QStringList visible;
    for (int i = 0; i < stack->count(); ++i) {
        if (stack->widget(i)->isVisible())
            visible.append(stack->widget(i)->objectName());
    }
    return visible.join(QLatin1Char(','));
}

void TestJobForm::retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

QStringList TestJobForm::tabOrderFrom(const char* start, int count)
{
    auto* first = child<QWidget>(start);
    first->setFocus();
    if (!QTest::qWaitFor([&] { return m_window->focusWidget() == first; }))
        return {QStringLiteral("%1 never took the focus").arg(QLatin1String(start))};
    QStringList order;
    for (int i = 0; i < count; ++i) {
        QTest::keyClick(m_window->focusWidget(), Qt::Key_Tab);
        order << m_window->focusWidget()->objectName();
    }
    return order;
}

void TestJobForm::contentPagesFollowJobType()
{
    const QHash<QString, QString> expected {
        {"java", "javaPage"},    {"python", "scriptPage"},   {"shell", "scriptPage"},
        {"go", "scriptPage"},    {"http", "httpPage"},       {"k8s", "k8sPage"},
        {"xxljob", "otherPage"}, {"dataworks", "otherPage"}, {"springschedule", "otherPage"}};
    auto* jobType = child<QComboBox>("jobTypeCombo");
    auto* modes = child<QComboBox>("executeModeCombo");
    QCOMPARE(jobType->count(), 9);
    retype(child<QLineEdit>("classNameEdit"), "com.example.HelloJob");
    for (int i = 0; i < jobType->count(); ++i) {
        jobType->setFocus();
        jobType->setCurrentIndex(i);
        const QString type = jobType->currentData().toString();
        QCOMPARE(visiblePage("contentStack"), expected.value(type));
        QStringList shownModes;
        for (int m = 0; m < modes->count(); ++m)
            shownModes.append(modes->itemText(m));
        QCOMPARE(shownModes, JobKinds::executeModesFor(type));
        // What is hidden is never sent.
        const Job job = m_window->jobForm()->job();
        QCOMPARE(job.has(Param::ClassName), type == "java");
        QCOMPARE(job.has(Param::XAttrs), type == "k8s");
        if (expected.value(type) == "scriptPage") { // a script editor: monospace, tab stops of four spaces
            auto* editor = child<QPlainTextEdit>("scriptEdit");
            QVERIFY(QFontInfo(editor->font()).fixedPitch());
            QCOMPARE(editor->tabStopDistance(), 4.0 * editor->fontMetrics().horizontalAdvance(' '));
        }
    }
    // The keyboard moves the choice too (no popup: see the combo-box pitfall in the toolchain notes).
    jobType->setCurrentIndex(0);
    QTest::keyClick(jobType, Qt::Key_Down);
    QCOMPARE(visiblePage("contentStack"), expected.value(jobType->currentData().toString()));
}

void TestJobForm::timingPagesFollowTimeType()
{
    const QHash<int, QString> expected {{JobKinds::Cron, "cronPage"},
                                        {JobKinds::FixedRate, "fixedRatePage"},
                                        {JobKinds::SecondDelay, "secondDelayPage"},
                                        {JobKinds::OneTime, "oneTimePage"},
                                        {JobKinds::Api, "apiPage"}};
    auto* timeType = child<QComboBox>("timeTypeCombo");
    QCOMPARE(timeType->count(), JobKinds::timeTypes().size());
    for (int i = 0; i < timeType->count(); ++i) {
        timeType->setCurrentIndex(i);
        const int type = timeType->currentData().toInt();
        QCOMPARE(visiblePage("timingStack"), expected.value(type));
        const Job job = m_window->jobForm()->job();
        QCOMPARE(job.number(Param::TimeType), qint64(type));
        QCOMPARE(job.has(Param::TimeExpression), type != JobKinds::Api);
    }
}

void TestJobForm::badCronIsMarkedAndListed()
{
    auto* cron = child<QLineEdit>("cronEdit");
    auto* problems = child<QListWidget>("problemsList");
    QCOMPARE(child<QListWidget>("nextFiresList")->count(), 5);
    retype(child<QLineEdit>("nameEdit"), "report");
    retype(child<QLineEdit>("classNameEdit"), "com.example.HelloJob");
    QVERIFY(!m_window->jobForm()->hasErrors());
    QVERIFY(child<QPushButton>("submitButton")->isEnabled());

    retype(cron, "0 0 25 * * ?"); // hour 25
    QVERIFY(m_window->jobForm()->hasErrors());
    QCOMPARE(cron->property("sxProblem").toString(), QString("error"));
    QVERIFY(!cron->toolTip().isEmpty());
    bool listed = false;
    for (int i = 0; i < problems->count(); ++i)
        listed = listed || problems->item(i)->text().contains(cron->toolTip().section('\n', 0, 0));
    QVERIFY(listed);
    QVERIFY(!child<QPushButton>("submitButton")->isEnabled());
    QVERIFY(!child<QAction>("actionSubmit")->isEnabled());
    QCOMPARE(child<QListWidget>("nextFiresList")->count(), 1); // the parse error instead of times

    // Clicking the problem takes the user to the field.
    child<QLineEdit>("nameEdit")->setFocus();
    for (int i = 0; i < problems->count(); ++i) {
        if (problems->item(i)->text().contains(cron->toolTip().section('\n', 0, 0))) {
            QTest::mouseClick(problems->viewport(), Qt::LeftButton, {},
                              problems->visualItemRect(problems->item(i)).center());
            break;
        }
    }
    // Not hasFocus(): under Xvfb with no window manager the window is never active.
    QTRY_COMPARE(m_window->focusWidget(), static_cast<QWidget*>(cron));

    retype(cron, "0 0/10 * * * ?");
    QVERIFY(cron->property("sxProblem").toString().isEmpty());
    QCOMPARE(child<QListWidget>("nextFiresList")->count(), 5);
}

void TestJobForm::emptyNameIsMarked()
{
    auto* name = child<QLineEdit>("nameEdit");
    retype(name, "report");
    QVERIFY(name->property("sxProblem").toString().isEmpty());
    retype(name, "");
    QCOMPARE(name->property("sxProblem").toString(), QString("error"));
    QVERIFY(!child<QPushButton>("submitButton")->isEnabled());
}

void TestJobForm::newFormMarksItsProblemsWhenShown()
{
    // Known at once, marked once shown (or replaced by a loaded job's before): marking restyles each field.
    JobForm form;
    QVERIFY(form.hasErrors());
    auto* name = form.findChild<QLineEdit*>("nameEdit");
    auto* list = form.findChild<QListWidget*>("problemsList");
    QVERIFY(name->property("sxProblem").toString().isEmpty());
    QCOMPARE(list->count(), 0);
    form.show();
    QCOMPARE(name->property("sxProblem").toString(), QString("error"));
    QCOMPARE(list->count(), form.problems().size());
}

void TestJobForm::submitsToSandbox()
{
    child<QComboBox>("jobTypeCombo")->setCurrentIndex(JobKinds::jobTypes().indexOf("java"));
    child<QComboBox>("timeTypeCombo")->setCurrentIndex(0);
    child<QLineEdit>("nameEdit")->setText(QString::fromUtf8("每日 report")); // keyClicks takes Latin-1 only
    retype(child<QLineEdit>("classNameEdit"), "com.example.HelloJob");
    retype(child<QLineEdit>("cronEdit"), "0 30 2 * * ?");
    child<QComboBox>("timezoneCombo")->setCurrentText("GMT+8");
    QCOMPARE(child<QListWidget>("nextFiresList")->count(), 5);
    QVERIFY(child<QListWidget>("nextFiresList")->item(0)->text().endsWith("02:30:00"));
    for (const Problem& problem : m_window->jobForm()->problems())
        QVERIFY2(!problem.isError(), qPrintable(problem.message));

    auto* submit = child<QPushButton>("submitButton");
    auto* jobId = child<QLabel>("jobIdLabel");
    QVERIFY(submit->isEnabled());
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(!child<QAction>("actionSubmit")->isEnabled()); // no second submit while one is in flight
    child<QAction>("actionSubmit")->trigger();
    QTRY_VERIFY(!jobId->text().isEmpty());

    const QList<SandboxJob> jobs = m_window->sandbox()->jobs();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobId->text(), QString::number(jobs.first().jobId));
    QCOMPARE(jobs.first().job.text(Param::Name), QString::fromUtf8("每日 report"));
    QCOMPARE(jobs.first().job.text(Param::Timezone), QString("GMT+8"));
    QVERIFY(child<QWidget>("copyJobIdButton")->isVisible());
    QVERIFY(submit->isEnabled()); // ready for the next job; the form keeps what was typed
    QCOMPARE(child<QLineEdit>("classNameEdit")->text(), QString("com.example.HelloJob"));
}

void TestJobForm::savesAndReopens()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("nightly.json");
    child<QComboBox>("jobTypeCombo")->setCurrentIndex(JobKinds::jobTypes().indexOf("http"));
    retype(child<QLineEdit>("nameEdit"), "nightly");
    retype(child<QLineEdit>("httpUrlEdit"), "https://example.com/run");
    child<QComboBox>("httpMethodCombo")->setCurrentText("POST");
    child<QComboBox>("timeTypeCombo")->setCurrentIndex(1); // fixed rate
    const Job saved = m_window->jobForm()->job();
    QString error;
    QVERIFY2(m_window->saveFile(path, &error), qPrintable(error));

    child<QAction>("actionNew")->trigger();
    QCOMPARE(child<QComboBox>("jobTypeCombo")->currentData().toString(), QString("java"));
    QVERIFY2(m_window->openFile(path, &error), qPrintable(error));
    QCOMPARE(m_window->jobForm()->job(), saved);
    QCOMPARE(visiblePage("contentStack"), QString("httpPage"));
    QCOMPARE(visiblePage("timingStack"), QString("fixedRatePage"));
    QCOMPARE(child<QComboBox>("httpMethodCombo")->currentText(), QString("POST"));

    QVERIFY(!m_window->openFile(dir.filePath("missing.json"), &error));
    QVERIFY(!error.isEmpty());
}

void TestJobForm::unknownOutcomeIsShown()
{
    retype(child<QLineEdit>("nameEdit"), "report");
    retype(child<QLineEdit>("classNameEdit"), "com.example.HelloJob");
    auto* status = child<QLabel>("outcomeLabel");
    auto* submit = child<QPushButton>("submitButton");

    // A server fault after sending: the job may exist, and the window says so rather than guessing.
    m_window->sandbox()->injectFault(SandboxFault::InternalError);
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_VERIFY2(status->text().startsWith("Outcome unknown"), qPrintable(status->text()));
    QVERIFY(child<QLabel>("jobIdLabel")->text().isEmpty());
    QVERIFY(m_window->sandbox()->jobs().isEmpty());
    QVERIFY(submit->isEnabled());
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), QString("report")); // what was typed stays
}

void TestJobForm::tabFollowsTheForm()
{
    // Tab walks the Basic group top to bottom, then into the job content, as the eye reads the form.
    const QStringList order = tabOrderFrom("regionEdit", 10);
    const QStringList expected {"namespaceEdit",       "groupEdit",        "nameEdit",    "descriptionEdit",
                                "jobTypeCombo",        "executeModeCombo", "statusCombo", "priorityCombo",
                                "namespaceSourceEdit", "classNameEdit"};
    QCOMPARE(order, expected);
}

void TestJobForm::contentEditorsAreMadeWhenFirstNeeded()
{
    // A new java job builds none of the other pages.
    for (const char* page : {"scriptPage", "httpPage", "k8sPage", "otherPage"})
        QVERIFY2(!m_window->findChild<QWidget*>(page), page);

    // Chosen: made, in the tab order where the class name would be.
    auto* jobType = child<QComboBox>("jobTypeCombo");
    jobType->setCurrentIndex(JobKinds::jobTypes().indexOf("http"));
    QVERIFY(m_window->findChild<QWidget*>("httpPage"));
    QCOMPARE(tabOrderFrom("namespaceSourceEdit", 7),
             QStringList({"httpUrlEdit", "httpMethodCombo", "httpTimeoutSpin", "respKeyEdit", "respValueEdit",
                          "cookieEdit", "parametersEdit"}));

    // What was typed stays while another type is chosen, and comes back.
    retype(child<QLineEdit>("httpUrlEdit"), "https://example.com/ping");
    jobType->setCurrentIndex(JobKinds::jobTypes().indexOf("java"));
    QVERIFY(!m_window->jobForm()->job().has(Param::Content));
    jobType->setCurrentIndex(JobKinds::jobTypes().indexOf("http"));
    QVERIFY(m_window->jobForm()->job().text(Param::Content).contains("https://example.com/ping"));

    // A loaded job makes its own page and fills it; the pages made before are emptied.
    Job k8s = m_window->jobForm()->job();
    k8s.set(Param::JobType, QStringLiteral("k8s"));
    k8s.set(Param::XAttrs, QStringLiteral(R"({"resource":"job","image":"busybox:1.36"})"));
    k8s.set(Param::Content, QStringLiteral("echo hello"));
    m_window->jobForm()->setJob(k8s);
    QCOMPARE(visiblePage("contentStack"), QString("k8sPage"));
    QCOMPARE(child<QLineEdit>("k8sImageEdit")->text(), QString("busybox:1.36"));
    QCOMPARE(child<QPlainTextEdit>("k8sContentEdit")->toPlainText(), QString("echo hello"));
    QVERIFY(child<QLineEdit>("httpUrlEdit")->text().isEmpty());
    QCOMPARE(m_window->jobForm()->job().text(Param::Content), QString("echo hello"));
}

QTEST_MAIN(TestJobForm)
#include "TestJobForm.moc"
