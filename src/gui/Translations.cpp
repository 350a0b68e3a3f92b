#include "Translations.h"

#include "AppSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace sx {

namespace {

QTranslator* appTranslator = nullptr;
QTranslator* qtTranslator = nullptr;

void drop(QTranslator*& translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

} // namespace

QString Translations::configuredLanguage()
{
    return AppSettings().language(); // checked: an unknown code follows the system
}

QLocale Translations::localeFor(const QString& language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

bool Translations::install(const QString& language)
{
    drop(appTranslator);
    drop(qtTranslator);
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    appTranslator = new QTranslator();
    const bool translated = !english
        && appTranslator->load(locale, QStringLiteral("sxstudio"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    // The text as written is English; its catalogue holds only the singular and plural of counted messages
    // ("1 attempt", "3 attempts"), for English and for any language without a catalogue of its own.
    if (!translated && !appTranslator->load(QStringLiteral(":/i18n/sxstudio_en.qm"))) {
        drop(appTranslator);
        return english;
    }
    QCoreApplication::installTranslator(appTranslator);
    if (!translated)
        return english;
    // Qt's own dialogs and buttons (qtbase only: "qt" would load every module's catalogue); absent when
    // qt6-translations-l10n is not installed, which is not an error.
    qtTranslator = new QTranslator();
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        drop(qtTranslator);
    return true;
}

} // namespace sx
