#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "AppSettings.h"

#include <QPushButton>

namespace sx {

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::SettingsDialog)
    , m_settings(settings)
{
    m_ui->setupUi(this);

    m_ui->languageCombo->addItem(tr("System default"), QString());
    // Each language named in itself, so that someone stuck in a language they cannot read still finds theirs.
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral(u"简体中文"), QStringLiteral("zh_CN"));

    m_ui->signatureCombo->addItem(tr("V3 (ACS3-HMAC-SHA256, recommended)"), int(SignatureVersion::V3));
    m_ui->signatureCombo->addItem(tr("V2 (HMAC-SHA1)"), int(SignatureVersion::V2));

    m_ui->connectTimeoutSpin->setRange(AppSettings::MinTimeoutSeconds, AppSettings::MaxTimeoutSeconds);
    m_ui->totalTimeoutSpin->setRange(AppSettings::MinTimeoutSeconds, AppSettings::MaxTimeoutSeconds);
    m_ui->historyRetentionSpin->setRange(0, AppSettings::MaxHistoryRetentionDays);

    // The total includes connecting: it can never be shorter.
    connect(m_ui->connectTimeoutSpin, &QSpinBox::valueChanged, m_ui->totalTimeoutSpin, &QSpinBox::setMinimum);
    connect(m_ui->historyRetentionSpin, &QSpinBox::valueChanged, this, &SettingsDialog::updateRetentionSuffix);
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateLanguageNote);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);

    m_ui->errorLabel->hide();
    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    m_openedLanguage = m_settings.language();
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(m_openedLanguage)));
    m_ui->confirmSubmitCheck->setChecked(m_settings.confirmBeforeSubmit());
    m_ui->connectTimeoutSpin->setValue(m_settings.connectTimeoutSeconds());
    m_ui->totalTimeoutSpin->setValue(m_settings.totalTimeoutSeconds());
    m_ui->signatureCombo->setCurrentIndex(m_ui->signatureCombo->findData(int(m_settings.signatureVersion())));
    m_ui->historyRetentionSpin->setValue(m_settings.historyRetentionDays());
    updateRetentionSuffix(m_ui->historyRetentionSpin->value());
    updateLanguageNote();
}

void SettingsDialog::restoreDefaults()
{
    m_ui->languageCombo->setCurrentIndex(0);
    m_ui->confirmSubmitCheck->setChecked(AppSettings::DefaultConfirmBeforeSubmit);
    // Connect first: it is the total's minimum.
    m_ui->connectTimeoutSpin->setValue(AppSettings::DefaultConnectTimeoutSeconds);
    m_ui->totalTimeoutSpin->setValue(AppSettings::DefaultTotalTimeoutSeconds);
    m_ui->signatureCombo->setCurrentIndex(m_ui->signatureCombo->findData(int(AppSettings::DefaultSignatureVersion)));
    m_ui->historyRetentionSpin->setValue(AppSettings::DefaultHistoryRetentionDays);
}

QString SettingsDialog::selectedLanguage() const
{
    return m_ui->languageCombo->currentData().toString();
}

void SettingsDialog::updateLanguageNote()
{
    m_ui->languageNote->setVisible(selectedLanguage() != m_openedLanguage);
}

void SettingsDialog::updateRetentionSuffix(int days)
{
    // The special value text replaces prefix, number and suffix alike at 0.
    const QString suffix = tr(" day(s)", nullptr, days);
    if (m_ui->historyRetentionSpin->suffix() != suffix) // rewriting it mid-typing would move the cursor
        m_ui->historyRetentionSpin->setSuffix(suffix);
}

void SettingsDialog::save()
{
    m_settings.setLanguage(selectedLanguage());
    m_settings.setConfirmBeforeSubmit(m_ui->confirmSubmitCheck->isChecked());
    m_settings.setConnectTimeoutSeconds(m_ui->connectTimeoutSpin->value());
    m_settings.setTotalTimeoutSeconds(m_ui->totalTimeoutSpin->value());
    m_settings.setSignatureVersion(SignatureVersion(m_ui->signatureCombo->currentData().toInt()));
    m_settings.setHistoryRetentionDays(m_ui->historyRetentionSpin->value());
}

void SettingsDialog::accept()
{
    // A value typed but not yet committed by Enter or focus change still counts.
    for (QSpinBox* spin : {m_ui->connectTimeoutSpin, m_ui->totalTimeoutSpin, m_ui->historyRetentionSpin})
        spin->interpretText();
    save();
    if (!m_settings.sync()) {
        // Stay open with everything as typed; the values hold for this session all the same.
        m_ui->errorLabel->setText(m_settings.lastError());
        m_ui->errorLabel->show();
        return;
    }
    const QString language = selectedLanguage();
    QDialog::accept();
    if (language != m_openedLanguage)
        Q_EMIT languageChanged(language);
}

} // namespace sx
