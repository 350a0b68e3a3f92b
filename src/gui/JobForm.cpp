#include "JobForm.h"
#include "ui_JobForm.h"

#include "AlertsPanel.h"
#include "ExecutionPanel.h"
#include "HttpContent.h"
#include "K8sContent.h"
#include "OtherContent.h"
#include "ScriptContent.h"

#include "CronExpression.h"
#include "GlyphIcon.h"
#include "JobKinds.h"
#include "JobTimeZone.h"
#include "NamespacePicker.h"
#include "Validator.h"

#include <QStyle>
#include <QTimeZone>

namespace sx {

namespace {

// Pages of timingStack, in the order of ui/JobForm.ui.
enum TimingPage { CronPage, FixedRatePage, SecondDelayPage, OneTimePage, ApiPage };

const QString OneTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss"); // what the validator and the service take

TimingPage timingPageFor(int timeType)
{
    switch (timeType) {
    case JobKinds::FixedRate:
        return FixedRatePage;
    case JobKinds::SecondDelay:
        return SecondDelayPage;
    case JobKinds::OneTime:
        return OneTimePage;
    case JobKinds::Api:
        return ApiPage;
    default:
        return CronPage;
    }
}

// Set on each marked field only: a sheet on the whole form would restyle (and slow down) every widget in it.
const QString MarkerStyle = QStringLiteral("*[sxProblem=\"error\"] { border: 2px solid #d32f2f; }"
                                           "*[sxProblem=\"warning\"] { border: 2px solid #e0a000; }");

} // namespace

JobForm::JobForm(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::JobForm())
{
    m_ui->setupUi(this);

    // Exactly five rows: the list never scrolls and never leaves a gap.
    const int rowHeight = m_ui->nextFiresList->fontMetrics().height() + 2;
    m_ui->nextFiresList->setFixedHeight(5 * rowHeight + 2 * m_ui->nextFiresList->frameWidth() + 4);
    m_ui->timezoneCombo->lineEdit()->setPlaceholderText(tr("This computer's time zone"));
    m_ui->oneTimeEdit->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    m_ui->fixedRateSpin->setValue(30);

    fillCombos();
    updateExecuteModes();
    updatePages();
    connectChanges();
    connect(m_ui->problemsList, &QListWidget::itemClicked, this, &JobForm::jumpTo);
    connect(m_ui->problemsList, &QListWidget::itemActivated, this, &JobForm::jumpTo);
    updateNextFireTimes();
    // The empty form's problems are marked when it is first shown, unless a job is loaded before: marking
    // restyles each field, and the window loads a new job first (1 % of the start-up, spent on marks it took off).
    checkJob();
}

JobForm::~JobForm() = default;

NamespacePicker* JobForm::addNamespacePicker(ServiceDirectory* directory)
{
    auto* picker = new NamespacePicker(m_ui->namespaceEdit, m_ui->groupEdit, directory, this);
    picker->setRegion(m_ui->regionEdit->text().trimmed());
    connect(m_ui->regionEdit, &QLineEdit::textChanged, picker,
            [picker](const QString& region) { picker->setRegion(region.trimmed()); });
    return picker;
}

QByteArray JobForm::saveSplitter() const
{
    return m_ui->formSplitter->saveState();
}

void JobForm::restoreSplitter(const QByteArray& state)
{
    if (!m_ui->formSplitter->restoreState(state))
        m_ui->formSplitter->setSizes({600, 120});
}

void JobForm::fillCombos()
{
    for (const QString& type : JobKinds::jobTypes())
        m_ui->jobTypeCombo->addItem(type, type);
    m_ui->statusCombo->addItem(tr("Enabled"), 1);
    m_ui->statusCombo->addItem(tr("Disabled"), 0);
    m_ui->priorityCombo->addItem(tr("Not set"), QVariant());
    m_ui->priorityCombo->addItem(tr("Low (1)"), 1);
    m_ui->priorityCombo->addItem(tr("Medium (5)"), 5);
    m_ui->priorityCombo->addItem(tr("High (10)"), 10);
    m_ui->priorityCombo->addItem(tr("Very high (15)"), 15);
    m_ui->timeTypeCombo->addItem(tr("Cron"), int(JobKinds::Cron));
    m_ui->timeTypeCombo->addItem(tr("Fixed rate"), int(JobKinds::FixedRate));
    m_ui->timeTypeCombo->addItem(tr("Second delay"), int(JobKinds::SecondDelay));
    m_ui->timeTypeCombo->addItem(tr("One time"), int(JobKinds::OneTime));
    m_ui->timeTypeCombo->addItem(tr("API only"), int(JobKinds::Api));
    m_ui->timezoneCombo->addItems({QStringLiteral("GMT+8"), QStringLiteral("Asia/Shanghai"), QStringLiteral("UTC"),
                                   QStringLiteral("Europe/Berlin"), QStringLiteral("America/New_York")});
    m_ui->timezoneCombo->setCurrentIndex(-1);
}

void JobForm::connectChanges()
{
    // The panels and content editors report through their own changed(); the form's other fields are watched here.
    const auto ownField = [this](QWidget* widget) {
        const bool onEditor = m_ui->contentStack->isAncestorOf(widget) && !m_ui->javaPage->isAncestorOf(widget);
        return !onEditor && !m_ui->executionPanel->isAncestorOf(widget) && !m_ui->alertsPanel->isAncestorOf(widget);
    };
    for (QLineEdit* edit : findChildren<QLineEdit*>()) {
        // The line edits inside combos and spin boxes report through their owner.
        if (ownField(edit) && !qobject_cast<QComboBox*>(edit->parentWidget()) &&
            !qobject_cast<QAbstractSpinBox*>(edit->parentWidget()))
            connect(edit, &QLineEdit::textChanged, this, &JobForm::onEdited);
    }
    for (QComboBox* combo : findChildren<QComboBox*>()) {
        if (!ownField(combo))
            continue;
        connect(combo, &QComboBox::currentIndexChanged, this, &JobForm::onEdited);
        if (combo->isEditable())
            connect(combo, &QComboBox::editTextChanged, this, &JobForm::onEdited);
    }
    for (QSpinBox* spin : findChildren<QSpinBox*>()) {
        if (ownField(spin))
            connect(spin, &QSpinBox::valueChanged, this, &JobForm::onEdited);
    }
    connect(m_ui->oneTimeEdit, &QDateTimeEdit::dateTimeChanged, this, &JobForm::onEdited);

    connect(m_ui->jobTypeCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateExecuteModes();
        updatePages();
    });
    connect(m_ui->timeTypeCombo, &QComboBox::currentIndexChanged, this, &JobForm::updatePages);
    connect(m_ui->executeModeCombo, &QComboBox::currentTextChanged, m_ui->executionPanel,
            &ExecutionPanel::setExecuteMode);
    connect(m_ui->executionPanel, &ExecutionPanel::changed, this, &JobForm::onEdited);
    connect(m_ui->alertsPanel, &AlertsPanel::changed, this, &JobForm::onEdited);
}

void JobForm::onEdited()
{
    if (m_loading)
        return;
    updateNextFireTimes();
    validate();
    Q_EMIT changed();
}

void JobForm::updatePages()
{
    const QString jobType = m_ui->jobTypeCombo->currentData().toString();
    const ContentKind kind = contentKindFor(jobType);
    if (kind == ContentKind::ClassName) {
        m_ui->contentStack->setCurrentWidget(m_ui->javaPage);
    } else {
        ContentEditor* editor = contentEditor(kind);
        editor->setJobType(jobType);
        m_ui->contentStack->setCurrentWidget(editor);
    }
    m_ui->timingStack->setCurrentIndex(timingPageFor(m_ui->timeTypeCombo->currentData().toInt()));
    m_ui->contentStack->updateGeometry(); // a FittingStack is as tall as the page shown
    m_ui->timingStack->updateGeometry();
}

ContentEditor* JobForm::contentEditor(ContentKind kind)
{
    // Made when its type is first chosen: the four editors built with the form were 3.5 % of the start-up
    // (bench/run-startup-bench), for pages a session mostly never shows.
    ContentEditor*& editor = m_contentEditors[std::size_t(kind)];
    if (editor)
        return editor;
    switch (kind) {
    case ContentKind::Script:
        editor = new ScriptContent(m_ui->contentStack);
        editor->setObjectName(QStringLiteral("scriptPage"));
        break;
    case ContentKind::Http:
        editor = new HttpContent(m_ui->contentStack);
        editor->setObjectName(QStringLiteral("httpPage"));
        break;
    case ContentKind::K8s:
        editor = new K8sContent(m_ui->contentStack);
        editor->setObjectName(QStringLiteral("k8sPage"));
        break;
    case ContentKind::ClassName: // javaPage, never asked for
    case ContentKind::Other:
        editor = new OtherContent(m_ui->contentStack);
        editor->setObjectName(QStringLiteral("otherPage"));
        break;
    }
    m_ui->contentStack->addWidget(editor);
    connect(editor, &ContentEditor::changed, this, &JobForm::onEdited);
    // Tab goes through the page where the class name would be, not after every field made before it. The line
    // edits of combo and spin boxes go with their owners.
    QWidget* previous = m_ui->classNameEdit;
    for (QWidget* field : editor->findChildren<QWidget*>()) {
        const bool inner =
            qobject_cast<QComboBox*>(field->parentWidget()) || qobject_cast<QAbstractSpinBox*>(field->parentWidget());
        if ((field->focusPolicy() & Qt::TabFocus) && !inner) {
            QWidget::setTabOrder(previous, field);
            previous = field;
        }
    }
    return editor;
}

void JobForm::updateExecuteModes()
{
    // Only the modes the job type allows; keep the choice when the new type allows it too.
    const QString previous = m_ui->executeModeCombo->currentText();
    const QSignalBlocker blocker(m_ui->executeModeCombo);
    m_ui->executeModeCombo->clear();
    m_ui->executeModeCombo->addItems(JobKinds::executeModesFor(m_ui->jobTypeCombo->currentData().toString()));
    const int index = m_ui->executeModeCombo->findText(previous);
    m_ui->executeModeCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_ui->executionPanel->setExecuteMode(m_ui->executeModeCombo->currentText());
}

void JobForm::updateNextFireTimes()
{
    m_ui->nextFiresList->clear();
    if (m_ui->timeTypeCombo->currentData().toInt() != JobKinds::Cron)
        return;
    const QString text = m_ui->cronEdit->text().trimmed();
    if (text.isEmpty())
        return;
    const QString zoneText = m_ui->timezoneCombo->currentText().trimmed();
    QString zoneError;
    const std::optional<QTimeZone> zone =
        zoneText.isEmpty() ? std::optional(QTimeZone::systemTimeZone()) : JobTimeZone::parse(zoneText, &zoneError);
    if (!zone) {
        m_ui->nextFiresList->addItem(zoneError);
        return;
    }
    const CronParseResult parsed = CronExpression::parse(text);
    if (!parsed.isValid()) {
        m_ui->nextFiresList->addItem(parsed.errorString());
        return;
    }
    const QList<QDateTime> times = parsed.expression->nextFireTimes(QDateTime::currentDateTimeUtc(), *zone, 5);
    if (times.isEmpty())
        m_ui->nextFiresList->addItem(CronExpression::neverFiresMessage());
    for (const QDateTime& time : times)
        m_ui->nextFiresList->addItem(QLocale().toString(time, QStringLiteral("yyyy-MM-dd ddd HH:mm:ss")));
}

Job JobForm::job() const
{
    Job job;
    job.setText(Param::RegionId, m_ui->regionEdit->text().trimmed());
    job.setText(Param::Namespace, m_ui->namespaceEdit->text().trimmed());
    job.setText(Param::NamespaceSource, m_ui->namespaceSourceEdit->text().trimmed());
    job.setText(Param::GroupId, m_ui->groupEdit->text().trimmed());
    job.setText(Param::Name, m_ui->nameEdit->text());
    job.setText(Param::Description, m_ui->descriptionEdit->text());
    const QString jobType = m_ui->jobTypeCombo->currentData().toString();
    job.setText(Param::JobType, jobType);
    job.setText(Param::ExecuteMode, m_ui->executeModeCombo->currentText());
    job.set(Param::Status, m_ui->statusCombo->currentData());
    job.setText(Param::Parameters, m_ui->parametersEdit->text());
    if (m_ui->priorityCombo->currentData().isValid())
        job.set(Param::Priority, m_ui->priorityCombo->currentData());

    // Only the page that applies is read: what is hidden is never sent.
    const ContentKind kind = contentKindFor(jobType);
    if (kind == ContentKind::ClassName)
        job.setText(Param::ClassName, m_ui->classNameEdit->text().trimmed());
    else if (const ContentEditor* editor = m_contentEditors[std::size_t(kind)])
        editor->store(job);

    const int timeType = m_ui->timeTypeCombo->currentData().toInt();
    job.set(Param::TimeType, timeType);
    job.setText(Param::Timezone, m_ui->timezoneCombo->currentText().trimmed());
    switch (timingPageFor(timeType)) {
    case CronPage:
        job.setText(Param::TimeExpression, m_ui->cronEdit->text().trimmed());
        job.setText(Param::Calendar, m_ui->calendarEdit->text().trimmed());
        if (m_ui->dataOffsetSpin->value() > 0) // its lowest value reads "None"
            job.set(Param::DataOffset, m_ui->dataOffsetSpin->value());
        break;
    case FixedRatePage:
        job.set(Param::TimeExpression, QString::number(m_ui->fixedRateSpin->value()));
        break;
    case SecondDelayPage:
        job.set(Param::TimeExpression, QString::number(m_ui->secondDelaySpin->value()));
        break;
    case OneTimePage:
        job.set(Param::TimeExpression, m_ui->oneTimeEdit->dateTime().toString(OneTimeFormat));
        break;
    case ApiPage:
        break;
    }
    m_ui->executionPanel->store(job);
    m_ui->alertsPanel->store(job);
    return job;
}

void JobForm::setJob(const Job& job)
{
    m_loading = true;
    m_ui->regionEdit->setText(job.text(Param::RegionId));
    m_ui->namespaceEdit->setText(job.text(Param::Namespace));
    m_ui->namespaceSourceEdit->setText(job.text(Param::NamespaceSource));
    m_ui->groupEdit->setText(job.text(Param::GroupId));
    m_ui->nameEdit->setText(job.text(Param::Name));
    m_ui->descriptionEdit->setText(job.text(Param::Description));
    const QString jobType = job.text(Param::JobType);
    m_ui->jobTypeCombo->setCurrentIndex(std::max(0, m_ui->jobTypeCombo->findData(jobType)));
    updateExecuteModes();
    const QString mode = job.text(Param::ExecuteMode);
    if (!mode.isEmpty() && m_ui->executeModeCombo->findText(mode) < 0)
        m_ui->executeModeCombo->addItem(mode); // keep what the file says; the validator judges it
    if (!mode.isEmpty())
        m_ui->executeModeCombo->setCurrentText(mode);
    m_ui->executionPanel->load(job);
    m_ui->alertsPanel->load(job);
    m_ui->executionPanel->setExecuteMode(m_ui->executeModeCombo->currentText());
    m_ui->statusCombo->setCurrentIndex(std::max(0, m_ui->statusCombo->findData(int(job.number(Param::Status, 1)))));
    m_ui->parametersEdit->setText(job.text(Param::Parameters));
    const QVariant priority = job.has(Param::Priority) ? QVariant(int(job.number(Param::Priority))) : QVariant();
    if (priority.isValid() && m_ui->priorityCombo->findData(priority) < 0)
        m_ui->priorityCombo->addItem(priority.toString(), priority); // unusual, kept; the validator warns
    m_ui->priorityCombo->setCurrentIndex(std::max(0, m_ui->priorityCombo->findData(priority)));

    m_ui->classNameEdit->setText(job.text(Param::ClassName));
    if (const ContentKind kind = contentKindFor(jobType); kind != ContentKind::ClassName)
        contentEditor(kind); // the job's own page; the others made before are emptied
    for (ContentEditor* editor : m_contentEditors) {
        if (editor)
            editor->load(job);
    }

    const int timeType = int(job.number(Param::TimeType, JobKinds::Cron));
    m_ui->timeTypeCombo->setCurrentIndex(std::max(0, m_ui->timeTypeCombo->findData(timeType)));
    m_ui->timezoneCombo->setCurrentText(job.text(Param::Timezone));
    const QString expression = job.text(Param::TimeExpression);
    m_ui->cronEdit->setText(timeType == JobKinds::Cron ? expression : QString());
    m_ui->calendarEdit->setText(job.text(Param::Calendar));
    m_ui->dataOffsetSpin->setValue(int(job.number(Param::DataOffset, 0)));
    if (timeType == JobKinds::FixedRate)
        m_ui->fixedRateSpin->setValue(expression.toInt());
    if (timeType == JobKinds::SecondDelay)
        m_ui->secondDelaySpin->setValue(expression.toInt());
    if (timeType == JobKinds::OneTime) {
        bool isNumber = false;
        const qint64 ms = expression.toLongLong(&isNumber);
        m_ui->oneTimeEdit->setDateTime(isNumber ? QDateTime::fromMSecsSinceEpoch(ms)
                                                : QDateTime::fromString(expression, OneTimeFormat));
    }
    m_loading = false;

    updatePages();
    updateNextFireTimes();
    validate();
    Q_EMIT changed();
}

const Problems& JobForm::problems() const
{
    return m_problems;
}

bool JobForm::hasErrors() const
{
    return sx::hasErrors(m_problems);
}

QWidget* JobForm::widgetFor(const Problem& problem) const
{
    const QString jobType = m_ui->jobTypeCombo->currentData().toString();
    switch (problem.param) {
    case Param::RegionId:
        return m_ui->regionEdit;
    case Param::Namespace:
        return m_ui->namespaceEdit;
    case Param::NamespaceSource:
        return m_ui->namespaceSourceEdit;
    case Param::GroupId:
        return m_ui->groupEdit;
    case Param::Name:
        return m_ui->nameEdit;
    case Param::Description:
        return m_ui->descriptionEdit;
    case Param::JobType:
        return m_ui->jobTypeCombo;
    case Param::ExecuteMode:
        return m_ui->executeModeCombo;
    case Param::Status:
        return m_ui->statusCombo;
    case Param::ClassName:
        return m_ui->classNameEdit;
    case Param::Parameters:
        return m_ui->parametersEdit;
    case Param::Priority:
        return m_ui->priorityCombo;
    case Param::Calendar:
        return m_ui->calendarEdit;
    case Param::DataOffset:
        return m_ui->dataOffsetSpin;
    case Param::Content:
    case Param::XAttrs: {
        const ContentKind kind = contentKindFor(jobType);
        const ContentEditor* editor = kind == ContentKind::ClassName ? nullptr : m_contentEditors[std::size_t(kind)];
        return editor ? editor->widgetFor(problem) : nullptr;
    }
    case Param::TimeType:
        return m_ui->timeTypeCombo;
    case Param::Timezone:
        return m_ui->timezoneCombo;
    case Param::TimeExpression:
        switch (timingPageFor(m_ui->timeTypeCombo->currentData().toInt())) {
        case FixedRatePage:
            return m_ui->fixedRateSpin;
        case SecondDelayPage:
            return m_ui->secondDelaySpin;
        case OneTimePage:
            return m_ui->oneTimeEdit;
        default:
            return m_ui->cronEdit;
        }
    default:
        if (QWidget* widget = m_ui->executionPanel->widgetFor(problem))
            return widget;
        return m_ui->alertsPanel->widgetFor(problem);
    }
}

QIcon JobForm::problemIcon(bool error) const
{
    // Made once: the list needs only these two.
    QIcon& icon = error ? m_errorIcon : m_warningIcon;
    if (icon.isNull()) {
        icon = error ? glyphIcon(Glyph::Error) : glyphIcon(Glyph::Warning);
    }
    return icon;
}

void JobForm::validate()
{
    checkJob();
    showProblems();
}

void JobForm::checkJob()
{
    m_problems = Validator::validate(job());
    for (Problem& problem : m_problems) {
        // Here a placeholder is not a mistake: Submit asks for its value.
        if (problem.code == PlaceholderCode) {
            problem.severity = Severity::Warning;
            problem.message = tr("holds a placeholder; Submit asks for its value.");
        }
    }
}

void JobForm::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_problemsShown)
        showProblems();
}

void JobForm::showProblems()
{
    m_problemsShown = true;
    for (const QPointer<QWidget>& widget : std::as_const(m_marked)) {
        if (!widget)
            continue;
        widget->setProperty("sxProblem", QVariant());
        widget->setToolTip(QString());
        widget->setStyleSheet(QString());
    }
    m_marked.clear();
    m_ui->problemsList->clear();
    for (int i = 0; i < m_problems.size(); ++i) {
        const Problem& problem = m_problems.at(i);
        const QString label = Parameters::label(problem.param);
        auto* item = new QListWidgetItem(m_ui->problemsList);
        item->setText(tr("%1: %2").arg(label, problem.message));
        item->setIcon(problemIcon(problem.isError()));
        item->setData(Qt::UserRole, i);
        QWidget* widget = widgetFor(problem);
        if (!widget)
            continue;
        // An error outranks a warning on the same field; the tooltip lists them all.
        if (problem.isError() || widget->property("sxProblem").toString() != QLatin1String("error"))
            widget->setProperty("sxProblem", problem.isError() ? QStringLiteral("error") : QStringLiteral("warning"));
        const QString tip = widget->toolTip();
        widget->setToolTip(tip.isEmpty() ? problem.message : tip + QLatin1Char('\n') + problem.message);
        widget->setStyleSheet(MarkerStyle); // also polishes it again for the new property
        if (!m_marked.contains(widget))
            m_marked.append(widget);
    }
    m_ui->problemsGroup->setTitle(m_problems.isEmpty() ? tr("Problems: none")
                                                       : tr("Problems (%n)", nullptr, int(m_problems.size())));
    // With nothing to say the list folds away, the title stays without its frame, and the form takes the room.
    m_ui->problemsList->setVisible(!m_problems.isEmpty());
    m_ui->problemsGroup->setFlat(m_problems.isEmpty());
    const int margin = m_problems.isEmpty() ? 0 : style()->pixelMetric(QStyle::PM_LayoutBottomMargin);
    m_ui->problemsLayout->setContentsMargins(margin, margin, margin, margin);
    m_ui->problemsGroup->setMaximumHeight(m_problems.isEmpty() ? m_ui->problemsGroup->minimumSizeHint().height()
                                                               : QWIDGETSIZE_MAX);
    Q_EMIT problemsChanged(hasErrors());
}

void JobForm::jumpTo(QListWidgetItem* item)
{
    const int index = item->data(Qt::UserRole).toInt();
    if (index < 0 || index >= m_problems.size())
        return;
    const Problem& problem = m_problems.at(index);
    QWidget* widget = widgetFor(problem);
    if (!widget)
        return;
    m_ui->scrollArea->ensureWidgetVisible(widget);
    // A panel knows its own fields best (a contact cell is selected in its table).
    if (!m_ui->executionPanel->focusProblem(problem) && !m_ui->alertsPanel->focusProblem(problem))
        widget->setFocus(Qt::OtherFocusReason);
}

} // namespace sx
