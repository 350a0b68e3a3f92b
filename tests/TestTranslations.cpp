// The catalogues, zh_CN and the English plural forms: complete, current with the sources, loaded by the app.
#include "TestSupport.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace sx;

namespace {

struct Entry
{
    QString context;
    QString source;
    QString translation; // numerus forms joined with '|'
    QString type; // "", "unfinished", "vanished", "obsolete"
};

QList<Entry> readCatalogue(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Entry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    bool numerus = false;
    // <context><name/><message><source/><translation/></message>...</context>
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) // only a context has one
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message")) {
            entry = Entry {context, QString(), QString(), QString()};
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        }
        else if (xml.name() == QLatin1String("source"))
            entry.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            QStringList forms;
            while (numerus && xml.readNextStartElement())
                forms << xml.readElementText();
            entry.translation = numerus ? forms.join(QLatin1Char('|')) : xml.readElementText();
            entries << entry;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("%(?:\\d+|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEntryIsFinished_data();
    void everyEntryIsFinished();
    void placeholdersMatch_data();
    void placeholdersMatch();
    void catalogueIsCurrentWithTheSources_data();
    void catalogueIsCurrentWithTheSources();
    void appLoadsIt();
    void englishCountsAreSingularAndPlural();

private:
    static void catalogues();
};

// zh_CN holds every message; English only the counted ones (lupdate -pluralonly), the rest shows as written.
void TestTranslations::catalogues()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("lupdateOptions");
    QTest::addColumn<int>("atLeast");
    QTest::newRow("zh_CN") << "sxstudio_zh_CN.ts" << QStringList() << 500;
    QTest::newRow("en") << "sxstudio_en.ts"
                        << QStringList {"-pluralonly", "-source-language", "en", "-target-language", "en"} << 10;
}

void TestTranslations::everyEntryIsFinished_data()
{
    catalogues();
}

void TestTranslations::everyEntryIsFinished()
{
    QFETCH(QString, file);
    QFETCH(int, atLeast);
    QString error;
    const QList<Entry> entries = readCatalogue(test::sourcePath("translations/" + file), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(entries.size() > atLeast);
    QStringList bad;
    for (const Entry& entry : entries) {
        if (!entry.type.isEmpty() || entry.translation.isEmpty() || entry.translation.startsWith('|')
            || entry.translation.endsWith('|'))
            bad << QStringLiteral("%1: \"%2\" (%3)").arg(entry.context, entry.source, entry.type);
    }
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join('\n')));
}

void TestTranslations::placeholdersMatch_data()
{
    catalogues();
}

void TestTranslations::placeholdersMatch()
{
    QFETCH(QString, file);
    QString error;
    const QList<Entry> entries = readCatalogue(test::sourcePath("translations/" + file), &error);
    QStringList bad;
    for (const Entry& entry : entries) {
        for (const QString& form : entry.translation.split('|')) {
            if (placeholders(form) != placeholders(entry.source))
                bad << QStringLiteral("%1: \"%2\" -> \"%3\"").arg(entry.context, entry.source, form);
        }
    }
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join('\n')));
}

void TestTranslations::catalogueIsCurrentWithTheSources_data()
{
    catalogues();
}

void TestTranslations::catalogueIsCurrentWithTheSources()
{
    // lupdate over today's sources, into a copy: nothing new may appear and nothing may have vanished.
    QFETCH(QString, file);
    QFETCH(QStringList, lupdateOptions);
    QTemporaryDir dir;
    const QString copy = dir.filePath(file);
    QVERIFY(QFile::copy(test::sourcePath("translations/" + file), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(test::sourcePath("."));
    lupdate.start(SX_LUPDATE,
                  lupdateOptions
                      + QStringList {"-locations", "none", "-no-obsolete", "src/core", "src/gui", "src/app", "ui", "-ts",
                                     copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QString error;
    const QList<Entry> current = readCatalogue(copy, &error);
    const QList<Entry> checkedIn = readCatalogue(test::sourcePath("translations/" + file), &error);
    QSet<QString> now, then;
    QStringList untranslated;
    for (const Entry& entry : current) {
        now << entry.context + '\x1f' + entry.source;
        if (!entry.type.isEmpty() || entry.translation.isEmpty())
            untranslated << QStringLiteral("%1: \"%2\"").arg(entry.context, entry.source);
    }
    for (const Entry& entry : checkedIn)
        then << entry.context + '\x1f' + entry.source;
    QStringList vanished;
    for (const QString& key : then - now)
        vanished << QString(key).replace('\x1f', ": ");
    QVERIFY2(untranslated.isEmpty(),
             qPrintable("new strings without a translation (run the update_translations target, then translate; for "
                   "English tools/english-plurals):\n" +
                        untranslated.join('\n')));
    QVERIFY2(vanished.isEmpty(), qPrintable("entries no source uses any more:\n" + vanished.join('\n')));
}

void TestTranslations::appLoadsIt()
{
    QVERIFY(Translations::install("zh_CN"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&New"), QString::fromUtf8("新建(&N)"));
    QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != QLatin1String("Cancel")); // Qt's own
    QVERIFY(Translations::install("en"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&New"), QString("&New"));
}

void TestTranslations::englishCountsAreSingularAndPlural()
{
    for (const QString& language : {QString("en"), QString("C")}) {
        QVERIFY(Translations::install(language));
        QCOMPARE(QCoreApplication::translate("sx::ConnectionTest", "Connected: %n namespace(s).", nullptr, 1),
                 QString("Connected: 1 namespace."));
        QCOMPARE(QCoreApplication::translate("sx::ConnectionTest", "Connected: %n namespace(s).", nullptr, 3),
                 QString("Connected: 3 namespaces."));
    }
    // A language without a catalogue shows the English text, with English counts.
    QVERIFY(!Translations::install("de"));
    QCOMPARE(QCoreApplication::translate("sx::ConnectionTest", "Connected: %n namespace(s).", nullptr, 2),
             QString("Connected: 2 namespaces."));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
