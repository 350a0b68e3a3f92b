#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

namespace sx {

// The exact HTTP request as signed (or as it would be sent by a dry run).
struct SignedRequest
{
    QByteArray method; // "POST"
    QUrl url; // with the query string
    QList<QPair<QByteArray, QByteArray>> headers; // in sending order
    QByteArray body; // application/x-www-form-urlencoded

    QByteArray header(const QByteArray& name) const; // case-insensitive; empty when absent
    // Printable form (method, URL, headers, body); the security token is redacted.
    QString toDisplayText() const;
};

// Every way a CreateJob call can end.
enum class Outcome {
    Created, // the service answered with a JobId
    Refused, // the service answered with an error; nothing was created
    Unknown, // the request may have reached the service but no usable answer came back
    Failed, // the request never left (DNS, refused connection, TLS, bad endpoint)
};

QString outcomeName(Outcome outcome); // created, refused, unknown, failed (stable, for JSON and history)

struct SubmitResult
{
    Outcome outcome = Outcome::Failed;
    int httpStatus = 0; // 0 when no HTTP answer came
    QString jobId;
    QString requestId;
    QString code; // the service's Code, number or string, as text
    QString message; // the service's Message, or what went wrong locally
    QString recommend; // the service's Recommend link, when given
    QString accessDeniedDetail; // compact JSON, when given
    QString serverStringToSign; // echoed by SignatureDoesNotMatch
    QString hint; // plain-language advice for common codes (translated)
    QByteArray responseBody; // as received, possibly truncated or not JSON
    int attempts = 0; // > 1 only after throttling refusals
    qint64 durationMs = 0;
    SignedRequest request; // the last request sent
};

} // namespace sx

Q_DECLARE_METATYPE(sx::SubmitResult)
