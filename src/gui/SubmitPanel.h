#pragma once

#include "SubmitResult.h"

#include <QScopedPointer>
#include <QStyle>
#include <QWidget>

namespace Ui {
class SubmitPanel;
}

namespace sx {

/** The bottom of the composer: the submit/cancel button, the progress state, and the answer — the JobId large
 *  with a copy button, the RequestId, a plain-language line and, expandable, everything the service said. */
class SubmitPanel : public QWidget
{
    Q_OBJECT

public:
    enum class State { Ready, Blocked, Waiting, Sent }; // Waiting: may still be cancelled; Sent: may not

    explicit SubmitPanel(QWidget* parent = nullptr);
    ~SubmitPanel() override;

    void setState(State state, const QString& blockedReason = {});
    State state() const;
    void clear();
    void showResult(const SubmitResult& result, const QString& historyProblem = {});
    QString jobId() const; // empty unless the last result created a job

    // Everything a SubmitResult holds, in text, for the details pane and the history.
    static QString detailsText(const SubmitResult& result);

Q_SIGNALS:
    void submitRequested();
    void cancelRequested();
    void inspectRequested();
    void copied(const QString& what); // for the status bar

private:
    void setStatus(QStyle::StandardPixmap icon, const QString& text);
    void setDetailsShown(bool shown);

    const QScopedPointer<Ui::SubmitPanel> m_ui;
    State m_state = State::Ready;
    bool m_detailsFontSet = false;
    QString m_jobId;
    QString m_requestId;
};

} // namespace sx
