#include "OptionalFields.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QSpinBox>

#include <algorithm>
#include <limits>

namespace sx::OptionalFields {

namespace {

// Dynamic properties, so that the state travels with the widget and the panels stay small.
constexpr const char* UsualMin = "sxUsualMin";
constexpr const char* UsualMax = "sxUsualMax";
constexpr const char* DefaultText = "sxDefaultText";
constexpr const char* Kept = "sxKeptValue";
constexpr const char* Explicit = "sxExplicit";

QString defaultText(const QSpinBox* spin, Param param)
{
    const QVariant value = Parameters::spec(param).defaultValue;
    if (value.isNull())
        return QCoreApplication::translate("OptionalFields", "Default");
    // The suffix carries the unit: "Default (30 s)".
    return QCoreApplication::translate("OptionalFields", "Default (%1)").arg(value.toString() + spin->suffix());
}

bool isWholeNumber(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

} // namespace

void setUpSpin(QSpinBox* spin, Param param, int min, int max)
{
    spin->setProperty(UsualMin, min);
    spin->setProperty(UsualMax, max);
    spin->setProperty(DefaultText, defaultText(spin, param));
    spin->setRange(min - 1, max);
    spin->setSpecialValueText(spin->property(DefaultText).toString());
    spin->setValue(spin->minimum());
}

void loadSpin(QSpinBox* spin, const Job& job, Param param)
{
    const int min = spin->property(UsualMin).toInt();
    spin->setRange(min - 1, spin->property(UsualMax).toInt());
    spin->setSpecialValueText(spin->property(DefaultText).toString());
    spin->setProperty(Kept, QVariant());
    if (!job.has(param)) {
        spin->setValue(spin->minimum());
        return;
    }
    const QVariant value = job.value(param);
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    if (!isWholeNumber(value) || !ok || n <= std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max()) {
        // Shown as the special text, written back as it came.
        spin->setProperty(Kept, value);
        spin->setSpecialValueText(value.toString());
        spin->setValue(spin->minimum());
        return;
    }
    if (n < min)
        spin->setMinimum(int(n) - 1);
    if (n > spin->maximum())
        spin->setMaximum(int(n));
    spin->setValue(int(n));
}

void storeSpin(const QSpinBox* spin, Job& job, Param param)
{
    const QVariant kept = spin->property(Kept);
    if (kept.isValid())
        job.set(param, kept);
    else if (spin->value() == spin->minimum())
        job.unset(param);
    else if (Parameters::spec(param).type == ValueType::Int64)
        job.set(param, qint64(spin->value()));
    else
        job.set(param, spin->value());
}

bool spinIsSet(const QSpinBox* spin)
{
    return spin->property(Kept).isValid() || spin->value() != spin->minimum();
}

void spinEdited(QSpinBox* spin)
{
    if (!spin->property(Kept).isValid())
        return;
    spin->setProperty(Kept, QVariant());
    spin->setSpecialValueText(spin->property(DefaultText).toString());
}

void equalizeWidths(const QList<QWidget*>& widgets)
{
    int width = 0;
    for (const QWidget* widget : widgets)
        width = std::max(width, widget->sizeHint().width());
    for (QWidget* widget : widgets)
        widget->setMinimumWidth(width);
}

void loadCheck(QCheckBox* check, const Job& job, Param param)
{
    check->setProperty(Kept, QVariant());
    check->setProperty(Explicit, job.has(param));
    check->setTristate(false);
    const QVariant value = job.value(param);
    if (value.isNull() || value.typeId() == QMetaType::Bool) {
        check->setChecked(value.toBool());
        return;
    }
    // A template's "${NAME}": neither on nor off until the user decides.
    check->setProperty(Kept, value);
    check->setTristate(true);
    check->setCheckState(Qt::PartiallyChecked);
}

void storeCheck(const QCheckBox* check, Job& job, Param param)
{
    const QVariant kept = check->property(Kept);
    if (kept.isValid())
        job.set(param, kept);
    else if (check->isChecked())
        job.set(param, true);
    else if (check->property(Explicit).toBool())
        job.set(param, false);
    else
        job.unset(param);
}

void checkEdited(QCheckBox* check)
{
    check->setProperty(Explicit, true);
    if (check->checkState() == Qt::PartiallyChecked)
        return;
    check->setProperty(Kept, QVariant());
    check->setTristate(false);
}

} // namespace sx::OptionalFields
