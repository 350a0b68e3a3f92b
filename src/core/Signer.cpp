#include "Signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <algorithm>

namespace sx {

namespace {

ParamList sortedByName(ParamList params)
{
    // Byte order of the names: uppercase before lowercase (TimeType < Timeout < Timestamp).
    std::stable_sort(params.begin(), params.end(),
                     [](const auto& a, const auto& b) { return a.first.toUtf8() < b.first.toUtf8(); });
    return params;
}

QByteArray joinEncoded(const ParamList& params)
{
    QByteArray out;
    for (const auto& [name, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += Signer::percentEncode(name) + '=' + Signer::percentEncode(value);
    }
    return out;
}

} // namespace

SigningContext SigningContext::fresh()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    QByteArray nonce(reinterpret_cast<const char*>(words), sizeof(words));
    return {QDateTime::currentDateTimeUtc(), QString::fromLatin1(nonce.toHex())};
}

QByteArray Signer::percentEncode(const QString& value)
{
    // Qt's default exclusion set is exactly ALPHA / DIGIT / "-._~", with uppercase hex.
    return value.toUtf8().toPercentEncoding();
}

QByteArray Signer::canonicalQuery(const ParamList& params)
{
    return joinEncoded(sortedByName(params));
}

QByteArray Signer::formBody(const ParamList& params)
{
    return joinEncoded(sortedByName(params));
}

QByteArray Signer::v2StringToSign(const QByteArray& method, const ParamList& allParams)
{
    return method + "&%2F&" + percentEncode(QString::fromLatin1(canonicalQuery(allParams)));
}

QByteArray Signer::v2Signature(const QByteArray& stringToSign, const QString& secret)
{
    return QMessageAuthenticationCode::hash(stringToSign, (secret + '&').toUtf8(), QCryptographicHash::Sha1).toBase64();
}

QByteArray Signer::v3CanonicalRequest(const QByteArray& method,
                                      const QByteArray& canonicalQuery,
                                      const QList<QPair<QByteArray, QByteArray>>& signedHeaders,
                                      const QByteArray& hashedPayload)
{
    QByteArray headerBlock;
    QByteArray names;
    for (const auto& [name, value] : signedHeaders) {
        headerBlock += name + ':' + value.trimmed() + '\n';
        names += (names.isEmpty() ? "" : ";") + name;
    }
    return method + "\n/\n" + canonicalQuery + '\n' + headerBlock + '\n' + names + '\n' + hashedPayload;
}

QByteArray Signer::v3Signature(const QByteArray& canonicalRequest, const QString& secret)
{
    const QByteArray stringToSign = "ACS3-HMAC-SHA256\n" + sha256Hex(canonicalRequest);
    return QMessageAuthenticationCode::hash(stringToSign, secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QByteArray Signer::sha256Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray Signer::hostHeader(const QUrl& url)
{
    const bool defaultPort = url.port() < 0 || (url.scheme() == "https" && url.port() == 443) ||
        (url.scheme() == "http" && url.port() == 80);
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (url.host().contains(':'))
        host = '[' + host + ']'; // IPv6 literal
    return defaultPort ? host : host + ':' + QByteArray::number(url.port());
}

QString Signer::timestampText(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

SignedRequest Signer::sign(const ApiCall& call,
                           const QUrl& endpoint,
                           const Credentials& credentials,
                           SignatureVersion version,
                           const SigningContext& context)
{
    SignedRequest request;
    request.method = call.method;
    request.body = call.body.isEmpty() ? QByteArray() : formBody(call.body);
    QUrl url = endpoint;
    url.setPath(QStringLiteral("/"));
    const QByteArray host = hostHeader(url);

    if (version == SignatureVersion::V2) {
        ParamList urlParams = call.query;
        urlParams += {
            {"AccessKeyId", credentials.accessKeyId},
            {"Action", call.action},
            {"Format", call.format},
            {"SignatureMethod", "HMAC-SHA1"},
            {"SignatureNonce", context.nonce},
            {"SignatureVersion", "1.0"},
            {"Timestamp", timestampText(context.timestamp)},
            {"Version", call.version},
        };
        if (!credentials.securityToken.isEmpty())
            urlParams.append({"SecurityToken", credentials.securityToken});
        const QByteArray signature =
            v2Signature(v2StringToSign(call.method, urlParams + call.body), credentials.accessKeySecret);
        const QByteArray query =
            canonicalQuery(urlParams) + "&Signature=" + percentEncode(QString::fromLatin1(signature));
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
        request.headers.append(qMakePair(QByteArray("host"), host));
        if (!request.body.isEmpty())
            request.headers.append(
                qMakePair(QByteArray("content-type"), QByteArray("application/x-www-form-urlencoded")));
        request.url = url;
        return request;
    }

    const QByteArray query = canonicalQuery(call.query);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    const QByteArray payloadHash = sha256Hex(request.body);
    // Already in byte order of the lower-case names, which is what the canonical form needs.
    QList<QPair<QByteArray, QByteArray>> signedHeaders;
    if (!request.body.isEmpty())
        signedHeaders.append(qMakePair(QByteArray("content-type"), QByteArray("application/x-www-form-urlencoded")));
    signedHeaders += {
        {"host", host},
        {"x-acs-action", call.action.toUtf8()},
        {"x-acs-content-sha256", payloadHash},
        {"x-acs-date", timestampText(context.timestamp).toLatin1()},
    };
    if (!credentials.securityToken.isEmpty())
        signedHeaders.append({"x-acs-security-token", credentials.securityToken.toUtf8()});
    signedHeaders += {
        {"x-acs-signature-nonce", context.nonce.toUtf8()},
        {"x-acs-version", call.version.toUtf8()},
    };
    const QByteArray signature =
        v3Signature(v3CanonicalRequest(call.method, query, signedHeaders, payloadHash), credentials.accessKeySecret);
    QByteArray names;
    for (const auto& h : signedHeaders)
        names += (names.isEmpty() ? "" : ";") + h.first;
    request.headers = signedHeaders;
    request.headers.append({"authorization",
                            "ACS3-HMAC-SHA256 Credential=" + credentials.accessKeyId.toUtf8() +
                                ",SignedHeaders=" + names + ",Signature=" + signature});
    request.url = url;
    return request;
}

} // namespace sx
