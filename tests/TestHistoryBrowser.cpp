// The history browser driven through its real widgets, against a real SQLite file.
#include "HistoryBrowser.h"
#include "HistoryCounter.h"
#include "HistoryFixture.h"
#include "HistoryModel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace sx;
using namespace sx::test;

class TestHistoryBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensWithTheNewestAndTheCount();
    void countsBeyondWhatIsLoaded();
    void textFilterNarrowsAfterTyping();
    void outcomeFilterNarrows();
    void profileFilterNarrows();
    void timeFiltersNarrow();
    void backwardsCustomRangeIsExplained();
    void selectingShowsRequestAndAnswer();
    void answerThatIsNotJsonIsShownRaw();
    void copyJobIdPutsItOnTheClipboard();
    void openAsNewJobEmitsTheJob();
    void exportWritesTheFilteredRowsOnly();
    void refreshShowsNewEntriesAndKeepsTheSelection();
    void closedStoreIsExplained();
    void countsOnAThreadOfItsOwn();

private:
    template <typename T>
    T* child(const char* name) const
    {
        T* widget = m_browser->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    void makeBrowser();
    int rows() const;
    void clickRowOf(qint64 id);
    int countIf(const std::function<bool(const HistorySample&)>& matches) const;
    QString countText(int n) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<HistoryBrowser> m_browser;
    QList<HistorySample> m_samples;
};

void TestHistoryBrowser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHistoryBrowser::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<HistoryStore>(m_dir->filePath("history.sqlite"));
    QVERIFY2(m_store->isWritable(), qPrintable(m_store->errorString()));
    m_samples = recordHistorySamples(*m_store, 60);
    makeBrowser();
}

void TestHistoryBrowser::cleanup()
{
    m_browser.reset();
    m_store.reset();
    m_dir.reset();
}

void TestHistoryBrowser::makeBrowser()
{
    m_browser = std::make_unique<HistoryBrowser>(m_store.get());
    m_browser->resize(1200, 800);
    m_browser->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
}

int TestHistoryBrowser::rows() const
{
    return child<QTableView>("tableView")->model()->rowCount();
}

void TestHistoryBrowser::clickRowOf(qint64 id)
{
    auto* view = child<QTableView>("tableView");
    const int row = m_browser->model()->rowOfId(id);
    QVERIFY(row >= 0);
    const QModelIndex index = view->model()->index(row, HistoryModel::NameColumn);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(m_browser->selectedEntryId(), id);
}

int TestHistoryBrowser::countIf(const std::function<bool(const HistorySample&)>& matches) const
{
    return int(std::count_if(m_samples.cbegin(), m_samples.cend(), matches));
}

QString TestHistoryBrowser::countText(int n) const
{
    return n == 1 ? QString("1 entry") : QString("%1 entries").arg(n);
}

void TestHistoryBrowser::opensWithTheNewestAndTheCount()
{
    QCOMPARE(child<QStackedWidget>("pages")->currentWidget()->objectName(), QString("browserPage"));
    QCOMPARE(rows(), 60);
    QCOMPARE(m_browser->model()->entryAt(0).id, m_samples.last().id);
    QCOMPARE(child<QLabel>("countLabel")->text(), countText(60));
    // Nothing selected yet: no detail, nothing to copy or open.
    QCOMPARE(child<QStackedWidget>("detailStack")->currentWidget()->objectName(), QString("noSelectionPage"));
    QVERIFY(!child<QPushButton>("copyJobIdButton")->isEnabled());
    QVERIFY(!child<QPushButton>("openAsNewJobButton")->isEnabled());
    QVERIFY(child<QPushButton>("exportButton")->isEnabled());
    // The profiles recorded, listed from the file in the background.
    auto* profiles = child<QComboBox>("profileCombo");
    QTRY_COMPARE(profiles->count(), 3);
    QCOMPARE(profiles->itemText(1), QString("production"));
    QCOMPARE(profiles->itemText(2), QString("work"));
    QVERIFY(!child<QLabel>("noticeLabel")->isVisible());
}

void TestHistoryBrowser::countsBeyondWhatIsLoaded()
{
    // 260 entries: the first page only is read, and the count still tells them all.
    for (int i = 0; i < 200; ++i)
        m_store->begin(historyAttempt(QStringLiteral("bulk-%1").arg(i), "bulk.prod", "work"));
    makeBrowser();
    QCOMPARE(rows(), HistoryModel::DefaultPageSize);
    QVERIFY(m_browser->model()->canFetchMore({}));
    QTRY_COMPARE(child<QLabel>("countLabel")->text(), countText(260));
}

void TestHistoryBrowser::textFilterNarrowsAfterTyping()
{
    auto* search = child<QLineEdit>("searchEdit");
    search->setFocus();
    QTest::keyClicks(search, "billing");
    const int expected = countIf([](const HistorySample& s) { return s.name.contains("billing"); });
    QVERIFY(expected > 0 && expected < 60);
    QTRY_COMPARE(rows(), expected);
    for (int row = 0; row < rows(); ++row)
        QVERIFY(m_browser->model()->entryAt(row).name.contains("billing"));
    QCOMPARE(m_browser->query().text, QString("billing"));
    QTRY_COMPARE(child<QLabel>("countLabel")->text(), countText(expected));
    // An exact RequestId finds its entry; Enter applies at once.
    search->clear();
    QTest::keyClicks(search, m_samples[10].requestId);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(rows(), 1);
    QCOMPARE(m_browser->model()->entryAt(0).id, m_samples[10].id);
    QTRY_COMPARE(child<QLabel>("countLabel")->text(), countText(1));
}

void TestHistoryBrowser::outcomeFilterNarrows()
{
    auto* outcome = child<QComboBox>("outcomeCombo");
    QCOMPARE(outcome->count(), 5);
    outcome->setCurrentIndex(2); // refused
    const int expected = countIf([](const HistorySample& s) { return !s.pending && s.outcome == Outcome::Refused; });
    QCOMPARE(rows(), expected);
    for (int row = 0; row < rows(); ++row)
        QCOMPARE(m_browser->model()->entryAt(row).outcome, Outcome::Refused);
    QCOMPARE(child<QLabel>("countLabel")->text(), countText(expected));
    outcome->setCurrentIndex(4); // failed
    QCOMPARE(rows(), countIf([](const HistorySample& s) { return !s.pending && s.outcome == Outcome::Failed; }));
    outcome->setCurrentIndex(0);
    QCOMPARE(rows(), 60);
}

void TestHistoryBrowser::profileFilterNarrows()
{
    auto* profiles = child<QComboBox>("profileCombo");
    QTRY_COMPARE(profiles->count(), 3);
    profiles->setCurrentIndex(profiles->findText("work"));
    const int expected = countIf([](const HistorySample& s) { return s.profile == "work"; });
    QCOMPARE(rows(), expected);
    QVERIFY(expected < 60);
    for (int row = 0; row < rows(); ++row)
        QCOMPARE(m_browser->model()->entryAt(row).profile, QString("work"));
    QCOMPARE(m_browser->query().profile, QString("work"));
    // Filters combine.
    child<QComboBox>("outcomeCombo")->setCurrentIndex(1); // created
    QCOMPARE(rows(), countIf([](const HistorySample& s) {
                 return s.profile == "work" && !s.pending && s.outcome == Outcome::Created;
             }));
}

void TestHistoryBrowser::timeFiltersNarrow()
{
    auto* time = child<QComboBox>("timeCombo");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<QPair<int, int>> ranges = {{1, 1}, {2, 7}, {3, 30}};
    for (const auto& [index, days] : ranges) {
        time->setCurrentIndex(index);
        const int expected = countIf([&](const HistorySample& s) { return s.time >= now.addDays(-days); });
        QCOMPARE(rows(), expected);
    }
    QCOMPARE(rows(), 28);
    QVERIFY(!child<QDateTimeEdit>("fromEdit")->isVisible());
    // Custom: the two edits appear; entries between 10 and 3 days ago.
    time->setCurrentIndex(4);
    auto* from = child<QDateTimeEdit>("fromEdit");
    auto* to = child<QDateTimeEdit>("toEdit");
    QVERIFY(from->isVisible() && to->isVisible());
    const QDateTime start = QDateTime::currentDateTime().addDays(-10);
    const QDateTime end = QDateTime::currentDateTime().addDays(-3);
    from->setDateTime(start);
    to->setDateTime(end);
    // The edits show minutes: compare with what they hold.
    const QDateTime shownStart = from->dateTime();
    const QDateTime shownEnd = to->dateTime();
    const int expected = countIf([&](const HistorySample& s) { return s.time >= shownStart && s.time < shownEnd; });
    QVERIFY(expected > 0);
    QCOMPARE(rows(), expected);
    time->setCurrentIndex(0);
    QCOMPARE(rows(), 60);
    QVERIFY(!from->isVisible());
}

void TestHistoryBrowser::backwardsCustomRangeIsExplained()
{
    child<QComboBox>("timeCombo")->setCurrentIndex(4);
    auto* from = child<QDateTimeEdit>("fromEdit");
    auto* to = child<QDateTimeEdit>("toEdit");
    to->setDateTime(QDateTime::currentDateTime().addDays(-5));
    from->setDateTime(QDateTime::currentDateTime().addDays(-2));
    auto* notice = child<QLabel>("noticeLabel");
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains("ends before it begins"), qPrintable(notice->text()));
    QCOMPARE(rows(), 0);
    from->setDateTime(QDateTime::currentDateTime().addDays(-9));
    QVERIFY(!notice->isVisible());
    QVERIFY(rows() > 0);
}

void TestHistoryBrowser::selectingShowsRequestAndAnswer()
{
    const HistorySample& created = m_samples[55]; // created, signed with the production profile
    QCOMPARE(created.outcome, Outcome::Created);
    clickRowOf(created.id);
    QCOMPARE(child<QStackedWidget>("detailStack")->currentWidget()->objectName(), QString("detailTabs"));
    QCOMPARE(child<QLabel>("headlineLabel")->text(), QString("Created: JobId %1").arg(created.jobId));
    QCOMPARE(child<QLabel>("entryValue")->text(), QString::number(created.id));
    QCOMPARE(child<QLabel>("jobIdValue")->text(), created.jobId);
    QCOMPARE(child<QLabel>("requestIdValue")->text(), created.requestId);
    QCOMPARE(child<QLabel>("nameValue")->text(), created.name);
    QCOMPARE(child<QLabel>("profileValue")->text(), created.profile);
    QCOMPARE(child<QLabel>("httpStatusValue")->text(), QString("200"));
    QCOMPARE(child<QLabel>("signatureValue")->text(), QString("V3 (ACS3-HMAC-SHA256)"));

    // The request: the job file as sent, and the API parameters it makes, unsigned.
    const QString jobText = child<QPlainTextEdit>("jobText")->toPlainText();
    QVERIFY2(jobText.contains(QString("\"Name\": \"%1\"").arg(created.name)), qPrintable(jobText));
    QVERIFY(jobText.contains("\"ClassName\": \"com.example.jobs.NightlyExport\""));
    QVERIFY(jobText.indexOf("\"RegionId\"") < jobText.indexOf("\"Name\"")); // the job file's own key order
    const QString params = child<QPlainTextEdit>("parametersText")->toPlainText();
    QVERIFY2(params.contains(QRegularExpression("\\n  Name +" + QRegularExpression::escape(created.name) + "\\n")),
             qPrintable(params));
    QVERIFY(params.contains(QRegularExpression("\\n  ContactInfo\\.1\\.UserMail +oncall@example\\.com\\n")));
    QVERIFY(params.contains(QRegularExpression("\\n  FailEnable +true\\n")));
    QVERIFY(!params.contains("Signature") && !params.contains("AccessKey"));
    QVERIFY(child<QLabel>("parametersInfoLabel")->text().contains("CreateJob"));

    // The answer, indented because it is JSON.
    const QString answer = child<QPlainTextEdit>("answerText")->toPlainText();
    QVERIFY2(answer.contains(QString("\"JobId\": %1").arg(created.jobId)), qPrintable(answer));
    QVERIFY(answer.contains("\n    \"Code\": 200,") || answer.contains("\n    \"Code\": 200\n"));
    QVERIFY(child<QLabel>("answerInfoLabel")->text().contains("JSON"));

    // Another row, another entry; a refused one says so.
    const HistorySample& refused = m_samples[52];
    QCOMPARE(refused.outcome, Outcome::Refused);
    clickRowOf(refused.id);
    QCOMPARE(child<QLabel>("headlineLabel")->text(), QString("Refused by SchedulerX"));
    QCOMPARE(child<QLabel>("codeValue")->text(), QString("InvalidParameter"));
    QVERIFY(child<QPlainTextEdit>("answerText")->toPlainText().contains("\"Code\": \"InvalidParameter\""));
    QVERIFY(!child<QPushButton>("copyJobIdButton")->isEnabled()); // no JobId to copy
    QVERIFY(child<QPushButton>("copyRequestIdButton")->isEnabled());

    // The interrupted one warns before submitting again.
    const HistorySample& pending = m_samples[58];
    QVERIFY(pending.pending);
    clickRowOf(pending.id);
    QCOMPARE(child<QLabel>("headlineLabel")->text(), QString("Outcome unknown"));
    QVERIFY(child<QLabel>("adviceLabel")->text().contains("never completed"));
    QCOMPARE(child<QLabel>("answerInfoLabel")->text(), QString("No answer was recorded."));
}

void TestHistoryBrowser::answerThatIsNotJsonIsShownRaw()
{
    const HistorySample& unknown = m_samples[54]; // an HTML 502 from a proxy
    QCOMPARE(unknown.outcome, Outcome::Unknown);
    clickRowOf(unknown.id);
    QCOMPARE(child<QLabel>("headlineLabel")->text(), QString("Outcome unknown"));
    QVERIFY(child<QLabel>("adviceLabel")->text().contains("console"));
    QCOMPARE(child<QPlainTextEdit>("answerText")->toPlainText(),
             QString("<html><head><title>502 Bad Gateway</title></head>\n<body><h1>502 Bad Gateway</h1></body>"
                     "</html>\n"));
    QVERIFY(child<QLabel>("answerInfoLabel")->text().contains("not JSON"));
    QVERIFY(child<QLabel>("answerInfoLabel")->text().contains("HTTP 502"));
}

void TestHistoryBrowser::copyJobIdPutsItOnTheClipboard()
{
    const HistorySample& created = m_samples[51];
    QCOMPARE(created.outcome, Outcome::Created);
    QGuiApplication::clipboard()->setText("something else");
    clickRowOf(created.id);
    auto* copy = child<QPushButton>("copyJobIdButton");
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), created.jobId);
    QVERIFY(child<QLabel>("statusLabel")->text().contains(created.jobId));
    QTest::mouseClick(child<QPushButton>("copyRequestIdButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), created.requestId);
}

void TestHistoryBrowser::openAsNewJobEmitsTheJob()
{
    QSignalSpy opened(m_browser.get(), &HistoryBrowser::openAsNewJob);
    const HistorySample& refused = m_samples[52]; // a refused job is the one most worth fixing and resending
    clickRowOf(refused.id);
    QTest::mouseClick(child<QPushButton>("openAsNewJobButton"), Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    const JobFile file = opened.first().first().value<JobFile>();
    QCOMPARE(file.job.text(Param::Name), refused.name);
    QCOMPARE(file.job.text(Param::GroupId), refused.groupId);
    QCOMPARE(file.job.text(Param::Namespace), QString("4a06d5ea-f576-4326-842c-fb14ea043d8d"));
    QCOMPARE(file.job.text(Param::ClassName), QString("com.example.jobs.NightlyExport"));
    QCOMPARE(file.job.text(Param::TimeExpression), QString("0 30 2 * * ?"));
    QCOMPARE(file.job.contacts().size(), 1);
    QCOMPARE(file.job.contacts().first().userMail, QString("oncall@example.com"));
    QVERIFY(!file.isTemplate);
    QCOMPARE(file.job, historyAttempt(refused.name, refused.groupId, refused.profile).job);
}

void TestHistoryBrowser::exportWritesTheFilteredRowsOnly()
{
    child<QComboBox>("outcomeCombo")->setCurrentIndex(2); // refused
    const QList<qint64> refusedIds = [&] {
        QList<qint64> ids;
        for (const HistorySample& s : m_samples) {
            if (!s.pending && s.outcome == Outcome::Refused)
                ids.append(s.id);
        }
        return ids;
    }();
    const QString csvPath = m_dir->filePath("refused.csv");
    // The Export button asks where with a file dialog: answer it as a user would.
    auto answerDialog = [](const QString& path) {
        QTimer::singleShot(0, [path] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
            dialog->selectFile(path);
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog's own accept(), checks included
        });
    };
    answerDialog(csvPath);
    QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.first().trimmed(), HistoryStore::csvColumns().join(',').toUtf8());
    QList<qint64> exported;
    for (const QByteArray& line : lines.mid(1)) {
        if (line.trimmed().isEmpty())
            continue;
        QVERIFY2(line.contains(",refused,false,"), line.constData());
        exported.append(line.left(line.indexOf(',')).toLongLong());
    }
    QCOMPARE(exported, refusedIds); // oldest first, every refused entry and nothing else
    QVERIFY(child<QLabel>("statusLabel")->text().contains("refused.csv"));

    // JSON Lines, chosen by its extension, with a text filter on top.
    QTest::keyClicks(child<QLineEdit>("searchEdit"), "payments");
    QTest::keyClick(child<QLineEdit>("searchEdit"), Qt::Key_Return);
    const QString jsonPath = m_dir->filePath("refused-payments.jsonl");
    answerDialog(jsonPath);
    QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
    QFile jsonl(jsonPath);
    QVERIFY(jsonl.open(QIODevice::ReadOnly));
    int records = 0;
    for (const QByteArray& line : jsonl.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value("outcome").toString(), QString("refused"));
        QVERIFY(o.value("name").toString().contains("payments"));
        ++records;
    }
    QCOMPARE(records, rows());
    QVERIFY(records > 0);
}

void TestHistoryBrowser::refreshShowsNewEntriesAndKeepsTheSelection()
{
    const HistorySample& pending = m_samples[58];
    clickRowOf(pending.id);
    QCOMPARE(child<QLabel>("headlineLabel")->text(), QString("Outcome unknown"));
    // A submit in the meantime, and the interrupted entry completed after all.
    const qint64 fresh = *m_store->begin(historyAttempt("fresh-after-submit", "billing.prod", "sandbox"));
    QVERIFY(m_store->complete(fresh, historyResult(Outcome::Created, 900)));
    QVERIFY(m_store->complete(pending.id, historyResult(Outcome::Created, 901)));
    m_browser->refresh();
    QCOMPARE(rows(), 61);
    QCOMPARE(m_browser->model()->entryAt(0).id, fresh);
    QCOMPARE(m_browser->selectedEntryId(), pending.id);
    QCOMPARE(child<QLabel>("headlineLabel")->text(), QString("Created: JobId %1").arg(81000 + 901));
    QCOMPARE(child<QLabel>("countLabel")->text(), countText(61));
    QTRY_COMPARE(child<QComboBox>("profileCombo")->count(), 4); // the new profile is offered
}

void TestHistoryBrowser::closedStoreIsExplained()
{
    m_browser.reset();
    const QString path = m_dir->filePath("damaged.sqlite");
    QFile damaged(path);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(8192, 'x'));
    damaged.close();
    m_store = std::make_unique<HistoryStore>(path);
    QVERIFY(!m_store->isOpen());
    makeBrowser();
    QCOMPARE(child<QStackedWidget>("pages")->currentWidget()->objectName(), QString("unavailablePage"));
    QVERIFY(!child<QTableView>("tableView")->isVisible());
    const QString shown = child<QLabel>("unavailableLabel")->text();
    QCOMPARE(shown, m_store->errorString());
    QVERIFY(shown.contains("damaged.sqlite"));
    m_browser->refresh(); // harmless
    QCOMPARE(child<QStackedWidget>("pages")->currentWidget()->objectName(), QString("unavailablePage"));

    // No store at all.
    HistoryBrowser none(nullptr);
    QVERIFY(!none.findChild<QLabel*>("unavailableLabel")->text().isEmpty());
}

// The browser's counts and profile list come from HistoryCounter, with its own read-only connection.
void TestHistoryBrowser::countsOnAThreadOfItsOwn()
{
    HistoryCounter counter(m_store->path());
    QSignalSpy counted(&counter, &HistoryCounter::counted);
    QSignalSpy listed(&counter, &HistoryCounter::profilesListed);
    HistoryQuery refused;
    refused.outcome = Outcome::Refused;
    counter.request({}, true);
    counter.request(refused, false); // overtakes the first: only its count is answered
    QTRY_COMPARE(counted.size(), 1);
    QCOMPARE(counted.first().at(0).toInt(),
             countIf([](const HistorySample& s) { return !s.pending && s.outcome == Outcome::Refused; }));
    QCOMPARE(counted.first().at(1).toString(), QString()); // no error: the thread read the file itself
    QTRY_COMPARE(listed.size(), 1); // the profiles asked for first are still listed
    QCOMPARE(listed.first().first().toStringList(), (QStringList {"production", "work"}));
    counter.request({}, false);
    counter.cancel();
    QTest::qWait(200);
    QCOMPARE(counted.size(), 1); // cancelled: never answered

    // A file the thread cannot open: the error comes back instead of a count.
    HistoryCounter nowhere(m_dir->filePath("missing/history.sqlite"));
    QSignalSpy failed(&nowhere, &HistoryCounter::counted);
    nowhere.request({}, false);
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.first().at(1).toString().contains("missing"));
}

QTEST_MAIN(TestHistoryBrowser)
#include "TestHistoryBrowser.moc"
