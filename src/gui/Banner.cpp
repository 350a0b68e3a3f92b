#include "Banner.h"

#include "NinePatch.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>

namespace sx {

namespace {

struct Colours
{
    QColor background;
    QColor border;
    QColor text;
};

Colours coloursOf(Banner::Kind kind)
{
    // Amber for "mind where this goes", red for "this will not work as you expect"; dark text on both, so
    // they read the same on light and dark desktop themes.
    if (kind == Banner::Kind::Warning)
        return {QColor(0xf8, 0xd7, 0xda), QColor(0xf1, 0xae, 0xb5), QColor(0x58, 0x15, 0x1c)};
    return {QColor(0xff, 0xf3, 0xcd), QColor(0xff, 0xe6, 0x9c), QColor(0x66, 0x4d, 0x03)};
}

} // namespace

Banner::Banner(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_button(new QPushButton(this))
{
    m_label->setObjectName(QStringLiteral("bannerText"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_button->setObjectName(QStringLiteral("bannerAction"));
    m_button->hide();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button, 0, Qt::AlignVCenter);
    connect(m_button, &QPushButton::clicked, this, &Banner::actionTriggered);
    setKind(Kind::Notice);
}

void Banner::setKind(Kind kind)
{
    m_kind = kind;
    QPalette palette = m_label->palette();
    palette.setColor(QPalette::WindowText, coloursOf(kind).text);
    m_label->setPalette(palette);
    update();
}

void Banner::setText(const QString& text)
{
    m_label->setText(text);
}

QString Banner::text() const
{
    return m_label->text();
}

void Banner::setActionText(const QString& text)
{
    m_button->setText(text);
    m_button->setVisible(!text.isEmpty());
}

void Banner::paintEvent(QPaintEvent*)
{
    const Colours colours = coloursOf(m_kind);
    QPainter painter(this);
    const QString key = QStringLiteral("sx-banner-%1-%2").arg(colours.border.rgba()).arg(colours.background.rgba());
    paintNinePatch(&painter, rect(), 5, key, [colours](QPainter* p, const QRect& r) {
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(colours.border);
        p->setBrush(colours.background);
        p->drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    });
}

} // namespace sx
