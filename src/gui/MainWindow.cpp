#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "JobForm.h"
#include "JobKinds.h"
#include "RequestBuilder.h"
#include "SandboxServer.h"
#include "SchedulerXClient.h"

#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QSaveFile>

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
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::open);
    connect(m_ui->actionSave, &QAction::triggered, this, &MainWindow::save);

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
    m_file = JobFile();
    m_path.clear();
    updateTitle();
    m_ui->statusLabel->clear();
    m_ui->jobIdLabel->clear();
    m_ui->copyJobIdButton->setVisible(false);
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_path.isEmpty() ? tr("New job - SchedulerX Job Studio")
                                    : tr("%1 - SchedulerX Job Studio").arg(QFileInfo(m_path).fileName()));
}

bool MainWindow::openFile(const QString& path, QString* error)
{
    JobFileError fileError;
    const std::optional<JobFile> file = JobFileFormat::load(path, &fileError);
    if (!file) {
        if (error)
            *error = fileError.toString();
        return false;
    }
    m_file = *file;
    m_path = path;
    m_ui->jobForm->setJob(file->job);
    m_ui->statusLabel->clear();
    m_ui->jobIdLabel->clear();
    m_ui->copyJobIdButton->setVisible(false);
    updateTitle();
    return true;
}

bool MainWindow::saveFile(const QString& path, QString* error)
{
    JobFile file = m_file; // a template stays a template, with its name and unknown fields
    file.job = m_ui->jobForm->job();
    QSaveFile out(path); // all or nothing: a failed save never leaves half a file
    if (!out.open(QIODevice::WriteOnly) || out.write(JobFileFormat::serialize(file)) < 0 || !out.commit()) {
        if (error)
            *error = out.errorString();
        return false;
    }
    m_file = file;
    m_path = path;
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 3000);
    return true;
}

void MainWindow::open()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open job"), QFileInfo(m_path).path(),
                                                      tr("Job files (*.json);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !openFile(path, &error))
        QMessageBox::warning(this, tr("Open job"), tr("%1 could not be opened.\n%2").arg(path, error));
}

void MainWindow::save()
{
    QString path = m_path;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Save job"), tr("job.json"), tr("Job files (*.json)"));
    QString error;
    if (!path.isEmpty() && !saveFile(path, &error))
        QMessageBox::warning(this, tr("Save job"), tr("%1 could not be saved.\n%2").arg(path, error));
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
