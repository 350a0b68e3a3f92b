#pragma once

#include "Job.h"
#include "Problem.h"

#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class ExecutionPanel;
}

class QSpinBox;

namespace sx {

/** "Execution and retries" of the job composer: MaxConcurrency, MaxAttempt, AttemptInterval, and the MapReduce
 *  fields, which are shown only for the parallel, grid and batch modes. A field left at "Default" is unset. */
class ExecutionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ExecutionPanel(QWidget* parent = nullptr);
    ~ExecutionPanel() override;

    // Shows what the job holds, and its execute mode; emits nothing.
    void load(const Job& job);
    // Sets or unsets each parameter of this panel; the MapReduce ones only while they are shown.
    void store(Job& job) const;

    void setExecuteMode(const QString& mode);
    bool showsMapReduce() const;

    // The spin box of a problem's field, or nullptr when the field is not on this panel.
    QWidget* widgetFor(const Problem& problem) const;
    // Scrolls to the field and focuses it; false when it is not here or hidden.
    bool focusProblem(const Problem& problem);

Q_SIGNALS:
    void changed();

private:
    QSpinBox* spinFor(Param param) const;

    const QScopedPointer<Ui::ExecutionPanel> m_ui;
    bool m_loading = false;
};

} // namespace sx
