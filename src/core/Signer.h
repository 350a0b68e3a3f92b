#pragma once

#include "ApiCall.h"
#include "Credentials.h"
#include "SubmitResult.h"

#include <QDateTime>
#include <QUrl>

namespace sx {

// The per-request values that must be fresh each time; tests pin them.
struct SigningContext
{
    QDateTime timestamp; // UTC
    QString nonce;

    static SigningContext fresh(); // now, and a random 128-bit nonce
};

// Alibaba Cloud request signing: V3 ACS3-HMAC-SHA256 and V2 (RPC) HMAC-SHA1 (schedulerx-api.md §4).
// Knows nothing of sockets: it turns an ApiCall into the exact bytes to send.
class Signer
{
public:
    static SignedRequest sign(const ApiCall& call,
                              const QUrl& endpoint,
                              const Credentials& credentials,
                              SignatureVersion version,
                              const SigningContext& context);

    // RFC 3986 unreserved characters stay, everything else is %XX with uppercase hex (space is %20).
    static QByteArray percentEncode(const QString& value);
    // name=value pairs sorted by name (byte order), percent-encoded, joined with '&'.
    static QByteArray canonicalQuery(const ParamList& params);
    static QByteArray formBody(const ParamList& params);

    // V2 pieces, public for the known-answer tests and the sandbox's verification.
    static QByteArray v2StringToSign(const QByteArray& method, const ParamList& allParams);
    static QByteArray v2StringToSignFromCanonical(const QByteArray& method, const QByteArray& canonicalQuery);
    static QByteArray v2Signature(const QByteArray& stringToSign, const QString& secret); // base64

    // V3 pieces: the canonical request over the given (lower-case) headers, and the hex signature.
    static QByteArray
    v3CanonicalRequest(const QByteArray& method,
                       const QByteArray& canonicalQuery,
                       const QList<QPair<QByteArray, QByteArray>>& signedHeaders, // sorted, lower-case names
                       const QByteArray& hashedPayload);
    static QByteArray v3Signature(const QByteArray& canonicalRequest, const QString& secret); // hex
    static QByteArray sha256Hex(const QByteArray& data);
    static QByteArray hostHeader(const QUrl& url); // host[:port], as the HTTP client sends it

    static QString timestampText(const QDateTime& utc); // yyyy-MM-ddTHH:mm:ssZ
};

} // namespace sx
