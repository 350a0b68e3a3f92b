#pragma once

#include <QByteArray>
#include <QString>

namespace sx::test {

// The source tree, for example and fixture files (set by CTest as SX_SOURCE_DIR).
QString sourcePath(const QString& relative);
QByteArray readSourceFile(const QString& relative);

} // namespace sx::test
