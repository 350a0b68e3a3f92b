#pragma once

#include "Credentials.h"
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

private:
    void newJob();
    void submit();
    void cancelSubmit();
    void onSubmitFinished(const SubmitResult& result);
    void updateSubmitEnabled();
    void copyJobId();

    const QScopedPointer<Ui::MainWindow> m_ui;
    SandboxServer* m_sandbox = nullptr;
    SchedulerXClient* m_client = nullptr;
    QPointer<CallOperation> m_operation; // the submit in flight, if any
};

} // namespace sx
