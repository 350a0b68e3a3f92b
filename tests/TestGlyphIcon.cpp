// Icons the window shows from the start: drawn, not decoded, and made only when first drawn.
#include "DeferredIcon.h"
#include "GlyphIcon.h"

#include <QApplication>
#include <QTest>

using namespace sx;

namespace {

// How many pixels of the image are not transparent.
int inkedPixels(const QImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    return count;
}

} // namespace

class TestGlyphIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deferredIconIsMadeOnceWhenFirstDrawn();
    void everyGlyphDrawsAtEverySize_data();
    void everyGlyphDrawsAtEverySize();
    void disabledGlyphIsFainter();
};

void TestGlyphIcon::initTestCase()
{
    QIcon::setThemeName(QString()); // the drawn glyphs, whatever the desktop running the test has
}

void TestGlyphIcon::deferredIconIsMadeOnceWhenFirstDrawn()
{
    int made = 0;
    const QIcon icon = deferredIcon([&made] {
        ++made;
        QPixmap pixmap(16, 16);
        pixmap.fill(Qt::red);
        return QIcon(pixmap);
    });
    QVERIFY(!icon.isNull()); // answered without making it
    QCOMPARE(made, 0);
    const QIcon copy = icon;
    QCOMPARE(copy.pixmap(16, 16).toImage().pixelColor(8, 8), QColor(Qt::red));
    QCOMPARE(icon.pixmap(16, 16).toImage().pixelColor(8, 8), QColor(Qt::red));
    QCOMPARE(made, 1);
}

void TestGlyphIcon::everyGlyphDrawsAtEverySize_data()
{
    QTest::addColumn<Glyph>("glyph");
    QTest::newRow("new") << Glyph::NewFile;
    QTest::newRow("open") << Glyph::Open;
    QTest::newRow("save") << Glyph::Save;
    QTest::newRow("send") << Glyph::Send;
    QTest::newRow("inspect") << Glyph::Inspect;
    QTest::newRow("drop-down") << Glyph::DropDown;
    QTest::newRow("reload") << Glyph::Reload;
    QTest::newRow("warning") << Glyph::Warning;
    QTest::newRow("error") << Glyph::Error;
}

void TestGlyphIcon::everyGlyphDrawsAtEverySize()
{
    QFETCH(Glyph, glyph);
    const QIcon icon = glyphIcon(glyph);
    for (int size : {16, 24, 32}) {
        const QImage image = icon.pixmap(QSize(size, size)).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        const int inked = inkedPixels(image);
        // A shape: some ink, and not a filled square.
        QVERIFY2(inked > size, qPrintable(QString("%1 px at %2").arg(inked).arg(size)));
        QVERIFY2(inked < size * size * 9 / 10, qPrintable(QString("%1 px at %2").arg(inked).arg(size)));
    }
    // Sharp on a high-density screen: drawn at twice the pixels, not scaled up.
    const QPixmap hiDpi = icon.pixmap(QSize(16, 16), 2.0);
    QCOMPARE(hiDpi.size(), QSize(32, 32));
    QCOMPARE(hiDpi.devicePixelRatio(), 2.0);
}

void TestGlyphIcon::disabledGlyphIsFainter()
{
    const QIcon icon = glyphIcon(Glyph::Open);
    const QImage normal = icon.pixmap(QSize(24, 24), QIcon::Normal).toImage();
    const QImage disabled = icon.pixmap(QSize(24, 24), QIcon::Disabled).toImage();
    QVERIFY(normal != disabled);
}

QTEST_MAIN(TestGlyphIcon)
#include "TestGlyphIcon.moc"
