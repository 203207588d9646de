#pragma once

#include "common/expected.h"

#include <QCoreApplication>
#include <QString>

QT_BEGIN_NAMESPACE
class QSqlDatabase;
QT_END_NAMESPACE

namespace seqohs {

// The workspace file's schema: how a new file is laid out, how an older file is brought up to
// date, and how a file is recognised before SQLite is allowed to touch it. Workspace uses it, and
// so does a download from a team server (WorkspaceDownload), which lays out a new file as
// Workspace does. The tables are described in docs/workspace-format.md.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::Schema)

public:
    // PRAGMA application_id of every workspace: "SQOH" in ASCII.
    static constexpr qint32 ApplicationId = 0x53514F48;
    // PRAGMA user_version written by this build. Raise it by one for every schema change and add
    // the step to upgrade().
    static constexpr int CurrentVersion = 6;

    // What the first 100 bytes of a file say, read without SQLite.
    struct FileHeader
    {
        qint32 applicationId = 0;
        int userVersion = 0;
        int pageSize = 0;
        qint64 pageCount = 0; // from the header; 0 when the header's count is not valid
        qint64 fileSize = 0;
    };

    // Refuses at once what is not a regular file (a pipe, a device, a folder) or does not exist.
    static Status requireRegularFile(const QString &path);

    // Reads the file's header directly and refuses, with a message naming the file, a file that
    // is missing, empty, not SQLite, truncated, of another application, or of a newer version.
    // Never writes.
    static Expected<FileHeader> inspect(const QString &path);

    // Creates every table of the current version in an empty database, inside the caller's
    // transaction, and sets user_version and application_id.
    static Status create(QSqlDatabase &db, const QString &path);

    // Brings a file of an older version up to CurrentVersion one step at a time, inside the
    // caller's transaction; on failure the caller rolls back and the file keeps its old version.
    static Status upgrade(QSqlDatabase &db, const QString &path, int fromVersion);
};

} // namespace seqohs
