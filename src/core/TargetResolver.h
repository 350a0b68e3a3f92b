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
    QString region;
    QUrl endpoint;
    SignatureVersion signature = SignatureVersion::V3;
    int connectTimeoutMs = Profile::DefaultConnectTimeoutMs;
    int totalTimeoutMs = Profile::DefaultTotalTimeoutMs;

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
    // a translated message that says what to do.
    static std::optional<SubmitTarget> resolve(const QString& profileName,
                                               const QProcessEnvironment& environment,
                                               const ProfileStore& profiles,
                                               SecretStore& secrets,
                                               QString* error);
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
