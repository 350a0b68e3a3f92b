#pragma once

#include <QString>
#include <QVariant>

#include <array>
#include <optional>

namespace sx {

// Every CreateJob parameter (API 2019-04-30). Order is the order used when writing job files.
enum class Param {
    RegionId,
    Namespace,
    NamespaceSource,
    GroupId,
    Name,
    Description,
    JobType,
    ExecuteMode,
    Status,
    Priority,
    ClassName,
    Content,
    Parameters,
    XAttrs,
    TimeType,
    TimeExpression,
    Calendar,
    DataOffset,
    Timezone,
    MaxConcurrency,
    MaxAttempt,
    AttemptInterval,
    PageSize,
    ConsumerSize,
    QueueSize,
    DispatcherSize,
    TaskMaxAttempt,
    TaskAttemptInterval,
    Timeout,
    TimeoutEnable,
    TimeoutKillEnable,
    FailEnable,
    FailTimes,
    MissWorkerEnable,
    SuccessNoticeEnable,
    SendChannel,
    ContactInfo,
};

constexpr int ParamCount = static_cast<int>(Param::ContactInfo) + 1;

enum class ValueType { Text, Int32, Int64, Bool, Contacts };

// Where the official SDKs put a parameter in the CreateJob POST.
enum class Placement { Query, Body };

// When a parameter means anything; outside of it the request builder drops it.
enum class Scope {
    Always,
    JavaOnly, // ClassName
    MapReduceOnly, // parallel, grid, batch
    CronOnly, // Calendar, DataOffset
    ScheduledOnly, // TimeExpression: every TimeType but api
};

struct ParameterSpec
{
    Param param;
    const char* name; // the API's name, also the job file key
    ValueType type;
    bool required;
    QVariant defaultValue; // the documented default; null when none is documented
    Placement placement;
    Scope scope;
    const char* label; // translatable, context "Parameter"
};

class Parameters
{
public:
    static const ParameterSpec& spec(Param param);
    static const std::array<ParameterSpec, ParamCount>& all();
    static std::optional<Param> fromName(const QString& name);
    // A known parameter whose name differs only in case or punctuation, for "did you mean" hints.
    static std::optional<Param> closest(const QString& name);
    static QString name(Param param);
    static QString label(Param param); // translated
};

} // namespace sx
