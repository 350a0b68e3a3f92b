#include "PlaceholdersDialog.h"
#include "ui_PlaceholdersDialog.h"

#include "Placeholders.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace sx {

namespace {

// What was typed this session, by placeholder name; never written anywhere.
QHash<QString, QString>& memory()
{
    static QHash<QString, QString> values;
    return values;
}

const char* const InvalidProperty = "invalidValue";

void markInvalid(QLineEdit* edit, bool invalid)
{
    if (edit->property(InvalidProperty).toBool() == invalid)
        return;
    edit->setProperty(InvalidProperty, invalid);
    edit->style()->unpolish(edit); // the style sheet selects on the property
    edit->style()->polish(edit);
}

} // namespace

PlaceholdersDialog::PlaceholdersDialog(const Job& job, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::PlaceholdersDialog())
    , m_job(job)
    , m_filled(job)
{
    m_ui->setupUi(this);
    // Tinted, not coloured text, so that it reads in light and dark themes alike.
    m_ui->errorLabel->setStyleSheet(QStringLiteral("QLabel { background: rgba(218, 68, 83, 0.15); "
                                                   "border: 1px solid rgba(218, 68, 83, 0.6); "
                                                   "border-radius: 3px; padding: 4px; }"));
    m_ui->errorLabel->hide();
    // A value the job cannot take is framed in red until it is edited.
    m_ui->fieldsWidget->setStyleSheet(
        QStringLiteral("QLineEdit[%1=\"true\"] { border: 1px solid rgb(218, 68, 83); }").arg(InvalidProperty));

    for (const QString& name : Placeholders::unfilled(m_job))
        addField(name);

    // The fields never scroll sideways: the dialog is as wide as its widest "Used in" line.
    m_ui->scrollArea->setMinimumWidth(m_ui->fieldsWidget->minimumSizeHint().width() +
                                      style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this));
    resize(std::max(width(), sizeHint().width()), height());
    fitHeight();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PlaceholdersDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PlaceholdersDialog::reject);
    updateOkButton();

    // Start where typing is needed: the first field without a value.
    for (const auto& [name, edit] : std::as_const(m_edits)) {
        if (edit->text().isEmpty()) {
            edit->setFocus();
            break;
        }
    }
}

PlaceholdersDialog::~PlaceholdersDialog() = default;

void PlaceholdersDialog::addField(const QString& name)
{
    QStringList keys;
    bool wantsNumber = false;
    bool wantsBool = false;
    for (const PlaceholderUse& use : Placeholders::unfilledUses(m_job)) {
        if (use.name != name)
            continue;
        if (!keys.contains(use.key))
            keys.append(use.key);
        const ValueType type = Parameters::spec(use.param).type;
        wantsNumber |= type == ValueType::Int32 || type == ValueType::Int64;
        wantsBool |= type == ValueType::Bool;
    }

    auto* field = new QWidget(m_ui->fieldsWidget);
    auto* layout = new QVBoxLayout(field);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* edit = new QLineEdit(field);
    edit->setObjectName(QStringLiteral("value_%1").arg(name));
    if (wantsNumber)
        edit->setPlaceholderText(tr("A whole number"));
    else if (wantsBool)
        edit->setPlaceholderText(tr("true or false"));
    edit->setText(memory().value(name));
    layout->addWidget(edit);

    // One line: a long list of uses (many contacts) is cut short here and given whole in the tooltip.
    constexpr int Shown = 2;
    const QString shown = QStringList(keys.mid(0, Shown)).join(QStringLiteral(", "));
    auto* usedIn =
        new QLabel(keys.size() > Shown ? tr("Used in %1 and %n more", nullptr, int(keys.size() - Shown)).arg(shown)
                                       : tr("Used in %1").arg(shown),
                   field);
    usedIn->setObjectName(QStringLiteral("usedIn_%1").arg(name));
    usedIn->setToolTip(keys.join(QStringLiteral(", ")));
    QFont small = usedIn->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    usedIn->setFont(small);
    QPalette dim = usedIn->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    usedIn->setPalette(dim);
    layout->addWidget(usedIn);

    auto* label = new QLabel(name, m_ui->fieldsWidget);
    label->setBuddy(edit);
    m_ui->fieldsLayout->addRow(label, field);
    m_edits.append({name, edit});

    connect(edit, &QLineEdit::textChanged, this, [this, edit] {
        markInvalid(edit, false);
        updateOkButton();
    });
}

std::optional<Job> PlaceholdersDialog::fill(const Job& job, QWidget* parent)
{
    if (Placeholders::unfilled(job).isEmpty())
        return job;
    PlaceholdersDialog dialog(job, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.filledJob();
}

QStringList PlaceholdersDialog::names() const
{
    QStringList result;
    for (const auto& [name, edit] : m_edits)
        result.append(name);
    return result;
}

QHash<QString, QString> PlaceholdersDialog::values() const
{
    QHash<QString, QString> result;
    for (const auto& [name, edit] : m_edits)
        result.insert(name, edit->text().trimmed());
    return result;
}

Job PlaceholdersDialog::filledJob() const
{
    return m_filled;
}

QHash<QString, QString> PlaceholdersDialog::rememberedValues()
{
    return memory();
}

void PlaceholdersDialog::forgetValues()
{
    memory().clear();
}

void PlaceholdersDialog::fitHeight()
{
    // Wrapped labels are as tall as the width makes them; sizeHint() alone guesses for a narrower dialog.
    const QMargins margins = layout()->contentsMargins();
    QLayout* fields = m_ui->fieldsLayout;
    const int fieldsWidth = width() - margins.left() - margins.right();
    const int fieldsHeight =
        fields->hasHeightForWidth() ? fields->totalHeightForWidth(fieldsWidth) : fields->totalSizeHint().height();
    // Every field in view when they fit in half the screen; a long list scrolls instead of running off it.
    const int room = screen() ? screen()->availableGeometry().height() / 2 : 400;
    m_ui->scrollArea->setMinimumHeight(std::min(fieldsHeight, room));
    layout()->activate();
    resize(width(), hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height());
}

void PlaceholdersDialog::updateOkButton()
{
    bool complete = true;
    for (const auto& [name, edit] : std::as_const(m_edits))
        complete &= !edit->text().trimmed().isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

void PlaceholdersDialog::accept()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return; // Enter in a field must not get around a missing value
    const QHash<QString, QString> given = values();
    QStringList errors;
    const QString givenAs = tr("${%1} is “%2”"); // no --set here: say it as the user typed it
    const std::optional<Job> filled = Placeholders::substitute(m_job, given, &errors, givenAs);
    if (!filled) {
        // Which values are wrong: each one alone, through the same rules, so nothing is decided twice.
        for (const auto& [name, edit] : std::as_const(m_edits)) {
            QStringList own;
            markInvalid(edit, !Placeholders::substitute(m_job, {{name, given.value(name)}}, &own));
        }
        m_ui->errorLabel->setText(errors.join(QLatin1Char('\n')));
        m_ui->errorLabel->show();
        fitHeight(); // grow rather than squeeze the fields
        return;
    }
    m_filled = *filled;
    m_ui->errorLabel->hide();
    QDialog::accept();
}

void PlaceholdersDialog::done(int result)
{
    // Remembered even on Cancel: what the user typed is not lost.
    for (const auto& [name, edit] : std::as_const(m_edits)) {
        const QString value = edit->text().trimmed();
        if (!value.isEmpty())
            memory().insert(name, value);
    }
    QDialog::done(result);
}

} // namespace sx
