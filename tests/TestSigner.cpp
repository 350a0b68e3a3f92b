#include "RequestBuilder.h"
#include "Signer.h"
#include "TestSupport.h"

#include <QTest>
#include <QUrlQuery>

using namespace sx;

namespace {

SigningContext pinned(const char* time, const char* nonce)
{
    return {QDateTime::fromString(QString::fromLatin1(time), Qt::ISODate), QString::fromLatin1(nonce)};
}

QByteArray queryValue(const SignedRequest& r, const QString& name)
{
    return QUrlQuery(r.url).queryItemValue(name, QUrl::FullyDecoded).toUtf8();
}

QByteArray v3Signature(const SignedRequest& r)
{
    const QByteArray auth = r.header("authorization");
    return auth.mid(auth.indexOf("Signature=") + 10);
}

const Credentials kTest {"testid", "testsecret", {}};

} // namespace

class TestSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentEncoding();
    void v2A_describeDedicatedHosts();
    void v2B_describeRegions();
    void v2B_timeStampSpelling();
    void v2C_sendSmsWithUtf8AndJson();
    void v2D_createJob();
    void v3A_runInstances();
    void v3B_createJob();
    void stsTokenIsSentAndSigned();
    void freshContextsDiffer();
    void displayRedactsSecurityToken();
};

void TestSigner::percentEncoding()
{
    QCOMPARE(Signer::percentEncode("a b*~/!'()"), QByteArray("a%20b%2A~%2F%21%27%28%29"));
    QCOMPARE(Signer::percentEncode("每"), QByteArray("%E6%AF%8F"));
    QCOMPARE(Signer::percentEncode("AZaz09-_.~"), QByteArray("AZaz09-_.~"));
    QCOMPARE(Signer::canonicalQuery({{"Timestamp", "x"}, {"TimeType", "1"}, {"Timeout", "2"}}),
             QByteArray("TimeType=1&Timeout=2&Timestamp=x"));
}

void TestSigner::v2A_describeDedicatedHosts()
{
    ApiCall call;
    call.action = "DescribeDedicatedHosts";
    call.version = "2014-05-26";
    call.method = "GET";
    call.query = {{"RegionId", "cn-beijing"}};
    const auto ctx = pinned("2023-03-13T08:34:30Z", "edb2b34af0af9a6d14deaf7c1a5315eb");
    const auto r = Signer::sign(call, QUrl("https://ecs.cn-beijing.aliyuncs.com"), kTest, SignatureVersion::V2, ctx);
    QCOMPARE(queryValue(r, "Signature"), QByteArray("9NaGiOspFP5UPcwX8Iwt2YJXXuk="));
    QVERIFY(r.url.toEncoded().endsWith("&Signature=9NaGiOspFP5UPcwX8Iwt2YJXXuk%3D"));

    call.method = "POST"; // the same parameters signed for POST (self-computed in the reference)
    const auto post = Signer::sign(call, QUrl("https://ecs.cn-beijing.aliyuncs.com"), kTest, SignatureVersion::V2, ctx);
    QCOMPARE(queryValue(post, "Signature"), QByteArray("ZvQ9xGiFnquSJRvj+WE6kdSpTwU="));
}

void TestSigner::v2B_describeRegions()
{
    ApiCall call;
    call.action = "DescribeRegions";
    call.version = "2014-05-26";
    call.method = "GET";
    call.format = "XML";
    const auto r = Signer::sign(call, QUrl("https://ecs.aliyuncs.com"), kTest, SignatureVersion::V2,
                                pinned("2016-02-23T12:46:24Z", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"));
    QCOMPARE(queryValue(r, "Signature"), QByteArray("OLeaidS1JvxuMvnyHOwuJ+uX5qY="));
}

void TestSigner::v2B_timeStampSpelling()
{
    const ParamList params = {{"AccessKeyId", "testid"},
                              {"Action", "DescribeRegions"},
                              {"Format", "XML"},
                              {"SignatureMethod", "HMAC-SHA1"},
                              {"SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"},
                              {"SignatureVersion", "1.0"},
                              {"TimeStamp", "2016-02-23T12:46:24Z"},
                              {"Version", "2014-05-26"}};
    const QByteArray toSign = Signer::v2StringToSign("GET", params);
    QVERIFY(toSign.startsWith("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions"));
    QCOMPARE(Signer::v2Signature(toSign, "testsecret"), QByteArray("CT9X0VtwR86fNWSnsc6v8YGOjuE="));
}

void TestSigner::v2C_sendSmsWithUtf8AndJson()
{
    ApiCall call;
    call.action = "SendSms";
    call.version = "2017-05-25";
    call.method = "GET";
    call.format = "XML";
    call.query = {{"OutId", "123"},
                  {"PhoneNumbers", "15300000001"},
                  {"RegionId", "cn-hangzhou"},
                  {"SignName", "阿里云短信测试专用"},
                  {"TemplateCode", "SMS_71390007"},
                  {"TemplateParam", R"({"customer":"test"})"}};
    const auto r =
        Signer::sign(call, QUrl("https://dysmsapi.aliyuncs.com"), {"testId", "testSecret", {}}, SignatureVersion::V2,
                     pinned("2017-07-12T02:42:19Z", "45e25e9b-0a6f-4070-8c85-2956eda1b466"));
    QCOMPARE(queryValue(r, "Signature"), QByteArray("zJDF+Lrzhj/ThnlvIToysFRq6t4="));
}

void TestSigner::v2D_createJob()
{
    const ApiCall call = RequestBuilder::createJob(test::signingVectorJob());
    QCOMPARE(call.query, ParamList({{"RegionId", "cn-hangzhou"}}));
    const auto r = Signer::sign(call, QUrl("https://schedulerx.cn-hangzhou.aliyuncs.com"), kTest, SignatureVersion::V2,
                                pinned("2024-01-01T00:00:00Z", "c8a3c7b1-0a1f-4d9e-9a55-6a3b2f1e0d11"));
    QCOMPARE(queryValue(r, "Signature"), QByteArray("dtaNzEY/9wBlkpTjbRtCUB2IBwY="));
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
    QVERIFY(r.body.startsWith("ClassName=com.example.HelloJob&ContactInfo.1.UserName=Tom&"));
    QVERIFY(!r.body.contains("Signature"));
}

void TestSigner::v3A_runInstances()
{
    ApiCall call;
    call.action = "RunInstances";
    call.version = "2014-05-26";
    call.query = {{"ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"}, {"RegionId", "cn-shanghai"}};
    const auto r =
        Signer::sign(call, QUrl("https://ecs.cn-shanghai.aliyuncs.com"), {"YourAccessKeyId", "YourAccessKeySecret", {}},
                     SignatureVersion::V3, pinned("2023-10-26T10:22:32Z", "3156853299f313e23d1673dc12e1703d"));
    QCOMPARE(r.header("x-acs-content-sha256"),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QVERIFY(r.header("content-type").isEmpty());
    QCOMPARE(
        r.header("authorization"),
        QByteArray("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;"
                   "x-acs-date;x-acs-signature-nonce;x-acs-version,"
                   "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
    // The intermediate value published with the vector.
    const QByteArray canonical = Signer::v3CanonicalRequest(
        "POST", Signer::canonicalQuery(call.query),
        {{"host", "ecs.cn-shanghai.aliyuncs.com"},
         {"x-acs-action", "RunInstances"},
         {"x-acs-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
         {"x-acs-date", "2023-10-26T10:22:32Z"},
         {"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
         {"x-acs-version", "2014-05-26"}},
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QCOMPARE(Signer::sha256Hex(canonical),
             QByteArray("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"));
}

void TestSigner::v3B_createJob()
{
    const auto r = Signer::sign(RequestBuilder::createJob(test::signingVectorJob()),
                                QUrl("https://schedulerx.cn-hangzhou.aliyuncs.com"), kTest, SignatureVersion::V3,
                                pinned("2024-01-01T00:00:00Z", "3156853299f313e23d1673dc12e1703d"));
    QCOMPARE(
        r.body,
        QByteArray("ClassName=com.example.HelloJob&ContactInfo.1.UserName=Tom&ContactInfo.1.UserPhone=1381111%2A%2A%2A%"
                   "2A&ContactInfo.2.UserMail=ann%40example.com&ContactInfo.2.UserName=Ann&ExecuteMode=standalone&"
                   "GroupId=testSchedulerx.defaultGroup&JobType=java&MaxConcurrency=1&Name=%E6%AF%8F%E6%97%A5%20%E6%8A%"
                   "A5%E8%A1%A8%20job%2A~&Namespace=adcfc35d-e2fe-4fe9-bbaa-20e90ffc1234&Parameters=a%3D1%26b%3D2&"
                   "SendChannel=sms%2Cmail&TimeExpression=0%200%2F10%20%2A%20%2A%20%2A%20%3F&TimeType=1&Timeout=7200&"
                   "TimeoutEnable=true"));
    QCOMPARE(r.header("x-acs-content-sha256"),
             QByteArray("ec4408ee157d0122eb47ed3b513276442a4d6d5451e2716b48a52d5b178e7563"));
    QCOMPARE(r.url.toEncoded(), QByteArray("https://schedulerx.cn-hangzhou.aliyuncs.com/?RegionId=cn-hangzhou"));
    QVERIFY(r.header("authorization")
                .contains("SignedHeaders=content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;"
                          "x-acs-signature-nonce;x-acs-version,"));
    QCOMPARE(v3Signature(r), QByteArray("2bca6aafc55e1f606851bc54fa13c2a2fe6358d18cec317a8a8fa272df152482"));
}

void TestSigner::stsTokenIsSentAndSigned()
{
    const Credentials sts {"STS.id", "secret", "token/with+chars"};
    const auto ctx = pinned("2024-01-01T00:00:00Z", "n1");
    const ApiCall call = RequestBuilder::createJob(test::signingVectorJob());
    const auto v3 = Signer::sign(call, QUrl("https://schedulerx.aliyuncs.com"), sts, SignatureVersion::V3, ctx);
    QCOMPARE(v3.header("x-acs-security-token"), QByteArray("token/with+chars"));
    QVERIFY(v3.header("authorization").contains(";x-acs-security-token;"));
    const auto v2 = Signer::sign(call, QUrl("https://schedulerx.aliyuncs.com"), sts, SignatureVersion::V2, ctx);
    QCOMPARE(queryValue(v2, "SecurityToken"), QByteArray("token/with+chars"));
    // Without the token the V2 signature differs: the token is part of what is signed.
    const auto plain = Signer::sign(call, QUrl("https://schedulerx.aliyuncs.com"), {"STS.id", "secret", {}},
                                    SignatureVersion::V2, ctx);
    QVERIFY(queryValue(plain, "Signature") != queryValue(v2, "Signature"));
}

void TestSigner::freshContextsDiffer()
{
    const auto a = SigningContext::fresh();
    const auto b = SigningContext::fresh();
    QCOMPARE(a.nonce.size(), 32);
    QVERIFY(a.nonce != b.nonce);
    QVERIFY(qAbs(a.timestamp.secsTo(QDateTime::currentDateTimeUtc())) < 5);
    QCOMPARE(a.timestamp.timeSpec(), Qt::UTC);
}

void TestSigner::displayRedactsSecurityToken()
{
    const Credentials sts {"STS.id", "topsecret", "tok123"};
    const ApiCall call = RequestBuilder::createJob(test::signingVectorJob());
    for (auto version : {SignatureVersion::V2, SignatureVersion::V3}) {
        const QString text =
            Signer::sign(call, QUrl("https://schedulerx.aliyuncs.com"), sts, version, SigningContext::fresh())
                .toDisplayText();
        QVERIFY2(!text.contains("tok123"), qPrintable(text));
        QVERIFY(!text.contains("topsecret"));
        QVERIFY(text.contains("<redacted>"));
    }
}

QTEST_APPLESS_MAIN(TestSigner)
#include "TestSigner.moc"
