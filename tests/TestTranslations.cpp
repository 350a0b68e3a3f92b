// The zh_CN catalogue: complete, current with the sources, and loaded by the app.
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
    void everyEntryIsFinished();
    void placeholdersMatch();
    void catalogueIsCurrentWithTheSources();
    void appLoadsIt();
};

void TestTranslations::everyEntryIsFinished()
{
    QString error;
    const QList<Entry> entries = readCatalogue(test::sourcePath("translations/sxstudio_zh_CN.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(entries.size() > 500);
    QStringList bad;
    for (const Entry& entry : entries) {
        if (!entry.type.isEmpty() || entry.translation.isEmpty())
            bad << QStringLiteral("%1: \"%2\" (%3)").arg(entry.context, entry.source, entry.type);
    }
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join('\n')));
}

void TestTranslations::placeholdersMatch()
{
    QString error;
    const QList<Entry> entries = readCatalogue(test::sourcePath("translations/sxstudio_zh_CN.ts"), &error);
    QStringList bad;
    for (const Entry& entry : entries) {
        for (const QString& form : entry.translation.split('|')) {
            if (placeholders(form) != placeholders(entry.source))
                bad << QStringLiteral("%1: \"%2\" -> \"%3\"").arg(entry.context, entry.source, form);
        }
    }
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join('\n')));
}

void TestTranslations::catalogueIsCurrentWithTheSources()
{
    // lupdate over today's sources, into a copy: nothing new may appear and nothing may have vanished.
    QTemporaryDir dir;
    const QString copy = dir.filePath("sxstudio_zh_CN.ts");
    QVERIFY(QFile::copy(test::sourcePath("translations/sxstudio_zh_CN.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(test::sourcePath("."));
    lupdate.start(SX_LUPDATE,
                  {"-locations", "none", "-no-obsolete", "src/core", "src/gui", "src/app", "ui", "-ts", copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QString error;
    const QList<Entry> current = readCatalogue(copy, &error);
    const QList<Entry> checkedIn = readCatalogue(test::sourcePath("translations/sxstudio_zh_CN.ts"), &error);
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
             qPrintable("new strings without a translation (run the update_translations target, then translate):\n" +
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

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
