#pragma once

#include <QLocale>
#include <QString>

namespace sx {

// The app's own translations (embedded at :/i18n) and Qt's (qt6-translations-l10n), for one language.
class Translations
{
public:
    // "" follows the system; else a locale name such as "en" or "zh_CN". Reads AppSettings::language().
    static QString configuredLanguage();
    static QLocale localeFor(const QString& language);
    // Replaces what an earlier call installed. English, and a language without a catalogue (then false), get
    // the English plural forms only.
    static bool install(const QString& language);
};

} // namespace sx
