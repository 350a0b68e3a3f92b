// The history table model against a real SQLite file: pages read on demand, filters, refresh in place.
#include "HistoryFixture.h"
#include "HistoryModel.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sx;
using namespace sx::test;

class TestHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void loadsPagesNotAll();
    void endsExactlyAtAFullPage();
    void aViewFetchesAsItScrolls();
    void eachFilterNarrowsTheRows();
    void showsEntriesInColumns();
    void refreshAddsNewEntriesAndKeepsRows();
    void refreshWithAnotherFilterStartsOver();
    void closedStoreReadsNothingAndSaysWhy();

private:
    QList<qint64> ids(const HistoryModel& model) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
};

void TestHistoryModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHistoryModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<HistoryStore>(m_dir->filePath("history.sqlite"));
    QVERIFY2(m_store->isWritable(), qPrintable(m_store->errorString()));
}

void TestHistoryModel::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QList<qint64> TestHistoryModel::ids(const HistoryModel& model) const
{
    QList<qint64> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.entryAt(row).id);
    return result;
}

void TestHistoryModel::loadsPagesNotAll()
{
    const QList<HistorySample> samples = recordHistorySamples(*m_store, 230);
    HistoryModel model(m_store.get());
    model.setPageSize(50);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setQuery({});
    QCOMPARE(model.rowCount(), 50);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.entryAt(0).id, samples.last().id); // newest first
    QList<int> counts;
    for (int page = 0; page < 10 && model.canFetchMore({}); ++page) { // bounded: a model that never ends fails
        model.fetchMore({});
        counts.append(model.rowCount());
    }
    QCOMPARE(counts, (QList<int> {100, 150, 200, 230}));
    QCOMPARE(inserted.size(), 4);
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({}); // at the end: nothing happens
    QCOMPARE(model.rowCount(), 230);
    QList<qint64> expected;
    for (auto it = samples.crbegin(); it != samples.crend(); ++it)
        expected.append(it->id);
    QCOMPARE(ids(model), expected); // every entry once, in order: no page overlaps or skips
    QCOMPARE(model.rowOfId(samples[100].id), 129);
    QCOMPARE(model.rowOfId(999999), -1);
    QCOMPARE(model.entryAt(230).id, 0);
    QCOMPARE(model.entryAt(-1).id, 0);
    QVERIFY(!model.entryAt(0).hasDetails); // the list never reads jobs and answers
}

void TestHistoryModel::endsExactlyAtAFullPage()
{
    recordHistorySamples(*m_store, 100);
    HistoryModel model(m_store.get());
    model.setPageSize(50);
    model.setQuery({});
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(!model.canFetchMore({})); // known at once, without an empty page
}

void TestHistoryModel::aViewFetchesAsItScrolls()
{
    recordHistorySamples(*m_store, 230);
    HistoryModel model(m_store.get());
    model.setPageSize(50);
    model.setQuery({});
    QTableView view;
    view.resize(600, 300);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(model.rowCount(), 50); // what is shown needs no more
    view.scrollToBottom();
    QTRY_VERIFY(model.rowCount() > 50);
    QVERIFY(model.rowCount() < 230); // one page at a time, not everything
}

void TestHistoryModel::eachFilterNarrowsTheRows()
{
    const QList<HistorySample> samples = recordHistorySamples(*m_store, 60);
    HistoryModel model(m_store.get());
    model.setPageSize(500);
    auto expect = [&](const HistoryQuery& query, const std::function<bool(const HistorySample&)>& matches) {
        model.setQuery(query);
        QList<qint64> expected;
        for (auto it = samples.crbegin(); it != samples.crend(); ++it) {
            if (matches(*it))
                expected.append(it->id);
        }
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < samples.size());
        QCOMPARE(ids(model), expected);
    };
    HistoryQuery q;
    q.text = "billing";
    expect(q, [](const HistorySample& s) { return s.name.contains("billing"); });
    q = {};
    q.outcome = Outcome::Refused;
    expect(q, [](const HistorySample& s) { return !s.pending && s.outcome == Outcome::Refused; });
    q.outcome = Outcome::Unknown; // the pending entry is unknown too
    expect(q, [](const HistorySample& s) { return s.pending || s.outcome == Outcome::Unknown; });
    q = {};
    q.profile = "production";
    expect(q, [](const HistorySample& s) { return s.profile == "production"; });
    q = {};
    const QDateTime weekAgo = QDateTime::currentDateTimeUtc().addDays(-7);
    q.from = weekAgo;
    expect(q, [&](const HistorySample& s) { return s.time >= weekAgo; });
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.query().from, weekAgo);
}

void TestHistoryModel::showsEntriesInColumns()
{
    const QList<HistorySample> samples = recordHistorySamples(*m_store, 10);
    HistoryModel model(m_store.get());
    model.setQuery({});
    QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
    QCOMPARE(model.headerData(HistoryModel::JobIdColumn, Qt::Horizontal).toString(), QString("JobId"));
    auto cell = [&](qint64 id, int column, int role = Qt::DisplayRole) {
        return model.data(model.index(model.rowOfId(id), column), role);
    };
    const HistorySample& created = samples[0];
    QCOMPARE(created.outcome, Outcome::Created);
    QCOMPARE(cell(created.id, HistoryModel::OutcomeColumn).toString(), QString("Created"));
    QVERIFY(!cell(created.id, HistoryModel::OutcomeColumn, Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(cell(created.id, HistoryModel::TimeColumn).toString(),
             created.time.toLocalTime().toString("yyyy-MM-dd HH:mm:ss"));
    QCOMPARE(cell(created.id, HistoryModel::NameColumn).toString(), created.name);
    QCOMPARE(cell(created.id, HistoryModel::NamespaceColumn).toString(),
             QString("4a06d5ea-f576-4326-842c-fb14ea043d8d"));
    QCOMPARE(cell(created.id, HistoryModel::GroupColumn).toString(), created.groupId);
    QCOMPARE(cell(created.id, HistoryModel::JobIdColumn).toString(), created.jobId);
    QCOMPARE(cell(created.id, HistoryModel::RequestIdColumn).toString(), created.requestId);
    QCOMPARE(cell(created.id, HistoryModel::ProfileColumn).toString(), QString("work"));
    QCOMPARE(cell(created.id, HistoryModel::DurationColumn).toString(), QString("60 ms"));
    QCOMPARE(cell(created.id, HistoryModel::NameColumn, HistoryModel::EntryIdRole).toLongLong(), created.id);
    const HistorySample& refused = samples[2];
    QCOMPARE(cell(refused.id, HistoryModel::OutcomeColumn).toString(), QString("Refused"));
    QVERIFY(cell(refused.id, HistoryModel::OutcomeColumn, Qt::ToolTipRole).toString().startsWith("InvalidParameter"));
    QCOMPARE(cell(refused.id, HistoryModel::OutcomeColumn, HistoryModel::OutcomeRole).toInt(), int(Outcome::Refused));
    QVERIFY(cell(refused.id, HistoryModel::JobIdColumn).toString().isEmpty());
    const HistorySample& pending = samples[8];
    QVERIFY(pending.pending);
    QCOMPARE(cell(pending.id, HistoryModel::OutcomeColumn).toString(), QString("Unknown (interrupted)"));
    QVERIFY(cell(pending.id, HistoryModel::DurationColumn).toString().isEmpty());
    QCOMPARE(cell(samples[7].id, HistoryModel::OutcomeColumn).toString(), QString("Failed"));
    QCOMPARE(cell(samples[2].id, HistoryModel::ProfileColumn).toString(), QString());
}

void TestHistoryModel::refreshAddsNewEntriesAndKeepsRows()
{
    const QList<HistorySample> samples = recordHistorySamples(*m_store, 120);
    HistoryModel model(m_store.get());
    model.setPageSize(50);
    model.setQuery({});
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 100);
    const HistorySample& pending = samples[118];
    QVERIFY(pending.pending);
    QPersistentModelIndex kept(model.index(3, HistoryModel::NameColumn));
    const qint64 keptId = model.entryAt(3).id;
    QPersistentModelIndex pendingIndex(model.index(model.rowOfId(pending.id), HistoryModel::OutcomeColumn));

    // Two submissions since, and the pending one completed.
    const qint64 first = *m_store->begin(historyAttempt("fresh-1", "billing.prod", "work"));
    const qint64 second = *m_store->begin(historyAttempt("fresh-2", "billing.prod", "work"));
    QVERIFY(m_store->complete(second, historyResult(Outcome::Created, 500)));
    QVERIFY(m_store->complete(pending.id, historyResult(Outcome::Created, 501)));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.refresh();
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 102); // what was loaded stays loaded
    QCOMPARE(model.entryAt(0).id, second);
    QCOMPARE(model.entryAt(1).id, first);
    QCOMPARE(kept.row(), 5);
    QCOMPARE(model.entryAt(kept.row()).id, keptId);
    QCOMPARE(model.data(pendingIndex).toString(), QString("Created"));
    QVERIFY(model.canFetchMore({}));
    for (int page = 0; page < 10 && model.canFetchMore({}); ++page)
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 122);
    QVERIFY(!model.canFetchMore({}));
}

void TestHistoryModel::refreshWithAnotherFilterStartsOver()
{
    const QList<HistorySample> samples = recordHistorySamples(*m_store, 60);
    const auto refusedCount = std::count_if(samples.cbegin(), samples.cend(), [](const HistorySample& s) {
        return !s.pending && s.outcome == Outcome::Refused;
    });
    HistoryModel model(m_store.get());
    model.setQuery({});
    QCOMPARE(model.rowCount(), 60);
    HistoryQuery refused;
    refused.outcome = Outcome::Refused;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh(refused);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), int(refusedCount));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.entryAt(row).outcome, Outcome::Refused);
    QVERIFY(model.query().outcome == Outcome::Refused);
}

void TestHistoryModel::closedStoreReadsNothingAndSaysWhy()
{
    const QString path = m_dir->filePath("damaged.sqlite");
    QFile damaged(path);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(8192, 'x'));
    damaged.close();
    HistoryStore store(path);
    QVERIFY(!store.isOpen());
    HistoryModel model(&store);
    QSignalSpy failed(&model, &HistoryModel::readFailed);
    model.setQuery({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(model.errorString(), store.errorString());
    QVERIFY(model.errorString().contains(QDir::toNativeSeparators(path)));
}

QTEST_MAIN(TestHistoryModel)
#include "TestHistoryModel.moc"
