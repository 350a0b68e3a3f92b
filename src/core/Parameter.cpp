#include "Parameter.h"

#include <QCoreApplication>
#include <QHash>

namespace sx {

namespace {

using enum ValueType;
using enum Placement;
using enum Scope;

// The one table of CreateJob facts (schedulerx-api.md §1.2). Defaults are the documented ones.
const std::array<ParameterSpec, ParamCount> kSpecs = {{
    {Param::RegionId, "RegionId", Text, true, {}, Query, Always, QT_TRANSLATE_NOOP("Parameter", "Region")},
    {Param::Namespace, "Namespace", Text, true, {}, Body, Always, QT_TRANSLATE_NOOP("Parameter", "Namespace")},
    {Param::NamespaceSource,
     "NamespaceSource",
     Text,
     false,
     {},
     Body,
     Always,
     QT_TRANSLATE_NOOP("Parameter", "Namespace source")},
    {Param::GroupId, "GroupId", Text, true, {}, Body, Always, QT_TRANSLATE_NOOP("Parameter", "Application group")},
    {Param::Name, "Name", Text, true, {}, Body, Always, QT_TRANSLATE_NOOP("Parameter", "Job name")},
    {Param::Description, "Description", Text, false, {}, Body, Always, QT_TRANSLATE_NOOP("Parameter", "Description")},
    {Param::JobType, "JobType", Text, true, {}, Body, Always, QT_TRANSLATE_NOOP("Parameter", "Job type")},
    {Param::ExecuteMode, "ExecuteMode", Text, true, {}, Body, Always, QT_TRANSLATE_NOOP("Parameter", "Execute mode")},
    {Param::Status, "Status", Int32, false, 1, Body, Always, QT_TRANSLATE_NOOP("Parameter", "Status")},
    {Param::Priority, "Priority", Int32, false, {}, Query, Always, QT_TRANSLATE_NOOP("Parameter", "Priority")},
    {Param::ClassName, "ClassName", Text, false, {}, Body, JavaOnly, QT_TRANSLATE_NOOP("Parameter", "Class name")},
    {Param::Content, "Content", Text, false, {}, Body, Always, QT_TRANSLATE_NOOP("Parameter", "Content")},
    {Param::Parameters, "Parameters", Text, false, {}, Body, Always, QT_TRANSLATE_NOOP("Parameter", "Parameters")},
    {Param::XAttrs, "XAttrs", Text, false, {}, Body, Always, QT_TRANSLATE_NOOP("Parameter", "Extended attributes")},
    {Param::TimeType, "TimeType", Int32, true, {}, Body, Always, QT_TRANSLATE_NOOP("Parameter", "Time type")},
    {Param::TimeExpression,
     "TimeExpression",
     Text,
     false,
     {},
     Body,
     ScheduledOnly,
     QT_TRANSLATE_NOOP("Parameter", "Time expression")},
    {Param::Calendar, "Calendar", Text, false, {}, Body, CronOnly, QT_TRANSLATE_NOOP("Parameter", "Calendar")},
    {Param::DataOffset, "DataOffset", Int32, false, {}, Body, CronOnly, QT_TRANSLATE_NOOP("Parameter", "Data offset")},
    {Param::Timezone, "Timezone", Text, false, {}, Body, Always, QT_TRANSLATE_NOOP("Parameter", "Time zone")},
    {Param::MaxConcurrency, "MaxConcurrency", Int32, false, 1, Body, Always,
     QT_TRANSLATE_NOOP("Parameter", "Maximum concurrent instances")},
    {Param::MaxAttempt, "MaxAttempt", Int32, false, 0, Body, Always, QT_TRANSLATE_NOOP("Parameter", "Retries")},
    {Param::AttemptInterval, "AttemptInterval", Int32, false, 30, Body, Always,
     QT_TRANSLATE_NOOP("Parameter", "Retry interval")},
    {Param::PageSize, "PageSize", Int32, false, 100, Body, MapReduceOnly,
     QT_TRANSLATE_NOOP("Parameter", "Sub-tasks per pull")},
    {Param::ConsumerSize, "ConsumerSize", Int32, false, 5, Body, MapReduceOnly,
     QT_TRANSLATE_NOOP("Parameter", "Threads per worker")},
    {Param::QueueSize, "QueueSize", Int32, false, 10000, Body, MapReduceOnly,
     QT_TRANSLATE_NOOP("Parameter", "Sub-task queue size")},
    {Param::DispatcherSize, "DispatcherSize", Int32, false, 5, Body, MapReduceOnly,
     QT_TRANSLATE_NOOP("Parameter", "Dispatcher threads")},
    {Param::TaskMaxAttempt, "TaskMaxAttempt", Int32, false, 0, Body, MapReduceOnly,
     QT_TRANSLATE_NOOP("Parameter", "Sub-task retries")},
    {Param::TaskAttemptInterval, "TaskAttemptInterval", Int32, false, 0, Body, MapReduceOnly,
     QT_TRANSLATE_NOOP("Parameter", "Sub-task retry interval")},
    {Param::Timeout, "Timeout", Int64, false, 7200, Body, Always, QT_TRANSLATE_NOOP("Parameter", "Timeout")},
    {Param::TimeoutEnable,
     "TimeoutEnable",
     Bool,
     false,
     {},
     Body,
     Always,
     QT_TRANSLATE_NOOP("Parameter", "Alert on timeout")},
    {Param::TimeoutKillEnable, "TimeoutKillEnable", Bool, false, false, Body, Always,
     QT_TRANSLATE_NOOP("Parameter", "Stop on timeout")},
    {Param::FailEnable,
     "FailEnable",
     Bool,
     false,
     {},
     Body,
     Always,
     QT_TRANSLATE_NOOP("Parameter", "Alert on failure")},
    {Param::FailTimes,
     "FailTimes",
     Int32,
     false,
     {},
     Body,
     Always,
     QT_TRANSLATE_NOOP("Parameter", "Consecutive failures before alert")},
    {Param::MissWorkerEnable,
     "MissWorkerEnable",
     Bool,
     false,
     {},
     Body,
     Always,
     QT_TRANSLATE_NOOP("Parameter", "Alert when no worker is available")},
    {Param::SuccessNoticeEnable,
     "SuccessNoticeEnable",
     Bool,
     false,
     {},
     Body,
     Always,
     QT_TRANSLATE_NOOP("Parameter", "Notify on success")},
    {Param::SendChannel, "SendChannel", Text, false, QStringLiteral("sms"), Body, Always,
     QT_TRANSLATE_NOOP("Parameter", "Alert channels")},
    {Param::ContactInfo, "ContactInfo", Contacts, false, {}, Body, Always, QT_TRANSLATE_NOOP("Parameter", "Contacts")},
}};

QString squashed(const QString& name)
{
    QString out;
    for (QChar c : name) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

} // namespace

const ParameterSpec& Parameters::spec(Param param)
{
    return kSpecs[static_cast<int>(param)];
}

const std::array<ParameterSpec, ParamCount>& Parameters::all()
{
    return kSpecs;
}

std::optional<Param> Parameters::fromName(const QString& name)
{
    static const QHash<QString, Param> byName = [] {
        QHash<QString, Param> h;
        for (const auto& s : kSpecs)
            h.insert(QString::fromLatin1(s.name), s.param);
        return h;
    }();
    auto it = byName.constFind(name);
    if (it == byName.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<Param> Parameters::closest(const QString& name)
{
    const QString key = squashed(name);
    for (const auto& s : kSpecs) {
        if (squashed(QString::fromLatin1(s.name)) == key)
            return s.param;
    }
    return std::nullopt;
}

QString Parameters::name(Param param)
{
    return QString::fromLatin1(spec(param).name);
}

QString Parameters::label(Param param)
{
    return QCoreApplication::translate("Parameter", spec(param).label);
}

} // namespace sx
