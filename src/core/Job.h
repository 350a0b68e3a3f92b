#pragma once

#include "Contact.h"
#include "Parameter.h"

#include <QVariant>

#include <array>

namespace sx {

// A CreateJob request as a value: every parameter, set or unset. Nothing here knows of HTTP or widgets.
class Job
{
public:
    bool has(Param param) const;
    QVariant value(Param param) const; // null when unset
    QVariant effectiveValue(Param param) const; // the value, else the documented default
    QString text(Param param) const; // effective value as text; empty when unset and no default
    qint64 number(Param param, qint64 fallback = 0) const; // effective value as a number
    bool flag(Param param) const; // effective value as a switch; false when unset

    // A null QVariant unsets. JobType and ExecuteMode are stored in their canonical spelling.
    void set(Param param, const QVariant& value);
    void unset(Param param);
    // What a form's field holds: an empty text unsets, so an empty field is never sent as "".
    void setText(Param param, const QString& text);

    const ContactList& contacts() const;
    void setContacts(const ContactList& contacts);

    bool operator==(const Job& other) const;

private:
    std::array<QVariant, ParamCount> m_values;
    ContactList m_contacts;
};

} // namespace sx
