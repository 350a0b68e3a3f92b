#pragma once

#include "SubmitResult.h"

#include <QCoreApplication>

namespace sx {

// Reads what the service answered into a SubmitResult: success, a refusal with its code and hint,
// or an answer that cannot be trusted (HTML from a proxy, empty, truncated, not JSON).
class ResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(ResponseParser)

public:
    // complete is false when the connection ended before the whole body arrived.
    static void parse(int httpStatus, const QByteArray& body, bool complete, SubmitResult* result);

    static bool isThrottling(const SubmitResult& result);
    // Plain-language advice for the common codes; empty when there is none.
    static QString hintFor(const QString& code, int httpStatus);
    static QString unknownOutcomeHint();
};

} // namespace sx
