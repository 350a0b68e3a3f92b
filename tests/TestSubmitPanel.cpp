// The submit bar: states, the JobId and RequestId, the expandable details.
#include "SubmitPanel.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace sx;

class TestSubmitPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buttonFollowsState();
    void createdShowsJobIdAndCopies();
    void refusalShowsHintAndDetails();
    void unknownOutcomeSaysSo();

private:
    template <typename T>
    static T* child(QWidget* parent, const char* name)
    {
        T* widget = parent->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
};

void TestSubmitPanel::buttonFollowsState()
{
    SubmitPanel panel;
    panel.show();
    auto* button = child<QPushButton>(&panel, "submitButton");
    QSignalSpy submit(&panel, &SubmitPanel::submitRequested);
    QSignalSpy cancel(&panel, &SubmitPanel::cancelRequested);

    panel.setState(SubmitPanel::State::Blocked, "fix it");
    QVERIFY(!button->isEnabled());
    QCOMPARE(button->toolTip(), QString("fix it"));
    panel.setState(SubmitPanel::State::Ready);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(submit.size(), 1);
    panel.setState(SubmitPanel::State::Waiting);
    QCOMPARE(button->text(), QString("Cancel"));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(cancel.size(), 1);
    QCOMPARE(submit.size(), 1);
    panel.setState(SubmitPanel::State::Sent); // too late to cancel
    QVERIFY(!button->isEnabled());
    QVERIFY(child<QLabel>(&panel, "outcomeLabel")->text().contains("no longer be cancelled"));
}

void TestSubmitPanel::createdShowsJobIdAndCopies()
{
    SubmitPanel panel;
    panel.show();
    SubmitResult result;
    result.outcome = Outcome::Created;
    result.jobId = "92583";
    result.requestId = "39090022-1F3B";
    result.httpStatus = 200;
    panel.showResult(result);
    QCOMPARE(panel.jobId(), QString("92583"));
    QCOMPARE(child<QLabel>(&panel, "jobIdLabel")->text(), QString("92583"));
    QVERIFY(child<QWidget>(&panel, "jobIdFrame")->isVisible());
    QVERIFY(child<QLabel>(&panel, "requestIdLabel")->text().contains("39090022-1F3B"));
    QTest::mouseClick(child<QToolButton>(&panel, "copyJobIdButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QString("92583"));
    QTest::mouseClick(child<QToolButton>(&panel, "copyRequestIdButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QString("39090022-1F3B"));
    panel.clear();
    QVERIFY(!child<QWidget>(&panel, "jobIdFrame")->isVisible());
    QVERIFY(panel.jobId().isEmpty());
}

void TestSubmitPanel::refusalShowsHintAndDetails()
{
    SubmitPanel panel;
    panel.show();
    SubmitResult result;
    result.outcome = Outcome::Refused;
    result.httpStatus = 400;
    result.code = "SignatureDoesNotMatch";
    result.message = "Specified signature is not matched";
    result.hint = "The AccessKey secret is wrong.";
    result.serverStringToSign = "POST&%2F&x";
    result.responseBody = R"({"Code":"SignatureDoesNotMatch","RequestId":"R1"})";
    result.requestId = "R1";
    panel.showResult(result, "disk full");
    QVERIFY(child<QLabel>(&panel, "outcomeLabel")->text().contains("The AccessKey secret is wrong."));
    QVERIFY(!child<QWidget>(&panel, "jobIdCaption")->isVisible());
    auto* details = child<QPlainTextEdit>(&panel, "detailsEdit");
    auto* toggle = child<QToolButton>(&panel, "detailsButton");
    QVERIFY(toggle->isVisible());
    QVERIFY(!details->isVisible()); // collapsed until asked for
    QCOMPARE(details->font(), panel.font()); // no second font loaded while collapsed
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(details->isVisible());
    QCOMPARE(details->font(), QFontDatabase::systemFont(QFontDatabase::FixedFont)); // monospace once opened
    const QString text = details->toPlainText();
    QVERIFY(text.contains("HTTP status: 400"));
    QVERIFY(text.contains("Code: SignatureDoesNotMatch"));
    QVERIFY(text.contains("Server string to sign: POST&%2F&x"));
    QVERIFY(text.contains("\"RequestId\": \"R1\"")); // the answer, pretty-printed
    QVERIFY(text.contains("disk full")); // and why the history lacks it
}

void TestSubmitPanel::unknownOutcomeSaysSo()
{
    SubmitPanel panel;
    panel.show();
    SubmitResult result;
    result.outcome = Outcome::Unknown;
    result.message = "connection closed";
    panel.showResult(result);
    const QString text = child<QLabel>(&panel, "outcomeLabel")->text();
    QVERIFY(text.startsWith("Outcome unknown"));
    QVERIFY(text.contains("may or may not exist"));
    QVERIFY(panel.jobId().isEmpty());
}

QTEST_MAIN(TestSubmitPanel)
#include "TestSubmitPanel.moc"
