#include "JobFromParams.h"

#include <QMap>

#include <limits>

namespace sx {

bool JobFromParams::parseContactKey(const QString& name, int* index, QString* field)
{
    const QStringList parts = name.split(u'.');
    if (parts.size() != 3 || parts[0] != QLatin1String("ContactInfo"))
        return false;
    bool ok = false;
    const int n = parts[1].toInt(&ok);
    if (!ok || n < 1 || parts[1].startsWith(u'+'))
        return false;
    *index = n;
    *field = parts[2];
    return true;
}

JobFromParams::Result JobFromParams::convert(const ParamList& params)
{
    Result result;
    // Keyed by the wire index: contacts come back in their numbered order, whatever the parameter order.
    QMap<int, Contact> contacts;

    for (const auto& [name, value] : params) {
        if (name.startsWith(QLatin1String("ContactInfo."))) {
            int n = 0;
            QString field;
            if (!parseContactKey(name, &n, &field)) {
                result.invalid.append({name, value, QStringLiteral("is not of the form ContactInfo.<n>.<Field>")});
                continue;
            }
            QString Contact::*member = nullptr;
            if (field == QLatin1String("UserName"))
                member = &Contact::userName;
            else if (field == QLatin1String("UserPhone"))
                member = &Contact::userPhone;
            else if (field == QLatin1String("UserMail"))
                member = &Contact::userMail;
            else if (field == QLatin1String("Ding"))
                member = &Contact::ding;
            if (member)
                contacts[n].*member = value;
            else
                result.ignored.append(name);
            continue;
        }

        const auto param = Parameters::fromName(name);
        if (!param || *param == Param::ContactInfo) {
            result.ignored.append(name);
            continue;
        }
        const ParameterSpec& spec = Parameters::spec(*param);
        switch (spec.type) {
        case ValueType::Text:
            result.job.set(*param, value);
            break;
        case ValueType::Bool: {
            // The service's JSON binding reads true/false in any case; anything else is a type error.
            const QString lower = value.trimmed().toLower();
            if (lower == QLatin1String("true") || lower == QLatin1String("false"))
                result.job.set(*param, lower == QLatin1String("true"));
            else
                result.invalid.append({name, value, QStringLiteral("must be true or false")});
            break;
        }
        case ValueType::Int32:
        case ValueType::Int64: {
            bool ok = false;
            const qint64 n = value.trimmed().toLongLong(&ok);
            const bool fits = spec.type == ValueType::Int64 ||
                (n >= std::numeric_limits<qint32>::min() && n <= std::numeric_limits<qint32>::max());
            if (!ok || !fits) {
                result.invalid.append({name, value,
                                       spec.type == ValueType::Int32 ? QStringLiteral("must be a 32-bit integer")
                                                                     : QStringLiteral("must be a 64-bit integer")});
                break;
            }
            if (spec.type == ValueType::Int32)
                result.job.set(*param, static_cast<int>(n));
            else
                result.job.set(*param, n);
            break;
        }
        case ValueType::Contacts:
            break;
        }
    }

    ContactList list;
    for (const Contact& c : std::as_const(contacts))
        list.append(c);
    result.job.setContacts(list);
    return result;
}

} // namespace sx
