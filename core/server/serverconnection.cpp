#include "serverconnection.h"

#include "serverschema.h"

#include <QAtomicInt>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace seqohs {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("seqohs-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

// What the server or libpq said, in one line: libpq adds a severity prefix and a second line
// guessing at the cause, which our own hint replaces.
QString serverSaid(const QSqlError &error)
{
    QString said = error.databaseText().trimmed();
    if (said.isEmpty())
        said = error.text().trimmed();
    said = said.section(QLatin1Char('\n'), 0, 0).trimmed();
    for (const QLatin1String prefix : {QLatin1String("ERROR:"), QLatin1String("FATAL:")}) {
        if (said.startsWith(prefix))
            said = said.mid(prefix.size()).trimmed();
    }
    return said;
}

bool passwordMissing(const QSqlError &error)
{
    return error.databaseText().contains(QLatin1String("no password supplied"));
}

} // namespace

ServerConnection::ServerConnection(const ServerAddress &address, const QSqlDatabase &db)
    : m_address(address)
    , m_db(db)
{
}

ServerConnection::~ServerConnection()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Expected<std::unique_ptr<ServerConnection>>
ServerConnection::open(const ServerAddress &address, const PasswordPrompt &askPassword)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return Error{tr("Qt's PostgreSQL driver (QPSQL) is not installed, so no team workspace "
                        "can be reached."),
                     QString(), QString(),
                     tr("Install it (on Debian: the package libqt6sql6-psql).")};
    }
    const QString name = uniqueConnectionName();
    std::unique_ptr<ServerConnection> connection(
        new ServerConnection(address, QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name)));
    QSqlDatabase &db = connection->m_db;
    db.setHostName(address.host());
    if (address.port() > 0)
        db.setPort(address.port());
    db.setDatabaseName(address.database());
    db.setUserName(address.user());
    db.setConnectOptions(address.connectOptions());
    bool opened = db.open();
    if (!opened && askPassword && passwordMissing(db.lastError())) {
        const QString password = askPassword(address.display());
        if (!password.isEmpty()) {
            db.setPassword(password);
            opened = db.open();
            // Only libpq holds it from here on.
            db.setPassword(QString());
        }
    }
    if (!opened) {
        const QString said = serverSaid(db.lastError());
        QString hint;
        if (said.contains(QLatin1String("password")))
            hint = tr("Check the password: libpq reads it from ~/.pgpass or PGPASSWORD.");
        else if (said.contains(QLatin1String("permission denied for database")))
            hint = tr("Your login is not a member of this team workspace; ask its lead or the "
                      "server's administrator to add you to one of its roles.");
        else if (said.contains(QLatin1String("does not exist")))
            hint = tr("Check the database and login names; the server's administrator creates "
                      "both.");
        else
            hint = tr("Check that the server is running and that the address is right.");
        return Error{tr("Could not connect to %1: %2").arg(address.display(), said), QString(),
                     QString(), hint};
    }
    const Status session = connection->execAll(
        {QStringLiteral("SET TIME ZONE 'UTC'"), QStringLiteral("SET search_path TO seqohs"),
         QStringLiteral("SET application_name TO 'seqohs-tracker'"),
         QStringLiteral("SELECT set_config('seqohs.schema_version', '%1', false)")
             .arg(ServerSchema::CurrentVersion)},
        tr("Setting up the session"));
    if (!session)
        return session.errors();
    auto user = connection->run(QStringLiteral("SELECT session_user"), {},
                                tr("Asking the server who is connected"));
    if (!user)
        return user.errors();
    if (user->next())
        connection->m_sessionUser = user->value(0).toString();
    return connection;
}

Error ServerConnection::sqlError(const QSqlError &error, const QString &what) const
{
    const QString code = error.nativeErrorCode();
    const QString said = serverSaid(error);
    const QString where = m_address.display();
    if (code == QLatin1String("42501")) {
        return Error{
            tr("%1: the server %2 refused it, as your login (%3) is not permitted to do it (%4).")
                .arg(what, where, m_sessionUser, said),
            QString(), QString(),
            tr("Your role on this team workspace does not allow it; ask the service "
               "lead.")};
    }
    if (code == QLatin1String("40001") || code == QLatin1String("40P01")) {
        m_metConcurrentChange = true;
        return Error{
            tr("%1: on %2 it met another person's change at the same moment.").arg(what, where),
            QString(), QString(), tr("Try again.")};
    }
    if (code == QLatin1String("55000")) {
        // The server's check of the schema version names both versions in its message.
        return Error{tr("%1: the server %2 refused it (%3).").arg(what, where, said), QString(),
                     QString(),
                     tr("Use a version of seqohs-tracker that writes this server's schema.")};
    }
    return Error{tr("%1: the server %2 said: %3").arg(what, where, said), QString(), QString(),
                 error.type() == QSqlError::ConnectionError
                     ? tr("Check that the server is running and reachable.")
                     : QString()};
}

bool ServerConnection::transactionFailed() const
{
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || !handle.data())
        return false;
    const auto *conn = *static_cast<PGconn *const *>(handle.data());
    return conn && PQtransactionStatus(conn) == PQTRANS_INERROR;
}

QString ServerConnection::quoted(const QString &identifier) const
{
    return m_db.driver()->escapeIdentifier(identifier, QSqlDriver::FieldName);
}

Expected<QSqlQuery> ServerConnection::run(const QString &sql, const QVariantList &values,
                                          const QString &what) const
{
    QSqlQuery query(m_db);
    if (!query.prepare(sql))
        return sqlError(query.lastError(), what);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query.lastError(), what);
    return query;
}

Expected<QSqlQuery> ServerConnection::scan(const QString &sql, const QVariantList &values,
                                           const QString &what) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query.lastError(), what);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query.lastError(), what);
    return query;
}

Status ServerConnection::execAll(const QStringList &statements, const QString &what) const
{
    QSqlQuery query(m_db);
    for (const QString &sql : statements) {
        if (!query.exec(sql))
            return sqlError(query.lastError(), what);
    }
    return success();
}

Status ServerConnection::transact(const QString &what, const std::function<Status()> &work)
{
    if (!m_db.transaction())
        return sqlError(m_db.lastError(), what);
    Status done = work();
    if (!done) {
        m_db.rollback();
        return done;
    }
    if (!m_db.commit()) {
        const Error error = sqlError(m_db.lastError(), what);
        m_db.rollback();
        return error;
    }
    return success();
}

} // namespace seqohs
