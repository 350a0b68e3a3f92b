#pragma once

#include "ProfileStore.h"
#include "SecretStore.h"

#include <QProcessEnvironment>
#include <QStringList>

#include <optional>

namespace sx {

// One profile of the aliyun CLI's config.json, as read (secrets in memory only).
struct AliyunProfile
{
    QString name;
    QString mode; // as written in the file: AK, StsToken, RamRoleArn, ...
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken;
    QString region;
    QString endpointType; // "vpc" or empty
    QString endpoint; // an explicit host or URL, when set
    int connectTimeoutS = 0; // 0: not set
    int readTimeoutS = 0;
};

struct AliyunConfig
{
    QString current; // the aliyun CLI's current profile
    QList<AliyunProfile> profiles;
};

// What an import did, for the operator.
struct AliyunImportReport
{
    QStringList imported; // our profile names, added or replaced
    QStringList unsupported; // "name (mode)": modes other than AK and StsToken
    QStringList skipped; // "name: reason", e.g. an AK profile without a secret
    QString newDefault; // set when the import chose the default profile
};

// What an import would do, found without writing anything: for a preview the operator confirms.
struct AliyunImportPlan
{
    enum class Action {
        Add, // a new profile of ours
        Replace, // overwrites our profile of the same name (and its secrets)
        Skip, // an AK or StsToken profile that cannot be ours; detail says why
        Unsupported, // another mode (RamRoleArn, EcsRamRole, ...); detail is the mode
    };
    struct Entry
    {
        QString name; // as in the file
        Action action = Action::Skip;
        QString detail; // translated reason for Skip, the file's mode for Unsupported, the region otherwise
    };

    QList<Entry> entries; // in the file's order
    QString newDefault; // the profile that would become the default; empty when ours stays

    QStringList names(Action action) const;
    bool importsAnything() const;
};

// Reads ~/.aliyun/config.json (or a given file). AK and StsToken profiles become ours, their secrets going
// straight into the secret store; everything else is only listed.
class AliyunConfigImporter
{
    Q_DECLARE_TR_FUNCTIONS(AliyunConfigImporter)

public:
    // $HOME/.aliyun/config.json, or the file ALIBABA_CLOUD_CONFIG_FILE names.
    static QString defaultPath(const QProcessEnvironment& environment);

    static std::optional<AliyunConfig> parse(const QByteArray& json, QString* error);

    // Converts one supported profile; nothing when it cannot be ours (*why says why).
    static std::optional<Profile> toProfile(const AliyunProfile& source, QString* why);

    // Reads and converts, and says what importFile() would do to these profiles; writes nothing and never
    // touches a secret store. nullopt and *error on a file or JSON problem.
    static std::optional<AliyunImportPlan> preview(const QString& path, const ProfileStore& profiles, QString* error);

    // Reads, converts and stores. Stops at the first secret the store cannot keep for good, so that no
    // profile is saved without its secret. nullopt and *error on a file, JSON or store problem; a report
    // (possibly partial, with *error set) otherwise.
    static std::optional<AliyunImportReport>
    importFile(const QString& path, ProfileStore& profiles, SecretStore& secrets, QString* error);
};

} // namespace sx
