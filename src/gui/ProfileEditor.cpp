#include "ProfileEditor.h"
#include "ui_ProfileEditor.h"

#include <QStyle>

namespace sx {

namespace {

void repolish(QWidget* widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

// Spin boxes show seconds with one decimal; the profile keeps milliseconds.
int milliseconds(const QDoubleSpinBox* spin, int loadedMs)
{
    const double shown = qRound(loadedMs / 100.0) / 10.0;
    return qFuzzyCompare(spin->value(), shown) ? loadedMs : qRound(spin->value() * 1000);
}

} // namespace

ProfileEditor::ProfileEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::ProfileEditor())
{
    m_ui->setupUi(this);
    setStyleSheet(QStringLiteral("QLineEdit:read-only { background: palette(window); }"
                                 "QLineEdit[sxProblem=\"error\"] { border: 2px solid #d32f2f; }"
                                 "QLabel[sxRole=\"problem\"], QLabel[sxState=\"error\"] { color: #c62828; }"
                                 "QLabel[sxState=\"ok\"] { color: #2e7d32; }"
                                 "QLabel#endpointPreview { color: palette(dark); }"));
    for (QLabel* label : {m_ui->nameProblem, m_ui->accessKeyIdProblem, m_ui->secretProblem, m_ui->securityTokenProblem,
                          m_ui->regionProblem, m_ui->endpointProblem}) {
        label->setProperty("sxRole", QStringLiteral("problem"));
        repolish(label);
        label->hide();
    }
    m_ui->connectionDetails->hide();
    alignForms();
    fillCombos();

    for (QLineEdit* edit : {m_ui->nameEdit, m_ui->accessKeyIdEdit, m_ui->secretEdit, m_ui->securityTokenEdit,
                            m_ui->regionEdit, m_ui->endpointEdit})
        connect(edit, &QLineEdit::textChanged, this, &ProfileEditor::onEdited);
    for (QComboBox* combo : {m_ui->authModeCombo, m_ui->signatureCombo, m_ui->endpointKindCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ProfileEditor::onEdited);
    for (QDoubleSpinBox* spin : {m_ui->connectTimeoutSpin, m_ui->totalTimeoutSpin})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ProfileEditor::onEdited);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfileEditor::testRequested);

    load(Profile {}, true);
}

ProfileEditor::~ProfileEditor() = default;

void ProfileEditor::fillCombos()
{
    m_ui->authModeCombo->addItem(tr("AccessKey"), int(AuthMode::AccessKey));
    m_ui->authModeCombo->addItem(tr("STS temporary credentials"), int(AuthMode::Sts));
    m_ui->signatureCombo->addItem(tr("V3, ACS3-HMAC-SHA256 (recommended)"), int(SignatureVersion::V3));
    m_ui->signatureCombo->addItem(tr("V2, HMAC-SHA1"), int(SignatureVersion::V2));
    m_ui->endpointKindCombo->addItem(tr("Public endpoint of the region"), int(EndpointKind::Regional));
    m_ui->endpointKindCombo->addItem(tr("VPC endpoint of the region"), int(EndpointKind::Vpc));
    m_ui->endpointKindCombo->addItem(tr("Custom URL"), int(EndpointKind::Explicit));
}

void ProfileEditor::alignForms()
{
    // The two group boxes read as one form: their label columns get the same width.
    const QList<QLabel*> labels = {m_ui->nameLabel,         m_ui->authModeLabel,      m_ui->accessKeyIdLabel,
                                   m_ui->secretLabel,       m_ui->securityTokenLabel, m_ui->regionLabel,
                                   m_ui->endpointKindLabel, m_ui->endpointLabel,      m_ui->signatureLabel,
                                   m_ui->timeoutsLabel};
    int width = 0;
    for (const QLabel* label : labels)
        width = qMax(width, label->sizeHint().width());
    for (QLabel* label : labels)
        label->setMinimumWidth(width);
}

void ProfileEditor::load(const Profile& profile, bool isNew)
{
    m_loading = true;
    m_loaded = profile;
    m_isNew = isNew;
    m_showMissing = false;
    m_ui->nameEdit->setText(profile.name);
    m_ui->nameEdit->setReadOnly(!isNew);
    m_ui->nameEdit->setToolTip(isNew ? QString()
                                     : tr("A profile's name cannot be changed: add a new profile and remove this "
                                          "one to rename it."));
    m_ui->accessKeyIdEdit->setText(profile.accessKeyId);
    m_ui->secretEdit->clear();
    m_ui->securityTokenEdit->clear();
    m_ui->regionEdit->setText(profile.region);
    m_ui->authModeCombo->setCurrentIndex(m_ui->authModeCombo->findData(int(profile.mode)));
    m_ui->signatureCombo->setCurrentIndex(m_ui->signatureCombo->findData(int(profile.signature)));
    m_ui->endpointKindCombo->setCurrentIndex(m_ui->endpointKindCombo->findData(int(profile.endpointKind)));
    m_ui->endpointEdit->setText(profile.endpointKind == EndpointKind::Explicit ? profile.explicitEndpoint.toString()
                                                                               : QString());
    m_ui->connectTimeoutSpin->setValue(profile.connectTimeoutMs / 1000.0);
    m_ui->totalTimeoutSpin->setValue(profile.totalTimeoutMs / 1000.0);
    m_ui->connectionStatusLabel->clear();
    m_ui->connectionDetails->clear();
    m_ui->connectionDetails->hide();
    m_loading = false;

    // A new profile has no secret yet; a stored one's is looked for by the caller.
    m_secretPresence = isNew ? Presence::Missing : Presence::Unknown;
    m_tokenPresence = m_secretPresence;
    validate(Check::Live);
    updateModeRows();
    updateEndpointPreview();
    updatePlaceholders();
}

bool ProfileEditor::isNew() const
{
    return m_isNew;
}

Profile ProfileEditor::profile() const
{
    Profile p;
    p.name = m_isNew ? m_ui->nameEdit->text().trimmed() : m_loaded.name;
    p.region = m_ui->regionEdit->text().trimmed();
    p.accessKeyId = m_ui->accessKeyIdEdit->text().trimmed();
    p.mode = AuthMode(m_ui->authModeCombo->currentData().toInt());
    p.signature = SignatureVersion(m_ui->signatureCombo->currentData().toInt());
    p.endpointKind = EndpointKind(m_ui->endpointKindCombo->currentData().toInt());
    if (p.endpointKind == EndpointKind::Explicit)
        p.explicitEndpoint = QUrl(m_ui->endpointEdit->text().trimmed());
    p.connectTimeoutMs = milliseconds(m_ui->connectTimeoutSpin, m_loaded.connectTimeoutMs);
    p.totalTimeoutMs = milliseconds(m_ui->totalTimeoutSpin, m_loaded.totalTimeoutMs);
    return p;
}

QString ProfileEditor::typedSecret() const
{
    return m_ui->secretEdit->text();
}

QString ProfileEditor::typedToken() const
{
    return profile().mode == AuthMode::Sts ? m_ui->securityTokenEdit->text() : QString();
}

void ProfileEditor::clearTypedSecrets()
{
    m_loading = true; // emptying them is not an edit
    m_ui->secretEdit->clear();
    m_ui->securityTokenEdit->clear();
    m_loading = false;
}

void ProfileEditor::setSecretPresence(Presence secret, Presence token)
{
    m_secretPresence = secret;
    m_tokenPresence = token;
    updatePlaceholders();
    if (m_showMissing)
        validate(Check::Live); // a secret found after all settles its "type the secret" mark
}

ProfileEditor::Presence ProfileEditor::secretPresence() const
{
    return m_secretPresence;
}

ProfileEditor::Presence ProfileEditor::tokenPresence() const
{
    return m_tokenPresence;
}

void ProfileEditor::setSecretsPersistent(bool persistent)
{
    m_persistent = persistent;
    updatePlaceholders();
}

void ProfileEditor::setNameInUse(std::function<bool(const QString&)> inUse)
{
    m_nameInUse = std::move(inUse);
}

void ProfileEditor::onEdited()
{
    if (m_loading)
        return;
    validate(Check::Live);
    updateModeRows();
    updateEndpointPreview();
    Q_EMIT edited();
}

bool ProfileEditor::validate(Check check)
{
    for (QWidget* widget : std::as_const(m_marked)) {
        widget->setProperty("sxProblem", QVariant());
        repolish(widget);
    }
    m_marked.clear();
    if (check == Check::Save)
        m_showMissing = true;
    const bool complete = check != Check::Live || m_showMissing;
    const Profile p = profile();

    QString name;
    if (m_isNew && check != Check::Connection) {
        if (p.name.isEmpty())
            name = complete ? tr("Give the profile a name.") : QString();
        else if (!isValidProfileName(p.name))
            name = tr("Use 1 to 64 letters, digits, dots, dashes or underscores.");
        else if (m_nameInUse && m_nameInUse(p.name))
            name = tr("There is already a profile named \"%1\".").arg(p.name);
    }
    setProblem(m_ui->nameEdit, m_ui->nameProblem, name);

    setProblem(m_ui->regionEdit, m_ui->regionProblem,
               !p.region.isEmpty() || complete ? endpointProblem(p.region, EndpointKind::Regional) : QString());
    setProblem(m_ui->accessKeyIdEdit, m_ui->accessKeyIdProblem,
               p.accessKeyId.isEmpty() && complete ? tr("Give the AccessKey ID.") : QString());

    const bool secretMissing = typedSecret().isEmpty() && m_secretPresence == Presence::Missing;
    setProblem(m_ui->secretEdit, m_ui->secretProblem,
               secretMissing && complete ? tr("Type the AccessKey secret; it goes to the keychain, never to a file.")
                                         : QString());
    const bool tokenMissing = p.mode == AuthMode::Sts && typedToken().isEmpty() && m_tokenPresence == Presence::Missing;
    setProblem(m_ui->securityTokenEdit, m_ui->securityTokenProblem,
               tokenMissing && complete ? tr("Type the STS security token.") : QString());

    const bool urlTyped = !m_ui->endpointEdit->text().trimmed().isEmpty();
    setProblem(m_ui->endpointEdit, m_ui->endpointProblem,
               p.endpointKind == EndpointKind::Explicit && (urlTyped || complete)
                   ? explicitEndpointProblem(p.explicitEndpoint)
                   : QString());
    updateModeRows(); // a hidden row keeps its problem label hidden
    return m_marked.isEmpty();
}

void ProfileEditor::setProblem(QWidget* field, QLabel* label, const QString& problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        return;
    field->setProperty("sxProblem", QStringLiteral("error"));
    repolish(field);
    m_marked.append(field);
}

void ProfileEditor::focusFirstProblem()
{
    if (!m_marked.isEmpty())
        m_marked.first()->setFocus();
}

void ProfileEditor::focusFirstField()
{
    if (m_isNew)
        m_ui->nameEdit->setFocus();
    else
        m_ui->accessKeyIdEdit->setFocus();
}

void ProfileEditor::updatePlaceholders()
{
    const auto placeholder = [this](Presence presence, bool isToken) {
        switch (presence) {
        case Presence::Unknown:
            return tr("Asking the keychain…");
        case Presence::Stored:
            return m_persistent ? tr("Stored in the keychain — type to replace")
                                : tr("Kept in memory for this session — type to replace");
        case Presence::Missing:
            return isToken ? tr("Type the security token") : tr("Type the AccessKey secret");
        case Presence::Unreadable:
            return tr("The keychain cannot be read now — type to replace");
        }
        return QString();
    };
    m_ui->secretEdit->setPlaceholderText(placeholder(m_secretPresence, false));
    m_ui->securityTokenEdit->setPlaceholderText(placeholder(m_tokenPresence, true));
}

void ProfileEditor::updateModeRows()
{
    const bool sts = AuthMode(m_ui->authModeCombo->currentData().toInt()) == AuthMode::Sts;
    m_ui->credentialsForm->setRowVisible(m_ui->securityTokenLabel, sts);
    const bool custom = EndpointKind(m_ui->endpointKindCombo->currentData().toInt()) == EndpointKind::Explicit;
    m_ui->connectionForm->setRowVisible(m_ui->endpointLabel, custom);
    // Showing a row shows every widget in it: a problem label only when it has something to say.
    m_ui->securityTokenProblem->setVisible(sts && !m_ui->securityTokenProblem->text().isEmpty());
    m_ui->endpointProblem->setVisible(custom && !m_ui->endpointProblem->text().isEmpty());
}

void ProfileEditor::updateEndpointPreview()
{
    const QUrl url = profile().endpoint();
    m_ui->endpointPreview->setText(url.isEmpty() ? QString() : tr("Requests go to %1").arg(url.toString()));
    m_ui->connectionForm->setRowVisible(m_ui->endpointPreview, !url.isEmpty()); // the problem label says why not
}

void ProfileEditor::setTestEnabled(bool enabled)
{
    m_ui->testButton->setEnabled(enabled);
}

void ProfileEditor::showTesting(const QString& text)
{
    m_ui->testButton->setText(tr("Testing…"));
    m_ui->testButton->setEnabled(false);
    m_ui->connectionStatusLabel->setText(text);
    m_ui->connectionStatusLabel->setProperty("sxState", QString());
    repolish(m_ui->connectionStatusLabel);
    m_ui->connectionDetails->hide();
}

void ProfileEditor::showConnectionReport(const ConnectionTest::Report& report)
{
    m_ui->testButton->setText(tr("&Test connection"));
    m_ui->connectionStatusLabel->setText(report.summary);
    m_ui->connectionStatusLabel->setProperty("sxState",
                                             report.connected ? QStringLiteral("ok") : QStringLiteral("error"));
    repolish(m_ui->connectionStatusLabel);
    m_ui->connectionDetails->setPlainText(report.details);
    m_ui->connectionDetails->setVisible(!report.connected && !report.details.isEmpty());
}

} // namespace sx
