#include "ResponseParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sx {

namespace {

// The SDKs accept both spellings (DARA reads Code|code, Message|message, RequestId|requestId).
QJsonValue either(const QJsonObject& o, const char* upper, const char* lower)
{
    const QJsonValue v = o.value(QLatin1String(upper));
    return v.isUndefined() ? o.value(QLatin1String(lower)) : v;
}

QString asText(const QJsonValue& v)
{
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QString snippet(const QByteArray& body)
{
    QString text = QString::fromUtf8(body.left(200)).simplified();
    return body.size() > 200 ? text + QStringLiteral("…") : text;
}

} // namespace

QByteArray ResponseParser::redactSecurityToken(const QByteArray& body)
{
    if (!body.contains("SecurityToken"))
        return body;
    // The value runs to the next parameter separator, once or twice percent-encoded, or to the end of the text.
    static const QRegularExpression token(QStringLiteral("(SecurityToken(?:%253D|%3D|=))(?:(?!%2526|%26|&|\"|\\s).)+"));
    QString text = QString::fromUtf8(body);
    text.replace(token, QStringLiteral("\\1<redacted>"));
    return text.toUtf8();
}

void ResponseParser::parse(
    int httpStatus, const QByteArray& rawBody, bool complete, SubmitResult* result, const QString& action)
{
    const QByteArray body = redactSecurityToken(rawBody);
    result->httpStatus = httpStatus;
    result->responseBody = body;

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!complete || error.error != QJsonParseError::NoError || !doc.isObject()) {
        // A 4xx without JSON is still a refusal by something in front of the service;
        // anything else may hide a job that was created.
        const bool refusedByGateway = complete && httpStatus >= 400 && httpStatus < 500;
        result->outcome = refusedByGateway ? Outcome::Refused : Outcome::Unknown;
        if (!complete)
            result->message = tr("The answer was cut off after %n byte(s).", nullptr, int(body.size()));
        else if (body.trimmed().isEmpty())
            result->message = tr("The service answered HTTP %1 with an empty body.").arg(httpStatus);
        else if (body.trimmed().startsWith('<'))
            result->message =
                tr("The service answered HTTP %1 with an HTML page, not JSON: %2").arg(httpStatus).arg(snippet(body));
        else
            result->message = tr("The service answered HTTP %1 with something that is not JSON: %2")
                                  .arg(httpStatus)
                                  .arg(snippet(body));
        if (result->outcome == Outcome::Unknown) {
            result->hint = unknownOutcomeHint();
        }
        return;
    }

    const QJsonObject o = doc.object();
    result->requestId = asText(either(o, "RequestId", "requestId"));
    result->code = asText(either(o, "Code", "code"));
    result->message = asText(either(o, "Message", "message"));
    result->recommend = asText(either(o, "Recommend", "recommend"));
    const QJsonValue denied = either(o, "AccessDeniedDetail", "accessDeniedDetail");
    if (denied.isObject() && !denied.toObject().isEmpty())
        result->accessDeniedDetail = QString::fromUtf8(QJsonDocument(denied.toObject()).toJson(QJsonDocument::Compact));

    const QJsonValue success = either(o, "Success", "success");
    const QJsonValue jobId = either(o, "Data", "data").toObject().value("JobId");
    const bool ok =
        httpStatus >= 200 && httpStatus < 300 && (success.isUndefined() ? result->code == "200" : success.toBool());
    if (ok && (jobId.isDouble() || jobId.isString())) {
        result->outcome = Outcome::Created;
        result->jobId = asText(jobId);
        return;
    }
    if (ok && !jobId.isUndefined()) {
        result->outcome = Outcome::Unknown; // success without a usable JobId
        result->message = tr("The service reported success but sent no JobId.");
        result->hint = unknownOutcomeHint();
        return;
    }
    if (ok) {
        result->outcome = Outcome::Created; // calls without a JobId (ListNamespaces, ListGroups)
        return;
    }

    // A 5xx means the service failed while handling the call: it may have created the job first.
    const bool serverFault = httpStatus >= 500 && !result->code.startsWith("Throttling");
    result->outcome = serverFault ? Outcome::Unknown : Outcome::Refused;
    static const QString marker = QStringLiteral("server string to sign is:");
    const int at = result->message.indexOf(marker);
    if (at >= 0)
        result->serverStringToSign = result->message.mid(at + marker.size()).trimmed();
    result->hint = hintFor(result->code, httpStatus, action);
    if (result->hint.isEmpty())
        result->hint = hintForMessage(result->message);
}

QString ResponseParser::hintForMessage(const QString& message)
{
    // The IDs are taken from the wording so that the advice names them.
    static const QRegularExpression noNamespace(QStringLiteral("^namespace can not find namespace: ([^,\\s]*)"));
    static const QRegularExpression noGroup(
        QStringLiteral("^groupid not exist groupId: (\\S*)(?: namespace: (\\S*))?"));
    if (const QRegularExpressionMatch match = noNamespace.match(message); match.hasMatch())
        return tr("No namespace %1 exists in this region. Choose one the service lists (the composer's namespace "
                  "field shows them), or check the region; a namespace made by another product also needs its "
                  "namespace source.")
            .arg(match.captured(1));
    if (const QRegularExpressionMatch match = noGroup.match(message); match.hasMatch()) {
        const QString where = match.captured(2).isEmpty() ? tr("the namespace") : match.captured(2);
        return tr("No application group %1 exists in %2. Choose one the service lists (the composer's group field "
                  "shows them), or check the namespace.")
            .arg(match.captured(1), where);
    }
    return {};
}

QString ResponseParser::unknownOutcomeHint()
{
    return tr("The job may or may not have been created. Check the job list in the SchedulerX console before "
              "submitting again.");
}

std::optional<QList<NamespaceSummary>> ResponseParser::namespaces(const QByteArray& body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue list = either(either(o, "Data", "data").toObject(), "Namespaces", "namespaces");
    if (!list.isArray())
        return std::nullopt;
    QList<NamespaceSummary> result;
    for (const QJsonValue& v : list.toArray()) {
        const QJsonObject n = v.toObject();
        result.append({asText(either(n, "UId", "uid")), asText(either(n, "Name", "name")),
                       asText(either(n, "Description", "description"))});
    }
    return result;
}

std::optional<QList<GroupSummary>> ResponseParser::groups(const QByteArray& body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue list = either(either(o, "Data", "data").toObject(), "AppGroups", "appGroups");
    if (!list.isArray())
        return std::nullopt;
    QList<GroupSummary> result;
    for (const QJsonValue& v : list.toArray()) {
        const QJsonObject g = v.toObject();
        GroupSummary group;
        group.groupId = asText(either(g, "GroupId", "groupId"));
        group.appName = asText(either(g, "AppName", "appName"));
        group.description = asText(either(g, "Description", "description"));
        group.appGroupId = asText(either(g, "AppGroupId", "appGroupId")).toLongLong();
        group.appVersion = asText(either(g, "AppVersion", "appVersion")).toInt();
        group.namespaceUid = asText(either(g, "Namespace", "namespace"));
        result.append(group);
    }
    return result;
}

bool ResponseParser::isThrottling(const SubmitResult& result)
{
    return result.outcome == Outcome::Refused && (result.code.startsWith("Throttling") || result.httpStatus == 429);
}

QString ResponseParser::hintFor(const QString& code, int httpStatus, const QString& action)
{
    const bool creates = action == QLatin1String("CreateJob");
    if (code == "SignatureDoesNotMatch" || code == "IncompleteSignature")
        return tr("The AccessKey secret does not match the AccessKey ID, or the request was changed on the way. "
                  "Check the secret of this profile; the server's string-to-sign is shown below.");
    if (code.startsWith("InvalidAccessKeyId"))
        return code.endsWith("Inactive")
            ? tr("This AccessKey is disabled. Enable it in the RAM console or use another.")
            : tr("The service does not know this AccessKey ID. Check the profile's AccessKey ID.");
    if (code == "InvalidTimeStamp.Expired")
        return tr("This computer's clock differs from the service's by more than 15 minutes. Correct the clock "
                  "(enable network time) and try again.");
    if (code == "SignatureNonceUsed")
        return creates ? tr("The request's nonce was used before. Submit again; a fresh nonce is made each time.")
                       : tr("The request's nonce was used before. Try again; a fresh nonce is made each time.");
    if (code.startsWith("InvalidSecurityToken"))
        return tr("The STS security token is invalid or has expired. Get a new token for this profile.");
    if (code.startsWith("Forbidden.RAM") || code == "Forbidden" || code == "NoPermission")
        return creates ? tr("This account may not create SchedulerX jobs. Grant the RAM permission "
                            "edas:CreateSchedulerxJob to the user or role.")
                       : tr("This account may not call %1. Grant the user or role SchedulerX's permission for it "
                            "in RAM.")
                             .arg(action);
    if (code.startsWith("Throttling") || httpStatus == 429)
        return creates ? tr("The service is limiting how often you may call it. Wait a little and submit again.")
                       : tr("The service is limiting how often you may call it. Wait a little and try again.");
    if (code == "InvalidApi.NotFound" || code == "InvalidAction")
        return tr("The endpoint does not offer this API. Check the region and the endpoint.");
    if (code.startsWith("MissingParameter") || code.startsWith("Missing"))
        return tr("A required parameter is missing.");
    if (code == "InternalError" || code == "ServiceUnavailable" || httpStatus >= 500)
        return creates ? tr("The service failed while handling the request. The job may or may not have been "
                            "created: check the job list in the SchedulerX console before submitting again.")
                       : tr("The service failed while handling the request. Try again later.");
    return {};
}

} // namespace sx
