#include "HistoryCounter.h"

#include <QThread>

#include <memory>

namespace sx {

// Lives in the thread: a SQLite connection must be used, and closed, where it was opened.
class HistoryCounter::Worker : public QObject
{
public:
    explicit Worker(const QString& path)
        : m_path(path)
    {
    }

    HistoryStore* store()
    {
        if (!m_store)
            m_store = std::make_unique<HistoryStore>(m_path, HistoryStore::Access::ReadOnly);
        return m_store.get();
    }

private:
    QString m_path;
    std::unique_ptr<HistoryStore> m_store;
};

HistoryCounter::HistoryCounter(const QString& path, QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new Worker(path))
{
    m_thread->setObjectName(QStringLiteral("HistoryCounter"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

HistoryCounter::~HistoryCounter()
{
    m_latest = -1; // whatever is queued is dropped
    m_thread->quit();
    m_thread->wait();
}

void HistoryCounter::cancel()
{
    ++m_latest;
}

void HistoryCounter::request(const HistoryQuery& query, bool withProfiles)
{
    const int generation = ++m_latest;
    if (withProfiles)
        m_profilesWanted = true; // kept until listed, even when a newer count overtakes this request
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [this, worker, query, generation] {
        const bool countNow = m_latest == generation; // else a newer filter came while this one waited
        const bool profilesNow = m_profilesWanted.exchange(false);
        if (!countNow && !profilesNow)
            return;
        HistoryStore* store = worker->store();
        QString error = store->isOpen() ? QString() : store->errorString();
        int count = 0;
        QStringList profiles;
        if (error.isEmpty() && countNow)
            count = store->count(query, &error);
        if (error.isEmpty() && profilesNow)
            profiles = store->profiles(&error);
        // Delivered in this object's thread; dropped with it if it is gone by then.
        QMetaObject::invokeMethod(this, [this, generation, countNow, profilesNow, count, profiles, error] {
            if (profilesNow && error.isEmpty())
                Q_EMIT profilesListed(profiles);
            if (countNow && m_latest == generation)
                Q_EMIT counted(count, error);
        });
    });
}

} // namespace sx
