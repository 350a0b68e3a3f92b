#include "Endpoint.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace sx {

namespace {

// The SDKs hard-map only these regions to a regional host; every other region uses the single public host.
bool hasRegionalHost(const QString& region)
{
    return region == u"cn-hangzhou" || region == u"cn-shanghai" || region == u"cn-beijing" || region == u"cn-shenzhen";
}

} // namespace

bool isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString explicitEndpointProblem(const QUrl& url)
{
    if (url.isEmpty())
        return Endpoint::tr("No endpoint URL was given.");
    if (!url.isValid() || url.host().isEmpty())
        return Endpoint::tr("The endpoint \"%1\" is not a valid URL; give one like https://host/.")
            .arg(url.toDisplayString());
    // A user name or password in the URL would end up in logs and history.
    if (!url.userInfo().isEmpty())
        return Endpoint::tr("The endpoint URL must not hold a user name or password.");
    if (url.hasQuery() || url.hasFragment())
        return Endpoint::tr("The endpoint URL must not have a query or a fragment.");
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme == u"http") {
        if (isLoopbackHost(url.host()))
            return {};
        return Endpoint::tr("Plain http is only allowed to this computer (localhost); use https for \"%1\".")
            .arg(url.host());
    }
    return Endpoint::tr("The endpoint URL must start with https:// (or http:// to localhost), not \"%1\".")
        .arg(url.scheme());
}

bool isValidRegionId(const QString& region)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return region.size() <= 64 && pattern.match(region).hasMatch();
}

QString endpointProblem(const QString& region, EndpointKind kind, const QUrl& explicitUrl)
{
    switch (kind) {
    case EndpointKind::Explicit:
        return explicitEndpointProblem(explicitUrl);
    case EndpointKind::Regional:
    case EndpointKind::Vpc:
        if (region.isEmpty())
            return Endpoint::tr("No region is set; give one such as cn-hangzhou.");
        // The region becomes part of a host name: refuse anything that could change which host.
        if (!isValidRegionId(region))
            return Endpoint::tr("\"%1\" is not a region id; they look like cn-hangzhou.").arg(region);
        return {};
    }
    return Endpoint::tr("Unknown endpoint kind.");
}

QUrl endpointFor(const QString& region, EndpointKind kind, const QUrl& explicitUrl)
{
    if (!endpointProblem(region, kind, explicitUrl).isEmpty())
        return {};
    QUrl url;
    switch (kind) {
    case EndpointKind::Explicit:
        url = explicitUrl.adjusted(QUrl::NormalizePathSegments);
        url.setScheme(url.scheme().toLower());
        if (url.path().isEmpty())
            url.setPath(QStringLiteral("/"));
        return url;
    case EndpointKind::Regional:
        url.setHost(hasRegionalHost(region) ? QStringLiteral("schedulerx.%1.aliyuncs.com").arg(region)
                                            : QStringLiteral("schedulerx.aliyuncs.com"));
        break;
    case EndpointKind::Vpc:
        url.setHost(QStringLiteral("schedulerx-vpc.%1.aliyuncs.com").arg(region));
        break;
    }
    url.setScheme(QStringLiteral("https"));
    url.setPath(QStringLiteral("/"));
    return url;
}

QString endpointKindName(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::Regional:
        return QStringLiteral("regional");
    case EndpointKind::Vpc:
        return QStringLiteral("vpc");
    case EndpointKind::Explicit:
        return QStringLiteral("explicit");
    }
    return {};
}

std::optional<EndpointKind> endpointKindFromName(const QString& name)
{
    const QString n = name.toLower();
    if (n == u"regional")
        return EndpointKind::Regional;
    if (n == u"vpc")
        return EndpointKind::Vpc;
    if (n == u"explicit")
        return EndpointKind::Explicit;
    return std::nullopt;
}

} // namespace sx
