// The window's message bar: plain text, an optional action button, its kind's colours.
#include "Banner.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace sx;

class TestBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textIsPlain();
    void actionButtonShowsOnlyWithText();
    void kindsPaintTheirColours();
};

void TestBanner::textIsPlain()
{
    Banner banner;
    banner.setText("Sandbox: <b>not</b> bold");
    QCOMPARE(banner.text(), QString("Sandbox: <b>not</b> bold"));
    auto* label = banner.findChild<QLabel*>("bannerText");
    QVERIFY(label);
    QCOMPARE(label->textFormat(), Qt::PlainText); // no QTextDocument behind it
    QVERIFY(!(label->textInteractionFlags() & (Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard)));
}

void TestBanner::actionButtonShowsOnlyWithText()
{
    Banner banner;
    banner.setText("Sandbox");
    banner.show();
    QVERIFY(QTest::qWaitForWindowExposed(&banner));
    auto* button = banner.findChild<QPushButton*>("bannerAction");
    QVERIFY(button);
    QVERIFY(!button->isVisible());

    banner.setActionText("Add a profile…");
    QVERIFY(button->isVisible());
    QSignalSpy triggered(&banner, &Banner::actionTriggered);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(triggered.count(), 1);

    banner.setActionText(QString());
    QVERIFY(!button->isVisible());
}

void TestBanner::kindsPaintTheirColours()
{
    Banner banner;
    banner.setText("Text");
    banner.resize(300, 40);
    const QPoint inside(4, 20); // left of the text, clear of the rounded border
    const QColor notice = banner.grab().toImage().pixelColor(inside);
    banner.setKind(Banner::Kind::Warning);
    const QColor warning = banner.grab().toImage().pixelColor(inside);
    QCOMPARE(notice, QColor(0xff, 0xf3, 0xcd));
    QCOMPARE(warning, QColor(0xf8, 0xd7, 0xda));
}

QTEST_MAIN(TestBanner)
#include "TestBanner.moc"
