#include "HttpRequestParser.h"

#include <QTest>

using namespace sx;

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeRequest();
    void byteByByte();
    void pipelined();
    void bareLineFeedsAndLeadingBlankLines();
    void keepAlive_data();
    void keepAlive();
    void malformed_data();
    void malformed();
    void headerSectionTooLarge();
    void noBodyWithoutContentLength();
};

namespace {
const QByteArray kRequest = "POST /?RegionId=cn-hangzhou&A=%20b HTTP/1.1\r\n"
                            "Host: 127.0.0.1:8080\r\n"
                            "Content-Type: application/x-www-form-urlencoded\r\n"
                            "X-Acs-Action:   CreateJob  \r\n"
                            "Content-Length: 11\r\n"
                            "\r\n"
                            "Name=a&b=%2";
} // namespace

void TestHttpRequestParser::wholeRequest()
{
    HttpRequestParser parser;
    QCOMPARE(parser.feed(kRequest), HttpRequestParser::State::Complete);
    const HttpRequest r = parser.takeRequest();
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.target, QByteArray("/?RegionId=cn-hangzhou&A=%20b"));
    QCOMPARE(r.path, QByteArray("/"));
    QCOMPARE(r.query, QByteArray("RegionId=cn-hangzhou&A=%20b"));
    QCOMPARE(r.version, QByteArray("HTTP/1.1"));
    QCOMPARE(r.header("x-acs-action"), QByteArray("CreateJob")); // name lower-cased, value trimmed
    QCOMPARE(r.header("host"), QByteArray("127.0.0.1:8080"));
    QCOMPARE(r.body, QByteArray("Name=a&b=%2"));
    QCOMPARE(parser.state(), HttpRequestParser::State::NeedMore);
    QVERIFY(!parser.hasBufferedData());
}

void TestHttpRequestParser::byteByByte()
{
    HttpRequestParser parser;
    for (qsizetype i = 0; i < kRequest.size() - 1; ++i)
        QCOMPARE(parser.feed(kRequest.mid(i, 1)), HttpRequestParser::State::NeedMore);
    QCOMPARE(parser.feed(kRequest.right(1)), HttpRequestParser::State::Complete);
    QCOMPARE(parser.takeRequest().body, QByteArray("Name=a&b=%2"));
}

void TestHttpRequestParser::pipelined()
{
    HttpRequestParser parser;
    const QByteArray second = "GET /x HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n";
    QCOMPARE(parser.feed(kRequest + second + "GET /partial"), HttpRequestParser::State::Complete);
    QCOMPARE(parser.takeRequest().method, QByteArray("POST"));
    QCOMPARE(parser.feed({}), HttpRequestParser::State::Complete);
    const HttpRequest r = parser.takeRequest();
    QCOMPARE(r.path, QByteArray("/x"));
    QVERIFY(!r.keepAlive());
    QCOMPARE(parser.feed({}), HttpRequestParser::State::NeedMore);
    QVERIFY(parser.hasBufferedData());
    QVERIFY(parser.takeRequest().method.isEmpty()); // nothing complete to take
}

void TestHttpRequestParser::bareLineFeedsAndLeadingBlankLines()
{
    HttpRequestParser parser;
    QCOMPARE(parser.feed("\r\n\r\nGET / HTTP/1.1\nHost: h\nContent-Length: 2\n\nok"),
             HttpRequestParser::State::Complete);
    const HttpRequest r = parser.takeRequest();
    QCOMPARE(r.header("host"), QByteArray("h"));
    QCOMPARE(r.body, QByteArray("ok"));
}

void TestHttpRequestParser::keepAlive_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("1.1 default") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n\r\n") << true;
    QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nConnection: Close\r\n\r\n") << false;
    QTest::newRow("1.0 default") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
    QTest::newRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n") << true;
}

void TestHttpRequestParser::keepAlive()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, keepAlive);
    HttpRequestParser parser;
    QCOMPARE(parser.feed(head), HttpRequestParser::State::Complete);
    QCOMPARE(parser.takeRequest().keepAlive(), keepAlive);
}

void TestHttpRequestParser::malformed_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("garbage") << QByteArray("GARBAGE\r\n\r\n") << 400;
    QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
    QTest::newRow("not a path") << QByteArray("GET x HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
    QTest::newRow("no version") << QByteArray("GET / FTP/1.1\r\nHost: h\r\n\r\n") << 400;
    QTest::newRow("http/2") << QByteArray("GET / HTTP/2.0\r\nHost: h\r\n\r\n") << 505;
    QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nBroken\r\n\r\n") << 400;
    QTest::newRow("space in name") << QByteArray("GET / HTTP/1.1\r\nHost : h\r\n\r\n") << 400;
    QTest::newRow("folded") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n more\r\n\r\n") << 400;
    QTest::newRow("length not a number") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1x\r\n\r\n")
                                         << 400;
    QTest::newRow("negative length") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n") << 400;
    QTest::newRow("conflicting lengths")
        << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") << 400;
    QTest::newRow("body too large") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2000000\r\n\r\n")
                                    << 413;
    QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n") << 501;
}

void TestHttpRequestParser::malformed()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    HttpRequestParser parser;
    QCOMPARE(parser.feed(request), HttpRequestParser::State::Error);
    QCOMPARE(parser.errorStatus(), status);
    QVERIFY(!parser.errorMessage().isEmpty());
    QCOMPARE(parser.feed("GET / HTTP/1.1\r\nHost: h\r\n\r\n"), HttpRequestParser::State::Error); // stays failed
}

void TestHttpRequestParser::headerSectionTooLarge()
{
    HttpRequestParser parser(64, 1024);
    QCOMPARE(parser.feed("GET / HTTP/1.1\r\nHost: h\r\n"), HttpRequestParser::State::NeedMore);
    QCOMPARE(parser.feed("X-Long: " + QByteArray(100, 'a')), HttpRequestParser::State::Error);
    QCOMPARE(parser.errorStatus(), 431);
}

void TestHttpRequestParser::noBodyWithoutContentLength()
{
    HttpRequestParser parser;
    QCOMPARE(parser.feed("POST / HTTP/1.1\r\nHost: h\r\n\r\n"), HttpRequestParser::State::Complete);
    QVERIFY(parser.takeRequest().body.isEmpty());
}

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "TestHttpRequestParser.moc"
