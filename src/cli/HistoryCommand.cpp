#include "CliSupport.h"
#include "Commands.h"
#include "HistoryStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace sx::cli {

namespace {

// Hands whole lines from HistoryStore::exportTo to a QTextStream (stdout, or a string in tests).
class TextStreamDevice : public QIODevice
{
public:
    explicit TextStreamDevice(QTextStream& stream)
        : m_stream(stream)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char*, qint64) override
    {
        return -1;
    }
    qint64 writeData(const char* data, qint64 size) override
    {
        m_stream << QString::fromUtf8(data, size); // exportTo writes whole lines: no split characters
        return size;
    }

private:
    QTextStream& m_stream;
};

std::optional<Outcome> outcomeOption(const QString& text)
{
    for (Outcome o : {Outcome::Created, Outcome::Refused, Outcome::Unknown, Outcome::Failed}) {
        if (outcomeName(o) == text)
            return o;
    }
    return std::nullopt;
}

// "2026-11-25" (local day) or an ISO date-time; an --until day includes the whole day.
std::optional<QDateTime> timeOption(const QString& text, bool endOfDay)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return endOfDay ? date.addDays(1).startOfDay() : date.startOfDay();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid())
        return time;
    return std::nullopt;
}

QString shownTime(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));
}

QString shownOutcome(const HistoryEntry& e)
{
    return e.pending ? tr("unknown (interrupted)") : outcomeName(e.outcome);
}

const QList<QCommandLineOption>& filterOptions()
{
    static const QList<QCommandLineOption> options = {
        {"search", tr("Entries whose name, namespace, group, JobId, RequestId or template contain TEXT."), "TEXT"},
        {"name", tr("Entries whose job name contains TEXT."), "TEXT"},
        {"job-id", tr("The entry with this JobId."), "ID"},
        {"request-id", tr("The entry with this RequestId."), "ID"},
        {"namespace", tr("Entries for this namespace."), "NS"},
        {"group", tr("Entries for this application group."), "GROUP"},
        {"profile", tr("Entries submitted with this profile (\"sandbox\" for the desktop app's sandbox)."), "NAME"},
        {"outcome", tr("created, refused, unknown or failed."), "OUTCOME"},
        {"since", tr("Entries from this date or ISO time on."), "TIME"},
        {"until", tr("Entries up to this date (inclusive) or before this ISO time."), "TIME"},
    };
    return options;
}

std::optional<HistoryQuery> queryFrom(const QCommandLineParser& parser, CliIo& io)
{
    HistoryQuery q;
    q.text = parser.value("search");
    q.name = parser.value("name");
    q.jobId = parser.value("job-id");
    q.requestId = parser.value("request-id");
    q.ns = parser.value("namespace");
    q.groupId = parser.value("group");
    q.profile = parser.value("profile");
    if (parser.isSet("outcome")) {
        q.outcome = outcomeOption(parser.value("outcome"));
        if (!q.outcome) {
            io.err << tr("--outcome takes created, refused, unknown or failed.") << "\n";
            return std::nullopt;
        }
    }
    for (const auto& [name, target, endOfDay] :
         {std::tuple {"since", &q.from, false}, std::tuple {"until", &q.to, true}}) {
        if (!parser.isSet(name))
            continue;
        const auto time = timeOption(parser.value(name), endOfDay);
        if (!time) {
            io.err << tr("--%1 takes a date (2026-11-25) or an ISO time (2026-11-25T08:00:00Z).").arg(name) << "\n";
            return std::nullopt;
        }
        *target = *time;
    }
    return q;
}

bool readNumber(const QCommandLineParser& parser, const QString& name, int minimum, int* value, CliIo& io)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    *value = parser.value(name).toInt(&ok);
    if (!ok || *value < minimum) {
        io.err << tr("--%1 takes a whole number of %2 or more.").arg(name).arg(minimum) << "\n";
        return false;
    }
    return true;
}

std::optional<qint64> entryId(const QStringList& positional, CliIo& io)
{
    bool ok = false;
    const qint64 id = positional.value(1).toLongLong(&ok);
    if (positional.size() != 2 || !ok || id <= 0) {
        io.err << tr("Name one history entry by its ID (see \"sxstudio-cli history\").") << "\n";
        return std::nullopt;
    }
    return id;
}

// Writes to FILE atomically, refusing to replace one unless forced.
bool writeOutput(const QString& path, bool force, const std::function<bool(QIODevice*, QString*)>& write, CliIo& io)
{
    if (QFileInfo::exists(path) && !force) {
        io.err << tr("%1 exists; use --force to replace it.").arg(path) << "\n";
        return false;
    }
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly)) {
        io.err << tr("%1: cannot write: %2").arg(path, file.errorString()) << "\n";
        return false;
    }
    if (!write(&file, &error)) {
        io.err << path << ": " << error << "\n";
        return false; // QSaveFile drops the partial file
    }
    if (!file.commit()) {
        io.err << tr("%1: not saved: %2").arg(path, file.errorString()) << "\n";
        return false;
    }
    return true;
}

int list(const HistoryStore& store, const QCommandLineParser& parser, CliIo& io)
{
    auto query = queryFrom(parser, io);
    int limit = 50;
    int offset = 0;
    if (!query || !readNumber(parser, "limit", 0, &limit, io) || !readNumber(parser, "offset", 0, &offset, io))
        return ExitUsage;
    query->limit = limit;
    query->offset = offset;
    QString error;
    const QList<HistoryEntry> entries = store.search(*query, &error);
    if (!error.isEmpty()) {
        io.err << error << "\n";
        return ExitInvalid;
    }
    if (parser.isSet("json")) {
        QJsonArray array;
        for (const HistoryEntry& e : entries)
            array.append(e.toJson());
        io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const HistoryEntry& e : entries) {
        io.out << QString::number(e.id).rightJustified(6) << "  " << shownTime(e.time) << "  "
               << outcomeName(e.outcome).leftJustified(8) << "  "
               << (e.jobId.isEmpty() ? QStringLiteral("-") : e.jobId).leftJustified(8) << "  " << e.name << "  ("
               << e.ns << " / " << e.groupId << ")";
        if (e.pending)
            io.out << "  " << tr("[interrupted]");
        io.out << "\n";
    }
    if (entries.isEmpty())
        io.err << tr("No matching history entries.") << "\n";
    return ExitOk;
}

int show(const HistoryStore& store, const QCommandLineParser& parser, CliIo& io)
{
    const auto id = entryId(parser.positionalArguments(), io);
    if (!id)
        return ExitUsage;
    QString error;
    const auto e = store.entry(*id, &error);
    if (!e) {
        io.err << error << "\n";
        return ExitInvalid;
    }
    if (parser.isSet("json")) {
        io.out << QJsonDocument(e->toJson()).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const QList<QPair<QString, QString>> rows = {
        {tr("Entry"), QString::number(e->id)},
        {tr("Time"), shownTime(e->time)},
        {tr("Outcome"), shownOutcome(*e)},
        {tr("Name"), e->name},
        {tr("Namespace"), e->ns},
        {tr("Group"), e->groupId},
        {tr("JobId"), e->jobId},
        {tr("RequestId"), e->requestId},
        {tr("HTTP status"), e->httpStatus ? QString::number(e->httpStatus) : QString()},
        {tr("Code"), e->code},
        {tr("Message"), e->message},
        {tr("Profile"), e->profile},
        {tr("Endpoint"), e->endpoint},
        {tr("Region"), e->region},
        {tr("Signature"), e->signatureVersion},
        {tr("Duration"), tr("%1 ms").arg(e->durationMs)},
        {tr("Attempts"), e->attempts ? QString::number(e->attempts) : QString()},
        {tr("Template"), e->templateSource},
        {tr("File"), e->file},
    };
    for (const auto& [label, value] : rows) {
        if (!value.isEmpty())
            io.out << QString(label + ':').leftJustified(13) << value << "\n";
    }
    if (e->pending) {
        io.out << "\n"
               << tr("This attempt never completed (the program stopped mid-request). The job may or may not have "
                     "been created: look it up in the console before submitting it again.")
               << "\n";
    }
    io.out << "\n" << tr("Job as sent:") << "\n" << QJsonDocument(e->job).toJson(QJsonDocument::Indented);
    if (!e->response.isEmpty())
        io.out << "\n" << tr("Answer:") << "\n" << QString::fromUtf8(e->response) << "\n";
    return ExitOk;
}

int exportEntries(const HistoryStore& store, const QCommandLineParser& parser, CliIo& io)
{
    const QString format = parser.value("format");
    if (format != "jsonl" && format != "csv") {
        io.err << tr("export needs --format jsonl or --format csv.") << "\n";
        return ExitUsage;
    }
    const auto query = queryFrom(parser, io);
    if (!query)
        return ExitUsage;
    const auto kind = format == "csv" ? HistoryStore::ExportFormat::Csv : HistoryStore::ExportFormat::JsonLines;
    auto write = [&](QIODevice* device, QString* error) { return store.exportTo(device, kind, *query, error); };
    if (parser.isSet("output"))
        return writeOutput(parser.value("output"), parser.isSet("force"), write, io) ? ExitOk : ExitInvalid;
    TextStreamDevice device(io.out);
    QString error;
    if (!write(&device, &error)) {
        io.err << error << "\n";
        return ExitInvalid;
    }
    return ExitOk;
}

int clone(const HistoryStore& store, const QCommandLineParser& parser, CliIo& io)
{
    const auto id = entryId(parser.positionalArguments(), io);
    if (!id)
        return ExitUsage;
    QString error;
    const auto file = store.clone(*id, &error);
    if (!file) {
        io.err << error << "\n";
        return ExitInvalid;
    }
    const QByteArray text = JobFileFormat::serialize(*file);
    if (!parser.isSet("output")) {
        io.out << QString::fromUtf8(text);
        return ExitOk;
    }
    auto write = [&](QIODevice* device, QString* writeError) {
        if (device->write(text) == text.size())
            return true;
        *writeError = device->errorString();
        return false;
    };
    if (!writeOutput(parser.value("output"), parser.isSet("force"), write, io))
        return ExitInvalid;
    io.err << tr("Wrote %1 from history entry %2.").arg(parser.value("output")).arg(*id) << "\n";
    return ExitOk;
}

} // namespace

int runHistory(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists, shows, exports and clones recorded submissions (newest first). The history is kept in %1.")
            .arg(HistoryStore::defaultPath()));
    parser.addPositionalArgument("ACTION", tr("Nothing to list; or show ID, export, clone ID."),
                                 "[show ID|export|clone ID]");
    parser.addOptions(filterOptions());
    parser.addOptions({
        {"limit", tr("List at most N entries (default 50; 0 for all)."), "N"},
        {"offset", tr("Skip the newest N matching entries (for paging)."), "N"},
        {"json", tr("Print JSON.")},
        {"format", tr("export: jsonl or csv."), "FORMAT"},
        {"output", tr("export, clone: write to FILE instead of standard output."), "FILE"},
        {"force", tr("export, clone: replace FILE if it exists.")},
    });
    if (auto status = parseArguments(parser, "history", args, io))
        return *status;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (!action.isEmpty() && action != "show" && action != "export" && action != "clone") {
        io.err << tr("Unknown history action \"%1\": use show, export or clone.").arg(action) << "\n";
        return ExitUsage;
    }
    if ((action.isEmpty() || action == "export") && positional.size() > 1) {
        io.err << tr("Unexpected argument \"%1\".").arg(positional.value(1)) << "\n";
        return ExitUsage;
    }

    if (action == "export" && parser.value("format") != "jsonl" && parser.value("format") != "csv") {
        io.err << tr("export needs --format jsonl or --format csv.") << "\n";
        return ExitUsage;
    }

    const QString path = HistoryStore::defaultPath();
    if (!QFileInfo::exists(path)) {
        // Nothing recorded yet; reading never creates the file.
        if (action.isEmpty() || action == "export") {
            io.err << tr("No history yet (%1).").arg(path) << "\n";
            if (action.isEmpty() && parser.isSet("json"))
                io.out << "[]\n";
            if (action == "export" && parser.value("format") == "csv")
                io.out << HistoryStore::csvColumns().join(',') << "\r\n";
            return ExitOk;
        }
        io.err << tr("No history yet (%1).").arg(path) << "\n";
        return ExitInvalid;
    }
    const HistoryStore store(path);
    if (!store.isOpen()) {
        io.err << store.errorString() << "\n";
        return ExitInvalid;
    }
    if (action == "show")
        return show(store, parser, io);
    if (action == "export")
        return exportEntries(store, parser, io);
    if (action == "clone")
        return clone(store, parser, io);
    return list(store, parser, io);
}

} // namespace sx::cli
