#pragma once

#include "Credentials.h"
#include "ProfileStore.h"
#include "SecretStore.h"

#include <QProcessEnvironment>
#include <QUrl>

#include <optional>

namespace sx {

// Everything a submission needs to know about where and as whom: credentials, region, endpoint, signing.
struct SubmitTarget
{
    QString profileName; // empty when the credentials came from the environment
    Credentials credentials; // in memory only
    QString region; // RegionId for job files that leave it out; may be empty for the variables
    EndpointKind endpointKind = EndpointKind::Regional;
    QUrl explicitEndpoint; // when endpointKind is Explicit
    SignatureVersion signature = SignatureVersion::V3;
    std::optional<int> connectTimeoutMs; // a profile's; unset: the client's defaults
    std::optional<int> totalTimeoutMs;

    // The URL for a job in jobRegion (the target's own region when empty); empty when there is none.
    QUrl endpoint(const QString& jobRegion = {}) const;
    QString sourceText() const; // translated: "profile \"work\"" or "the ALIBABA_CLOUD_* variables"
};

// The standard variables of the Alibaba Cloud SDKs and CLI.
struct CredentialVariables
{
    static constexpr const char* AccessKeyId = "ALIBABA_CLOUD_ACCESS_KEY_ID";
    static constexpr const char* AccessKeySecret = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
    static constexpr const char* SecurityToken = "ALIBABA_CLOUD_SECURITY_TOKEN";
    static constexpr const char* RegionId = "ALIBABA_CLOUD_REGION_ID";
};

class TargetResolver
{
    Q_DECLARE_TR_FUNCTIONS(TargetResolver)

public:
    // A named profile wins; without a name the ALIBABA_CLOUD_* variables do (as in the SDKs), then the default
    // profile. Secrets come from the store, with a bounded wait. On failure returns nothing and sets *error to
    // a translated message that says what to do. Same as select() then loadSecrets().
    static std::optional<SubmitTarget> resolve(const QString& profileName,
                                               const QProcessEnvironment& environment,
                                               const ProfileStore& profiles,
                                               SecretStore& secrets,
                                               QString* error);

    // The first half, which never touches the keychain: which profile or variables, and their settings.
    // From the variables, the credentials are complete; from a profile, the secrets are still missing.
    static std::optional<SubmitTarget> select(const QString& profileName,
                                              const QProcessEnvironment& environment,
                                              const ProfileStore& profiles,
                                              QString* error);
    // The second half: reads a profile's secret (and STS token) into target.credentials. True for variables.
    static bool loadSecrets(SubmitTarget& target, const ProfileStore& profiles, SecretStore& secrets, QString* error);
};

// The same, as a free function for callers that like them.
inline std::optional<SubmitTarget> resolveTarget(const QString& profileName,
                                                 const QProcessEnvironment& environment,
                                                 const ProfileStore& profiles,
                                                 SecretStore& secrets,
                                                 QString* error)
{
    return TargetResolver::resolve(profileName, environment, profiles, secrets, error);
}

} // namespace sx
