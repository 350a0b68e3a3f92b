#include "ResponseParser.h"

#include <QTest>

using namespace sx;

class TestResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void echoedSecurityTokenIsRedacted();
    void success();
    void gatewayErrorWithStringCode();
    void businessErrorWithNumericCode();
    void accessDeniedDetail();
    void shapes_data();
    void shapes();
    void hints_data();
    void hints();
    void hintsForReadingCallsPromiseNoJob();
    void throttlingIsRecognised();
    void namespacesOfListNamespaces();
    void groupsOfListGroups();
};

void TestResponseParser::success()
{
    SubmitResult r;
    ResponseParser::parse(
        200,
        R"({"Code":200,"Message":"message","RequestId":"39090022-1F3B-4797-8518-6B61095F1AF0","Success":true,"Data":{"JobId":92583}})",
        true, &r);
    QCOMPARE(r.outcome, Outcome::Created);
    QCOMPARE(r.jobId, QString("92583"));
    QCOMPARE(r.requestId, QString("39090022-1F3B-4797-8518-6B61095F1AF0"));
    QCOMPARE(r.code, QString("200"));
}

void TestResponseParser::gatewayErrorWithStringCode()
{
    SubmitResult r;
    ResponseParser::parse(400,
                          R"({"RequestId":"1DD9","HostId":"schedulerx.aliyuncs.com","Code":"SignatureDoesNotMatch",
            "Message":"Specified signature is not matched with our calculation. server string to sign is:POST&%2F&AccessKeyId%3Dx",
            "Recommend":"https://error-center.aliyun.com/status/search?Keyword=SignatureDoesNotMatch&source=PopGw"})",
                          true, &r);
    QCOMPARE(r.outcome, Outcome::Refused);
    QCOMPARE(r.code, QString("SignatureDoesNotMatch"));
    QCOMPARE(r.serverStringToSign, QString("POST&%2F&AccessKeyId%3Dx"));
    QVERIFY(r.recommend.startsWith("https://error-center"));
    QVERIFY(r.hint.contains("secret"));
}

void TestResponseParser::businessErrorWithNumericCode()
{
    SubmitResult r;
    ResponseParser::parse(
        200, R"({"code":500,"success":false,"message":"groupid not exist groupId: g","requestId":"R1"})", true, &r);
    QCOMPARE(r.outcome, Outcome::Refused);
    QCOMPARE(r.code, QString("500"));
    QCOMPARE(r.message, QString("groupid not exist groupId: g"));
    QCOMPARE(r.requestId, QString("R1"));
    QVERIFY2(r.hint.startsWith("No application group g exists in the namespace."), qPrintable(r.hint)); // worded

    // (Not a raw string: moc reads the word "namespace" in one as C++.)
    ResponseParser::parse(200, "{\"Code\":500,\"Success\":false,\"Message\":\"namespace can not find namespace: x\"}",
                          true, &r);
    QVERIFY2(r.hint.startsWith("No namespace x exists in this region."), qPrintable(r.hint));
}

void TestResponseParser::accessDeniedDetail()
{
    SubmitResult r;
    ResponseParser::parse(403,
                          R"({"Code":"Forbidden.RAM","Message":"User not authorized","RequestId":"R",
            "AccessDeniedDetail":{"AuthAction":"edas:CreateSchedulerxJob","NoPermissionType":"ImplicitDeny"}})",
                          true, &r);
    QCOMPARE(r.outcome, Outcome::Refused);
    QVERIFY(r.accessDeniedDetail.contains("edas:CreateSchedulerxJob"));
    QVERIFY(r.hint.contains("edas:CreateSchedulerxJob"));
}

void TestResponseParser::shapes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("html 502") << 502 << QByteArray("<html><body>502 Bad Gateway</body></html>") << true
                              << Outcome::Unknown << "HTML";
    QTest::newRow("html 403 from a proxy")
        << 403 << QByteArray("<html>denied</html>") << true << Outcome::Refused << "HTML";
    QTest::newRow("empty 200") << 200 << QByteArray() << true << Outcome::Unknown << "empty";
    QTest::newRow("plain text 200") << 200 << QByteArray("OK") << true << Outcome::Unknown << "not JSON";
    QTest::newRow("truncated") << 200 << QByteArray(R"({"Code":200,"Succ)") << false << Outcome::Unknown << "cut off";
    QTest::newRow("json array") << 200 << QByteArray("[1]") << true << Outcome::Unknown << "not JSON";
    QTest::newRow("success without JobId value")
        << 200 << QByteArray(R"({"Success":true,"Data":{"JobId":null}})") << true << Outcome::Unknown << "no JobId";
    QTest::newRow("500 json") << 500 << QByteArray(R"({"Code":"InternalError","Message":"boom"})") << true
                              << Outcome::Unknown << "boom";
}

void TestResponseParser::shapes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, complete);
    QFETCH(Outcome, outcome);
    QFETCH(QString, messagePart);
    SubmitResult r;
    ResponseParser::parse(status, body, complete, &r);
    QCOMPARE(r.outcome, outcome);
    QVERIFY2(r.message.contains(messagePart), qPrintable(r.message));
    QCOMPARE(r.responseBody, body);
    if (outcome == Outcome::Unknown)
        QVERIFY(r.hint.contains("may or may not"));
}

void TestResponseParser::hints_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("hintPart");
    QTest::newRow("unknown key") << "InvalidAccessKeyId.NotFound"
                                 << "AccessKey ID";
    QTest::newRow("inactive key") << "InvalidAccessKeyId.Inactive"
                                  << "disabled";
    QTest::newRow("clock") << "InvalidTimeStamp.Expired"
                           << "clock";
    QTest::newRow("ram") << "Forbidden.RAM"
                         << "edas:CreateSchedulerxJob";
    QTest::newRow("throttling") << "Throttling.User"
                                << "limiting";
    QTest::newRow("sts") << "InvalidSecurityToken.Expired"
                         << "token";
    QTest::newRow("nonce") << "SignatureNonceUsed"
                           << "nonce";
}

void TestResponseParser::hints()
{
    QFETCH(QString, code);
    QFETCH(QString, hintPart);
    QVERIFY(ResponseParser::hintFor(code, 400).contains(hintPart));
}

void TestResponseParser::hintsForReadingCallsPromiseNoJob()
{
    // A refused ListNamespaces (the connection test, the namespace picker) creates nothing and needs another
    // permission than CreateJob's.
    const QString forbidden = ResponseParser::hintFor("Forbidden.RAM", 403, "ListNamespaces");
    QVERIFY2(forbidden.contains("ListNamespaces"), qPrintable(forbidden));
    QVERIFY(!forbidden.contains("CreateSchedulerxJob"));
    const QString failed = ResponseParser::hintFor("InternalError", 500, "ListGroups");
    QVERIFY2(!failed.contains("job"), qPrintable(failed));
    QVERIFY(!ResponseParser::hintFor("Throttling.User", 400, "ListGroups").contains("submit"));
    SubmitResult result;
    ResponseParser::parse(403, R"({"Code":"Forbidden.RAM","Message":"denied"})", true, &result, "ListNamespaces");
    QCOMPARE(result.hint, forbidden);
}

void TestResponseParser::throttlingIsRecognised()
{
    SubmitResult r;
    ResponseParser::parse(400, R"({"Code":"Throttling.User","Message":"Request was denied due to user flow control."})",
                          true, &r);
    QVERIFY(ResponseParser::isThrottling(r));
    SubmitResult other;
    ResponseParser::parse(400, R"({"Code":"InvalidParameter","Message":"x"})", true, &other);
    QVERIFY(!ResponseParser::isThrottling(other));
}

void TestResponseParser::namespacesOfListNamespaces()
{
    const auto list = ResponseParser::namespaces(
        R"({"Code":200,"Success":true,"RequestId":"R1","Data":{"Namespaces":[
            {"UId":"adcfc35d-e2fe-4fe9-bbaa-20e90ffc1234","Name":"prod","Description":"Production"},
            {"UId":"2b9e4d0a","Name":"staging"}]}})");
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).uid, QString("adcfc35d-e2fe-4fe9-bbaa-20e90ffc1234"));
    QCOMPARE(list->at(0).name, QString("prod"));
    QCOMPARE(list->at(0).description, QString("Production"));
    QCOMPARE(list->at(1).name, QString("staging"));
    QVERIFY(list->at(1).description.isEmpty());

    const auto none = ResponseParser::namespaces(R"({"Success":true,"Data":{"Namespaces":[]}})");
    QVERIFY(none);
    QVERIFY(none->isEmpty());
    // Not a ListNamespaces answer: no list rather than an empty one.
    QVERIFY(!ResponseParser::namespaces(R"({"Success":true,"Data":{"JobId":1}})"));
    QVERIFY(!ResponseParser::namespaces("<html>502</html>"));
}

void TestResponseParser::groupsOfListGroups()
{
    const auto list = ResponseParser::groups(
        R"({"Code":200,"Success":true,"RequestId":"R2","Data":{"AppGroups":[
            {"GroupId":"testSchedulerx.defaultGroup","AppName":"testSchedulerx","AppGroupId":56001,"AppKey":"k0==",
             "AppVersion":2,"Description":"Default","EnableLog":true,"Namespace":"adcfc35d"},
            {"GroupId":"billing.reportGroup","AppGroupId":"56002"}]}})");
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).groupId, QString("testSchedulerx.defaultGroup"));
    QCOMPARE(list->at(0).appName, QString("testSchedulerx"));
    QCOMPARE(list->at(0).description, QString("Default"));
    QCOMPARE(list->at(0).appGroupId, 56001);
    QCOMPARE(list->at(0).appVersion, 2);
    QCOMPARE(list->at(0).namespaceUid, QString("adcfc35d"));
    QCOMPARE(list->at(1).appGroupId, 56002); // a number sent as text
    QCOMPARE(list->at(1).appVersion, 0);
    QVERIFY(list->at(1).appName.isEmpty());

    // The lower-case spelling some SDKs accept.
    const auto lower = ResponseParser::groups(R"({"success":true,"data":{"appGroups":[{"groupId":"g1"}]}})");
    QVERIFY(lower);
    QCOMPARE(lower->size(), 1);
    QCOMPARE(lower->first().groupId, QString("g1"));

    const auto none = ResponseParser::groups(R"({"Success":true,"Data":{"AppGroups":[]}})");
    QVERIFY(none);
    QVERIFY(none->isEmpty());
    // Not a ListGroups answer: no list rather than an empty one.
    QVERIFY(!ResponseParser::groups(R"({"Success":true,"Data":{"Namespaces":[]}})"));
    QVERIFY(!ResponseParser::groups("<html>502</html>"));
}

void TestResponseParser::echoedSecurityTokenIsRedacted()
{
    // A V2 SignatureDoesNotMatch quotes the server's string to sign, STS token included (twice encoded).
    const QByteArray body =
        R"({"RequestId":"R1","Code":"SignatureDoesNotMatch","Message":"Specified signature is not matched with our )"
        R"(calculation. server string to sign is:POST&%2F&AccessKeyId%3DSTS.abc%26SecurityToken%3DCAIS%252Bsecret)"
        R"(%252Ftoken%253D%253D%26SignatureMethod%3DHMAC-SHA1"})";
    SubmitResult result;
    ResponseParser::parse(400, body, true, &result);
    QCOMPARE(result.code, QString("SignatureDoesNotMatch"));
    for (const QString& text : {result.message, result.serverStringToSign, QString::fromUtf8(result.responseBody)}) {
        QVERIFY2(!text.contains("CAIS") && !text.contains("secret"), qPrintable(text));
        QVERIFY2(text.contains("SecurityToken%3D<redacted>%26SignatureMethod"), qPrintable(text));
    }
    // A V3 header echo and a plain form are cut too; text without a token is left alone.
    QCOMPARE(ResponseParser::redactSecurityToken("a SecurityToken=xyz&b=1"),
             QByteArray("a SecurityToken=<redacted>&b=1"));
    QCOMPARE(ResponseParser::redactSecurityToken("nothing here"), QByteArray("nothing here"));
}

QTEST_APPLESS_MAIN(TestResponseParser)
#include "TestResponseParser.moc"
