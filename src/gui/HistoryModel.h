#pragma once

#include "HistoryStore.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace sx {

/** The submission history as a table, newest first. Rows are read from the store a page at a time (keyset
 *  paging on the entry id) as the view scrolls, so a history of any size opens at once; details (the job and
 *  the answer) are never loaded here: ask HistoryStore::entry() for the one entry shown. */
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        OutcomeColumn,
        NameColumn,
        NamespaceColumn,
        GroupColumn,
        JobIdColumn,
        RequestIdColumn,
        ProfileColumn,
        DurationColumn,
        ColumnCount
    };
    enum Role {
        EntryIdRole = Qt::UserRole + 1, // qint64, every column
        OutcomeRole, // sx::Outcome as int, every column
    };
    static constexpr int DefaultPageSize = 200;

    explicit HistoryModel(HistoryStore* store, QObject* parent = nullptr);

    HistoryStore* store() const;

    // The filter. Setting it resets the model and loads its first page; limit, offset and beforeId are ignored.
    HistoryQuery query() const;
    void setQuery(const HistoryQuery& query);
    // Re-reads what is loaded (with this query, e.g. a sliding time range): newer entries appear at the top and
    // changed ones (a pending entry since completed) are updated in place, so views keep their selection.
    void refresh(const HistoryQuery& query);
    void refresh();

    int pageSize() const;
    void setPageSize(int rows); // for the next page on

    // The entry shown in a row, without details; an entry with id 0 when the row does not exist.
    HistoryEntry entryAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when not loaded
    QString errorString() const; // why the last read failed; empty when it worked

    // The outcome as shown: its icon and its words.
    static QIcon outcomeIcon(Outcome outcome);
    static QString outcomeText(const HistoryEntry& entry);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    // After a read failed (the store's message names the file); the rows already shown stay.
    void readFailed(const QString& error);

private:
    QList<HistoryEntry> read(qint64 beforeId, int limit);
    void reload(int rows);

    HistoryStore* m_store;
    HistoryQuery m_query;
    QList<HistoryEntry> m_rows;
    int m_pageSize = DefaultPageSize;
    bool m_atEnd = true;
    QString m_error;
};

} // namespace sx
