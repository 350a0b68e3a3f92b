#include "HttpRequestParser.h"

namespace sx {

namespace {

// RFC 9110 tchar: what a method or a header name may consist of.
bool isToken(const QByteArray& text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool hasControlCharacters(const QByteArray& value)
{
    for (char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return true;
    }
    return false;
}

} // namespace

QByteArray HttpRequest::header(const QByteArray& lowerName) const
{
    for (const auto& [name, value] : headers) {
        if (name == lowerName)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray& lowerName) const
{
    for (const auto& h : headers) {
        if (h.first == lowerName)
            return true;
    }
    return false;
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("connection").toLower();
    if (version == "HTTP/1.0")
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

HttpRequestParser::HttpRequestParser(qsizetype maxHeaderBytes, qsizetype maxBodyBytes)
    : m_maxHeaderBytes(maxHeaderBytes)
    , m_maxBodyBytes(maxBodyBytes)
{
}

HttpRequestParser::State HttpRequestParser::state() const
{
    return m_state;
}

int HttpRequestParser::errorStatus() const
{
    return m_errorStatus;
}

QString HttpRequestParser::errorMessage() const
{
    return m_errorMessage;
}

bool HttpRequestParser::hasBufferedData() const
{
    return !m_buffer.isEmpty();
}

HttpRequestParser::State HttpRequestParser::fail(int status, const QString& message)
{
    m_state = State::Error;
    m_errorStatus = status;
    m_errorMessage = message;
    m_buffer.clear();
    return m_state;
}

HttpRequestParser::State HttpRequestParser::feed(const QByteArray& data)
{
    if (m_state == State::Error)
        return m_state;
    m_buffer += data;
    if (m_state == State::Complete)
        return m_state;

    if (!m_haveHead) {
        // RFC 9112 §2.2: ignore empty lines before the request line (left over from a previous body).
        qsizetype skip = 0;
        while (skip < m_buffer.size() && (m_buffer[skip] == '\r' || m_buffer[skip] == '\n'))
            ++skip;
        if (skip > 0)
            m_buffer.remove(0, skip);

        const qsizetype crlf = m_buffer.indexOf("\r\n\r\n");
        const qsizetype lf = m_buffer.indexOf("\n\n");
        qsizetype headEnd = -1;
        qsizetype bodyStart = -1;
        if (crlf >= 0 && (lf < 0 || crlf < lf)) {
            headEnd = crlf;
            bodyStart = crlf + 4;
        } else if (lf >= 0) {
            headEnd = lf;
            bodyStart = lf + 2;
        }
        if (headEnd < 0) {
            if (m_buffer.size() > m_maxHeaderBytes)
                return fail(
                    431, QStringLiteral("The request header section is larger than %1 bytes.").arg(m_maxHeaderBytes));
            return m_state;
        }
        if (headEnd > m_maxHeaderBytes)
            return fail(431,
                        QStringLiteral("The request header section is larger than %1 bytes.").arg(m_maxHeaderBytes));
        if (parseHead(headEnd, bodyStart) == State::Error)
            return m_state;
    }

    if (m_buffer.size() - m_bodyStart < m_contentLength)
        return m_state;
    m_request.body = m_buffer.mid(m_bodyStart, m_contentLength);
    m_state = State::Complete;
    return m_state;
}

HttpRequestParser::State HttpRequestParser::parseHead(qsizetype headEnd, qsizetype bodyStart)
{
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    auto stripCr = [](QByteArray line) {
        if (line.endsWith('\r'))
            line.chop(1);
        return line;
    };

    HttpRequest request;
    const QList<QByteArray> parts = stripCr(lines.first()).split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty())
        return fail(400, QStringLiteral("The request line is not \"METHOD TARGET HTTP/1.1\"."));
    request.method = parts[0];
    request.target = parts[1];
    request.version = parts[2];
    if (!request.version.startsWith("HTTP/"))
        return fail(400, QStringLiteral("The request line has no HTTP version."));
    if (request.version != "HTTP/1.1" && request.version != "HTTP/1.0")
        return fail(505, QStringLiteral("Only HTTP/1.0 and HTTP/1.1 are supported."));

    QByteArray target = request.target;
    if (target.startsWith("http://") || target.startsWith("https://")) {
        // Absolute form, as sent to a proxy: keep only the path and query.
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    if (!target.startsWith('/') || hasControlCharacters(target))
        return fail(400, QStringLiteral("The request target is not a path."));
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    request.query = question < 0 ? QByteArray() : target.mid(question + 1);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = stripCr(lines[i]);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, QStringLiteral("Folded header lines are not allowed."));
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon < 0 ? QByteArray() : line.left(colon);
        if (!isToken(name))
            return fail(400, QStringLiteral("Malformed header line %1.").arg(i + 1));
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (hasControlCharacters(value))
            return fail(400, QStringLiteral("Control characters in header \"%1\".").arg(QString::fromLatin1(name)));
        request.headers.append({name.toLower(), value});
    }

    if (request.version == "HTTP/1.1" && !request.hasHeader("host"))
        return fail(400, QStringLiteral("An HTTP/1.1 request needs a Host header."));
    if (request.hasHeader("transfer-encoding"))
        return fail(501, QStringLiteral("Transfer-Encoding is not supported; send Content-Length."));

    qsizetype contentLength = 0;
    bool haveLength = false;
    for (const auto& [name, value] : request.headers) {
        if (name != "content-length")
            continue;
        bool digits = !value.isEmpty() && value.size() <= 15;
        for (char c : value)
            digits = digits && c >= '0' && c <= '9';
        if (!digits)
            return fail(400, QStringLiteral("Content-Length is not a number."));
        const qsizetype length = value.toLongLong();
        if (haveLength && length != contentLength)
            return fail(400, QStringLiteral("Conflicting Content-Length headers."));
        contentLength = length;
        haveLength = true;
    }
    if (contentLength > m_maxBodyBytes)
        return fail(413, QStringLiteral("The request body is larger than %1 bytes.").arg(m_maxBodyBytes));

    m_request = request;
    m_haveHead = true;
    m_bodyStart = bodyStart;
    m_contentLength = contentLength;
    return m_state;
}

HttpRequest HttpRequestParser::takeRequest()
{
    if (m_state != State::Complete)
        return {};
    HttpRequest request = std::move(m_request);
    m_buffer.remove(0, m_bodyStart + m_contentLength);
    m_request = {};
    m_haveHead = false;
    m_bodyStart = 0;
    m_contentLength = 0;
    m_state = State::NeedMore;
    return request;
}

} // namespace sx
