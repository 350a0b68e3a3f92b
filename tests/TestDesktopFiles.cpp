#include "AppIcon.h"
#include "TestSupport.h"

#include <QDate>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace sx;

namespace {

const QString AppId = QStringLiteral("io.github.sxstudio");

// The keys of one group of a .desktop file (Desktop Entry Specification: "Key[locale]=value" lines).
struct DesktopGroup
{
    QMap<QString, QString> values;
    QStringList duplicates;
};

QMap<QString, DesktopGroup> parseDesktopFile(const QByteArray& text, QString* error)
{
    QMap<QString, DesktopGroup> groups;
    QString group;
    int number = 0;
    for (const QByteArray& raw : text.split('\n')) {
        ++number;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (line.startsWith('[') && line.endsWith(']')) {
            group = line.mid(1, line.size() - 2);
            groups[group];
            continue;
        }
        const qsizetype equals = line.indexOf('=');
        if (group.isEmpty() || equals <= 0) {
            *error = QStringLiteral("line %1 is neither a group nor a key: %2").arg(number).arg(line);
            return {};
        }
        const QString key = line.left(equals).trimmed();
        DesktopGroup& g = groups[group];
        if (g.values.contains(key))
            g.duplicates.append(key);
        g.values.insert(key, line.mid(equals + 1).trimmed());
    }
    return groups;
}

// What the tests read from the AppStream file.
struct MetaInfo
{
    QString type;
    QString id;
    QString metadataLicense;
    QString projectLicense;
    QMap<QString, QString> names; // by xml:lang, "" for the untranslated one
    QMap<QString, QString> summaries;
    QStringList descriptionLanguages;
    QString launchable;
    QString launchableType;
    QStringList binaries;
    QStringList releaseVersions;
    QStringList releaseDates;
    bool contentRating = false;
};

MetaInfo parseMetaInfo(const QByteArray& xml, QString* error)
{
    MetaInfo info;
    QXmlStreamReader r(xml);
    QStringList path;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isEndElement())
            path.removeLast();
        if (!r.isStartElement())
            continue;
        const QString name = r.name().toString();
        const QString parent = path.isEmpty() ? QString() : path.last();
        const QString lang = r.attributes().value("xml:lang").toString();
        path.append(name);
        if (path.size() == 1) {
            info.type = r.attributes().value("type").toString();
            continue;
        }
        if (parent == "description" && name == "p" && !lang.isEmpty())
            info.descriptionLanguages.append(lang);
        if (parent == "releases" && name == "release") {
            info.releaseVersions.append(r.attributes().value("version").toString());
            info.releaseDates.append(r.attributes().value("date").toString());
        }
        if (parent == "component" && name == "content_rating")
            info.contentRating = true;
        if (parent == "component" && name == "launchable")
            info.launchableType = r.attributes().value("type").toString();
        if (path.size() != 2 && !(parent == "provides" && name == "binary"))
            continue;
        // Elements whose text is wanted; readElementText() consumes the end element.
        const QStringList wanted {"id",      "metadata_license", "project_license", "name",
                                  "summary", "launchable",       "binary"};
        if (!wanted.contains(name))
            continue;
        const QString text = r.readElementText().trimmed();
        path.removeLast();
        if (name == "id")
            info.id = text;
        else if (name == "metadata_license")
            info.metadataLicense = text;
        else if (name == "project_license")
            info.projectLicense = text;
        else if (name == "name")
            info.names.insert(lang, text);
        else if (name == "summary")
            info.summaries.insert(lang, text);
        else if (name == "launchable")
            info.launchable = text;
        else if (name == "binary")
            info.binaries.append(text);
    }
    if (r.hasError())
        *error = QStringLiteral("line %1: %2").arg(r.lineNumber()).arg(r.errorString());
    return info;
}

// Runs a validator; its output goes into the failure message.
void runValidator(const QString& program, const QStringList& arguments)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        QSKIP(qPrintable(program + " is not installed"));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(path, arguments);
    QVERIFY(process.waitForFinished(60'000));
    const QByteArray output = process.readAll();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, output.constData());
    qInfo("%s: %s", qPrintable(program), output.trimmed().constData());
}

} // namespace

class TestDesktopFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void desktopEntryHasItsKeys();
    void metaInfoDescribesTheApplication();
    void releaseMatchesTheProjectVersion();
    void idsAgreeAcrossFiles();
    void iconIsAScalableSvg();
    void iconRendersMatchTheirSize();
    void iconIsEmbedded();
    void desktopFileValidates();
    void metaInfoValidates();

private:
    static QString desktopPath()
    {
        return test::sourcePath("resources/" + AppId + ".desktop");
    }
    static QString metaInfoPath()
    {
        return test::sourcePath("resources/" + AppId + ".metainfo.xml");
    }
    static DesktopGroup desktopEntry();
    static MetaInfo metaInfo();
};

DesktopGroup TestDesktopFiles::desktopEntry()
{
    QString error;
    const auto groups = parseDesktopFile(test::readSourceFile("resources/" + AppId + ".desktop"), &error);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    return groups.value("Desktop Entry");
}

MetaInfo TestDesktopFiles::metaInfo()
{
    QString error;
    const MetaInfo info = parseMetaInfo(test::readSourceFile("resources/" + AppId + ".metainfo.xml"), &error);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    return info;
}

void TestDesktopFiles::desktopEntryHasItsKeys()
{
    QString error;
    const QByteArray text = test::readSourceFile("resources/" + AppId + ".desktop");
    QVERIFY(!text.isEmpty());
    const auto groups = parseDesktopFile(text, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(groups.firstKey(), QString("Desktop Entry"));
    const DesktopGroup entry = groups.value("Desktop Entry");
    QVERIFY2(entry.duplicates.isEmpty(), qPrintable(entry.duplicates.join(", ")));
    QCOMPARE(entry.values.value("Type"), QString("Application"));
    QCOMPARE(entry.values.value("Exec"), QString("sxstudio"));
    QCOMPARE(entry.values.value("Icon"), AppId);
    QCOMPARE(entry.values.value("Terminal"), QString("false"));
    QCOMPARE(entry.values.value("Categories"), QString("Development;Network;"));
    for (const char* key : {"Name", "Name[zh_CN]", "GenericName", "GenericName[zh_CN]", "Comment", "Comment[zh_CN]",
                            "Keywords", "Keywords[zh_CN]"})
        QVERIFY2(!entry.values.value(key).isEmpty(), key);
    QVERIFY(entry.values.value("Keywords").endsWith(';'));
}

void TestDesktopFiles::metaInfoDescribesTheApplication()
{
    const MetaInfo info = metaInfo();
    QCOMPARE(info.type, QString("desktop-application"));
    QCOMPARE(info.id, AppId);
    QCOMPARE(info.metadataLicense, QString("CC0-1.0"));
    QVERIFY(!info.projectLicense.isEmpty());
    QVERIFY(!info.names.value("").isEmpty());
    QVERIFY(!info.names.value("zh_CN").isEmpty());
    QVERIFY(!info.summaries.value("").isEmpty());
    QVERIFY(!info.summaries.value("zh_CN").isEmpty());
    QVERIFY(info.descriptionLanguages.contains("zh_CN"));
    QCOMPARE(info.launchableType, QString("desktop-id"));
    QCOMPARE(info.binaries, (QStringList {"sxstudio", "sxstudio-cli"}));
    QVERIFY(info.contentRating);
}

void TestDesktopFiles::releaseMatchesTheProjectVersion()
{
    const MetaInfo info = metaInfo();
    QVERIFY(!info.releaseVersions.isEmpty());
    // Newest first, as AppStream lists them: bumping PROJECT_VERSION needs a release entry.
    QCOMPARE(info.releaseVersions.first(), QString(SXSTUDIO_VERSION));
    for (const QString& date : info.releaseDates)
        QVERIFY2(QDate::fromString(date, Qt::ISODate).isValid(), qPrintable(date));
}

void TestDesktopFiles::idsAgreeAcrossFiles()
{
    const DesktopGroup entry = desktopEntry();
    const MetaInfo info = metaInfo();
    QCOMPARE(info.launchable, info.id + ".desktop");
    QCOMPARE(entry.values.value("Icon"), info.id);
    QVERIFY(info.binaries.contains(entry.values.value("Exec").section(' ', 0, 0)));
    QCOMPARE(entry.values.value("Name"), info.names.value(""));
    QCOMPARE(entry.values.value("Name[zh_CN]"), info.names.value("zh_CN"));
    QCOMPARE(entry.values.value("Comment"), info.summaries.value(""));
    QCOMPARE(entry.values.value("Comment[zh_CN]"), info.summaries.value("zh_CN"));
}

void TestDesktopFiles::iconIsAScalableSvg()
{
    const QByteArray svg = test::readSourceFile("resources/icons/sxstudio.svg");
    QXmlStreamReader r(svg);
    QVERIFY(r.readNextStartElement());
    QCOMPARE(r.name().toString(), QString("svg"));
    QCOMPARE(r.namespaceUri().toString(), QString("http://www.w3.org/2000/svg"));
    const QStringList viewBox = r.attributes().value("viewBox").toString().split(' ');
    QCOMPARE(viewBox.size(), 4);
    QCOMPARE(viewBox[2], viewBox[3]); // square
    while (!r.atEnd())
        r.readNext();
    QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
    QVERIFY(!svg.contains("<image")); // drawn, not an embedded bitmap
}

void TestDesktopFiles::iconRendersMatchTheirSize()
{
    for (int size : {32, 48, 64, 128, 256}) {
        const QString path = test::sourcePath(QStringLiteral("resources/icons/sxstudio-%1.png").arg(size));
        const QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY(image.hasAlphaChannel());
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0); // a shape, not a square tile
        QVERIFY(qAlpha(image.pixel(size / 2, size / 2)) > 0);
    }
}

void TestDesktopFiles::iconIsEmbedded()
{
    const QIcon icon = appIcon();
    QList<QSize> sizes;
    for (int size : AppIconSizes)
        sizes << QSize(size, size);
    QCOMPARE(icon.availableSizes(), sizes);
    const QPixmap pixmap = icon.pixmap(QSize(64, 64));
    QCOMPARE(pixmap.size(), QSize(64, 64));
    QVERIFY(qAlpha(pixmap.toImage().pixel(32, 32)) > 0);
}

void TestDesktopFiles::desktopFileValidates()
{
    runValidator("desktop-file-validate", {desktopPath()});
}

void TestDesktopFiles::metaInfoValidates()
{
    runValidator("appstreamcli", {"validate", "--no-net", "--pedantic", "--strict", metaInfoPath()});
}

QTEST_MAIN(TestDesktopFiles)
#include "TestDesktopFiles.moc"
