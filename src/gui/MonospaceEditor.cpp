#include "MonospaceEditor.h"

#include <QFontDatabase>
#include <QPlainTextEdit>

namespace sx {

void makeMonospace(QPlainTextEdit* editor)
{
    editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    editor->setTabStopDistance(4 * editor->fontMetrics().horizontalAdvance(QLatin1Char(' ')));
    editor->setLineWrapMode(QPlainTextEdit::NoWrap);
}

} // namespace sx
