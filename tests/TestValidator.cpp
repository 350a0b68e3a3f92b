#include "Validator.h"

#include <QTest>
#include <QTimeZone>

using namespace sx;

namespace {

using Mutation = std::function<void(Job&)>;

// A complete, valid java cron job; each test row changes one thing.
Job validJob()
{
    Job job;
    job.set(Param::RegionId, "cn-hangzhou");
    job.set(Param::Namespace, "adcfc35d-e2fe-4fe9-bbaa-20e90ffc1234");
    job.set(Param::GroupId, "testSchedulerx.defaultGroup");
    job.set(Param::JobType, "java");
    job.set(Param::Name, "helloworld");
    job.set(Param::ExecuteMode, "standalone");
    job.set(Param::ClassName, "com.alibaba.schedulerx.test.helloworld");
    job.set(Param::TimeType, 1);
    job.set(Param::TimeExpression, "0 0/10 * * * ?");
    return job;
}

void http(Job& job, const QString& content)
{
    job.set(Param::JobType, "http");
    job.unset(Param::ClassName);
    job.set(Param::Content, content);
}

const Problem* find(const Problems& problems, const QString& code)
{
    for (const Problem& p : problems) {
        if (p.code == code)
            return &p;
    }
    return nullptr;
}

QString describe(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << QStringLiteral("%1 %2 %3").arg(p.path, p.code, p.message);
    return lines.join("; ");
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validJobHasNoProblems_data();
    void validJobHasNoProblems();
    void reportsRule_data();
    void reportsRule();
    void requiredFieldsAreEachNamed();
    void oneTimeInThePastIsAWarningOnly();
    void messagesNameTheField();
};

void TestValidator::validJobHasNoProblems_data()
{
    QTest::addColumn<Mutation>("change");
    QTest::newRow("java cron") << Mutation([](Job&) {});
    QTest::newRow("shell, sharding, second delay") << Mutation([](Job& j) {
        j.set(Param::JobType, "shell");
        j.unset(Param::ClassName);
        j.set(Param::Content, "echo hello");
        j.set(Param::ExecuteMode, "shard");
        j.set(Param::TimeType, 4);
        j.set(Param::TimeExpression, "60");
    });
    QTest::newRow("http POST") << Mutation([](Job& j) {
        http(j, R"({"url":"https://example.com/x","method":"POST","timeout":10,"respKey":"code","respValue":"200"})");
        j.set(Param::Parameters, "key1=value1&key2=value2");
    });
    QTest::newRow("k8s job, fixed rate") << Mutation([](Job& j) {
        j.set(Param::JobType, "k8s");
        j.unset(Param::ClassName);
        j.set(Param::Content, "apiVersion: batch/v1");
        j.set(Param::XAttrs, R"({"resource":"job"})");
        j.set(Param::TimeType, 3);
        j.set(Param::TimeExpression, "10");
    });
    QTest::newRow("api, every alert, contacts") << Mutation([](Job& j) {
        j.set(Param::TimeType, 100);
        j.unset(Param::TimeExpression);
        j.set(Param::FailEnable, true);
        j.set(Param::FailTimes, 2);
        j.set(Param::TimeoutEnable, true);
        j.set(Param::SendChannel, "sms,mail,ding");
        j.setContacts({{"Tom", "+86 138-1111-2222", {}, {}},
                       {"Ann", {}, "ann@example.com", "https://oapi.dingtalk.com/robot/send?access_token=x"}});
        j.set(Param::Timezone, "GMT-3:30");
    });
    QTest::newRow("batch with MapReduce settings") << Mutation([](Job& j) {
        j.set(Param::ExecuteMode, "batch");
        j.set(Param::PageSize, 100);
        j.set(Param::TaskMaxAttempt, 10);
        j.set(Param::MaxConcurrency, 200);
        j.set(Param::Timezone, "Asia/Shanghai");
        j.set(Param::DataOffset, 2400);
        j.set(Param::Calendar, "workday");
    });
    QTest::newRow("one time, epoch ms, UTC+08:00") << Mutation([](Job& j) {
        j.set(Param::TimeType, 5);
        j.set(Param::TimeExpression, "4102444800000");
        j.set(Param::Timezone, "UTC+08:00");
    });
}

void TestValidator::validJobHasNoProblems()
{
    QFETCH(Mutation, change);
    Job job = validJob();
    change(job);
    const Problems problems = Validator::validate(job);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void TestValidator::reportsRule_data()
{
    QTest::addColumn<Mutation>("change");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isError");

    auto row = [](const char* name, Mutation m, const char* code, const char* path, bool error = true) {
        QTest::newRow(name) << m << QString(code) << QString(path) << error;
    };
    row(
        "unknown job type", [](Job& j) { j.set(Param::JobType, "nodejs"); }, "jobType.unknown", "JobType");
    row(
        "bad region", [](Job& j) { j.set(Param::RegionId, "Hangzhou"); }, "regionId.format", "RegionId");
    row(
        "status 2", [](Job& j) { j.set(Param::Status, 2); }, "status.range", "Status");
    row(
        "priority 3", [](Job& j) { j.set(Param::Priority, 3); }, "priority.unusual", "Priority", false);
    row(
        "java without class", [](Job& j) { j.unset(Param::ClassName); }, "className.required", "ClassName");
    row(
        "bad class name", [](Job& j) { j.set(Param::ClassName, "com.example.9Job"); }, "className.format", "ClassName");
    row(
        "class on shell",
        [](Job& j) {
            j.set(Param::JobType, "shell");
            j.set(Param::Content, "echo");
        },
        "className.ignored", "ClassName", false);
    for (const char* type : {"python", "shell", "go", "k8s"}) {
        QTest::newRow(qPrintable(QStringLiteral("%1 without content").arg(type))) << Mutation([type](Job& j) {
            j.set(Param::JobType, QString::fromLatin1(type));
            j.set(Param::XAttrs, R"({"resource":"job"})");
        }) << "content.required"
                                                                                  << "Content" << true;
    }
    row(
        "k8s without XAttrs",
        [](Job& j) {
            j.set(Param::JobType, "k8s");
            j.set(Param::Content, "x");
        },
        "xattrs.required", "XAttrs");
    row(
        "k8s without resource",
        [](Job& j) {
            j.set(Param::JobType, "k8s");
            j.set(Param::Content, "x");
            j.set(Param::XAttrs, R"({"image":"busybox"})");
        },
        "xattrs.resource", "XAttrs.resource");
    row(
        "XAttrs not JSON", [](Job& j) { j.set(Param::XAttrs, "resource=job"); }, "xattrs.json", "XAttrs");
    row(
        "http without content", [](Job& j) { http(j, ""); }, "http.content.required", "Content");
    row(
        "http content not JSON", [](Job& j) { http(j, "https://x"); }, "http.content.json", "Content");
    row(
        "http without url", [](Job& j) { http(j, R"({"method":"GET"})"); }, "http.url.required", "Content.url");
    row(
        "http ftp url", [](Job& j) { http(j, R"({"url":"ftp://x/y"})"); }, "http.url.format", "Content.url");
    row(
        "http PUT", [](Job& j) { http(j, R"({"url":"http://x/y","method":"PUT"})"); }, "http.method", "Content.method");
    row(
        "http timeout text", [](Job& j) { http(j, R"({"url":"http://x/y","timeout":"10"})"); }, "http.timeout",
        "Content.timeout");
    row(
        "http cookie number", [](Job& j) { http(j, R"({"url":"http://x/y","cookie":1})"); }, "http.field.type",
        "Content.cookie");
    row(
        "http respKey alone", [](Job& j) { http(j, R"({"url":"http://x/y","respKey":"code"})"); }, "http.responseCheck",
        "Content.respKey", false);
    row(
        "http unknown key", [](Job& j) { http(j, R"({"url":"http://x/y","headers":{}})"); }, "http.field.unknown",
        "Content.headers", false);
    row(
        "http POST params",
        [](Job& j) {
            http(j, R"({"url":"http://x/y","method":"POST"})");
            j.set(Param::Parameters, "{\"a\":1}");
        },
        "http.parameters.form", "Parameters");
    row(
        "unknown time type", [](Job& j) { j.set(Param::TimeType, 2); }, "timeType.unknown", "TimeType");
    row(
        "cron field count", [](Job& j) { j.set(Param::TimeExpression, "0 0/10 * * *"); }, "timeExpression.cron",
        "TimeExpression");
    row(
        "cron day 32", [](Job& j) { j.set(Param::TimeExpression, "0 0 0 32 * ?"); }, "timeExpression.cron",
        "TimeExpression");
    row(
        "cron never fires", [](Job& j) { j.set(Param::TimeExpression, "0 0 0 30 2 ?"); }, "timeExpression.neverFires",
        "TimeExpression");
    row(
        "missing expression", [](Job& j) { j.unset(Param::TimeExpression); }, "timeExpression.required",
        "TimeExpression");
    row(
        "fixed rate 9",
        [](Job& j) {
            j.set(Param::TimeType, 3);
            j.set(Param::TimeExpression, "9");
        },
        "timeExpression.fixedRate", "TimeExpression");
    row(
        "fixed rate fraction",
        [](Job& j) {
            j.set(Param::TimeType, 3);
            j.set(Param::TimeExpression, "10.5");
        },
        "timeExpression.fixedRate", "TimeExpression");
    row(
        "second delay 61",
        [](Job& j) {
            j.set(Param::TimeType, 4);
            j.set(Param::TimeExpression, "61");
        },
        "timeExpression.secondDelay", "TimeExpression");
    row(
        "second delay 0",
        [](Job& j) {
            j.set(Param::TimeType, 4);
            j.set(Param::TimeExpression, "0");
        },
        "timeExpression.secondDelay", "TimeExpression");
    row(
        "one time bad date",
        [](Job& j) {
            j.set(Param::TimeType, 5);
            j.set(Param::TimeExpression, "2030-02-30 10:00:00");
        },
        "timeExpression.oneTime", "TimeExpression");
    row(
        "one time wrong shape",
        [](Job& j) {
            j.set(Param::TimeType, 5);
            j.set(Param::TimeExpression, "2030/01/01");
        },
        "timeExpression.oneTime", "TimeExpression");
    row(
        "api with expression", [](Job& j) { j.set(Param::TimeType, 100); }, "timeExpression.api", "TimeExpression");
    row(
        "calendar not cron",
        [](Job& j) {
            j.set(Param::TimeType, 100);
            j.unset(Param::TimeExpression);
            j.set(Param::Calendar, "workday");
        },
        "calendar.cronOnly", "Calendar");
    row(
        "data offset not cron",
        [](Job& j) {
            j.set(Param::TimeType, 3);
            j.set(Param::TimeExpression, "30");
            j.set(Param::DataOffset, 60);
        },
        "dataOffset.cronOnly", "DataOffset");
    row(
        "timezone GMT+15", [](Job& j) { j.set(Param::Timezone, "GMT+15"); }, "timezone.format", "Timezone");
    row(
        "timezone made up", [](Job& j) { j.set(Param::Timezone, "Mars/Olympus"); }, "timezone.format", "Timezone");
    row(
        "unknown mode", [](Job& j) { j.set(Param::ExecuteMode, "cluster"); }, "executeMode.unknown", "ExecuteMode");
    row(
        "http grid",
        [](Job& j) {
            http(j, R"({"url":"http://x/y"})");
            j.set(Param::ExecuteMode, "grid");
        },
        "executeMode.unsupportedForType", "ExecuteMode", false);
    row(
        "concurrency 0", [](Job& j) { j.set(Param::MaxConcurrency, 0); }, "range", "MaxConcurrency");
    row(
        "concurrency 201", [](Job& j) { j.set(Param::MaxConcurrency, 201); }, "range", "MaxConcurrency");
    row(
        "task attempts 11",
        [](Job& j) {
            j.set(Param::ExecuteMode, "parallel");
            j.set(Param::TaskMaxAttempt, 11);
        },
        "range", "TaskMaxAttempt");
    row(
        "negative retries", [](Job& j) { j.set(Param::MaxAttempt, -1); }, "range", "MaxAttempt");
    row(
        "negative interval", [](Job& j) { j.set(Param::AttemptInterval, -5); }, "range", "AttemptInterval");
    row(
        "timeout 0", [](Job& j) { j.set(Param::Timeout, qint64(0)); }, "range", "Timeout");
    row(
        "MapReduce on standalone", [](Job& j) { j.set(Param::QueueSize, 10); }, "mapReduce.ignored", "QueueSize",
        false);
    row(
        "unknown channel", [](Job& j) { j.set(Param::SendChannel, "sms,wechat"); }, "sendChannel.unknown",
        "SendChannel");
    row(
        "channel with space", [](Job& j) { j.set(Param::SendChannel, "sms, mail"); }, "sendChannel.unknown",
        "SendChannel");
    row(
        "duplicate channel", [](Job& j) { j.set(Param::SendChannel, "webhook,ding"); }, "sendChannel.duplicate",
        "SendChannel", false);
    row(
        "bad mail",
        [](Job& j) {
            j.setContacts({{"a", {}, "ann.example.com", {}}});
        },
        "contact.mail", "ContactInfo[1].UserMail");
    row(
        "bad phone",
        [](Job& j) {
            j.setContacts({{"a", {}, {}, {}}, {"b", "1381111****", {}, {}}});
        },
        "contact.phone", "ContactInfo[2].UserPhone");
    row(
        "http webhook",
        [](Job& j) {
            j.setContacts({{"a", {}, {}, "http://oapi.dingtalk.com/robot"}});
        },
        "contact.webhook", "ContactInfo[1].Ding");
    row(
        "empty contact", [](Job& j) { j.setContacts({{}}); }, "contact.empty", "ContactInfo[1]", false);
    row(
        "nameless contact",
        [](Job& j) {
            j.setContacts({{{}, "13811112222", {}, {}}});
        },
        "contact.name", "ContactInfo[1].UserName", false);
    row(
        "alert with nobody",
        [](Job& j) {
            j.set(Param::FailEnable, true);
            j.set(Param::SendChannel, "mail");
            j.setContacts({{"Tom", "13811112222", {}, {}}});
        },
        "alert.noRecipient", "ContactInfo", false);
    row(
        "fail times without fail alert", [](Job& j) { j.set(Param::FailTimes, 3); }, "failTimes.unused", "FailTimes",
        false);
}

void TestValidator::reportsRule()
{
    QFETCH(Mutation, change);
    QFETCH(QString, code);
    QFETCH(QString, path);
    QFETCH(bool, isError);
    Job job = validJob();
    change(job);
    const Problems problems = Validator::validate(job);
    const Problem* p = find(problems, code);
    QVERIFY2(p, qPrintable(QStringLiteral("no %1 in: %2").arg(code, describe(problems))));
    QCOMPARE(p->path, path);
    QCOMPARE(p->isError(), isError);
    QVERIFY(!p->message.isEmpty());
}

void TestValidator::requiredFieldsAreEachNamed()
{
    const Problems problems = Validator::validate(Job());
    QStringList missing;
    for (const Problem& p : problems) {
        if (p.code == "required")
            missing << p.path;
    }
    QCOMPARE(missing, QStringList({"RegionId", "Namespace", "GroupId", "Name", "JobType", "ExecuteMode", "TimeType"}));
    Job blank = validJob();
    blank.set(Param::Name, "   ");
    const Problems blankProblems = Validator::validate(blank);
    QVERIFY(find(blankProblems, "required"));
}

void TestValidator::oneTimeInThePastIsAWarningOnly()
{
    Job job = validJob();
    job.set(Param::TimeType, 5);
    job.set(Param::TimeExpression, "2021-12-30 12:12:12");
    job.set(Param::Timezone, "GMT+8");
    Validator::Options options;
    options.now = QDateTime(QDate(2021, 12, 30), QTime(4, 12, 13), QTimeZone::utc()); // 12:12:13 in GMT+8
    Problems problems = Validator::validate(job, options);
    QVERIFY(find(problems, "timeExpression.past"));
    QVERIFY(!hasErrors(problems));
    options.now = QDateTime(QDate(2021, 12, 30), QTime(4, 12, 11), QTimeZone::utc()); // one second before
    QVERIFY2(Validator::validate(job, options).isEmpty(), qPrintable(describe(Validator::validate(job, options))));
}

void TestValidator::messagesNameTheField()
{
    Job job = validJob();
    job.set(Param::MaxConcurrency, 500);
    const Problems problems = Validator::validate(job);
    const Problem* p = find(problems, "range");
    QVERIFY(p);
    QCOMPARE(p->message, QString("MaxConcurrency must be between 1 and 200, not 500."));
    job.set(Param::TimeExpression, "0 0 0 32 * ?");
    const Problems cronProblems = Validator::validate(job);
    const Problem* cron = find(cronProblems, "timeExpression.cron");
    QVERIFY(cron);
    QCOMPARE(cron->message, QString("Cron expression: day of month: 32 is outside 1–31"));
}

QTEST_APPLESS_MAIN(TestValidator)
#include "TestValidator.moc"
