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

int runInit(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("server init"), QStringLiteral("seqohs-tracker-cli server init URL"),
        WorkspaceCli::tr(
            "Sets up an empty PostgreSQL database as a team workspace: the tables, the group "
            "roles named after the database (DATABASE_lead, _contributor, _viewer and _assessor) "
            "with what each may do, "
            "the audit trail the server writes itself, and logging that keeps statement values "
            "out of the server's log where the login may set it. Run it as the login that owns "
            "the database and may create roles. URL is postgresql://USER@HOST:PORT/DATABASE; the "
            "password comes from ~/.pgpass or PGPASSWORD, or is asked for.")};
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("URL"), WorkspaceCli::tr("The database."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (parser.positionalArguments().isEmpty())
        return Cli::usageError(err, WorkspaceCli::tr("Name the database: server init URL."),
                               command);
    if (const int code = Cli::unexpectedArguments(parser, 1, command, err); code != Cli::Success)
        return code;
    const Expected<ServerAddress> address =
        ServerAddress::parse(parser.positionalArguments().at(0));
    if (!address)
        return Cli::printErrors(err, address.errors());
    auto connection = ServerConnection::open(*address, PasswordPrompt::ask);
    if (!connection)
        return Cli::printErrors(err, connection.errors());
    const Expected<ServerSchema::Created> created = ServerSchema::create(**connection);
    if (!created)
        return Cli::printErrors(err, created.errors());
    out << WorkspaceCli::tr("Set up %1 as a team workspace (server schema version %2).")
               .arg(address->display())
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

int runServer(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Cli::dispatch(QStringLiteral("server"), {QStringLiteral("init")},
                         QStringLiteral("seqohs-tracker-cli server init URL"), {runInit}, args, out,
                         err);
}

Command serverCommand()
{
    return {QStringLiteral("server"),
            QStringLiteral("server init URL                             a database as a team "
                           "workspace"),
            91, runServer};
}

} // namespace

SEQOHS_REGISTER_COMMAND(serverCommand)
