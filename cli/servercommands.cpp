// The "server" command: setting up a PostgreSQL database as a team workspace.

#include "command.h"
#include "passwordprompt.h"
#include "workspacecli.h"

#include "server/serveraddress.h"
#include "server/serverconnection.h"
#include "server/serverschema.h"

using namespace seqohs;
using Cli = WorkspaceCli;

namespace {

// The one argument of each "server" command, URL, read and connected to as the login it names;
// null when that failed, with what went wrong printed and code set to the exit code.
std::unique_ptr<ServerConnection> connectToDatabase(const QStringList &args,
                                                    const Cli::Command &command, QTextStream &out,
                                                    QTextStream &err, int &code)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("URL"), WorkspaceCli::tr("The database."));
    if (auto parsed = Cli::parse(parser, args, 2, command, out, err)) {
        code = *parsed;
        return nullptr;
    }
    if (parser.positionalArguments().isEmpty()) {
        code = Cli::usageError(
            err, WorkspaceCli::tr("Name the database: %1 URL.").arg(command.words), command);
        return nullptr;
    }
    if (code = Cli::unexpectedArguments(parser, 1, command, err); code != Cli::Success)
        return nullptr;
    const Expected<ServerAddress> address =
        ServerAddress::parse(parser.positionalArguments().at(0));
    if (!address) {
        code = Cli::printErrors(err, address.errors());
        return nullptr;
    }
    Expected<std::unique_ptr<ServerConnection>> connection =
        ServerConnection::open(*address, PasswordPrompt::ask);
    if (!connection) {
        code = Cli::printErrors(err, connection.errors());
        return nullptr;
    }
    return std::move(*connection);
}

int runInit(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("server init"), QStringLiteral("seqohs-tracker-cli server init URL"),
        WorkspaceCli::tr(
            "Sets up an empty PostgreSQL database as a team workspace: the tables, the group "
            "roles named after the database (DATABASE_lead, _contributor, _viewer, _assessor, "
            "and _regional for a regional lead who sees only a roll-up's figures) with what each "
            "may do, the views a roll-up reads, "
            "the audit trail the server writes itself, and logging that keeps statement values "
            "out of the server's log where the login may set it. Run it as the login that owns "
            "the database and may create roles. URL is postgresql://USER@HOST:PORT/DATABASE; the "
            "password comes from ~/.pgpass or PGPASSWORD, or is asked for.")};
    int code = Cli::Success;
    const std::unique_ptr<ServerConnection> connection =
        connectToDatabase(args, command, out, err, code);
    if (!connection)
        return code;
    const ServerAddress &address = connection->address();
    const Expected<ServerSchema::Created> created = ServerSchema::create(*connection);
    if (!created)
        return Cli::printErrors(err, created.errors());
    out << WorkspaceCli::tr("Set up %1 as a team workspace (server schema version %2).")
               .arg(address.display())
               .arg(ServerSchema::CurrentVersion)
        << '\n'
        << WorkspaceCli::tr("Group roles: %1.").arg(created->roles.join(QLatin1String(", ")))
        << '\n';
    if (!created->loggingSet.isEmpty())
        out << WorkspaceCli::tr("Logging set for this database: %1.")
                   .arg(created->loggingSet.join(QLatin1String(", ")))
            << '\n';
    if (!created->loggingNotSet.isEmpty())
        out << WorkspaceCli::tr("Not permitted to set, so the server's administrator must (see "
                                "docs/team-server.md): %1.")
                   .arg(created->loggingNotSet.join(QLatin1String(", ")))
            << '\n';
    return Cli::Success;
}

int runUpgrade(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("server upgrade"), QStringLiteral("seqohs-tracker-cli server upgrade URL"),
        WorkspaceCli::tr("Brings a team workspace set up by an older version of seqohs-tracker "
                         "to the server schema this version writes, in one step that either "
                         "completes or changes nothing; the workspace's content is not touched. "
                         "Version 2 adds the roll-up views and the DATABASE_regional role. Run "
                         "it as the login that ran 'server init'; the team's older programs "
                         "cannot open it afterwards.")};
    int code = Cli::Success;
    const std::unique_ptr<ServerConnection> connection =
        connectToDatabase(args, command, out, err, code);
    if (!connection)
        return code;
    const ServerAddress &address = connection->address();
    const Expected<ServerSchema::Upgraded> upgraded = ServerSchema::upgrade(*connection);
    if (!upgraded)
        return Cli::printErrors(err, upgraded.errors());
    if (upgraded->from == upgraded->to)
        out << WorkspaceCli::tr("%1 already has server schema version %2; nothing was changed.")
                   .arg(address.display())
                   .arg(upgraded->to)
            << '\n';
    else
        out << WorkspaceCli::tr("Upgraded %1 from server schema version %2 to %3.")
                   .arg(address.display())
                   .arg(upgraded->from)
                   .arg(upgraded->to)
            << '\n';
    return Cli::Success;
}

int runServer(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Cli::dispatch(QStringLiteral("server"),
                         {QStringLiteral("init"), QStringLiteral("upgrade")},
                         QStringLiteral("seqohs-tracker-cli server init|upgrade URL"),
                         {runInit, runUpgrade}, args, out, err);
}

Command serverCommand()
{
    return {QStringLiteral("server"),
            QStringLiteral("server init|upgrade URL                     a database as a team "
                           "workspace"),
            91, runServer};
}

} // namespace

SEQOHS_REGISTER_COMMAND(serverCommand)
