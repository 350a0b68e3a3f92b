#include "TemplateStore.h"

#include "Placeholders.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace sx {

namespace {

TemplateInfo infoFor(const QString& path)
{
    TemplateInfo info;
    const QFileInfo fi(path);
    info.path = fi.absoluteFilePath();
    info.modified = fi.lastModified();
    JobFileError error;
    const auto file = JobFileFormat::load(path, &error);
    if (!file) {
        info.name = fi.completeBaseName();
        info.error = error.toString();
        return info;
    }
    info.name = file->name.isEmpty() ? fi.completeBaseName() : file->name;
    info.description = file->description;
    info.jobName = file->job.text(Param::Name);
    info.ns = file->job.text(Param::Namespace);
    info.groupId = file->job.text(Param::GroupId);
    info.jobType = file->job.text(Param::JobType);
    info.timeType = file->job.text(Param::TimeType);
    info.placeholders = Placeholders::unfilled(file->job);
    return info;
}

} // namespace

TemplateStore::TemplateStore(const QString& folder)
    : m_folder(folder)
{
}

QString TemplateStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/templates");
}

QString TemplateStore::folder() const
{
    return m_folder;
}

QList<TemplateInfo> TemplateStore::list() const
{
    QList<TemplateInfo> result;
    const QDir dir(m_folder);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString& f : files)
        result.append(infoFor(dir.filePath(f)));
    std::stable_sort(result.begin(), result.end(), [](const TemplateInfo& a, const TemplateInfo& b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.path < b.path;
    });
    return result;
}

QList<TemplateInfo> TemplateStore::search(const QString& text) const
{
    QList<TemplateInfo> result;
    for (const TemplateInfo& info : list()) {
        if (matches(info, text))
            result.append(info);
    }
    return result;
}

bool TemplateStore::matches(const TemplateInfo& info, const QString& text)
{
    const QString needle = text.trimmed();
    const QStringList haystack = {info.name,    info.description, QFileInfo(info.path).fileName(),
                                  info.jobName, info.ns,          info.groupId};
    return std::any_of(haystack.begin(), haystack.end(),
                       [&](const QString& s) { return s.contains(needle, Qt::CaseInsensitive); });
}

std::optional<JobFile> TemplateStore::load(const QString& path, JobFileError* error)
{
    auto file = JobFileFormat::load(path, error);
    if (!file && error) {
        // The message names the file; line and column stay set for an editor to jump to.
        const QString where =
            error->line > 0 ? tr("line %1, column %2: ").arg(error->line).arg(error->column) : QString();
        error->message = QStringLiteral("%1: %2%3").arg(QDir::toNativeSeparators(path), where, error->message);
    }
    return file;
}

bool TemplateStore::write(const QString& path, const JobFile& file, QString* error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo fi(path);
    if (!QDir().mkpath(fi.absolutePath())) {
        if (error)
            *error = tr("%1: cannot create the folder %2.").arg(shown, QDir::toNativeSeparators(fi.absolutePath()));
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1: cannot write: %2").arg(shown, out.errorString());
        return false;
    }
    const QByteArray data = JobFileFormat::serialize(file);
    // commit() only replaces the old file when every byte was written (a full disk leaves it untouched).
    if (out.write(data) != data.size() || !out.commit()) {
        if (error)
            *error = tr("%1: not saved: %2").arg(shown, out.errorString());
        return false;
    }
    return true;
}

QString TemplateStore::fileNameFor(const QString& name)
{
    QString base;
    for (const QChar c : name.trimmed()) {
        if (c.isLetterOrNumber() || c == '-' || c == '_' || c == '.')
            base += c;
        else if (c.isSpace() || c == '(' || c == ')')
            base += '_';
        // other characters (separators, quotes, wildcards, control characters) are dropped
    }
    while (base.startsWith('.'))
        base.remove(0, 1); // no hidden files
    if (base.isEmpty())
        base = QStringLiteral("template");
    return base.left(100) + QStringLiteral(".json");
}

QString TemplateStore::freePath(const QString& name, const QString& ignore) const
{
    const QDir dir(m_folder);
    const QString file = fileNameFor(name);
    const QString stem = file.chopped(5);
    QString path = dir.filePath(file);
    for (int n = 2;
         QFileInfo::exists(path) && QFileInfo(path).absoluteFilePath() != QFileInfo(ignore).absoluteFilePath(); ++n)
        path = dir.filePath(QStringLiteral("%1-%2.json").arg(stem).arg(n));
    return path;
}

std::optional<QString> TemplateStore::add(JobFile file, QString* error)
{
    file.isTemplate = true;
    const QString path = freePath(file.name);
    if (!write(path, file, error))
        return std::nullopt;
    return path;
}

std::optional<QString> TemplateStore::rename(const QString& path, const QString& newName, QString* error)
{
    JobFileError readError;
    auto file = load(path, &readError);
    if (!file) {
        if (error)
            *error = readError.message;
        return std::nullopt;
    }
    if (newName.trimmed().isEmpty()) {
        if (error)
            *error = tr("A template needs a name.");
        return std::nullopt;
    }
    for (const TemplateInfo& other : list()) {
        if (other.name == newName.trimmed() && QFileInfo(other.path) != QFileInfo(path)) {
            if (error)
                *error = tr("There is already a template named \"%1\".").arg(newName.trimmed());
            return std::nullopt;
        }
    }
    file->isTemplate = true;
    file->name = newName.trimmed();
    const QString target = freePath(file->name, path);
    if (!write(target, *file, error))
        return std::nullopt;
    // The new file is complete before the old one goes, so a crash leaves two copies, never none.
    if (QFileInfo(target) != QFileInfo(path) && !QFile::remove(path)) {
        if (error)
            *error = tr("%1: renamed, but the old file could not be removed.").arg(QDir::toNativeSeparators(path));
    }
    return target;
}

std::optional<QString> TemplateStore::duplicate(const QString& path, QString* error)
{
    JobFileError readError;
    auto file = load(path, &readError);
    if (!file) {
        if (error)
            *error = readError.message;
        return std::nullopt;
    }
    const QString base = file->name.isEmpty() ? QFileInfo(path).completeBaseName() : file->name;
    QStringList names;
    for (const TemplateInfo& info : list())
        names.append(info.name);
    QString name = tr("%1 (copy)").arg(base);
    for (int n = 2; names.contains(name); ++n)
        name = tr("%1 (copy %2)").arg(base).arg(n);
    file->name = name;
    return add(*file, error);
}

bool TemplateStore::remove(const QString& path, QString* error)
{
    if (!QFile::remove(path)) {
        if (error)
            *error = tr("%1: cannot delete.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace sx
