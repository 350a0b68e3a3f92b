#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace sx {

using ParamList = QList<QPair<QString, QString>>;

// One RPC call before signing: the action and its business parameters, already flattened
// (ContactInfo.1.UserName ...) and placed where the official SDKs place them.
struct ApiCall
{
    QString action; // e.g. CreateJob
    QString version = QStringLiteral("2019-04-30");
    QByteArray method = "POST";
    QString format = QStringLiteral("JSON"); // V2's Format parameter
    ParamList query;
    ParamList body; // sent as application/x-www-form-urlencoded; empty means no body
};

} // namespace sx
