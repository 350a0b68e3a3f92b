#include "AliyunConfigImporter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sx {

namespace {

bool isMode(const QString& mode, QStringView name)
{
    return mode.compare(name, Qt::CaseInsensitive) == 0;
}

int seconds(const QJsonValue& v)
{
    // The CLI writes numbers, but hand-edited files have strings.
    if (v.isDouble())
        return qMax(0, v.toInt());
    return qMax(0, v.toString().toInt());
}

// Offsets to "line L, column C" so that an operator can find a typo in a hand-edited file.
QString position(const QByteArray& json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return AliyunConfigImporter::tr("line %1, column %2").arg(line).arg(column);
}

bool isSupportedMode(const QString& mode)
{
    return isMode(mode, u"AK") || isMode(mode, u"StsToken");
}

enum class ReadFailure { None, Missing, Other };

// The file's profiles; on failure *error says why (a missing file is left to the caller, who knows its advice).
std::optional<AliyunConfig> readConfig(const QString& path, QString* error, ReadFailure* failure)
{
    *failure = ReadFailure::Other;
    QFile file(path);
    if (!file.exists()) {
        *failure = ReadFailure::Missing;
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = AliyunConfigImporter::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    QString parseError;
    auto config = AliyunConfigImporter::parse(file.readAll(), &parseError);
    if (!config) {
        *error = AliyunConfigImporter::tr("Cannot import %1: %2").arg(QDir::toNativeSeparators(path), parseError);
        return std::nullopt;
    }
    *failure = ReadFailure::None;
    return config;
}

} // namespace

QStringList AliyunImportPlan::names(Action action) const
{
    QStringList result;
    for (const Entry& e : entries) {
        if (e.action == action)
            result.append(e.name);
    }
    return result;
}

bool AliyunImportPlan::importsAnything() const
{
    return std::any_of(entries.cbegin(), entries.cend(),
                       [](const Entry& e) { return e.action == Action::Add || e.action == Action::Replace; });
}

QString AliyunConfigImporter::defaultPath(const QProcessEnvironment& environment)
{
    const QString explicitPath = environment.value(QStringLiteral("ALIBABA_CLOUD_CONFIG_FILE"));
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString home = environment.value(QStringLiteral("HOME"), QDir::homePath());
    return home + QStringLiteral("/.aliyun/config.json");
}

std::optional<AliyunConfig> AliyunConfigImporter::parse(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Never quote the text around the error: it may be a secret.
        *error = tr("It is not valid JSON (%1: %2).").arg(position(json, parseError.offset), parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject() || !doc.object().value("profiles").isArray()) {
        *error = tr("It is JSON but not an aliyun CLI configuration: there is no \"profiles\" array.");
        return std::nullopt;
    }
    AliyunConfig config;
    config.current = doc.object().value("current").toString();
    const QJsonArray list = doc.object().value("profiles").toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list[i].isObject()) {
            *error = tr("Profile %1 in \"profiles\" is not an object.").arg(i + 1);
            return std::nullopt;
        }
        const QJsonObject o = list[i].toObject();
        AliyunProfile p;
        p.name = o.value("name").toString();
        p.mode = o.value("mode").toString();
        p.accessKeyId = o.value("access_key_id").toString().trimmed();
        p.accessKeySecret = o.value("access_key_secret").toString().trimmed();
        p.securityToken = o.value("sts_token").toString().trimmed();
        p.region = o.value("region_id").toString().trimmed();
        p.endpointType = o.value("endpoint_type").toString();
        p.endpoint = o.value("endpoint").toString().trimmed();
        p.connectTimeoutS = seconds(o.value("connect_timeout"));
        p.readTimeoutS = seconds(o.value("read_timeout"));
        if (!p.readTimeoutS)
            p.readTimeoutS = seconds(o.value("retry_timeout"));
        config.profiles.append(p);
    }
    return config;
}

std::optional<Profile> AliyunConfigImporter::toProfile(const AliyunProfile& source, QString* why)
{
    Profile p;
    p.name = source.name;
    p.region = source.region;
    p.accessKeyId = source.accessKeyId;
    p.mode = isMode(source.mode, u"StsToken") ? AuthMode::Sts : AuthMode::AccessKey;
    if (isMode(source.endpointType, u"vpc"))
        p.endpointKind = EndpointKind::Vpc;
    if (!source.endpoint.isEmpty()) {
        // The CLI keeps a bare host name here; we only ever speak https to it.
        p.endpointKind = EndpointKind::Explicit;
        p.explicitEndpoint = source.endpoint.contains(u"://") ? QUrl(source.endpoint)
                                                              : QUrl(QStringLiteral("https://") + source.endpoint);
    }
    if (source.connectTimeoutS > 0)
        p.connectTimeoutMs = source.connectTimeoutS * 1000;
    if (source.readTimeoutS > 0)
        p.totalTimeoutMs = qMax(p.connectTimeoutMs, (source.connectTimeoutS + source.readTimeoutS) * 1000);
    if (source.accessKeySecret.isEmpty()) {
        *why = tr("no AccessKey secret in the file");
        return std::nullopt;
    }
    if (p.mode == AuthMode::Sts && source.securityToken.isEmpty()) {
        *why = tr("no STS token in the file");
        return std::nullopt;
    }
    const QString problem = p.problem();
    if (!problem.isEmpty()) {
        *why = problem;
        return std::nullopt;
    }
    return p;
}

std::optional<AliyunImportPlan>
AliyunConfigImporter::preview(const QString& path, const ProfileStore& profiles, QString* error)
{
    ReadFailure failure;
    const auto config = readConfig(path, error, &failure);
    if (failure == ReadFailure::Missing)
        *error = tr("There is no aliyun CLI configuration at %1.").arg(QDir::toNativeSeparators(path));
    if (!config)
        return std::nullopt;

    // The same sorting as importFile(), which also saves in this order.
    AliyunImportPlan plan;
    QStringList imported;
    for (const AliyunProfile& source : config->profiles) {
        AliyunImportPlan::Entry entry;
        entry.name = source.name;
        QString why;
        if (!isSupportedMode(source.mode)) {
            entry.action = AliyunImportPlan::Action::Unsupported;
            entry.detail = source.mode;
        } else if (const auto p = toProfile(source, &why)) {
            entry.action =
                profiles.contains(p->name) ? AliyunImportPlan::Action::Replace : AliyunImportPlan::Action::Add;
            entry.detail = p->region;
            imported.append(p->name);
        } else {
            entry.action = AliyunImportPlan::Action::Skip;
            entry.detail = why;
        }
        plan.entries.append(entry);
    }
    if (profiles.defaultProfileName().isEmpty() && !imported.isEmpty())
        plan.newDefault = imported.contains(config->current) ? config->current : imported.first();
    return plan;
}

std::optional<AliyunImportReport>
AliyunConfigImporter::importFile(const QString& path, ProfileStore& profiles, SecretStore& secrets, QString* error)
{
    ReadFailure failure;
    const auto config = readConfig(path, error, &failure);
    if (failure == ReadFailure::Missing) {
        *error = tr("There is no aliyun CLI configuration at %1. Give its path: \"sxstudio-cli profile "
                    "import-aliyun PATH\".")
                     .arg(QDir::toNativeSeparators(path));
    }
    if (!config)
        return std::nullopt;

    AliyunImportReport report;
    QList<std::pair<Profile, AliyunProfile>> accepted;
    for (const AliyunProfile& source : config->profiles) {
        if (!isSupportedMode(source.mode)) {
            report.unsupported.append(QStringLiteral("%1 (%2)").arg(source.name, source.mode));
            continue;
        }
        QString why;
        if (auto p = toProfile(source, &why))
            accepted.append({*p, source});
        else
            report.skipped.append(QStringLiteral("%1: %2").arg(source.name, why));
    }
    if (accepted.isEmpty())
        return report;

    // Ask before writing anything: a profile must never be kept without its secret.
    if (secrets.probeNow() != SecretStore::State::Available) {
        *error = tr("Nothing was imported: %1").arg(secrets.stateText());
        return std::nullopt;
    }

    const bool hadDefault = !profiles.defaultProfileName().isEmpty();
    for (const auto& [profile, source] : accepted) {
        SecretResult r = secrets.writeNow(SecretStore::accessKeySecretKey(profile.name), source.accessKeySecret);
        if (r.ok()) {
            r = profile.mode == AuthMode::Sts
                ? secrets.writeNow(SecretStore::securityTokenKey(profile.name), source.securityToken)
                : secrets.removeNow(SecretStore::securityTokenKey(profile.name));
        }
        if (!r.ok() || !secrets.isPersistent()) {
            *error = tr("Stopped at profile \"%1\": its secret could not be stored in the keychain (%2).")
                         .arg(profile.name, r.ok() ? secrets.stateText() : r.message);
            return report;
        }
        if (!profiles.save(profile)) {
            *error = profiles.lastError();
            return report;
        }
        report.imported.append(profile.name);
    }
    if (!hadDefault && report.imported.contains(config->current) && profiles.setDefaultProfileName(config->current))
        report.newDefault = config->current;
    else if (!hadDefault)
        report.newDefault = profiles.defaultProfileName();
    return report;
}

} // namespace sx
