#include "RequestInspector.h"
#include "ui_RequestInspector.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>

namespace sx {

RequestInspector::RequestInspector(QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::RequestInspector())
{
    m_ui->setupUi(this);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->httpEdit->setFont(mono);
    m_ui->aliyunEdit->setFont(mono);
    connect(m_ui->copyRequestButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(requestText()); });
    connect(m_ui->copyAliyunButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(aliyunCommand()); });
}

RequestInspector::~RequestInspector() = default;

void RequestInspector::showRequest(const SignedRequest& request, const QString& aliyunCommand, const QString& origin)
{
    m_ui->originLabel->setText(origin);
    m_ui->httpEdit->setPlainText(request.toDisplayText());
    m_ui->aliyunEdit->setPlainText(aliyunCommand);
    show();
}

QString RequestInspector::requestText() const
{
    return m_ui->httpEdit->toPlainText();
}

QString RequestInspector::aliyunCommand() const
{
    return m_ui->aliyunEdit->toPlainText();
}

} // namespace sx
