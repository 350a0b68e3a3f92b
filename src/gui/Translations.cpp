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
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    appTranslator = new QTranslator();
    if (!appTranslator->load(locale, QStringLiteral("sxstudio"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        drop(appTranslator);
        return false;
    }
    QCoreApplication::installTranslator(appTranslator);
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
