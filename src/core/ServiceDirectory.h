#pragma once

#include "Credentials.h"
#include "ResponseParser.h"
#include "SchedulerXClient.h"
#include "SubmitResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace sx {

// Which list: the namespaces of a region, or (namespaceUid set) the groups of one namespace, as seen through
// one target. target is the caller's name for where calls go ("sandbox", a profile name): never a secret.
struct DirectoryKey
{
    QString target;
    QString region;
    QString namespaceUid; // empty: the namespaces

    bool isGroups() const
    {
        return !namespaceUid.isEmpty();
    }
    bool operator==(const DirectoryKey&) const = default;
};

// Why a list could not be fetched: the service's refusal or the client's failure, in the ResponseParser's words.
struct DirectoryProblem
{
    Outcome outcome = Outcome::Failed;
    QString code; // the service's Code, when it answered
    QString message; // without the server's string-to-sign, which may quote an STS token
    QString hint; // plain-language advice; empty when there is none
    QString requestId;

    // One line for a tooltip or a status bar: a refusal's hint (else its message), else the failure's message.
    QString text() const;
};

// Where and as whom to call; asked for only when a list must really be fetched (a keychain may prompt).
struct ServiceTarget
{
    Credentials credentials;
    ClientOptions options; // endpoint, signature and timeouts
};
// Returns the target for a region, or nullopt with a translated reason in *error.
using ServiceTargetSource = std::function<std::optional<ServiceTarget>(const QString& region, QString* error)>;

// The namespaces and application groups the service knows, fetched with ListNamespaces / ListGroups and kept
// per (target, region[, namespace]) in memory and in a small JSON file, so that pickers are filled at once on
// the next start. Only the lists are written: no credential, endpoint or error ever goes to the file.
class ServiceDirectory : public QObject
{
    Q_OBJECT

public:
    enum class Fetch {
        Cached, // the list is known; nothing was sent and no signal follows
        Started, // a call left; listed() or failed() follows
        Running, // a call for this list was already in flight; listed() or failed() follows
        Failed, // no call could be made (no target, empty region or namespace); failed() was emitted
    };

    // The cache file in QStandardPaths::CacheLocation.
    explicit ServiceDirectory(QObject* parent = nullptr);
    // cacheFile empty: memory only.
    explicit ServiceDirectory(const QString& cacheFile, QObject* parent = nullptr);

    static QString defaultCacheFile();
    QString cacheFile() const;

    // What is known, without any call; nullopt when the list was never fetched.
    std::optional<QList<NamespaceSummary>> namespaces(const QString& target, const QString& region) const;
    std::optional<QList<GroupSummary>>
    groups(const QString& target, const QString& region, const QString& namespaceUid) const;
    QDateTime fetchedAt(const DirectoryKey& key) const; // UTC; invalid when never fetched
    bool isFetching(const DirectoryKey& key) const;
    // The last failure for this list since it was last fetched, if any (kept in memory only).
    std::optional<DirectoryProblem> problem(const DirectoryKey& key) const;

    // From the cache when known, else one call; source is asked only when a call is needed.
    Fetch fetch(const DirectoryKey& key, const ServiceTargetSource& source);
    // Always one call (unless one is in flight); the cached list stays until a new one arrives.
    Fetch refresh(const DirectoryKey& key, const ServiceTargetSource& source);

    // Drops every list of a target (a profile was removed or now signs as someone else).
    void forget(const QString& target);

Q_SIGNALS:
    void listed(const sx::DirectoryKey& key); // a new list is in the cache
    void failed(const sx::DirectoryKey& key, const sx::DirectoryProblem& problem); // the cache was left as it was
    void fetchingChanged(const sx::DirectoryKey& key, bool fetching);

private:
    struct Entry
    {
        QDateTime fetchedAt;
        QList<NamespaceSummary> namespaces;
        QList<GroupSummary> groups;
    };

    Fetch start(const DirectoryKey& key, const ServiceTargetSource& source);
    void onFinished(const DirectoryKey& key, const SubmitResult& result);
    void fail(const DirectoryKey& key, const DirectoryProblem& problem);
    void load();
    void save() const;
    static QString id(const DirectoryKey& key);

    QString m_cacheFile;
    SchedulerXClient* m_client;
    QHash<QString, DirectoryKey> m_keys; // id -> key, for every entry
    QHash<QString, Entry> m_entries;
    QHash<QString, QPointer<CallOperation>> m_running;
    QHash<QString, DirectoryProblem> m_problems;
};

} // namespace sx

Q_DECLARE_METATYPE(sx::DirectoryKey)
Q_DECLARE_METATYPE(sx::DirectoryProblem)
