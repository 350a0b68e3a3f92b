#include "JobFile.h"

#include <QTest>

using namespace sx;

class TestJobFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsBareJobWithEveryType();
    void readsTemplateAndKeepsUnknownTopLevelFields();
    void refusesNewerVersion();
    void reportsSyntaxErrorWithLineAndColumn();
    void reportsUnknownKeyWithSuggestion();
    void reportsWrongType_data();
    void reportsWrongType();
    void normalisesAliases();
    void writesStableOrderAndRoundTrips();
    void templateRoundTripIsByteIdentical();
};

void TestJobFile::readsBareJobWithEveryType()
{
    const QByteArray json = R"({
        "Namespace": "ns", "GroupId": "g", "JobType": "java", "Name": "每日报表",
        "TimeType": 1, "Timeout": 12300, "TimeoutEnable": true,
        "ContactInfo": [{"UserName": "userA", "UserPhone": "1381111****"}, {"UserMail": "b@example.com"}]
    })";
    JobFileError error;
    const auto file = JobFileFormat::parse(json, &error);
    QVERIFY2(file, qPrintable(error.toString()));
    QVERIFY(!file->isTemplate);
    QCOMPARE(file->job.text(Param::Name), QString("每日报表"));
    QCOMPARE(file->job.number(Param::TimeType), 1);
    QCOMPARE(file->job.number(Param::Timeout), 12300);
    QCOMPARE(file->job.flag(Param::TimeoutEnable), true);
    QCOMPARE(file->job.contacts().size(), 2);
    QCOMPARE(file->job.contacts()[0].userPhone, QString("1381111****"));
    QCOMPARE(file->job.contacts()[1].userMail, QString("b@example.com"));
    // Unset parameters report their documented defaults.
    QVERIFY(!file->job.has(Param::MaxConcurrency));
    QCOMPARE(file->job.number(Param::MaxConcurrency), 1);
    QCOMPARE(file->job.number(Param::AttemptInterval), 30);
    QCOMPARE(file->job.text(Param::SendChannel), QString("sms"));
}

void TestJobFile::readsTemplateAndKeepsUnknownTopLevelFields()
{
    const QByteArray json = R"({"format": "sxstudio-job", "version": 1, "name": "nightly",
        "description": "d", "owner": "ops", "job": {"JobType": "shell", "Content": "echo hi"}})";
    JobFileError error;
    const auto file = JobFileFormat::parse(json, &error);
    QVERIFY2(file, qPrintable(error.toString()));
    QVERIFY(file->isTemplate);
    QCOMPARE(file->name, QString("nightly"));
    QCOMPARE(file->extraFields.value("owner").toString(), QString("ops"));
    QVERIFY(JobFileFormat::serialize(*file).contains("\"owner\": \"ops\""));
}

void TestJobFile::refusesNewerVersion()
{
    JobFileError error;
    QVERIFY(!JobFileFormat::parse(R"({"format": "sxstudio-job", "version": 2, "job": {}})", &error));
    QCOMPARE(error.key, QString("version"));
    QVERIFY(error.message.contains("newer"));
}

void TestJobFile::reportsSyntaxErrorWithLineAndColumn()
{
    JobFileError error;
    QVERIFY(!JobFileFormat::parse("{\n  \"Name\": \"x\",\n  \"JobType\" \"java\"\n}", &error));
    QCOMPARE(error.line, 3);
    // Qt reports the offset at or just after the offending token ("java" starts in column 13).
    QVERIFY2(error.column == 13 || error.column == 14, qPrintable(QString::number(error.column)));
    QVERIFY(error.toString().startsWith("line 3, column "));
}

void TestJobFile::reportsUnknownKeyWithSuggestion()
{
    JobFileError error;
    QVERIFY(!JobFileFormat::parse(R"({"Name": "x", "jobType": "java"})", &error));
    QCOMPARE(error.key, QString("jobType"));
    QVERIFY(error.message.contains("Did you mean \"JobType\"?"));

    QVERIFY(!JobFileFormat::parse(R"({"ContactInfo": [{"UserName": "a", "Phone": "1"}]})", &error));
    QCOMPARE(error.key, QString("ContactInfo[1].Phone"));
}

void TestJobFile::reportsWrongType_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    QTest::newRow("number as string") << QByteArray(R"({"TimeType": "1"})") << "TimeType";
    QTest::newRow("fraction") << QByteArray(R"({"MaxAttempt": 1.5})") << "MaxAttempt";
    QTest::newRow("int32 overflow") << QByteArray(R"({"MaxAttempt": 3000000000})") << "MaxAttempt";
    QTest::newRow("switch as string") << QByteArray(R"({"FailEnable": "true"})") << "FailEnable";
    QTest::newRow("text as number") << QByteArray(R"({"Name": 5})") << "Name";
    QTest::newRow("contacts as object") << QByteArray(R"({"ContactInfo": {"UserName": "a"}})") << "ContactInfo";
    QTest::newRow("contact field number")
        << QByteArray(R"({"ContactInfo": [{"UserPhone": 138}]})") << "ContactInfo[1].UserPhone";
    QTest::newRow("template job not object")
        << QByteArray(R"({"format": "sxstudio-job", "version": 1, "job": []})") << "job";
}

void TestJobFile::reportsWrongType()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    JobFileError error;
    QVERIFY(!JobFileFormat::parse(json, &error));
    QCOMPARE(error.key, key);
    QVERIFY2(error.message.contains(key), qPrintable(error.message));
}

void TestJobFile::normalisesAliases()
{
    const auto file = JobFileFormat::parse(R"({"ExecuteMode": "shard", "JobType": "golang"})", nullptr);
    QVERIFY(file);
    QCOMPARE(file->job.text(Param::ExecuteMode), QString("sharding"));
    QCOMPARE(file->job.text(Param::JobType), QString("go"));
}

void TestJobFile::writesStableOrderAndRoundTrips()
{
    Job job;
    job.set(Param::TimeType, 1);
    job.set(Param::Name, "a \"quoted\" 名字");
    job.set(Param::Namespace, "ns");
    job.set(Param::FailEnable, false);
    job.set(Param::Timeout, qint64(9000000000LL));
    job.setContacts({{"Tom", "1381111****", {}, {}}});
    const QByteArray text = JobFileFormat::serializeJob(job);
    QVERIFY(text.indexOf("\"Namespace\"") < text.indexOf("\"Name\""));
    QVERIFY(text.indexOf("\"Name\"") < text.indexOf("\"TimeType\""));
    QVERIFY(text.contains("\n  \"Namespace\": \"ns\",\n"));
    QVERIFY(text.contains("\"Timeout\": 9000000000"));
    const auto back = JobFileFormat::parse(text, nullptr);
    QVERIFY(back);
    QCOMPARE(back->job, job);
}

void TestJobFile::templateRoundTripIsByteIdentical()
{
    JobFile file;
    file.isTemplate = true;
    file.name = "t";
    file.description = "desc";
    file.job.set(Param::JobType, "java");
    file.job.set(Param::ClassName, "com.example.Job");
    const QByteArray once = JobFileFormat::serialize(file);
    const auto parsed = JobFileFormat::parse(once, nullptr);
    QVERIFY(parsed);
    QCOMPARE(JobFileFormat::serialize(*parsed), once);
    QVERIFY(once.startsWith("{\n  \"format\": \"sxstudio-job\",\n  \"version\": 1,\n"));
}

QTEST_APPLESS_MAIN(TestJobFile)
#include "TestJobFile.moc"
