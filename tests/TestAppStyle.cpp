// The application style: the platform's, with its start-up costs taken out and its look kept.
#include "AppStyle.h"

#include "ImageDifference.h"

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>
#include <QVBoxLayout>

using namespace sx;

namespace {

// One primitive painted by AppStyle and by Fusion, each on the window's colour with a margin around it.
struct Painted
{
    QImage app;
    QImage fusion;
    int difference() const
    {
        return largestChannelDifference(app, fusion);
    }
};

Painted paintBoth(QStyle::PrimitiveElement element, const QStyleOption& option)
{
    auto paint = [&](QStyle* style) {
        QImage image(option.rect.bottomRight().x() + 6, option.rect.bottomRight().y() + 4, QImage::Format_RGB32);
        image.fill(option.palette.window().color());
        QPainter painter(&image);
        style->drawPrimitive(element, &option, &painter);
        return image;
    };
    AppStyle app;
    return {paint(&app), paint(QApplication::style())};
}

} // namespace

class TestAppStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deferredIconsDrawLikeTheBaseStyles();
    void otherIconsComeFromTheBaseStyle();
    void groupBoxFrameLooksLikeFusion();
    void flatGroupBoxHasNoFrame();
    void lineEditFramesLookLikeFusion_data();
    void lineEditFramesLookLikeFusion();
    void buttonFacesLookLikeFusion_data();
    void buttonFacesLookLikeFusion();
};

void TestAppStyle::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create("Fusion"));
}

void TestAppStyle::deferredIconsDrawLikeTheBaseStyles()
{
    AppStyle style; // a proxy of the application's style, Fusion here
    for (QStyle::StandardPixmap pixmap : {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_TitleBarCloseButton,
                                          QStyle::SP_DockWidgetCloseButton}) {
        const QImage deferred = style.standardIcon(pixmap).pixmap(16, 16).toImage();
        const QImage base = QApplication::style()->standardIcon(pixmap).pixmap(16, 16).toImage();
        QVERIFY(!deferred.isNull());
        QCOMPARE(deferred.convertToFormat(QImage::Format_ARGB32), base.convertToFormat(QImage::Format_ARGB32));
    }
}

void TestAppStyle::otherIconsComeFromTheBaseStyle()
{
    AppStyle style;
    const QIcon icon = style.standardIcon(QStyle::SP_MessageBoxWarning);
    QCOMPARE(icon.availableSizes(), QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning).availableSizes());
}

void TestAppStyle::groupBoxFrameLooksLikeFusion()
{
    // The drawn frame against Fusion's picture: the same place and, within a shade, the same colours.
    auto render = [](QStyle* style) {
        QGroupBox box("Basic");
        box.setStyle(style);
        auto* layout = new QVBoxLayout(&box);
        layout->addWidget(new QLabel("x"));
        box.resize(200, 100);
        return box.grab().toImage();
    };
    AppStyle app;
    const QImage drawn = render(&app);
    const QImage fusion = render(QApplication::style());
    QCOMPARE(drawn.size(), fusion.size());
    for (const QPoint& at : {QPoint(100, 60), QPoint(100, 2), QPoint(0, 60), QPoint(1, 60), QPoint(100, 17),
                             QPoint(100, 18), QPoint(100, drawn.height() - 1), QPoint(drawn.width() - 1, 60)}) {
        const QColor a = drawn.pixelColor(at);
        const QColor b = fusion.pixelColor(at);
        QVERIFY2(qAbs(a.red() - b.red()) <= 6 && qAbs(a.green() - b.green()) <= 6 && qAbs(a.blue() - b.blue()) <= 6,
                 qPrintable(QString("at %1,%2: %3 vs Fusion %4").arg(at.x()).arg(at.y()).arg(a.name(), b.name())));
    }
}

void TestAppStyle::flatGroupBoxHasNoFrame()
{
    AppStyle style;
    QGroupBox box("Problems: none");
    box.setStyle(&style);
    box.setFlat(true);
    box.resize(200, 60);
    const QImage image = box.grab().toImage();
    const QColor window = box.palette().window().color();
    for (int x : {1, 100, 199})
        QCOMPARE(image.pixelColor(x, 40), window);
}

void TestAppStyle::lineEditFramesLookLikeFusion_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("state");
    const int enabled = QStyle::State_Enabled;
    QTest::newRow("plain") << QSize(300, 26) << enabled;
    QTest::newRow("focused") << QSize(300, 26) << (enabled | int(QStyle::State_HasFocus));
    QTest::newRow("disabled, narrow") << QSize(40, 22) << int(QStyle::State_None);
    QTest::newRow("tall") << QSize(120, 90) << (enabled | int(QStyle::State_HasFocus));
}

void TestAppStyle::lineEditFramesLookLikeFusion()
{
    // The stretched frame against Fusion's painted one, every pixel: within two steps of 255. Compositing the
    // small picture rounds its translucent pixels once more; the focus ring lays two translucent lines on one row.
    QFETCH(QSize, size);
    QFETCH(int, state);
    QStyleOptionFrame option;
    option.rect = QRect(QPoint(5, 3), size);
    option.state = QStyle::State(state);
    option.palette = QApplication::palette();
    option.lineWidth = 1;
    const Painted painted = paintBoth(QStyle::PE_PanelLineEdit, option);
    QVERIFY2(painted.difference() <= 2, qPrintable(QString("differs by %1").arg(painted.difference())));
    QVERIFY(painted.fusion.pixel(option.rect.center().x(), option.rect.top()) != painted.fusion.pixel(0, 0));
}

void TestAppStyle::buttonFacesLookLikeFusion_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("isDefault");
    const int enabled = QStyle::State_Enabled | QStyle::State_Raised;
    QTest::newRow("button") << QSize(97, 22) << enabled << false;
    QTest::newRow("default button") << QSize(120, 27) << enabled << true;
    QTest::newRow("pressed") << QSize(80, 22) << (enabled | int(QStyle::State_Sunken)) << false;
    QTest::newRow("combo box") << QSize(499, 22) << (enabled | int(QStyle::State_HasFocus)) << false;
    QTest::newRow("disabled") << QSize(137, 23) << int(QStyle::State_Raised) << false;
}

void TestAppStyle::buttonFacesLookLikeFusion()
{
    // Stretched across only (its shade changes from top to bottom), against Fusion's painted face.
    QFETCH(QSize, size);
    QFETCH(int, state);
    QFETCH(bool, isDefault);
    QStyleOptionButton option;
    option.rect = QRect(QPoint(4, 2), size);
    option.state = QStyle::State(state);
    option.palette = QApplication::palette();
    if (isDefault)
        option.features |= QStyleOptionButton::DefaultButton;
    const Painted painted = paintBoth(QStyle::PE_PanelButtonCommand, option);
    QVERIFY2(painted.difference() <= 2, qPrintable(QString("differs by %1").arg(painted.difference())));
    QVERIFY(painted.fusion.pixel(option.rect.center()) != painted.fusion.pixel(0, 0)); // a face was painted
}

QTEST_MAIN(TestAppStyle)
#include "TestAppStyle.moc"
