#pragma once

#include "ApiCall.h"
#include "Job.h"

namespace sx {

// Turns a Job into the CreateJob call: only what is set and applies to the job's type, mode and
// time type; switches as lower-case true/false; ContactInfo flattened as ContactInfo.<n>.<Field>.
class RequestBuilder
{
public:
    static ApiCall createJob(const Job& job);

    // Whether a parameter means anything for this job (the form hides what does not).
    static bool applies(Param param, const Job& job);

    static ApiCall listNamespaces(const QString& regionId);
    static ApiCall listGroups(const QString& regionId, const QString& namespaceId);
};

} // namespace sx
