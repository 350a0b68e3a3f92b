// Renders the windows of sxstudio into PNG files for docs/screenshots, in one language, from sample data in
// a private folder: never the user's own settings, keychain or history.
//   sxstudio-screenshots <output folder> <en|zh_CN>
#include "AppContext.h"
#include "AppStyle.h"
#include "HistoryBrowser.h"
#include "ImportPreviewDialog.h"
#include "JobForm.h"
#include "JobKinds.h"
#include "MainWindow.h"
#include "PlaceholdersDialog.h"
#include "ProfilesDialog.h"
#include "RequestInspector.h"
#include "SandboxServer.h"
#include "SettingsDialog.h"
#include "Submission.h"
#include "SubmitPanel.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sx;

namespace {

QString s_folder;
QString s_language;

void save(QWidget* widget, const QString& name)
{
    widget->show();
    QTest::qWait(400); // layouts settle, the sandbox answers, fonts load
    const QString path = QDir(s_folder).filePath(QStringLiteral("%1-%2.png").arg(name, s_language));
    if (!widget->grab().save(path))
        qFatal("cannot write %s", qPrintable(path));
    qInfo("%s", qPrintable(path));
}

Job sampleJob(const SandboxServer& sandbox, const QString& name)
{
    Job job;
    job.set(Param::RegionId, QStringLiteral("cn-hangzhou"));
    job.set(Param::Namespace, sandbox.namespaces().first().uid);
    job.set(Param::GroupId, sandbox.groups().first().groupId);
    job.set(Param::Name, name);
    job.set(Param::JobType, QStringLiteral("java"));
    job.set(Param::ExecuteMode, QStringLiteral("standalone"));
    job.set(Param::ClassName, QStringLiteral("com.example.billing.ReconcileJob"));
    job.set(Param::TimeType, int(JobKinds::Cron));
    job.set(Param::TimeExpression, QStringLiteral("0 30 2 * * ?"));
    job.set(Param::Timezone, QStringLiteral("Asia/Shanghai"));
    return job;
}

// A history with a few days of mixed outcomes, recorded the way the window records them.
void fillHistory(AppContext& context, SandboxServer& sandbox)
{
    SchedulerXClient client;
    Submission submission(&client, context.history());
    const QStringList names {QStringLiteral("daily-reconcile"), QStringLiteral("order-cleanup"),
                             QStringLiteral("report-export"),   QStringLiteral("cache-warmup"),
                             QStringLiteral("invoice-mailer"),  QStringLiteral("metrics-rollup")};
    for (int i = 0; i < 12; ++i) {
        if (i % 5 == 3)
            sandbox.injectFault(SandboxFault::InternalError);
        HistoryAttempt attempt;
        attempt.profile = i % 3 ? QStringLiteral("sandbox") : QStringLiteral("prod-hangzhou");
        attempt.time = QDateTime::currentDateTimeUtc().addSecs(-3600 * (12 - i) * 5);
        attempt.job = sampleJob(sandbox, names.at(i % names.size()));
        if (i % 4 == 1)
            attempt.job.unset(Param::ClassName); // refused by the sandbox's validation
        ClientOptions options;
        options.endpoint = sandbox.url();
        QEventLoop loop;
        QObject::connect(&submission, &Submission::finished, &loop, &QEventLoop::quit);
        submission.start(attempt, sandbox.credentials(), options);
        loop.exec();
    }
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(new AppStyle); // as sxstudio shows itself
    if (argc != 3) {
        qWarning("usage: sxstudio-screenshots <output folder> <en|zh_CN>");
        return 2;
    }
    s_folder = QString::fromLocal8Bit(argv[1]);
    s_language = QString::fromLocal8Bit(argv[2]);
    QDir().mkpath(s_folder);

    QTemporaryDir home;
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("sxstudio-screenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("sxstudio-screenshots"));
    if (!Translations::install(s_language))
        qFatal("no translation for %s", argv[2]);

    const std::unique_ptr<AppContext> sample = AppContext::inFolder(home.path());
    AppContext& context = *sample;

    SandboxServer sandbox;
    if (!sandbox.listen())
        qFatal("the sandbox could not start");
    fillHistory(context, sandbox);
    Profile profile;
    profile.name = QStringLiteral("prod-hangzhou");
    profile.region = QStringLiteral("cn-hangzhou");
    profile.accessKeyId = QStringLiteral("LTAI5tExampleKeyId00");
    context.profiles->save(profile);
    context.secrets->writeNow(SecretStore::accessKeySecretKey(profile.name), QStringLiteral("not-a-real-secret"));
    for (const QString& name : {QStringLiteral("nightly-report"), QStringLiteral("hourly-sync")}) {
        JobFile file;
        file.isTemplate = true;
        file.name = name;
        file.job = sampleJob(sandbox, name + QStringLiteral("-${ENV}"));
        context.templates->add(file, nullptr);
    }

    MainWindow window(&context);
    window.setCurrentProfile(QString()); // the built-in sandbox
    window.resize(1280, 900);

    // A java cron job, submitted to the built-in sandbox: the JobId shows.
    window.jobForm()->setJob(sampleJob(*window.sandbox(), QStringLiteral("daily-reconcile")));
    window.submit();
    save(&window, QStringLiteral("composer-java-cron"));

    // An http job with a mistake marked at its field.
    Job http = sampleJob(*window.sandbox(), QStringLiteral("health-probe"));
    http.unset(Param::ClassName);
    http.set(Param::JobType, QStringLiteral("http"));
    http.set(Param::Content,
             QStringLiteral(R"({"url":"https://api.example.com/health","method":"GET","timeout":15,)"
                            R"("respKey":"status","respValue":"ok"})"));
    http.set(Param::TimeType, int(JobKinds::FixedRate));
    http.set(Param::TimeExpression, QStringLiteral("5")); // too short: at least 10 s
    window.jobForm()->setJob(http);
    window.submitPanel()->clear();
    save(&window, QStringLiteral("composer-http"));

    // Alerts with their contacts, the composer scrolled down to them.
    Job alerting = sampleJob(*window.sandbox(), QStringLiteral("daily-reconcile"));
    alerting.set(Param::FailEnable, true);
    alerting.set(Param::TimeoutEnable, true);
    alerting.set(Param::SendChannel, QStringLiteral("sms,mail"));
    alerting.setContacts(
        {{QStringLiteral("Li Lei"), QStringLiteral("13800001111"), QStringLiteral("lilei@example.com"), QString()},
         {QStringLiteral("Han Meimei"), QString(), QStringLiteral("hanmeimei@example.com"), QString()}});
    window.jobForm()->setJob(alerting);
    auto* scroll = window.jobForm()->findChild<QScrollArea*>(QStringLiteral("scrollArea"));
    QCoreApplication::processEvents(); // the form's new height, before scrolling to its end
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    save(&window, QStringLiteral("composer-alerts"));
    scroll->verticalScrollBar()->setValue(0);

    window.jobForm()->setJob(sampleJob(*window.sandbox(), QStringLiteral("daily-reconcile")));
    window.inspect();
    save(window.findChild<RequestInspector*>(), QStringLiteral("request-inspector"));
    window.findChild<RequestInspector*>()->hide();

    window.findChild<QDockWidget*>(QStringLiteral("templatesDock"))->show();
    window.findChild<QDockWidget*>(QStringLiteral("historyDock"))->show();
    save(&window, QStringLiteral("templates-and-history"));

    ProfilesDialog profiles(*context.profiles, *context.secrets, &window);
    profiles.selectProfile(profile.name);
    save(&profiles, QStringLiteral("profiles"));

    SettingsDialog settings(*context.settings, &window);
    save(&settings, QStringLiteral("settings"));

    // A template's placeholders, asked for at Submit.
    Job templated = sampleJob(*window.sandbox(), QStringLiteral("nightly-report-${ENV}"));
    templated.set(Param::Parameters, QStringLiteral("date=${DATE}&region=${REGION}"));
    PlaceholdersDialog placeholders(templated, &window);
    save(&placeholders, QStringLiteral("placeholders"));

    // What an import of the aliyun CLI's profiles would do, before it does it.
    const QString config = home.filePath(QStringLiteral("aliyun-config.json"));
    QFile file(config);
    if (file.open(QIODevice::WriteOnly))
        file.write(R"({"current": "dev", "profiles": [
            {"name": "dev", "mode": "AK", "access_key_id": "LTAIdevExample", "access_key_secret": "x",
             "region_id": "cn-shanghai"},
            {"name": "prod-hangzhou", "mode": "AK", "access_key_id": "LTAIprodExample", "access_key_secret": "x",
             "region_id": "cn-hangzhou"},
            {"name": "ci", "mode": "StsToken", "access_key_id": "STS.ciExample", "access_key_secret": "x",
             "sts_token": "x", "region_id": "cn-beijing"},
            {"name": "ops", "mode": "RamRoleArn", "access_key_id": "LTAIopsExample", "access_key_secret": "x",
             "ram_role_arn": "acs:ram::1:role/ops", "region_id": "cn-beijing"}]})");
    file.close();
    ImportPreviewDialog import(*context.profiles, *context.secrets, config, &window);
    save(&import, QStringLiteral("import-preview"));
    window.setWindowModified(false);
    return 0;
}
