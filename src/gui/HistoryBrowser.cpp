#include "HistoryBrowser.h"
#include "ui_HistoryBrowser.h"

#include "HistoryCounter.h"
#include "HistoryModel.h"
#include "RequestBuilder.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QResizeEvent>
#include <QSaveFile>
#include <QTimer>

namespace sx {

namespace {

// Indexes of the filter combos, in the order of ui/HistoryBrowser.ui.
enum TimeRange { AnyTime, Last24Hours, Last7Days, Last30Days, CustomRange };
const Outcome OutcomeChoices[] = {Outcome::Created, Outcome::Refused, Outcome::Unknown, Outcome::Failed};

constexpr int SearchDelayMs = 250; // typing pauses this long before the table follows
constexpr int StatusMs = 3000;

// Tinted, not coloured text, so that it reads in light and dark themes alike (as the other panels do).
QString noticeStyle(bool isError)
{
    const char* tint = isError ? "218, 68, 83" : "61, 174, 233";
    return QStringLiteral("QLabel { background: rgba(%1, 0.15); border: 1px solid rgba(%1, 0.6); "
                          "border-radius: 3px; padding: 4px; }")
        .arg(QLatin1String(tint));
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QString localTime(const QDateTime& time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// Name and value columns, the names padded so the values line up in a fixed-width font.
QString parameterLines(const ParamList& params, int width)
{
    QString text;
    for (const auto& [name, value] : params)
        text += QStringLiteral("  ") + name.leftJustified(width) + QStringLiteral("  ") + value + QLatin1Char('\n');
    return text;
}

} // namespace

HistoryBrowser::HistoryBrowser(HistoryStore* store, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::HistoryBrowser())
    , m_store(store)
    , m_model(new HistoryModel(store, this))
    , m_searchDelay(new QTimer(this))
    , m_statusTimeout(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->noticeLabel->hide();
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit* text : {m_ui->jobText, m_ui->parametersText, m_ui->answerText})
        text->setFont(fixed);
    QFont headline = m_ui->headlineLabel->font();
    headline.setBold(true);
    headline.setPointSizeF(headline.pointSizeF() * 1.15);
    m_ui->headlineLabel->setFont(headline);
    QFont title = m_ui->unavailableTitleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.3);
    m_ui->unavailableTitleLabel->setFont(title);
    for (QLabel* label : m_ui->summaryContents->findChildren<QLabel*>()) {
        if (label->objectName().endsWith(QLatin1String("Label")) && label != m_ui->headlineLabel &&
            label != m_ui->adviceLabel && label != m_ui->outcomeIconLabel) {
            QPalette dim = label->palette();
            dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
            label->setPalette(dim);
        }
    }

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &HistoryBrowser::applyFilters);
    m_statusTimeout->setSingleShot(true);
    connect(m_statusTimeout, &QTimer::timeout, m_ui->statusLabel, &QLabel::clear);

    setUpTable();
    setUpFilters();

    // Buttons and the table's context menu share the actions.
    const QList<QPair<QAbstractButton*, QAction*>> buttons = {
        {m_ui->copyJobIdButton, m_ui->actionCopyJobId},       {m_ui->copyRequestIdButton, m_ui->actionCopyRequestId},
        {m_ui->openAsNewJobButton, m_ui->actionOpenAsNewJob}, {m_ui->exportButton, m_ui->actionExport},
        {m_ui->refreshButton, m_ui->actionRefresh},
    };
    for (const auto& [button, action] : buttons) {
        connect(button, &QAbstractButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button,
                [button = button, action = action] { button->setEnabled(action->isEnabled()); });
    }
    m_ui->tableView->addActions({m_ui->actionCopyJobId, m_ui->actionCopyRequestId, m_ui->actionOpenAsNewJob});
    addAction(m_ui->actionRefresh); // F5 anywhere in the browser
    connect(m_ui->actionCopyJobId, &QAction::triggered, this, &HistoryBrowser::copyJobId);
    connect(m_ui->actionCopyRequestId, &QAction::triggered, this, &HistoryBrowser::copyRequestId);
    connect(m_ui->actionOpenAsNewJob, &QAction::triggered, this, &HistoryBrowser::openSelectedAsNewJob);
    connect(m_ui->actionExport, &QAction::triggered, this, &HistoryBrowser::exportChosen);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &HistoryBrowser::refresh);
    connect(m_model, &HistoryModel::readFailed, this, [this](const QString& error) { showNotice(error, true); });

    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->summaryScroll->installEventFilter(this);
    setFocusProxy(m_ui->tableView);
    adaptToSize();

    if (!m_store || !m_store->isOpen()) {
        showUnavailable(m_store ? m_store->errorString() : tr("No history file was given."));
        return;
    }
    if (!m_store->errorString().isEmpty()) // open, but read-only: say so, and browse anyway
        showNotice(m_store->errorString(), false);
    m_counter = new HistoryCounter(m_store->path(), this);
    connect(m_counter, &HistoryCounter::counted, this, &HistoryBrowser::onCounted);
    connect(m_counter, &HistoryCounter::profilesListed, this, &HistoryBrowser::onProfilesListed);
    m_model->setQuery(filterQuery());
    requestCount(true);
    showDetails();
}

HistoryBrowser::~HistoryBrowser() = default;

void HistoryBrowser::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    adaptToSize();
}

bool HistoryBrowser::eventFilter(QObject* watched, QEvent* event)
{
    // Summary fields in two columns when there is room, else one under the other.
    if (watched == m_ui->summaryScroll && event->type() == QEvent::Resize) {
        const bool wide = m_ui->summaryScroll->width() >= 720;
        m_ui->summaryColumns->setDirection(wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    }
    return QWidget::eventFilter(watched, event);
}

void HistoryBrowser::adaptToSize()
{
    // Much wider than high (a bottom dock): the details beside the table, else below it. Apart enough not to flip
    // back and forth while resizing.
    const Qt::Orientation current = m_ui->splitter->orientation();
    const int w = width();
    const int h = std::max(1, height());
    const Qt::Orientation wanted = w > 2.2 * h ? Qt::Horizontal : w < 1.8 * h ? Qt::Vertical : current;
    if (wanted != current) {
        m_ui->splitter->setOrientation(wanted);
        const int length = wanted == Qt::Horizontal ? w : h;
        m_ui->splitter->setSizes({length * 3 / 5, length * 2 / 5});
    }
    // The filters beside the search field when they fit, else on a row of their own.
    const int spacing = m_ui->searchRow->spacing();
    int needed = 220 + m_ui->refreshButton->sizeHint().width() + spacing;
    for (QWidget* choice : filterChoices()) {
        if (!choice->isHidden())
            needed += choice->sizeHint().width() + spacing;
    }
    arrangeFilters(m_ui->browserPage->width() >= needed);
}

QList<QWidget*> HistoryBrowser::filterChoices() const
{
    return {m_ui->outcomeCombo, m_ui->profileCombo,   m_ui->timeCombo,
            m_ui->fromEdit,     m_ui->rangeDashLabel, m_ui->toEdit};
}

void HistoryBrowser::arrangeFilters(bool oneRow)
{
    if (oneRow == m_filtersInOneRow)
        return;
    m_filtersInOneRow = oneRow;
    int position = 0;
    for (QWidget* choice : filterChoices()) {
        m_ui->searchRow->removeWidget(choice);
        m_ui->choiceRow->removeWidget(choice);
        if (oneRow)
            m_ui->searchRow->insertWidget(1 + position++, choice); // between the search field and Refresh
        else
            m_ui->choiceRow->insertWidget(position++, choice);
    }
}

void HistoryBrowser::setUpTable()
{
    QTableView* view = m_ui->tableView;
    view->setModel(m_model);
    // Fixed row heights: the view never measures 100,000 rows.
    QHeaderView* rows = view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(view->fontMetrics().height() + 8);
    QHeaderView* columns = view->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QFontMetrics metrics = view->fontMetrics();
    auto textWidth = [&](const QString& sample) { return metrics.horizontalAdvance(sample) + 24; };
    const int icon = view->style()->pixelMetric(QStyle::PM_SmallIconSize) + 6;
    columns->resizeSection(HistoryModel::TimeColumn, textWidth(QStringLiteral("8888-88-88 88:88:88")));
    columns->resizeSection(HistoryModel::OutcomeColumn, textWidth(HistoryModel::tr("Unknown (interrupted)")) + icon);
    columns->resizeSection(HistoryModel::NameColumn, textWidth(QStringLiteral("payments-nightly-export-042")));
    columns->resizeSection(HistoryModel::NamespaceColumn, textWidth(QStringLiteral("4a06d5ea-f576-43")));
    columns->resizeSection(HistoryModel::GroupColumn, textWidth(QStringLiteral("billing.defaultGroup")));
    columns->resizeSection(HistoryModel::JobIdColumn, textWidth(QStringLiteral("88888888")));
    columns->resizeSection(HistoryModel::RequestIdColumn, textWidth(QStringLiteral("5A1F0B7E-2C4D-4E")));
    columns->resizeSection(HistoryModel::ProfileColumn, textWidth(QStringLiteral("production")));
    columns->resizeSection(HistoryModel::DurationColumn, textWidth(QStringLiteral("88.8 s")));
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryBrowser::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryBrowser::showDetails);
}

QByteArray HistoryBrowser::saveColumns() const
{
    return m_ui->tableView->horizontalHeader()->saveState();
}

void HistoryBrowser::restoreColumns(const QByteArray& state)
{
    QHeaderView* columns = m_ui->tableView->horizontalHeader();
    if (state.isEmpty())
        return;
    const QByteArray fitted = columns->saveState();
    if (!columns->restoreState(state) || columns->count() != HistoryModel::ColumnCount)
        columns->restoreState(fitted);
}

void HistoryBrowser::setUpFilters()
{
    m_ui->profileCombo->setItemData(0, QString());
    for (int i = 0; i < 4; ++i)
        m_ui->outcomeCombo->setItemData(i + 1, int(OutcomeChoices[i]));
    m_ui->fromEdit->hide();
    m_ui->rangeDashLabel->hide();
    m_ui->toEdit->hide();
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &HistoryBrowser::applyFilters);
    connect(m_ui->outcomeCombo, &QComboBox::currentIndexChanged, this, &HistoryBrowser::applyFilters);
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this, &HistoryBrowser::applyFilters);
    connect(m_ui->timeCombo, &QComboBox::currentIndexChanged, this, &HistoryBrowser::onTimeRangeChosen);
    connect(m_ui->fromEdit, &QDateTimeEdit::dateTimeChanged, this, &HistoryBrowser::applyFilters);
    connect(m_ui->toEdit, &QDateTimeEdit::dateTimeChanged, this, &HistoryBrowser::applyFilters);
}

HistoryModel* HistoryBrowser::model() const
{
    return m_model;
}

HistoryQuery HistoryBrowser::query() const
{
    return m_model->query();
}

HistoryQuery HistoryBrowser::filterQuery() const
{
    HistoryQuery q;
    q.text = m_ui->searchEdit->text().trimmed();
    const QVariant outcome = m_ui->outcomeCombo->currentData();
    if (outcome.isValid())
        q.outcome = Outcome(outcome.toInt());
    q.profile = m_ui->profileCombo->currentData().toString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (m_ui->timeCombo->currentIndex()) {
    case Last24Hours:
        q.from = now.addDays(-1);
        break;
    case Last7Days:
        q.from = now.addDays(-7);
        break;
    case Last30Days:
        q.from = now.addDays(-30);
        break;
    case CustomRange:
        q.from = m_ui->fromEdit->dateTime();
        q.to = m_ui->toEdit->dateTime();
        break;
    default:
        break;
    }
    return q;
}

void HistoryBrowser::applyFilters()
{
    m_searchDelay->stop();
    if (!m_store || !m_store->isOpen())
        return;
    const qint64 selected = selectedEntryId();
    const HistoryQuery q = filterQuery();
    clearNotice();
    if (q.from.isValid() && q.to.isValid() && q.from >= q.to)
        showNotice(tr("The time range ends before it begins: choose an end after %1.").arg(localTime(q.from)), true);
    m_model->setQuery(q);
    if (selected)
        selectEntry(selected);
    requestCount(false);
}

void HistoryBrowser::onTimeRangeChosen()
{
    const bool custom = m_ui->timeCombo->currentIndex() == CustomRange;
    if (custom && !m_ui->fromEdit->isVisibleTo(this)) {
        // Start from the last seven whole days; the edits then keep what the user sets.
        const QSignalBlocker fromBlocker(m_ui->fromEdit);
        const QSignalBlocker toBlocker(m_ui->toEdit);
        const QDate today = QDate::currentDate();
        m_ui->fromEdit->setDateTime(today.addDays(-7).startOfDay());
        m_ui->toEdit->setDateTime(today.addDays(1).startOfDay());
    }
    m_ui->fromEdit->setVisible(custom);
    m_ui->rangeDashLabel->setVisible(custom);
    m_ui->toEdit->setVisible(custom);
    adaptToSize(); // two more fields may not fit on one row
    applyFilters();
}

void HistoryBrowser::requestCount(bool withProfiles)
{
    const bool allLoaded = !m_model->canFetchMore({});
    if (allLoaded) // that is the count
        showCount(m_model->rowCount());
    else if (!m_countShown)
        m_ui->countLabel->setText(tr("Counting…"));
    if (!m_counter)
        return;
    if (!allLoaded || withProfiles)
        m_counter->request(m_model->query(), withProfiles);
    else
        m_counter->cancel(); // a count still on its way is for an older filter
}

void HistoryBrowser::onCounted(int count, const QString& error)
{
    if (!error.isEmpty()) {
        // The thread could not open the file on its own: count here instead.
        QString again;
        count = m_store->count(m_model->query(), &again);
        if (!again.isEmpty()) {
            m_ui->countLabel->clear();
            showNotice(again, true);
            return;
        }
    }
    showCount(count);
}

void HistoryBrowser::onProfilesListed(const QStringList& profiles)
{
    // The chosen profile stays chosen, even once no entry has it any more.
    QComboBox* combo = m_ui->profileCombo;
    const QString chosen = combo->currentData().toString();
    QStringList names = profiles;
    if (!chosen.isEmpty() && !names.contains(chosen))
        names.append(chosen);
    const QSignalBlocker blocker(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const QString& name : std::as_const(names))
        combo->addItem(name, name);
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}

void HistoryBrowser::showCount(int count)
{
    m_countShown = true;
    m_ui->countLabel->setText(count == 1 ? tr("1 entry") : tr("%Ln entries", nullptr, count));
}

void HistoryBrowser::refresh()
{
    if (!m_store || !m_store->isOpen())
        return;
    m_searchDelay->stop();
    const qint64 selected = selectedEntryId();
    m_model->refresh(filterQuery());
    if (selected && selectedEntryId() != selected)
        selectEntry(selected);
    else
        showDetails(); // the entry may have changed (a pending one completed)
    requestCount(true);
}

qint64 HistoryBrowser::selectedEntryId() const
{
    return currentEntry().id;
}

bool HistoryBrowser::selectEntry(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_ui->tableView->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->tableView->scrollTo(index);
    return true;
}

HistoryEntry HistoryBrowser::currentEntry() const
{
    const QModelIndex current = m_ui->tableView->selectionModel()->currentIndex();
    if (!current.isValid() || !m_ui->tableView->selectionModel()->isRowSelected(current.row(), {}))
        return {};
    return m_model->entryAt(current.row());
}

void HistoryBrowser::showDetails()
{
    const HistoryEntry listed = currentEntry();
    updateActions();
    if (listed.id == 0) {
        m_ui->detailStack->setCurrentWidget(m_ui->noSelectionPage);
        return;
    }
    QString error;
    const std::optional<HistoryEntry> entry = m_store->entry(listed.id, &error);
    if (!entry) {
        showNotice(error, true);
        m_ui->detailStack->setCurrentWidget(m_ui->noSelectionPage);
        return;
    }
    fillSummary(*entry);
    fillRequest(*entry);
    fillAnswer(*entry);
    m_ui->detailStack->setCurrentWidget(m_ui->detailTabs);
}

void HistoryBrowser::fillSummary(const HistoryEntry& e)
{
    const Outcome outcome = e.pending ? Outcome::Unknown : e.outcome;
    m_ui->outcomeIconLabel->setPixmap(HistoryModel::outcomeIcon(outcome).pixmap(24, 24));
    QString headline;
    QString advice;
    switch (outcome) {
    case Outcome::Created:
        headline = tr("Created: JobId %1").arg(e.jobId);
        break;
    case Outcome::Refused:
        headline = tr("Refused by SchedulerX");
        advice = tr("Nothing was created. The code and message below say why.");
        break;
    case Outcome::Unknown:
        headline = tr("Outcome unknown");
        advice = e.pending ? tr("This attempt never completed (the program stopped mid-request). The job may or may "
                                "not have been created: look it up in the SchedulerX console before submitting it "
                                "again.")
                           : tr("The request may have reached SchedulerX, but no usable answer came back. Look for "
                                "the job in the SchedulerX console before submitting it again.");
        break;
    case Outcome::Failed:
        headline = tr("Not sent");
        advice = tr("The request never left this computer: nothing was created.");
        break;
    }
    m_ui->headlineLabel->setText(headline);
    m_ui->adviceLabel->setText(advice);
    m_ui->adviceLabel->setVisible(!advice.isEmpty());

    m_ui->entryValue->setText(QString::number(e.id));
    const QString utc = e.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (e.time.toLocalTime().offsetFromUtc() == 0)
        m_ui->timeValue->setText(tr("%1 UTC").arg(utc));
    else
        m_ui->timeValue->setText(tr("%1 (%2 UTC)").arg(localTime(e.time), utc));
    m_ui->httpStatusValue->setText(e.httpStatus ? QString::number(e.httpStatus) : tr("— (no HTTP answer)"));
    m_ui->codeValue->setText(orDash(e.code));
    m_ui->messageValue->setText(orDash(e.message));
    m_ui->jobIdValue->setText(orDash(e.jobId));
    m_ui->requestIdValue->setText(orDash(e.requestId));
    if (e.pending)
        m_ui->durationValue->setText(QStringLiteral("—"));
    else if (e.attempts > 1)
        m_ui->durationValue->setText(tr("%1 ms in %n attempt(s)", nullptr, e.attempts).arg(e.durationMs));
    else
        m_ui->durationValue->setText(tr("%1 ms").arg(e.durationMs));
    m_ui->nameValue->setText(orDash(e.name));
    m_ui->namespaceValue->setText(orDash(e.ns));
    m_ui->groupValue->setText(orDash(e.groupId));
    m_ui->regionValue->setText(orDash(e.region));
    m_ui->profileValue->setText(e.profile.isEmpty() ? tr("none (credentials from the environment)") : e.profile);
    m_ui->endpointValue->setText(orDash(e.endpoint));
    if (e.signatureVersion == QLatin1String("v3"))
        m_ui->signatureValue->setText(tr("V3 (ACS3-HMAC-SHA256)"));
    else if (e.signatureVersion == QLatin1String("v2"))
        m_ui->signatureValue->setText(tr("V2 (HMAC-SHA1)"));
    else
        m_ui->signatureValue->setText(orDash(e.signatureVersion));
    m_ui->templateValue->setText(orDash(e.templateSource));
    m_ui->fileValue->setText(orDash(QDir::toNativeSeparators(e.file)));
}

void HistoryBrowser::fillRequest(const HistoryEntry& e)
{
    JobFileError readError;
    const std::optional<Job> job = JobFileFormat::jobFromJson(e.job, &readError);
    if (!job) {
        // Shown as recorded; the parameters cannot be rebuilt from it.
        m_ui->jobText->setPlainText(QString::fromUtf8(QJsonDocument(e.job).toJson(QJsonDocument::Indented)));
        m_ui->parametersInfoLabel->setText(tr("The recorded job cannot be read: %1").arg(readError.toString()));
        m_ui->parametersText->clear();
        return;
    }
    m_ui->jobText->setPlainText(QString::fromUtf8(JobFileFormat::serializeJob(*job)));
    const ApiCall call = RequestBuilder::createJob(*job);
    m_ui->parametersInfoLabel->setText(
        tr("%1 %2 (API version %3) as this job makes it, before signing: the AccessKey, signature, nonce and time "
           "are added when it is sent.")
            .arg(QString::fromLatin1(call.method), call.action, call.version));
    int width = 0;
    for (const ParamList* list : {&call.query, &call.body}) {
        for (const auto& param : *list)
            width = std::max(width, int(param.first.size()));
    }
    QString text;
    if (!call.query.isEmpty())
        text += tr("Query string") + QLatin1Char('\n') + parameterLines(call.query, width);
    if (!call.body.isEmpty()) {
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += tr("Body (application/x-www-form-urlencoded)") + QLatin1Char('\n') + parameterLines(call.body, width);
    }
    m_ui->parametersText->setPlainText(text);
}

void HistoryBrowser::fillAnswer(const HistoryEntry& e)
{
    if (e.response.isEmpty()) {
        m_ui->answerInfoLabel->setText(e.pending ? tr("No answer was recorded.") : tr("No answer was received."));
        m_ui->answerText->setPlainText(e.message);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(e.response, &parseError);
    const QString status = e.httpStatus ? tr("HTTP %1").arg(e.httpStatus) : tr("No HTTP status");
    if (parseError.error == QJsonParseError::NoError && !json.isNull()) {
        m_ui->answerInfoLabel->setText(
            tr("%1, %n byte(s) of JSON, shown indented.", nullptr, int(e.response.size())).arg(status));
        m_ui->answerText->setPlainText(QString::fromUtf8(json.toJson(QJsonDocument::Indented)));
    } else {
        m_ui->answerInfoLabel->setText(
            tr("%1, %n byte(s), not JSON: shown as received.", nullptr, int(e.response.size())).arg(status));
        m_ui->answerText->setPlainText(QString::fromUtf8(e.response));
    }
}

void HistoryBrowser::updateActions()
{
    const HistoryEntry e = currentEntry();
    m_ui->actionCopyJobId->setEnabled(!e.jobId.isEmpty());
    m_ui->actionCopyRequestId->setEnabled(!e.requestId.isEmpty());
    m_ui->actionOpenAsNewJob->setEnabled(e.id != 0);
    m_ui->actionExport->setEnabled(m_model->rowCount() > 0);
}

void HistoryBrowser::copyJobId()
{
    const HistoryEntry e = currentEntry();
    if (e.jobId.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(e.jobId);
    showStatus(tr("JobId %1 copied.").arg(e.jobId));
}

void HistoryBrowser::copyRequestId()
{
    const HistoryEntry e = currentEntry();
    if (e.requestId.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(e.requestId);
    showStatus(tr("RequestId copied."));
}

void HistoryBrowser::openSelectedAsNewJob()
{
    const qint64 id = selectedEntryId();
    if (!id)
        return;
    QString error;
    const std::optional<JobFile> file = m_store->clone(id, &error);
    if (!file) {
        showNotice(error, true);
        return;
    }
    Q_EMIT openAsNewJob(*file);
}

bool HistoryBrowser::exportTo(const QString& path, HistoryStore::ExportFormat format, QString* error) const
{
    QSaveFile file(path); // all or nothing: a failed export never leaves half a file
    QString exportError;
    if (!file.open(QIODevice::WriteOnly)) {
        exportError = tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    } else if (!m_store || !m_store->exportTo(&file, format, m_model->query(), &exportError)) {
        if (exportError.isEmpty())
            exportError = tr("No history file was given.");
    } else if (!file.commit()) {
        exportError = tr("%1: not saved: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    if (error)
        *error = exportError;
    return exportError.isEmpty();
}

void HistoryBrowser::exportChosen()
{
    const QString csv = tr("CSV (*.csv)");
    const QString jsonLines = tr("JSON Lines (*.jsonl)");
    QFileDialog dialog(this, tr("Export History"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters({csv, jsonLines});
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    dialog.selectFile(QStringLiteral("sxstudio-history.csv"));
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog, jsonLines](const QString& filter) {
        dialog.setDefaultSuffix(filter == jsonLines ? QStringLiteral("jsonl") : QStringLiteral("csv"));
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    // The file's extension decides, else the filter chosen.
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool asJson = suffix == QLatin1String("jsonl") || suffix == QLatin1String("json") ||
        (suffix != QLatin1String("csv") && dialog.selectedNameFilter() == jsonLines);
    QString error;
    if (exportTo(path, asJson ? HistoryStore::ExportFormat::JsonLines : HistoryStore::ExportFormat::Csv, &error))
        showStatus(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    else
        showNotice(error, true);
}

void HistoryBrowser::showNotice(const QString& text, bool isError)
{
    m_ui->noticeLabel->setStyleSheet(noticeStyle(isError));
    m_ui->noticeLabel->setText(text);
    m_ui->noticeLabel->show();
}

void HistoryBrowser::clearNotice()
{
    // A read-only store stays announced.
    if (m_store && m_store->isOpen() && !m_store->errorString().isEmpty()) {
        showNotice(m_store->errorString(), false);
        return;
    }
    m_ui->noticeLabel->clear();
    m_ui->noticeLabel->hide();
}

void HistoryBrowser::showStatus(const QString& text)
{
    m_ui->statusLabel->setText(text);
    m_statusTimeout->start(StatusMs);
}

void HistoryBrowser::showUnavailable(const QString& reason)
{
    m_ui->unavailableLabel->setText(reason);
    m_ui->pages->setCurrentWidget(m_ui->unavailablePage);
    for (QAction* action : {m_ui->actionCopyJobId, m_ui->actionCopyRequestId, m_ui->actionOpenAsNewJob,
                            m_ui->actionExport, m_ui->actionRefresh})
        action->setEnabled(false);
}

} // namespace sx
