#include "PanelFocus.h"

#include <QScrollArea>

namespace sx::PanelFocus {

void reveal(QWidget* widget)
{
    for (QWidget* ancestor = widget->parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
        // Only QScrollArea: a table is a scroll area of another kind and scrolls to its cells itself.
        if (auto* area = qobject_cast<QScrollArea*>(ancestor))
            area->ensureWidgetVisible(widget);
    }
}

} // namespace sx::PanelFocus
