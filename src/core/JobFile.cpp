#include "JobFile.h"

#include "Placeholders.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace sx {

namespace {

const char* const kContactKeys[] = {"UserName", "UserPhone", "UserMail", "Ding"};

QString jsonTypeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("undefined");
    }
}

void lineAndColumn(const QByteArray& text, int offset, int* line, int* column)
{
    *line = 1;
    int lineStart = 0;
    const int end = std::min<int>(offset, text.size());
    for (int i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++*line;
            lineStart = i + 1;
        }
    }
    // Columns count characters, not bytes, so a Chinese name before the error does not shift it.
    *column = QString::fromUtf8(text.mid(lineStart, end - lineStart)).size() + 1;
}

bool fail(JobFileError* error, const QString& key, const QString& message)
{
    if (error) {
        error->key = key;
        error->message = message;
    }
    return false;
}

// JSON for one value, as it appears in a document (strings quoted and escaped).
QByteArray encodeValue(const QJsonValue& v)
{
    QByteArray s = QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
    return s.mid(1, s.size() - 2);
}

void writeObject(QByteArray& out, const QList<QPair<QString, QJsonValue>>& members, int indent);

void writeValue(QByteArray& out, const QJsonValue& v, int indent)
{
    const QByteArray pad(indent, ' ');
    if (v.isObject()) {
        QList<QPair<QString, QJsonValue>> members;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            members.append({it.key(), it.value()});
        writeObject(out, members, indent);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (a.isEmpty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (int i = 0; i < a.size(); ++i) {
            out += pad + "  ";
            writeValue(out, a[i], indent + 2);
            out += i + 1 < a.size() ? ",\n" : "\n";
        }
        out += pad + "]";
    } else {
        out += encodeValue(v);
    }
}

void writeObject(QByteArray& out, const QList<QPair<QString, QJsonValue>>& members, int indent)
{
    if (members.isEmpty()) {
        out += "{}";
        return;
    }
    const QByteArray pad(indent, ' ');
    out += "{\n";
    for (int i = 0; i < members.size(); ++i) {
        out += pad + "  " + encodeValue(members[i].first) + ": ";
        writeValue(out, members[i].second, indent + 2);
        out += i + 1 < members.size() ? ",\n" : "\n";
    }
    out += pad + "}";
}

QList<QPair<QString, QJsonValue>> orderedJobMembers(const Job& job)
{
    QList<QPair<QString, QJsonValue>> members;
    for (const auto& spec : Parameters::all()) {
        if (!job.has(spec.param))
            continue;
        if (spec.type == ValueType::Contacts) {
            QJsonArray contacts;
            for (const Contact& c : job.contacts()) {
                QJsonObject o;
                const QString values[] = {c.userName, c.userPhone, c.userMail, c.ding};
                for (int i = 0; i < 4; ++i) {
                    if (!values[i].isEmpty())
                        o.insert(QLatin1String(kContactKeys[i]), values[i]);
                }
                contacts.append(o);
            }
            members.append({spec.name, contacts});
        } else {
            members.append({spec.name, QJsonValue::fromVariant(job.value(spec.param))});
        }
    }
    return members;
}

bool readContacts(const QJsonValue& value, ContactList* contacts, JobFileError* error)
{
    const QString key = QStringLiteral("ContactInfo");
    if (!value.isArray()) {
        return fail(error, key,
                    JobFileFormat::tr("\"%1\" must be an array of contacts, not a %2.").arg(key, jsonTypeName(value)));
    }
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(key).arg(i + 1);
        if (!array[i].isObject()) {
            return fail(error, where,
                        JobFileFormat::tr("\"%1\" must be an object, not a %2.").arg(where, jsonTypeName(array[i])));
        }
        const QJsonObject o = array[i].toObject();
        Contact c;
        QString* fields[] = {&c.userName, &c.userPhone, &c.userMail, &c.ding};
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString fieldKey = where + '.' + it.key();
            int found = -1;
            for (int f = 0; f < 4; ++f) {
                if (it.key() == QLatin1String(kContactKeys[f]))
                    found = f;
            }
            if (found < 0) {
                return fail(
                    error, fieldKey,
                    JobFileFormat::tr("Unknown key \"%1\": a contact has UserName, UserPhone, UserMail and Ding.")
                        .arg(fieldKey));
            }
            if (!it.value().isString()) {
                return fail(
                    error, fieldKey,
                    JobFileFormat::tr("\"%1\" must be a string, not a %2.").arg(fieldKey, jsonTypeName(it.value())));
            }
            *fields[found] = it.value().toString();
        }
        contacts->append(c);
    }
    return true;
}

bool readValue(const ParameterSpec& spec, const QJsonValue& value, Job* job, JobFileError* error)
{
    const QString key = QString::fromLatin1(spec.name);
    // A template may leave any non-list field as a whole "${NAME}", filled at submit time (Placeholders).
    if (spec.type != ValueType::Text && spec.type != ValueType::Contacts && value.isString() &&
        Placeholders::isWholeValue(value.toString())) {
        job->set(spec.param, value.toString());
        return true;
    }
    switch (spec.type) {
    case ValueType::Text:
        if (!value.isString())
            return fail(error, key,
                        JobFileFormat::tr("\"%1\" must be a string, not a %2.").arg(key, jsonTypeName(value)));
        job->set(spec.param, value.toString());
        return true;
    case ValueType::Bool:
        if (!value.isBool()) {
            return fail(error, key,
                        JobFileFormat::tr("\"%1\" must be true or false, not a %2.").arg(key, jsonTypeName(value)));
        }
        job->set(spec.param, value.toBool());
        return true;
    case ValueType::Int32:
    case ValueType::Int64: {
        if (!value.isDouble()) {
            return fail(error, key,
                        JobFileFormat::tr("\"%1\" must be a whole number, not a %2.").arg(key, jsonTypeName(value)));
        }
        const double d = value.toDouble();
        const double limit = spec.type == ValueType::Int32 ? double(std::numeric_limits<qint32>::max())
                                                           : 9007199254740991.0; // exact in a JSON double
        if (d != std::floor(d) || std::fabs(d) > limit)
            return fail(error, key,
                        JobFileFormat::tr("\"%1\" must be a whole number in range, not %2.").arg(key).arg(d));
        if (spec.type == ValueType::Int32)
            job->set(spec.param, static_cast<int>(d));
        else
            job->set(spec.param, static_cast<qint64>(d));
        return true;
    }
    case ValueType::Contacts: {
        ContactList contacts;
        if (!readContacts(value, &contacts, error))
            return false;
        job->setContacts(contacts);
        return true;
    }
    }
    return false;
}

} // namespace

QString JobFileError::toString() const
{
    if (line > 0)
        return JobFileFormat::tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
    return message;
}

std::optional<Job> JobFileFormat::jobFromJson(const QJsonObject& object, JobFileError* error)
{
    Job job;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto param = Parameters::fromName(it.key());
        if (!param) {
            QString message = tr("Unknown key \"%1\".").arg(it.key());
            if (const auto guess = Parameters::closest(it.key()))
                message += ' ' + tr("Did you mean \"%1\"?").arg(Parameters::name(*guess));
            else if (it.key() == "JarUrl")
                message += ' ' + tr("JarUrl is no longer part of CreateJob; remove it.");
            fail(error, it.key(), message);
            return std::nullopt;
        }
        if (it.value().isNull())
            continue; // an explicit null means "not set"
        if (!readValue(Parameters::spec(*param), it.value(), &job, error))
            return std::nullopt;
    }
    return job;
}

std::optional<JobFile> JobFileFormat::parse(const QByteArray& json, JobFileError* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = {};
            lineAndColumn(json, parseError.offset, &error->line, &error->column);
            error->message = tr("not valid JSON: %1").arg(parseError.errorString());
        }
        return std::nullopt;
    }
    if (!doc.isObject()) {
        fail(error, {}, tr("A job file must hold a JSON object."));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    JobFile file;
    if (!root.contains("format")) {
        auto job = jobFromJson(root, error);
        if (!job)
            return std::nullopt;
        file.job = *job;
        return file;
    }

    file.isTemplate = true;
    if (root.value("format").toString() != QLatin1String(JobFile::Format)) {
        fail(error, "format", tr("\"format\" must be \"%1\".").arg(QLatin1String(JobFile::Format)));
        return std::nullopt;
    }
    const QJsonValue version = root.value("version");
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) || version.toDouble() < 1) {
        fail(error, "version", tr("\"version\" must be a whole number of 1 or more."));
        return std::nullopt;
    }
    if (version.toInt() > JobFile::CurrentVersion) {
        fail(error, "version",
             tr("This file is format version %1, made by a newer SchedulerX Job Studio; this one reads up to version "
                "%2.")
                 .arg(version.toInt())
                 .arg(JobFile::CurrentVersion));
        return std::nullopt;
    }
    for (const char* key : {"name", "description"}) {
        const QJsonValue v = root.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isString() && !v.isNull()) {
            fail(error, key, tr("\"%1\" must be a string, not a %2.").arg(QLatin1String(key), jsonTypeName(v)));
            return std::nullopt;
        }
    }
    file.name = root.value("name").toString();
    file.description = root.value("description").toString();
    const QJsonValue jobValue = root.value("job");
    if (!jobValue.isObject()) {
        fail(error, "job", tr("A template needs a \"job\" object."));
        return std::nullopt;
    }
    auto job = jobFromJson(jobValue.toObject(), error);
    if (!job) {
        if (error && !error->key.isEmpty())
            error->message = tr("in \"job\": %1").arg(error->message);
        return std::nullopt;
    }
    file.job = *job;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!QStringList {"format", "version", "name", "description", "job"}.contains(it.key()))
            file.extraFields.insert(it.key(), it.value());
    }
    return file;
}

std::optional<JobFile> JobFileFormat::load(const QString& path, JobFileError* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        fail(error, {}, tr("cannot read: %1").arg(f.errorString()));
        return std::nullopt;
    }
    return parse(f.readAll(), error);
}

QJsonObject JobFileFormat::jobToJson(const Job& job)
{
    QJsonObject o;
    for (const auto& [key, value] : orderedJobMembers(job))
        o.insert(key, value);
    return o;
}

QByteArray JobFileFormat::serializeJob(const Job& job)
{
    QByteArray out;
    writeObject(out, orderedJobMembers(job), 0);
    return out + '\n';
}

QByteArray JobFileFormat::serialize(const JobFile& file)
{
    if (!file.isTemplate)
        return serializeJob(file.job);
    QByteArray jobText;
    writeObject(jobText, orderedJobMembers(file.job), 2);

    QList<QPair<QString, QJsonValue>> head = {
        {"format", QLatin1String(JobFile::Format)},
        {"version", JobFile::CurrentVersion},
        {"name", file.name},
        {"description", file.description},
    };
    for (auto it = file.extraFields.begin(); it != file.extraFields.end(); ++it)
        head.append({it.key(), it.value()});
    QByteArray out;
    writeObject(out, head, 0);
    // Append the job last, keeping its own (table) order rather than QJsonObject's alphabetical one.
    out.chop(2); // "\n}"
    out += ",\n  \"job\": " + jobText + "\n}\n";
    return out;
}

} // namespace sx
