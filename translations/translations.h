#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// Loads the application's and Qt's own translations into the running application. The source
// strings are UK English; the en_GB file still matters because it holds the plural forms
// ("1 blocker", "2 blockers"), so it is the fallback for every language without a file of its own.
class Translations
{
public:
    // The translation the user asked for: the SEQOHS_LANGUAGE environment variable when it is
    // set (for example "en_XA", the pseudo-locale that wraps every string in ⟦ ⟧), else the
    // system's locale. Returns the name of the application file loaded ("en_GB", "en_XA", …).
    static QString installForUser(QCoreApplication &app);

    // Loads the translation for locale, falling back to en_GB.
    static QString install(QCoreApplication &app, const QLocale &locale);

    // Loads the translation with exactly this name (such as "en_XA"), falling back to en_GB;
    // Qt's own translation follows the language of the name.
    static QString install(QCoreApplication &app, const QString &name);

    // Removes what install() loaded, so that a test can switch language.
    static void uninstall(QCoreApplication &app);

    // The languages the application has a file for, such as "en_GB" and "en_XA".
    static QStringList available();
};
