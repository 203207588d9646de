#include "standardslibrary.h"

#include "crosswalkformat.h"
#include "jsonsupport.h"
#include "standardsformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace seqohs {

namespace {

const QString &setsDir()
{
    static const QString dir = QStringLiteral(":/standards");
    return dir;
}

const QString &crosswalksDir()
{
    static const QString dir = QStringLiteral(":/standards/crosswalks");
    return dir;
}

QByteArray resourceBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Resource paths appear in errors only if the build is broken; name the source file instead.
QString displayName(const QString &resourcePath)
{
    QString name = resourcePath;
    if (name.startsWith(QLatin1String(":/")))
        name.remove(0, 2);
    return name;
}

} // namespace

QStringList StandardsLibrary::bundledIds()
{
    QStringList ids;
    const QStringList files =
        QDir(setsDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        ids << QFileInfo(file).completeBaseName();
    return ids;
}

Expected<StandardsSet> StandardsLibrary::bundled(const QString &id)
{
    if (!bundledIds().contains(id)) {
        return Error{tr("There is no bundled standards set \"%1\"").arg(id), QString(), QString(),
                     tr("The bundled sets are: %1.").arg(bundledIds().join(QLatin1String(", ")))};
    }
    const QString path = setsDir() + QLatin1Char('/') + id + QLatin1String(".json");
    Expected<StandardsSet> set = StandardsFormat::read(resourceBytes(path), displayName(path));
    if (set && set->id != id) {
        return Error{tr("The bundled file holds the set \"%1\", not \"%2\"").arg(set->id, id),
                     displayName(path), QStringLiteral("$.id"),
                     tr("The file name and the id of a bundled set must agree.")};
    }
    return set;
}

QString StandardsLibrary::defaultId()
{
    return QStringLiteral("seqohs-2023-summary");
}

QList<Crosswalk> StandardsLibrary::bundledCrosswalks()
{
    QList<Crosswalk> out;
    const QStringList files =
        QDir(crosswalksDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString path = crosswalksDir() + QLatin1Char('/') + file;
        const Expected<Crosswalk> crosswalk =
            CrosswalkFormat::read(resourceBytes(path), displayName(path));
        if (crosswalk)
            out << *crosswalk;
    }
    return out;
}

Expected<Crosswalk> StandardsLibrary::bundledCrosswalk(const QString &fromId, const QString &toId)
{
    const QStringList files =
        QDir(crosswalksDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString path = crosswalksDir() + QLatin1Char('/') + file;
        Expected<Crosswalk> crosswalk =
            CrosswalkFormat::read(resourceBytes(path), displayName(path));
        // A damaged bundled crosswalk is a build defect: report it rather than skip it.
        if (!crosswalk)
            return crosswalk;
        if (crosswalk->fromSetId == fromId && crosswalk->toSetId == toId)
            return crosswalk;
    }
    return Error{tr("No crosswalk from \"%1\" to \"%2\" is bundled").arg(fromId, toId), QString(),
                 QString(), tr("Moving between these sets needs a crosswalk file of your own.")};
}

Expected<StandardsSet> StandardsLibrary::resolve(const QString &idOrPath)
{
    if (bundledIds().contains(idOrPath))
        return bundled(idOrPath);
    if (QFileInfo::exists(idOrPath) && !idOrPath.startsWith(QLatin1Char(':')))
        return StandardsFormat::readFile(idOrPath);
    return Error{tr("\"%1\" is neither a bundled standards set nor a file").arg(idOrPath),
                 QString(), QString(),
                 tr("Give the path of a standards JSON file, or one of the bundled sets: %1.")
                     .arg(bundledIds().join(QLatin1String(", ")))};
}

} // namespace seqohs
