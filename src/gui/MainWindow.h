#pragma once

#include "Credentials.h"
#include "JobFile.h"
#include "SubmitResult.h"

#include <QMainWindow>
#include <QPointer>
#include <QScopedPointer>
#include <QUrl>

namespace Ui {
class MainWindow;
}

namespace sx {

class CallOperation;
class JobForm;
class SandboxServer;
class SchedulerXClient;

/** The composer window: the job form, the sandbox banner and the submit bar. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    JobForm* jobForm() const;
    SandboxServer* sandbox() const; // the in-process target; nullptr when it could not listen

    // Job files (JobFileFormat). On failure: false, and a translated reason in *error when given.
    bool openFile(const QString& path, QString* error = nullptr);
    bool saveFile(const QString& path, QString* error = nullptr);

private:
    void newJob();
    void open();
    void save();
    void updateTitle();
    void submit();
    void cancelSubmit();
    void onSubmitFinished(const SubmitResult& result);
    void updateSubmitEnabled();
    void copyJobId();

    const QScopedPointer<Ui::MainWindow> m_ui;
    SandboxServer* m_sandbox = nullptr;
    SchedulerXClient* m_client = nullptr;
    QPointer<CallOperation> m_operation; // the submit in flight, if any
    JobFile m_file; // the open file's template fields, kept on save
    QString m_path; // empty for a new job
};

} // namespace sx
