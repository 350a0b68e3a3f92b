#include "Signer.h"

#include "Digest.h"

#include <QRandomGenerator>
#include <QVarLengthArray>

#include <algorithm>

namespace sx {

namespace {

constexpr char kHex[] = "0123456789ABCDEF";

inline bool isUnreserved(unsigned c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
        c == '.' || c == '~';
}

inline void appendByte(char*& o, unsigned c)
{
    if (isUnreserved(c)) {
        *o++ = char(c);
    } else {
        *o++ = '%';
        *o++ = kHex[c >> 4];
        *o++ = kHex[c & 0xF];
    }
}

// Percent-encodes UTF-16 text as UTF-8 straight into out, without intermediate strings: signing a
// CreateJob encodes some eighty names and values, and the allocations were most of its cost.
void appendEncoded(QByteArray& out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size() * 9); // a UTF-16 unit is at most 3 UTF-8 bytes, each at most "%XX"
    char* o = out.data() + start;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode()))
            c = QChar::surrogateToUcs4(char16_t(c), text[++i].unicode());
        else if (QChar::isSurrogate(c))
            c = 0xFFFD; // a lone surrogate, as QString::toUtf8() would write it
        if (c < 0x80) {
            appendByte(o, c);
        } else if (c < 0x800) {
            appendByte(o, 0xC0 | (c >> 6));
            appendByte(o, 0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            appendByte(o, 0xE0 | (c >> 12));
            appendByte(o, 0x80 | ((c >> 6) & 0x3F));
            appendByte(o, 0x80 | (c & 0x3F));
        } else {
            appendByte(o, 0xF0 | (c >> 18));
            appendByte(o, 0x80 | ((c >> 12) & 0x3F));
            appendByte(o, 0x80 | ((c >> 6) & 0x3F));
            appendByte(o, 0x80 | (c & 0x3F));
        }
    }
    out.truncate(o - out.constData());
}

void appendEncodedBytes(QByteArray& out, QByteArrayView bytes)
{
    const qsizetype start = out.size();
    out.resize(start + bytes.size() * 3);
    char* o = out.data() + start;
    for (const char ch : bytes)
        appendByte(o, static_cast<unsigned char>(ch));
    out.truncate(o - out.constData());
}

// name=value pairs in byte order of the names: uppercase before lowercase (TimeType < Timeout < Timestamp).
// API names are ASCII, where UTF-16 order is byte order, so they compare without conversion.
QByteArray joinEncoded(const ParamList& params)
{
    QVarLengthArray<const QPair<QString, QString>*, 64> order;
    qsizetype length = 0;
    for (const auto& p : params) {
        order.append(&p);
        length += p.first.size() + p.second.size() + 2;
    }
    std::stable_sort(order.begin(), order.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
    QByteArray out;
    out.reserve(length * 2);
    for (const auto* p : order) {
        if (!out.isEmpty())
            out += '&';
        appendEncoded(out, p->first);
        out += '=';
        appendEncoded(out, p->second);
    }
    return out;
}

// Days since 1970-01-01 to a civil date (H. Hinnant's algorithm); QDateTime's own conversion is slow.
void civilFromDays(qint64 days, int* year, int* month, int* day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = int(yoe + era * 400 + (*month <= 2 ? 1 : 0));
}

// Merges two canonical query strings ("a=1&c=3", "b=2") into one, by name. Encoded names and values hold no
// raw '&' or '=', and encoded ASCII names keep their byte order.
QByteArray mergeCanonical(QByteArrayView left, QByteArrayView right)
{
    if (left.isEmpty())
        return right.toByteArray();
    if (right.isEmpty())
        return left.toByteArray();
    QByteArray out;
    out.reserve(left.size() + right.size() + 1);
    auto next = [](QByteArrayView& rest) {
        const qsizetype amp = rest.indexOf('&');
        const QByteArrayView pair = amp < 0 ? rest : rest.first(amp);
        rest = amp < 0 ? QByteArrayView() : rest.sliced(amp + 1);
        return pair;
    };
    auto name = [](QByteArrayView pair) { return pair.first(qMax<qsizetype>(0, pair.indexOf('='))); };
    QByteArrayView a = next(left);
    QByteArrayView b = next(right);
    while (!a.isEmpty() || !b.isEmpty()) {
        const bool takeA = b.isEmpty() || (!a.isEmpty() && name(a) < name(b));
        if (!out.isEmpty())
            out += '&';
        if (takeA) {
            out += a;
            a = next(left);
        } else {
            out += b;
            b = next(right);
        }
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
    QByteArray out;
    appendEncoded(out, value);
    return out;
}

QByteArray Signer::canonicalQuery(const ParamList& params)
{
    return joinEncoded(params);
}

QByteArray Signer::formBody(const ParamList& params)
{
    return joinEncoded(params);
}

QByteArray Signer::v2StringToSign(const QByteArray& method, const ParamList& allParams)
{
    return v2StringToSignFromCanonical(method, canonicalQuery(allParams));
}

QByteArray Signer::v2StringToSignFromCanonical(const QByteArray& method, const QByteArray& canonicalQuery)
{
    QByteArray out = method + "&%2F&";
    appendEncodedBytes(out, canonicalQuery);
    return out;
}

QByteArray Signer::v2Signature(const QByteArray& stringToSign, const QString& secret)
{
    return Digest::forThread(Digest::Algorithm::Sha1).hmac((secret + '&').toUtf8(), stringToSign).toBase64();
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
    return Digest::forThread(Digest::Algorithm::Sha256).hmac(secret.toUtf8(), stringToSign).toHex();
}

QByteArray Signer::sha256Hex(const QByteArray& data)
{
    return Digest::forThread(Digest::Algorithm::Sha256).hash(data).toHex();
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
    // By hand: QDateTime's formatting and time-zone conversion cost more than a V3 signature's text.
    const qint64 secs = utc.toSecsSinceEpoch();
    const qint64 days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    const int daySecond = int(secs - days * 86400);
    int year = 0, month = 0, day = 0;
    civilFromDays(days, &year, &month, &day);
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day, daySecond / 3600,
                             (daySecond / 60) % 60, daySecond % 60);
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
        // The URL's and the body's canonical strings are each sorted already: merge them rather than
        // encoding and sorting every parameter a second time.
        QByteArray query = canonicalQuery(urlParams);
        const QByteArray signature = v2Signature(
            v2StringToSignFromCanonical(call.method, mergeCanonical(query, request.body)), credentials.accessKeySecret);
        query += "&Signature=";
        appendEncodedBytes(query, signature);
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
