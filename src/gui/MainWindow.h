#pragma once

#include "AppContext.h"
#include "Credentials.h"
#include "JobFile.h"
#include "SchedulerXClient.h"
#include "SubmitResult.h"

#include <QMainWindow>
#include <QScopedPointer>

#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}

class QComboBox;

namespace sx {

class HistoryBrowser;
class NamespacePicker;
class ServiceDirectory;
class JobForm;
class RequestInspector;
class SandboxServer;
class SubmitPanel;
class Submission;
class TemplateLibrary;

/** The composer window: the job form, the target chooser (the built-in sandbox or a profile), the submit bar,
 *  the request inspector, and the job file it edits. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // context: the stores to use; nullptr for the user's own (AppContext::forUser()). Not owned when given.
    explicit MainWindow(AppContext* context = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    JobForm* jobForm() const;
    SubmitPanel* submitPanel() const;
    SandboxServer* sandbox() const; // the in-process target; nullptr until the sandbox is chosen
    RequestInspector* inspector() const; // nullptr until first opened

    // The chosen target: empty for the built-in sandbox, else a profile name.
    QString currentProfile() const;
    void setCurrentProfile(const QString& name);

    // Job files (JobFileFormat). On failure: false, and a translated reason in *error when given.
    bool openFile(const QString& path, QString* error = nullptr);
    bool saveFile(const QString& path, QString* error = nullptr);
    bool isModified() const; // the job differs from its file (or from a new job)

    void submit();
    void inspect();
    void refreshProfiles(); // after the profiles changed

protected:
    void closeEvent(QCloseEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    // Where a submission goes and as whom, resolved at the moment of sending.
    struct Target
    {
        QString profile; // empty for the sandbox
        Credentials credentials;
        ClientOptions options;
    };

    void setupActions();
    void setupProfileChooser();
    void setupDocks();
    void updatePickerTarget();
    void openTemplate(const JobFile& file, const QString& path);
    void openAsNewJob(const JobFile& file);
    void saveAsTemplate();
    void editProfiles();
    void onTargetChanged();
    void updateBanners();
    bool ensureSandbox();
    std::optional<Target> resolveTarget(const Job& job, QString* error);
    Job newJobTemplate() const;

    void newJob();
    void load(const JobFile& file, const QString& path); // path empty: a new, unsaved job
    void open();
    bool save();
    bool saveAs();
    bool maybeKeepChanges(); // asks to save unsaved changes; false when the user cancels
    void markSaved();
    void updateTitle();

    bool confirmWarnings(); // the form's warnings, asked once
    void cancelSubmit();
    void onSubmitFinished(const SubmitResult& result, const QString& historyProblem);
    void updateSubmitState();
    void about();
    void editSettings();
    void tidyHistory(); // reports a history that cannot record, and prunes by the retention setting
    Submission* submission(); // made at the first submit, when the history is needed
    bool isSubmitting() const;

    void restoreLayout();
    void saveLayout() const;

    const QScopedPointer<Ui::MainWindow> m_ui;
    std::unique_ptr<AppContext> m_ownContext;
    AppContext* m_context;
    QComboBox* m_profileCombo = nullptr;
    SandboxServer* m_sandbox = nullptr;
    SchedulerXClient* m_client = nullptr;
    Submission* m_submission = nullptr;
    RequestInspector* m_inspector = nullptr;
    TemplateLibrary* m_templateLibrary = nullptr;
    ServiceDirectory* m_directory = nullptr;
    NamespacePicker* m_picker = nullptr;
    HistoryBrowser* m_historyBrowser = nullptr; // made when the history dock is first shown
    bool m_painted = false;
    JobFile m_file; // the open file's template fields, kept on save
    QString m_path; // empty for a new job
    QByteArray m_savedText; // the job as last saved or loaded, serialized, for isModified()
    QStringList m_confirmedWarnings; // warnings the user already accepted for this job
    std::optional<SubmitResult> m_lastResult;
    QByteArray m_lastSentText; // the job of m_lastResult, serialized
};

} // namespace sx
