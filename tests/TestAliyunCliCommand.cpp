// The request inspector's "copy as aliyun command": parameters only, quoted for a POSIX shell.
#include "AliyunCliCommand.h"
#include "RequestBuilder.h"
#include "TestSupport.h"

#include <QProcess>
#include <QTest>

using namespace sx;

class TestAliyunCliCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoting_data();
    void quoting();
    void createJobCommand();
    void shellReadsBackTheSameWords();
};

void TestAliyunCliCommand::quoting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << "cn-hangzhou"
                           << "cn-hangzhou";
    QTest::newRow("class") << "com.example.HelloJob"
                           << "com.example.HelloJob";
    QTest::newRow("space") << "0 0/10 * * * ?"
                           << "'0 0/10 * * * ?'";
    QTest::newRow("quote") << "it's"
                           << "'it'\\''s'";
    QTest::newRow("dollar") << "${HOME}"
                            << "'${HOME}'";
    QTest::newRow("chinese") << QString::fromUtf8("每日报表") << QString::fromUtf8("'每日报表'");
    QTest::newRow("empty") << ""
                           << "''";
}

void TestAliyunCliCommand::quoting()
{
    QFETCH(QString, value);
    QFETCH(QString, quoted);
    QCOMPARE(AliyunCliCommand::shellQuote(value), quoted);
}

void TestAliyunCliCommand::createJobCommand()
{
    const Job job = test::validSampleJob();
    const QString command = AliyunCliCommand::forCall(RequestBuilder::createJob(job), "work", "schedulerx.example.com");
    QVERIFY2(command.startsWith("aliyun schedulerx2 CreateJob --profile work --endpoint schedulerx.example.com "),
             qPrintable(command));
    QVERIFY(command.contains("--Namespace " + AliyunCliCommand::shellQuote(job.text(Param::Namespace))));
    QVERIFY(command.contains("--ContactInfo.1.UserName "));
    QVERIFY(!command.contains("AccessKey"));
    QVERIFY(!command.contains("Signature"));
    // Without a profile or endpoint the CLI uses its own defaults.
    QVERIFY(AliyunCliCommand::forCall(RequestBuilder::createJob(job)).startsWith("aliyun schedulerx2 CreateJob --"));
}

void TestAliyunCliCommand::shellReadsBackTheSameWords()
{
    // A real shell splits the command back into exactly the call's parameters, whatever they hold.
    Job job = test::validSampleJob();
    job.set(Param::Description, QString::fromUtf8("it's \"quoted\" $HOME `x` ; 每日"));
    const ApiCall call = RequestBuilder::createJob(job);
    const QString command = AliyunCliCommand::forCall(call);
    QProcess shell;
    shell.start("sh", {"-c", "printf '%s\\n' " + command.section(' ', 1)});
    QVERIFY(shell.waitForFinished());
    const QStringList words = QString::fromUtf8(shell.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
    QStringList expected {"schedulerx2", "CreateJob"};
    for (const ParamList* params : {&call.query, &call.body}) {
        for (const auto& [name, value] : *params) {
            expected << "--" + name;
            if (!value.isEmpty())
                expected << value;
        }
    }
    QCOMPARE(words, expected);
}

QTEST_GUILESS_MAIN(TestAliyunCliCommand)
#include "TestAliyunCliCommand.moc"
