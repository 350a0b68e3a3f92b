#include "RequestBuilder.h"

#include "JobKinds.h"

namespace sx {

namespace {

QString wireValue(const QVariant& value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

} // namespace

bool RequestBuilder::applies(Param param, const Job& job)
{
    switch (Parameters::spec(param).scope) {
    case Scope::Always:
        return true;
    case Scope::JavaOnly:
        return job.text(Param::JobType) == "java";
    case Scope::MapReduceOnly:
        return JobKinds::isMapReduceMode(job.text(Param::ExecuteMode));
    case Scope::CronOnly:
        return job.number(Param::TimeType, -1) == JobKinds::Cron;
    case Scope::ScheduledOnly:
        return job.number(Param::TimeType, -1) != JobKinds::Api;
    }
    return true;
}

ApiCall RequestBuilder::createJob(const Job& job)
{
    ApiCall call;
    call.action = QStringLiteral("CreateJob");
    for (const auto& spec : Parameters::all()) {
        if (!job.has(spec.param) || !applies(spec.param, job))
            continue;
        ParamList& target = spec.placement == Placement::Query ? call.query : call.body;
        if (spec.type == ValueType::Contacts) {
            int n = 0;
            for (const Contact& c : job.contacts()) {
                if (c.isEmpty())
                    continue;
                const QString prefix = QStringLiteral("ContactInfo.%1.").arg(++n);
                const std::pair<const char*, QString> fields[] = {
                    {"UserName", c.userName}, {"UserPhone", c.userPhone}, {"UserMail", c.userMail}, {"Ding", c.ding}};
                for (const auto& [field, value] : fields) {
                    if (!value.isEmpty())
                        target.append({prefix + QLatin1String(field), value});
                }
            }
            continue;
        }
        const QString value = wireValue(job.value(spec.param));
        if (!value.isEmpty())
            target.append({QString::fromLatin1(spec.name), value});
    }
    return call;
}

ApiCall RequestBuilder::listNamespaces(const QString& regionId)
{
    ApiCall call;
    call.action = QStringLiteral("ListNamespaces");
    call.query = {{"RegionId", regionId}};
    return call;
}

ApiCall RequestBuilder::listGroups(const QString& regionId, const QString& namespaceId)
{
    ApiCall call;
    call.action = QStringLiteral("ListGroups");
    call.query = {{"Namespace", namespaceId}, {"RegionId", regionId}};
    return call;
}

} // namespace sx
