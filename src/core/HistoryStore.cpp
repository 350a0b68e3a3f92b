#include "HistoryStore.h"

#include "JobFile.h"

#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QVariant>

#include <atomic>

namespace sx {

namespace {

// Each migration takes the schema from version (index) to version (index + 1), in one transaction.
// Version 1: the entries and their bodies (the large JSON kept apart so that list scans stay small).
// Version 2: lookup indexes, a trigram FTS5 index for substring search of names, groups and templates
// (IDs are matched exactly through plain indexes: trigrams of random UUIDs would double the file), and the
// attempt count.
// Version 3: an index on the profile, which the history browser and `history --profile` filter by.
const QList<QStringList>& migrations()
{
    static const QList<QStringList> all = {
        {
            QStringLiteral("PRAGMA application_id = %1").arg(HistoryStore::ApplicationId),
            QStringLiteral("CREATE TABLE entries ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " time INTEGER NOT NULL," // ms since the epoch, UTC
                           " pending INTEGER NOT NULL DEFAULT 1,"
                           " outcome TEXT NOT NULL DEFAULT 'unknown',"
                           " name TEXT NOT NULL DEFAULT '',"
                           " namespace TEXT NOT NULL DEFAULT '',"
                           " group_id TEXT NOT NULL DEFAULT '',"
                           " job_id TEXT NOT NULL DEFAULT '',"
                           " request_id TEXT NOT NULL DEFAULT '',"
                           " http_status INTEGER NOT NULL DEFAULT 0,"
                           " code TEXT NOT NULL DEFAULT '',"
                           " message TEXT NOT NULL DEFAULT '',"
                           " profile TEXT NOT NULL DEFAULT '',"
                           " endpoint TEXT NOT NULL DEFAULT '',"
                           " region TEXT NOT NULL DEFAULT '',"
                           " signature_version TEXT NOT NULL DEFAULT '',"
                           " duration_ms INTEGER NOT NULL DEFAULT 0,"
                           " template TEXT NOT NULL DEFAULT '',"
                           " file TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE entry_bodies ("
                           " entry_id INTEGER PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE,"
                           " job TEXT NOT NULL,"
                           " response BLOB)"),
            QStringLiteral("CREATE INDEX entries_time ON entries(time)"),
        },
        {
            QStringLiteral("ALTER TABLE entries ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE INDEX entries_job_id ON entries(job_id)"),
            QStringLiteral("CREATE INDEX entries_request_id ON entries(request_id)"),
            QStringLiteral("CREATE INDEX entries_namespace ON entries(namespace)"),
            QStringLiteral("CREATE INDEX entries_group_id ON entries(group_id)"),
            QStringLiteral("CREATE INDEX entries_outcome ON entries(outcome)"),
            QStringLiteral("CREATE VIRTUAL TABLE entries_fts USING fts5(name, group_id, template, content='entries',"
                           " content_rowid='id', tokenize='trigram')"),
            QStringLiteral("CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN"
                           " INSERT INTO entries_fts(rowid, name, group_id, template)"
                           " VALUES (new.id, new.name, new.group_id, new.template); END"),
            QStringLiteral("CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN"
                           " INSERT INTO entries_fts(entries_fts, rowid, name, group_id, template)"
                           " VALUES ('delete', old.id, old.name, old.group_id, old.template); END"),
            QStringLiteral("CREATE TRIGGER entries_fts_update AFTER UPDATE OF name, group_id, template ON entries BEGIN"
                           " INSERT INTO entries_fts(entries_fts, rowid, name, group_id, template)"
                           " VALUES ('delete', old.id, old.name, old.group_id, old.template);"
                           " INSERT INTO entries_fts(rowid, name, group_id, template)"
                           " VALUES (new.id, new.name, new.group_id, new.template); END"),
            QStringLiteral("INSERT INTO entries_fts(entries_fts) VALUES ('rebuild')"), // index what v1 recorded
        },
        {
            QStringLiteral("CREATE INDEX entries_profile ON entries(profile)"),
        },
    };
    return all;
}

const char* const kListColumns = "e.id, e.time, e.pending, e.outcome, e.name, e.namespace, e.group_id, e.job_id,"
                                 " e.request_id, e.http_status, e.code, e.message, e.profile, e.endpoint, e.region,"
                                 " e.signature_version, e.duration_ms, e.attempts, e.template, e.file";

constexpr int kMaxResponseBytes = 1024 * 1024; // an answer is a few hundred bytes; cap a runaway HTML page

std::atomic<int> s_connectionCounter {0};

Outcome outcomeFromName(const QString& name)
{
    for (Outcome o : {Outcome::Created, Outcome::Refused, Outcome::Unknown, Outcome::Failed}) {
        if (outcomeName(o) == name)
            return o;
    }
    return Outcome::Unknown;
}

HistoryEntry readListColumns(const QSqlQuery& q)
{
    HistoryEntry e;
    e.id = q.value(0).toLongLong();
    e.time = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    e.pending = q.value(2).toInt() != 0;
    e.outcome = e.pending ? Outcome::Unknown : outcomeFromName(q.value(3).toString());
    e.name = q.value(4).toString();
    e.ns = q.value(5).toString();
    e.groupId = q.value(6).toString();
    e.jobId = q.value(7).toString();
    e.requestId = q.value(8).toString();
    e.httpStatus = q.value(9).toInt();
    e.code = q.value(10).toString();
    e.message = q.value(11).toString();
    e.profile = q.value(12).toString();
    e.endpoint = q.value(13).toString();
    e.region = q.value(14).toString();
    e.signatureVersion = q.value(15).toString();
    e.durationMs = q.value(16).toLongLong();
    e.attempts = q.value(17).toInt();
    e.templateSource = q.value(18).toString();
    e.file = q.value(19).toString();
    return e;
}

void readDetails(const QSqlQuery& q, int first, HistoryEntry* e)
{
    e->hasDetails = true;
    e->job = QJsonDocument::fromJson(q.value(first).toByteArray()).object();
    e->response = q.value(first + 1).toByteArray();
}

QString ftsPhrase(const QString& text)
{
    QString quoted = text;
    quoted.replace('"', QLatin1String("\"\""));
    return '"' + quoted + '"';
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace('\\', QLatin1String("\\\\")).replace('%', QLatin1String("\\%")).replace('_', QLatin1String("\\_"));
    return '%' + escaped + '%';
}

// The WHERE clause for a query, with its bound values in order.
QString whereClause(const HistoryQuery& query, QVariantList* binds)
{
    QStringList clauses;
    QStringList match;
    const QString text = query.text.trimmed();
    const QString name = query.name.trimmed();
    // Free text: a substring of the name, group or template, or exactly a JobId, RequestId or namespace.
    // One IN (... UNION ALL ...) set rather than ORs, so that SQLite builds it once and then walks the
    // newest entries; the trigram index answers substrings of three characters or more, shorter ones scan.
    if (!text.isEmpty()) {
        QStringList sets;
        QStringList any;
        if (text.size() >= 3) {
            sets.append(QStringLiteral("SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?"));
            binds->append(ftsPhrase(text));
        } else {
            for (const char* column : {"name", "group_id", "template"}) {
                any.append(QStringLiteral("e.%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(column)));
                binds->append(likePattern(text));
            }
        }
        for (const char* column : {"job_id", "request_id", "namespace"}) {
            sets.append(QStringLiteral("SELECT id FROM entries WHERE %1 = ?").arg(QLatin1String(column)));
            binds->append(text);
        }
        any.append(QStringLiteral("e.id IN (") + sets.join(QLatin1String(" UNION ALL ")) + ')');
        clauses.append('(' + any.join(QLatin1String(" OR ")) + ')');
    }
    if (name.size() >= 3)
        match.append(QStringLiteral("name : ") + ftsPhrase(name));
    else if (!name.isEmpty()) {
        clauses.append(QStringLiteral("e.name LIKE ? ESCAPE '\\'"));
        binds->append(likePattern(name));
    }
    if (!match.isEmpty()) {
        clauses.append(QStringLiteral("e.id IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)"));
        binds->append(match.join(QLatin1String(" AND ")));
    }
    const QPair<const char*, QString> exact[] = {
        {"e.job_id", query.jobId.trimmed()},    {"e.request_id", query.requestId.trimmed()},
        {"e.namespace", query.ns.trimmed()},    {"e.group_id", query.groupId.trimmed()},
        {"e.profile", query.profile.trimmed()},
    };
    for (const auto& [column, value] : exact) {
        if (!value.isEmpty()) {
            clauses.append(QStringLiteral("%1 = ?").arg(QLatin1String(column)));
            binds->append(value);
        }
    }
    if (query.outcome) {
        clauses.append(QStringLiteral("e.outcome = ?"));
        binds->append(outcomeName(*query.outcome));
    }
    if (query.from.isValid()) {
        clauses.append(QStringLiteral("e.time >= ?"));
        binds->append(query.from.toMSecsSinceEpoch());
    }
    if (query.to.isValid()) {
        clauses.append(QStringLiteral("e.time < ?"));
        binds->append(query.to.toMSecsSinceEpoch());
    }
    if (query.beforeId > 0) {
        clauses.append(QStringLiteral("e.id < ?"));
        binds->append(query.beforeId);
    }
    return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QLatin1String(" AND "));
}

QByteArray csvField(const QString& value)
{
    QByteArray s = value.toUtf8();
    if (s.contains(',') || s.contains('"') || s.contains('\n') || s.contains('\r')) {
        s.replace('"', "\"\"");
        s = '"' + s + '"';
    }
    return s;
}

} // namespace

QJsonObject HistoryEntry::toJson() const
{
    QJsonObject o {
        {"id", id},
        {"time", time.toUTC().toString(Qt::ISODateWithMs)},
        {"outcome", outcomeName(outcome)},
        {"pending", pending},
        {"name", name},
        {"namespace", ns},
        {"groupId", groupId},
        {"jobId", jobId},
        {"requestId", requestId},
        {"httpStatus", httpStatus},
        {"code", code},
        {"message", message},
        {"profile", profile},
        {"endpoint", endpoint},
        {"region", region},
        {"signatureVersion", signatureVersion},
        {"durationMs", durationMs},
        {"attempts", attempts},
        {"template", templateSource},
        {"file", file},
    };
    if (hasDetails) {
        o.insert("job", job);
        o.insert("response", QString::fromUtf8(response));
    }
    return o;
}

HistoryStore::HistoryStore(const QString& path, Access access)
    : m_path(path)
{
    m_open = open(access);
}

HistoryStore::~HistoryStore()
{
    m_db.close();
    m_db = QSqlDatabase();
    if (!m_connection.isEmpty())
        QSqlDatabase::removeDatabase(m_connection);
}

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.sqlite");
}

QString HistoryStore::path() const
{
    return m_path;
}

bool HistoryStore::isOpen() const
{
    return m_open;
}

bool HistoryStore::isWritable() const
{
    return m_open && m_writable;
}

QString HistoryStore::errorString() const
{
    return m_error;
}

QSqlDatabase HistoryStore::database() const
{
    return m_db;
}

QString HistoryStore::describe(const QSqlError& error) const
{
    // The driver reports SQLite's extended result code; the low byte is the primary one.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    QString what;
    switch (code) {
    case 13: // SQLITE_FULL
        what = tr("the disk is full");
        break;
    case 8: // SQLITE_READONLY
        what = tr("the file or its folder is read-only");
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        what = tr("the file is damaged or is not a SQLite database");
        break;
    case 14: // SQLITE_CANTOPEN
        what = tr("the file cannot be opened (missing folder or no permission)");
        break;
    case 5: // SQLITE_BUSY
        what = tr("another program holds it locked");
        break;
    default:
        what = error.text();
        break;
    }
    QString driver = error.databaseText();
    if (!driver.isEmpty() && !what.contains(driver))
        what += QStringLiteral(" (%1)").arg(driver);
    return tr("history %1: %2").arg(QDir::toNativeSeparators(m_path), what);
}

bool HistoryStore::open(Access access)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        m_error = tr("history %1: the Qt SQLite driver is missing (install libqt6sql6-sqlite).").arg(shown);
        return false;
    }
    const QFileInfo fi(m_path);
    if (access == Access::ReadWrite && !QDir().mkpath(fi.absolutePath())) {
        m_error =
            tr("history %1: cannot create the folder %2.").arg(shown, QDir::toNativeSeparators(fi.absolutePath()));
        return false;
    }
    if (access == Access::ReadOnly && !fi.exists()) {
        m_error = tr("history %1: there is no history yet.").arg(shown);
        return false;
    }
    if (m_connection.isEmpty())
        m_connection = QStringLiteral("sx-history-%1").arg(s_connectionCounter++);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"); // the GUI and the CLI may write at once
    if (m_immutable) {
        // Last resort for reading a WAL file in a read-only folder, where SQLite cannot create its -shm file.
        m_db.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    } else {
        m_db.setDatabaseName(m_path);
    }
    if (access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        m_error = describe(m_db.lastError());
        return false;
    }

    QSqlQuery q(m_db);
    // The first read of the header: this is where a damaged or non-SQLite file shows.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        const QSqlError headerError = q.lastError();
        q = QSqlQuery();
        // A WAL file in a read-only folder fails here already (it cannot make its -shm file): try reading only.
        const int code = headerError.nativeErrorCode().toInt() & 0xff;
        if (access == Access::ReadWrite && code == 8) // SQLITE_READONLY
            return reopenReadOnly(headerError);
        if (access == Access::ReadOnly && !m_immutable && (code == 8 || code == 14)) { // or SQLITE_CANTOPEN
            m_db.close();
            m_db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            m_immutable = true;
            return open(access);
        }
        m_error = describe(headerError);
        m_db.close();
        return false;
    }
    const int version = q.value(0).toInt();
    q.exec(QStringLiteral("PRAGMA application_id"));
    const qint32 appId = q.next() ? q.value(0).toInt() : 0;
    q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    const int objects = q.next() ? q.value(0).toInt() : 0;
    if (appId != ApplicationId && (version != 0 || objects != 0)) {
        m_error = tr("history %1: this SQLite file belongs to another program; it was left untouched.").arg(shown);
        m_db.close();
        return false;
    }
    if (version > SchemaVersion) {
        m_error = tr("history %1: written by a newer SchedulerX Job Studio (schema %2; this one knows up to %3); it "
                     "was left untouched.")
                      .arg(shown)
                      .arg(version)
                      .arg(SchemaVersion);
        m_db.close();
        return false;
    }

    m_writable = access == Access::ReadWrite;
    if (m_writable) {
        // A probe write (rolled back) finds a read-only file or folder now rather than mid-submit.
        const bool probe = q.exec(QStringLiteral("BEGIN IMMEDIATE")) &&
            q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        const QSqlError probeError = q.lastError();
        q.exec(QStringLiteral("ROLLBACK"));
        if (!probe) {
            q = QSqlQuery();
            return reopenReadOnly(probeError);
        }
        // WAL: readers never block the writer, and a killed writer leaves the file consistent.
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL")); // in WAL, durable across a crash of the process
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (version < SchemaVersion && !migrate())
            return false;
    } else if (version < SchemaVersion) {
        m_error = tr("history %1: needs an upgrade to schema %2 but is read-only.").arg(shown).arg(SchemaVersion);
        m_db.close();
        return false;
    }
    return true;
}

bool HistoryStore::reopenReadOnly(const QSqlError& why)
{
    const QString reason = describe(why);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    if (!QFileInfo::exists(m_path) || !open(Access::ReadOnly)) {
        m_error = reason;
        return false;
    }
    m_error = reason + ' ' + tr("History is read-only: new submissions are not recorded.");
    return true;
}

bool HistoryStore::migrate()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA user_version"));
    const int from = q.next() ? q.value(0).toInt() : 0;
    for (int v = from; v < SchemaVersion; ++v) {
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            m_error = describe(q.lastError());
            return false;
        }
        for (const QString& statement : migrations()[v]) {
            if (!q.exec(statement)) {
                // Rolled back whole: the file stays at the last complete version, its entries intact.
                m_error = describe(q.lastError()) + ' ' + tr("(upgrading to schema %1)").arg(v + 1);
                q.exec(QStringLiteral("ROLLBACK"));
                m_db.close();
                return false;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)) || !q.exec(QStringLiteral("COMMIT"))) {
            m_error = describe(q.lastError());
            q.exec(QStringLiteral("ROLLBACK"));
            m_db.close();
            return false;
        }
    }
    return true;
}

std::optional<qint64> HistoryStore::begin(const HistoryAttempt& attempt, QString* error)
{
    if (!isWritable()) {
        if (error)
            *error = m_error;
        return std::nullopt;
    }
    const Job& job = attempt.job;
    const QDateTime time = attempt.time.isValid() ? attempt.time : QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db);
    auto failed = [&](const QSqlError& sqlError) -> std::optional<qint64> {
        if (error)
            *error = describe(sqlError);
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return std::nullopt;
    };
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failed(q.lastError());
    // A null QString binds as SQL NULL: coalesce() keeps the NOT NULL text columns satisfied.
    q.prepare(
        QStringLiteral("INSERT INTO entries (time, pending, outcome, name, namespace, group_id, profile, endpoint,"
                       " region, signature_version, template, file) VALUES (?, 1, 'unknown', coalesce(?, ''),"
                       " coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), coalesce(?, ''),"
                       " coalesce(?, ''), coalesce(?, ''), coalesce(?, ''))"));
    for (const QVariant& v : QVariantList {time.toMSecsSinceEpoch(), job.text(Param::Name), job.text(Param::Namespace),
                                           job.text(Param::GroupId), attempt.profile, attempt.endpoint, attempt.region,
                                           attempt.signatureVersion, attempt.templateSource, attempt.file})
        q.addBindValue(v);
    if (!q.exec())
        return failed(q.lastError());
    const qint64 id = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO entry_bodies (entry_id, job) VALUES (?, ?)"));
    q.addBindValue(id);
    q.addBindValue(QString::fromUtf8(QJsonDocument(JobFileFormat::jobToJson(job)).toJson(QJsonDocument::Compact)));
    if (!q.exec() || !q.exec(QStringLiteral("COMMIT")))
        return failed(q.lastError());
    return id;
}

bool HistoryStore::complete(qint64 id, const SubmitResult& result, QString* error)
{
    if (!isWritable()) {
        if (error)
            *error = m_error;
        return false;
    }
    QSqlQuery q(m_db);
    auto failed = [&](const QString& message) {
        if (error)
            *error = message;
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failed(describe(q.lastError()));
    q.prepare(QStringLiteral("UPDATE entries SET pending = 0, outcome = ?, job_id = coalesce(?, ''),"
                             " request_id = coalesce(?, ''), http_status = ?, code = coalesce(?, ''),"
                             " message = coalesce(?, ''), duration_ms = ?, attempts = ? WHERE id = ?"));
    for (const QVariant& v :
         QVariantList {outcomeName(result.outcome), result.jobId, result.requestId, result.httpStatus, result.code,
                       result.message, result.durationMs, result.attempts, id})
        q.addBindValue(v);
    if (!q.exec())
        return failed(describe(q.lastError()));
    if (q.numRowsAffected() != 1)
        return failed(tr("history %1: there is no entry %2.").arg(QDir::toNativeSeparators(m_path)).arg(id));
    q.prepare(QStringLiteral("UPDATE entry_bodies SET response = ? WHERE entry_id = ?"));
    q.addBindValue(result.responseBody.left(kMaxResponseBytes));
    q.addBindValue(id);
    if (!q.exec() || !q.exec(QStringLiteral("COMMIT")))
        return failed(describe(q.lastError()));
    return true;
}

std::optional<int> HistoryStore::prune(const QDateTime& olderThan, QString* error)
{
    if (!isWritable()) {
        if (error) {
            *error = m_error.isEmpty()
                ? tr("history %1: opened for reading only.").arg(QDir::toNativeSeparators(m_path))
                : m_error;
        }
        return std::nullopt;
    }
    if (!olderThan.isValid()) {
        if (error)
            *error = tr("history %1: no time given to remove entries before.").arg(QDir::toNativeSeparators(m_path));
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    auto failed = [&](const QSqlError& sqlError) -> std::optional<int> {
        if (error)
            *error = describe(sqlError);
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return std::nullopt;
    };
    const qint64 cut = olderThan.toMSecsSinceEpoch();
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failed(q.lastError());
    // Bodies first: they would go by cascade too, but only while foreign keys are on for this connection.
    // The delete trigger keeps the FTS index in step with the entries.
    q.prepare(QStringLiteral("DELETE FROM entry_bodies WHERE entry_id IN (SELECT id FROM entries WHERE time < ?)"));
    q.addBindValue(cut);
    if (!q.exec())
        return failed(q.lastError());
    q.prepare(QStringLiteral("DELETE FROM entries WHERE time < ?"));
    q.addBindValue(cut);
    if (!q.exec())
        return failed(q.lastError());
    const int removed = q.numRowsAffected();
    if (!q.exec(QStringLiteral("COMMIT")))
        return failed(q.lastError());
    return removed;
}

QList<HistoryEntry> HistoryStore::search(const HistoryQuery& query, QString* error) const
{
    QList<HistoryEntry> result;
    if (!m_open) {
        if (error)
            *error = m_error;
        return result;
    }
    QVariantList binds;
    QString sql = QStringLiteral("SELECT %1 FROM entries e").arg(QLatin1String(kListColumns)) +
        whereClause(query, &binds) + QStringLiteral(" ORDER BY e.id DESC");
    if (query.limit > 0 || query.offset > 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        binds << (query.limit > 0 ? query.limit : -1) << std::max(0, query.offset);
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = describe(q.lastError());
        return result;
    }
    while (q.next())
        result.append(readListColumns(q));
    return result;
}

int HistoryStore::count(const HistoryQuery& query, QString* error) const
{
    if (!m_open) {
        if (error)
            *error = m_error;
        return 0;
    }
    QVariantList binds;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM entries e") + whereClause(query, &binds));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = describe(q.lastError());
        return 0;
    }
    return q.value(0).toInt();
}

std::optional<HistoryEntry> HistoryStore::entry(qint64 id, QString* error) const
{
    if (!m_open) {
        if (error)
            *error = m_error;
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1, b.job, b.response FROM entries e LEFT JOIN entry_bodies b ON b.entry_id = e.id"
                             " WHERE e.id = ?")
                  .arg(QLatin1String(kListColumns)));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = describe(q.lastError());
        return std::nullopt;
    }
    if (!q.next()) {
        if (error)
            *error = tr("history %1: there is no entry %2.").arg(QDir::toNativeSeparators(m_path)).arg(id);
        return std::nullopt;
    }
    HistoryEntry e = readListColumns(q);
    readDetails(q, 20, &e);
    return e;
}

QStringList HistoryStore::profiles(QString* error) const
{
    QStringList result;
    if (!m_open) {
        if (error)
            *error = m_error;
        return result;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT profile FROM entries WHERE profile <> '' ORDER BY profile"))) {
        if (error)
            *error = describe(q.lastError());
        return result;
    }
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

QStringList HistoryStore::csvColumns()
{
    return {"id",         "time",       "outcome",  "pending", "name",    "namespace", "groupId", "jobId",
            "requestId",  "httpStatus", "code",     "message", "profile", "endpoint",  "region",  "signatureVersion",
            "durationMs", "attempts",   "template", "file",    "job",     "response"};
}

bool HistoryStore::exportTo(QIODevice* device, ExportFormat format, const HistoryQuery& query, QString* error) const
{
    if (!m_open) {
        if (error)
            *error = m_error;
        return false;
    }
    QVariantList binds;
    QSqlQuery q(m_db);
    q.setForwardOnly(true); // streams 100k entries without holding them
    q.prepare(
        QStringLiteral("SELECT %1, b.job, b.response FROM entries e LEFT JOIN entry_bodies b ON b.entry_id = e.id")
            .arg(QLatin1String(kListColumns)) +
        whereClause(query, &binds) + QStringLiteral(" ORDER BY e.id ASC"));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = describe(q.lastError());
        return false;
    }
    auto put = [&](const QByteArray& bytes) {
        if (device->write(bytes) == bytes.size())
            return true;
        if (error)
            *error = tr("export: cannot write: %1").arg(device->errorString());
        return false;
    };
    const QStringList columns = csvColumns();
    if (format == ExportFormat::Csv && !put(columns.join(',').toUtf8() + "\r\n"))
        return false;
    while (q.next()) {
        HistoryEntry e = readListColumns(q);
        readDetails(q, 20, &e);
        const QJsonObject o = e.toJson();
        QByteArray line;
        if (format == ExportFormat::JsonLines) {
            line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        } else {
            QByteArrayList fields;
            for (const QString& column : columns) {
                const QJsonValue v = o.value(column);
                if (v.isObject())
                    fields.append(
                        csvField(QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))));
                else if (v.isBool())
                    fields.append(v.toBool() ? "true" : "false");
                else
                    fields.append(csvField(v.toVariant().toString()));
            }
            line = fields.join(',') + "\r\n"; // RFC 4180
        }
        if (!put(line))
            return false;
    }
    return true;
}

std::optional<JobFile> HistoryStore::clone(qint64 id, QString* error) const
{
    const auto e = entry(id, error);
    if (!e)
        return std::nullopt;
    JobFileError readError;
    const auto job = JobFileFormat::jobFromJson(e->job, &readError);
    if (!job) {
        if (error)
            *error = tr("history entry %1: the recorded job cannot be read: %2").arg(id).arg(readError.toString());
        return std::nullopt;
    }
    JobFile file;
    file.job = *job;
    return file;
}

} // namespace sx
