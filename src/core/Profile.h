#pragma once

#include "Credentials.h"
#include "Endpoint.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace sx {

enum class AuthMode { AccessKey, Sts }; // Sts: a temporary AccessKey plus a security token

// Where and how to call SchedulerX: everything but the secrets, which live only in a SecretStore.
struct Profile
{
    static constexpr int DefaultConnectTimeoutMs = 10'000;
    static constexpr int DefaultTotalTimeoutMs = 30'000;

    QString name;
    QString region; // e.g. cn-hangzhou
    QString accessKeyId;
    AuthMode mode = AuthMode::AccessKey;
    SignatureVersion signature = SignatureVersion::V3;
    EndpointKind endpointKind = EndpointKind::Regional;
    QUrl explicitEndpoint; // used only when endpointKind is Explicit
    int connectTimeoutMs = DefaultConnectTimeoutMs;
    int totalTimeoutMs = DefaultTotalTimeoutMs;

    QUrl endpoint() const; // empty when the profile's endpoint settings are unusable
    // Empty when the profile can be used, else a translated sentence naming the first problem.
    QString problem() const;

    bool operator==(const Profile&) const = default;
};

// Stable spellings for settings, JSON and the command line.
QString authModeName(AuthMode mode); // "AccessKey", "StsToken" (the aliyun CLI's names)
std::optional<AuthMode> authModeFromName(const QString& name); // case-insensitive
QString signatureVersionName(SignatureVersion version); // "v3", "v2"
std::optional<SignatureVersion> signatureVersionFromName(const QString& name); // case-insensitive

// A profile name is also part of a settings group and a keychain key: keep it to a safe alphabet.
bool isValidProfileName(const QString& name); // 1-64 of A-Z a-z 0-9 . _ -

class ProfileText
{
    Q_DECLARE_TR_FUNCTIONS(Profile)
};

} // namespace sx
