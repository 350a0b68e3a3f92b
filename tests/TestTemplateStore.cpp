#include "TemplateStore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sx;

class TestTemplateStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultFolderIsUnderAppData();
    void addWritesStableTwoSpaceFile();
    void listsInStableOrderAndReportsBrokenFiles();
    void searchesNameDescriptionAndJob();
    void renameMovesFileAndKeepsUnknownFields();
    void renameRefusesTakenName();
    void duplicateNamesCopies();
    void removeDeletes();
    void loadErrorsNameTheFile();
    void writeAnywhereAndFailureLeavesOldFile();
    void fileNamesArePortable_data();
    void fileNamesArePortable();

private:
    static JobFile sample(const QString& name);
    static QByteArray read(const QString& path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTemplateStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTemplateStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

JobFile TestTemplateStore::sample(const QString& name)
{
    JobFile file;
    file.isTemplate = true;
    file.name = name;
    file.description = QString("for " + name);
    file.job.set(Param::Namespace, QStringLiteral("${NS}"));
    file.job.set(Param::GroupId, QString("group-" + name));
    file.job.set(Param::Name, name);
    file.job.set(Param::JobType, QStringLiteral("java"));
    file.job.set(Param::Timeout, QStringLiteral("${TIMEOUT}"));
    file.extraFields.insert("owner", "ops");
    return file;
}

QByteArray TestTemplateStore::read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestTemplateStore::defaultFolderIsUnderAppData()
{
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCOMPARE(TemplateStore::defaultFolder(), appData + "/templates");
    QVERIFY(appData.contains(".qttest")); // test mode: never the user's own data
}

void TestTemplateStore::addWritesStableTwoSpaceFile()
{
    TemplateStore store(m_dir->filePath("library")); // created on first write
    QString error;
    const auto path = store.add(sample("nightly report"), &error);
    QVERIFY2(path, qPrintable(error));
    QCOMPARE(QFileInfo(*path).fileName(), QString("nightly_report.json"));
    const QByteArray text = read(*path);
    QCOMPARE(text, JobFileFormat::serialize(sample("nightly report")));
    QVERIFY(text.startsWith("{\n  \"format\": \"sxstudio-job\",\n  \"version\": 1,\n"));
    QVERIFY(text.contains("\n    \"Timeout\": \"${TIMEOUT}\""));
    // QSaveFile leaves nothing else behind.
    QCOMPARE(QDir(store.folder()).entryList(QDir::Files), QStringList {"nightly_report.json"});
    // The same name again gets a new file rather than overwriting.
    const auto second = store.add(sample("nightly report"), &error);
    QVERIFY(second);
    QCOMPARE(QFileInfo(*second).fileName(), QString("nightly_report-2.json"));
}

void TestTemplateStore::listsInStableOrderAndReportsBrokenFiles()
{
    TemplateStore store(m_dir->path());
    QString error;
    QVERIFY(store.add(sample("beta"), &error));
    QVERIFY(store.add(sample("Alpha"), &error));
    QVERIFY(store.add(sample("每日报表"), &error));
    QFile broken(m_dir->filePath("zz-broken.json"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\n  \"Name\": \"x\",\n");
    broken.close();
    QFile other(m_dir->filePath("notes.txt"));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();

    const auto list = store.list();
    QStringList names;
    for (const auto& info : list)
        names.append(info.name);
    QCOMPARE(names, QStringList({"Alpha", "beta", "zz-broken", "每日报表"}));
    QCOMPARE(list[0].placeholders, QStringList({"NS", "TIMEOUT"}));
    QCOMPARE(list[0].groupId, QString("group-Alpha"));
    QVERIFY(list[0].error.isEmpty());
    QVERIFY(!list[2].error.isEmpty());
    QVERIFY2(list[2].error.contains("line 3"), qPrintable(list[2].error));
}

void TestTemplateStore::searchesNameDescriptionAndJob()
{
    TemplateStore store(m_dir->path());
    QString error;
    QVERIFY(store.add(sample("billing"), &error));
    QVERIFY(store.add(sample("reports"), &error));
    QCOMPARE(store.search("BILL").size(), 1);
    QCOMPARE(store.search("group-rep").size(), 1); // the job's GroupId
    QCOMPARE(store.search("for ").size(), 2); // descriptions
    QCOMPARE(store.search("nothing like it").size(), 0);

    // The same test on one template, for views that filter what they already listed.
    const TemplateInfo billing = store.list().constFirst();
    QVERIFY(TemplateStore::matches(billing, "billing.JSON")); // the file name
    QVERIFY(TemplateStore::matches(billing, "  ")); // no text: everything
    QVERIFY(!TemplateStore::matches(billing, "reports"));
}

void TestTemplateStore::renameMovesFileAndKeepsUnknownFields()
{
    TemplateStore store(m_dir->path());
    QString error;
    const auto path = store.add(sample("old"), &error);
    QVERIFY(path);
    const auto renamed = store.rename(*path, "new name", &error);
    QVERIFY2(renamed, qPrintable(error));
    QVERIFY(!QFile::exists(*path));
    QCOMPARE(QFileInfo(*renamed).fileName(), QString("new_name.json"));
    JobFileError readError;
    const auto file = TemplateStore::load(*renamed, &readError);
    QVERIFY(file);
    QCOMPARE(file->name, QString("new name"));
    QCOMPARE(file->extraFields.value("owner").toString(), QString("ops"));
    QCOMPARE(file->job.text(Param::Name), QString("old")); // the job is not renamed, only the template
}

void TestTemplateStore::renameRefusesTakenName()
{
    TemplateStore store(m_dir->path());
    QString error;
    const auto a = store.add(sample("a"), &error);
    QVERIFY(store.add(sample("b"), &error));
    QVERIFY(!store.rename(*a, "b", &error));
    QVERIFY(error.contains("\"b\""));
    QVERIFY(QFile::exists(*a));
    QVERIFY(!store.rename(*a, "  ", &error));
}

void TestTemplateStore::duplicateNamesCopies()
{
    TemplateStore store(m_dir->path());
    QString error;
    const auto path = store.add(sample("job"), &error);
    const auto first = store.duplicate(*path, &error);
    const auto second = store.duplicate(*path, &error);
    QVERIFY(first && second);
    JobFileError readError;
    QCOMPARE(TemplateStore::load(*first, &readError)->name, QString("job (copy)"));
    QCOMPARE(TemplateStore::load(*second, &readError)->name, QString("job (copy 2)"));
    QCOMPARE(TemplateStore::load(*second, &readError)->job, TemplateStore::load(*path, &readError)->job);
    QCOMPARE(store.list().size(), 3);
}

void TestTemplateStore::removeDeletes()
{
    TemplateStore store(m_dir->path());
    QString error;
    const auto path = store.add(sample("gone"), &error);
    QVERIFY(store.remove(*path, &error));
    QVERIFY(store.list().isEmpty());
    QVERIFY(!store.remove(*path, &error));
    QVERIFY(error.contains(QDir::toNativeSeparators(*path)));
}

void TestTemplateStore::loadErrorsNameTheFile()
{
    const QString newer = m_dir->filePath("newer.json");
    QFile f(newer);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "sxstudio-job", "version": 7, "job": {}})");
    f.close();
    JobFileError error;
    QVERIFY(!TemplateStore::load(newer, &error));
    QVERIFY(error.message.startsWith(newer + ": "));
    QVERIFY(error.message.contains("newer"));
    QCOMPARE(error.key, QString("version"));

    const QString syntax = m_dir->filePath("syntax.json");
    QFile g(syntax);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("{\n  \"Name\" \"x\"\n}");
    g.close();
    QVERIFY(!TemplateStore::load(syntax, &error));
    QVERIFY2(error.message.startsWith(syntax + ": line 2, column "), qPrintable(error.message));
    QCOMPARE(error.line, 2);
}

void TestTemplateStore::writeAnywhereAndFailureLeavesOldFile()
{
    // Any path, folders created as needed.
    const QString anywhere = m_dir->filePath("a/b/c/job.json");
    QString error;
    QVERIFY2(TemplateStore::write(anywhere, sample("x"), &error), qPrintable(error));
    const QByteArray before = read(anywhere);
    QVERIFY(!before.isEmpty());

    // A folder that cannot be created: the parent is a file.
    QVERIFY(!TemplateStore::write(anywhere + "/nested.json", sample("y"), &error));
    QVERIFY2(error.contains(anywhere), qPrintable(error));

    // The target is a directory: nothing is written, nothing is left behind.
    QVERIFY(QDir().mkpath(m_dir->filePath("a/dir.json")));
    QVERIFY(!TemplateStore::write(m_dir->filePath("a/dir.json"), sample("z"), &error));
    QVERIFY(error.contains("dir.json"));
    QCOMPARE(QDir(m_dir->filePath("a")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList({"b", "dir.json"}));
    QCOMPARE(read(anywhere), before);
}

void TestTemplateStore::fileNamesArePortable_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("file");
    QTest::newRow("spaces") << "nightly report (prod)"
                            << "nightly_report__prod_.json";
    QTest::newRow("separators") << "a/b\\c:d*e?"
                                << "abcde.json";
    QTest::newRow("hidden") << "..secret"
                            << "secret.json";
    QTest::newRow("cjk") << "每日报表"
                         << "每日报表.json";
    QTest::newRow("empty") << "   "
                           << "template.json";
}

void TestTemplateStore::fileNamesArePortable()
{
    QFETCH(QString, name);
    QFETCH(QString, file);
    QCOMPARE(TemplateStore::fileNameFor(name), file);
}

QTEST_GUILESS_MAIN(TestTemplateStore)
#include "TestTemplateStore.moc"
