#pragma once

#include "JobFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace sx {

// What the library shows of one template file without keeping it open.
struct TemplateInfo
{
    QString path;
    QString name; // the template's "name", else the file's base name
    QString description;
    QString jobName; // the job's Name, which may hold placeholders
    QString ns; // Namespace
    QString groupId;
    QString jobType; // JobType and TimeType as written, so a placeholder shows as itself
    QString timeType;
    QStringList placeholders; // distinct names to fill
    QDateTime modified;
    QString error; // set when the file could not be read; the other fields are then empty
};

// The template library: a folder of job files (by default AppDataLocation/templates), plus any file
// anywhere. Every write goes through QSaveFile, so a crash or a full disk never leaves half a template.
class TemplateStore
{
    Q_DECLARE_TR_FUNCTIONS(TemplateStore)

public:
    explicit TemplateStore(const QString& folder = defaultFolder());

    static QString defaultFolder();
    QString folder() const;

    // Every *.json file of the folder, by name (case-insensitive), then by file name: a stable order.
    QList<TemplateInfo> list() const;
    // Templates whose name, description, file name, job name, namespace or group contain the text.
    QList<TemplateInfo> search(const QString& text) const;
    // The test search() applies to one template, for a view that filters a list it already holds.
    static bool matches(const TemplateInfo& info, const QString& text);

    static std::optional<JobFile> load(const QString& path, JobFileError* error);
    // Writes any job file atomically, anywhere; creates the folder. The error names the file.
    static bool write(const QString& path, const JobFile& file, QString* error);

    // Saves into the library under a file name made from the template's name; returns the path.
    std::optional<QString> add(JobFile file, QString* error);
    // Renames the template (its "name" and its file), refusing to overwrite another one.
    std::optional<QString> rename(const QString& path, const QString& newName, QString* error);
    // A copy named "NAME (copy)", "NAME (copy 2)", ... in the library.
    std::optional<QString> duplicate(const QString& path, QString* error);
    bool remove(const QString& path, QString* error);

    // A portable file name for a template name: no separators or reserved characters; CJK kept.
    static QString fileNameFor(const QString& name);

private:
    QString freePath(const QString& name, const QString& ignore = {}) const;

    QString m_folder;
};

} // namespace sx
