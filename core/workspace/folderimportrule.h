#pragma once

#include "common/expected.h"

#include <QCoreApplication>
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
    Q_DECLARE_TR_FUNCTIONS(seqohs::FolderImportRule)

public:
    // True when the file name (without its folder) belongs to a workspace.
    static bool isWorkspaceFile(const QString &fileName);

    // True when a folder import takes a file of this name (without its folder).
    static bool takes(const QString &fileName);

    // The files a folder import takes under folder, full paths, sorted so that every run adds
    // them in the same order. Empty when folder is not a readable folder or holds nothing to
    // take.
    static QStringList files(const QString &folder);

    // Fails, naming them, when files the import would take have names that are not valid
    // UTF-8: such a name cannot be read back through Qt, so the import would miss them
    // without a word. Invalid bytes are shown as \xNN.
    static Status checkNames(const QString &folder);

    // A file name's bytes for a person to read: valid UTF-8 as it is, other bytes as \xNN.
    static QString displayName(const QByteArray &bytes);
};

} // namespace seqohs
