#include "DeferredIcon.h"

#include <QIconEngine>

#include <memory>

namespace sx {

namespace {

class DeferredIconEngine : public QIconEngine
{
public:
    explicit DeferredIconEngine(std::function<QIcon()> make)
        : m_state(std::make_shared<State>(State {std::move(make), {}}))
    {
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }

    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, 1.0, mode, state);
    }

    // size is in device pixels (QIcon::pixmap() multiplies by the scale before asking).
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size / scale, scale, mode, state);
    }

    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }

    QString iconName() override
    {
        return icon().name();
    }

    // QIcon::isNull() is asked often, e.g. by every QAction::setIcon; answered without making the icon.
    bool isNull() override
    {
        return false;
    }

    QString key() const override
    {
        return QStringLiteral("sx::DeferredIconEngine");
    }

    // Copies share what is made, so it is made once.
    QIconEngine* clone() const override
    {
        return new DeferredIconEngine(m_state);
    }

private:
    struct State
    {
        std::function<QIcon()> make;
        QIcon icon;
    };

    explicit DeferredIconEngine(std::shared_ptr<State> state)
        : m_state(std::move(state))
    {
    }

    const QIcon& icon()
    {
        if (m_state->make) {
            m_state->icon = m_state->make();
            m_state->make = nullptr;
        }
        return m_state->icon;
    }

    std::shared_ptr<State> m_state;
};

} // namespace

QIcon deferredIcon(std::function<QIcon()> make)
{
    return QIcon(new DeferredIconEngine(std::move(make)));
}

} // namespace sx
