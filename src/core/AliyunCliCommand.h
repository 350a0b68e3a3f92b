#pragma once

#include "ApiCall.h"

#include <QString>

namespace sx {

// The same call as an `aliyun` CLI command line, for operators who script with it (the request inspector's
// "copy as aliyun command"). It carries business parameters only: never a key, a secret or a signature.
class AliyunCliCommand
{
public:
    // e.g. aliyun schedulerx2 CreateJob --RegionId cn-hangzhou --Namespace '…' --ContactInfo.1.UserName 'Ann'
    // profile, when given, becomes --profile; endpointHost, when given, becomes --endpoint.
    static QString forCall(const ApiCall& call, const QString& profile = {}, const QString& endpointHost = {});

    // POSIX shell quoting: bare when only safe characters, else single quotes ('\'' for a quote).
    static QString shellQuote(const QString& value);
};

} // namespace sx
