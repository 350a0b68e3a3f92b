#include "TemplateNameDialog.h"
#include "ui_TemplateNameDialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace sx {

TemplateNameDialog::TemplateNameDialog(Mode mode, const QStringList& takenNames, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::TemplateNameDialog())
    , m_mode(mode)
    , m_takenNames(takenNames)
{
    m_ui->setupUi(this);
    if (m_mode == Mode::Rename) {
        setWindowTitle(tr("Rename template"));
        m_ui->descriptionLabel->hide();
        m_ui->descriptionEdit->hide();
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Rename"));
    } else {
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    }
    // Tinted, not coloured text, so that it reads in light and dark themes alike.
    m_ui->noticeLabel->setStyleSheet(QStringLiteral("QLabel { background: rgba(246, 116, 0, 0.15); "
                                                    "border: 1px solid rgba(246, 116, 0, 0.6); "
                                                    "border-radius: 3px; padding: 4px; }"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TemplateNameDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TemplateNameDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &TemplateNameDialog::updateState);
    updateState();
}

TemplateNameDialog::~TemplateNameDialog() = default;

QString TemplateNameDialog::name() const
{
    return m_ui->nameEdit->text().trimmed();
}

void TemplateNameDialog::setName(const QString& name)
{
    m_ui->nameEdit->setText(name);
    m_ui->nameEdit->selectAll();
}

QString TemplateNameDialog::description() const
{
    return m_ui->descriptionEdit->text().trimmed();
}

void TemplateNameDialog::setDescription(const QString& description)
{
    m_ui->descriptionEdit->setText(description);
}

bool TemplateNameDialog::replaces() const
{
    return m_replaces;
}

bool TemplateNameDialog::isTaken() const
{
    return m_takenNames.contains(name());
}

void TemplateNameDialog::updateState()
{
    const bool taken = isTaken();
    if (taken && m_mode == Mode::Rename)
        m_ui->noticeLabel->setText(tr("There is already a template named “%1”. Choose another name.").arg(name()));
    else if (taken)
        m_ui->noticeLabel->setText(
            tr("A template named “%1” already exists. Saving asks whether to replace it.").arg(name()));
    m_ui->noticeLabel->setVisible(taken);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty() && !(taken && m_mode == Mode::Rename));
}

void TemplateNameDialog::accept()
{
    if (name().isEmpty() || (isTaken() && m_mode == Mode::Rename))
        return; // OK is disabled; Enter in a field must not get around it
    if (!isTaken()) {
        m_replaces = false;
        QDialog::accept();
        return;
    }
    // Never replace a template silently: the dialog stays open, with the name, until the user says yes.
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Replace template"),
                        tr("A template named “%1” already exists. Replace it with the current job?").arg(name()),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->button(QMessageBox::Yes)->setText(tr("Replace"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_replaces = true;
        QDialog::accept();
    });
    box->open();
}

} // namespace sx
