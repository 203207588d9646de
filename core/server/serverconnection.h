#pragma once

#include "common/expected.h"
#include "serveraddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QSqlError;
class QSqlQuery;
QT_END_NAMESPACE

namespace seqohs {

// One connection to the PostgreSQL server of a team workspace, through QtSql's QPSQL driver,
// as the person's own login. Opening sets what every session of ours needs: times in UTC, the
// workspace's schema first on the search path, and the server schema version this program
// writes, which the server checks on every write (see ServerSchema). The connection belongs to
// the thread that opened it.
class ServerConnection
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::ServerConnection)

public:
    // Asked for a password when the server wants one and libpq found none (~/.pgpass,
    // PGPASSWORD); returns an empty string to give up. The password is used for this
    // connection only and kept nowhere.
    using PasswordPrompt = std::function<QString(const QString &serverDisplay)>;

    // Connects, or says which server, what failed and what to do.
    static Expected<std::unique_ptr<ServerConnection>> open(const ServerAddress &address,
                                                            const PasswordPrompt &askPassword = {});
    ~ServerConnection();
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;

    const ServerAddress &address() const { return m_address; }
    QSqlDatabase database() const { return m_db; }
    // The login the server knows this session by (what the audit trail records).
    QString sessionUser() const { return m_sessionUser; }

    // Prepares sql, binds values in order and runs it; what names the operation in the error
    // ("Reading the audit trail").
    [[nodiscard]] Expected<QSqlQuery> run(const QString &sql, const QVariantList &values,
                                          const QString &what) const;
    // As run(), for reading many rows: forward-only, so that the driver hands them over one at
    // a time rather than all at once. No other statement may run on the connection until the
    // query is finished, or the rows not yet read are lost.
    [[nodiscard]] Expected<QSqlQuery> scan(const QString &sql, const QVariantList &values,
                                           const QString &what) const;
    // Runs statements without values, in order, stopping at the first that fails.
    [[nodiscard]] Status execAll(const QStringList &statements, const QString &what) const;
    // One transaction around work: committed when work succeeds, rolled back otherwise. The
    // error is the first one (a commit after a failed statement fails with no reason of its own).
    [[nodiscard]] Status transact(const QString &what, const std::function<Status()> &work);

    // An error a person can act on for a failed statement: not permitted, a conflict with
    // another session, or what the server said.
    [[nodiscard]] Error sqlError(const QSqlError &error, const QString &what) const;
    // Whether a statement sqlError() has been given since forgetFailures() failed because the
    // server could not serialize its transaction with another that committed first (or broke a
    // deadlock with it): run again from the start, the transaction may succeed.
    bool metConcurrentChange() const { return m_metConcurrentChange; }
    void forgetFailures() { m_metConcurrentChange = false; }
    // Whether the session is in a transaction that a failed statement has spoiled: until it
    // rolls back, the server ignores every statement, freeing a prepared one included.
    bool transactionFailed() const;
    // Quotes a name (a role, a database) for SQL.
    QString quoted(const QString &identifier) const;

private:
    ServerConnection(const ServerAddress &address, const QSqlDatabase &db);

    ServerAddress m_address;
    QSqlDatabase m_db;
    QString m_sessionUser;
    mutable bool m_metConcurrentChange = false;
};

} // namespace seqohs
