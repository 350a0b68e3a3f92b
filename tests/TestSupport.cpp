#include "TestSupport.h"

#include <QFile>
#include <QTest>

namespace sx::test {

QString sourcePath(const QString& relative)
{
    const QByteArray root = qgetenv("SX_SOURCE_DIR");
    return QString::fromLocal8Bit(root.isEmpty() ? QByteArray(".") : root) + '/' + relative;
}

QByteArray readSourceFile(const QString& relative)
{
    QFile f(sourcePath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

sx::Job signingVectorJob()
{
    using sx::Param;
    sx::Job job;
    job.set(Param::RegionId, "cn-hangzhou");
    job.set(Param::Namespace, "adcfc35d-e2fe-4fe9-bbaa-20e90ffc1234");
    job.set(Param::GroupId, "testSchedulerx.defaultGroup");
    job.set(Param::JobType, "java");
    job.set(Param::Name, "每日 报表 job*~");
    job.set(Param::ExecuteMode, "standalone");
    job.set(Param::ClassName, "com.example.HelloJob");
    job.set(Param::TimeType, 1);
    job.set(Param::TimeExpression, "0 0/10 * * * ?");
    job.set(Param::Parameters, "a=1&b=2");
    job.set(Param::MaxConcurrency, 1);
    job.set(Param::Timeout, qint64(7200));
    job.set(Param::TimeoutEnable, true);
    job.set(Param::SendChannel, "sms,mail");
    job.setContacts({{"Tom", "1381111****", {}, {}}, {"Ann", {}, "ann@example.com", {}}});
    return job;
}

sx::Job validSampleJob()
{
    sx::Job job = signingVectorJob();
    job.setContacts({{"Tom", "13811112222", {}, {}}, {"Ann", {}, "ann@example.com", {}}});
    return job;
}

} // namespace sx::test
