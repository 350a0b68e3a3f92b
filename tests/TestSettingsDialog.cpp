#include "AppSettings.h"
#include "SettingsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sx;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void showsTheStoredSettings();
    void namesEachLanguageInItself();
    void okWritesWhatWasEdited();
    void cancelChangesNothing();
    void restoreDefaultsResetsTheFormOnly();
    void retentionZeroReadsKeepForever();
    void totalTimeoutNeverBelowConnect();
    void languageNoteAndSignal();
    void unwritableFileKeepsTheDialogOpen();

private:
    QString iniPath() const;
    QByteArray iniBytes() const;
    template <typename T>
    static T* child(QWidget& parent, const char* name);
    static void typeInto(QSpinBox* spin, const QString& text);
    static void click(QDialog& dialog, QDialogButtonBox::StandardButton which);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestSettingsDialog::iniPath() const
{
    return m_dir->filePath("sxstudio.conf");
}

QByteArray TestSettingsDialog::iniBytes() const
{
    QFile f(iniPath());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

template <typename T>
T* TestSettingsDialog::child(QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QLatin1String(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

void TestSettingsDialog::typeInto(QSpinBox* spin, const QString& text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
}

void TestSettingsDialog::click(QDialog& dialog, QDialogButtonBox::StandardButton which)
{
    QPushButton* button = child<QDialogButtonBox>(dialog, "buttonBox")->button(which);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestSettingsDialog::showsTheStoredSettings()
{
    {
        AppSettings stored(iniPath());
        stored.setLanguage("zh_CN");
        stored.setConfirmBeforeSubmit(false);
        stored.setConnectTimeoutSeconds(7);
        stored.setTotalTimeoutSeconds(90);
        stored.setSignatureVersion(SignatureVersion::V2);
        stored.setHistoryRetentionDays(30);
        QVERIFY(stored.sync());
    }
    AppSettings settings(iniPath());
    SettingsDialog dialog(settings);
    QCOMPARE(child<QComboBox>(dialog, "languageCombo")->currentData().toString(), QString("zh_CN"));
    QVERIFY(!child<QCheckBox>(dialog, "confirmSubmitCheck")->isChecked());
    QCOMPARE(child<QSpinBox>(dialog, "connectTimeoutSpin")->value(), 7);
    QCOMPARE(child<QSpinBox>(dialog, "totalTimeoutSpin")->value(), 90);
    QCOMPARE(child<QComboBox>(dialog, "signatureCombo")->currentText(), QString("V2 (HMAC-SHA1)"));
    QCOMPARE(child<QSpinBox>(dialog, "historyRetentionSpin")->value(), 30);
    QCOMPARE(child<QSpinBox>(dialog, "connectTimeoutSpin")->suffix(), QString(" s"));
    QVERIFY(child<QLabel>(dialog, "errorLabel")->isHidden());
    QVERIFY(child<QLabel>(dialog, "languageNote")->isHidden());
}

void TestSettingsDialog::namesEachLanguageInItself()
{
    AppSettings settings(iniPath());
    SettingsDialog dialog(settings);
    auto* combo = child<QComboBox>(dialog, "languageCombo");
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemText(0), QString("System default"));
    QCOMPARE(combo->itemData(0).toString(), QString());
    QCOMPARE(combo->itemText(1), QString("English"));
    QCOMPARE(combo->itemData(1).toString(), QString("en"));
    QCOMPARE(combo->itemText(2), QString("简体中文"));
    QCOMPARE(combo->itemData(2).toString(), QString("zh_CN"));
    QCOMPARE(combo->currentIndex(), 0);
}

void TestSettingsDialog::okWritesWhatWasEdited()
{
    AppSettings settings(iniPath());
    SettingsDialog dialog(settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QComboBox>(dialog, "languageCombo")->setCurrentIndex(2);
    QTest::mouseClick(child<QCheckBox>(dialog, "confirmSubmitCheck"), Qt::LeftButton);
    typeInto(child<QSpinBox>(dialog, "connectTimeoutSpin"), "5");
    typeInto(child<QSpinBox>(dialog, "totalTimeoutSpin"), "120");
    child<QComboBox>(dialog, "signatureCombo")->setCurrentIndex(1);
    typeInto(child<QSpinBox>(dialog, "historyRetentionSpin"), "90"); // typed, not yet committed with Enter
    click(dialog, QDialogButtonBox::Ok);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());

    AppSettings reread(iniPath());
    QCOMPARE(reread.language(), QString("zh_CN"));
    QVERIFY(!reread.confirmBeforeSubmit());
    QCOMPARE(reread.connectTimeoutSeconds(), 5);
    QCOMPARE(reread.totalTimeoutSeconds(), 120);
    QCOMPARE(reread.signatureVersion(), SignatureVersion::V2);
    QCOMPARE(reread.historyRetentionDays(), 90);
    QSettings raw(iniPath(), QSettings::IniFormat);
    QCOMPARE(raw.value("preferences/signatureVersion").toString(), QString("v2"));
    QCOMPARE(raw.value("preferences/historyRetentionDays").toInt(), 90);
}

void TestSettingsDialog::cancelChangesNothing()
{
    {
        AppSettings stored(iniPath());
        stored.setHistoryRetentionDays(14);
        stored.setGeometry("MainWindow", "blob");
        QVERIFY(stored.sync());
    }
    const QByteArray before = iniBytes();
    AppSettings settings(iniPath());
    SettingsDialog dialog(settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QComboBox>(dialog, "languageCombo")->setCurrentIndex(1);
    QTest::mouseClick(child<QCheckBox>(dialog, "confirmSubmitCheck"), Qt::LeftButton);
    typeInto(child<QSpinBox>(dialog, "historyRetentionSpin"), "365");
    click(dialog, QDialogButtonBox::RestoreDefaults);
    typeInto(child<QSpinBox>(dialog, "totalTimeoutSpin"), "300");
    click(dialog, QDialogButtonBox::Cancel);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());

    QCOMPARE(settings.historyRetentionDays(), 14);
    QCOMPARE(settings.language(), QString());
    QVERIFY(settings.confirmBeforeSubmit());
    QCOMPARE(settings.totalTimeoutSeconds(), AppSettings::DefaultTotalTimeoutSeconds);
    QVERIFY(settings.sync());
    QCOMPARE(iniBytes(), before);
}

void TestSettingsDialog::restoreDefaultsResetsTheFormOnly()
{
    {
        AppSettings stored(iniPath());
        stored.setLanguage("en");
        stored.setConfirmBeforeSubmit(false);
        stored.setConnectTimeoutSeconds(200);
        stored.setTotalTimeoutSeconds(400);
        stored.setSignatureVersion(SignatureVersion::V2);
        stored.setHistoryRetentionDays(5);
        QVERIFY(stored.sync());
    }
    const QByteArray before = iniBytes();
    AppSettings settings(iniPath());
    SettingsDialog dialog(settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    click(dialog, QDialogButtonBox::RestoreDefaults);
    QVERIFY(dialog.isVisible());
    QCOMPARE(child<QComboBox>(dialog, "languageCombo")->currentIndex(), 0);
    QVERIFY(child<QCheckBox>(dialog, "confirmSubmitCheck")->isChecked());
    QCOMPARE(child<QSpinBox>(dialog, "connectTimeoutSpin")->value(), AppSettings::DefaultConnectTimeoutSeconds);
    QCOMPARE(child<QSpinBox>(dialog, "totalTimeoutSpin")->value(), AppSettings::DefaultTotalTimeoutSeconds);
    QCOMPARE(child<QComboBox>(dialog, "signatureCombo")->currentData().toInt(), int(SignatureVersion::V3));
    QCOMPARE(child<QSpinBox>(dialog, "historyRetentionSpin")->value(), 0);
    QCOMPARE(iniBytes(), before); // nothing written yet
    QCOMPARE(settings.connectTimeoutSeconds(), 200);

    click(dialog, QDialogButtonBox::Ok);
    AppSettings reread(iniPath());
    QCOMPARE(reread.language(), QString());
    QVERIFY(reread.confirmBeforeSubmit());
    QCOMPARE(reread.connectTimeoutSeconds(), AppSettings::DefaultConnectTimeoutSeconds);
    QCOMPARE(reread.totalTimeoutSeconds(), AppSettings::DefaultTotalTimeoutSeconds);
    QCOMPARE(reread.signatureVersion(), SignatureVersion::V3);
    QCOMPARE(reread.historyRetentionDays(), 0);
}

void TestSettingsDialog::retentionZeroReadsKeepForever()
{
    AppSettings settings(iniPath());
    SettingsDialog dialog(settings);
    auto* spin = child<QSpinBox>(dialog, "historyRetentionSpin");
    auto* edit = spin->findChild<QLineEdit*>();
    QVERIFY(edit);
    QCOMPARE(spin->value(), 0);
    QCOMPARE(edit->text(), QString("Keep forever"));
    // The unit follows the number (English without a catalogue reads "day(s)").
    spin->setValue(1);
    QVERIFY2(edit->text().startsWith("1 day"), qPrintable(edit->text()));
    QCOMPARE(spin->suffix(), QCoreApplication::translate("sx::SettingsDialog", " day(s)", nullptr, 1));
    spin->setValue(30);
    QVERIFY2(edit->text().startsWith("30 day"), qPrintable(edit->text()));
    QCOMPARE(spin->suffix(), QCoreApplication::translate("sx::SettingsDialog", " day(s)", nullptr, 30));
    spin->setValue(1);
    QTest::keyClick(spin, Qt::Key_Down); // down to the minimum
    QCOMPARE(spin->value(), 0);
    QCOMPARE(edit->text(), QString("Keep forever"));
}

void TestSettingsDialog::totalTimeoutNeverBelowConnect()
{
    AppSettings settings(iniPath());
    SettingsDialog dialog(settings);
    auto* connectSpin = child<QSpinBox>(dialog, "connectTimeoutSpin");
    auto* totalSpin = child<QSpinBox>(dialog, "totalTimeoutSpin");
    QCOMPARE(totalSpin->value(), 60);
    connectSpin->setValue(90);
    QCOMPARE(totalSpin->value(), 90); // raised with it
    totalSpin->setValue(30);
    QCOMPARE(totalSpin->value(), 90);
    connectSpin->setValue(20);
    totalSpin->setValue(30);
    QCOMPARE(totalSpin->value(), 30);
}

void TestSettingsDialog::languageNoteAndSignal()
{
    AppSettings settings(iniPath());
    settings.setLanguage("en");
    SettingsDialog dialog(settings);
    QSignalSpy changed(&dialog, &SettingsDialog::languageChanged);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* combo = child<QComboBox>(dialog, "languageCombo");
    auto* note = child<QLabel>(dialog, "languageNote");
    QVERIFY(!note->isVisible());
    combo->setCurrentIndex(2);
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains("restart"));
    combo->setCurrentIndex(1); // back to what it was
    QVERIFY(!note->isVisible());
    combo->setCurrentIndex(0);
    click(dialog, QDialogButtonBox::Ok);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), QString());
    QCOMPARE(settings.language(), QString());

    // Unchanged language: no signal.
    SettingsDialog again(settings);
    QSignalSpy unchanged(&again, &SettingsDialog::languageChanged);
    again.show();
    click(again, QDialogButtonBox::Ok);
    QCOMPARE(again.result(), int(QDialog::Accepted));
    QCOMPARE(unchanged.size(), 0);
}

void TestSettingsDialog::unwritableFileKeepsTheDialogOpen()
{
    // A plain file where the folder should be: the settings cannot be written, by root either.
    QFile blocker(m_dir->filePath("blocker"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = m_dir->filePath("blocker/sxstudio.conf");
    AppSettings settings(path);
    SettingsDialog dialog(settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* retention = child<QSpinBox>(dialog, "historyRetentionSpin");
    typeInto(retention, "45");
    click(dialog, QDialogButtonBox::Ok);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto* error = child<QLabel>(dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(path), qPrintable(error->text()));
    QCOMPARE(retention->value(), 45); // what was typed is still there
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
