#include "AppSettings.h"
#include "ProfileStore.h"
#include "SchedulerXClient.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sx;

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultsMatchTheClient();
    void lastTargetRoundTrips();
    void userSettingsLiveUnderSxstudio();
    void roundTripsThroughTheFile();
    void clampsOutOfRangeValues();
    void readsForeignValuesAsDefaults();
    void historyCutoffFollowsRetention();
    void appliesTimeoutsToClientOptions();
    void keepsGeometryByKey();
    void restoreDefaultsKeepsGeometryAndProfiles();
    void reportsAFileThatCannotBeWritten();

private:
    QString iniPath() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAppSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAppSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestAppSettings::iniPath() const
{
    return m_dir->filePath("sxstudio.conf");
}

void TestAppSettings::defaultsMatchTheClient()
{
    AppSettings settings(iniPath());
    const ClientOptions client;
    QCOMPARE(settings.connectTimeoutSeconds() * 1000, client.connectTimeoutMs);
    QCOMPARE(settings.totalTimeoutSeconds() * 1000, client.totalTimeoutMs);
    QCOMPARE(settings.signatureVersion(), client.signature);
    QCOMPARE(settings.language(), QString());
    QVERIFY(settings.confirmBeforeSubmit());
    QCOMPARE(settings.historyRetentionDays(), 0);
    QVERIFY(!settings.historyCutoff());
    QVERIFY(settings.geometry("MainWindow").isEmpty());
    QVERIFY(settings.sync());
    QVERIFY(settings.lastError().isEmpty());
}

void TestAppSettings::userSettingsLiveUnderSxstudio()
{
    // Test mode: the path is under ~/.qttest, never the user's own settings. Nothing is written.
    AppSettings settings;
    const QString expected =
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + "/sxstudio/sxstudio.conf";
    QCOMPARE(settings.fileName(), expected);
}

void TestAppSettings::roundTripsThroughTheFile()
{
    {
        AppSettings settings(iniPath());
        settings.setLanguage("zh_CN");
        settings.setConnectTimeoutSeconds(5);
        settings.setTotalTimeoutSeconds(120);
        settings.setSignatureVersion(SignatureVersion::V2);
        settings.setConfirmBeforeSubmit(false);
        settings.setHistoryRetentionDays(90);
        QVERIFY2(settings.sync(), qPrintable(settings.lastError()));
    }
    QVERIFY(QFile::exists(iniPath()));
    AppSettings settings(iniPath());
    QCOMPARE(settings.language(), QString("zh_CN"));
    QCOMPARE(settings.connectTimeoutSeconds(), 5);
    QCOMPARE(settings.totalTimeoutSeconds(), 120);
    QCOMPARE(settings.signatureVersion(), SignatureVersion::V2);
    QVERIFY(!settings.confirmBeforeSubmit());
    QCOMPARE(settings.historyRetentionDays(), 90);
    // Stable, readable spellings in the file.
    QSettings raw(iniPath(), QSettings::IniFormat);
    QCOMPARE(raw.value("ui/language").toString(), QString("zh_CN"));
    QCOMPARE(raw.value("preferences/signatureVersion").toString(), QString("v2"));
    QCOMPARE(raw.value("preferences/connectTimeoutSeconds").toInt(), 5);
    QCOMPARE(raw.value("preferences/historyRetentionDays").toInt(), 90);
    // And back to following the system.
    settings.setLanguage("");
    QCOMPARE(settings.language(), QString());
    settings.setLanguage("en");
    QCOMPARE(settings.language(), QString("en"));
}

void TestAppSettings::clampsOutOfRangeValues()
{
    AppSettings settings(iniPath());
    settings.setConnectTimeoutSeconds(0);
    QCOMPARE(settings.connectTimeoutSeconds(), AppSettings::MinTimeoutSeconds);
    settings.setTotalTimeoutSeconds(1'000'000);
    QCOMPARE(settings.totalTimeoutSeconds(), AppSettings::MaxTimeoutSeconds);
    settings.setHistoryRetentionDays(-3);
    QCOMPARE(settings.historyRetentionDays(), 0);
    settings.setHistoryRetentionDays(100'000);
    QCOMPARE(settings.historyRetentionDays(), AppSettings::MaxHistoryRetentionDays);
    settings.setLanguage("zh_CN");
    settings.setLanguage("fr"); // not offered: follow the system
    QCOMPARE(settings.language(), QString());
}

void TestAppSettings::readsForeignValuesAsDefaults()
{
    QFile f(iniPath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[ui]\n"
            "language=klingon\n"
            "[preferences]\n"
            "connectTimeoutSeconds=soon\n"
            "totalTimeoutSeconds=-7\n"
            "signatureVersion=v9\n"
            "confirmBeforeSubmit=false\n"
            "historyRetentionDays=many\n");
    f.close();
    AppSettings settings(iniPath());
    QCOMPARE(settings.language(), QString());
    QCOMPARE(settings.connectTimeoutSeconds(), AppSettings::DefaultConnectTimeoutSeconds);
    QCOMPARE(settings.totalTimeoutSeconds(), AppSettings::MinTimeoutSeconds); // a number, clamped
    QCOMPARE(settings.signatureVersion(), SignatureVersion::V3);
    QVERIFY(!settings.confirmBeforeSubmit());
    QCOMPARE(settings.historyRetentionDays(), 0);
}

void TestAppSettings::historyCutoffFollowsRetention()
{
    AppSettings settings(iniPath());
    const QDateTime now = QDateTime::fromString("2026-03-31T12:00:00Z", Qt::ISODate);
    QVERIFY(!settings.historyCutoff(now));
    settings.setHistoryRetentionDays(30);
    const auto cut = settings.historyCutoff(now);
    QVERIFY(cut);
    QCOMPARE(*cut, QDateTime::fromString("2026-03-01T12:00:00Z", Qt::ISODate));
    settings.setHistoryRetentionDays(0);
    QVERIFY(!settings.historyCutoff(now));
}

void TestAppSettings::appliesTimeoutsToClientOptions()
{
    AppSettings settings(iniPath());
    settings.setConnectTimeoutSeconds(3);
    settings.setTotalTimeoutSeconds(45);
    ClientOptions options;
    options.maxAttempts = 7;
    settings.applyTimeouts(&options);
    QCOMPARE(options.connectTimeoutMs, 3000);
    QCOMPARE(options.totalTimeoutMs, 45000);
    QCOMPARE(options.maxAttempts, 7); // nothing else touched
}

void TestAppSettings::keepsGeometryByKey()
{
    const QByteArray window = QByteArray("\x01\xd9\xd0\xcb\x00\x03", 6) + QByteArray(40, '\0');
    const QByteArray state("state-blob");
    {
        AppSettings settings(iniPath());
        settings.setGeometry("MainWindow", window);
        settings.setGeometry("MainWindowState", state);
        settings.setGeometry("", "lost");
        settings.setGeometry("../preferences", "lost");
        QVERIFY(settings.sync());
    }
    AppSettings settings(iniPath());
    QCOMPARE(settings.geometry("MainWindow"), window);
    QCOMPARE(settings.geometry("MainWindowState"), state);
    QVERIFY(settings.geometry("SettingsDialog").isEmpty());
    QVERIFY(settings.geometry("").isEmpty());
    QVERIFY(settings.geometry("../preferences").isEmpty());
    QSettings raw(iniPath(), QSettings::IniFormat);
    QCOMPARE(raw.allKeys().size(), 2);

    // A quit that moved nothing writes nothing.
    const QDateTime written = QFileInfo(iniPath()).lastModified();
    QTest::qWait(20);
    settings.setGeometry("MainWindow", window);
    QVERIFY(settings.sync());
    QCOMPARE(QFileInfo(iniPath()).lastModified(), written);
    settings.setGeometry("MainWindow", state); // a changed one is written
    QVERIFY(settings.sync());
    QVERIFY(QFileInfo(iniPath()).lastModified() > written);
}

void TestAppSettings::restoreDefaultsKeepsGeometryAndProfiles()
{
    // sxstudio-cli keeps its profiles in the same file.
    Profile p;
    p.name = "prod";
    p.region = "cn-hangzhou";
    p.accessKeyId = "LTAI-EXAMPLE";
    {
        ProfileStore profiles(iniPath());
        QVERIFY(profiles.save(p));
    }
    {
        AppSettings settings(iniPath());
        settings.setLanguage("en");
        settings.setTotalTimeoutSeconds(9);
        settings.setConfirmBeforeSubmit(false);
        settings.setHistoryRetentionDays(7);
        settings.setGeometry("MainWindow", "blob");
        QVERIFY(settings.sync());
        settings.restoreDefaults();
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.totalTimeoutSeconds(), AppSettings::DefaultTotalTimeoutSeconds);
        QVERIFY(settings.confirmBeforeSubmit());
        QCOMPARE(settings.historyRetentionDays(), 0);
        QVERIFY(settings.sync());
    }
    AppSettings settings(iniPath());
    QCOMPARE(settings.totalTimeoutSeconds(), AppSettings::DefaultTotalTimeoutSeconds);
    QCOMPARE(settings.geometry("MainWindow"), QByteArray("blob"));
    ProfileStore profiles(iniPath());
    QCOMPARE(profiles.profile("prod"), std::optional<Profile>(p));
    QCOMPARE(profiles.defaultProfileName(), QString("prod"));
}

void TestAppSettings::reportsAFileThatCannotBeWritten()
{
    // A plain file where the folder should be: no one, root included, can create the settings file.
    QFile blocker(m_dir->filePath("blocker"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = m_dir->filePath("blocker/sxstudio.conf");
    AppSettings settings(path);
    settings.setHistoryRetentionDays(14);
    QVERIFY(!settings.sync());
    QVERIFY2(settings.lastError().contains(path), qPrintable(settings.lastError()));
    // The value is still there for this run.
    QCOMPARE(settings.historyRetentionDays(), 14);
}

void TestAppSettings::lastTargetRoundTrips()
{
    {
        AppSettings settings(iniPath());
        QCOMPARE(settings.lastTarget(), QString()); // the sandbox until a profile is chosen
        settings.setLastTarget("work");
        QVERIFY(settings.sync());
    }
    AppSettings settings(iniPath());
    QCOMPARE(settings.lastTarget(), QString("work"));
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "TestAppSettings.moc"
