#pragma once

#include "ApiCall.h"
#include "Job.h"

#include <QStringList>

namespace sx {

// The inverse of RequestBuilder::createJob: the wire parameters of a CreateJob (query and form
// body together) back into a Job, as the service reads them.
class JobFromParams
{
public:
    struct InvalidParam
    {
        QString name; // as received, e.g. "MaxConcurrency" or "ContactInfo.x.UserName"
        QString value;
        QString reason; // gateway-style English, e.g. "must be an integer"
    };

    struct Result
    {
        Job job;
        QList<InvalidParam> invalid; // a value of the wrong type, or a malformed ContactInfo key
        QStringList ignored; // names the API does not know; the gateway drops them silently
    };

    static Result convert(const ParamList& params);

    // "ContactInfo.<n>.<Field>" -> n (>= 1) and the field; false when the name is not of that shape.
    static bool parseContactKey(const QString& name, int* index, QString* field);
};

} // namespace sx
