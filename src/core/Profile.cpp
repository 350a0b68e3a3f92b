#include "Profile.h"

#include <QRegularExpression>

namespace sx {

QUrl Profile::endpoint() const
{
    return endpointFor(region, endpointKind, explicitEndpoint);
}

QString Profile::problem() const
{
    if (!isValidProfileName(name))
        return ProfileText::tr("\"%1\" is not a usable profile name: use 1 to 64 letters, digits, dots, dashes or "
                               "underscores.")
            .arg(name);
    if (!isValidRegionId(region))
        return region.isEmpty()
            ? ProfileText::tr("Profile \"%1\" has no region; give one such as cn-hangzhou.").arg(name)
            : ProfileText::tr("\"%1\" is not a region id; they look like cn-hangzhou.").arg(region);
    if (accessKeyId.trimmed().isEmpty())
        return ProfileText::tr("Profile \"%1\" has no AccessKey ID.").arg(name);
    if (connectTimeoutMs <= 0 || totalTimeoutMs <= 0)
        return ProfileText::tr("Profile \"%1\" has a timeout that is not a positive number.").arg(name);
    return endpointProblem(region, endpointKind, explicitEndpoint);
}

QString authModeName(AuthMode mode)
{
    return mode == AuthMode::Sts ? QStringLiteral("StsToken") : QStringLiteral("AccessKey");
}

std::optional<AuthMode> authModeFromName(const QString& name)
{
    if (name.compare(u"AccessKey", Qt::CaseInsensitive) == 0 || name.compare(u"AK", Qt::CaseInsensitive) == 0)
        return AuthMode::AccessKey;
    if (name.compare(u"StsToken", Qt::CaseInsensitive) == 0 || name.compare(u"sts", Qt::CaseInsensitive) == 0)
        return AuthMode::Sts;
    return std::nullopt;
}

QString signatureVersionName(SignatureVersion version)
{
    return version == SignatureVersion::V2 ? QStringLiteral("v2") : QStringLiteral("v3");
}

std::optional<SignatureVersion> signatureVersionFromName(const QString& name)
{
    if (name.compare(u"v3", Qt::CaseInsensitive) == 0)
        return SignatureVersion::V3;
    if (name.compare(u"v2", Qt::CaseInsensitive) == 0)
        return SignatureVersion::V2;
    return std::nullopt;
}

bool isValidProfileName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

} // namespace sx
