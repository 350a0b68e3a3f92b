#pragma once

#include "Job.h"

#include <QList>

class QCheckBox;
class QSpinBox;
class QWidget;

namespace sx {

/** Optional Job values in spin boxes and check boxes: a field the user never set stays unset in the Job.
 *
 *  A spin box's lowest value is a special value ("Default (30 s)") that means "not set". A check box writes
 *  true when checked, and false only when the loaded job had the switch or the user changed it.
 *  A loaded value the widget cannot show as such (a template's "${NAME}") is shown as text and written back
 *  unchanged until the user edits that field; a number outside the usual range widens the spin box's range,
 *  so that the validator, not the widget, judges it. The panel ignores the widgets' signals while it loads. */
namespace OptionalFields {

// min and max are the usual range; the spin box gets min - 1 as its "not set" value.
void setUpSpin(QSpinBox* spin, Param param, int min, int max);
void loadSpin(QSpinBox* spin, const Job& job, Param param);
void storeSpin(const QSpinBox* spin, Job& job, Param param);
bool spinIsSet(const QSpinBox* spin);
void spinEdited(QSpinBox* spin); // call on the user's edits: a kept value gives way to what is shown
void equalizeWidths(const QList<QWidget*>& widgets); // as wide as the widest, for a tidy column

void loadCheck(QCheckBox* check, const Job& job, Param param);
void storeCheck(const QCheckBox* check, Job& job, Param param);
void checkEdited(QCheckBox* check); // call on the user's edits: the switch is now explicit

} // namespace OptionalFields
} // namespace sx
