#include "SubmitPanel.h"
#include "ui_SubmitPanel.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QJsonDocument>

namespace sx {

SubmitPanel::SubmitPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::SubmitPanel())
{
    m_ui->setupUi(this);
    connect(m_ui->submitButton, &QPushButton::clicked, this, [this] {
        if (m_state == State::Waiting)
            Q_EMIT cancelRequested();
        else if (m_state == State::Ready)
            Q_EMIT submitRequested();
    });
    connect(m_ui->inspectButton, &QPushButton::clicked, this, &SubmitPanel::inspectRequested);
    connect(m_ui->detailsButton, &QToolButton::toggled, this, &SubmitPanel::setDetailsShown);
    connect(m_ui->copyJobIdButton, &QToolButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_jobId);
        Q_EMIT copied(tr("JobId %1 copied").arg(m_jobId));
    });
    connect(m_ui->copyRequestIdButton, &QToolButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_requestId);
        Q_EMIT copied(tr("RequestId %1 copied").arg(m_requestId));
    });
    clear();
    setState(State::Ready);
}

SubmitPanel::~SubmitPanel() = default;

void SubmitPanel::setState(State state, const QString& blockedReason)
{
    m_state = state;
    const bool busy = state == State::Waiting || state == State::Sent;
    // While a call is in flight the button cancels it, and only until the request has left.
    m_ui->submitButton->setText(busy ? tr("Cancel") : tr("Submit"));
    m_ui->submitButton->setEnabled(state == State::Ready || state == State::Waiting);
    m_ui->submitButton->setToolTip(state == State::Blocked ? blockedReason : QString());
    if (state == State::Waiting)
        setStatus(QStyle::SP_BrowserReload, tr("Signing and sending…"));
    else if (state == State::Sent)
        setStatus(QStyle::SP_BrowserReload, tr("Sent; waiting for the answer. It can no longer be cancelled."));
}

SubmitPanel::State SubmitPanel::state() const
{
    return m_state;
}

void SubmitPanel::clear()
{
    m_jobId.clear();
    m_requestId.clear();
    m_ui->jobIdFrame->setVisible(false);
    m_ui->outcomeIcon->clear();
    m_ui->outcomeLabel->clear();
    m_ui->detailsEdit->clear();
    m_ui->detailsButton->setChecked(false);
    m_ui->detailsButton->setVisible(false);
    setDetailsShown(false);
}

QString SubmitPanel::jobId() const
{
    return m_jobId;
}

void SubmitPanel::setStatus(QStyle::StandardPixmap icon, const QString& text)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->outcomeIcon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_ui->outcomeLabel->setText(text);
}

void SubmitPanel::setDetailsShown(bool shown)
{
    // The monospace font only once the details are first opened: loading it for the hidden editor cost 1.5 % of
    // the start-up (bench/run-startup-bench).
    if (shown && !m_detailsFontSet) {
        m_detailsFontSet = true;
        m_ui->detailsEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    m_ui->detailsEdit->setVisible(shown);
    m_ui->detailsButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
}

void SubmitPanel::showResult(const SubmitResult& result, const QString& historyProblem)
{
    clear();
    m_requestId = result.requestId;
    const QString plain = result.hint.isEmpty() ? result.message : result.hint;
    switch (result.outcome) {
    case Outcome::Created:
        m_jobId = result.jobId;
        m_ui->jobIdLabel->setText(result.jobId);
        m_ui->jobIdFrame->setVisible(true);
        setStatus(QStyle::SP_DialogApplyButton, tr("Created."));
        break;
    case Outcome::Refused:
        setStatus(QStyle::SP_MessageBoxCritical, tr("Refused by the service: %1").arg(plain));
        break;
    case Outcome::Unknown:
        setStatus(QStyle::SP_MessageBoxWarning,
                  tr("Outcome unknown: the request may have reached the service, so the job may or may not exist. "
                     "Check the console or list the jobs before submitting again. (%1)")
                      .arg(result.message));
        break;
    case Outcome::Failed:
        setStatus(QStyle::SP_MessageBoxCritical, tr("Not sent: %1").arg(plain));
        break;
    }
    m_ui->requestIdLabel->setText(result.requestId.isEmpty() ? QString() : tr("RequestId %1").arg(result.requestId));
    m_ui->requestIdLabel->setVisible(!result.requestId.isEmpty());
    m_ui->copyRequestIdButton->setVisible(!result.requestId.isEmpty());
    if (result.outcome != Outcome::Created && !result.requestId.isEmpty())
        m_ui->jobIdFrame->setVisible(true); // the RequestId is what support asks for
    m_ui->jobIdCaption->setVisible(result.outcome == Outcome::Created);
    m_ui->copyJobIdButton->setVisible(result.outcome == Outcome::Created);

    QString details = detailsText(result);
    if (!historyProblem.isEmpty())
        details = tr("Not recorded in the history: %1").arg(historyProblem) + QLatin1String("\n\n") + details;
    m_ui->detailsEdit->setPlainText(details);
    m_ui->detailsButton->setVisible(true);
}

QString SubmitPanel::detailsText(const SubmitResult& result)
{
    QStringList lines;
    const auto add = [&lines](const QString& label, const QString& value) {
        if (!value.isEmpty())
            lines << label.arg(value);
    };
    add(tr("Outcome: %1"), outcomeName(result.outcome));
    add(tr("HTTP status: %1"), result.httpStatus ? QString::number(result.httpStatus) : QString());
    add(tr("Code: %1"), result.code);
    add(tr("Message: %1"), result.message);
    add(tr("Advice: %1"), result.hint);
    add(tr("RequestId: %1"), result.requestId);
    add(tr("JobId: %1"), result.jobId);
    add(tr("Recommendation: %1"), result.recommend);
    add(tr("Access denied detail: %1"), result.accessDeniedDetail);
    add(tr("Server string to sign: %1"), result.serverStringToSign);
    add(tr("Attempts: %1"), result.attempts > 1 ? QString::number(result.attempts) : QString());
    add(tr("Duration: %1 ms"), result.durationMs ? QString::number(result.durationMs) : QString());
    if (!result.responseBody.isEmpty()) {
        const QJsonDocument json = QJsonDocument::fromJson(result.responseBody);
        const QByteArray body = json.isNull() ? result.responseBody : json.toJson(QJsonDocument::Indented);
        lines << QString() << tr("Answer as received:") << QString::fromUtf8(body);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace sx
