// The template library dock driven through its real widgets, on real files in a temporary folder (issue 7).
#include "TemplateLibrary.h"
#include "TemplateNameDialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace sx;

class TestTemplateLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptyLibrarySaysSo();
    void saveAsTemplateCreatesFileAndLists();
    void saveRefusesTakenNameUnlessReplaceConfirmed();
    void searchFilters();
    void openEmitsJobFile();
    void renameMovesFile();
    void renameRefusesTakenName();
    void duplicateCopies();
    void deleteAsksNamingTemplate();
    void importMalformedShowsErrorAndImportsNothing();
    void importCopiesValidFiles();
    void brokenFileListsAsBroken();
    void followsFolderChanges();
    void exportCopiesBytes();

private:
    template <typename T>
    T* child(const char* name) const
    {
        T* widget = m_library->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QListWidget* list() const;
    QStringList shownNames() const;
    QStringList folderFiles() const;
    QString addTemplate(const QString& name, const QString& description = {});
    void select(const QString& name);
    void writeFile(const QString& path, const QByteArray& data);
    static Job sampleJob(const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TemplateStore> m_store;
    TemplateLibrary* m_library = nullptr;
};

namespace {

// The modal window on top, once it has appeared; QTRY gives it time under a real X server.
template <typename T>
T* modal()
{
    return qobject_cast<T*>(QApplication::activeModalWidget());
}

void clickButton(QMessageBox* box, QMessageBox::StandardButton which)
{
    QVERIFY(box);
    box->button(which)->click();
}

} // namespace

void TestTemplateLibrary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTemplateLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<TemplateStore>(m_dir->filePath("templates"));
    m_library = new TemplateLibrary(m_store.get());
    m_library->resize(320, 480);
    m_library->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_library));
}

void TestTemplateLibrary::cleanup()
{
    for (int i = 0; i < 5 && QApplication::activeModalWidget(); ++i) // a failed test may leave one open
        QApplication::activeModalWidget()->close();
    delete m_library;
    m_library = nullptr;
    m_store.reset();
    m_dir.reset();
}

QListWidget* TestTemplateLibrary::list() const
{
    return child<QListWidget>("templateList");
}

QStringList TestTemplateLibrary::shownNames() const
{
    QStringList names;
    if (!list()->isVisible())
        return names;
    for (int i = 0; i < list()->count(); ++i)
        names.append(list()->item(i)->text());
    return names;
}

QStringList TestTemplateLibrary::folderFiles() const
{
    return QDir(m_store->folder()).entryList({"*.json"}, QDir::Files, QDir::Name);
}

Job TestTemplateLibrary::sampleJob(const QString& name)
{
    Job job;
    job.set(Param::Namespace, QStringLiteral("${NS}"));
    job.set(Param::GroupId, QStringLiteral("group-a"));
    job.set(Param::Name, name);
    job.set(Param::JobType, QStringLiteral("java"));
    job.set(Param::ClassName, QStringLiteral("com.example.Job"));
    return job;
}

QString TestTemplateLibrary::addTemplate(const QString& name, const QString& description)
{
    JobFile file;
    file.isTemplate = true;
    file.name = name;
    file.description = description;
    file.job = sampleJob(name);
    QString error;
    const auto path = m_store->add(file, &error);
    if (!path)
        qFatal("add failed: %s", qPrintable(error));
    m_library->refresh();
    return *path;
}

void TestTemplateLibrary::select(const QString& name)
{
    const QList<QListWidgetItem*> items = list()->findItems(name, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    list()->setCurrentItem(items.first());
}

void TestTemplateLibrary::writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

void TestTemplateLibrary::emptyLibrarySaysSo()
{
    QVERIFY(!list()->isVisible());
    auto* empty = child<QLabel>("emptyLabel");
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains("No templates yet"));
    QVERIFY(!child<QAction>("actionOpen")->isEnabled());
    QVERIFY(!child<QAction>("actionDelete")->isEnabled());
}

void TestTemplateLibrary::saveAsTemplateCreatesFileAndLists()
{
    m_library->saveAsTemplate(sampleJob("nightly-report"));
    TemplateNameDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = modal<TemplateNameDialog>()));
    auto* nameEdit = dialog->findChild<QLineEdit*>("nameEdit");
    QCOMPARE(nameEdit->text(), QString("nightly-report")); // the job's name is offered
    nameEdit->clear();
    QTest::keyClicks(nameEdit, "Nightly report");
    QTest::keyClicks(dialog->findChild<QLineEdit*>("descriptionEdit"), "Runs at two");
    dialog->findChild<QDialogButtonBox*>("buttonBox")->button(QDialogButtonBox::Ok)->click();

    QCOMPARE(folderFiles(), QStringList {"Nightly_report.json"});
    QCOMPARE(shownNames(), QStringList {"Nightly report"});
    QCOMPARE(QFileInfo(m_library->selectedPath()).fileName(), QString("Nightly_report.json"));
    JobFileError error;
    const auto file = TemplateStore::load(m_library->selectedPath(), &error);
    QVERIFY2(file, qPrintable(error.message));
    QVERIFY(file->isTemplate);
    QCOMPARE(file->description, QString("Runs at two"));
    QCOMPARE(file->job, sampleJob("nightly-report"));
    QVERIFY(list()->currentItem()->toolTip().contains("Runs at two"));
    QVERIFY(list()->currentItem()->toolTip().contains("Placeholders: NS"));
}

void TestTemplateLibrary::saveRefusesTakenNameUnlessReplaceConfirmed()
{
    const QString path = addTemplate("Daily", "the first");

    m_library->saveAsTemplate(sampleJob("replacement"));
    TemplateNameDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = modal<TemplateNameDialog>()));
    auto* nameEdit = dialog->findChild<QLineEdit*>("nameEdit");
    nameEdit->clear();
    QTest::keyClicks(nameEdit, "Daily");
    auto* notice = dialog->findChild<QLabel*>("noticeLabel");
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains("“Daily” already exists"), qPrintable(notice->text()));

    // OK asks; Cancel leaves the dialog open with the name kept and the old template untouched.
    auto* ok = dialog->findChild<QDialogButtonBox*>("buttonBox")->button(QDialogButtonBox::Ok);
    ok->click();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = modal<QMessageBox>()));
    QVERIFY(box->text().contains("Daily"));
    clickButton(box, QMessageBox::Cancel);
    QTRY_COMPARE(modal<TemplateNameDialog>(), dialog);
    QCOMPARE(nameEdit->text(), QString("Daily"));
    JobFileError error;
    QCOMPARE(TemplateStore::load(path, &error)->job.text(Param::Name), QString("Daily"));

    // Confirmed: the same file now holds the new job; no second file appears.
    ok->click();
    QTRY_VERIFY((box = modal<QMessageBox>()));
    clickButton(box, QMessageBox::Yes);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(folderFiles(), QStringList {"Daily.json"});
    QCOMPARE(TemplateStore::load(path, &error)->job.text(Param::Name), QString("replacement"));
    QCOMPARE(shownNames(), QStringList {"Daily"});
}

void TestTemplateLibrary::searchFilters()
{
    addTemplate("Billing export", "month end");
    addTemplate("Reports", "weekly numbers");
    addTemplate("Cleanup", "removes old rows");
    QCOMPARE(shownNames(), (QStringList {"Billing export", "Cleanup", "Reports"}));

    auto* search = child<QLineEdit>("searchEdit");
    QTest::keyClicks(search, "WEEK"); // description, any case
    QCOMPARE(shownNames(), QStringList {"Reports"});
    search->clear();
    QTest::keyClicks(search, "cleanup.json"); // file name
    QCOMPARE(shownNames(), QStringList {"Cleanup"});
    search->clear();
    QTest::keyClicks(search, "nothing like it");
    QCOMPARE(shownNames(), QStringList());
    QVERIFY(child<QLabel>("emptyLabel")->isVisible());
    QVERIFY(child<QLabel>("emptyLabel")->text().contains("nothing like it"));
    search->clear();
    QCOMPARE(shownNames().size(), 3);
}

void TestTemplateLibrary::openEmitsJobFile()
{
    const QString path = addTemplate("Openable", "to open");
    addTemplate("Other");
    QSignalSpy spy(m_library, &TemplateLibrary::openTemplate);

    select("Openable");
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    const auto file = spy.at(0).at(0).value<JobFile>();
    QCOMPARE(spy.at(0).at(1).toString(), path);
    QCOMPARE(file.name, QString("Openable"));
    QCOMPARE(file.description, QString("to open"));
    QCOMPARE(file.job, sampleJob("Openable"));

    // A double-click opens too, and the Open action.
    select("Other");
    const QRect rect = list()->visualItemRect(list()->currentItem());
    // The view opens only what the first press of the double-click pressed.
    QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(list()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).value<JobFile>().name, QString("Other"));
    child<QAction>("actionOpen")->trigger();
    QCOMPARE(spy.count(), 3);
}

void TestTemplateLibrary::renameMovesFile()
{
    addTemplate("Old name");
    select("Old name");
    child<QAction>("actionRename")->trigger();
    TemplateNameDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = modal<TemplateNameDialog>()));
    QVERIFY(!dialog->findChild<QLineEdit*>("descriptionEdit")->isVisible());
    auto* nameEdit = dialog->findChild<QLineEdit*>("nameEdit");
    QCOMPARE(nameEdit->text(), QString("Old name"));
    nameEdit->clear();
    QTest::keyClicks(nameEdit, "New name");
    dialog->findChild<QDialogButtonBox*>("buttonBox")->button(QDialogButtonBox::Ok)->click();

    QCOMPARE(folderFiles(), QStringList {"New_name.json"});
    QCOMPARE(shownNames(), QStringList {"New name"});
    QCOMPARE(QFileInfo(m_library->selectedPath()).fileName(), QString("New_name.json"));
    QVERIFY(m_library->message().isEmpty());
}

void TestTemplateLibrary::renameRefusesTakenName()
{
    addTemplate("First");
    addTemplate("Second");
    select("Second");
    child<QAction>("actionRename")->trigger();
    TemplateNameDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = modal<TemplateNameDialog>()));
    auto* nameEdit = dialog->findChild<QLineEdit*>("nameEdit");
    auto* ok = dialog->findChild<QDialogButtonBox*>("buttonBox")->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled()); // its own name is not "taken"
    nameEdit->clear();
    QTest::keyClicks(nameEdit, "First");
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog->findChild<QLabel*>("noticeLabel")->text().contains("already a template named “First”"));
    QTest::keyClick(nameEdit, Qt::Key_Return); // Enter does not get around it
    QCOMPARE(modal<TemplateNameDialog>(), dialog);
    dialog->reject();
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(folderFiles(), (QStringList {"First.json", "Second.json"}));
}

void TestTemplateLibrary::duplicateCopies()
{
    addTemplate("Original");
    select("Original");
    child<QAction>("actionDuplicate")->trigger();
    QCOMPARE(folderFiles(), (QStringList {"Original.json", "Original__copy_.json"}));
    QCOMPARE(shownNames(), (QStringList {"Original", "Original (copy)"}));
    QCOMPARE(list()->currentItem()->text(), QString("Original (copy)"));
}

void TestTemplateLibrary::deleteAsksNamingTemplate()
{
    addTemplate("Doomed");
    addTemplate("Kept");
    select("Doomed");

    child<QAction>("actionDelete")->trigger();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = modal<QMessageBox>()));
    QVERIFY2(box->text().contains("“Doomed”"), qPrintable(box->text()));
    QVERIFY(box->informativeText().contains("Doomed.json"));
    clickButton(box, QMessageBox::Cancel);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(folderFiles(), (QStringList {"Doomed.json", "Kept.json"}));

    // The Delete key on the list asks the same. A shortcut needs the window active, which under a real X server
    // without a window manager is not given back by itself once the message box has gone.
    m_library->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_library));
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Delete);
    QTRY_VERIFY((box = modal<QMessageBox>()));
    clickButton(box, QMessageBox::Yes);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(folderFiles(), QStringList {"Kept.json"});
    QCOMPARE(shownNames(), QStringList {"Kept"});
}

void TestTemplateLibrary::importMalformedShowsErrorAndImportsNothing()
{
    addTemplate("Existing");
    const QString syntax = m_dir->filePath("outside/syntax.json");
    writeFile(syntax, "{\n  \"Name\": \"x\",\n  \"GroupId\" \"g\"\n}\n"); // a colon missing on line 3
    const QString unknownKey = m_dir->filePath("outside/unknown.json");
    writeFile(unknownKey, "{\"Name\": \"x\", \"Nmae\": \"y\"}");

    QCOMPARE(m_library->importFiles({syntax}), QStringList());
    QCOMPARE(folderFiles(), QStringList {"Existing.json"});
    QString message = m_library->message();
    QVERIFY2(message.contains("syntax.json") && message.contains("line 3, column"), qPrintable(message));
    QVERIFY(child<QLabel>("messageLabel")->isVisible());
    QVERIFY(child<QFrame>("messageFrame")->property("isError").toBool());

    // A good file beside bad ones still comes in; each bad one is named with its reason.
    const QString good = m_dir->filePath("outside/good.json");
    writeFile(good, JobFileFormat::serializeJob(sampleJob("good job")));
    const QStringList imported = m_library->importFiles({syntax, good, unknownKey});
    QCOMPARE(imported.size(), 1);
    QCOMPARE(folderFiles(), (QStringList {"Existing.json", "good.json"}));
    message = m_library->message();
    QVERIFY2(message.contains("2 file(s) not imported"), qPrintable(message));
    QVERIFY2(message.contains("unknown.json") && message.contains("Nmae"), qPrintable(message));

    // The message stays until the user dismisses it (or does something else).
    child<QToolButton>("closeMessageButton")->click();
    QVERIFY(m_library->message().isEmpty());
    QVERIFY(!child<QLabel>("messageLabel")->isVisible());
}

void TestTemplateLibrary::importCopiesValidFiles()
{
    addTemplate("Shared");
    JobFile shared;
    shared.isTemplate = true;
    shared.name = "Shared";
    shared.description = "from a colleague";
    shared.job = sampleJob("theirs");
    const QString template_ = m_dir->filePath("outside/shared.json");
    writeFile(template_, JobFileFormat::serialize(shared));
    const QString bare = m_dir->filePath("outside/plain job.json");
    writeFile(bare, JobFileFormat::serializeJob(sampleJob("bare")));

    const QStringList imported = m_library->importFiles({template_, bare});
    QCOMPARE(imported.size(), 2);
    // A bare job is named after its file; a taken name gets a number, and the user is told.
    QCOMPARE(shownNames(), (QStringList {"plain job", "Shared", "Shared (2)"}));
    QVERIFY2(m_library->message().contains("“Shared” was imported as “Shared (2)”"), qPrintable(m_library->message()));
    JobFileError error;
    const auto copy = TemplateStore::load(imported.first(), &error);
    QVERIFY(copy);
    QCOMPARE(copy->description, QString("from a colleague"));
    QCOMPARE(copy->job, sampleJob("theirs"));
    QVERIFY(QFile::exists(template_)); // copied, not moved
}

void TestTemplateLibrary::brokenFileListsAsBroken()
{
    addTemplate("Fine");
    writeFile(QDir(m_store->folder()).filePath("mangled.json"), "{\n  \"format\": \"sxstudio-job\",\n  oops\n}");
    m_library->refresh();

    QCOMPARE(shownNames(), (QStringList {"Fine", "mangled"}));
    select("mangled");
    QListWidgetItem* item = list()->currentItem();
    QVERIFY(!item->icon().isNull()); // marked
    QVERIFY2(item->toolTip().contains("line 3, column"), qPrintable(item->toolTip()));
    QVERIFY(!child<QAction>("actionOpen")->isEnabled());
    QVERIFY(!child<QAction>("actionRename")->isEnabled());
    QVERIFY(child<QAction>("actionDelete")->isEnabled()); // it can still be removed

    // Opening it anyway (Enter) explains rather than failing silently.
    QSignalSpy spy(m_library, &TemplateLibrary::openTemplate);
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Return);
    QCOMPARE(spy.count(), 0);
    QVERIFY2(m_library->message().contains("mangled.json"), qPrintable(m_library->message()));
}

void TestTemplateLibrary::followsFolderChanges()
{
    addTemplate("Here");
    // Another program (here: another store on the same folder) adds, edits and removes templates.
    TemplateStore other(m_store->folder());
    JobFile file;
    file.isTemplate = true;
    file.name = "Arrived";
    file.job = sampleJob("arrived");
    QString error;
    const auto path = other.add(file, &error);
    QVERIFY(path);
    QTRY_COMPARE(shownNames(), (QStringList {"Arrived", "Here"}));

    file.name = "Arrived, edited";
    QVERIFY(TemplateStore::write(*path, file, &error));
    QTRY_COMPARE(shownNames(), (QStringList {"Arrived, edited", "Here"}));

    QVERIFY(QFile::remove(*path));
    QTRY_COMPARE(shownNames(), QStringList {"Here"});
}

void TestTemplateLibrary::exportCopiesBytes()
{
    const QString path = addTemplate("Exported", "to share");
    QFile source(path);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();

    const QString destination = m_dir->filePath("exports/shared.json");
    QDir().mkpath(QFileInfo(destination).absolutePath());
    QVERIFY(m_library->exportTemplate(path, destination));
    QFile copy(destination);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), bytes);
    QVERIFY(m_library->message().contains("shared.json"));

    QVERIFY(!m_library->exportTemplate(path, m_dir->filePath("no/such/folder/x.json")));
    QVERIFY2(m_library->message().contains("not exported"), qPrintable(m_library->message()));
}

QTEST_MAIN(TestTemplateLibrary)
#include "TestTemplateLibrary.moc"
