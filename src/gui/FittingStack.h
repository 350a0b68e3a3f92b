#pragma once

#include <QStackedWidget>

namespace sx {

/** A stacked widget as tall as the page shown, not as its tallest page: QStackedLayout asks every page for its
 *  height for a width, hidden ones included, so a short page would otherwise sit in a tall empty box. */
class FittingStack : public QStackedWidget
{
public:
    using QStackedWidget::QStackedWidget;

    QSize sizeHint() const override
    {
        return currentWidget() ? currentWidget()->sizeHint() : QStackedWidget::sizeHint();
    }
    QSize minimumSizeHint() const override
    {
        return currentWidget() ? currentWidget()->minimumSizeHint() : QStackedWidget::minimumSizeHint();
    }
    bool hasHeightForWidth() const override
    {
        return currentWidget() && currentWidget()->hasHeightForWidth();
    }
    int heightForWidth(int width) const override
    {
        return currentWidget() ? currentWidget()->heightForWidth(width) : -1;
    }
};

} // namespace sx
