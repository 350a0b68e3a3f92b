#pragma once

#include "Job.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace sx {

// What went wrong reading a job file, and where.
struct JobFileError
{
    QString message; // translated, names the key when there is one
    QString key; // the offending key, e.g. "ContactInfo[1].UserMail"; empty for syntax errors
    int line = 0; // 1-based, for JSON syntax errors
    int column = 0;

    QString toString() const; // "line 3, column 7: ..." or the message
};

// A job file: either a bare job (an object of API parameter names) or a template wrapping one.
struct JobFile
{
    static constexpr const char* Format = "sxstudio-job";
    static constexpr int CurrentVersion = 1;

    Job job;
    bool isTemplate = false;
    QString name;
    QString description;
    QJsonObject extraFields; // unknown top-level template fields, kept on save
};

class JobFileFormat
{
    Q_DECLARE_TR_FUNCTIONS(JobFileFormat)

public:
    static std::optional<JobFile> parse(const QByteArray& json, JobFileError* error);
    static std::optional<JobFile> load(const QString& path, JobFileError* error);

    static std::optional<Job> jobFromJson(const QJsonObject& object, JobFileError* error);
    static QJsonObject jobToJson(const Job& job);

    // Stable key order (the parameter table's) and two-space indentation, so files diff well.
    static QByteArray serialize(const JobFile& file);
    static QByteArray serializeJob(const Job& job);
};

} // namespace sx
