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

} // namespace sx::test
