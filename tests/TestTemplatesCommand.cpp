#include "CliRun.h"
#include "Commands.h"
#include "JobFile.h"
#include "TemplateStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sx;

// "sxstudio-cli templates ..." run in-process, over a library under a temporary XDG_DATA_HOME.
class TestTemplatesCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void isListedInTheTopLevelHelp();
    void saysWhenTheLibraryIsEmpty();
    void listsTemplatesWithTypesAndPaths();
    void listsJson();
    void listsMalformedFileWithItsProblem();
    void pathPrintsTheFile();
    void pathOfMissingTemplateNamesIt();
    void pathOfAmbiguousNameListsTheFiles();
    void showPrintsTheStoredBytes();
    void helpNamesTheCommand();
    void rejectsBadUsage_data();
    void rejectsBadUsage();

private:
    static CliRun run(const QStringList& args);
    static QString add(const QString& name, const QString& jobType, int timeType);
    static QString writeRaw(const QString& fileName, const QByteArray& bytes);

    std::unique_ptr<QTemporaryDir> m_data;
};

void TestTemplatesCommand::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_data->path()));
    QVERIFY(TemplateStore::defaultFolder().startsWith(m_data->path())); // never the user's own library
}

void TestTemplatesCommand::cleanup()
{
    qunsetenv("XDG_DATA_HOME");
}

CliRun TestTemplatesCommand::run(const QStringList& args)
{
    return runCliCaptured(QStringList {"templates"} + args);
}

// A template saved the way the desktop app saves one, into the default library.
QString TestTemplatesCommand::add(const QString& name, const QString& jobType, int timeType)
{
    JobFile file;
    file.name = name;
    file.description = "for " + name;
    file.job.set(Param::Namespace, QStringLiteral("${NS}"));
    file.job.set(Param::GroupId, QStringLiteral("group-1"));
    file.job.set(Param::Name, name);
    file.job.set(Param::JobType, jobType);
    file.job.set(Param::TimeType, timeType);
    QString error;
    const auto path = TemplateStore().add(file, &error);
    if (!path)
        qFatal("cannot add %s: %s", qPrintable(name), qPrintable(error));
    return *path;
}

QString TestTemplatesCommand::writeRaw(const QString& fileName, const QByteArray& bytes)
{
    QDir().mkpath(TemplateStore::defaultFolder());
    const QString path = QDir(TemplateStore::defaultFolder()).filePath(fileName);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestTemplatesCommand::isListedInTheTopLevelHelp()
{
    const CliRun r = runCliCaptured({"--help"});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains("\n  templates "), qPrintable(r.out));
}

void TestTemplatesCommand::saysWhenTheLibraryIsEmpty()
{
    CliRun r = run({"list"});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("No templates yet") && r.err.contains(TemplateStore::defaultFolder()), qPrintable(r.err));
    r = run({"list", "--json"});
    QCOMPARE(r.status, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).isArray());
    QVERIFY(!QFileInfo::exists(TemplateStore::defaultFolder())); // listing never creates the folder
}

void TestTemplatesCommand::listsTemplatesWithTypesAndPaths()
{
    const QString nightly = add("nightly", "http", 3);
    const QString daily = add("Daily report", "java", 1);
    const CliRun r = run({"list"});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    // By name, case-insensitively; columns aligned to the longest name; time types by their names.
    QVERIFY2(lines[0].startsWith("Daily report  java  cron        "), qPrintable(lines[0]));
    QVERIFY2(lines[0].endsWith(daily), qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith("nightly       http  fixed rate  "), qPrintable(lines[1]));
    QVERIFY2(lines[1].endsWith(nightly), qPrintable(lines[1]));
}

void TestTemplatesCommand::listsJson()
{
    const QString nightly = add("nightly", "http", 3);
    const QString daily = add("Daily report", "java", 1);
    const CliRun r = run({"list", "--json"});
    QCOMPARE(r.status, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), 2);
    const QJsonObject first = array[0].toObject();
    QCOMPARE(first.value("name").toString(), QString("Daily report"));
    QCOMPARE(first.value("path").toString(), daily);
    QCOMPARE(first.value("jobType").toString(), QString("java"));
    QCOMPARE(first.value("timeType").toString(), QString("1"));
    QCOMPARE(first.value("description").toString(), QString("for Daily report"));
    QCOMPARE(first.value("placeholders").toArray(), QJsonArray {"NS"});
    QVERIFY(!first.contains("error"));
    const QJsonObject second = array[1].toObject();
    QCOMPARE(second.value("name").toString(), QString("nightly"));
    QCOMPARE(second.value("path").toString(), nightly);
    QCOMPARE(second.value("jobType").toString(), QString("http"));
}

void TestTemplatesCommand::listsMalformedFileWithItsProblem()
{
    add("nightly", "http", 3);
    const QString broken = writeRaw("broken.json", "{\"format\": \"sxstudio-job\", \"job\": {\n");
    CliRun r = run({"list"});
    QCOMPARE(r.status, 0);
    const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].startsWith("broken   -     -           " + broken + "  [cannot be read: line "),
             qPrintable(lines[0]));
    QVERIFY(lines[1].startsWith("nightly  http  fixed rate  "));

    r = run({"list", "--json"});
    QCOMPARE(r.status, 0);
    const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(array.size(), 2);
    const QJsonObject bad = array[0].toObject();
    QCOMPARE(bad.value("name").toString(), QString("broken"));
    QCOMPARE(bad.value("path").toString(), broken);
    QVERIFY2(bad.value("error").toString().startsWith("line 2"), qPrintable(bad.value("error").toString()));
    QVERIFY(!bad.contains("jobType"));

    // Still found by name, with a warning, so that it can be looked at and fixed.
    r = run({"path", "broken"});
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out, broken + "\n");
    QVERIFY2(r.err.contains("cannot be read"), qPrintable(r.err));
}

void TestTemplatesCommand::pathPrintsTheFile()
{
    add("nightly", "http", 3);
    const QString daily = add("Daily report", "java", 1);
    CliRun r = run({"path", "Daily report"});
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out, daily + "\n"); // one line, ready for "$(...)"
    QVERIFY(r.err.isEmpty());
    r = run({"path", "Daily_report.json"}); // the file name works too
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out, daily + "\n");
}

void TestTemplatesCommand::pathOfMissingTemplateNamesIt()
{
    add("Daily report", "java", 1);
    CliRun r = run({"path", "weekly"});
    QCOMPARE(r.status, int(cli::ExitInvalid));
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("\"weekly\"") && r.err.contains(TemplateStore::defaultFolder()), qPrintable(r.err));
    QVERIFY(!r.err.contains("Did you mean"));

    r = run({"show", "daily"});
    QCOMPARE(r.status, int(cli::ExitInvalid));
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("\"daily\"") && r.err.contains("Did you mean \"Daily report\"?"), qPrintable(r.err));
}

void TestTemplatesCommand::pathOfAmbiguousNameListsTheFiles()
{
    add("nightly", "http", 3);
    const QString copy = writeRaw("other.json", R"({"format": "sxstudio-job", "version": 1,
        "name": "nightly", "job": {"JobType": "java"}})");
    CliRun r = run({"path", "nightly"});
    QCOMPARE(r.status, int(cli::ExitInvalid));
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("nightly.json") && r.err.contains("other.json"), qPrintable(r.err));
    r = run({"path", "other.json"});
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out, copy + "\n");
}

void TestTemplatesCommand::showPrintsTheStoredBytes()
{
    // Hand-written: its own spacing, key order and non-ASCII text must come out unchanged, not re-serialized.
    const QByteArray bytes = "{ \"format\":\"sxstudio-job\",\"version\":1,\"name\":\"每日报表\",\n"
                             "  \"job\": {\"Name\": \"report-${ENV}\",   \"JobType\": \"java\"} }\n";
    writeRaw("daily.json", bytes);
    CliRun r = run({"show", "每日报表"});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QCOMPARE(r.out.toUtf8(), bytes);

    const QString saved = add("nightly", "http", 3);
    QFile f(saved);
    QVERIFY(f.open(QIODevice::ReadOnly));
    r = run({"show", "nightly"});
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out.toUtf8(), f.readAll());
}

void TestTemplatesCommand::helpNamesTheCommand()
{
    // As typed, not as the path the program was started from.
    const CliRun r = run({"path", "--help"});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.startsWith("Usage: sxstudio-cli templates path [options] NAME\n"), qPrintable(r.out));
}

void TestTemplatesCommand::rejectsBadUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no sub-command") << QStringList {};
    QTest::newRow("unknown sub-command") << QStringList {"remove", "x"};
    QTest::newRow("list with a name") << QStringList {"list", "x"};
    QTest::newRow("path without a name") << QStringList {"path"};
    QTest::newRow("show with two names") << QStringList {"show", "a", "b"};
    QTest::newRow("unknown option") << QStringList {"list", "--yaml"};
}

void TestTemplatesCommand::rejectsBadUsage()
{
    QFETCH(QStringList, args);
    const CliRun r = run(args);
    QCOMPARE(r.status, int(cli::ExitUsage));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestTemplatesCommand)
#include "TestTemplatesCommand.moc"
