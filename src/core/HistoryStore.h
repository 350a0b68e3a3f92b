#pragma once

#include "Job.h"
#include "SubmitResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

class QIODevice;

namespace sx {

struct JobFile;

// What is known of a submission before it is sent.
struct HistoryAttempt
{
    QDateTime time; // now when invalid
    QString profile;
    QString endpoint;
    QString region;
    QString signatureVersion; // "v3" or "v2"
    QString templateSource; // the template's name or file it came from; empty for a bare job
    QString file; // the job file submitted, if any
    Job job; // as sent: placeholders filled, never a secret or a signature
};

// One recorded attempt.
struct HistoryEntry
{
    qint64 id = 0;
    QDateTime time; // UTC
    bool pending = false; // never completed: the process ended mid-request, so the outcome is unknown
    Outcome outcome = Outcome::Unknown;
    QString name;
    QString ns;
    QString groupId;
    QString jobId;
    QString requestId;
    int httpStatus = 0;
    QString code;
    QString message;
    QString profile;
    QString endpoint;
    QString region;
    QString signatureVersion;
    qint64 durationMs = 0;
    int attempts = 0;
    QString templateSource;
    QString file;
    // Details, filled by HistoryStore::entry() and export, not by search().
    bool hasDetails = false;
    QJsonObject job;
    QByteArray response; // as received

    QJsonObject toJson() const; // details included when loaded
};

struct HistoryQuery
{
    QString text; // a substring of the name, group or template (any case), or exactly a JobId, RequestId or namespace
    QString name; // substring of the job name
    QString jobId; // exact
    QString requestId; // exact
    QString ns; // exact
    QString groupId; // exact
    QString profile; // exact; empty matches every profile
    std::optional<Outcome> outcome; // Unknown includes pending entries
    QDateTime from; // inclusive, when valid
    QDateTime to; // exclusive, when valid
    int limit = 100; // 0 for all
    int offset = 0;
    qint64 beforeId = 0; // keyset paging: only entries older than this id, when > 0
};

// The submission history: a SQLite database (AppDataLocation/history.sqlite by default), WAL mode, schema
// versioned with PRAGMA user_version and migrated forward on open. Every attempt is written as pending
// before sending and completed after, each in its own transaction, so a crash mid-request leaves an honest
// "outcome unknown" entry. A file that is damaged, foreign, from a newer version or not writable is never
// modified: the store reports it (naming the file) and the caller carries on without history.
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    static constexpr int SchemaVersion = 3;
    static constexpr qint32 ApplicationId = 0x53585354; // "SXST", tells our files from other SQLite files

    enum class Access { ReadWrite, ReadOnly };

    explicit HistoryStore(const QString& path = defaultPath(), Access access = Access::ReadWrite);
    ~HistoryStore();
    HistoryStore(const HistoryStore&) = delete;
    HistoryStore& operator=(const HistoryStore&) = delete;

    static QString defaultPath();

    QString path() const;
    bool isOpen() const;
    bool isWritable() const;
    QString errorString() const; // why it is closed or read-only, naming the file; empty when all is well

    // Recording. On failure the error names the file; entries already recorded are never touched.
    std::optional<qint64> begin(const HistoryAttempt& attempt, QString* error = nullptr);
    bool complete(qint64 id, const SubmitResult& result, QString* error = nullptr);
    // Retention: removes every entry recorded before olderThan, pending ones included, with its details and its
    // search index rows, in one transaction. How many went, or nothing (and the error) when it failed.
    std::optional<int> prune(const QDateTime& olderThan, QString* error = nullptr);

    // Reading, newest first.
    QList<HistoryEntry> search(const HistoryQuery& query, QString* error = nullptr) const;
    int count(const HistoryQuery& query, QString* error = nullptr) const;
    std::optional<HistoryEntry> entry(qint64 id, QString* error = nullptr) const;
    // The profile names that appear in the history, sorted; entries signed from the environment have none.
    QStringList profiles(QString* error = nullptr) const;

    enum class ExportFormat { JsonLines, Csv };
    // Every entry matching the query (limit and offset ignored), oldest first, details included.
    bool
    exportTo(QIODevice* device, ExportFormat format, const HistoryQuery& query = {}, QString* error = nullptr) const;
    static QStringList csvColumns();

    // The job of an entry as a job file that validates and submits again.
    std::optional<JobFile> clone(qint64 id, QString* error = nullptr) const;

    // For tests and diagnostics: the open connection.
    QSqlDatabase database() const;

private:
    bool open(Access access);
    bool reopenReadOnly(const class QSqlError& why);
    bool migrate();
    QString describe(const class QSqlError& error) const;

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    bool m_open = false;
    bool m_writable = false;
    bool m_immutable = false;
    QString m_error;
};

} // namespace sx
