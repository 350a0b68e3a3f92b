#include "ExecutionPanel.h"
#include "ui_ExecutionPanel.h"

#include "JobKinds.h"
#include "OptionalFields.h"
#include "PanelFocus.h"

#include <limits>

namespace sx {

namespace {

constexpr int NoLimit = std::numeric_limits<int>::max();

struct Field
{
    Param param;
    int min; // the validator's range
    int max;
};

// The validator's ranges (Validator::checkExecution); a loaded value outside widens the spin box.
constexpr Field Fields[] = {
    {Param::MaxConcurrency, 1, 200},     {Param::MaxAttempt, 0, NoLimit},   {Param::AttemptInterval, 0, NoLimit},
    {Param::PageSize, 1, NoLimit},       {Param::ConsumerSize, 1, NoLimit}, {Param::QueueSize, 1, NoLimit},
    {Param::DispatcherSize, 1, NoLimit}, {Param::TaskMaxAttempt, 0, 10},    {Param::TaskAttemptInterval, 0, NoLimit},
};

bool isMapReduceParam(Param param)
{
    return Parameters::spec(param).scope == Scope::MapReduceOnly;
}

} // namespace

ExecutionPanel::ExecutionPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::ExecutionPanel())
{
    m_ui->setupUi(this);
    for (const Field& field : Fields) {
        QSpinBox* spin = spinFor(field.param);
        OptionalFields::setUpSpin(spin, field.param, field.min, field.max);
        connect(spin, &QSpinBox::valueChanged, this, [this, spin] {
            if (m_loading)
                return;
            OptionalFields::spinEdited(spin);
            Q_EMIT changed();
        });
    }
    // One column of spin boxes and one of labels across both groups.
    QList<QWidget*> spins;
    QList<QWidget*> labels;
    for (const Field& field : Fields) {
        spins.append(spinFor(field.param));
        labels.append(isMapReduceParam(field.param) ? m_ui->mapReduceLayout->labelForField(spins.last())
                                                    : m_ui->executionLayout->labelForField(spins.last()));
    }
    OptionalFields::equalizeWidths(spins);
    OptionalFields::equalizeWidths(labels);
    setExecuteMode(QString());
}

ExecutionPanel::~ExecutionPanel() = default;

QSpinBox* ExecutionPanel::spinFor(Param param) const
{
    switch (param) {
    case Param::MaxConcurrency:
        return m_ui->maxConcurrencySpin;
    case Param::MaxAttempt:
        return m_ui->maxAttemptSpin;
    case Param::AttemptInterval:
        return m_ui->attemptIntervalSpin;
    case Param::PageSize:
        return m_ui->pageSizeSpin;
    case Param::ConsumerSize:
        return m_ui->consumerSizeSpin;
    case Param::QueueSize:
        return m_ui->queueSizeSpin;
    case Param::DispatcherSize:
        return m_ui->dispatcherSizeSpin;
    case Param::TaskMaxAttempt:
        return m_ui->taskMaxAttemptSpin;
    case Param::TaskAttemptInterval:
        return m_ui->taskAttemptIntervalSpin;
    default:
        return nullptr;
    }
}

void ExecutionPanel::load(const Job& job)
{
    m_loading = true;
    for (const Field& field : Fields)
        OptionalFields::loadSpin(spinFor(field.param), job, field.param);
    setExecuteMode(job.text(Param::ExecuteMode));
    m_loading = false;
}

void ExecutionPanel::store(Job& job) const
{
    for (const Field& field : Fields) {
        // What is hidden is never sent; its value stays in the widget for when the mode comes back.
        if (isMapReduceParam(field.param) && !showsMapReduce())
            job.unset(field.param);
        else
            OptionalFields::storeSpin(spinFor(field.param), job, field.param);
    }
}

void ExecutionPanel::setExecuteMode(const QString& mode)
{
    m_ui->mapReduceGroup->setVisible(JobKinds::isMapReduceMode(JobKinds::canonicalExecuteMode(mode)));
}

bool ExecutionPanel::showsMapReduce() const
{
    return !m_ui->mapReduceGroup->isHidden();
}

QWidget* ExecutionPanel::widgetFor(const Problem& problem) const
{
    return spinFor(problem.param);
}

bool ExecutionPanel::focusProblem(const Problem& problem)
{
    QSpinBox* spin = spinFor(problem.param);
    if (!spin || spin->isHidden() || (isMapReduceParam(problem.param) && !showsMapReduce()))
        return false;
    PanelFocus::reveal(spin);
    spin->setFocus(Qt::OtherFocusReason);
    spin->selectAll();
    return true;
}

} // namespace sx
