#pragma once

#include "auditentry.h"
#include "common/expected.h"
#include "rowcursor.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QSqlError;
class QSqlQuery;
QT_END_NAMESPACE

namespace seqohs {

class BlobStore;

// The storage kernel of a workspace: the connection, the transaction, the audit chain and the
// key/value settings, for the stores to build on. The stores own their SQL and nothing else; what
// only one database engine understands (opening, locking, the file's schema and upgrades, the
// engine's own checks, backups, and how content is stored) is behind this interface, which a
// second engine implements beside SqliteKernel.
//
// One unit of work is one transaction: transact() may be called inside another transact(), and
// then joins it, so a multi-step operation commits everything or nothing. Work that must follow
// a commit (signals, in-memory state) is queued with afterCommit() and dropped on rollback.
// An engine that several people write at once may run a unit's work again from the start when
// it could not serialize the unit with another person's (see transact()).
class StorageKernel
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::StorageKernel)

public:
    // How a transaction reaches the disk: at its commit, or (file imports, which can be repeated)
    // at the next synced commit or checkpoint. Bulk is a run of file imports committed together,
    // written the way that suits a bulk load (SQLite: straight into the file rather than through
    // its log, while no other connection has the file open); each transact() inside it is a
    // part that, when it fails, leaves nothing of itself while the others go on. Engines without
    // these distinctions treat them all alike.
    enum class Sync { AtCommit, Later, Bulk };

    virtual ~StorageKernel();
    StorageKernel(const StorageKernel &) = delete;
    StorageKernel &operator=(const StorageKernel &) = delete;

    // The file (or connection) the workspace lives in, as errors name it.
    QString location() const { return m_location; }
    bool isReadOnly() const { return m_readOnly; }
    // The schema version the stores read: the current one, except for an older file opened
    // read-only, which is never upgraded; tables it does not have read as empty.
    int formatVersion() const { return m_formatVersion; }

    // The connection the stores run their statements on; it belongs to the opening thread.
    QSqlDatabase database() const { return m_db; }
    virtual BlobStore &blobs() = 0;
    virtual const BlobStore &blobs() const = 0;

    // Prepares sql, binds values in order, runs it and checks it. what names the operation in
    // the error ("Reading the evidence failed").
    [[nodiscard]] Expected<QSqlQuery> run(const QString &sql, const QVariantList &values,
                                          const QString &what) const;
    [[nodiscard]] Status exec(QSqlQuery &query, const QString &what) const;
    // As run(), for a read that goes over many rows: the rows come through a RowCursor, which
    // an engine may serve without QtSql's per-value overhead. A cursor that stops early says
    // why (RowCursor::error()); pass that to cursorError().
    [[nodiscard]] virtual Expected<std::unique_ptr<RowCursor>>
    scan(const QString &sql, const QVariantList &values, const QString &what) const;
    [[nodiscard]] Error cursorError(const RowCursor &cursor, const QString &what) const;

    // An error a person can act on for a failed statement: a full disk says so; anything else
    // sends them to the integrity check.
    [[nodiscard]] virtual Error sqlError(const QSqlError &error, const QString &what) const;
    [[nodiscard]] Status writable() const;

    // Runs work as one unit of work. The outermost unit's work may run more than once: when the
    // engine could not serialize it with another person's unit that committed first, it is
    // rolled back and run again, up to UnitAttempts times in all (bulk units are not). So work
    // starts from nothing each time: what it keeps outside the transaction it sets afresh, or
    // queues with afterCommit().
    [[nodiscard]] Status transact(const QString &what, const std::function<Status()> &work,
                                  Sync sync = Sync::AtCommit);
    static constexpr int UnitAttempts = 4;
    bool inTransaction() const { return m_depth > 0; }
    void afterCommit(std::function<void()> done);
    // Work run at the end of every outermost unit of work, inside it, after the unit's own work:
    // for records that must stay true of what the unit changed (a sign-off is voided by the
    // change that breaks it, in the same commit). Its failure rolls the unit back.
    void setBeforeCommit(std::function<Status()> check) { m_beforeCommit = std::move(check); }
    // Whether the current unit of work has touched a row of any of these tables. An engine that
    // cannot tell says it has.
    [[nodiscard]] virtual Expected<bool> unitTouched(const QStringList &tables) const
    {
        Q_UNUSED(tables);
        return true;
    }

    // Rows people edit, on an engine several people write at once (a team workspace): a change
    // must not overwrite, unseen, what someone else changed since the person read it. A store
    // reads versionColumn() with such a row (SQL for the row's version, of the table named alias
    // in the statement when given: "0" on a file) and hands
    // the value to noteVersion(), which keeps the first version read outside a unit of work since
    // the row was last written or refused (what the person saw, not what a change reads just
    // before it writes). Before writing the row the store calls checkVersion(), which fails,
    // saying so, when someone else changed or removed it since, and forgets the version; after
    // an update, checkUpdated(), which tells a row the person's role may not change (the server
    // changed no row, without an error) from one that is gone. On a file all of them pass.
    virtual QString versionColumn(const QString &alias = QString()) const
    {
        Q_UNUSED(alias);
        return QStringLiteral("0");
    }
    void noteVersion(const QString &table, const QString &key, qint64 version) const;
    // Forgets the version noted of a row: once the person wrote it, or saw someone else's change
    // of it, their next change needs a fresh look.
    void forgetVersion(const QString &table, const QString &key) const;
    // Forgets every version noted: the person is shown everything again, as it is now.
    void forgetVersions() const { m_versions.clear(); }
    [[nodiscard]] virtual Status checkVersion(const QString &table, const QString &keyColumn,
                                              const QString &key, const QString &what) const
    {
        Q_UNUSED(table);
        Q_UNUSED(keyColumn);
        Q_UNUSED(key);
        Q_UNUSED(what);
        return success();
    }
    [[nodiscard]] virtual Status checkUpdated(const QSqlQuery &update, const QString &table,
                                              const QString &keyColumn, const QString &key,
                                              const QString &what) const
    {
        Q_UNUSED(update);
        Q_UNUSED(table);
        Q_UNUSED(keyColumn);
        Q_UNUSED(key);
        Q_UNUSED(what);
        return success();
    }

    // A change someone else committed to the same workspace, as the audit trail names it: the
    // change ("insert", "update", "delete"), the table, the row's key ("42", "42/S23-GOV-01")
    // and who made it (their login).
    struct OthersChange
    {
        QString change;
        QString table;
        QString key;
        QString who;
    };
    // Calls changed for each change others commit, from the event loop of the thread that
    // opened the workspace, as they commit (a team workspace on a server; a file has no one
    // else). The versions noted stay: the caller decides when the person has seen the change
    // (Workspace::followOthersChanges). False when the engine cannot follow them.
    virtual bool followOthers(const std::function<void(const OthersChange &)> &changed)
    {
        Q_UNUSED(changed);
        return false;
    }

    // Whether the connection still answers: fails, saying so, when a server's connection was
    // lost (the server restarted, the network dropped). A file always answers.
    [[nodiscard]] virtual Status checkConnection() const { return success(); }
    // Connects again after the connection was lost, and follows others' changes again if it
    // did. The versions noted stay: a change the person saves afterwards is still checked
    // against what they saw. Fails inside a unit of work. A file has nothing to do.
    [[nodiscard]] virtual Status
    reconnect(const std::function<QString(const QString &server)> &askPassword)
    {
        Q_UNUSED(askPassword);
        return success();
    }

    // Key/value settings. A key never set reads as a null QVariant.
    [[nodiscard]] Expected<QVariant> meta(const QString &key) const;
    [[nodiscard]] Status setMeta(const QString &key, const QString &value);

    // Appends one row to the audit chain inside the current transaction. The unit's last row is
    // written at its commit, when it records the rows the unit changed (see sealRows()).
    [[nodiscard]] Status audit(const QString &what, const QString &target,
                               const QJsonObject &before, const QJsonObject &after);
    [[nodiscard]] Expected<qint64> auditCount() const;
    [[nodiscard]] Expected<QString> auditHead() const;
    [[nodiscard]] Expected<QList<AuditEntry>> auditTrail() const;
    [[nodiscard]] Expected<std::optional<QString>> auditHashAt(qint64 seq) const;
    // Recomputes the chain; the error names the first row that does not fit.
    [[nodiscard]] Status verifyAuditChain() const;
    // The meta keys the chain keeps for itself (its count and head).
    static QStringList chainMetaKeys();

    // What a unit of work changed in the rows: whether it touched any, and the sum of every
    // row's digest after it, which the unit's last audit row records.
    struct RowSeal
    {
        bool changed = false;
        QByteArray state;
    };
    // The rows that differ from what the audit chain recorded of them, each named.
    [[nodiscard]] virtual ErrorList rowProblems() const { return {}; }

    // The engine's own consistency checks (pages, indexes, foreign keys); every problem found.
    [[nodiscard]] virtual ErrorList engineProblems() const = 0;
    // A consistent, self-contained copy, put in place only when complete.
    [[nodiscard]] virtual Status backupTo(const QString &path) const = 0;
    // Rewrites the store so that nothing deleted remains in it (outside any transaction).
    [[nodiscard]] virtual Status compact() = 0;
    // Leaves the engine's log as it is when the workspace is closed, rather than folding it
    // into the file: for a workspace found damaged, whose log may belong to another file.
    virtual void keepLogOnClose() = 0;

    // The name recorded in the audit trail for changes made by this process.
    static void setUserName(const QString &name);
    static QString userName();
    // The person this connection works as: userName() on a file; the login on a server, which
    // is who the server's own trail and its policies know.
    virtual QString person() const { return userName(); }

protected:
    StorageKernel(QString location, bool readOnly);
    void setDatabase(const QSqlDatabase &db) { m_db = db; }
    void setFormatVersion(int version) { m_formatVersion = version; }
    // Whether run() reads rows one at a time (the default). An engine whose driver loses the
    // rows not yet read when another statement runs (QtSql's PostgreSQL driver) turns it off:
    // the stores run statements while they read the rows of another.
    void setForwardOnlyReads(bool forwardOnly) { m_forwardOnly = forwardOnly; }
    // Whether noteVersion() keeps anything: only an engine whose rows have versions.
    void setKeepsVersions(bool keeps) { m_keepsVersions = keeps; }

    // Records the digests of the rows the unit touched, given the sum before it. An engine that
    // does not track rows (or a file too old to) returns an unchanged, empty seal.
    [[nodiscard]] virtual Expected<RowSeal> sealRows(const QByteArray &previousState)
    {
        Q_UNUSED(previousState);
        return RowSeal{};
    }
    // The version noteVersion() kept for a row.
    std::optional<qint64> notedVersion(const QString &table, const QString &key) const;
    // The sum the last audit row that has one recorded, or empty.
    [[nodiscard]] Expected<QByteArray> recordedRowState() const;

    [[nodiscard]] virtual Status begin(const QString &what, Sync sync) = 0;
    [[nodiscard]] virtual Status commit(const QString &what) = 0;
    virtual void rollback(const QString &what) = 0;
    // Whether the outermost unit of work that just failed and was rolled back failed only
    // because the engine could not serialize it with another unit, so that running it again
    // may succeed. An engine with a single writer never says so.
    virtual bool unitMayRetry() const { return false; }
    // Takes a statement that failed: by default it goes now. An engine whose failed statement
    // leaves the transaction unable to free anything keeps it until the rollback.
    virtual void retire(QSqlQuery query) const;

private:
    [[nodiscard]] Status finishUnit();
    [[nodiscard]] Status insertAudit(const AuditEntry &entry);
    [[nodiscard]] Status transactPart(const std::function<Status()> &work);
    [[nodiscard]] Status transactOnce(const QString &what, const std::function<Status()> &work,
                                      Sync sync);

    QString m_location;
    bool m_readOnly = false;
    int m_formatVersion = 0;
    QSqlDatabase m_db;
    int m_depth = 0;
    Sync m_unitSync = Sync::AtCommit;
    // Set when a failed part of a bulk unit could not be taken back: the unit then fails.
    ErrorList m_unitBroken;
    bool m_forwardOnly = true;
    bool m_keepsVersions = false;
    mutable QHash<QString, qint64> m_versions;
    QList<std::function<void()>> m_afterCommit;
    std::function<Status()> m_beforeCommit;
    // The unit's latest audit row, held back until the commit gives it the rows' sum.
    std::optional<AuditEntry> m_pendingAudit;
};

} // namespace seqohs
