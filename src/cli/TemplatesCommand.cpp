#include "CliSupport.h"
#include "Commands.h"
#include "JobKinds.h"
#include "TemplateStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>
#include <iterator>

namespace sx::cli {

namespace {

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

// "cron" rather than "1"; a placeholder or an unknown code as written.
QString timeTypeText(const QString& timeType)
{
    bool isNumber = false;
    const QString name = JobKinds::timeTypeName(timeType.toInt(&isNumber));
    return orDash(isNumber && !name.isEmpty() ? name : timeType);
}

QJsonObject toJson(const TemplateInfo& info)
{
    QJsonObject o {{"name", info.name}, {"path", info.path}};
    if (!info.error.isEmpty()) {
        o.insert("error", info.error);
        return o;
    }
    o.insert("description", info.description);
    o.insert("jobName", info.jobName);
    o.insert("namespace", info.ns);
    o.insert("groupId", info.groupId);
    o.insert("jobType", info.jobType);
    o.insert("timeType", info.timeType);
    o.insert("placeholders", QJsonArray::fromStringList(info.placeholders));
    return o;
}

int list(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the templates of the library (%1): name, job type, time type and file. A file that cannot be "
           "read is listed with its problem.")
            .arg(QDir::toNativeSeparators(TemplateStore::defaultFolder())));
    parser.addOption({"json",
                      tr("Print a JSON array; a file that cannot be read has \"error\" instead of the "
                         "job's fields.")});
    if (auto status = parseArguments(parser, "templates list", args, io))
        return *status;
    if (!parser.positionalArguments().isEmpty()) {
        io.err << tr("\"templates list\" takes no names.") << "\n";
        return ExitUsage;
    }
    const TemplateStore store;
    const QList<TemplateInfo> templates = store.list();
    if (templates.isEmpty())
        io.err << tr("No templates yet (%1). Save one from the desktop app, or put a job file there.")
                      .arg(QDir::toNativeSeparators(store.folder()))
               << "\n";
    if (parser.isSet("json")) {
        QJsonArray array;
        for (const TemplateInfo& info : templates)
            array.append(toJson(info));
        io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    qsizetype nameWidth = 0, typeWidth = 0, timeWidth = 0;
    for (const TemplateInfo& info : templates) {
        nameWidth = std::max(nameWidth, info.name.size());
        typeWidth = std::max(typeWidth, orDash(info.jobType).size());
        timeWidth = std::max(timeWidth, timeTypeText(info.timeType).size());
    }
    for (const TemplateInfo& info : templates) {
        io.out << info.name.leftJustified(nameWidth) << "  " << orDash(info.jobType).leftJustified(typeWidth) << "  "
               << timeTypeText(info.timeType).leftJustified(timeWidth) << "  " << QDir::toNativeSeparators(info.path);
        if (!info.error.isEmpty())
            io.out << "  " << tr("[cannot be read: %1]").arg(info.error);
        io.out << "\n";
    }
    return ExitOk;
}

// The template called NAME (its "name", or its file name), else nothing with the reason on stderr.
std::optional<TemplateInfo> find(const QString& name, CliIo& io)
{
    const TemplateStore store;
    const QList<TemplateInfo> all = store.list();
    QList<TemplateInfo> found;
    std::copy_if(all.begin(), all.end(), std::back_inserter(found), [&](const TemplateInfo& info) {
        return info.name == name || QFileInfo(info.path).fileName() == name;
    });
    if (found.size() > 1) {
        io.err << tr("Several templates are called \"%1\"; name one by its file:").arg(name) << "\n";
        for (const TemplateInfo& info : found)
            io.err << "  " << QFileInfo(info.path).fileName() << "\n";
        return std::nullopt;
    }
    if (found.isEmpty()) {
        io.err << tr("There is no template named \"%1\" in %2; \"sxstudio-cli templates list\" shows them.")
                      .arg(name, QDir::toNativeSeparators(store.folder()))
               << "\n";
        QStringList guesses;
        for (const TemplateInfo& info : store.search(name))
            guesses.append('"' + info.name + '"');
        if (!guesses.isEmpty())
            io.err << tr("Did you mean %1?").arg(guesses.join(", ")) << "\n";
        return std::nullopt;
    }
    // A broken template is still found, so that it can be shown and fixed; say what is wrong with it.
    if (!found.first().error.isEmpty())
        io.err << tr("Warning: %1 cannot be read: %2")
                      .arg(QDir::toNativeSeparators(found.first().path), found.first().error)
               << "\n";
    return found.first();
}

// Parses "templates ACTION NAME" and hands the named template to use; returns the exit status.
int withTemplate(const QString& action,
                 const QString& description,
                 const QStringList& args,
                 CliIo& io,
                 const std::function<int(const TemplateInfo&)>& use)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addPositionalArgument("NAME", tr("The template's name, or its file name."));
    if (auto status = parseArguments(parser, "templates " + action, args, io))
        return *status;
    if (parser.positionalArguments().size() != 1) {
        io.err << tr("Name one template: sxstudio-cli templates %1 NAME.").arg(action) << "\n";
        return ExitUsage;
    }
    const auto info = find(parser.positionalArguments().first(), io);
    return info ? use(*info) : ExitInvalid;
}

int path(const QStringList& args, CliIo& io)
{
    return withTemplate("path",
                        tr("Prints the file of a template, for other commands: "
                           "sxstudio-cli submit \"$(sxstudio-cli templates path NAME)\"."),
                        args, io, [&](const TemplateInfo& info) {
                            io.out << QDir::toNativeSeparators(info.path) << "\n";
                            return ExitOk;
                        });
}

int show(const QStringList& args, CliIo& io)
{
    return withTemplate(
        "show", tr("Prints a template's file as it is stored."), args, io, [&](const TemplateInfo& info) {
            QFile file(info.path);
            if (!file.open(QIODevice::ReadOnly)) {
                io.err << tr("%1: cannot read: %2").arg(QDir::toNativeSeparators(info.path), file.errorString())
                       << "\n";
                return ExitInvalid;
            }
            io.out << QString::fromUtf8(file.readAll());
            return ExitOk;
        });
}

void printUsage(QTextStream& s)
{
    s << tr("Usage:") << "\n"
      << "  sxstudio-cli templates list [--json]\n"
      << "  sxstudio-cli templates path NAME\n"
      << "  sxstudio-cli templates show NAME\n\n"
      << tr("The templates are those of the desktop app's library, in %1.")
             .arg(QDir::toNativeSeparators(TemplateStore::defaultFolder()))
      << "\n";
}

} // namespace

int runTemplates(const QStringList& args, CliIo& io)
{
    const QString sub = args.value(0);
    if (sub == "list")
        return list(args.mid(1), io);
    if (sub == "path")
        return path(args.mid(1), io);
    if (sub == "show")
        return show(args.mid(1), io);
    if (sub == "--help" || sub == "-h" || sub == "help") {
        printUsage(io.out);
        return ExitOk;
    }
    if (!sub.isEmpty())
        io.err << tr("Unknown templates command \"%1\".").arg(sub) << "\n";
    printUsage(io.err);
    return ExitUsage;
}

} // namespace sx::cli
