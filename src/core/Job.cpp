#include "Job.h"

#include "JobKinds.h"

namespace sx {

namespace {
int index(Param p)
{
    return static_cast<int>(p);
}
} // namespace

bool Job::has(Param param) const
{
    if (param == Param::ContactInfo)
        return !m_contacts.isEmpty();
    return !m_values[index(param)].isNull();
}

QVariant Job::value(Param param) const
{
    return m_values[index(param)];
}

QVariant Job::effectiveValue(Param param) const
{
    const QVariant& v = m_values[index(param)];
    return v.isNull() ? Parameters::spec(param).defaultValue : v;
}

QString Job::text(Param param) const
{
    const QVariant v = effectiveValue(param);
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

qint64 Job::number(Param param, qint64 fallback) const
{
    bool ok = false;
    const qint64 n = effectiveValue(param).toLongLong(&ok);
    return ok ? n : fallback;
}

bool Job::flag(Param param) const
{
    return effectiveValue(param).toBool();
}

void Job::set(Param param, const QVariant& value)
{
    if (param == Param::ContactInfo)
        return; // contacts are set as a list
    QVariant v = value;
    if (param == Param::JobType && v.typeId() == QMetaType::QString)
        v = JobKinds::canonicalJobType(v.toString());
    else if (param == Param::ExecuteMode && v.typeId() == QMetaType::QString)
        v = JobKinds::canonicalExecuteMode(v.toString());
    m_values[index(param)] = v;
}

void Job::setText(Param param, const QString& text)
{
    if (text.isEmpty())
        unset(param);
    else
        set(param, text);
}

void Job::unset(Param param)
{
    if (param == Param::ContactInfo)
        m_contacts.clear();
    else
        m_values[index(param)] = QVariant();
}

const ContactList& Job::contacts() const
{
    return m_contacts;
}

void Job::setContacts(const ContactList& contacts)
{
    m_contacts = contacts;
}

bool Job::operator==(const Job& other) const
{
    return m_values == other.m_values && m_contacts == other.m_contacts;
}

} // namespace sx
