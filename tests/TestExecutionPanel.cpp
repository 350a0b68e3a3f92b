// "Execution and retries" of the composer, driven through its real spin boxes (issue 6).
#include "ExecutionPanel.h"
#include "JobKinds.h"
#include "PanelTestSupport.h"
#include "TestSupport.h"
#include "Validator.h"

#include <QApplication>
#include <QGroupBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace sx;

namespace {

const QList<Param> AlwaysParams = {Param::MaxConcurrency, Param::MaxAttempt, Param::AttemptInterval};
const QList<Param> MapReduceParams = {Param::PageSize,       Param::ConsumerSize,   Param::QueueSize,
                                      Param::DispatcherSize, Param::TaskMaxAttempt, Param::TaskAttemptInterval};

} // namespace

class TestExecutionPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void mapReduceGroupFollowsMode_data();
    void mapReduceGroupFollowsMode();
    void unsetFieldsStayAbsent();
    void everyFieldRoundTrips();
    void hiddenFieldsAreNotStoredButKept();
    void valuesOutsideTheRangeRoundTrip();
    void placeholderIsKeptUntilEdited();
    void typedValueReachesJob();
    void loadEmitsNothing();
    void storedJobPassesTheValidator();
    void widgetForProblems();

private:
    template <typename T>
    T* child(const char* name) const
    {
        T* widget = m_panel->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    QSpinBox* spin(Param param) const;
    Job stored() const;

    ExecutionPanel* m_panel = nullptr;
};

void TestExecutionPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestExecutionPanel::init()
{
    m_panel = new ExecutionPanel();
    QVERIFY(test::showActive(m_panel));
}

void TestExecutionPanel::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
}

QSpinBox* TestExecutionPanel::spin(Param param) const
{
    return test::fieldFor<QSpinBox>(m_panel, param);
}

Job TestExecutionPanel::stored() const
{
    Job job;
    m_panel->store(job);
    return job;
}

void TestExecutionPanel::mapReduceGroupFollowsMode_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("shown");
    for (const QString& mode : JobKinds::executeModes())
        QTest::newRow(qPrintable(mode)) << mode << (mode == "parallel" || mode == "grid" || mode == "batch");
    QTest::newRow("shard") << "shard" << false;
    QTest::newRow("none") << "" << false;
}

void TestExecutionPanel::mapReduceGroupFollowsMode()
{
    QFETCH(QString, mode);
    QFETCH(bool, shown);
    auto* group = child<QGroupBox>("mapReduceGroup");
    // From a mode that shows it and from one that hides it.
    for (const QString& before : {QStringLiteral("grid"), QStringLiteral("standalone")}) {
        m_panel->setExecuteMode(before);
        m_panel->setExecuteMode(mode);
        QCOMPARE(group->isVisible(), shown);
        QVERIFY(group->isEnabled()); // hidden, never merely disabled
        QCOMPARE(m_panel->showsMapReduce(), shown);
    }
    // Loading a job takes its mode too.
    Job job;
    job.set(Param::ExecuteMode, mode);
    m_panel->setExecuteMode(shown ? "standalone" : "batch");
    m_panel->load(job);
    QCOMPARE(group->isVisible(), shown);
    for (Param param : MapReduceParams)
        QCOMPARE(spin(param)->isVisible(), shown);
}

void TestExecutionPanel::unsetFieldsStayAbsent()
{
    m_panel->setExecuteMode("parallel");
    for (Param param : AlwaysParams + MapReduceParams) {
        QVERIFY2(!stored().has(param), qPrintable(Parameters::name(param)));
        QCOMPARE(spin(param)->value(), spin(param)->minimum());
    }
    // The special value shows the documented default, with its unit.
    QCOMPARE(spin(Param::MaxConcurrency)->text(), QStringLiteral("Default (1)"));
    QCOMPARE(spin(Param::MaxAttempt)->text(), QStringLiteral("Default (0)"));
    QCOMPARE(spin(Param::AttemptInterval)->text(), QStringLiteral("Default (30 s)"));
    QCOMPARE(spin(Param::QueueSize)->text(), QStringLiteral("Default (10000)"));
    QCOMPARE(spin(Param::TaskAttemptInterval)->text(), QStringLiteral("Default (0 s)"));

    // Set, then back to the lowest value: unset again.
    spin(Param::MaxConcurrency)->setValue(3);
    QCOMPARE(stored().value(Param::MaxConcurrency), QVariant(3));
    spin(Param::MaxConcurrency)->setValue(spin(Param::MaxConcurrency)->minimum());
    QVERIFY(!stored().has(Param::MaxConcurrency));

    // A job loaded with nothing set stores nothing, also after one that had everything.
    Job full;
    full.set(Param::ExecuteMode, "batch");
    for (Param param : AlwaysParams + MapReduceParams)
        full.set(param, 7);
    m_panel->load(full);
    m_panel->load(Job());
    m_panel->setExecuteMode("batch");
    for (Param param : AlwaysParams + MapReduceParams)
        QVERIFY2(!stored().has(param), qPrintable(Parameters::name(param)));
}

void TestExecutionPanel::everyFieldRoundTrips()
{
    // The lowest valid values (0 retries, 0 s) are values, not "Default".
    const QList<QPair<Param, int>> values = {
        {Param::MaxConcurrency, 200}, {Param::MaxAttempt, 0},     {Param::AttemptInterval, 0},
        {Param::PageSize, 1},         {Param::ConsumerSize, 64},  {Param::QueueSize, 2147483647},
        {Param::DispatcherSize, 1},   {Param::TaskMaxAttempt, 0}, {Param::TaskAttemptInterval, 0},
    };
    Job job;
    job.set(Param::ExecuteMode, "grid");
    for (const auto& [param, value] : values)
        job.set(param, value);
    m_panel->load(job);
    for (const auto& [param, value] : values) {
        QCOMPARE(spin(param)->value(), value);
        QVERIFY(spin(param)->text().startsWith(QString::number(value)));
    }
    Job out;
    out.set(Param::ExecuteMode, "grid");
    m_panel->store(out);
    QCOMPARE(out, job);
    for (const auto& [param, value] : values)
        QCOMPARE(out.value(param).typeId(), int(QMetaType::Int));

    // And again through a second panel: store -> load -> store is the identity.
    ExecutionPanel second;
    second.load(out);
    Job again;
    again.set(Param::ExecuteMode, "grid");
    second.store(again);
    QCOMPARE(again, job);
}

void TestExecutionPanel::hiddenFieldsAreNotStoredButKept()
{
    Job job;
    job.set(Param::ExecuteMode, "parallel");
    job.set(Param::PageSize, 50);
    job.set(Param::MaxAttempt, 2);
    m_panel->load(job);
    QCOMPARE(stored().value(Param::PageSize), QVariant(50));

    m_panel->setExecuteMode("standalone");
    Job out;
    out.set(Param::PageSize, 99); // store() owns its parameters: a hidden one is unset
    m_panel->store(out);
    QVERIFY(!out.has(Param::PageSize));
    QCOMPARE(out.value(Param::MaxAttempt), QVariant(2));

    // Nothing typed is lost: the value comes back with the mode.
    m_panel->setExecuteMode("batch");
    QCOMPARE(stored().value(Param::PageSize), QVariant(50));
}

void TestExecutionPanel::valuesOutsideTheRangeRoundTrip()
{
    // The file says 500 and 0; the panel shows them and the validator, not the widget, objects.
    Job job = test::validSampleJob();
    job.set(Param::MaxConcurrency, 500);
    job.set(Param::ExecuteMode, "parallel");
    job.set(Param::JobType, "java");
    job.set(Param::PageSize, 0);
    job.set(Param::TaskMaxAttempt, 11);
    m_panel->load(job);
    QCOMPARE(spin(Param::MaxConcurrency)->text(), QStringLiteral("500"));
    QCOMPARE(spin(Param::PageSize)->text(), QStringLiteral("0"));
    QCOMPARE(spin(Param::TaskMaxAttempt)->text(), QStringLiteral("11"));
    Job out = job;
    for (Param param : AlwaysParams + MapReduceParams)
        out.unset(param);
    m_panel->store(out);
    QCOMPARE(out, job);

    QStringList ranged;
    for (const Problem& problem : Validator::validate(out)) {
        if (problem.code == "range") {
            ranged.append(problem.path);
            QCOMPARE(m_panel->widgetFor(problem), spin(problem.param));
        }
    }
    ranged.sort();
    QCOMPARE(ranged, QStringList({"MaxConcurrency", "PageSize", "TaskMaxAttempt"}));

    // The next job gets the usual range back.
    m_panel->load(Job());
    QCOMPARE(spin(Param::MaxConcurrency)->maximum(), 200);
    QCOMPARE(spin(Param::MaxConcurrency)->minimum(), 0);
}

void TestExecutionPanel::placeholderIsKeptUntilEdited()
{
    // A template's "${RETRIES}" shows as such and goes back unchanged.
    Job job;
    job.set(Param::MaxAttempt, "${RETRIES}");
    m_panel->load(job);
    QSpinBox* retries = spin(Param::MaxAttempt);
    QCOMPARE(retries->text(), QStringLiteral("${RETRIES}"));
    QCOMPARE(stored().value(Param::MaxAttempt), QVariant(QStringLiteral("${RETRIES}")));

    // Once edited, the field holds what it shows.
    retries->setFocus();
    QTest::keyClick(retries, Qt::Key_Up);
    QCOMPARE(stored().value(Param::MaxAttempt), QVariant(0));
    QTest::keyClick(retries, Qt::Key_Down);
    QCOMPARE(retries->text(), QStringLiteral("Default (0)"));
    QVERIFY(!stored().has(Param::MaxAttempt));
}

void TestExecutionPanel::typedValueReachesJob()
{
    m_panel->setExecuteMode("batch");
    QSignalSpy changed(m_panel, &ExecutionPanel::changed);
    const QList<QPair<Param, QString>> typed = {
        {Param::MaxConcurrency, "25"}, {Param::AttemptInterval, "45"}, {Param::ConsumerSize, "8"}};
    for (const auto& [param, text] : typed) {
        QSpinBox* box = spin(param);
        box->setFocus();
        QTRY_COMPARE(m_panel->focusWidget(), box);
        box->selectAll();
        QTest::keyClicks(box, text);
        QTest::keyClick(box, Qt::Key_Tab);
        QCOMPARE(stored().value(param), QVariant(text.toInt()));
    }
    QVERIFY(changed.count() >= typed.size());
    QCOMPARE(spin(Param::AttemptInterval)->text(), QStringLiteral("45 s"));
}

void TestExecutionPanel::loadEmitsNothing()
{
    QSignalSpy changed(m_panel, &ExecutionPanel::changed);
    Job job;
    job.set(Param::ExecuteMode, "grid");
    for (Param param : AlwaysParams + MapReduceParams)
        job.set(param, 5);
    m_panel->load(job);
    m_panel->load(Job());
    m_panel->setExecuteMode("parallel");
    QCOMPARE(changed.count(), 0);
    spin(Param::QueueSize)->setValue(10);
    QCOMPARE(changed.count(), 1);
}

void TestExecutionPanel::storedJobPassesTheValidator()
{
    // A java MapReduce job with every field set through the widgets: no problem, and nothing ignored.
    Job job = test::validSampleJob();
    job.set(Param::ExecuteMode, "parallel");
    m_panel->load(job);
    const QList<QPair<Param, int>> values = {
        {Param::MaxConcurrency, 10}, {Param::MaxAttempt, 3},      {Param::AttemptInterval, 60},
        {Param::PageSize, 200},      {Param::ConsumerSize, 8},    {Param::QueueSize, 5000},
        {Param::DispatcherSize, 4},  {Param::TaskMaxAttempt, 10}, {Param::TaskAttemptInterval, 5}};
    for (const auto& [param, value] : values)
        spin(param)->setValue(value);
    m_panel->store(job);
    QVERIFY(Validator::validate(job).isEmpty());
    for (const auto& [param, value] : values)
        QCOMPARE(job.number(param), qint64(value));

    // Standalone: the MapReduce fields are not stored, so the validator has nothing to warn about.
    job.set(Param::ExecuteMode, "standalone");
    m_panel->setExecuteMode("standalone");
    m_panel->store(job);
    QVERIFY(Validator::validate(job).isEmpty());
    for (Param param : MapReduceParams)
        QVERIFY(!job.has(param));

    // The panel's upper bounds are the validator's: one more than the spin allows is an error.
    job.set(Param::MaxConcurrency, spin(Param::MaxConcurrency)->maximum() + 1);
    QCOMPARE(Validator::validate(job).size(), 1);
}

void TestExecutionPanel::widgetForProblems()
{
    QCOMPARE(m_panel->widgetFor(test::problemAt(Param::MaxConcurrency)), child<QSpinBox>("maxConcurrencySpin"));
    QCOMPARE(m_panel->widgetFor(test::problemAt(Param::TaskAttemptInterval)),
             child<QSpinBox>("taskAttemptIntervalSpin"));
    QCOMPARE(m_panel->widgetFor(test::problemAt(Param::Name)), nullptr);
    QCOMPARE(m_panel->widgetFor(test::problemAt(Param::Timeout)), nullptr); // the alerts panel's
    QVERIFY(!m_panel->focusProblem(test::problemAt(Param::Name)));

    m_panel->setExecuteMode("standalone");
    QVERIFY(!m_panel->focusProblem(test::problemAt(Param::PageSize))); // hidden
    QVERIFY(m_panel->focusProblem(test::problemAt(Param::AttemptInterval)));
    QTRY_COMPARE(m_panel->focusWidget(), child<QSpinBox>("attemptIntervalSpin"));
    m_panel->setExecuteMode("grid");
    QVERIFY(m_panel->focusProblem(test::problemAt(Param::PageSize)));
    QTRY_COMPARE(m_panel->focusWidget(), child<QSpinBox>("pageSizeSpin"));
}

QTEST_MAIN(TestExecutionPanel)
#include "TestExecutionPanel.moc"
