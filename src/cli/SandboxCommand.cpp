#include "Commands.h"
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <unistd.h>

namespace sx::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

// SIGINT/SIGTERM reach the event loop through a pipe, because a signal handler may do next to nothing.
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// "NAME" or "NAME:COUNT"; COUNT defaults to 1.
bool parseFault(const QString& text, SandboxFault* fault, int* count)
{
    const QStringList parts = text.split(u':');
    const auto f = sandboxFaultFromName(parts.first());
    if (!f || parts.size() > 2)
        return false;
    *fault = *f;
    *count = 1;
    if (parts.size() == 2) {
        bool ok = false;
        *count = parts[1].toInt(&ok);
        return ok && *count > 0;
    }
    return true;
}

} // namespace

int runSandbox(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs a local stand-in for the SchedulerX OpenAPI on 127.0.0.1: it checks V2 and V3 signatures for the "
           "credentials it prints, applies the CreateJob rules and answers like the service, until stopped."));
    parser.addHelpOption();
    const QCommandLineOption port("port", tr("Port to listen on (default: any free port)."), "N", "0");
    const QCommandLineOption delay("delay", tr("Wait this long before every answer."), "MS", "0");
    const QCommandLineOption fault("fault",
                                   tr("Misbehave on the next COUNT requests (default 1); repeatable. NAME is one "
                                      "of: %1.")
                                       .arg(sandboxFaultNames().join(", ")),
                                   "NAME[:COUNT]");
    const QCommandLineOption throttle("throttle", tr("Refuse the next N requests with Throttling.User."), "N");
    const QCommandLineOption keyId("access-key-id",
                                   tr("Accept this AccessKeyId instead of a random one; its secret comes from "
                                      "ALIBABA_CLOUD_ACCESS_KEY_SECRET when set, else it is random."),
                                   "ID");
    const QCommandLineOption token("security-token", tr("Also require this STS security token."), "TOKEN");
    const QCommandLineOption quiet("quiet", tr("Do not log requests on stderr."));
    parser.addOptions({port, delay, fault, throttle, keyId, token, quiet});

    if (!parser.parse(QStringList {QStringLiteral("sxstudio-cli sandbox")} + args)) {
        io.err << parser.errorText() << "\n";
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        io.err << tr("sandbox takes no file arguments.") << "\n";
        return ExitUsage;
    }

    SandboxOptions options;
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        io.err << tr("--port needs a number from 0 to 65535.") << "\n";
        return ExitUsage;
    }
    options.port = static_cast<quint16>(portNumber);
    options.delayMs = parser.value(delay).toInt(&ok);
    if (!ok || options.delayMs < 0) {
        io.err << tr("--delay needs a number of milliseconds.") << "\n";
        return ExitUsage;
    }
    for (const QString& text : parser.values(fault)) {
        SandboxFault f;
        int count = 0;
        if (!parseFault(text, &f, &count)) {
            io.err << tr("Unknown fault \"%1\"; use one of %2, optionally with :COUNT.")
                          .arg(text, sandboxFaultNames().join(", "))
                   << "\n";
            return ExitUsage;
        }
        options.faults.append({f, count});
    }
    if (parser.isSet(throttle)) {
        const int n = parser.value(throttle).toInt(&ok);
        if (!ok || n < 1) {
            io.err << tr("--throttle needs a positive number of requests.") << "\n";
            return ExitUsage;
        }
        options.faults.append({SandboxFault::Throttle, n});
    }

    Credentials accepted = SandboxServer::randomCredentials();
    const bool secretFromEnv = parser.isSet(keyId) && qEnvironmentVariableIsSet("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    if (parser.isSet(keyId)) {
        accepted.accessKeyId = parser.value(keyId);
        if (secretFromEnv)
            accepted.accessKeySecret = qEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
        if (accepted.accessKeyId.isEmpty() || accepted.accessKeySecret.isEmpty()) {
            io.err << tr("The AccessKeyId and its secret must not be empty.") << "\n";
            return ExitUsage;
        }
    }
    accepted.securityToken = parser.value(token);
    options.credentials = {accepted};

    if (!QCoreApplication::instance()) {
        io.err << tr("The sandbox needs an application event loop.") << "\n";
        return ExitNetwork;
    }
    SandboxServer server(options);
    if (!server.listen()) {
        io.err << tr("Cannot listen on 127.0.0.1:%1: %2").arg(options.port).arg(server.errorString()) << "\n";
        return ExitNetwork;
    }

    const QString endpoint = server.url().toString();
    io.out << "# " << tr("SchedulerX sandbox listening on %1").arg(endpoint) << "\n";
    io.out << "export ALIBABA_CLOUD_ACCESS_KEY_ID=" << accepted.accessKeyId << "\n";
    if (secretFromEnv) // never echo a secret the user brought; they already have it
        io.out << "# " << tr("ALIBABA_CLOUD_ACCESS_KEY_SECRET: the value already in the environment") << "\n";
    else
        io.out << "export ALIBABA_CLOUD_ACCESS_KEY_SECRET=" << accepted.accessKeySecret << "\n";
    if (!accepted.securityToken.isEmpty())
        io.out << "export ALIBABA_CLOUD_SECURITY_TOKEN=" << accepted.securityToken << "\n";
    io.out << "export ALIBABA_CLOUD_REGION_ID=cn-hangzhou\n";
    io.out << "# " << tr("endpoint: %1  (sxstudio-cli submit --endpoint %1 FILE...)").arg(endpoint) << "\n";
    for (const SandboxNamespace& ns : server.namespaces())
        io.out << "# " << tr("namespace %1 (%2)").arg(ns.uid, ns.name) << "\n";
    for (const SandboxGroup& g : server.groups())
        io.out << "# " << tr("group %1 in namespace %2").arg(g.groupId, g.namespaceUid) << "\n";
    io.out.flush();

    if (!parser.isSet(quiet)) {
        QObject::connect(&server, &SandboxServer::exchanged, &server, [&io](const SandboxExchange& e) {
            QString line = e.at.toString(Qt::ISODate) + u' ' + QString::fromLatin1(e.method) + u' ' +
                (e.action.isEmpty() ? QStringLiteral("-") : e.action) + u' ' +
                (e.signature.isEmpty() ? QStringLiteral("-") : e.signature) + u' ' +
                (e.httpStatus ? QString::number(e.httpStatus) : QStringLiteral("(no answer)")) + u' ' + e.code;
            if (e.jobId)
                line += QStringLiteral(" JobId=%1").arg(e.jobId);
            if (!e.fault.isEmpty())
                line += QStringLiteral(" fault=%1").arg(e.fault);
            io.err << line << "\n";
            io.err.flush();
        });
    }

    if (::pipe(g_signalPipe) != 0) {
        io.err << tr("Cannot set up signal handling.") << "\n";
        return ExitNetwork;
    }
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, QCoreApplication::instance(),
                     [] { QCoreApplication::quit(); });
    auto previousInt = std::signal(SIGINT, onSignal);
    auto previousTerm = std::signal(SIGTERM, onSignal);

    QCoreApplication::exec();

    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    notifier.setEnabled(false);
    ::close(g_signalPipe[0]);
    ::close(g_signalPipe[1]);
    g_signalPipe[0] = g_signalPipe[1] = -1;
    server.close();
    io.err << QCoreApplication::translate("Cli", "Sandbox stopped; %n job(s) created.", nullptr, server.jobs().size())
           << "\n";
    return ExitOk;
}

} // namespace sx::cli
