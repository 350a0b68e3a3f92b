#pragma once

#include <QString>

namespace sx {

enum class SignatureVersion { V3, V2 }; // V3 = ACS3-HMAC-SHA256 (default), V2 = HMAC-SHA1

// What a request is signed with. Lives in memory only; never written, logged or printed.
struct Credentials
{
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken; // STS; empty for a plain AccessKey

    bool isComplete() const
    {
        return !accessKeyId.isEmpty() && !accessKeySecret.isEmpty();
    }
};

} // namespace sx
