#include "Validator.h"

#include "JobKinds.h"
#include "Placeholders.h"
#include "ValidatorCollector.h"

#include <QRegularExpression>

#include <limits>

namespace sx {

Problems Validator::validate(const Job& job)
{
    return validate(job, {});
}

Problems Validator::validate(const Job& job, const Options& options)
{
    Collector out;
    // A template field left as "${NAME}" (Placeholders): one error per use, naming it, at its field.
    for (const PlaceholderUse& use : Placeholders::unfilledUses(job)) {
        out.error(use.param, "placeholder.unfilled",
                  tr("%1 holds the placeholder ${%2}: give it a value (--set %2=VALUE).").arg(use.key, use.name),
                  use.key);
    }
    checkBasics(job, out);
    checkContent(job, out);
    checkTiming(job, options, out);
    checkExecution(job, out);
    checkAlerts(job, out);
    return out.take();
}

void Validator::checkBasics(const Job& job, Collector& out)
{
    for (const auto& spec : Parameters::all()) {
        if (spec.required && job.text(spec.param).trimmed().isEmpty())
            out.error(spec.param, "required", tr("%1 is required.").arg(QString::fromLatin1(spec.name)));
    }

    const QString jobType = job.text(Param::JobType);
    if (!jobType.isEmpty() && !JobKinds::jobTypes().contains(jobType)) {
        out.error(Param::JobType, "jobType.unknown",
                  tr("JobType \"%1\" is not one of %2.").arg(jobType, JobKinds::jobTypes().join(", ")));
    }

    const QString region = job.text(Param::RegionId);
    static const QRegularExpression regionShape(QStringLiteral("^[a-z]{2,}(-[a-z0-9]+)+$"));
    if (!region.isEmpty() && !regionShape.match(region).hasMatch())
        out.error(Param::RegionId, "regionId.format",
                  tr("RegionId \"%1\" is not a region ID such as cn-hangzhou.").arg(region));

    if (job.has(Param::Status) && job.number(Param::Status) != 0 && job.number(Param::Status) != 1)
        out.error(Param::Status, "status.range", tr("Status must be 1 (enabled) or 0 (disabled)."));

    if (job.has(Param::Priority) && !QList<qint64> {1, 5, 10, 15}.contains(job.number(Param::Priority))) {
        out.warning(Param::Priority, "priority.unusual",
                    tr("Priority is usually 1 (low), 5 (medium), 10 (high) or 15 (very high)."));
    }
}

void Validator::checkExecution(const Job& job, Collector& out)
{
    const QString mode = job.text(Param::ExecuteMode);
    const QString jobType = job.text(Param::JobType);
    if (!mode.isEmpty() && !JobKinds::executeModes().contains(mode)) {
        out.error(Param::ExecuteMode, "executeMode.unknown",
                  tr("ExecuteMode \"%1\" is not one of %2.").arg(mode, JobKinds::executeModes().join(", ")));
    } else if (!mode.isEmpty() && JobKinds::jobTypes().contains(jobType) &&
               !JobKinds::executeModesFor(jobType).contains(mode)) {
        out.warning(Param::ExecuteMode, "executeMode.unsupportedForType",
                    tr("ExecuteMode \"%1\" is not documented for %2 jobs, which run as %3.")
                        .arg(mode, jobType, JobKinds::executeModesFor(jobType).join(", ")));
    }

    struct Range
    {
        Param param;
        qint64 min;
        qint64 max;
    };
    const qint64 noLimit = std::numeric_limits<qint64>::max();
    const Range ranges[] = {
        {Param::MaxConcurrency, 1, 200},          {Param::MaxAttempt, 0, noLimit},
        {Param::AttemptInterval, 0, noLimit},     {Param::PageSize, 1, noLimit},
        {Param::ConsumerSize, 1, noLimit},        {Param::QueueSize, 1, noLimit},
        {Param::DispatcherSize, 1, noLimit},      {Param::TaskMaxAttempt, 0, 10},
        {Param::TaskAttemptInterval, 0, noLimit}, {Param::Timeout, 1, noLimit},
        {Param::FailTimes, 1, noLimit},           {Param::DataOffset, 0, noLimit},
    };
    for (const Range& r : ranges) {
        if (!job.has(r.param))
            continue;
        const qint64 n = job.number(r.param);
        if (n >= r.min && n <= r.max)
            continue;
        const QString name = Parameters::name(r.param);
        const QString message = r.max == noLimit
            ? tr("%1 must be %2 or more, not %3.").arg(name).arg(r.min).arg(n)
            : tr("%1 must be between %2 and %3, not %4.").arg(name).arg(r.min).arg(r.max).arg(n);
        out.error(r.param, "range", message);
    }

    if (!JobKinds::isMapReduceMode(mode)) {
        for (Param p : {Param::PageSize, Param::ConsumerSize, Param::QueueSize, Param::DispatcherSize,
                        Param::TaskMaxAttempt, Param::TaskAttemptInterval}) {
            if (job.has(p)) {
                out.warning(p, "mapReduce.ignored",
                            tr("%1 applies only to the parallel, grid and batch modes; it will not be sent.")
                                .arg(Parameters::name(p)));
            }
        }
    }
}

} // namespace sx
