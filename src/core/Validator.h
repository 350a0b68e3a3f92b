#pragma once

#include "Job.h"
#include "Problem.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sx {

// Every documented CreateJob rule, for each JobType, ExecuteMode and TimeType (schedulerx-api.md §1).
// Used offline by the CLI and the forms, and by the sandbox on its side of the wire.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    struct Options
    {
        QDateTime now; // for "one-time job in the past"; invalid means the current time
    };

    static Problems validate(const Job& job, const Options& options);
    static Problems validate(const Job& job);

private:
    class Collector;
    static void checkBasics(const Job& job, Collector& out);
    static void checkContent(const Job& job, Collector& out);
    static void checkHttpContent(const Job& job, Collector& out);
    static void checkTiming(const Job& job, const Options& options, Collector& out);
    static void checkExecution(const Job& job, Collector& out);
    static void checkAlerts(const Job& job, Collector& out);
};

} // namespace sx
