#include "folderimportrule.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace seqohs {

bool FolderImportRule::isWorkspaceFile(const QString &fileName)
{
    // The names SQLite and QLockFile give a workspace's companions ("x.seqohs-wal",
    // "x.seqohs.lock"), matched without regard to case as the window's open dialog does.
    static const QLatin1String suffixes[] = {
        QLatin1String(".seqohs"),      QLatin1String(".seqohs-wal"),
        QLatin1String(".seqohs-shm"),  QLatin1String(".seqohs-journal"),
        QLatin1String(".seqohs.lock"),
    };
    for (const QLatin1String &suffix : suffixes) {
        if (fileName.endsWith(suffix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool FolderImportRule::takes(const QString &fileName)
{
    return !fileName.isEmpty() && !fileName.startsWith(QLatin1Char('.')) &&
           !isWorkspaceFile(fileName);
}

QStringList FolderImportRule::files(const QString &folder)
{
    QStringList found;
    if (!QFileInfo(folder).isDir())
        return found;
    // Without QDir::Hidden the iterator leaves hidden files and folders out; the names are
    // checked again here so that the rule does not rest on that flag alone.
    const QDir root(folder);
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (!takes(it.fileName()))
            continue;
        const QStringList parts = root.relativeFilePath(file).split(QLatin1Char('/'));
        const bool inHiddenFolder =
            std::any_of(parts.begin(), parts.end() - 1,
                        [](const QString &part) { return part.startsWith(QLatin1Char('.')); });
        if (!inHiddenFolder)
            found << file;
    }
    found.sort();
    return found;
}

} // namespace seqohs
