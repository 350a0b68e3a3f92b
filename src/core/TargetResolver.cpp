#include "TargetResolver.h"

namespace sx {

namespace {

QString variable(const QProcessEnvironment& env, const char* name)
{
    return env.value(QString::fromLatin1(name)).trimmed();
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

// Reads one secret of a profile; false (and *error) when it cannot be had.
bool readSecret(SecretStore& secrets,
                const QString& key,
                const QString& profileName,
                const QString& what,
                QString* value,
                QString* error)
{
    const SecretResult r = secrets.readNow(key);
    switch (r.status) {
    case SecretResult::Ok:
        if (r.value.isEmpty())
            break;
        *value = r.value;
        return true;
    case SecretResult::NotFound:
        break;
    case SecretResult::Locked:
        return fail(error,
                    TargetResolver::tr("Cannot read the %1 of profile \"%2\": the keychain is locked. Unlock it and "
                                       "try again, or set the ALIBABA_CLOUD_* variables and leave out --profile.")
                        .arg(what, profileName));
    case SecretResult::Unavailable:
        return fail(error,
                    TargetResolver::tr("Cannot read the %1 of profile \"%2\": %3").arg(what, profileName, r.message));
    case SecretResult::Failed:
        return fail(error,
                    TargetResolver::tr("Cannot read the %1 of profile \"%2\": %3").arg(what, profileName, r.message));
    }
    return fail(error,
                TargetResolver::tr("No %1 is stored for profile \"%2\". Store it with \"sxstudio-cli profile add %2\" "
                                   "(it reads the secret from standard input).")
                    .arg(what, profileName));
}

std::optional<SubmitTarget> fromEnvironment(const QProcessEnvironment& env, QString* error)
{
    SubmitTarget t;
    t.credentials.accessKeyId = variable(env, CredentialVariables::AccessKeyId);
    t.credentials.accessKeySecret = variable(env, CredentialVariables::AccessKeySecret);
    t.credentials.securityToken = variable(env, CredentialVariables::SecurityToken);
    t.region = variable(env, CredentialVariables::RegionId);
    if (t.credentials.accessKeyId.isEmpty() || t.credentials.accessKeySecret.isEmpty()) {
        const QString id = QString::fromLatin1(CredentialVariables::AccessKeyId);
        const QString secret = QString::fromLatin1(CredentialVariables::AccessKeySecret);
        const bool idMissing = t.credentials.accessKeyId.isEmpty();
        fail(error,
             TargetResolver::tr("%1 is set but %2 is not: set both, or unset both to use a profile.")
                 .arg(idMissing ? secret : id, idMissing ? id : secret));
        return std::nullopt;
    }
    // Without a region here, each job file's RegionId (or --region) decides.
    if (!t.region.isEmpty() && !isValidRegionId(t.region)) {
        fail(error,
             QString::fromLatin1(CredentialVariables::RegionId) + ": " +
                 endpointProblem(t.region, EndpointKind::Regional));
        return std::nullopt;
    }
    return t;
}

} // namespace

QUrl SubmitTarget::endpoint(const QString& jobRegion) const
{
    return endpointFor(jobRegion.isEmpty() ? region : jobRegion, endpointKind, explicitEndpoint);
}

QString SubmitTarget::sourceText() const
{
    if (profileName.isEmpty())
        return TargetResolver::tr("the ALIBABA_CLOUD_* variables");
    return TargetResolver::tr("profile \"%1\"").arg(profileName);
}

std::optional<SubmitTarget> TargetResolver::resolve(const QString& profileName,
                                                    const QProcessEnvironment& environment,
                                                    const ProfileStore& profiles,
                                                    SecretStore& secrets,
                                                    QString* error)
{
    auto target = select(profileName, environment, profiles, error);
    if (!target || !loadSecrets(*target, profiles, secrets, error))
        return std::nullopt;
    return target;
}

std::optional<SubmitTarget> TargetResolver::select(const QString& profileName,
                                                   const QProcessEnvironment& environment,
                                                   const ProfileStore& profiles,
                                                   QString* error)
{
    std::optional<Profile> profile;
    if (!profileName.isEmpty()) {
        profile = profiles.profile(profileName);
        if (!profile) {
            fail(error,
                 tr("There is no profile named \"%1\". \"sxstudio-cli profile list\" shows the profiles; "
                    "\"sxstudio-cli profile add %1 ...\" makes one.")
                     .arg(profileName));
            return std::nullopt;
        }
    } else {
        const bool anyVariable = !variable(environment, CredentialVariables::AccessKeyId).isEmpty() ||
            !variable(environment, CredentialVariables::AccessKeySecret).isEmpty();
        if (anyVariable)
            return fromEnvironment(environment, error);
        profile = profiles.defaultProfile();
        if (!profile) {
            fail(error,
                 tr("No credentials: name a profile with --profile, add one with \"sxstudio-cli profile add NAME "
                    "--region ID --access-key-id ID\", or set %1 and %2.")
                     .arg(QString::fromLatin1(CredentialVariables::AccessKeyId),
                          QString::fromLatin1(CredentialVariables::AccessKeySecret)));
            return std::nullopt;
        }
    }

    const QString problem = profile->problem();
    if (!problem.isEmpty()) {
        fail(error, tr("Profile \"%1\" cannot be used: %2").arg(profile->name, problem));
        return std::nullopt;
    }
    SubmitTarget t;
    t.profileName = profile->name;
    t.region = profile->region;
    t.endpointKind = profile->endpointKind;
    t.explicitEndpoint = profile->explicitEndpoint;
    t.signature = profile->signature;
    t.connectTimeoutMs = profile->connectTimeoutMs;
    t.totalTimeoutMs = profile->totalTimeoutMs;
    t.credentials.accessKeyId = profile->accessKeyId;
    return t;
}

bool TargetResolver::loadSecrets(SubmitTarget& target,
                                 const ProfileStore& profiles,
                                 SecretStore& secrets,
                                 QString* error)
{
    if (target.profileName.isEmpty())
        return true;
    const auto profile = profiles.profile(target.profileName);
    if (!profile)
        return fail(error, tr("There is no profile named \"%1\".").arg(target.profileName));
    if (!readSecret(secrets, SecretStore::accessKeySecretKey(profile->name), profile->name, tr("AccessKey secret"),
                    &target.credentials.accessKeySecret, error))
        return false;
    if (profile->mode == AuthMode::Sts &&
        !readSecret(secrets, SecretStore::securityTokenKey(profile->name), profile->name, tr("STS security token"),
                    &target.credentials.securityToken, error))
        return false;
    return true;
}

} // namespace sx
