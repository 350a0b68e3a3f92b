#include "JobFromParams.h"
#include "RequestBuilder.h"
#include "TestSupport.h"

#include <QTest>

using namespace sx;

class TestJobFromParams : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsTheRequestBuilder();
    void contactsInIndexOrder();
    void typeErrors_data();
    void typeErrors();
    void unknownNamesAreIgnored();
    void canonicalSpellings();
};

namespace {

// The sample job with every kind of value changed or added: text with '&' and '=', a grid mode with a
// MapReduce setting, a number beyond 32 bits, a switch off, a contact with a webhook.
Job fullJob()
{
    Job job = test::validSampleJob();
    job.set(Param::Description, "a=b&c");
    job.set(Param::ExecuteMode, "grid");
    job.set(Param::Priority, 5);
    job.set(Param::MaxConcurrency, 3);
    job.set(Param::PageSize, 50);
    job.set(Param::Timeout, qint64(9000000000));
    job.set(Param::FailEnable, false);
    job.setContacts({{"Tom", "13811112222", {}, {}},
                     {"Ann", {}, "ann@example.com", "https://oapi.dingtalk.com/robot/send?access_token=x"}});
    return job;
}

} // namespace

void TestJobFromParams::roundTripsTheRequestBuilder()
{
    const Job job = fullJob();
    const ApiCall call = RequestBuilder::createJob(job);
    const JobFromParams::Result result = JobFromParams::convert(call.query + call.body);
    QVERIFY(result.invalid.isEmpty());
    QVERIFY(result.ignored.isEmpty());
    QCOMPARE(result.job.contacts(), job.contacts());
    QCOMPARE(result.job.value(Param::Timeout).toLongLong(), qint64(9000000000));
    QCOMPARE(result.job.value(Param::TimeoutEnable), QVariant(true));
    QCOMPARE(result.job.value(Param::FailEnable), QVariant(false));
    QVERIFY(result.job == job);
}

void TestJobFromParams::contactsInIndexOrder()
{
    const ParamList params = {{"ContactInfo.10.UserName", "ten"},
                              {"ContactInfo.2.UserName", "two"},
                              {"ContactInfo.2.UserMail", "two@example.com"},
                              {"ContactInfo.1.Ding", "https://example.com/hook"}};
    const auto result = JobFromParams::convert(params);
    QVERIFY(result.invalid.isEmpty());
    const ContactList contacts = result.job.contacts();
    QCOMPARE(contacts.size(), 3);
    QCOMPARE(contacts[0].ding, QString("https://example.com/hook"));
    QCOMPARE(contacts[1].userName, QString("two"));
    QCOMPARE(contacts[1].userMail, QString("two@example.com"));
    QCOMPARE(contacts[2].userName, QString("ten"));
}

void TestJobFromParams::typeErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("int32 text") << "MaxConcurrency"
                                << "many";
    QTest::newRow("int32 overflow") << "TimeType"
                                    << "4294967296";
    QTest::newRow("int64 fraction") << "Timeout"
                                    << "1.5";
    QTest::newRow("bool") << "TimeoutEnable"
                          << "yes";
    QTest::newRow("contact index") << "ContactInfo.0.UserName"
                                   << "x";
    QTest::newRow("contact shape") << "ContactInfo.UserName"
                                   << "x";
}

void TestJobFromParams::typeErrors()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    const auto result = JobFromParams::convert({{name, value}, {"Name", "ok"}});
    QCOMPARE(result.invalid.size(), 1);
    QCOMPARE(result.invalid.first().name, name);
    QCOMPARE(result.invalid.first().value, value);
    QVERIFY(!result.invalid.first().reason.isEmpty());
    QCOMPARE(result.job.text(Param::Name), QString("ok"));
}

void TestJobFromParams::unknownNamesAreIgnored()
{
    const auto result =
        JobFromParams::convert({{"Foo", "1"}, {"ContactInfo.1.Pager", "x"}, {"jobtype", "java"}, {"Name", "n"}});
    QVERIFY(result.invalid.isEmpty());
    QCOMPARE(result.ignored, QStringList({"Foo", "ContactInfo.1.Pager", "jobtype"}));
    QVERIFY(!result.job.has(Param::JobType));
}

void TestJobFromParams::canonicalSpellings()
{
    const auto result = JobFromParams::convert({{"JobType", "golang"}, {"ExecuteMode", "shard"}, {"Status", "0"}});
    QCOMPARE(result.job.text(Param::JobType), QString("go"));
    QCOMPARE(result.job.text(Param::ExecuteMode), QString("sharding"));
    QCOMPARE(result.job.value(Param::Status), QVariant(0));
}

QTEST_GUILESS_MAIN(TestJobFromParams)
#include "TestJobFromParams.moc"
