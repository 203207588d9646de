#pragma once

#include <QString>
#include <QStringList>

namespace seqohs {

// Which files "add every file in a folder" takes, written once for the window and the command
// line. A folder import takes every regular file under the folder and its subfolders except
// hidden ones (a name starting with '.', or anything inside a hidden folder such as .git) and a
// workspace's own files (the .seqohs file, its SQLite log, shared memory and journal, and its
// lock file), which are never evidence and change while the import reads them.
class FolderImportRule
{
public:
    // True when the file name (without its folder) belongs to a workspace.
    static bool isWorkspaceFile(const QString &fileName);

    // True when a folder import takes a file of this name (without its folder).
    static bool takes(const QString &fileName);

    // The files a folder import takes under folder, full paths, sorted so that every run adds
    // them in the same order. Empty when folder is not a readable folder or holds nothing to
    // take.
    static QStringList files(const QString &folder);
};

} // namespace seqohs
