// The dialog that fills a template's "${NAME}" placeholders, driven through its real widgets (issue 7).
#include "PlaceholdersDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace sx;

class TestPlaceholdersDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void asksEachNameOnceShowingWhereUsed();
    void okDisabledUntilAllFilled();
    void typedValuesAreSubstituted();
    void badValueShowsErrorAndKeepsDialog();
    void valuesAreRememberedForTheSession();
    void fillReturnsJobUnchangedWhenNothingUnfilled();
    void fillRunsTheDialog();
    void fillCancelledGivesNothing();

private:
    static Job templateJob();
    static QLineEdit* edit(const QDialog& dialog, const QString& name);
    static QPushButton* okButton(const QDialog& dialog);
};

void TestPlaceholdersDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPlaceholdersDialog::init()
{
    PlaceholdersDialog::forgetValues(); // each test starts a fresh session
}

Job TestPlaceholdersDialog::templateJob()
{
    Job job;
    job.set(Param::Namespace, QStringLiteral("${NS}"));
    job.set(Param::GroupId, QStringLiteral("group-a"));
    job.set(Param::Name, QStringLiteral("report-${ENV}"));
    job.set(Param::JobType, QStringLiteral("java"));
    job.set(Param::ClassName, QStringLiteral("com.example.Report"));
    job.set(Param::Parameters, QStringLiteral("--env=${ENV}"));
    job.set(Param::Timeout, QStringLiteral("${TIMEOUT}"));
    return job;
}

QLineEdit* TestPlaceholdersDialog::edit(const QDialog& dialog, const QString& name)
{
    auto* e = dialog.findChild<QLineEdit*>("value_" + name);
    if (!e)
        qFatal("no field for %s", qPrintable(name));
    return e;
}

QPushButton* TestPlaceholdersDialog::okButton(const QDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>("buttonBox")->button(QDialogButtonBox::Ok);
}

void TestPlaceholdersDialog::asksEachNameOnceShowingWhereUsed()
{
    PlaceholdersDialog dialog(templateJob());
    QCOMPARE(dialog.names(), (QStringList {"NS", "ENV", "TIMEOUT"})); // first used first, once each
    QCOMPARE(dialog.findChildren<QLineEdit*>().size(), 3);
    QCOMPARE(dialog.findChild<QLabel*>("usedIn_ENV")->text(), QString("Used in Name, Parameters"));
    QCOMPARE(dialog.findChild<QLabel*>("usedIn_TIMEOUT")->text(), QString("Used in Timeout"));
    QCOMPARE(edit(dialog, "TIMEOUT")->placeholderText(), QString("A whole number"));

    // Many uses (a mail for every contact) stay on one line; the tooltip has them all.
    Job job = templateJob();
    job.setContacts(ContactList(5, Contact {{}, {}, QStringLiteral("${MAIL}"), {}}));
    PlaceholdersDialog many(job);
    auto* usedIn = many.findChild<QLabel*>("usedIn_MAIL");
    QCOMPARE(usedIn->text(), QString("Used in ContactInfo[1].UserMail, ContactInfo[2].UserMail and 3 more"));
    QVERIFY(usedIn->toolTip().endsWith("ContactInfo[5].UserMail"));
}

void TestPlaceholdersDialog::okDisabledUntilAllFilled()
{
    PlaceholdersDialog dialog(templateJob());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::keyClicks(edit(dialog, "NS"), "ns-1");
    QTest::keyClicks(edit(dialog, "ENV"), "prod");
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::keyClicks(edit(dialog, "TIMEOUT"), "   "); // blanks are not a value
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::keyClicks(edit(dialog, "TIMEOUT"), "30");
    QVERIFY(okButton(dialog)->isEnabled());
    edit(dialog, "NS")->clear();
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::keyClick(edit(dialog, "ENV"), Qt::Key_Return); // Enter does not get around it
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestPlaceholdersDialog::typedValuesAreSubstituted()
{
    PlaceholdersDialog dialog(templateJob());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(edit(dialog, "NS"), "ns-1");
    QTest::keyClicks(edit(dialog, "ENV"), "prod");
    QTest::keyClicks(edit(dialog, "TIMEOUT"), " 30 ");
    okButton(dialog)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const Job job = dialog.filledJob();
    QCOMPARE(job.text(Param::Namespace), QString("ns-1"));
    QCOMPARE(job.text(Param::Name), QString("report-prod"));
    QCOMPARE(job.text(Param::Parameters), QString("--env=prod"));
    QCOMPARE(job.value(Param::Timeout).toLongLong(), 30); // a number now, not text
    QVERIFY(job.value(Param::Timeout).typeId() != QMetaType::QString);
    QCOMPARE(job.text(Param::GroupId), QString("group-a")); // the rest untouched
}

void TestPlaceholdersDialog::badValueShowsErrorAndKeepsDialog()
{
    PlaceholdersDialog dialog(templateJob());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(edit(dialog, "NS"), "ns-1");
    QTest::keyClicks(edit(dialog, "ENV"), "prod");
    QTest::keyClicks(edit(dialog, "TIMEOUT"), "soon");
    okButton(dialog)->click();

    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto* error = dialog.findChild<QLabel*>("errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains("Timeout") && error->text().contains("whole number"), qPrintable(error->text()));
    QVERIFY2(error->text().contains("${TIMEOUT} is “soon”"), qPrintable(error->text())); // as typed, no --set
    QVERIFY2(!error->text().contains("--set"), qPrintable(error->text()));
    QVERIFY(edit(dialog, "TIMEOUT")->property("invalidValue").toBool()); // the culprit is marked
    QVERIFY(!edit(dialog, "ENV")->property("invalidValue").toBool());
    QCOMPARE(edit(dialog, "ENV")->text(), QString("prod")); // nothing typed is lost

    edit(dialog, "TIMEOUT")->clear();
    QVERIFY(!edit(dialog, "TIMEOUT")->property("invalidValue").toBool());
    QTest::keyClicks(edit(dialog, "TIMEOUT"), "60");
    okButton(dialog)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.filledJob().value(Param::Timeout).toLongLong(), 60);
}

void TestPlaceholdersDialog::valuesAreRememberedForTheSession()
{
    {
        PlaceholdersDialog dialog(templateJob());
        dialog.show();
        QTest::keyClicks(edit(dialog, "NS"), "ns-1");
        QTest::keyClicks(edit(dialog, "ENV"), "staging");
        QTest::keyClicks(edit(dialog, "TIMEOUT"), "45");
        okButton(dialog)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    {
        // Another template sharing ENV: it comes pre-filled; the new name does not.
        Job other;
        other.set(Param::Name, QStringLiteral("sync-${ENV}-${SHARD}"));
        PlaceholdersDialog dialog(other);
        QCOMPARE(edit(dialog, "ENV")->text(), QString("staging"));
        QCOMPARE(edit(dialog, "SHARD")->text(), QString());
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClicks(edit(dialog, "SHARD"), "7");
        dialog.reject(); // even cancelled, what was typed is kept
    }
    PlaceholdersDialog dialog(templateJob());
    QCOMPARE(edit(dialog, "NS")->text(), QString("ns-1"));
    QCOMPARE(edit(dialog, "TIMEOUT")->text(), QString("45"));
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(PlaceholdersDialog::rememberedValues().value("SHARD"), QString("7"));

    PlaceholdersDialog::forgetValues();
    PlaceholdersDialog fresh(templateJob());
    QCOMPARE(edit(fresh, "NS")->text(), QString());
}

void TestPlaceholdersDialog::fillReturnsJobUnchangedWhenNothingUnfilled()
{
    Job job = templateJob();
    job.set(Param::Namespace, QStringLiteral("ns-1"));
    job.set(Param::Name, QStringLiteral("report"));
    job.set(Param::Parameters, QStringLiteral("--env=prod"));
    job.set(Param::Timeout, 30);
    const auto filled = PlaceholdersDialog::fill(job, nullptr); // no dialog: it would block here
    QVERIFY(filled);
    QCOMPARE(*filled, job);

    // A script's own "${HOME}" is not a placeholder to ask for.
    Job script;
    script.set(Param::JobType, QStringLiteral("shell"));
    script.set(Param::Content, QStringLiteral("echo ${HOME}"));
    QCOMPARE(PlaceholdersDialog::fill(script, nullptr), std::optional<Job>(script));
}

void TestPlaceholdersDialog::fillRunsTheDialog()
{
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<PlaceholdersDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClicks(edit(*dialog, "NS"), "ns-9");
        QTest::keyClicks(edit(*dialog, "ENV"), "dev");
        QTest::keyClicks(edit(*dialog, "TIMEOUT"), "5");
        okButton(*dialog)->click();
        answered = true;
    });
    const auto filled = PlaceholdersDialog::fill(templateJob(), nullptr);
    QVERIFY(answered);
    QVERIFY(filled);
    QCOMPARE(filled->text(Param::Name), QString("report-dev"));
    QCOMPARE(filled->text(Param::Namespace), QString("ns-9"));
}

void TestPlaceholdersDialog::fillCancelledGivesNothing()
{
    QTimer::singleShot(0, this, [] {
        if (auto* dialog = qobject_cast<PlaceholdersDialog*>(QApplication::activeModalWidget()))
            dialog->findChild<QDialogButtonBox*>("buttonBox")->button(QDialogButtonBox::Cancel)->click();
    });
    QVERIFY(!PlaceholdersDialog::fill(templateJob(), nullptr));
}

QTEST_MAIN(TestPlaceholdersDialog)
#include "TestPlaceholdersDialog.moc"
