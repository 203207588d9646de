#pragma once

#include "serverconnection.h"
#include "workspace/storagekernel.h"

#include <memory>

namespace seqohs {

class ServerAddress;
class ServerBlobStore;

// The storage kernel for a team workspace on a PostgreSQL server (docs/team-server.md), over one
// ServerConnection as the person's own login. The stores run the same SQL as on a file.
//
// A unit of work is one SERIALIZABLE transaction, begun once the session has the writers' turn
// (an advisory lock of the workspace's database): the audit chain's numbering and head, and the
// sum of the row digests it records, are rules across rows that two writers must not
// interleave, so the team's writers take turns, as a file's single writer does, and each unit
// sees what the writers before it committed. A unit the server still cannot serialize (someone
// changed its rows without taking the turn) is run again, a bounded number of times.
// The server's own trail names the rows each unit changed (it is written in the same
// transaction), which is how this kernel knows which row digests to renew, so that a download
// of the workspace passes the file's integrity check.
class ServerKernel final : public StorageKernel
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::ServerKernel)

public:
    enum class Access {
        ReadWrite,
        ReadOnly,
        // Read-only, through the roll-up views (server schema 2 on; ServerSchema): the stores'
        // reads give the figures and what a roll-up names, and the text a roll-up does not
        // show reads empty. The only access the regional role has. On an older server the
        // same as ReadOnly.
        FiguresOnly,
    };

    // Connects and checks that the database holds a team workspace whose server schema this
    // program reads (and, for ReadWrite, writes).
    static Expected<std::unique_ptr<ServerKernel>>
    open(const ServerAddress &address, Access access,
         const ServerConnection::PasswordPrompt &askPassword = {});

    ~ServerKernel() override;

    ServerConnection &connection() { return *m_connection; }

    BlobStore &blobs() override;
    const BlobStore &blobs() const override;
    [[nodiscard]] Error sqlError(const QSqlError &error, const QString &what) const override;
    // The server's own audit trail, every hash recomputed; the server enforces its schema, keys
    // and references itself.
    [[nodiscard]] ErrorList engineProblems() const override;
    // A download into a new workspace file: one consistent snapshot, checked.
    [[nodiscard]] Status backupTo(const QString &path) const override;
    // Nothing to do: the server reclaims deleted rows itself (autovacuum), and rewriting the
    // tables (VACUUM FULL) would lock them against the whole team; that is the administrator's
    // decision.
    [[nodiscard]] Status compact() override { return writable(); }
    // The server's log is the server's.
    void keepLogOnClose() override {}
    QString person() const override { return m_connection->sessionUser(); }
    [[nodiscard]] Expected<bool> unitTouched(const QStringList &tables) const override;
    QString versionColumn(const QString &alias = QString()) const override
    {
        return alias.isEmpty() ? QStringLiteral("row_version")
                               : alias + QStringLiteral(".row_version");
    }
    // LISTEN on the channel the server's trail notifies (docs/team-server.md).
    bool followOthers(const std::function<void(const OthersChange &)> &changed) override;
    [[nodiscard]] Status checkConnection() const override;
    [[nodiscard]] Status
    reconnect(const std::function<QString(const QString &server)> &askPassword) override;
    [[nodiscard]] Status checkVersion(const QString &table, const QString &keyColumn,
                                      const QString &key, const QString &what) const override;
    [[nodiscard]] Status checkUpdated(const QSqlQuery &update, const QString &table,
                                      const QString &keyColumn, const QString &key,
                                      const QString &what) const override;

protected:
    [[nodiscard]] Status begin(const QString &what, Sync sync) override;
    [[nodiscard]] Status commit(const QString &what) override;
    void rollback(const QString &what) override;
    void retire(QSqlQuery query) const override;
    bool unitMayRetry() const override;
    [[nodiscard]] Expected<RowSeal> sealRows(const QByteArray &previousState) override;

private:
    ServerKernel(std::unique_ptr<ServerConnection> connection, bool readOnly);
    // Points the session's reads at the roll-up views, when m_throughViews.
    [[nodiscard]] Status aimReads();
    [[nodiscard]] Status execSql(const QString &sql, const QString &what) const;
    [[nodiscard]] Error refused(int outcome, const QString &what) const;
    void endTurn(const QString &what);

    // What followOthers() was given, to follow again on a new connection.
    std::function<void(const OthersChange &)> m_following;
    std::unique_ptr<ServerConnection> m_connection;
    std::unique_ptr<ServerBlobStore> m_blobs;
    // The last row of the server's trail when the unit of work began.
    qint64 m_unitStart = 0;
    bool m_holdsTurn = false;
    bool m_throughViews = false;
    // Prepared statements that failed inside a transaction: PostgreSQL refuses to free them
    // until the transaction ends (and QPSQL says so on stderr), so they go after the rollback.
    mutable QList<QSqlQuery> m_retired;
};

} // namespace seqohs
