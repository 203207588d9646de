#include "serverdirectory.h"

#include <QSqlQuery>

namespace seqohs {

Expected<QList<ServerAddress>>
ServerDirectory::readableWorkspaces(const ServerAddress &any,
                                    const ServerConnection::PasswordPrompt &askPassword)
{
    // One question for all the databases of one server: the login is the same.
    std::optional<QString> given;
    const ServerConnection::PasswordPrompt once = [&](const QString &server) {
        if (!given)
            given = askPassword ? askPassword(server) : QString();
        return *given;
    };
    QStringList databases;
    {
        Expected<std::unique_ptr<ServerConnection>> connection = ServerConnection::open(any, once);
        if (!connection)
            return connection.errors();
        Expected<QSqlQuery> names =
            (*connection)
                ->run(QStringLiteral(
                          "SELECT datname FROM pg_database WHERE datallowconn AND NOT "
                          "datistemplate AND has_database_privilege(datname, 'CONNECT') ORDER "
                          "BY datname"),
                      {}, tr("Listing the team workspaces on the server"));
        if (!names)
            return names.errors();
        while (names->next())
            databases << names->value(0).toString();
    }
    QList<ServerAddress> found;
    for (const QString &database : std::as_const(databases)) {
        const ServerAddress address = any.withDatabase(database);
        Expected<std::unique_ptr<ServerConnection>> connection =
            ServerConnection::open(address, once);
        // A database that refuses this login after all (the server's pg_hba.conf) is not one of
        // its sites.
        if (!connection)
            continue;
        Expected<QSqlQuery> workspace =
            (*connection)
                ->run(QStringLiteral("SELECT to_regclass('seqohs.server_meta') IS NOT NULL AND "
                                     "has_schema_privilege('seqohs', 'USAGE') AND CASE WHEN "
                                     "to_regclass('seqohs_rollup.assessment') IS NULL THEN "
                                     "has_table_privilege('seqohs.assessment', 'SELECT') ELSE "
                                     "has_table_privilege('seqohs_rollup.assessment', 'SELECT') "
                                     "END"),
                      {}, tr("Asking whether %1 is a team workspace").arg(address.display()));
        if (workspace && workspace->next() && workspace->value(0).toBool())
            found << address;
    }
    return found;
}

} // namespace seqohs
