#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace sx {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One HTTP/1.1 request as received: header names lower-cased, values trimmed, in received order.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // the raw request-target, e.g. "/?RegionId=cn-hangzhou"
    QByteArray path; // target before '?'
    QByteArray query; // raw, after '?', still percent-encoded
    QByteArray version; // "HTTP/1.1" or "HTTP/1.0"
    HeaderList headers;
    QByteArray body;

    QByteArray header(const QByteArray& lowerName) const; // first value; empty when absent
    bool hasHeader(const QByteArray& lowerName) const;
    bool keepAlive() const; // HTTP/1.1 unless "Connection: close"; HTTP/1.0 only with keep-alive
};

// Incremental parser for requests arriving in arbitrary pieces over one connection. Only
// Content-Length bodies: chunked uploads are refused (501) because no Alibaba Cloud SDK sends them.
class HttpRequestParser
{
public:
    enum class State { NeedMore, Complete, Error };

    static constexpr qsizetype DefaultMaxHeaderBytes = 32 * 1024;
    static constexpr qsizetype DefaultMaxBodyBytes = 1024 * 1024;

    explicit HttpRequestParser(qsizetype maxHeaderBytes = DefaultMaxHeaderBytes,
                               qsizetype maxBodyBytes = DefaultMaxBodyBytes);

    // Appends the bytes and parses as far as possible. An empty feed re-parses what is buffered.
    State feed(const QByteArray& data);
    State state() const;

    // The finished request; bytes after it stay buffered for the next one (pipelining).
    HttpRequest takeRequest();

    // After State::Error: the status to answer with (400, 413, 431, 501, 505) and why.
    int errorStatus() const;
    QString errorMessage() const;

    bool hasBufferedData() const;

private:
    State fail(int status, const QString& message);
    State parseHead(qsizetype headEnd, qsizetype bodyStart);

    qsizetype m_maxHeaderBytes;
    qsizetype m_maxBodyBytes;
    QByteArray m_buffer;
    State m_state = State::NeedMore;
    bool m_haveHead = false;
    qsizetype m_bodyStart = 0;
    qsizetype m_contentLength = 0;
    HttpRequest m_request;
    int m_errorStatus = 0;
    QString m_errorMessage;
};

} // namespace sx
