#pragma once

#include "HistoryStore.h"
#include "JobFile.h"

#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class HistoryBrowser;
}

class QTimer;

namespace sx {

class HistoryCounter;
class HistoryModel;

/** The submission history: filters, a table that reads the store a page at a time, and for the selected entry
 *  the request as sent and the answer as received. A plain QWidget, for a dock or a window of its own. It only
 *  reads; the store stays the caller's and must outlive the browser. */
class HistoryBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryBrowser(HistoryStore* store, QWidget* parent = nullptr);
    ~HistoryBrowser() override;

    HistoryModel* model() const;
    HistoryQuery query() const; // the filter the table shows
    qint64 selectedEntryId() const; // 0 when none
    bool selectEntry(qint64 id); // among the rows loaded; false when it is not there

    // The table's column widths and order, kept across sessions with the window's layout. A state that does not
    // fit (empty, or from a version with other columns) leaves the fitted widths.
    QByteArray saveColumns() const;
    void restoreColumns(const QByteArray& state);

    // What the Export button does once the file is chosen: every entry the filter matches, atomically.
    bool exportTo(const QString& path, HistoryStore::ExportFormat format, QString* error = nullptr) const;

public Q_SLOTS:
    // Reads the history again (call it after each submit): new entries at the top, the selection kept.
    void refresh();

Q_SIGNALS:
    // "Open as New Job": the selected entry's job, as HistoryStore::clone() rebuilds it.
    void openAsNewJob(const sx::JobFile& file);

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // As a window, a bottom dock or a side dock: the layout follows the shape it is given.
    void adaptToSize();
    QList<QWidget*> filterChoices() const;
    void arrangeFilters(bool oneRow);
    void setUpTable();
    void setUpFilters();
    HistoryQuery filterQuery() const;
    void applyFilters();
    void onTimeRangeChosen();
    void requestCount(bool withProfiles);
    void onCounted(int count, const QString& error);
    void onProfilesListed(const QStringList& profiles);
    void showCount(int count);
    void showDetails();
    void fillSummary(const HistoryEntry& entry);
    void fillRequest(const HistoryEntry& entry);
    void fillAnswer(const HistoryEntry& entry);
    void updateActions();
    HistoryEntry currentEntry() const;
    void copyJobId();
    void copyRequestId();
    void openSelectedAsNewJob();
    void exportChosen();
    void showNotice(const QString& text, bool isError);
    void clearNotice();
    void showStatus(const QString& text);
    void showUnavailable(const QString& reason);

    const QScopedPointer<Ui::HistoryBrowser> m_ui;
    HistoryStore* m_store;
    HistoryModel* m_model;
    HistoryCounter* m_counter = nullptr; // null when the store is not open
    QTimer* m_searchDelay;
    QTimer* m_statusTimeout;
    bool m_countShown = false;
    bool m_filtersInOneRow = false; // as ui/HistoryBrowser.ui has it: two rows
};

} // namespace sx
