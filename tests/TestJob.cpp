// The job as a value: what setting a form field's text does to it.
#include "Job.h"

#include <QTest>

using namespace sx;

class TestJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setTextUnsetsWhenEmpty();
};

void TestJob::setTextUnsetsWhenEmpty()
{
    Job job;
    job.setText(Param::Name, QStringLiteral("nightly"));
    QCOMPARE(job.value(Param::Name), QVariant(QStringLiteral("nightly")));
    job.setText(Param::Name, QString()); // an emptied field is not sent as ""
    QVERIFY(!job.has(Param::Name));
    job.setText(Param::JobType, QStringLiteral("golang")); // set() as ever: the canonical spelling
    QCOMPARE(job.text(Param::JobType), QStringLiteral("go"));
}

QTEST_APPLESS_MAIN(TestJob)
#include "TestJob.moc"
