// "Alerts and contacts" of the composer, driven through its real check boxes, spin boxes and table (issue 6).
#include "AlertsPanel.h"
#include "JobKinds.h"
#include "PanelTestSupport.h"
#include "TestSupport.h"
#include "Validator.h"

#include <QApplication>
#include <QCheckBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace sx;

namespace {

const QList<Param> OwnParams = {
    Param::Timeout,          Param::TimeoutEnable,       Param::TimeoutKillEnable, Param::FailEnable, Param::FailTimes,
    Param::MissWorkerEnable, Param::SuccessNoticeEnable, Param::SendChannel,       Param::ContactInfo};
const QList<Param> Switches = {Param::TimeoutEnable, Param::TimeoutKillEnable, Param::FailEnable,
                               Param::MissWorkerEnable, Param::SuccessNoticeEnable};

QString describe(const Problems& problems)
{
    QStringList lines;
    for (const Problem& problem : problems)
        lines.append(problem.path + QLatin1String(": ") + problem.code);
    return lines.join(QLatin1String("; "));
}

// The job without this panel's parameters, to store into.
Job withoutOwn(Job job)
{
    for (Param param : OwnParams)
        job.unset(param);
    return job;
}

} // namespace

class TestAlertsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void unsetFieldsStayAbsent();
    void everyFieldRoundTrips_data();
    void everyFieldRoundTrips();
    void explicitFalseIsKeptUnsetIsNot();
    void spinsAreTiedToTheirSwitches();
    void channelsJoinWithCommas();
    void dingLoadsAsWebhook();
    void unknownChannelIsKeptUntilDropped();
    void contactsAddEditRemoveInPlace();
    void widgetForContactProblemIsTheCell();
    void focusProblemSelectsTheCell();
    void loadEmitsNothing();
    void storedJobPassesTheValidator();

private:
    template <typename T>
    T* child(const char* name) const
    {
        T* widget = m_panel->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    QCheckBox* check(Param param) const;
    QTableWidget* table() const;
    Job stored() const;
    void type(QWidget* widget, const QString& text);

    AlertsPanel* m_panel = nullptr;
};

void TestAlertsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAlertsPanel::init()
{
    m_panel = new AlertsPanel();
    m_panel->resize(900, 600);
    QVERIFY(test::showActive(m_panel));
}

void TestAlertsPanel::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
}

QCheckBox* TestAlertsPanel::check(Param param) const
{
    return test::fieldFor<QCheckBox>(m_panel, param);
}

QTableWidget* TestAlertsPanel::table() const
{
    return child<QTableWidget>("contactsTable");
}

Job TestAlertsPanel::stored() const
{
    Job job;
    m_panel->store(job);
    return job;
}

// By keyboard, into whatever has the focus after a click on it.
void TestAlertsPanel::type(QWidget* widget, const QString& text)
{
    widget->setFocus();
    QTRY_COMPARE(m_panel->focusWidget(), widget);
    if (auto* edit = qobject_cast<QLineEdit*>(widget))
        edit->selectAll();
    if (auto* spin = qobject_cast<QSpinBox*>(widget))
        spin->selectAll();
    QTest::keyClicks(widget, text);
}

void TestAlertsPanel::unsetFieldsStayAbsent()
{
    for (Param param : OwnParams)
        QVERIFY2(!stored().has(param), qPrintable(Parameters::name(param)));
    QCOMPARE(child<QSpinBox>("timeoutSpin")->text(), QStringLiteral("Default (7200 s)"));
    QVERIFY(child<QLabel>("channelsDefaultNote")->isVisible());
    QVERIFY(!child<QWidget>("otherChannelsBox")->isVisible());
    QCOMPARE(table()->rowCount(), 0);

    // After a job that had everything, an empty one leaves nothing behind.
    m_panel->load(test::validSampleJob());
    m_panel->load(Job());
    for (Param param : OwnParams)
        QVERIFY2(!stored().has(param), qPrintable(Parameters::name(param)));
    QCOMPARE(table()->rowCount(), 0);
}

void TestAlertsPanel::everyFieldRoundTrips_data()
{
    QTest::addColumn<Job>("job");
    Job sample = test::validSampleJob();
    QTest::newRow("sample") << sample;

    Job allOn;
    allOn.set(Param::Timeout, qint64(1));
    for (Param param : Switches)
        allOn.set(param, true);
    allOn.set(Param::FailTimes, 3);
    allOn.set(Param::SendChannel, "sms,mail,phone,webhook");
    allOn.setContacts({{"Tom", "+86 138-1111-2222", "tom@example.com", "https://oapi.dingtalk.com/robot/send?t=1"},
                       {"", "", "", "https://example.com/hook"}});
    QTest::newRow("all on") << allOn;

    Job allOff;
    allOff.set(Param::Timeout, qint64(2147483647));
    for (Param param : Switches)
        allOff.set(param, false);
    allOff.set(Param::SendChannel, "sms");
    QTest::newRow("explicit false") << allOff;

    Job order;
    order.set(Param::SendChannel, "webhook,mail,sms");
    order.set(Param::FailTimes, 1);
    order.set(Param::FailEnable, false); // a warning, still a valid job
    QTest::newRow("channel order, FailTimes without FailEnable") << order;

    // A template's placeholders travel back unchanged.
    Job templated;
    templated.set(Param::Timeout, "${TIMEOUT}");
    templated.set(Param::FailEnable, "${ALERT}");
    templated.set(Param::SendChannel, "${CHANNELS}");
    QTest::newRow("placeholders") << templated;
}

void TestAlertsPanel::everyFieldRoundTrips()
{
    QFETCH(Job, job);
    m_panel->load(job);
    Job out = withoutOwn(job);
    m_panel->store(out);
    QCOMPARE(out, job);
    QCOMPARE(out.value(Param::Timeout).typeId(), job.value(Param::Timeout).typeId());

    // job() -> setJob() -> job() through a second panel.
    AlertsPanel second;
    second.load(out);
    Job again = withoutOwn(job);
    second.store(again);
    QCOMPARE(again, job);
}

void TestAlertsPanel::explicitFalseIsKeptUnsetIsNot()
{
    Job job;
    job.set(Param::TimeoutKillEnable, false);
    m_panel->load(job);
    QVERIFY(!check(Param::TimeoutKillEnable)->isChecked());
    QCOMPARE(stored().value(Param::TimeoutKillEnable), QVariant(false));
    QVERIFY(!stored().has(Param::TimeoutEnable));

    // Clicked on, then off again: the user said false.
    check(Param::SuccessNoticeEnable)->click();
    QCOMPARE(stored().value(Param::SuccessNoticeEnable), QVariant(true));
    check(Param::SuccessNoticeEnable)->click();
    QCOMPARE(stored().value(Param::SuccessNoticeEnable), QVariant(false));

    // By keyboard: space toggles the focused switch.
    QCheckBox* missWorker = check(Param::MissWorkerEnable);
    missWorker->setFocus();
    QTRY_COMPARE(m_panel->focusWidget(), missWorker);
    QTest::keyClick(missWorker, Qt::Key_Space);
    QCOMPARE(stored().value(Param::MissWorkerEnable), QVariant(true));

    // A template's switch is neither on nor off until clicked.
    Job templated;
    templated.set(Param::FailEnable, "${ALERT}");
    m_panel->load(templated);
    QCOMPARE(check(Param::FailEnable)->checkState(), Qt::PartiallyChecked);
    check(Param::FailEnable)->click();
    QCOMPARE(stored().value(Param::FailEnable), QVariant(true));
    check(Param::FailEnable)->click();
    QCOMPARE(check(Param::FailEnable)->checkState(), Qt::Unchecked); // two states again
    QCOMPARE(stored().value(Param::FailEnable), QVariant(false));
}

void TestAlertsPanel::spinsAreTiedToTheirSwitches()
{
    auto* timeout = child<QSpinBox>("timeoutSpin");
    auto* failTimes = child<QSpinBox>("failTimesSpin");
    QVERIFY(!timeout->isEnabled());
    QVERIFY(!failTimes->isEnabled());

    check(Param::TimeoutKillEnable)->click();
    QVERIFY(timeout->isEnabled());
    check(Param::TimeoutKillEnable)->click();
    check(Param::TimeoutEnable)->click();
    QVERIFY(timeout->isEnabled());
    type(timeout, "600");
    QCOMPARE(stored().value(Param::Timeout), QVariant(qint64(600)));
    QCOMPARE(stored().value(Param::TimeoutEnable), QVariant(true));

    check(Param::FailEnable)->click();
    QVERIFY(failTimes->isEnabled());
    type(failTimes, "3");
    QTest::keyClick(failTimes, Qt::Key_Tab);
    QCOMPARE(stored().value(Param::FailTimes), QVariant(3));
    // Switched off, the value stays usable so that it can be seen and cleared.
    check(Param::FailEnable)->click();
    QVERIFY(failTimes->isEnabled());

    // A loaded FailTimes without its switch is shown in a usable box.
    Job job;
    job.set(Param::FailTimes, 4);
    m_panel->load(job);
    QVERIFY(failTimes->isEnabled());
    QVERIFY(!timeout->isEnabled());
    QCOMPARE(failTimes->text(), QStringLiteral("4"));
}

void TestAlertsPanel::channelsJoinWithCommas()
{
    // Clicked in any order, written in the usual one.
    child<QCheckBox>("mailCheck")->click();
    child<QCheckBox>("smsCheck")->click();
    QCOMPARE(stored().value(Param::SendChannel), QVariant(QStringLiteral("sms,mail")));
    QVERIFY(!child<QLabel>("channelsDefaultNote")->isVisible());
    child<QCheckBox>("webhookCheck")->click();
    child<QCheckBox>("phoneCheck")->click();
    QCOMPARE(stored().text(Param::SendChannel), QStringLiteral("sms,mail,phone,webhook"));
    for (const char* name : {"smsCheck", "mailCheck", "phoneCheck", "webhookCheck"})
        child<QCheckBox>(name)->click();
    QVERIFY(!stored().has(Param::SendChannel));
    QVERIFY(child<QLabel>("channelsDefaultNote")->isVisible());

    // A loaded order is kept; a channel checked later goes after it.
    Job job;
    job.set(Param::SendChannel, "mail,sms");
    m_panel->load(job);
    child<QCheckBox>("phoneCheck")->click();
    QCOMPARE(stored().text(Param::SendChannel), QStringLiteral("mail,sms,phone"));
}

void TestAlertsPanel::dingLoadsAsWebhook()
{
    Job job;
    job.set(Param::SendChannel, "sms,ding");
    m_panel->load(job);
    QVERIFY(child<QCheckBox>("smsCheck")->isChecked());
    QVERIFY(child<QCheckBox>("webhookCheck")->isChecked());
    QVERIFY(!child<QCheckBox>("mailCheck")->isChecked());
    QVERIFY(!child<QWidget>("otherChannelsBox")->isVisible());
    QCOMPARE(stored().text(Param::SendChannel), QStringLiteral("sms,webhook"));

    job.set(Param::SendChannel, "ding,webhook");
    m_panel->load(job);
    QCOMPARE(stored().text(Param::SendChannel), QStringLiteral("webhook"));
}

void TestAlertsPanel::unknownChannelIsKeptUntilDropped()
{
    Job job = test::validSampleJob();
    job.set(Param::SendChannel, "sms,fax");
    m_panel->load(job);
    QVERIFY(child<QWidget>("otherChannelsBox")->isVisible());
    QVERIFY(child<QLabel>("otherChannelsLabel")->text().contains("fax"));
    QVERIFY(!child<QLabel>("channelsDefaultNote")->isVisible());
    Job out = withoutOwn(job);
    m_panel->store(out);
    QCOMPARE(out.text(Param::SendChannel), QStringLiteral("sms,fax"));

    // The validator objects, at the channels.
    const Problems problems = Validator::validate(out);
    const auto unknown = std::find_if(problems.begin(), problems.end(),
                                      [](const Problem& p) { return p.code == "sendChannel.unknown"; });
    QVERIFY(unknown != problems.end());
    QCOMPARE(m_panel->widgetFor(*unknown), child<QFrame>("channelsFrame"));

    QSignalSpy changed(m_panel, &AlertsPanel::changed);
    QTest::mouseClick(child<QPushButton>("dropOtherChannelsButton"), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!child<QWidget>("otherChannelsBox")->isVisible());
    QCOMPARE(stored().text(Param::SendChannel), QStringLiteral("sms"));
}

void TestAlertsPanel::contactsAddEditRemoveInPlace()
{
    auto* add = child<QPushButton>("addContactButton");
    auto* remove = child<QPushButton>("removeContactButton");
    QVERIFY(!remove->isEnabled());
    // No contacts: "None", no empty table, and no columns yet (sizing its header loads a second font).
    QVERIFY(child<QLabel>("noContactsLabel")->isVisible());
    QVERIFY(!table()->isVisible());
    QCOMPARE(table()->columnCount(), 0);

    // Add puts the cursor in the new row's name: type, Tab to the next cell, type.
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(table()->rowCount(), 1);
    QTRY_COMPARE(m_panel->focusWidget(), m_panel->contactCell(0, AlertsPanel::NameColumn));
    QTest::keyClicks(m_panel->focusWidget(), "Tom");
    QTest::keyClick(m_panel->focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(m_panel->focusWidget(), m_panel->contactCell(0, AlertsPanel::PhoneColumn));
    QTest::keyClicks(m_panel->focusWidget(), "13811112222");
    QVERIFY(remove->isEnabled());

    QTest::mouseClick(add, Qt::LeftButton); // stays empty
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_COMPARE(m_panel->focusWidget(), m_panel->contactCell(2, AlertsPanel::NameColumn));
    QTest::keyClicks(m_panel->focusWidget(), "Ann");
    type(m_panel->contactCell(2, AlertsPanel::MailColumn), "ann@example.com");
    type(m_panel->contactCell(2, AlertsPanel::DingColumn), "https://oapi.dingtalk.com/robot/send?access_token=x");
    QCOMPARE(table()->rowCount(), 3);
    QVERIFY(table()->isVisible());
    QVERIFY(!child<QLabel>("noContactsLabel")->isVisible());
    QCOMPARE(table()->horizontalHeaderItem(AlertsPanel::MailColumn)->text(), QStringLiteral("E-mail"));
    const ContactList expected = {
        {"Tom", "13811112222", "", ""},
        {"Ann", "", "ann@example.com", "https://oapi.dingtalk.com/robot/send?access_token=x"}};
    QCOMPARE(stored().contacts(), expected); // the empty row is not stored

    // Edit in place: select the whole cell and retype.
    type(m_panel->contactCell(0, AlertsPanel::NameColumn), "Thomas");
    QCOMPARE(stored().contacts().at(0).userName, QStringLiteral("Thomas"));

    // Remove works on the row the cursor is in.
    QSignalSpy changed(m_panel, &AlertsPanel::changed);
    type(m_panel->contactCell(0, AlertsPanel::PhoneColumn), QString());
    QCOMPARE(table()->currentRow(), 0);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(table()->rowCount(), 2);
    QCOMPARE(stored().contacts(), ContactList({expected.at(1)}));
    QCOMPARE(table()->currentRow(), 0); // the next row, ready for another Remove
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(stored().contacts(), ContactList({expected.at(1)}));
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(table()->rowCount(), 0);
    QVERIFY(!stored().has(Param::ContactInfo));
    QVERIFY(!remove->isEnabled());
    QVERIFY(!table()->isVisible()); // "None" again
    QVERIFY(child<QLabel>("noContactsLabel")->isVisible());
}

void TestAlertsPanel::widgetForContactProblemIsTheCell()
{
    // Row 0 is empty, so the first contact the validator sees is row 1.
    Job job = test::validSampleJob();
    job.setContacts({{}, {"Ann", "", "not-a-mail", ""}, {"Bob", "12", "", "http://plain.example.com"}});
    m_panel->load(job);
    QCOMPARE(table()->rowCount(), 3);
    Job out = withoutOwn(job);
    m_panel->store(out);
    QCOMPARE(out.contacts().size(), 2);

    QHash<QString, QWidget*> cells;
    for (const Problem& problem : Validator::validate(out))
        cells.insert(problem.path, m_panel->widgetFor(problem));
    QVERIFY2(cells.contains("ContactInfo[1].UserMail"), qPrintable(describe(Validator::validate(out))));
    QCOMPARE(cells.value("ContactInfo[1].UserMail"), m_panel->contactCell(1, AlertsPanel::MailColumn));
    QCOMPARE(cells.value("ContactInfo[2].UserPhone"), m_panel->contactCell(2, AlertsPanel::PhoneColumn));
    QCOMPARE(cells.value("ContactInfo[2].Ding"), m_panel->contactCell(2, AlertsPanel::DingColumn));

    QCOMPARE(m_panel->widgetFor(test::problemAt(Param::ContactInfo, "ContactInfo[2].UserName")),
             m_panel->contactCell(2, AlertsPanel::NameColumn));
    QCOMPARE(m_panel->widgetFor(test::problemAt(Param::ContactInfo, "ContactInfo[2]")),
             m_panel->contactCell(2, AlertsPanel::NameColumn));
    // About the contacts as a whole, or one that is not there: the table.
    QCOMPARE(m_panel->widgetFor(test::problemAt(Param::ContactInfo)), table());
    QCOMPARE(m_panel->widgetFor(test::problemAt(Param::ContactInfo, "ContactInfo[9].UserMail")), table());
    QCOMPARE(m_panel->widgetFor(test::problemAt(Param::Name)), nullptr);
    QCOMPARE(m_panel->widgetFor(test::problemAt(Param::MaxAttempt)), nullptr);
    QCOMPARE(m_panel->widgetFor(test::problemAt(Param::Timeout)), child<QSpinBox>("timeoutSpin"));
    QCOMPARE(m_panel->widgetFor(test::problemAt(Param::FailTimes)), child<QSpinBox>("failTimesSpin"));
    QCOMPARE(m_panel->widgetFor(test::problemAt(Param::TimeoutKillEnable)), child<QCheckBox>("timeoutKillEnableCheck"));

    // What the form does with it: a dynamic property that a style sheet draws, on that cell alone.
    m_panel->setStyleSheet(QStringLiteral("*[sxProblem=\"error\"] { border: 2px solid #d32f2f; }"));
    QWidget* cell = cells.value("ContactInfo[1].UserMail");
    cell->setProperty("sxProblem", "error");
    cell->style()->unpolish(cell);
    cell->style()->polish(cell);
    QCOMPARE(m_panel->contactCell(1, AlertsPanel::NameColumn)->property("sxProblem"), QVariant());
}

void TestAlertsPanel::focusProblemSelectsTheCell()
{
    ContactList many;
    for (int i = 0; i < 12; ++i)
        many.append({QStringLiteral("User %1").arg(i), "", QStringLiteral("u%1@example.com").arg(i), ""});
    Job job;
    job.setContacts(many);
    m_panel->load(job);

    QVERIFY(m_panel->focusProblem(test::problemAt(Param::ContactInfo, "ContactInfo[12].UserMail")));
    QLineEdit* cell = m_panel->contactCell(11, AlertsPanel::MailColumn);
    QTRY_COMPARE(m_panel->focusWidget(), cell);
    QCOMPARE(table()->currentRow(), 11);
    QCOMPARE(table()->currentColumn(), int(AlertsPanel::MailColumn));
    QVERIFY(table()->viewport()->rect().contains(cell->geometry().center())); // scrolled to

    QVERIFY(m_panel->focusProblem(test::problemAt(Param::SendChannel)));
    QTRY_COMPARE(m_panel->focusWidget(), child<QCheckBox>("smsCheck"));
    QVERIFY(!m_panel->focusProblem(test::problemAt(Param::Name)));
}

void TestAlertsPanel::loadEmitsNothing()
{
    QSignalSpy changed(m_panel, &AlertsPanel::changed);
    Job job = test::validSampleJob();
    job.set(Param::FailEnable, true);
    job.set(Param::FailTimes, 2);
    job.set(Param::SendChannel, "ding,fax");
    m_panel->load(job);
    m_panel->load(Job());
    m_panel->load(job);
    QCOMPARE(changed.count(), 0);
    child<QCheckBox>("phoneCheck")->click();
    QCOMPARE(changed.count(), 1);
    type(m_panel->contactCell(0, AlertsPanel::NameColumn), "T");
    QCOMPARE(changed.count(), 2);
}

void TestAlertsPanel::storedJobPassesTheValidator()
{
    // Everything set through the widgets, as a person would: the validator has nothing to say.
    Job job = withoutOwn(test::validSampleJob());
    m_panel->load(job);
    check(Param::TimeoutEnable)->click();
    check(Param::TimeoutKillEnable)->click();
    type(child<QSpinBox>("timeoutSpin"), "900");
    check(Param::FailEnable)->click();
    type(child<QSpinBox>("failTimesSpin"), "2");
    check(Param::MissWorkerEnable)->click();
    child<QCheckBox>("mailCheck")->click();
    child<QCheckBox>("webhookCheck")->click();
    QTest::mouseClick(child<QPushButton>("addContactButton"), Qt::LeftButton);
    type(m_panel->contactCell(0, AlertsPanel::NameColumn), "Ann");
    type(m_panel->contactCell(0, AlertsPanel::MailColumn), "ann@example.com");
    QTest::mouseClick(child<QPushButton>("addContactButton"), Qt::LeftButton); // left empty
    m_panel->store(job);

    const Problems problems = Validator::validate(job);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    QCOMPARE(job.text(Param::SendChannel), QStringLiteral("mail,webhook"));
    QCOMPARE(job.value(Param::Timeout), QVariant(qint64(900)));
    QCOMPARE(job.value(Param::FailTimes), QVariant(2));
    QCOMPARE(job.value(Param::TimeoutKillEnable), QVariant(true));
    QVERIFY(!job.has(Param::SuccessNoticeEnable));
    QCOMPARE(job.contacts(), ContactList({{"Ann", "", "ann@example.com", ""}}));

    // With the mail channel gone, nobody can receive the alerts: the warning is about the contacts.
    child<QCheckBox>("mailCheck")->click();
    m_panel->store(job);
    const Problems after = Validator::validate(job);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().code, QStringLiteral("alert.noRecipient"));
    QCOMPARE(m_panel->widgetFor(after.first()), table());
    // With no contact at all there is no table to mark: the button that adds one is marked.
    Job none = job;
    none.setContacts({});
    m_panel->load(none);
    QCOMPARE(m_panel->widgetFor(after.first()), child<QPushButton>("addContactButton"));
}

QTEST_MAIN(TestAlertsPanel)
#include "TestAlertsPanel.moc"
