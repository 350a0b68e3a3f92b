// The namespace and group pickers on real line edits, against a real sandbox over loopback.
#include "NamespacePicker.h"
#include "ResponseParser.h"
#include "SandboxServer.h"
#include "ServiceDirectory.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QFocusEvent>
#include <QFormLayout>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sx;

namespace {
const DirectoryKey SandboxNamespaces("sandbox", "cn-hangzhou", QString());
}

class TestNamespacePicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void nothingIsFetchedUntilAFieldIsUsed();
    void openingTheListShowsTheNamespaces();
    void choosingInsertsTheUidAndGroupsFollow();
    void typingFiltersByNameOrUid();
    void typingFreelyWorksWithTheSandboxStopped();
    void wrongSecretShowsTheSignatureHint();
    void cachedListsFillANewPickerAtOnce();
    void refreshAsksAgain();
    void aNewTargetShowsItsOwnLists();
    void missingRegionOrNamespaceIsSaid();

private:
    // A small form like the composer's: region, namespace, group and one more field to move the focus to.
    void makeForm();
    ServiceTargetSource source(const Credentials& credentials);
    ServiceTargetSource source();
    QAction* action(QLineEdit* edit, const char* name) const;
    static QStringList shownRows(QCompleter* completer);
    void waitIdle();

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QWidget> m_window;
    QLineEdit* m_region = nullptr;
    QLineEdit* m_namespace = nullptr;
    QLineEdit* m_group = nullptr;
    QLineEdit* m_other = nullptr;
    ServiceDirectory* m_directory = nullptr;
    NamespacePicker* m_picker = nullptr;
    int m_sourceCalls = 0;
};

void TestNamespacePicker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestNamespacePicker::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sourceCalls = 0;
    makeForm();
}

void TestNamespacePicker::cleanup()
{
    m_window.reset();
    m_server.reset();
    m_dir.reset();
}

void TestNamespacePicker::makeForm()
{
    m_window = std::make_unique<QWidget>();
    auto* layout = new QFormLayout(m_window.get());
    m_region = new QLineEdit(m_window.get());
    m_namespace = new QLineEdit(m_window.get());
    m_namespace->setObjectName("namespaceEdit");
    m_group = new QLineEdit(m_window.get());
    m_group->setObjectName("groupEdit");
    m_other = new QLineEdit(m_window.get());
    layout->addRow("Region", m_region);
    layout->addRow("Namespace", m_namespace);
    layout->addRow("Group", m_group);
    layout->addRow("Name", m_other);
    m_directory = new ServiceDirectory(m_dir->filePath("cache/service-directory.json"), m_window.get());
    m_picker = new NamespacePicker(m_namespace, m_group, m_directory, m_window.get());
    connect(m_region, &QLineEdit::textChanged, m_picker, &NamespacePicker::setRegion);
    m_region->setText("cn-hangzhou");
    m_window->resize(420, 160);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_other->setFocus();
}

ServiceTargetSource TestNamespacePicker::source(const Credentials& credentials)
{
    const QUrl url = m_server->url();
    return [this, url, credentials](const QString&, QString*) -> std::optional<ServiceTarget> {
        ++m_sourceCalls;
        ServiceTarget target;
        target.credentials = credentials;
        target.options.endpoint = url;
        return target;
    };
}

ServiceTargetSource TestNamespacePicker::source()
{
    return source(m_server->credentials());
}

QAction* TestNamespacePicker::action(QLineEdit* edit, const char* name) const
{
    auto* found = edit->findChild<QAction*>(QLatin1String(name));
    if (!found)
        qFatal("no action %s", name);
    return found;
}

QStringList TestNamespacePicker::shownRows(QCompleter* completer)
{
    QStringList rows;
    if (!completer->popup()->isVisible())
        return rows;
    QAbstractItemModel* model = completer->popup()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        rows << model->index(row, 0).data().toString();
    return rows;
}

void TestNamespacePicker::waitIdle()
{
    const DirectoryKey namespaces(m_picker->targetKey(), m_picker->region(), QString());
    const DirectoryKey groups(m_picker->targetKey(), m_picker->region(), m_namespace->text().trimmed());
    QTRY_VERIFY_WITH_TIMEOUT(!m_directory->isFetching(namespaces), 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_directory->isFetching(groups), 20'000);
}

void TestNamespacePicker::nothingIsFetchedUntilAFieldIsUsed()
{
    m_picker->setTarget("sandbox", source());
    m_region->setText("cn-shanghai");
    m_other->setFocus();
    QTest::keyClicks(m_other, "nightly");
    QCoreApplication::processEvents();
    QCOMPARE(m_sourceCalls, 0); // no keychain asked at start
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(m_namespace->completer(), nullptr); // nothing to complete yet: no completer built either
    // The window coming back with this field focused, or a popup closing, is not the user turning to it.
    for (Qt::FocusReason reason : {Qt::ActiveWindowFocusReason, Qt::PopupFocusReason}) {
        QFocusEvent focusIn(QEvent::FocusIn, reason);
        QApplication::sendEvent(m_namespace, &focusIn);
    }
    QCoreApplication::processEvents();
    QCOMPARE(m_sourceCalls, 0);

    m_namespace->setFocus();
    // Typing completes once there are rows (asked of the field: the picker's accessor would build one itself).
    QTRY_VERIFY_WITH_TIMEOUT(m_namespace->completer(), 20'000);
    QCOMPARE(m_namespace->completer()->model()->rowCount(), 2);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_sourceCalls, 1);
    QVERIFY(!m_picker->namespaceCompleter()->popup()->isVisible()); // focus fetches, it does not pop up

    // Focusing again, or the group field without a namespace, sends nothing more.
    m_other->setFocus();
    m_namespace->setFocus();
    m_group->setFocus();
    QCoreApplication::processEvents();
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(!m_picker->groupStatus().isEmpty());
}

void TestNamespacePicker::openingTheListShowsTheNamespaces()
{
    m_picker->setTarget("sandbox", source());
    QSignalSpy status(m_picker, &NamespacePicker::statusChanged);
    action(m_namespace, "namespaceListAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_picker->namespaceCompleter()->popup()->isVisible(), 20'000);
    const QStringList rows = shownRows(m_picker->namespaceCompleter());
    QCOMPARE(rows.size(), m_server->namespaces().size());
    for (int i = 0; i < rows.size(); ++i) {
        QVERIFY2(rows[i].contains(m_server->namespaces()[i].name), qPrintable(rows[i]));
        QVERIFY2(rows[i].contains(m_server->namespaces()[i].uid), qPrintable(rows[i]));
    }
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(m_picker->namespaceStatus().isEmpty());
    QVERIFY(!status.isEmpty());
    QVERIFY(status.last().first().toString().isEmpty()); // the loading message is cleared
    QCOMPARE(action(m_namespace, "namespaceListAction")->toolTip(), NamespacePicker::tr("Show all namespaces"));

    // Alt+Down opens it again, from the cache.
    QTest::keyClick(m_picker->namespaceCompleter()->popup(), Qt::Key_Escape);
    QTRY_VERIFY(!m_picker->namespaceCompleter()->popup()->isVisible());
    m_namespace->setFocus();
    QTest::keyClick(m_namespace, Qt::Key_Down, Qt::AltModifier);
    QTRY_VERIFY(m_picker->namespaceCompleter()->popup()->isVisible());
    QCOMPARE(shownRows(m_picker->namespaceCompleter()).size(), rows.size());
    QCOMPARE(m_server->requestCount(), 1);
}

void TestNamespacePicker::choosingInsertsTheUidAndGroupsFollow()
{
    m_picker->setTarget("sandbox", source());
    m_picker->showNamespaces();
    QAbstractItemView* popup = m_picker->namespaceCompleter()->popup();
    QTRY_VERIFY_WITH_TIMEOUT(popup->isVisible(), 20'000);
    const SandboxNamespace staging = m_server->namespaces().at(1);
    const QModelIndex second = popup->model()->index(1, 0);
    QVERIFY(second.data().toString().contains(staging.name));
    popup->setCurrentIndex(second);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(m_namespace->text(), staging.uid); // the uid, not the label

    action(m_group, "groupListAction")->trigger();
    QAbstractItemView* groupPopup = m_picker->groupCompleter()->popup();
    QTRY_VERIFY_WITH_TIMEOUT(groupPopup->isVisible(), 20'000);
    QStringList expected;
    for (const SandboxGroup& g : m_server->groups()) {
        if (g.namespaceUid == staging.uid)
            expected << g.groupId;
    }
    const QStringList rows = shownRows(m_picker->groupCompleter());
    QCOMPARE(rows.size(), expected.size());
    QVERIFY2(rows.first().contains(expected.first()), qPrintable(rows.first()));
    QVERIFY(!rows.join(' ').contains("billing")); // another namespace's group
    groupPopup->setCurrentIndex(groupPopup->model()->index(0, 0));
    QTest::keyClick(groupPopup, Qt::Key_Return);
    QCOMPARE(m_group->text(), expected.first());
    QCOMPARE(m_server->requestCount(), 2);

    // Another namespace typed: the group list becomes that namespace's.
    m_namespace->setText(m_server->namespaces().first().uid);
    m_picker->showGroups();
    QTRY_VERIFY_WITH_TIMEOUT(shownRows(m_picker->groupCompleter()).join(' ').contains("billing.reportGroup"), 20'000);
    QVERIFY(!shownRows(m_picker->groupCompleter()).join(' ').contains("staging.defaultGroup"));
}

void TestNamespacePicker::typingFiltersByNameOrUid()
{
    m_picker->setTarget("sandbox", source());
    m_namespace->setFocus();
    QTRY_COMPARE_WITH_TIMEOUT(m_picker->namespaceCompleter()->model()->rowCount(), 2, 20'000);

    QTest::keyClicks(m_namespace, "STAG"); // a part of the name, in other case
    QTRY_VERIFY(m_picker->namespaceCompleter()->popup()->isVisible());
    QStringList rows = shownRows(m_picker->namespaceCompleter());
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.first().contains("sandbox-staging"));
    QCOMPARE(m_namespace->text(), QString("STAG")); // typing is never replaced by itself

    m_namespace->clear();
    QTest::keyClicks(m_namespace, "E2FE"); // a part of the other's uid
    QTRY_COMPARE(shownRows(m_picker->namespaceCompleter()).size(), 1);
    QVERIFY(shownRows(m_picker->namespaceCompleter()).first().contains("sandbox-default"));

    QTest::keyClick(m_picker->namespaceCompleter()->popup(), Qt::Key_Down);
    QTest::keyClick(m_picker->namespaceCompleter()->popup(), Qt::Key_Return);
    QCOMPARE(m_namespace->text(), m_server->namespaces().first().uid);
}

void TestNamespacePicker::typingFreelyWorksWithTheSandboxStopped()
{
    m_picker->setTarget("sandbox", source());
    m_server->close();
    QSignalSpy status(m_picker, &NamespacePicker::statusChanged);
    m_namespace->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(m_directory->problem(SandboxNamespaces).has_value(), 20'000);
    QTest::keyClicks(m_namespace, "my-own-namespace");
    QCOMPARE(m_namespace->text(), QString("my-own-namespace"));
    QCOMPARE(m_picker->namespaceCompleter()->model()->rowCount(), 0);

    const QString why = m_picker->namespaceStatus();
    const DirectoryProblem problem = *m_directory->problem(SandboxNamespaces);
    QCOMPARE(problem.outcome, Outcome::Failed);
    QVERIFY2(why.contains(problem.text()), qPrintable(why));
    QCOMPARE(action(m_namespace, "namespaceListAction")->toolTip(), why);
    QVERIFY(!status.isEmpty());
    QCOMPARE(status.last().first().toString(), why);

    // Opening the list retries, fails again, says so and keeps the text.
    const int callsBefore = m_sourceCalls;
    action(m_namespace, "namespaceListAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_sourceCalls, callsBefore + 1, 20'000);
    waitIdle();
    QVERIFY(!m_picker->namespaceCompleter()->popup()->isVisible());
    QCOMPARE(m_namespace->text(), QString("my-own-namespace"));
    QCOMPARE(m_picker->namespaceStatus(), why);

    // The group field too.
    m_group->setFocus();
    QTest::keyClicks(m_group, "my.group");
    QTRY_VERIFY_WITH_TIMEOUT(!m_picker->groupStatus().isEmpty() && !m_picker->groupStatus().contains("…"), 20'000);
    QCOMPARE(m_group->text(), QString("my.group"));
}

void TestNamespacePicker::wrongSecretShowsTheSignatureHint()
{
    const Credentials wrong {m_server->credentials().accessKeyId, "not-the-secret", {}};
    m_picker->setTarget("sandbox", source(wrong));
    m_namespace->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(m_directory->problem(SandboxNamespaces).has_value(), 20'000);
    QVERIFY2(m_picker->namespaceStatus().contains(ResponseParser::hintFor("SignatureDoesNotMatch", 400)),
             qPrintable(m_picker->namespaceStatus()));
    QVERIFY(!m_picker->namespaceStatus().contains("not-the-secret"));

    // Not retried by focus alone (a keychain might prompt each time); the refresh action retries.
    m_other->setFocus();
    m_namespace->setFocus();
    QCoreApplication::processEvents();
    QCOMPARE(m_server->requestCount(), 1);
    m_picker->setTarget("sandbox", source());
    action(m_namespace, "namespaceRefreshAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_picker->namespaceCompleter()->model()->rowCount(), 2, 20'000);
    QVERIFY(m_picker->namespaceStatus().isEmpty());
}

void TestNamespacePicker::cachedListsFillANewPickerAtOnce()
{
    m_picker->setTarget("sandbox", source());
    m_namespace->setText(m_server->namespaces().first().uid);
    m_namespace->setFocus();
    m_group->setFocus();
    QTRY_COMPARE_WITH_TIMEOUT(m_picker->groupCompleter()->model()->rowCount(), 2, 20'000);
    waitIdle();
    QCOMPARE(m_server->requestCount(), 2);

    // The next start: a new directory on the same file, new fields.
    m_window.reset();
    m_sourceCalls = 0;
    makeForm();
    m_picker->setTarget("sandbox", source());
    QCOMPARE(m_picker->namespaceCompleter()->model()->rowCount(), 2);
    m_namespace->setText(m_server->namespaces().first().uid);
    QCOMPARE(m_picker->groupCompleter()->model()->rowCount(), 2);
    m_picker->showNamespaces();
    QTRY_VERIFY(m_picker->namespaceCompleter()->popup()->isVisible());
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_sourceCalls, 0);
}

void TestNamespacePicker::refreshAsksAgain()
{
    m_picker->setTarget("sandbox", source());
    m_namespace->setFocus();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, 20'000);
    waitIdle();
    action(m_namespace, "namespaceRefreshAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 2, 20'000);
    waitIdle();
    QCOMPARE(m_picker->namespaceCompleter()->model()->rowCount(), 2);

    m_namespace->setText(m_server->namespaces().last().uid);
    m_picker->refreshGroups();
    QTRY_COMPARE_WITH_TIMEOUT(m_picker->groupCompleter()->model()->rowCount(), 1, 20'000);
    QCOMPARE(m_server->requestCount(), 3);
}

void TestNamespacePicker::aNewTargetShowsItsOwnLists()
{
    m_picker->setTarget("sandbox", source());
    m_namespace->setFocus();
    QTRY_COMPARE_WITH_TIMEOUT(m_picker->namespaceCompleter()->model()->rowCount(), 2, 20'000);
    waitIdle();
    m_other->setFocus();

    m_picker->setTarget("prod", source());
    QCOMPARE(m_picker->targetKey(), QString("prod"));
    QCOMPARE(m_picker->namespaceCompleter()->model()->rowCount(), 0); // not the sandbox's list
    QCoreApplication::processEvents();
    QCOMPARE(m_server->requestCount(), 1); // and nothing fetched until used

    m_picker->setTarget("sandbox", source());
    QCOMPARE(m_picker->namespaceCompleter()->model()->rowCount(), 2);
    m_region->setText("cn-beijing");
    QCOMPARE(m_picker->namespaceCompleter()->model()->rowCount(), 0);
}

void TestNamespacePicker::missingRegionOrNamespaceIsSaid()
{
    m_picker->setTarget("sandbox", source());
    m_region->clear();
    m_picker->showNamespaces();
    m_namespace->setFocus();
    QCoreApplication::processEvents();
    QCOMPARE(m_picker->namespaceStatus(), NamespacePicker::tr("Enter the region first."));
    QCOMPARE(action(m_namespace, "namespaceListAction")->toolTip(), m_picker->namespaceStatus());
    QVERIFY(!m_picker->namespaceCompleter()->popup()->isVisible());

    m_region->setText("cn-hangzhou");
    QVERIFY(m_picker->namespaceStatus().isEmpty());
    QCOMPARE(m_picker->groupStatus(), NamespacePicker::tr("Enter or choose a namespace first."));
    m_picker->showGroups();
    QCoreApplication::processEvents();
    QVERIFY(!m_picker->groupCompleter()->popup()->isVisible());
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(m_sourceCalls, 0);

    // Without a target nothing can be fetched either, and it says so.
    NamespacePicker bare(new QLineEdit(m_window.get()), new QLineEdit(m_window.get()), m_directory, nullptr);
    bare.setRegion("cn-hangzhou");
    QVERIFY(!bare.namespaceStatus().isEmpty());
}

QTEST_MAIN(TestNamespacePicker)
#include "TestNamespacePicker.moc"
