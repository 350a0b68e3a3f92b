// A shape painted once small and stretched against the same shape painted directly.
#include "NinePatch.h"

#include "ImageDifference.h"

#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QTest>

using namespace sx;

namespace {

// An antialiased rounded frame with a translucent inner line, like Fusion's line edit frame.
void roundedFrame(QPainter* painter, const QRect& rect)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QColor(80, 90, 100));
    painter->setBrush(QColor(250, 250, 240));
    painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    painter->setPen(QColor(0, 0, 0, 40));
    painter->drawLine(QPointF(rect.left() + 2.5, rect.top() + 1.5), QPointF(rect.right() - 1.5, rect.top() + 1.5));
    painter->restore();
}

// roundedFrame, counting in *calls how often it paints.
std::function<void(QPainter*, const QRect&)> countingCalls(int* calls)
{
    return [calls](QPainter* painter, const QRect& rect) {
        ++*calls;
        roundedFrame(painter, rect);
    };
}

QImage canvas(const QSize& size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(230, 220, 210));
    return image;
}

} // namespace

class TestNinePatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stretchedLooksLikeDirect_data();
    void stretchedLooksLikeDirect();
    void gradientIsStretchedAcrossOnly_data();
    void gradientIsStretchedAcrossOnly();
    void smallOrScaledIsPaintedDirectly();
    void eachKeyIsPaintedOnce();
};

void TestNinePatch::stretchedLooksLikeDirect_data()
{
    QTest::addColumn<QRect>("rect");
    QTest::newRow("line edit") << QRect(3, 4, 300, 24);
    QTest::newRow("odd sizes") << QRect(0, 0, 57, 31);
    QTest::newRow("panel") << QRect(10, 10, 400, 180);
}

void TestNinePatch::stretchedLooksLikeDirect()
{
    QFETCH(QRect, rect);
    const QSize size(rect.right() + 12, rect.bottom() + 12);
    QImage direct = canvas(size);
    {
        QPainter painter(&direct);
        roundedFrame(&painter, rect);
    }
    QImage stretched = canvas(size);
    {
        QPainter painter(&stretched);
        painter.translate(2, 1); // a widget's offset in its window: whole pixels still stretch
        paintNinePatch(&painter, rect.translated(-2, -1), 4, QString("test-frame-%1").arg(QTest::currentDataTag()),
                       roundedFrame);
    }
    // Compositing the small picture rounds translucent pixels once more: at most one step of 255.
    QVERIFY2(largestChannelDifference(direct, stretched) <= 1,
             qPrintable(QString("differs by %1").arg(largestChannelDifference(direct, stretched))));
    QVERIFY(direct != canvas(size)); // something was painted at all
}

void TestNinePatch::gradientIsStretchedAcrossOnly_data()
{
    QTest::addColumn<int>("height");
    QTest::newRow("odd") << 23;
    QTest::newRow("even") << 30;
}

void TestNinePatch::gradientIsStretchedAcrossOnly()
{
    // A button face: its shade changes from top to bottom, so only its middle column may repeat.
    QFETCH(int, height);
    auto face = [](QPainter* painter, const QRect& rect) {
        QLinearGradient gradient(rect.topLeft(), rect.bottomLeft());
        gradient.setColorAt(0, QColor(250, 250, 250));
        gradient.setColorAt(1, QColor(200, 205, 210));
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QColor(90, 90, 100));
        painter->setBrush(gradient);
        painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
        painter->restore();
    };
    const QRect rect(2, 3, 180, height);
    QImage direct = canvas(QSize(200, 40));
    {
        QPainter painter(&direct);
        face(&painter, rect);
    }
    QImage stretched = canvas(QSize(200, 40));
    {
        QPainter painter(&stretched);
        paintNinePatch(&painter, rect, 4, QString("test-face-%1").arg(height), face, Qt::Horizontal);
    }
    QVERIFY2(largestChannelDifference(direct, stretched) <= 1,
             qPrintable(QString("differs by %1").arg(largestChannelDifference(direct, stretched))));
    QVERIFY(direct.pixel(90, 5) != direct.pixel(90, height - 1)); // a gradient indeed
}

void TestNinePatch::smallOrScaledIsPaintedDirectly()
{
    int calls = 0;
    const auto counted = countingCalls(&calls);
    QImage image = canvas(QSize(100, 100));
    QPainter painter(&image);
    paintNinePatch(&painter, QRect(0, 0, 9, 40), 4, "test-small", counted); // no middle to stretch
    QCOMPARE(calls, 1);
    painter.scale(1.5, 1.5);
    paintNinePatch(&painter, QRect(0, 0, 50, 40), 4, "test-scaled", counted);
    QCOMPARE(calls, 2);
    painter.resetTransform();
    painter.translate(0.5, 0);
    paintNinePatch(&painter, QRect(0, 0, 50, 40), 4, "test-fraction", counted);
    QCOMPARE(calls, 3);
}

void TestNinePatch::eachKeyIsPaintedOnce()
{
    int calls = 0;
    const auto counted = countingCalls(&calls);
    QImage image = canvas(QSize(400, 100));
    QPainter painter(&image);
    for (int width : {50, 120, 390})
        paintNinePatch(&painter, QRect(0, 0, width, 30), 4, "test-once", counted);
    QCOMPARE(calls, 1); // the small picture, painted once and stretched three times
    paintNinePatch(&painter, QRect(0, 40, 100, 30), 4, "test-once-other", counted);
    QCOMPARE(calls, 2);
}

QTEST_MAIN(TestNinePatch)
#include "TestNinePatch.moc"
