#include "ScriptContent.h"
#include "ui_ScriptContent.h"

#include "JobKinds.h"
#include "MonospaceEditor.h"

namespace sx {

ScriptContent::ScriptContent(QWidget* parent)
    : ContentEditor(parent)
    , m_ui(new Ui::ScriptContent())
{
    m_ui->setupUi(this);
    makeMonospace(m_ui->scriptEdit);
    connect(m_ui->scriptEdit, &QPlainTextEdit::textChanged, this, &ContentEditor::changed);
    connect(m_ui->scriptEdit, &QPlainTextEdit::cursorPositionChanged, this, &ScriptContent::updateCursorLabel);
    updateCursorLabel();
}

ScriptContent::~ScriptContent() = default;

void ScriptContent::load(const Job& job)
{
    const QSignalBlocker blocker(m_ui->scriptEdit);
    m_ui->scriptEdit->setPlainText(JobKinds::isScriptType(job.text(Param::JobType)) ? job.text(Param::Content)
                                                                                    : QString());
    updateCursorLabel();
}

void ScriptContent::store(Job& job) const
{
    job.setText(Param::Content, m_ui->scriptEdit->toPlainText());
}

QWidget* ScriptContent::widgetFor(const Problem& problem) const
{
    return problem.param == Param::Content ? m_ui->scriptEdit : nullptr;
}

void ScriptContent::updateCursorLabel()
{
    const QTextCursor cursor = m_ui->scriptEdit->textCursor();
    m_ui->cursorLabel->setText(
        tr("Line %1, column %2").arg(cursor.blockNumber() + 1).arg(cursor.positionInBlock() + 1));
}

} // namespace sx
