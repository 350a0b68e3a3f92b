#include "CliSupport.h"
#include "Commands.h"
#include "Endpoint.h"
#include "HistoryStore.h"
#include "Placeholders.h"
#include "ProfileServices.h"
#include "RequestBuilder.h"
#include "SchedulerXClient.h"
#include "Signer.h"
#include "TargetResolver.h"
#include "Validator.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace sx::cli {

namespace {

struct PreparedJob
{
    QString path;
    JobFile file;
};

// Each job goes to its own region's endpoint (the profile's kind: public or VPC) unless --endpoint or the
// profile names a URL.
std::optional<QUrl>
resolveEndpoint(const QString& endpointOption, const SubmitTarget& target, const PreparedJob& job, CliIo& io)
{
    const EndpointKind kind = endpointOption.isEmpty() ? target.endpointKind : EndpointKind::Explicit;
    const QUrl explicitUrl = endpointOption.isEmpty() ? target.explicitEndpoint : QUrl(endpointOption);
    const QString region = job.file.job.text(Param::RegionId);
    const QUrl url = endpointFor(region, kind, explicitUrl);
    if (!url.isValid()) {
        io.err << job.path << ": " << endpointProblem(region, kind, explicitUrl) << "\n";
        return std::nullopt;
    }
    return url;
}

std::optional<SignatureVersion> signatureOption(const QString& text)
{
    if (text.isEmpty() || text == "v3")
        return SignatureVersion::V3;
    if (text == "v2")
        return SignatureVersion::V2;
    return std::nullopt;
}

int exitCodeFor(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Created:
        return ExitOk;
    case Outcome::Refused:
        return ExitRefused;
    case Outcome::Unknown:
    case Outcome::Failed:
        return ExitNetwork;
    }
    return ExitNetwork;
}

void printResult(const QString& path, const SubmitResult& r, bool json, CliIo& io)
{
    if (json) {
        const QJsonObject o {{"file", path},
                             {"ok", r.outcome == Outcome::Created},
                             {"outcome", outcomeName(r.outcome)},
                             {"jobId", r.jobId.isEmpty() ? QJsonValue() : QJsonValue(r.jobId)},
                             {"requestId", r.requestId.isEmpty() ? QJsonValue() : QJsonValue(r.requestId)},
                             {"httpStatus", r.httpStatus ? QJsonValue(r.httpStatus) : QJsonValue()},
                             {"code", r.code.isEmpty() ? QJsonValue() : QJsonValue(r.code)},
                             {"message", r.message},
                             {"attempts", r.attempts}};
        io.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
    } else if (r.outcome == Outcome::Created) {
        io.out << path << ": " << tr("created JobId %1 (RequestId %2)").arg(r.jobId, r.requestId) << "\n";
    } else if (r.outcome == Outcome::Refused) {
        io.out
            << path << ": "
            << tr("refused: %1: %2 (HTTP %3, RequestId %4)").arg(r.code, r.message).arg(r.httpStatus).arg(r.requestId)
            << "\n";
    } else if (r.outcome == Outcome::Unknown) {
        io.out << path << ": " << tr("outcome unknown: %1").arg(r.message) << "\n";
    } else {
        io.out << path << ": " << tr("not sent: %1").arg(r.message) << "\n";
    }
    if (!r.hint.isEmpty())
        io.err << path << ": " << r.hint << "\n";
    if (!r.serverStringToSign.isEmpty())
        io.err << path << ": " << tr("server string to sign: %1").arg(r.serverStringToSign) << "\n";
    if (!r.accessDeniedDetail.isEmpty())
        io.err << path << ": " << tr("access denied detail: %1").arg(r.accessDeniedDetail) << "\n";
    if (r.attempts > 1)
        io.err << path << ": " << tr("throttled; tried %1 times").arg(r.attempts) << "\n";
}

// Loads each file, fills its placeholders and region, and validates it; reports every problem. Returns
// the jobs only when all of them may be sent.
std::optional<QList<PreparedJob>>
prepareJobs(const QStringList& paths, const QHash<QString, QString>& values, const QString& region, CliIo& io)
{
    QList<PreparedJob> jobs;
    QSet<QString> placeholdersSeen;
    bool invalid = false;
    for (const QString& path : paths) {
        auto file = loadJobFile(path, io);
        if (!file) {
            invalid = true;
            continue;
        }
        // Placeholders are filled before validation, which then reports any left unfilled by name.
        for (const PlaceholderUse& use : Placeholders::uses(file->job))
            placeholdersSeen.insert(use.name);
        QStringList fillErrors;
        const auto filled = Placeholders::substitute(file->job, values, &fillErrors);
        for (const QString& fillError : fillErrors)
            io.err << path << ": " << tr("error") << ": " << fillError << "\n";
        if (!filled) {
            invalid = true;
            continue;
        }
        file->job = *filled;
        fillRegion(file->job, region);
        invalid = reportProblems(path, Validator::validate(file->job), io) || invalid;
        jobs.append({path, *file});
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!placeholdersSeen.contains(it.key()))
            io.err << tr("warning: --set %1: no file has the placeholder ${%1}.").arg(it.key()) << "\n";
    }
    if (invalid)
        return std::nullopt;
    return jobs;
}

// Opens the history for recording, or says why these submissions go unrecorded.
std::unique_ptr<HistoryStore> openHistory(CliIo& io)
{
    auto history = std::make_unique<HistoryStore>();
    if (history->isWritable())
        return history;
    io.err << history->errorString() << "\n"
           << tr("warning: continuing without history; these submissions are not recorded.") << "\n";
    return nullptr;
}

} // namespace

int runSubmit(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Validates job files, then signs and sends CreateJob for each. Credentials come from --profile; "
           "without it from ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and "
           "ALIBABA_CLOUD_SECURITY_TOKEN when set, else from the default profile."));
    parser.addPositionalArgument("FILE", tr("Job or template files (JSON)."), "FILE...");
    parser.addOptions({
        {"profile",
         tr("Sign with this profile (see \"sxstudio-cli profile list\"); its secret comes from the keychain."), "NAME"},
        {"region", tr("RegionId for files that leave it out (else ALIBABA_CLOUD_REGION_ID)."), "ID"},
        {"endpoint", tr("Send to this URL instead of the region's endpoint (https, or http to loopback)."), "URL"},
        {"signature", tr("Signature version: v3 (default) or v2."), "v3|v2"},
        {"connect-timeout", tr("Seconds to wait for a connection (default 10)."), "S"},
        {"timeout", tr("Seconds to wait for a whole answer (default 60)."), "S"},
        {"dry-run", tr("Print the signed request of each file and send nothing.")},
        {"json", tr("Print one JSON object per file.")},
        {"set", tr("Fill the template placeholder ${NAME} with VALUE (repeatable)."), "NAME=VALUE"},
        {"no-history", tr("Do not record these submissions in the history.")},
    });
    if (auto status = parseArguments(parser, "submit", args, io))
        return *status;
    const auto signature = signatureOption(parser.value("signature"));
    if (parser.positionalArguments().isEmpty() || !signature) {
        io.err << (signature ? tr("Name at least one job file.") : tr("--signature takes v3 or v2.")) << "\n";
        return ExitUsage;
    }
    QHash<QString, QString> values; // --set NAME=VALUE, for template placeholders
    for (const QString& assignment : parser.values("set")) {
        QString name, value, error;
        if (!Placeholders::parseAssignment(assignment, &name, &value, &error)) {
            io.err << "--set: " << error << "\n";
            return ExitUsage;
        }
        values.insert(name, value);
    }

    // Which profile (or the variables) signs decides the default region; the keychain is asked only once the
    // files are valid.
    ProfileServices services;
    QString targetError;
    auto target =
        TargetResolver::select(parser.value("profile"), services.environment(), services.profiles(), &targetError);

    // Everything is checked before anything is sent, so an invalid file never leaves half a batch behind.
    const QString region = parser.isSet("region") || !target ? parser.value("region") : target->region;
    const auto prepared = prepareJobs(parser.positionalArguments(), values, region, io);
    if (!prepared) {
        io.err << tr("Nothing was sent.") << "\n";
        return ExitInvalid;
    }
    const QList<PreparedJob>& jobs = *prepared;

    if (!target || !TargetResolver::loadSecrets(*target, services.profiles(), services.secrets(), &targetError)) {
        io.err << targetError << "\n";
        return ExitInvalid;
    }
    const std::optional<Credentials> credentials = target->credentials;
    ClientOptions options;
    options.signature = parser.isSet("signature") ? *signature : target->signature;
    options.connectTimeoutMs = target->connectTimeoutMs.value_or(options.connectTimeoutMs);
    options.totalTimeoutMs = target->totalTimeoutMs.value_or(options.totalTimeoutMs);
    if (parser.isSet("connect-timeout"))
        options.connectTimeoutMs = int(parser.value("connect-timeout").toDouble() * 1000);
    if (parser.isSet("timeout"))
        options.totalTimeoutMs = int(parser.value("timeout").toDouble() * 1000);
    if (options.connectTimeoutMs <= 0 || options.totalTimeoutMs <= 0) {
        io.err << tr("Timeouts must be positive numbers of seconds.") << "\n";
        return ExitUsage;
    }
    QList<QUrl> endpoints;
    for (const PreparedJob& job : jobs) {
        const auto endpoint = resolveEndpoint(parser.value("endpoint"), *target, job, io);
        if (!endpoint)
            return ExitInvalid;
        endpoints.append(*endpoint);
    }

    if (parser.isSet("dry-run")) {
        for (int i = 0; i < jobs.size(); ++i) {
            const SignedRequest request = Signer::sign(RequestBuilder::createJob(jobs[i].file.job), endpoints[i],
                                                       *credentials, options.signature, SigningContext::fresh());
            io.out << "# " << jobs[i].path << "\n" << request.toDisplayText() << "\n";
        }
        return ExitOk;
    }

    // Each attempt is recorded as pending before it is sent and completed after, so that a crash mid-request
    // leaves an "outcome unknown" entry. History is a record, never a reason not to submit.
    const std::unique_ptr<HistoryStore> history = parser.isSet("no-history") ? nullptr : openHistory(io);
    const QString historyProfile = target->profileName;
    SchedulerXClient client;
    int status = ExitOk;
    for (int i = 0; i < jobs.size(); ++i) {
        options.endpoint = endpoints[i];
        std::optional<qint64> entry;
        if (history) {
            const PreparedJob& job = jobs[i];
            HistoryAttempt attempt;
            attempt.profile = historyProfile;
            attempt.endpoint = endpoints[i].toString();
            attempt.region = job.file.job.text(Param::RegionId);
            attempt.signatureVersion = options.signature == SignatureVersion::V2 ? "v2" : "v3";
            attempt.templateSource = job.file.isTemplate ? job.file.name : QString();
            attempt.file = QFileInfo(job.path).absoluteFilePath();
            attempt.job = job.file.job;
            QString historyError;
            entry = history->begin(attempt, &historyError);
            if (!entry)
                io.err << historyError << "\n"
                       << tr("warning: %1 is sent without a history entry.").arg(job.path) << "\n";
        }
        const SubmitResult result = client.run(RequestBuilder::createJob(jobs[i].file.job), *credentials, options);
        QString historyError;
        if (entry && !history->complete(*entry, result, &historyError))
            io.err << historyError << "\n";
        printResult(jobs[i].path, result, parser.isSet("json"), io);
        status = std::max(status, exitCodeFor(result.outcome));
    }
    return status;
}

} // namespace sx::cli
