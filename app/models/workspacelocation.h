#pragma once

#include "common/expected.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace seqohs {
class Workspace;
}

// Where an open workspace lives and how another thread reaches it again: a file, or a team
// workspace on a PostgreSQL server (a postgresql:// URL). Connections stay on the thread that
// made them, so a long import or check opens a connection of its own through this. A password
// the person typed for the server is held here, in memory, while the workspace is open, so that
// those connections do not ask again; it is never written anywhere.
class WorkspaceLocation
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceLocation)

public:
    WorkspaceLocation() = default;
    explicit WorkspaceLocation(QString location, QString password = QString());

    QString location() const { return m_location; }
    // The password typed for the server while this workspace is open (empty when libpq found
    // one itself), for connecting again.
    QString password() const { return m_password; }
    bool isServer() const;
    // The file's name, or "database on server" for a team workspace.
    QString displayName() const;
    // The name the window gives what it exports: the file's name without its suffix, or the
    // database's name.
    QString baseName() const;
    // Where the window suggests saving what it exports from this workspace.
    QString folder() const;

    // A second connection for changes on the calling thread (Workspace::openCompanion for a
    // file, another login session for a team workspace).
    seqohs::Expected<std::unique_ptr<seqohs::Workspace>> openCompanion() const;
    // A connection that only reads, on the calling thread.
    seqohs::Expected<std::unique_ptr<seqohs::Workspace>> openForReading() const;
    // Answers a server's request for the password with the one typed (or none), for a worker
    // that opens this workspace itself.
    std::function<QString(const QString &server)> passwordPrompt() const;

private:
    seqohs::Expected<std::unique_ptr<seqohs::Workspace>> openServer(bool readOnly) const;

    QString m_location;
    QString m_password;
};
