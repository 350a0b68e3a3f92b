#pragma once

#include "SubmitResult.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace sx {

// One entry of ListNamespaces' Data.Namespaces (schedulerx-api.md §5).
struct NamespaceSummary
{
    QString uid; // what CreateJob's Namespace takes
    QString name;
    QString description;

    bool operator==(const NamespaceSummary&) const = default;
};

// One entry of ListGroups' Data.AppGroups. AppKey is left out on purpose: it lets a worker connect to the
// group, so it is treated like a credential and never kept.
struct GroupSummary
{
    QString groupId; // what CreateJob's GroupId takes
    QString appName;
    QString description;
    qint64 appGroupId = 0;
    int appVersion = 0; // 1 basic, 2 professional; 0 when not given
    QString namespaceUid;

    bool operator==(const GroupSummary&) const = default;
};

// Reads what the service answered into a SubmitResult: success, a refusal with its code and hint,
// or an answer that cannot be trusted (HTML from a proxy, empty, truncated, not JSON).
class ResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(ResponseParser)

public:
    // complete is false when the connection ended before the whole body arrived. action words the hints.
    static void parse(int httpStatus,
                      const QByteArray& body,
                      bool complete,
                      SubmitResult* result,
                      const QString& action = QStringLiteral("CreateJob"));

    static bool isThrottling(const SubmitResult& result);
    // The answer with any echoed STS token cut out: a V2 SignatureDoesNotMatch quotes the server's string to
    // sign, which holds the SecurityToken parameter. Applied before anything is parsed, shown or recorded.
    static QByteArray redactSecurityToken(const QByteArray& body);
    // Plain-language advice for the common codes; empty when there is none.
    // Worded for the action: only CreateJob creates anything, or has a RAM permission we know the name of.
    static QString hintFor(const QString& code, int httpStatus, const QString& action = QStringLiteral("CreateJob"));
    static QString unknownOutcomeHint();
    // Advice for the business failures the service words but gives no code of their own ("namespace can not
    // find namespace: …", "groupid not exist groupId: …"); empty for any other message.
    static QString hintForMessage(const QString& message);

    // The namespaces of a ListNamespaces answer; nullopt when the body holds no Data.Namespaces array.
    static std::optional<QList<NamespaceSummary>> namespaces(const QByteArray& body);
    // The application groups of a ListGroups answer; nullopt when the body holds no Data.AppGroups array.
    static std::optional<QList<GroupSummary>> groups(const QByteArray& body);
};

} // namespace sx
