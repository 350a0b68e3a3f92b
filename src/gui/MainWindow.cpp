#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "JobForm.h"
#include "JobKinds.h"
#include "RequestBuilder.h"
#include "SandboxServer.h"
#include "SchedulerXClient.h"

#include <QClipboard>
#include <QGuiApplication>

namespace sx {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow())
    , m_sandbox(new SandboxServer(this))
    , m_client(new SchedulerXClient(this))
{
    m_ui->setupUi(this);

    // For now the in-process sandbox is the only target (profiles come later in issue 6).
    if (!m_sandbox->listen()) {
        m_ui->sandboxBanner->setText(tr("The sandbox could not start: %1").arg(m_sandbox->errorString()));
        delete m_sandbox;
        m_sandbox = nullptr;
    }

    m_ui->submitButton->setShortcut(QKeySequence()); // the action owns Ctrl+Return
    m_ui->copyJobIdButton->setVisible(false);
    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::newJob);
    connect(m_ui->actionSubmit, &QAction::triggered, this, &MainWindow::submit);
    connect(m_ui->submitButton, &QPushButton::clicked, this, [this] {
        if (m_operation)
            cancelSubmit();
        else
            submit();
    });
    connect(m_ui->copyJobIdButton, &QToolButton::clicked, this, &MainWindow::copyJobId);
    connect(m_ui->jobForm, &JobForm::problemsChanged, this, &MainWindow::updateSubmitEnabled);
    // Open and Save arrive with job files (JobFileFormat); until then they are visibly unavailable.
    m_ui->actionOpen->setEnabled(false);
    m_ui->actionSave->setEnabled(false);

    newJob();
}

MainWindow::~MainWindow() = default;

JobForm* MainWindow::jobForm() const
{
    return m_ui->jobForm;
}

SandboxServer* MainWindow::sandbox() const
{
    return m_sandbox;
}

void MainWindow::newJob()
{
    // A job the sandbox accepts as it stands, so that a new user can submit at once.
    Job job;
    job.set(Param::RegionId, QStringLiteral("cn-hangzhou"));
    if (m_sandbox && !m_sandbox->namespaces().isEmpty() && !m_sandbox->groups().isEmpty()) {
        job.set(Param::Namespace, m_sandbox->namespaces().first().uid);
        job.set(Param::GroupId, m_sandbox->groups().first().groupId);
    }
    job.set(Param::JobType, QStringLiteral("java"));
    job.set(Param::ExecuteMode, QStringLiteral("standalone"));
    job.set(Param::TimeType, int(JobKinds::Cron));
    job.set(Param::TimeExpression, QStringLiteral("0 0/10 * * * ?"));
    m_ui->jobForm->setJob(job);
    m_ui->statusLabel->clear();
    m_ui->jobIdLabel->clear();
    m_ui->copyJobIdButton->setVisible(false);
}

void MainWindow::updateSubmitEnabled()
{
    const bool busy = !m_operation.isNull();
    const bool canSubmit = m_sandbox && !m_ui->jobForm->hasErrors();
    m_ui->actionSubmit->setEnabled(!busy && canSubmit);
    // While a call is in flight the button cancels it, and only until the request has left.
    m_ui->submitButton->setText(busy ? tr("Cancel") : tr("Submit"));
    m_ui->submitButton->setEnabled(busy ? !m_operation->isSent() : canSubmit);
}

void MainWindow::submit()
{
    if (m_operation || !m_sandbox || m_ui->jobForm->hasErrors())
        return; // never twice at once
    ClientOptions options;
    options.endpoint = m_sandbox->url();
    m_ui->jobIdLabel->clear();
    m_ui->copyJobIdButton->setVisible(false);
    m_ui->statusLabel->setText(tr("Submitting…"));
    m_operation = m_client->start(RequestBuilder::createJob(m_ui->jobForm->job()), m_sandbox->credentials(), options);
    connect(m_operation, &CallOperation::sent, this, [this] {
        m_ui->statusLabel->setText(tr("Sent; waiting for the answer…"));
        updateSubmitEnabled();
    });
    connect(m_operation, &CallOperation::finished, this, &MainWindow::onSubmitFinished);
    updateSubmitEnabled();
}

void MainWindow::cancelSubmit()
{
    if (m_operation)
        m_operation->cancel();
}

void MainWindow::onSubmitFinished(const SubmitResult& result)
{
    m_operation = nullptr; // it deletes itself after finished()
    switch (result.outcome) {
    case Outcome::Created:
        m_ui->statusLabel->setText(tr("Created. RequestId %1").arg(result.requestId));
        m_ui->jobIdLabel->setText(tr("JobId %1").arg(result.jobId));
        m_ui->jobIdLabel->setProperty("jobId", result.jobId);
        m_ui->copyJobIdButton->setVisible(true);
        break;
    case Outcome::Refused:
        m_ui->statusLabel->setText(tr("Refused: %1").arg(result.hint.isEmpty() ? result.message : result.hint));
        break;
    case Outcome::Unknown:
        m_ui->statusLabel->setText(
            tr("Unknown outcome: the job may or may not have been created. %1").arg(result.message));
        break;
    case Outcome::Failed:
        m_ui->statusLabel->setText(tr("Not sent: %1").arg(result.hint.isEmpty() ? result.message : result.hint));
        break;
    }
    updateSubmitEnabled();
}

void MainWindow::copyJobId()
{
    QGuiApplication::clipboard()->setText(m_ui->jobIdLabel->property("jobId").toString());
    statusBar()->showMessage(tr("JobId copied"), 3000);
}

} // namespace sx
