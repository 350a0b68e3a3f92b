#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace sx {

// Where CreateJob is sent: the public host, the VPC host, or a URL the operator gave.
enum class EndpointKind { Regional, Vpc, Explicit };

// The URL to send to, with path "/", or an empty (invalid) QUrl when there is none; endpointProblem() says why.
// Regional: schedulerx.<region>.aliyuncs.com for the four regions the SDKs map, else schedulerx.aliyuncs.com.
// Vpc: schedulerx-vpc.<region>.aliyuncs.com. Explicit: explicitUrl, https, or http only to a loopback host.
QUrl endpointFor(const QString& region, EndpointKind kind, const QUrl& explicitUrl = {});

// Empty when endpointFor() gives a URL, else a translated sentence that says what to fix.
QString endpointProblem(const QString& region, EndpointKind kind, const QUrl& explicitUrl = {});

// Empty when an explicit endpoint may be used: https anywhere, plain http only to a loopback host, and no
// user name, password, query or fragment. Else a translated sentence that says what to fix.
QString explicitEndpointProblem(const QUrl& url);
bool isLoopbackHost(const QString& host); // localhost, 127.0.0.0/8, ::1

// A region id as the API spells them: lower-case letters, digits and dashes ("cn-hangzhou").
bool isValidRegionId(const QString& region);

// Stable names for settings, JSON and the command line: "regional", "vpc", "explicit".
QString endpointKindName(EndpointKind kind);
std::optional<EndpointKind> endpointKindFromName(const QString& name);

class Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)
};

} // namespace sx
