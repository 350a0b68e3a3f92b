#include "ServiceDirectory.h"

#include "RequestBuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace sx {

namespace {

constexpr int CacheFormat = 1;

QJsonObject toJson(const NamespaceSummary& n)
{
    return {{"uid", n.uid}, {"name", n.name}, {"description", n.description}};
}

QJsonObject toJson(const GroupSummary& g)
{
    return {{"groupId", g.groupId},       {"appName", g.appName},       {"description", g.description},
            {"appGroupId", g.appGroupId}, {"appVersion", g.appVersion}, {"namespace", g.namespaceUid}};
}

NamespaceSummary namespaceFromJson(const QJsonObject& o)
{
    return {o.value("uid").toString(), o.value("name").toString(), o.value("description").toString()};
}

GroupSummary groupFromJson(const QJsonObject& o)
{
    GroupSummary g;
    g.groupId = o.value("groupId").toString();
    g.appName = o.value("appName").toString();
    g.description = o.value("description").toString();
    g.appGroupId = o.value("appGroupId").toInteger();
    g.appVersion = o.value("appVersion").toInt();
    g.namespaceUid = o.value("namespace").toString();
    return g;
}

DirectoryProblem problemOf(const SubmitResult& result)
{
    DirectoryProblem problem;
    problem.outcome = result.outcome;
    problem.code = result.code;
    problem.requestId = result.requestId;
    problem.message = result.message;
    // SignatureDoesNotMatch quotes the server's string-to-sign; with V2 it holds the STS token.
    static const QString marker = QStringLiteral("server string to sign is:");
    const int at = problem.message.indexOf(marker);
    if (at >= 0)
        problem.message = problem.message.left(at).trimmed();
    // An unknown outcome's hint speaks of a created job; a list call creates nothing, the message says enough.
    if (result.outcome != Outcome::Unknown)
        problem.hint = result.hint;
    return problem;
}

} // namespace

QString DirectoryProblem::text() const
{
    // A refusal's hint says what to do; a local failure's message ("Connection refused") is the specific part.
    if (outcome == Outcome::Refused)
        return hint.isEmpty() ? message : hint;
    return message.isEmpty() ? hint : message;
}

ServiceDirectory::ServiceDirectory(QObject* parent)
    : ServiceDirectory(defaultCacheFile(), parent)
{
}

ServiceDirectory::ServiceDirectory(const QString& cacheFile, QObject* parent)
    : QObject(parent)
    , m_cacheFile(cacheFile)
    , m_client(new SchedulerXClient(this))
{
    qRegisterMetaType<sx::DirectoryKey>();
    qRegisterMetaType<sx::DirectoryProblem>();
    load();
}

QString ServiceDirectory::defaultCacheFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/service-directory.json");
}

QString ServiceDirectory::cacheFile() const
{
    return m_cacheFile;
}

QString ServiceDirectory::id(const DirectoryKey& key)
{
    // Unit separators: none of the three may hold one.
    return key.target + QChar(0x1f) + key.region + QChar(0x1f) + key.namespaceUid;
}

std::optional<QList<NamespaceSummary>> ServiceDirectory::namespaces(const QString& target, const QString& region) const
{
    const auto it = m_entries.constFind(id({target, region, {}}));
    if (it == m_entries.cend())
        return std::nullopt;
    return it->namespaces;
}

std::optional<QList<GroupSummary>>
ServiceDirectory::groups(const QString& target, const QString& region, const QString& namespaceUid) const
{
    if (namespaceUid.isEmpty())
        return std::nullopt;
    const auto it = m_entries.constFind(id({target, region, namespaceUid}));
    if (it == m_entries.cend())
        return std::nullopt;
    return it->groups;
}

QDateTime ServiceDirectory::fetchedAt(const DirectoryKey& key) const
{
    return m_entries.value(id(key)).fetchedAt;
}

bool ServiceDirectory::isFetching(const DirectoryKey& key) const
{
    return !m_running.value(id(key)).isNull();
}

std::optional<DirectoryProblem> ServiceDirectory::problem(const DirectoryKey& key) const
{
    const auto it = m_problems.constFind(id(key));
    if (it == m_problems.cend())
        return std::nullopt;
    return *it;
}

ServiceDirectory::Fetch ServiceDirectory::fetch(const DirectoryKey& key, const ServiceTargetSource& source)
{
    if (m_entries.contains(id(key)))
        return Fetch::Cached;
    return start(key, source);
}

ServiceDirectory::Fetch ServiceDirectory::refresh(const DirectoryKey& key, const ServiceTargetSource& source)
{
    return start(key, source);
}

ServiceDirectory::Fetch ServiceDirectory::start(const DirectoryKey& key, const ServiceTargetSource& source)
{
    const QString keyId = id(key);
    if (isFetching(key))
        return Fetch::Running;

    DirectoryProblem problem;
    if (key.region.trimmed().isEmpty()) {
        problem.message = tr("Enter the region first.");
    } else if (!source) {
        problem.message = tr("No target is chosen.");
    } else {
        QString error;
        const std::optional<ServiceTarget> target = source(key.region, &error);
        if (target) {
            const ApiCall call = key.isGroups() ? RequestBuilder::listGroups(key.region, key.namespaceUid)
                                                : RequestBuilder::listNamespaces(key.region);
            CallOperation* operation = m_client->start(call, target->credentials, target->options);
            m_running.insert(keyId, operation);
            connect(operation, &CallOperation::finished, this, [this, key, operation](const SubmitResult& result) {
                // forget() may have dropped this call: its answer belongs to nobody then.
                if (m_running.value(id(key)) != operation)
                    return;
                m_running.remove(id(key));
                onFinished(key, result);
            });
            Q_EMIT fetchingChanged(key, true);
            return Fetch::Started;
        }
        problem.message = error.isEmpty() ? tr("The target could not be prepared.") : error;
    }
    fail(key, problem);
    return Fetch::Failed;
}

void ServiceDirectory::onFinished(const DirectoryKey& key, const SubmitResult& result)
{
    Q_EMIT fetchingChanged(key, false);
    if (result.outcome != Outcome::Created) {
        fail(key, problemOf(result));
        return;
    }
    Entry entry;
    entry.fetchedAt = QDateTime::currentDateTimeUtc();
    // An entry without an id could not be picked: it is left out.
    bool parsed = false;
    if (key.isGroups()) {
        if (auto list = ResponseParser::groups(result.responseBody)) {
            list->removeIf([](const GroupSummary& g) { return g.groupId.isEmpty(); });
            entry.groups = *list;
            parsed = true;
        }
    } else if (auto list = ResponseParser::namespaces(result.responseBody)) {
        list->removeIf([](const NamespaceSummary& n) { return n.uid.isEmpty(); });
        entry.namespaces = *list;
        parsed = true;
    }
    if (!parsed) {
        DirectoryProblem problem;
        problem.outcome = Outcome::Unknown;
        problem.requestId = result.requestId;
        problem.message = key.isGroups() ? tr("The service's answer holds no list of application groups.")
                                         : tr("The service's answer holds no list of namespaces.");
        fail(key, problem);
        return;
    }
    const QString keyId = id(key);
    m_keys.insert(keyId, key);
    m_entries.insert(keyId, entry);
    m_problems.remove(keyId);
    save();
    Q_EMIT listed(key);
}

void ServiceDirectory::fail(const DirectoryKey& key, const DirectoryProblem& problem)
{
    m_problems.insert(id(key), problem);
    Q_EMIT failed(key, problem);
}

void ServiceDirectory::forget(const QString& target)
{
    bool changed = false;
    for (auto it = m_keys.begin(); it != m_keys.end();) {
        if (it->target == target) {
            m_entries.remove(it.key());
            it = m_keys.erase(it);
            changed = true;
        } else {
            ++it;
        }
    }
    for (auto it = m_running.begin(); it != m_running.end();)
        it = it.key().startsWith(target + QChar(0x1f)) ? m_running.erase(it) : std::next(it);
    for (auto it = m_problems.begin(); it != m_problems.end();)
        it = it.key().startsWith(target + QChar(0x1f)) ? m_problems.erase(it) : std::next(it);
    if (changed)
        save();
}

void ServiceDirectory::load()
{
    if (m_cacheFile.isEmpty())
        return;
    QFile file(m_cacheFile);
    if (!file.open(QIODevice::ReadOnly))
        return; // not there yet
    // A damaged or foreign file is only a cache: start empty and overwrite it on the next answer.
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value("format").toInt() != CacheFormat)
        return;
    for (const QJsonValue& v : root.value("lists").toArray()) {
        const QJsonObject o = v.toObject();
        const DirectoryKey key {o.value("target").toString(), o.value("region").toString(),
                                o.value("namespace").toString()};
        Entry entry;
        entry.fetchedAt = QDateTime::fromString(o.value("fetchedAt").toString(), Qt::ISODate);
        if (key.target.isEmpty() || key.region.isEmpty() || !entry.fetchedAt.isValid())
            continue;
        const QJsonArray items = o.value(key.isGroups() ? "groups" : "namespaces").toArray();
        for (const QJsonValue& item : items) {
            if (key.isGroups())
                entry.groups.append(groupFromJson(item.toObject()));
            else
                entry.namespaces.append(namespaceFromJson(item.toObject()));
        }
        m_keys.insert(id(key), key);
        m_entries.insert(id(key), entry);
    }
}

void ServiceDirectory::save() const
{
    if (m_cacheFile.isEmpty())
        return;
    QJsonArray lists;
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        const DirectoryKey& key = it.value();
        const Entry& entry = m_entries[it.key()];
        QJsonObject o {
            {"target", key.target}, {"region", key.region}, {"fetchedAt", entry.fetchedAt.toString(Qt::ISODateWithMs)}};
        QJsonArray items;
        if (key.isGroups()) {
            o.insert("namespace", key.namespaceUid);
            for (const GroupSummary& g : entry.groups)
                items.append(toJson(g));
            o.insert("groups", items);
        } else {
            for (const NamespaceSummary& n : entry.namespaces)
                items.append(toJson(n));
            o.insert("namespaces", items);
        }
        lists.append(o);
    }
    QDir().mkpath(QFileInfo(m_cacheFile).absolutePath());
    QSaveFile file(m_cacheFile);
    // A cache that cannot be written only costs a call on the next start.
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QJsonDocument(QJsonObject {{"format", CacheFormat}, {"lists", lists}}).toJson());
    file.commit();
}

} // namespace sx
