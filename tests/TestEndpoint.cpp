#include "Endpoint.h"

#include <QTest>

using namespace sx;

class TestEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regionalHosts_data();
    void regionalHosts();
    void vpcHost();
    void refusesBadRegion_data();
    void refusesBadRegion();
    void explicitUrl_data();
    void explicitUrl();
    void kindNamesRoundTrip();
};

void TestEndpoint::regionalHosts_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("url");
    QTest::newRow("hangzhou") << "cn-hangzhou"
                              << "https://schedulerx.cn-hangzhou.aliyuncs.com/";
    QTest::newRow("shanghai") << "cn-shanghai"
                              << "https://schedulerx.cn-shanghai.aliyuncs.com/";
    QTest::newRow("beijing") << "cn-beijing"
                             << "https://schedulerx.cn-beijing.aliyuncs.com/";
    QTest::newRow("shenzhen") << "cn-shenzhen"
                              << "https://schedulerx.cn-shenzhen.aliyuncs.com/";
    // Every other region goes to the single public host; the region travels as RegionId.
    QTest::newRow("qingdao") << "cn-qingdao"
                             << "https://schedulerx.aliyuncs.com/";
    QTest::newRow("singapore") << "ap-southeast-1"
                               << "https://schedulerx.aliyuncs.com/";
    QTest::newRow("hongkong") << "cn-hongkong"
                              << "https://schedulerx.aliyuncs.com/";
}

void TestEndpoint::regionalHosts()
{
    QFETCH(QString, region);
    QFETCH(QString, url);
    QCOMPARE(endpointFor(region, EndpointKind::Regional, {}).toString(), url);
    QVERIFY(endpointProblem(region, EndpointKind::Regional, {}).isEmpty());
    // An explicit URL given alongside is ignored unless the kind asks for it.
    QCOMPARE(endpointFor(region, EndpointKind::Regional, QUrl("https://other.example/")).toString(), url);
}

void TestEndpoint::vpcHost()
{
    QCOMPARE(endpointFor("cn-hangzhou", EndpointKind::Vpc).toString(),
             QString("https://schedulerx-vpc.cn-hangzhou.aliyuncs.com/"));
    QCOMPARE(endpointFor("ap-southeast-1", EndpointKind::Vpc).toString(),
             QString("https://schedulerx-vpc.ap-southeast-1.aliyuncs.com/"));
}

void TestEndpoint::refusesBadRegion_data()
{
    QTest::addColumn<QString>("region");
    QTest::newRow("empty") << "";
    QTest::newRow("upper") << "CN-HANGZHOU";
    QTest::newRow("host injection") << "evil.com/x";
    QTest::newRow("dot") << "cn.hangzhou";
    QTest::newRow("trailing dash") << "cn-";
    QTest::newRow("space") << "cn hangzhou";
}

void TestEndpoint::refusesBadRegion()
{
    QFETCH(QString, region);
    for (const EndpointKind kind : {EndpointKind::Regional, EndpointKind::Vpc}) {
        QVERIFY(endpointFor(region, kind).isEmpty());
        QVERIFY(!endpointProblem(region, kind).isEmpty());
    }
}

void TestEndpoint::explicitUrl_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("https") << "https://schedulerx.example.com/"
                           << "https://schedulerx.example.com/";
    QTest::newRow("https, no path") << "https://schedulerx.example.com"
                                    << "https://schedulerx.example.com/";
    QTest::newRow("https, port") << "https://h.example:8443/api"
                                 << "https://h.example:8443/api";
    QTest::newRow("upper-case scheme") << "HTTPS://h.example/"
                                       << "https://h.example/";
    QTest::newRow("http localhost") << "http://localhost:8080/"
                                    << "http://localhost:8080/";
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:9/"
                                    << "http://127.0.0.1:9/";
    QTest::newRow("http 127.1.2.3") << "http://127.1.2.3/"
                                    << "http://127.1.2.3/";
    QTest::newRow("http ::1") << "http://[::1]:5000"
                              << "http://[::1]:5000/";
    QTest::newRow("http remote") << "http://schedulerx.aliyuncs.com/"
                                 << "";
    QTest::newRow("http private lan") << "http://192.168.1.5/"
                                      << "";
    QTest::newRow("http localhost lookalike") << "http://localhost.evil.com/"
                                              << "";
    QTest::newRow("ftp") << "ftp://localhost/"
                         << "";
    QTest::newRow("no scheme") << "schedulerx.aliyuncs.com"
                               << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("user info") << "https://ak:secret@h.example/"
                               << "";
    QTest::newRow("query") << "https://h.example/?a=b"
                           << "";
}

void TestEndpoint::explicitUrl()
{
    QFETCH(QString, given);
    QFETCH(QString, expected);
    const QUrl url = endpointFor("cn-hangzhou", EndpointKind::Explicit, QUrl(given));
    QCOMPARE(url.toString(), expected);
    const QString problem = endpointProblem("cn-hangzhou", EndpointKind::Explicit, QUrl(given));
    QCOMPARE(problem.isEmpty(), !expected.isEmpty());
    // The region does not matter for an explicit URL.
    QCOMPARE(endpointFor({}, EndpointKind::Explicit, QUrl(given)).toString(), expected);
    // Never echo a password found in a URL.
    QVERIFY(!problem.contains("secret"));
}

void TestEndpoint::kindNamesRoundTrip()
{
    for (const EndpointKind kind : {EndpointKind::Regional, EndpointKind::Vpc, EndpointKind::Explicit})
        QCOMPARE(endpointKindFromName(endpointKindName(kind)), std::optional(kind));
    QCOMPARE(endpointKindName(EndpointKind::Vpc), QString("vpc"));
    QVERIFY(!endpointKindFromName("public"));
}

QTEST_APPLESS_MAIN(TestEndpoint)
#include "TestEndpoint.moc"
