#pragma once

#include "HistoryStore.h"

#include <QObject>

#include <atomic>

class QThread;

namespace sx {

/** Counts the entries matching a filter, and lists the profiles in the history, on a thread of its own with
 *  its own read-only connection: at 100,000 entries a count behind a text filter scans for tens of
 *  milliseconds, which the window should not wait for. Only the newest request is answered. */
class HistoryCounter : public QObject
{
    Q_OBJECT

public:
    explicit HistoryCounter(const QString& path, QObject* parent = nullptr);
    ~HistoryCounter() override; // waits for the query in progress, if any

    // Answered by counted(), unless a newer request comes first; withProfiles also asks for profilesListed().
    void request(const HistoryQuery& query, bool withProfiles);
    void cancel(); // no counted() for the requests made so far

Q_SIGNALS:
    // error is set, and count is 0, when the file could not be read from the thread.
    void counted(int count, const QString& error);
    void profilesListed(const QStringList& profiles);

private:
    class Worker;

    QThread* m_thread;
    Worker* m_worker;
    std::atomic<int> m_latest {0};
    std::atomic<bool> m_profilesWanted {false};
};

} // namespace sx
