#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

const QString Directory = QStringLiteral(":/i18n");
const QString Prefix = QStringLiteral("seqohs-tracker_");
const QString Fallback = QStringLiteral("en_GB");
const char *const Marker = "seqohs-translation";

QString loadedName(const QTranslator &translator)
{
    const QString file = QFileInfo(translator.filePath()).completeBaseName();
    return file.startsWith(Prefix) ? file.mid(Prefix.size()) : file;
}

void installQt(QCoreApplication &app, const QLocale &locale)
{
    auto *qt = new QTranslator(&app);
    qt->setObjectName(QLatin1String(Marker));
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

QString installOwn(QTranslator *own, bool loaded)
{
    own->setObjectName(QLatin1String(Marker));
    if (!loaded && !own->load(Prefix + Fallback, Directory)) {
        delete own;
        return {};
    }
    QCoreApplication::installTranslator(own);
    return loadedName(*own);
}

} // namespace

QString Translations::installForUser(QCoreApplication &app)
{
    const QString asked = qEnvironmentVariable("SEQOHS_LANGUAGE");
    if (!asked.isEmpty())
        return install(app, asked);
    return install(app, QLocale());
}

QString Translations::install(QCoreApplication &app, const QLocale &locale)
{
    uninstall(app);
    installQt(app, locale);
    auto *own = new QTranslator(&app);
    const bool loaded =
        own->load(locale, QStringLiteral("seqohs-tracker"), QStringLiteral("_"), Directory);
    return installOwn(own, loaded);
}

QString Translations::install(QCoreApplication &app, const QString &name)
{
    uninstall(app);
    installQt(app, QLocale(name));
    auto *own = new QTranslator(&app);
    const bool loaded = own->load(Prefix + name, Directory);
    return installOwn(own, loaded);
}

void Translations::uninstall(QCoreApplication &app)
{
    const QList<QTranslator *> ours =
        app.findChildren<QTranslator *>(QLatin1String(Marker), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : ours) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QStringList Translations::available()
{
    QStringList names;
    const QStringList files =
        QDir(Directory).entryList({Prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names << QFileInfo(file).completeBaseName().mid(Prefix.size());
    return names;
}
