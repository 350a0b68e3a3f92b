#include "AliyunConfigImporter.h"
#include "CliSupport.h"
#include "Commands.h"
#include "KeychainSecretStore.h"
#include "ProfileRename.h"
#include "ProfileServices.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

#include <termios.h>
#include <unistd.h>

namespace sx::cli {

namespace {

// Turns echo off on the terminal for as long as it lives, so a typed secret never shows.
class EchoOff
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    termios m_saved {};
    bool m_active = false;
};

// One line of standard input without its line ending; nothing at end of input. Asks without echo on a terminal.
std::optional<QString> readSecretLine(CliIo& io, const QString& prompt)
{
    if (!io.in)
        return std::nullopt;
    QByteArray line;
    if (io.inIsTerminal) {
        io.err << prompt << ": ";
        io.err.flush();
        EchoOff quiet;
        line = io.in->readLine();
    } else {
        line = io.in->readLine();
    }
    if (line.isEmpty())
        return std::nullopt;
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

// The keychain must be able to keep a secret for good before the command asks for one or changes anything.
bool keychainUsable(SecretStore& secrets, CliIo& io)
{
    if (secrets.probeNow() == SecretStore::State::Available)
        return true;
    io.err << secrets.stateText() << "\n"
           << tr("Nothing was changed: the command line keeps secrets only in the system keychain.") << "\n";
    return false;
}

QString endpointText(const Profile& p)
{
    const QUrl url = p.endpoint();
    return url.isEmpty() ? tr("(unusable: %1)").arg(p.problem()) : url.toString();
}

int add(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Adds a profile, or replaces the one of that name (options left out keep their values). Reads the "
           "AccessKey secret, then with --sts the security token, from standard input, one line each; on a "
           "terminal it asks for them without echo. Secrets go only to the system keychain."));
    parser.addPositionalArgument("NAME", tr("Profile name: letters, digits, dots, dashes, underscores."));
    parser.addOptions({
        {"region", tr("Region id, for example cn-hangzhou."), "ID"},
        {"access-key-id", tr("AccessKey ID (for STS, the temporary one)."), "ID"},
        {"sts", tr("STS credentials: also read a security token.")},
        {"signature", tr("Signature version: v3 (default) or v2."), "v3|v2"},
        {"endpoint", tr("Send to this URL (https, or http to this computer) instead of the region's endpoint."), "URL"},
        {"vpc", tr("Use the region's VPC endpoint.")},
        {"regional", tr("Use the region's public endpoint (the default).")},
        {"connect-timeout", tr("Seconds to wait for a connection (default 10)."), "S"},
        {"timeout", tr("Seconds to wait for a whole answer (default 30)."), "S"},
        {"default", tr("Make it the default profile.")},
    });
    if (auto status = parseArguments(parser, "profile add", args, io))
        return *status;
    if (parser.positionalArguments().size() != 1) {
        io.err << tr("Name one profile: sxstudio-cli profile add NAME [OPTIONS].") << "\n";
        return ExitUsage;
    }
    if (int(parser.isSet("endpoint")) + int(parser.isSet("vpc")) + int(parser.isSet("regional")) > 1) {
        io.err << tr("Give at most one of --endpoint, --vpc and --regional.") << "\n";
        return ExitUsage;
    }
    const QString name = parser.positionalArguments().first();
    if (!isValidProfileName(name)) {
        io.err << tr("\"%1\" is not a usable profile name: use 1 to 64 letters, digits, dots, dashes or "
                     "underscores.")
                      .arg(name)
               << "\n";
        return ExitInvalid;
    }

    ProfileServices services;
    ProfileStore& store = services.profiles();
    Profile p = store.profile(name).value_or(Profile {});
    p.name = name;
    if (parser.isSet("region"))
        p.region = parser.value("region").trimmed();
    if (parser.isSet("access-key-id"))
        p.accessKeyId = parser.value("access-key-id").trimmed();
    p.mode = parser.isSet("sts") ? AuthMode::Sts : AuthMode::AccessKey;
    if (parser.isSet("signature")) {
        const auto version = signatureVersionFromName(parser.value("signature"));
        if (!version) {
            io.err << tr("--signature takes v3 or v2.") << "\n";
            return ExitUsage;
        }
        p.signature = *version;
    }
    if (parser.isSet("endpoint")) {
        p.endpointKind = EndpointKind::Explicit;
        p.explicitEndpoint = QUrl(parser.value("endpoint"));
    } else if (parser.isSet("vpc") || parser.isSet("regional")) {
        p.endpointKind = parser.isSet("vpc") ? EndpointKind::Vpc : EndpointKind::Regional;
        p.explicitEndpoint.clear();
    }
    for (const auto& [option, field] :
         {std::pair {"connect-timeout", &p.connectTimeoutMs}, std::pair {"timeout", &p.totalTimeoutMs}}) {
        if (!parser.isSet(option))
            continue;
        bool ok = false;
        const double seconds = parser.value(option).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            io.err << tr("--%1 takes a number of seconds between 0 and 3600.").arg(QString::fromLatin1(option)) << "\n";
            return ExitUsage;
        }
        *field = int(seconds * 1000);
    }
    if (const QString problem = p.problem(); !problem.isEmpty()) {
        io.err << problem;
        if (p.region.isEmpty())
            io.err << " " << tr("Use --region.");
        if (p.accessKeyId.isEmpty())
            io.err << " " << tr("Use --access-key-id.");
        io.err << "\n" << tr("Nothing was saved.") << "\n";
        return ExitInvalid;
    }

    SecretStore& secrets = services.secrets();
    if (!keychainUsable(secrets, io))
        return ExitInvalid;
    const auto secret = readSecretLine(io, tr("AccessKey secret for %1").arg(p.accessKeyId));
    if (!secret || secret->isEmpty()) {
        io.err << tr("No AccessKey secret was given: send it as one line on standard input, or run the command "
                     "in a terminal to type it.")
               << "\n"
               << tr("Nothing was saved.") << "\n";
        return ExitInvalid;
    }
    std::optional<QString> token;
    if (p.mode == AuthMode::Sts) {
        token = readSecretLine(io, tr("STS security token"));
        if (!token || token->isEmpty()) {
            io.err << tr("No STS security token was given: with --sts, send it as the second line on standard "
                         "input.")
                   << "\n"
                   << tr("Nothing was saved.") << "\n";
            return ExitInvalid;
        }
    }

    SecretResult r = secrets.writeNow(SecretStore::accessKeySecretKey(name), *secret);
    if (r.ok()) {
        r = token ? secrets.writeNow(SecretStore::securityTokenKey(name), *token)
                  : secrets.removeNow(SecretStore::securityTokenKey(name));
    }
    if (!r.ok() || !secrets.isPersistent()) {
        io.err << tr("The keychain did not store the secret: %1").arg(r.ok() ? secrets.stateText() : r.message) << "\n"
               << tr("The profile was not saved.") << "\n";
        return ExitInvalid;
    }
    if (!store.save(p) || (parser.isSet("default") && !store.setDefaultProfileName(name))) {
        io.err << store.lastError() << "\n";
        return ExitInvalid;
    }
    io.out << tr("Saved profile \"%1\" (%2, %3); its %4 is in the system keychain.")
                  .arg(name, p.region, endpointText(p),
                       p.mode == AuthMode::Sts ? tr("secret and security token") : tr("secret"))
           << "\n";
    if (store.defaultProfileName() == name)
        io.out << tr("\"%1\" is the default profile.").arg(name) << "\n";
    return ExitOk;
}

int list(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the profiles. Never shows a secret."));
    parser.addOption({"json", tr("Print a JSON array.")});
    if (auto status = parseArguments(parser, "profile list", args, io))
        return *status;
    if (!parser.positionalArguments().isEmpty()) {
        io.err << tr("\"profile list\" takes no names.") << "\n";
        return ExitUsage;
    }
    ProfileServices services;
    const QList<Profile> profiles = services.profiles().profiles();
    const QString defaultName = services.profiles().defaultProfileName();
    if (parser.isSet("json")) {
        QJsonArray array;
        for (const Profile& p : profiles) {
            const QUrl url = p.endpoint();
            array.append(QJsonObject {
                {"name", p.name},
                {"region", p.region},
                {"accessKeyId", p.accessKeyId},
                {"mode", authModeName(p.mode)},
                {"signature", signatureVersionName(p.signature)},
                {"endpoint", url.isEmpty() ? QJsonValue() : QJsonValue(url.toString())},
                {"endpointKind", endpointKindName(p.endpointKind)},
                {"connectTimeoutMs", p.connectTimeoutMs},
                {"totalTimeoutMs", p.totalTimeoutMs},
                {"default", p.name == defaultName},
            });
        }
        io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (profiles.isEmpty()) {
        io.out << tr("No profiles. Add one with \"sxstudio-cli profile add NAME --region ID --access-key-id ID\", "
                     "or import the aliyun CLI's with \"sxstudio-cli profile import-aliyun\".")
               << "\n";
        return ExitOk;
    }
    for (const Profile& p : profiles) {
        io.out << (p.name == defaultName ? "* " : "  ") << p.name << "  " << p.region << "  " << p.accessKeyId << "  "
               << authModeName(p.mode) << "  " << signatureVersionName(p.signature) << "  " << endpointText(p) << "\n";
    }
    return ExitOk;
}

int remove(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Removes a profile and its secrets from the keychain."));
    parser.addPositionalArgument("NAME", tr("Profile name."));
    if (auto status = parseArguments(parser, "profile remove", args, io))
        return *status;
    if (parser.positionalArguments().size() != 1) {
        io.err << tr("Name one profile: sxstudio-cli profile remove NAME.") << "\n";
        return ExitUsage;
    }
    const QString name = parser.positionalArguments().first();
    ProfileServices services;
    ProfileStore& store = services.profiles();
    if (!store.contains(name)) {
        io.err << tr("There is no profile named \"%1\"; \"sxstudio-cli profile list\" shows them.").arg(name) << "\n";
        return ExitInvalid;
    }
    // Secrets first: a profile whose secrets could not be removed stays, so that removing it can be retried.
    SecretStore& secrets = services.secrets();
    if (!keychainUsable(secrets, io))
        return ExitInvalid;
    for (const QString& key : {SecretStore::accessKeySecretKey(name), SecretStore::securityTokenKey(name)}) {
        const SecretResult r = secrets.removeNow(key);
        if (!r.ok()) {
            io.err << tr("Could not remove the secrets of \"%1\" from the keychain: %2").arg(name, r.message) << "\n"
                   << tr("The profile was kept; try again.") << "\n";
            return ExitInvalid;
        }
    }
    const bool wasDefault = store.defaultProfileName() == name;
    if (!store.remove(name)) {
        io.err << store.lastError() << "\n";
        return ExitInvalid;
    }
    io.out << tr("Removed profile \"%1\" and its secrets.").arg(name) << "\n";
    if (wasDefault && !store.defaultProfileName().isEmpty())
        io.out << tr("\"%1\" is now the default profile.").arg(store.defaultProfileName()) << "\n";
    return ExitOk;
}

int rename(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Renames a profile; its secrets move to the new name in the keychain."));
    parser.addPositionalArgument("OLD", tr("The profile's name."));
    parser.addPositionalArgument("NEW", tr("Its new name."));
    if (auto status = parseArguments(parser, "profile rename", args, io))
        return *status;
    const QStringList names = parser.positionalArguments();
    if (names.size() != 2) {
        io.err << tr("Give the old and the new name: sxstudio-cli profile rename OLD NEW.") << "\n";
        return ExitUsage;
    }
    ProfileServices services;
    if (!services.profiles().contains(names[0])) {
        io.err << tr("There is no profile named \"%1\"; \"sxstudio-cli profile list\" shows them.").arg(names[0])
               << "\n";
        return ExitInvalid;
    }
    if (!keychainUsable(services.secrets(), io))
        return ExitInvalid;
    std::optional<RenameResult> result;
    QEventLoop loop;
    renameProfile(services.profiles(), services.secrets(), names[0], names[1], [&](const RenameResult& r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    if (!result->ok) {
        io.err << result->message << "\n";
        return ExitInvalid;
    }
    io.out << tr("Renamed profile \"%1\" to \"%2\".").arg(names[0], names[1]) << "\n";
    if (!result->message.isEmpty())
        io.err << result->message << "\n";
    return ExitOk;
}

int importAliyun(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports the aliyun CLI's AK and StsToken profiles; their secrets go straight into the system "
           "keychain. Other kinds of profile are listed, not imported. The file itself is left as it is."));
    parser.addPositionalArgument("PATH", tr("The aliyun CLI's configuration (default ~/.aliyun/config.json)."),
                                 "[PATH]");
    if (auto status = parseArguments(parser, "profile import-aliyun", args, io))
        return *status;
    if (parser.positionalArguments().size() > 1) {
        io.err << tr("Give at most one file.") << "\n";
        return ExitUsage;
    }
    ProfileServices services;
    const QString path = parser.positionalArguments().isEmpty()
        ? AliyunConfigImporter::defaultPath(services.environment())
        : parser.positionalArguments().first();
    QString error;
    const auto report = AliyunConfigImporter::importFile(path, services.profiles(), services.secrets(), &error);
    if (report) {
        for (const QString& name : report->imported)
            io.out << tr("Imported \"%1\".").arg(name) << "\n";
        for (const QString& what : report->unsupported)
            io.out << tr("Not imported, not supported: %1. Only AK and StsToken profiles can be imported.").arg(what)
                   << "\n";
        for (const QString& what : report->skipped)
            io.out << tr("Not imported: %1.").arg(what) << "\n";
        if (!report->newDefault.isEmpty())
            io.out << tr("\"%1\" is the default profile.").arg(report->newDefault) << "\n";
        if (report->imported.isEmpty() && error.isEmpty())
            io.out << tr("Nothing was imported from %1.").arg(path) << "\n";
    }
    if (!error.isEmpty()) {
        io.err << error << "\n";
        return ExitInvalid;
    }
    return ExitOk;
}

void printUsage(QTextStream& s)
{
    s << tr("Usage:") << "\n"
      << "  sxstudio-cli profile add NAME [--region ID] [--access-key-id ID] [--sts] [--signature v3|v2]\n"
      << "                           [--endpoint URL|--vpc] [--default]\n"
      << "  sxstudio-cli profile list [--json]\n"
      << "  sxstudio-cli profile remove NAME\n"
      << "  sxstudio-cli profile rename OLD NEW\n"
      << "  sxstudio-cli profile import-aliyun [PATH]\n\n"
      << tr("Profiles live in the application's settings; their secrets only in the system keychain "
            "(service \"%1\").")
             .arg(QString::fromLatin1(KeychainSecretStore::DefaultService))
      << "\n";
}

} // namespace

int runProfile(const QStringList& args, CliIo& io)
{
    const QString sub = args.value(0);
    if (sub == "add")
        return add(args.mid(1), io);
    if (sub == "list")
        return list(args.mid(1), io);
    if (sub == "remove")
        return remove(args.mid(1), io);
    if (sub == "rename")
        return rename(args.mid(1), io);
    if (sub == "import-aliyun")
        return importAliyun(args.mid(1), io);
    if (sub == "--help" || sub == "-h" || sub == "help") {
        printUsage(io.out);
        return ExitOk;
    }
    if (!sub.isEmpty())
        io.err << tr("Unknown profile command \"%1\".").arg(sub) << "\n";
    printUsage(io.err);
    return ExitUsage;
}

} // namespace sx::cli
