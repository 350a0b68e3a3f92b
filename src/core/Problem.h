#pragma once

#include "Parameter.h"

#include <QList>
#include <QString>

namespace sx {

enum class Severity { Error, Warning };

// One finding of the validator, at the field it belongs to.
struct Problem
{
    Param param; // the field, for markers in forms
    QString path; // e.g. "Name", "ContactInfo[2].UserMail", "Content.url"
    Severity severity = Severity::Error;
    QString code; // stable, e.g. "required", "timeExpression.fixedRate"
    QString message; // translated

    bool isError() const
    {
        return severity == Severity::Error;
    }
};

using Problems = QList<Problem>;

inline bool hasErrors(const Problems& problems)
{
    for (const Problem& p : problems) {
        if (p.isError())
            return true;
    }
    return false;
}

} // namespace sx
