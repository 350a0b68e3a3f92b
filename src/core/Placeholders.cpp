#include "Placeholders.h"

#include "JobKinds.h"

#include <QRegularExpression>

#include <limits>

namespace sx {

namespace {

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\$\{([A-Za-z_][A-Za-z0-9_]*)\})"));
    return re;
}

const QRegularExpression& wholePattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$)"));
    return re;
}

// Replaces each "${NAME}" that has a value in one pass, so a value holding "${X}" is not expanded again.
QString fill(const QString& text, const QHash<QString, QString>& values)
{
    QString out;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const auto value = values.constFind(m.captured(1));
        if (value == values.constEnd())
            continue;
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += *value;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

const char* const kContactKeys[] = {"UserName", "UserPhone", "UserMail", "Ding"};

QString* contactField(Contact& c, int i)
{
    QString* fields[] = {&c.userName, &c.userPhone, &c.userMail, &c.ding};
    return fields[i];
}

bool isScriptContent(const Job& job, Param param)
{
    return param == Param::Content && JobKinds::isScriptType(job.text(Param::JobType));
}

} // namespace

bool Placeholders::isWholeValue(const QString& text, QString* name)
{
    const auto m = wholePattern().match(text);
    if (m.hasMatch() && name)
        *name = m.captured(1);
    return m.hasMatch();
}

QStringList Placeholders::namesIn(const QString& text)
{
    QStringList names;
    if (!text.contains(QLatin1String("${")))
        return names; // the common case, without running the pattern
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext())
        names.append(it.next().captured(1));
    return names;
}

QList<PlaceholderUse> Placeholders::uses(const Job& job)
{
    QList<PlaceholderUse> result;
    for (const auto& spec : Parameters::all()) {
        if (spec.type == ValueType::Contacts) {
            const ContactList& contacts = job.contacts();
            for (int c = 0; c < contacts.size(); ++c) {
                Contact contact = contacts[c];
                for (int f = 0; f < 4; ++f) {
                    if (!contactField(contact, f)->contains(QLatin1String("${")))
                        continue; // the common case; building the key is what costs
                    const QString key =
                        QStringLiteral("ContactInfo[%1].%2").arg(c + 1).arg(QLatin1String(kContactKeys[f]));
                    for (const QString& name : namesIn(*contactField(contact, f)))
                        result.append({spec.param, key, name});
                }
            }
            continue;
        }
        const QVariant v = job.value(spec.param);
        if (v.typeId() != QMetaType::QString)
            continue;
        for (const QString& name : namesIn(v.toString()))
            result.append({spec.param, QString::fromLatin1(spec.name), name});
    }
    return result;
}

QList<PlaceholderUse> Placeholders::unfilledUses(const Job& job)
{
    QList<PlaceholderUse> result;
    for (const PlaceholderUse& use : uses(job)) {
        if (!isScriptContent(job, use.param))
            result.append(use);
    }
    return result;
}

QStringList Placeholders::unfilled(const Job& job)
{
    QStringList names;
    for (const PlaceholderUse& use : unfilledUses(job)) {
        if (!names.contains(use.name))
            names.append(use.name);
    }
    return names;
}

bool Placeholders::parseAssignment(const QString& argument, QString* name, QString* value, QString* error)
{
    const qsizetype eq = argument.indexOf('=');
    const QString key = eq < 0 ? argument : argument.left(eq);
    if (eq < 0 || !wholePattern().match(QStringLiteral("${%1}").arg(key)).hasMatch()) {
        if (error) {
            *error = tr("\"%1\" is not NAME=VALUE (a name is letters, digits and underscores, not starting with a "
                        "digit).")
                         .arg(argument);
        }
        return false;
    }
    *name = key;
    *value = argument.mid(eq + 1);
    return true;
}

std::optional<Job> Placeholders::substitute(const Job& job,
                                            const QHash<QString, QString>& values,
                                            QStringList* errors,
                                            const QString& givenAs)
{
    Job result = job;
    QStringList problems;
    for (const auto& spec : Parameters::all()) {
        const QString key = QString::fromLatin1(spec.name);
        if (spec.type == ValueType::Contacts) {
            ContactList contacts = job.contacts();
            for (Contact& contact : contacts) {
                for (int f = 0; f < 4; ++f)
                    *contactField(contact, f) = fill(*contactField(contact, f), values);
            }
            result.setContacts(contacts);
            continue;
        }
        const QVariant v = job.value(spec.param);
        if (v.typeId() != QMetaType::QString)
            continue;
        if (spec.type == ValueType::Text) {
            result.set(spec.param, fill(v.toString(), values));
            continue;
        }
        // A numeric or boolean field holds a whole "${NAME}" (the job file reader allows nothing else).
        QString name;
        if (!isWholeValue(v.toString(), &name) || !values.contains(name))
            continue;
        const QString text = values.value(name).trimmed();
        const QString given = givenAs.arg(name, values.value(name));
        if (spec.type == ValueType::Bool) {
            if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || text == QLatin1String("1"))
                result.set(spec.param, true);
            else if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 || text == QLatin1String("0"))
                result.set(spec.param, false);
            else
                problems.append(tr("\"%1\" must be true or false: %2").arg(key, given));
            continue;
        }
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        const qint64 limit = spec.type == ValueType::Int32 ? std::numeric_limits<qint32>::max() : 9007199254740991LL;
        if (!ok || n > limit || n < -limit) {
            problems.append(tr("\"%1\" must be a whole number in range: %2").arg(key, given));
            continue;
        }
        if (spec.type == ValueType::Int32)
            result.set(spec.param, static_cast<int>(n));
        else
            result.set(spec.param, n);
    }
    if (errors)
        *errors = problems;
    if (!problems.isEmpty())
        return std::nullopt;
    return result;
}

} // namespace sx
