#include "K8sContent.h"
#include "ui_K8sContent.h"

#include "MonospaceEditor.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sx {

K8sContent::K8sContent(QWidget* parent)
    : ContentEditor(parent)
    , m_ui(new Ui::K8sContent())
{
    m_ui->setupUi(this);
    m_ui->k8sResourceCombo->addItems({QStringLiteral("job"), QStringLiteral("shell")});
    makeMonospace(m_ui->k8sContentEdit);
    connect(m_ui->k8sResourceCombo, &QComboBox::editTextChanged, this, &ContentEditor::changed);
    connect(m_ui->k8sImageEdit, &QLineEdit::textChanged, this, &ContentEditor::changed);
    connect(m_ui->k8sContentEdit, &QPlainTextEdit::textChanged, this, &ContentEditor::changed);
}

K8sContent::~K8sContent() = default;

void K8sContent::load(const Job& job)
{
    const QSignalBlocker blocker(this);
    const bool k8s = job.text(Param::JobType) == QLatin1String("k8s");
    const QJsonObject attrs = k8s ? QJsonDocument::fromJson(job.text(Param::XAttrs).toUtf8()).object() : QJsonObject();
    m_ui->k8sResourceCombo->setCurrentText(attrs.value(QStringLiteral("resource")).toString(QStringLiteral("job")));
    m_ui->k8sImageEdit->setText(attrs.value(QStringLiteral("image")).toString());
    m_ui->k8sContentEdit->setPlainText(k8s ? job.text(Param::Content) : QString());
}

void K8sContent::store(Job& job) const
{
    QJsonObject attrs {{QStringLiteral("resource"), m_ui->k8sResourceCombo->currentText().trimmed()}};
    if (!m_ui->k8sImageEdit->text().trimmed().isEmpty())
        attrs.insert(QStringLiteral("image"), m_ui->k8sImageEdit->text().trimmed());
    job.set(Param::XAttrs, QString::fromUtf8(QJsonDocument(attrs).toJson(QJsonDocument::Compact)));
    job.setText(Param::Content, m_ui->k8sContentEdit->toPlainText());
}

QWidget* K8sContent::widgetFor(const Problem& problem) const
{
    if (problem.param == Param::XAttrs)
        return problem.path.contains(QLatin1String("image")) ? static_cast<QWidget*>(m_ui->k8sImageEdit)
                                                             : m_ui->k8sResourceCombo;
    return problem.param == Param::Content ? m_ui->k8sContentEdit : nullptr;
}

} // namespace sx
