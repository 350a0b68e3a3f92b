#include "HttpContent.h"
#include "ui_HttpContent.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sx {

namespace {

constexpr int DefaultTimeoutSeconds = 15;

} // namespace

HttpContent::HttpContent(QWidget* parent)
    : ContentEditor(parent)
    , m_ui(new Ui::HttpContent())
{
    m_ui->setupUi(this);
    m_ui->httpMethodCombo->addItems({QStringLiteral("GET"), QStringLiteral("POST")});
    m_ui->httpTimeoutSpin->setValue(DefaultTimeoutSeconds);
    for (QLineEdit* edit : {m_ui->httpUrlEdit, m_ui->respKeyEdit, m_ui->respValueEdit, m_ui->cookieEdit})
        connect(edit, &QLineEdit::textChanged, this, &ContentEditor::changed);
    connect(m_ui->httpMethodCombo, &QComboBox::currentIndexChanged, this, &ContentEditor::changed);
    connect(m_ui->httpTimeoutSpin, &QSpinBox::valueChanged, this, &ContentEditor::changed);
}

HttpContent::~HttpContent() = default;

void HttpContent::load(const Job& job)
{
    const QSignalBlocker blocker(this);
    const QJsonObject http = job.text(Param::JobType) == QLatin1String("http")
        ? QJsonDocument::fromJson(job.text(Param::Content).toUtf8()).object()
        : QJsonObject();
    m_ui->httpUrlEdit->setText(http.value(QStringLiteral("url")).toString());
    m_ui->httpMethodCombo->setCurrentText(http.value(QStringLiteral("method")).toString(QStringLiteral("GET")));
    m_ui->httpTimeoutSpin->setValue(http.value(QStringLiteral("timeout")).toInt(DefaultTimeoutSeconds));
    m_ui->respKeyEdit->setText(http.value(QStringLiteral("respKey")).toString());
    m_ui->respValueEdit->setText(http.value(QStringLiteral("respValue")).toString());
    m_ui->cookieEdit->setText(http.value(QStringLiteral("cookie")).toString());
}

void HttpContent::store(Job& job) const
{
    QJsonObject http {{QStringLiteral("url"), m_ui->httpUrlEdit->text().trimmed()},
                      {QStringLiteral("method"), m_ui->httpMethodCombo->currentText()},
                      {QStringLiteral("timeout"), m_ui->httpTimeoutSpin->value()}};
    const std::pair<const char*, QLineEdit*> optional[] = {
        {"respKey", m_ui->respKeyEdit}, {"respValue", m_ui->respValueEdit}, {"cookie", m_ui->cookieEdit}};
    for (const auto& [key, edit] : optional) {
        if (!edit->text().isEmpty())
            http.insert(QLatin1String(key), edit->text());
    }
    job.set(Param::Content, QString::fromUtf8(QJsonDocument(http).toJson(QJsonDocument::Compact)));
}

QWidget* HttpContent::widgetFor(const Problem& problem) const
{
    if (problem.param != Param::Content)
        return nullptr;
    // "Content.method" and friends: the field it names; the URL for the content as a whole.
    const QString key = problem.path.section(QLatin1Char('.'), 1);
    const QHash<QString, QWidget*> fields {{QStringLiteral("method"), m_ui->httpMethodCombo},
                                           {QStringLiteral("timeout"), m_ui->httpTimeoutSpin},
                                           {QStringLiteral("respKey"), m_ui->respKeyEdit},
                                           {QStringLiteral("respValue"), m_ui->respValueEdit},
                                           {QStringLiteral("cookie"), m_ui->cookieEdit}};
    return fields.value(key, m_ui->httpUrlEdit);
}

} // namespace sx
