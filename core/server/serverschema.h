#pragma once

#include "common/expected.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace seqohs {

class ServerConnection;

// The layout of a team workspace in a PostgreSQL database, all of it in the schema "seqohs":
// the tables of the workspace file (format 6, see docs/workspace-format.md) with evidence content
// as bytea chunks of at most 1 MiB, what only a server needs (who is assigned to what, a row
// version on every editable row, the trail the server writes itself), the group roles with their
// grants and row-level security, and the server schema version. From version 2, the schema
// "seqohs_rollup" holds the views a roll-up reads. Described in docs/team-server.md.
//
// Every write to a workspace table is checked by the server against the schema version the
// writing session declares (ServerConnection declares CurrentVersion), so a program that does not
// know this layout cannot write to it, even one that never looks.
class ServerSchema
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::ServerSchema)

public:
    // The server schema this program reads and writes. It reads the older ones too, and writes
    // to them once upgraded (upgrade()).
    static constexpr int CurrentVersion = 2;
    // The first with the roll-up views and the regional role.
    static constexpr int RollUpViewsVersion = 2;
    // The workspace file format whose tables the server schema holds.
    static constexpr int WorkspaceFormat = 6;

    // What a database holds, as far as team workspaces go.
    struct State
    {
        bool initialised = false;    // "server init" has been run
        int version = 0;             // the server schema version, when initialised
        bool holdsWorkspace = false; // a workspace has been uploaded (a profile exists)
        int otherTables = 0;         // tables of anything else
    };
    [[nodiscard]] static Expected<State> inspect(ServerConnection &connection);

    // Fails, saying why, unless the database is initialised with a schema this program writes.
    [[nodiscard]] static Status requireWritable(ServerConnection &connection);
    // As requireWritable, for reading.
    [[nodiscard]] static Status requireReadable(ServerConnection &connection);

    // What "server init" did.
    struct Created
    {
        QStringList roles;         // the group roles, lead first
        QStringList loggingSet;    // logging settings made for this database
        QStringList loggingNotSet; // those the login may not set (the administrator must)
    };
    // Lays out an empty database as a team workspace, in one transaction. Refused when the
    // database holds anything, or when the login may not create roles.
    [[nodiscard]] static Expected<Created> create(ServerConnection &connection);

    // What "server upgrade" did: the version found and the version left.
    struct Upgraded
    {
        int from = 0;
        int to = 0;
    };
    // Brings a team workspace of an older server schema to this one, in one transaction, as
    // the login that ran "server init"; nothing to do at this version. Refused for a newer one.
    [[nodiscard]] static Expected<Upgraded> upgrade(ServerConnection &connection);
};

} // namespace seqohs
