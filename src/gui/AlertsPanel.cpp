#include "AlertsPanel.h"
#include "ui_AlertsPanel.h"

#include "JobKinds.h"
#include "OptionalFields.h"
#include "PanelFocus.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace sx {

namespace {

constexpr int NoLimit = std::numeric_limits<int>::max();

// "ContactInfo[2].UserMail" -> 2, "UserMail"; "ContactInfo[2]" -> 2, "".
const QRegularExpression& contactPath()
{
    static const QRegularExpression path(QStringLiteral("^ContactInfo\\[(\\d+)\\](?:\\.(\\w+))?$"));
    return path;
}

int columnOf(const QString& field)
{
    if (field == QLatin1String("UserPhone"))
        return AlertsPanel::PhoneColumn;
    if (field == QLatin1String("UserMail"))
        return AlertsPanel::MailColumn;
    if (field == QLatin1String("Ding"))
        return AlertsPanel::DingColumn;
    return AlertsPanel::NameColumn;
}

} // namespace

AlertsPanel::AlertsPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::AlertsPanel())
{
    m_ui->setupUi(this);
    m_channelChecks = {m_ui->smsCheck, m_ui->mailCheck, m_ui->phoneCheck, m_ui->webhookCheck};
    Q_ASSERT(m_channelChecks.size() == JobKinds::sendChannels().size());

    // The validator's ranges: Timeout and FailTimes are 1 or more.
    OptionalFields::setUpSpin(m_ui->timeoutSpin, Param::Timeout, 1, NoLimit);
    OptionalFields::setUpSpin(m_ui->failTimesSpin, Param::FailTimes, 1, NoLimit);
    OptionalFields::equalizeWidths({m_ui->timeoutSpin, m_ui->failTimesSpin});
    for (QSpinBox* spin : {m_ui->timeoutSpin, m_ui->failTimesSpin}) {
        connect(spin, &QSpinBox::valueChanged, this, [this, spin] {
            if (m_loading)
                return;
            OptionalFields::spinEdited(spin);
            onEdited();
        });
    }
    for (QCheckBox* check : {m_ui->timeoutEnableCheck, m_ui->timeoutKillEnableCheck, m_ui->failEnableCheck,
                             m_ui->missWorkerEnableCheck, m_ui->successNoticeEnableCheck}) {
        connect(check, &QCheckBox::stateChanged, this, [this, check] {
            if (m_loading)
                return;
            OptionalFields::checkEdited(check);
            updateTies();
            onEdited();
        });
    }
    for (QCheckBox* check : std::as_const(m_channelChecks)) {
        connect(check, &QCheckBox::toggled, this, [this] {
            if (m_loading)
                return;
            updateChannelNotes();
            onEdited();
        });
    }
    connect(m_ui->dropOtherChannelsButton, &QPushButton::clicked, this, [this] {
        m_otherChannels.clear();
        updateChannelNotes();
        onEdited();
    });

    connect(m_ui->addContactButton, &QPushButton::clicked, this, &AlertsPanel::addContact);
    connect(m_ui->removeContactButton, &QPushButton::clicked, this, &AlertsPanel::removeContact);
    connect(m_ui->contactsTable, &QTableWidget::currentCellChanged, this, &AlertsPanel::updateRemoveButton);

    load(Job());
}

AlertsPanel::~AlertsPanel() = default;

void AlertsPanel::load(const Job& job)
{
    m_loading = true;
    OptionalFields::loadSpin(m_ui->timeoutSpin, job, Param::Timeout);
    OptionalFields::loadSpin(m_ui->failTimesSpin, job, Param::FailTimes);
    OptionalFields::loadCheck(m_ui->timeoutEnableCheck, job, Param::TimeoutEnable);
    OptionalFields::loadCheck(m_ui->timeoutKillEnableCheck, job, Param::TimeoutKillEnable);
    OptionalFields::loadCheck(m_ui->failEnableCheck, job, Param::FailEnable);
    OptionalFields::loadCheck(m_ui->missWorkerEnableCheck, job, Param::MissWorkerEnable);
    OptionalFields::loadCheck(m_ui->successNoticeEnableCheck, job, Param::SuccessNoticeEnable);
    loadChannels(job.has(Param::SendChannel) ? job.text(Param::SendChannel) : QString());
    m_ui->contactsTable->setRowCount(0);
    for (const Contact& contact : job.contacts())
        addContactRow(contact);
    updateTies();
    updateChannelNotes();
    updateContactsShown();
    m_loading = false;
}

void AlertsPanel::store(Job& job) const
{
    OptionalFields::storeSpin(m_ui->timeoutSpin, job, Param::Timeout);
    OptionalFields::storeSpin(m_ui->failTimesSpin, job, Param::FailTimes);
    OptionalFields::storeCheck(m_ui->timeoutEnableCheck, job, Param::TimeoutEnable);
    OptionalFields::storeCheck(m_ui->timeoutKillEnableCheck, job, Param::TimeoutKillEnable);
    OptionalFields::storeCheck(m_ui->failEnableCheck, job, Param::FailEnable);
    OptionalFields::storeCheck(m_ui->missWorkerEnableCheck, job, Param::MissWorkerEnable);
    OptionalFields::storeCheck(m_ui->successNoticeEnableCheck, job, Param::SuccessNoticeEnable);
    const QString channels = channelsText();
    if (channels.isEmpty())
        job.unset(Param::SendChannel);
    else
        job.set(Param::SendChannel, channels);
    job.setContacts(contacts());
}

void AlertsPanel::onEdited()
{
    if (!m_loading)
        Q_EMIT changed();
}

// A spin box that matters only with its switch on is usable only then, unless it already holds a value
// (then it stays usable, so that the value can be seen and cleared).
void AlertsPanel::updateTies()
{
    m_ui->timeoutSpin->setEnabled(m_ui->timeoutEnableCheck->isChecked() || m_ui->timeoutKillEnableCheck->isChecked() ||
                                  OptionalFields::spinIsSet(m_ui->timeoutSpin));
    m_ui->failTimesSpin->setEnabled(m_ui->failEnableCheck->isChecked() ||
                                    OptionalFields::spinIsSet(m_ui->failTimesSpin));
}

void AlertsPanel::loadChannels(const QString& text)
{
    m_channelOrder.clear();
    m_otherChannels.clear();
    for (QCheckBox* check : std::as_const(m_channelChecks))
        check->setChecked(false);
    for (const QString& name : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString channel = JobKinds::canonicalSendChannel(name);
        const qsizetype index = JobKinds::sendChannels().indexOf(channel);
        if (index >= 0)
            m_channelChecks.at(index)->setChecked(true);
        else if (!m_otherChannels.contains(name))
            m_otherChannels.append(name);
        if (!m_channelOrder.contains(index >= 0 ? channel : name))
            m_channelOrder.append(index >= 0 ? channel : name);
    }
}

// The loaded order first, then what was checked since in the usual order; commas, no spaces.
QString AlertsPanel::channelsText() const
{
    const QStringList& known = JobKinds::sendChannels();
    QStringList out;
    for (const QString& name : m_channelOrder) {
        const qsizetype index = known.indexOf(name);
        if (index >= 0 ? m_channelChecks.at(index)->isChecked() : m_otherChannels.contains(name))
            out.append(name);
    }
    for (qsizetype i = 0; i < known.size(); ++i) {
        if (m_channelChecks.at(i)->isChecked() && !out.contains(known.at(i)))
            out.append(known.at(i));
    }
    return out.join(QLatin1Char(','));
}

void AlertsPanel::updateChannelNotes()
{
    const bool anyChecked = std::any_of(m_channelChecks.cbegin(), m_channelChecks.cend(),
                                        [](const QCheckBox* check) { return check->isChecked(); });
    m_ui->channelsDefaultNote->setVisible(!anyChecked && m_otherChannels.isEmpty());
    m_ui->otherChannelsBox->setVisible(!m_otherChannels.isEmpty());
    m_ui->otherChannelsLabel->setText(
        tr("Kept from the job, not a channel SchedulerX knows: %1").arg(m_otherChannels.join(QLatin1String(", "))));
}

void AlertsPanel::addContactRow(const Contact& contact)
{
    QTableWidget* table = m_ui->contactsTable;
    if (table->columnCount() == 0) {
        // The columns come with the first contact: sizing the header loads a bold font, 2 % of the start-up
        // (bench/run-startup-bench) for a table most jobs leave empty.
        table->setColumnCount(ContactColumnCount);
        table->setHorizontalHeaderLabels({tr("Name"), tr("Phone"), tr("E-mail"), tr("DingTalk webhook")});
        const int charWidth = fontMetrics().averageCharWidth();
        table->horizontalHeader()->resizeSection(NameColumn, 14 * charWidth);
        table->horizontalHeader()->resizeSection(PhoneColumn, 16 * charWidth);
        table->horizontalHeader()->resizeSection(MailColumn, 24 * charWidth);
    }
    const int row = table->rowCount();
    table->insertRow(row);
    const QString texts[ContactColumnCount] = {contact.userName, contact.userPhone, contact.userMail, contact.ding};
    for (int column = 0; column < ContactColumnCount; ++column) {
        auto* cell = new QLineEdit(texts[column]);
        cell->setFrame(false);
        cell->installEventFilter(this);
        connect(cell, &QLineEdit::textChanged, this, &AlertsPanel::onEdited);
        table->setCellWidget(row, column, cell);
    }
}

void AlertsPanel::addContact()
{
    addContactRow(Contact());
    updateContactsShown();
    const int row = m_ui->contactsTable->rowCount() - 1;
    m_ui->contactsTable->setCurrentCell(row, NameColumn);
    m_ui->contactsTable->scrollToBottom();
    contactCell(row, NameColumn)->setFocus(Qt::OtherFocusReason);
    onEdited();
}

void AlertsPanel::removeContact()
{
    QTableWidget* table = m_ui->contactsTable;
    const int row = table->currentRow();
    if (row < 0)
        return;
    // The cells are deleted later by the view, so a form that marked them may still clear them now.
    table->removeRow(row);
    if (table->rowCount() > 0)
        table->setCurrentCell(std::min(row, table->rowCount() - 1), NameColumn);
    updateContactsShown();
    onEdited();
}

void AlertsPanel::updateRemoveButton()
{
    m_ui->removeContactButton->setEnabled(m_ui->contactsTable->currentRow() >= 0);
}

void AlertsPanel::updateContactsShown()
{
    // No empty table: "None" until there is a contact.
    const bool any = m_ui->contactsTable->rowCount() > 0;
    m_ui->contactsTable->setVisible(any);
    m_ui->noContactsLabel->setVisible(!any);
    m_ui->contactsLabel->setBuddy(any ? static_cast<QWidget*>(m_ui->contactsTable) : m_ui->addContactButton);
    updateRemoveButton();
}

QLineEdit* AlertsPanel::contactCell(int row, int column) const
{
    return qobject_cast<QLineEdit*>(m_ui->contactsTable->cellWidget(row, column));
}

ContactList AlertsPanel::contacts() const
{
    ContactList list;
    for (int row = 0; row < m_ui->contactsTable->rowCount(); ++row) {
        const Contact contact {contactCell(row, NameColumn)->text(), contactCell(row, PhoneColumn)->text(),
                               contactCell(row, MailColumn)->text(), contactCell(row, DingColumn)->text()};
        if (!contact.isEmpty())
            list.append(contact);
    }
    return list;
}

int AlertsPanel::rowOfContact(int number) const
{
    int seen = 0;
    for (int row = 0; row < m_ui->contactsTable->rowCount(); ++row) {
        bool empty = true;
        for (int column = 0; column < ContactColumnCount && empty; ++column)
            empty = contactCell(row, column)->text().isEmpty();
        if (!empty && ++seen == number)
            return row;
    }
    return -1;
}

// A cell that takes the focus makes its row the current one, for Remove.
bool AlertsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn) {
        QTableWidget* table = m_ui->contactsTable;
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < ContactColumnCount; ++column) {
                if (table->cellWidget(row, column) == watched && table->currentRow() != row)
                    table->setCurrentCell(row, column);
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

QWidget* AlertsPanel::widgetFor(const Problem& problem) const
{
    switch (problem.param) {
    case Param::Timeout:
        return m_ui->timeoutSpin;
    case Param::TimeoutEnable:
        return m_ui->timeoutEnableCheck;
    case Param::TimeoutKillEnable:
        return m_ui->timeoutKillEnableCheck;
    case Param::FailEnable:
        return m_ui->failEnableCheck;
    case Param::FailTimes:
        return m_ui->failTimesSpin;
    case Param::MissWorkerEnable:
        return m_ui->missWorkerEnableCheck;
    case Param::SuccessNoticeEnable:
        return m_ui->successNoticeEnableCheck;
    case Param::SendChannel:
        return m_ui->channelsFrame;
    case Param::ContactInfo: {
        const QRegularExpressionMatch match = contactPath().match(problem.path);
        const int row = match.hasMatch() ? rowOfContact(match.captured(1).toInt()) : -1;
        if (row < 0) // about the contacts as a whole: the table, or the button that starts one
            return m_ui->contactsTable->rowCount() > 0 ? static_cast<QWidget*>(m_ui->contactsTable)
                                                       : m_ui->addContactButton;
        return contactCell(row, columnOf(match.captured(2)));
    }
    default:
        return nullptr;
    }
}

bool AlertsPanel::focusProblem(const Problem& problem)
{
    QWidget* widget = widgetFor(problem);
    if (!widget)
        return false;
    QTableWidget* table = m_ui->contactsTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < ContactColumnCount; ++column) {
            if (table->cellWidget(row, column) == widget) {
                table->setCurrentCell(row, column);
                table->scrollTo(table->model()->index(row, column));
            }
        }
    }
    if (widget == m_ui->channelsFrame)
        widget = m_ui->smsCheck;
    PanelFocus::reveal(widget);
    widget->setFocus(Qt::OtherFocusReason);
    return widget->isEnabled();
}

} // namespace sx
