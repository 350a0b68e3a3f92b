#include "OtherContent.h"
#include "ui_OtherContent.h"

namespace sx {

OtherContent::OtherContent(QWidget* parent)
    : ContentEditor(parent)
    , m_ui(new Ui::OtherContent())
{
    m_ui->setupUi(this);
    connect(m_ui->otherContentEdit, &QPlainTextEdit::textChanged, this, &ContentEditor::changed);
}

OtherContent::~OtherContent() = default;

void OtherContent::load(const Job& job)
{
    const QSignalBlocker blocker(this);
    const bool other = contentKindFor(job.text(Param::JobType)) == ContentKind::Other;
    m_ui->otherContentEdit->setPlainText(other ? job.text(Param::Content) : QString());
}

void OtherContent::store(Job& job) const
{
    job.setText(Param::Content, m_ui->otherContentEdit->toPlainText());
}

QWidget* OtherContent::widgetFor(const Problem& problem) const
{
    return problem.param == Param::Content ? m_ui->otherContentEdit : nullptr;
}

void OtherContent::setJobType(const QString& jobType)
{
    // The API documents no format for these types' Content; the hints say what their consoles ask for.
    if (jobType == QLatin1String("xxljob"))
        m_ui->otherContentEdit->setPlaceholderText(tr("The XXL-JOB JobHandler to run, e.g. demoJobHandler"));
    else if (jobType == QLatin1String("dataworks"))
        m_ui->otherContentEdit->setPlaceholderText(tr("The DataWorks node's content, as DataWorks exports it"));
    else if (jobType == QLatin1String("springschedule"))
        m_ui->otherContentEdit->setPlaceholderText(tr("The @Scheduled method to run, e.g. orderService.cleanUp"));
    else
        m_ui->otherContentEdit->setPlaceholderText(QString());
    m_ui->otherNote->setText(
        tr("The API documents no fixed format for the content of %1 jobs: it is sent exactly as typed, or not at "
           "all when empty. Such jobs are usually created by their worker or by DataWorks.")
            .arg(jobType));
}

} // namespace sx
