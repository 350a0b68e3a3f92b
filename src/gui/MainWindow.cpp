#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AliyunCliCommand.h"
#include "AppIcon.h"
#include "Banner.h"
#include "GlyphIcon.h"
#include "HistoryBrowser.h"
#include "JobForm.h"
#include "JobKinds.h"
#include "NamespacePicker.h"
#include "Placeholders.h"
#include "PlaceholdersDialog.h"
#include "ProfilesDialog.h"
#include "RequestBuilder.h"
#include "RequestInspector.h"
#include "SandboxServer.h"
#include "ServiceDirectory.h"
#include "SettingsDialog.h"
#include "Signer.h"
#include "Submission.h"
#include "SubmitPanel.h"
#include "TargetResolver.h"
#include "TemplateLibrary.h"
#include "Validator.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTime>
#include <QTimer>

namespace sx {

namespace {

const QString SandboxLabel = QStringLiteral("sandbox"); // the history's profile column for sandbox attempts

QByteArray serialized(const JobFile& file, const Job& job)
{
    JobFile copy = file;
    copy.job = job;
    return JobFileFormat::serialize(copy);
}

} // namespace

MainWindow::MainWindow(AppContext* context, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow())
    , m_ownContext(context ? nullptr : AppContext::forUser())
    , m_context(context ? context : m_ownContext.get())
    , m_client(new SchedulerXClient(this))
{
    m_ui->setupUi(this);
    m_ui->keychainBanner->setKind(Banner::Kind::Warning);
    m_directory = new ServiceDirectory(this);
    m_picker = m_ui->jobForm->addNamespacePicker(m_directory);
    connect(m_picker, &NamespacePicker::statusChanged, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    setupActions();
    setupProfileChooser();
    setupDocks();

    connect(m_ui->jobForm, &JobForm::problemsChanged, this, &MainWindow::updateSubmitState);
    connect(m_ui->jobForm, &JobForm::changed, this, &MainWindow::updateTitle);
    connect(m_ui->submitPanel, &SubmitPanel::submitRequested, this, &MainWindow::submit);
    connect(m_ui->submitPanel, &SubmitPanel::cancelRequested, this, &MainWindow::cancelSubmit);
    connect(m_ui->submitPanel, &SubmitPanel::inspectRequested, this, &MainWindow::inspect);
    connect(m_ui->submitPanel, &SubmitPanel::copied, this,
            [this](const QString& what) { statusBar()->showMessage(what, 3000); });
    connect(m_context->secrets.get(), &SecretStore::stateChanged, this, &MainWindow::updateBanners);

    newJob();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

JobForm* MainWindow::jobForm() const
{
    return m_ui->jobForm;
}

SubmitPanel* MainWindow::submitPanel() const
{
    return m_ui->submitPanel;
}

SandboxServer* MainWindow::sandbox() const
{
    return m_sandbox;
}

RequestInspector* MainWindow::inspector() const
{
    return m_inspector;
}

void MainWindow::paintEvent(QPaintEvent* event)
{
    QMainWindow::paintEvent(event);
    if (!m_painted) {
        m_painted = true;
        // Once the first frame is on screen, and only when there is a history: on a first launch there is
        // nothing to prune, and the file is made by the first submission.
        if (QFileInfo::exists(m_context->historyPath))
            QTimer::singleShot(0, this, &MainWindow::tidyHistory);
        // The icon for the window system, this window's and every later one's: on X11 it decodes four PNGs and
        // sends them to the server, which held up the first frame by 2 % of the start-up instructions.
        QTimer::singleShot(0, this, [] { QApplication::setWindowIcon(appIcon()); });
    }
}

void MainWindow::tidyHistory()
{
    HistoryStore* history = m_context->history();
    if (!history->isWritable()) {
        statusBar()->showMessage(tr("Submissions are not recorded: %1").arg(history->errorString()));
        return;
    }
    const std::optional<QDateTime> cutoff = m_context->settings->historyCutoff();
    QString error;
    if (cutoff && !history->prune(*cutoff, &error))
        statusBar()->showMessage(tr("Old history entries could not be removed: %1").arg(error));
}

Submission* MainWindow::submission()
{
    if (!m_submission) {
        m_submission = new Submission(m_client, m_context->history(), this);
        connect(m_submission, &Submission::sent, this, &MainWindow::updateSubmitState);
        connect(m_submission, &Submission::finished, this, &MainWindow::onSubmitFinished);
    }
    return m_submission;
}

bool MainWindow::isSubmitting() const
{
    return m_submission && m_submission->isRunning();
}

void MainWindow::setupActions()
{
    // The desktop theme's icons where it has one, else drawn ones (GlyphIcon).
    m_ui->actionNew->setIcon(glyphIcon(Glyph::NewFile));
    m_ui->actionOpen->setIcon(glyphIcon(Glyph::Open));
    m_ui->actionSave->setIcon(glyphIcon(Glyph::Save));
    m_ui->actionSubmit->setIcon(glyphIcon(Glyph::Send));
    m_ui->actionInspect->setIcon(glyphIcon(Glyph::Inspect));
    // Ctrl+Enter on the keypad as well as the main keyboard.
    m_ui->actionSubmit->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});

    connect(m_ui->actionNew, &QAction::triggered, this, [this] {
        if (maybeKeepChanges())
            newJob();
    });
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::open);
    connect(m_ui->actionSave, &QAction::triggered, this, &MainWindow::save);
    connect(m_ui->actionSaveAs, &QAction::triggered, this, &MainWindow::saveAs);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionSubmit, &QAction::triggered, this, &MainWindow::submit);
    connect(m_ui->actionInspect, &QAction::triggered, this, &MainWindow::inspect);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::editSettings);
    connect(m_ui->actionProfiles, &QAction::triggered, this, &MainWindow::editProfiles);
    connect(m_ui->sandboxBanner, &Banner::actionTriggered, m_ui->actionProfiles, &QAction::trigger);
}

void MainWindow::setupDocks()
{
    // Both start hidden on first launch; afterwards the window state brings back what the user left open. Their
    // contents are made when first shown: neither the template folder nor a large history costs anything at start.
    auto* templatesDock = new QDockWidget(tr("Templates"), this);
    templatesDock->setObjectName(QStringLiteral("templatesDock"));
    addDockWidget(Qt::LeftDockWidgetArea, templatesDock);
    templatesDock->hide();
    connect(templatesDock, &QDockWidget::visibilityChanged, this, [this, templatesDock](bool visible) {
        if (!visible || m_templateLibrary)
            return;
        m_templateLibrary = new TemplateLibrary(m_context->templates.get(), templatesDock);
        m_templateLibrary->setObjectName(QStringLiteral("templateLibrary"));
        templatesDock->setWidget(m_templateLibrary);
        connect(m_templateLibrary, &TemplateLibrary::openTemplate, this, &MainWindow::openTemplate);
        connect(m_templateLibrary, &TemplateLibrary::saveAsTemplateRequested, this, &MainWindow::saveAsTemplate);
    });

    auto* historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    addDockWidget(Qt::BottomDockWidgetArea, historyDock);
    historyDock->hide();
    connect(historyDock, &QDockWidget::visibilityChanged, this, [this, historyDock](bool visible) {
        if (!visible || m_historyBrowser)
            return;
        m_historyBrowser = new HistoryBrowser(m_context->history(), historyDock);
        m_historyBrowser->setObjectName(QStringLiteral("historyBrowser"));
        m_historyBrowser->restoreColumns(m_context->settings->geometry(QStringLiteral("HistoryColumns")));
        historyDock->setWidget(m_historyBrowser);
        connect(m_historyBrowser, &HistoryBrowser::openAsNewJob, this, &MainWindow::openAsNewJob);
    });

    for (QDockWidget* dock : {templatesDock, historyDock}) {
        QAction* toggle = dock->toggleViewAction();
        m_ui->menuView->addAction(toggle);
        m_ui->mainToolBar->insertAction(m_ui->actionSubmit, toggle);
    }
    templatesDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    historyDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_ui->mainToolBar->insertSeparator(m_ui->actionSubmit);
    connect(m_ui->actionSaveAsTemplate, &QAction::triggered, this, &MainWindow::saveAsTemplate);
}

void MainWindow::openTemplate(const JobFile& file, const QString& path)
{
    if (!maybeKeepChanges())
        return;
    load(file, path); // editing a template in place: Save writes back to its file in the library
}

void MainWindow::openAsNewJob(const JobFile& file)
{
    if (!maybeKeepChanges())
        return;
    load(file, QString());
    statusBar()->showMessage(tr("Opened from the history as a new job"), 3000);
}

void MainWindow::saveAsTemplate()
{
    findChild<QDockWidget*>(QStringLiteral("templatesDock"))->show(); // makes the library on first use
    if (m_templateLibrary)
        m_templateLibrary->saveAsTemplate(m_ui->jobForm->job());
}

void MainWindow::editProfiles()
{
    ProfilesDialog dialog(*m_context->profiles, *m_context->secrets, this);
    dialog.setObjectName(QStringLiteral("profilesDialog"));
    if (!currentProfile().isEmpty())
        dialog.selectProfile(currentProfile());
    connect(&dialog, &ProfilesDialog::profileRenamed, this, [this](const QString& from, const QString& to) {
        if (currentProfile() != from)
            return;
        refreshProfiles();
        setCurrentProfile(to); // the chosen target follows its new name
    });
    connect(&dialog, &ProfilesDialog::profilesChanged, this, &MainWindow::refreshProfiles);
    dialog.exec();
    refreshProfiles();
}

void MainWindow::setupProfileChooser()
{
    auto* label = new QLabel(tr("Target:"), this);
    label->setContentsMargins(8, 0, 4, 0);
    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(QStringLiteral("targetCombo"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileCombo->setToolTip(tr("Where Submit sends the job: the built-in sandbox or one of your profiles"));
    label->setBuddy(m_profileCombo);
    m_ui->mainToolBar->addWidget(label);
    m_ui->mainToolBar->addWidget(m_profileCombo);
    m_ui->mainToolBar->addAction(m_ui->actionProfiles);
    refreshProfiles();

    // The last target chosen; on first launch, with no profile yet, the sandbox, so one can submit at once.
    const QString remembered = m_context->settings->lastTarget();
    const QString initial =
        m_context->profiles->contains(remembered) ? remembered : m_context->profiles->defaultProfileName();
    setCurrentProfile(initial);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &MainWindow::onTargetChanged);
    onTargetChanged();
}

void MainWindow::refreshProfiles()
{
    const QString current = m_profileCombo->currentData().toString();
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    m_profileCombo->addItem(tr("Sandbox (built-in)"), QString());
    const QString defaultName = m_context->profiles->defaultProfileName();
    for (const Profile& profile : m_context->profiles->profiles()) {
        const QString text = profile.name == defaultName ? tr("%1 (default)").arg(profile.name) : profile.name;
        m_profileCombo->addItem(text, profile.name);
        m_profileCombo->setItemData(m_profileCombo->count() - 1, tr("Region %1").arg(profile.region), Qt::ToolTipRole);
    }
    m_profileCombo->setCurrentIndex(std::max(0, m_profileCombo->findData(current)));
}

QString MainWindow::currentProfile() const
{
    return m_profileCombo->currentData().toString();
}

void MainWindow::setCurrentProfile(const QString& name)
{
    m_profileCombo->setCurrentIndex(std::max(0, m_profileCombo->findData(name)));
}

void MainWindow::onTargetChanged()
{
    m_context->settings->setLastTarget(currentProfile());
    if (currentProfile().isEmpty())
        ensureSandbox();
    else if (m_context->secrets->state() == SecretStore::State::Unknown)
        m_context->secrets->probe([](SecretStore::State) {}); // only a real profile needs the keychain
    m_lastResult.reset(); // the inspector must not show a request made for another target
    updatePickerTarget();
    updateBanners();
    updateSubmitState();
}

void MainWindow::updatePickerTarget()
{
    // The lists come from the chosen target, asked only when a list is missing: no keychain prompt at start.
    m_picker->setTarget(currentProfile().isEmpty() ? SandboxLabel : currentProfile(),
                        [this](const QString& region, QString* error) -> std::optional<ServiceTarget> {
                            Job job;
                            job.set(Param::RegionId, region);
                            const std::optional<Target> target = resolveTarget(job, error);
                            if (!target)
                                return std::nullopt;
                            return ServiceTarget {target->credentials, target->options};
                        });
}

bool MainWindow::ensureSandbox()
{
    if (m_sandbox)
        return true;
    m_sandbox = new SandboxServer(this);
    if (m_sandbox->listen())
        return true;
    statusBar()->showMessage(tr("The sandbox could not start: %1").arg(m_sandbox->errorString()));
    delete m_sandbox;
    m_sandbox = nullptr;
    return false;
}

void MainWindow::updateBanners()
{
    const bool sandbox = currentProfile().isEmpty();
    m_ui->sandboxBanner->setVisible(sandbox);
    if (sandbox) {
        m_ui->sandboxBanner->setText(
            m_sandbox ? tr("Sandbox: jobs go to a stand-in service inside this app; nothing reaches Alibaba Cloud. "
                           "Add a profile to submit for real.")
                      : tr("Sandbox: the stand-in service could not start, so there is nowhere to submit."));
        m_ui->sandboxBanner->setActionText(tr("Add a profile…"));
    }
    const SecretStore::State state = m_context->secrets->state();
    const bool warn = !sandbox && state != SecretStore::State::Available && state != SecretStore::State::Unknown;
    m_ui->keychainBanner->setVisible(warn);
    if (warn)
        m_ui->keychainBanner->setText(state == SecretStore::State::Locked
                                          ? tr("The keychain is locked: unlock it to use this profile's secret.")
                                          : tr("The keychain is unavailable: secrets typed now are kept in memory "
                                               "for this session only. %1")
                                                .arg(m_context->secrets->stateText()));
}

Job MainWindow::newJobTemplate() const
{
    // A job the chosen target accepts as it stands, so that a new user can submit at once.
    Job job;
    const std::optional<Profile> profile = m_context->profiles->profile(currentProfile());
    job.set(Param::RegionId, profile && !profile->region.isEmpty() ? profile->region : QStringLiteral("cn-hangzhou"));
    if (!profile && m_sandbox && !m_sandbox->namespaces().isEmpty() && !m_sandbox->groups().isEmpty()) {
        job.set(Param::Namespace, m_sandbox->namespaces().first().uid);
        job.set(Param::GroupId, m_sandbox->groups().first().groupId);
    }
    job.set(Param::JobType, QStringLiteral("java"));
    job.set(Param::ExecuteMode, QStringLiteral("standalone"));
    job.set(Param::TimeType, int(JobKinds::Cron));
    job.set(Param::TimeExpression, QStringLiteral("0 0/10 * * * ?"));
    return job;
}

void MainWindow::newJob()
{
    JobFile file;
    file.job = newJobTemplate();
    load(file, QString());
}

void MainWindow::load(const JobFile& file, const QString& path)
{
    m_file = file;
    m_path = path;
    m_ui->jobForm->setJob(file.job);
    m_ui->submitPanel->clear();
    m_lastResult.reset();
    markSaved();
}

void MainWindow::markSaved()
{
    m_savedText = serialized(m_file, m_ui->jobForm->job());
    m_confirmedWarnings.clear();
    updateTitle();
}

bool MainWindow::isModified() const
{
    return serialized(m_file, m_ui->jobForm->job()) != m_savedText;
}

void MainWindow::updateTitle()
{
    const QString name = m_path.isEmpty() ? tr("New job") : QFileInfo(m_path).fileName();
    setWindowTitle(tr("%1[*] - SchedulerX Job Studio").arg(name));
    setWindowModified(isModified());
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
    load(*file, path);
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
    markSaved();
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 3000);
    return true;
}

void MainWindow::open()
{
    if (!maybeKeepChanges())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open job"), QFileInfo(m_path).path(),
                                                      tr("Job files (*.json);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !openFile(path, &error))
        QMessageBox::warning(this, tr("Open job"), tr("%1 could not be opened.\n%2").arg(path, error));
}

bool MainWindow::save()
{
    if (m_path.isEmpty())
        return saveAs();
    QString error;
    if (saveFile(m_path, &error))
        return true;
    QMessageBox::warning(this, tr("Save job"), tr("%1 could not be saved.\n%2").arg(m_path, error));
    return false;
}

bool MainWindow::saveAs()
{
    const QString suggested = m_path.isEmpty() ? tr("job.json") : m_path;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save job"), suggested, tr("Job files (*.json)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (saveFile(path, &error))
        return true;
    QMessageBox::warning(this, tr("Save job"), tr("%1 could not be saved.\n%2").arg(path, error));
    return false;
}

bool MainWindow::maybeKeepChanges()
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The job has changes that are not saved. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (isSubmitting() && m_submission->isSent()) {
        // Closing now would lose the answer: the history keeps the attempt as "outcome unknown".
        const auto answer = QMessageBox::warning(
            this, tr("Submission in flight"),
            tr("The request has been sent and its answer has not come yet. If you quit now, whether the job was "
               "created stays unknown. Quit anyway?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    if (!maybeKeepChanges()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

std::optional<MainWindow::Target> MainWindow::resolveTarget(const Job& job, QString* error)
{
    Target target;
    if (currentProfile().isEmpty()) {
        if (!ensureSandbox()) {
            *error = tr("The sandbox is not running.");
            return std::nullopt;
        }
        target.credentials = m_sandbox->credentials();
        target.options.endpoint = m_sandbox->url();
        target.options.signature = m_context->settings->signatureVersion();
        m_context->settings->applyTimeouts(&target.options);
        return target;
    }
    // The chooser names the profile, so the ALIBABA_CLOUD_* variables of the environment play no part here.
    std::optional<SubmitTarget> selected =
        TargetResolver::select(currentProfile(), QProcessEnvironment(), *m_context->profiles, error);
    if (!selected || !TargetResolver::loadSecrets(*selected, *m_context->profiles, *m_context->secrets, error))
        return std::nullopt;
    target.profile = selected->profileName;
    target.credentials = selected->credentials;
    target.options.endpoint = selected->endpoint(job.text(Param::RegionId));
    target.options.signature = selected->signature;
    // The settings' timeouts, unless the profile sets its own.
    m_context->settings->applyTimeouts(&target.options);
    if (selected->connectTimeoutMs && *selected->connectTimeoutMs != Profile::DefaultConnectTimeoutMs)
        target.options.connectTimeoutMs = *selected->connectTimeoutMs;
    if (selected->totalTimeoutMs && *selected->totalTimeoutMs != Profile::DefaultTotalTimeoutMs)
        target.options.totalTimeoutMs = *selected->totalTimeoutMs;
    if (target.options.endpoint.isEmpty()) {
        *error =
            tr("Profile \"%1\" has no usable endpoint for region %2.").arg(target.profile, job.text(Param::RegionId));
        return std::nullopt;
    }
    return target;
}

bool MainWindow::confirmWarnings()
{
    QStringList warnings;
    for (const Problem& problem : m_ui->jobForm->problems()) {
        if (!problem.isError() && problem.code != QLatin1String(JobForm::PlaceholderCode))
            warnings << tr("%1: %2").arg(Parameters::label(problem.param), problem.message);
    }
    // Asked once: the same warnings, once accepted, do not ask again until they change.
    if (warnings.isEmpty() || warnings == m_confirmedWarnings)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Submit with warnings?"),
                    tr("The job has %n warning(s). Submit it anyway?", nullptr, int(warnings.size())),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("warningsBox"));
    box.setInformativeText(warnings.join(QLatin1Char('\n')));
    QPushButton* submitButton = box.addButton(tr("Submit anyway"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(submitButton);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton*>(submitButton))
        return false;
    m_confirmedWarnings = warnings;
    return true;
}

void MainWindow::submit()
{
    if (isSubmitting() || m_ui->jobForm->hasErrors())
        return; // never twice at once; errors block
    if (!confirmWarnings())
        return;
    // A template's placeholders are asked for now; the form keeps them, the request gets the values.
    const std::optional<Job> filled = PlaceholdersDialog::fill(m_ui->jobForm->job(), this);
    if (!filled)
        return;
    const Job job = *filled;
    const Problems problems = Validator::validate(job);
    if (hasErrors(problems)) {
        QStringList lines;
        for (const Problem& problem : problems) {
            if (problem.isError())
                lines << tr("%1: %2").arg(Parameters::label(problem.param), problem.message);
        }
        QMessageBox::warning(this, tr("Submit"),
                             tr("With these values the job is not valid:\n%1").arg(lines.join(QLatin1Char('\n'))));
        return;
    }
    QString error;
    const std::optional<Target> target = resolveTarget(job, &error);
    if (!target) {
        SubmitResult failed;
        failed.message = error;
        m_ui->submitPanel->showResult(failed);
        return;
    }
    if (!target->profile.isEmpty() && m_context->settings->confirmBeforeSubmit()) {
        const auto answer =
            QMessageBox::question(this, tr("Submit to Alibaba Cloud?"),
                                  tr("Create job \"%1\" with profile \"%2\" at %3?")
                                      .arg(job.text(Param::Name), target->profile, target->options.endpoint.host()),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return;
    }
    HistoryAttempt attempt;
    attempt.profile = target->profile.isEmpty() ? SandboxLabel : target->profile;
    attempt.templateSource = m_file.isTemplate ? m_file.name : QString();
    attempt.file = m_path.isEmpty() ? QString() : QFileInfo(m_path).absoluteFilePath();
    attempt.job = job;
    m_ui->submitPanel->clear();
    m_lastSentText = serialized(m_file, job);
    submission()->start(attempt, target->credentials, target->options);
    updateSubmitState();
}

void MainWindow::cancelSubmit()
{
    if (m_submission)
        m_submission->cancel();
}

void MainWindow::onSubmitFinished(const SubmitResult& result, const QString& historyProblem)
{
    m_lastResult = result;
    m_ui->submitPanel->showResult(result, historyProblem);
    if (!historyProblem.isEmpty())
        statusBar()->showMessage(tr("This attempt is not in the history: %1").arg(historyProblem));
    if (m_historyBrowser)
        m_historyBrowser->refresh();
    updateSubmitState();
}

void MainWindow::updateSubmitState()
{
    if (isSubmitting()) {
        m_ui->submitPanel->setState(m_submission->isSent() ? SubmitPanel::State::Sent : SubmitPanel::State::Waiting);
        m_ui->actionSubmit->setEnabled(false);
        return;
    }
    QString blocked;
    if (m_ui->jobForm->hasErrors())
        blocked = tr("Fix the problems marked in red first.");
    else if (currentProfile().isEmpty() && !m_sandbox)
        blocked = tr("The sandbox is not running; choose a profile.");
    m_ui->submitPanel->setState(blocked.isEmpty() ? SubmitPanel::State::Ready : SubmitPanel::State::Blocked, blocked);
    m_ui->actionSubmit->setEnabled(blocked.isEmpty());
}

void MainWindow::inspect()
{
    const Job job = m_ui->jobForm->job();
    SignedRequest request;
    QString origin;
    if (m_lastResult && m_lastResult->request.url.isValid() && m_lastSentText == serialized(m_file, job)) {
        request = m_lastResult->request;
        origin = tr("The request as it was sent for this job (outcome: %1).").arg(outcomeName(m_lastResult->outcome));
    } else {
        QString error;
        const std::optional<Target> target = resolveTarget(job, &error);
        if (!target) {
            QMessageBox::warning(this, tr("Request inspector"), error);
            return;
        }
        request = Signer::sign(RequestBuilder::createJob(job), target->options.endpoint, target->credentials,
                               target->options.signature, SigningContext::fresh());
        origin = tr("Signed now for inspection and not sent. Submit signs again with a fresh time and nonce.");
    }
    const std::optional<Profile> profile = m_context->profiles->profile(currentProfile());
    const QString endpointHost =
        profile && profile->endpointKind == EndpointKind::Explicit ? profile->explicitEndpoint.host() : QString();
    if (!m_inspector) {
        m_inspector = new RequestInspector(this);
        m_inspector->setObjectName(QStringLiteral("requestInspector"));
    }
    m_inspector->showRequest(
        request,
        AliyunCliCommand::forCall(RequestBuilder::createJob(job), profile ? profile->name : QString(), endpointHost),
        origin);
    m_inspector->raise();
    m_inspector->activateWindow();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About SchedulerX Job Studio"),
                       tr("<h3>SchedulerX Job Studio %1</h3>"
                          "<p>Compose Alibaba Cloud SchedulerX 2.0 jobs, check them offline, sign and submit "
                          "CreateJob (API 2019-04-30), and keep templates and a history of every submission.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::editSettings()
{
    const QString language = m_context->settings->language();
    SettingsDialog dialog(*m_context->settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    tidyHistory();
    if (m_context->settings->language() != language)
        statusBar()->showMessage(tr("The new language takes effect when SchedulerX Job Studio starts again."));
}

void MainWindow::restoreLayout()
{
    const AppSettings& settings = *m_context->settings;
    restoreGeometry(settings.geometry(QStringLiteral("MainWindow")));
    restoreState(settings.geometry(QStringLiteral("MainWindowState")));
    m_ui->jobForm->restoreSplitter(settings.geometry(QStringLiteral("JobFormSplitter")));
}

void MainWindow::saveLayout() const
{
    AppSettings& settings = *m_context->settings;
    settings.setGeometry(QStringLiteral("MainWindow"), saveGeometry());
    settings.setGeometry(QStringLiteral("MainWindowState"), saveState());
    settings.setGeometry(QStringLiteral("JobFormSplitter"), m_ui->jobForm->saveSplitter());
    if (m_historyBrowser) // opened this session: its columns may have moved
        settings.setGeometry(QStringLiteral("HistoryColumns"), m_historyBrowser->saveColumns());
    settings.sync();
}

} // namespace sx
