#include "serverkernel.h"

#include "serveraddress.h"
#include "serveraudittrail.h"
#include "serverblobstore.h"
#include "serverrowupdate.h"
#include "serverschema.h"
#include "servertables.h"
#include "workspacedownload.h"

#include "workspace/rowdigests.h"

#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace seqohs {

namespace {

// The advisory lock the writers of one team workspace take turns by ("SEQOHS" and 1); the
// server keeps advisory locks per database, so per workspace.
constexpr qint64 WritersTurn = 0x5345514F48530001;

// The row_digest key of a row the server's trail names: its key columns joined by '/'. Only the
// last key column may hold text that contains '/' (an item id, a name), so it takes the rest.
QStringList splitRowKey(const QString &rowKey, int keys)
{
    QStringList parts;
    for (int i = 0; i < keys; ++i)
        parts << (i + 1 < keys ? rowKey.section(QLatin1Char('/'), i, i)
                               : rowKey.section(QLatin1Char('/'), i, -1));
    while (parts.size() < 3)
        parts << QString();
    return parts;
}

const ServerTables::Table *fileTable(const QString &name)
{
    for (const ServerTables::Table &t : ServerTables::all()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

} // namespace

ServerKernel::ServerKernel(std::unique_ptr<ServerConnection> connection, bool readOnly)
    : StorageKernel(connection->address().display(), readOnly)
    , m_connection(std::move(connection))
    , m_blobs(std::make_unique<ServerBlobStore>(*m_connection))
{
    setDatabase(m_connection->database());
    setFormatVersion(ServerSchema::WorkspaceFormat);
    setForwardOnlyReads(false);
    setKeepsVersions(true);
}

ServerKernel::~ServerKernel()
{
    // The connection goes last: nothing may still hold it when it closes.
    setDatabase(QSqlDatabase());
    m_blobs.reset();
    m_connection.reset();
}

Expected<std::unique_ptr<ServerKernel>>
ServerKernel::open(const ServerAddress &address, Access access,
                   const ServerConnection::PasswordPrompt &askPassword)
{
    const bool readOnly = access != Access::ReadWrite;
    Expected<std::unique_ptr<ServerConnection>> connection =
        ServerConnection::open(address, askPassword);
    if (!connection)
        return connection.errors();
    ServerConnection &c = **connection;
    if (Status known =
            readOnly ? ServerSchema::requireReadable(c) : ServerSchema::requireWritable(c);
        !known)
        return known.errors();
    Expected<ServerSchema::State> state = ServerSchema::inspect(c);
    if (!state)
        return state.errors();
    if (!state->holdsWorkspace) {
        return Error{tr("The team workspace on %1 holds nothing yet.").arg(address.display()),
                     QString(), QString(),
                     tr("A lead puts a workspace into it first: 'seqohs-tracker-cli workspace "
                        "upload FILE --to URL'.")};
    }
    if (access != Access::FiguresOnly) {
        // A regional lead's login reads the roll-up views and not the tables: told here, and
        // not as a refused read of whatever the program happened to read first.
        const QString what = tr("Opening the team workspace on %1").arg(address.display());
        auto readsTables = c.run(
            QStringLiteral("SELECT has_table_privilege('seqohs.assessment', 'SELECT')"), {}, what);
        if (!readsTables)
            return readsTables.errors();
        if (readsTables->next() && !readsTables->value(0).toBool()) {
            return Error{tr("Your login (%1) may read only the roll-up figures of the team "
                            "workspace on %2, so it cannot be opened.")
                             .arg(c.sessionUser(), address.display()),
                         QString(), QString(),
                         tr("Roll it up instead (File > Roll-up across services… in the window, "
                            "or 'seqohs-tracker-cli rollup URL'); to work on it, ask its lead for "
                            "another role.")};
        }
    }
    std::unique_ptr<ServerKernel> kernel(new ServerKernel(std::move(*connection), readOnly));
    kernel->m_throughViews =
        access == Access::FiguresOnly && state->version >= ServerSchema::RollUpViewsVersion;
    if (Status aimed = kernel->aimReads(); !aimed)
        return aimed.errors();
    return kernel;
}

Status ServerKernel::aimReads()
{
    if (!m_throughViews)
        return success();
    // The views have the tables' names, so the stores' reads run on them unchanged; nothing
    // falls through to the tables.
    return m_connection->execAll({QStringLiteral("SET search_path TO seqohs_rollup")},
                                 tr("Reading through the roll-up views"));
}

BlobStore &ServerKernel::blobs()
{
    return *m_blobs;
}

const BlobStore &ServerKernel::blobs() const
{
    return *m_blobs;
}

Error ServerKernel::sqlError(const QSqlError &error, const QString &what) const
{
    return m_connection->sqlError(error, what);
}

Status ServerKernel::execSql(const QString &sql, const QString &what) const
{
    QSqlQuery q(database());
    if (!q.exec(sql))
        return sqlError(q.lastError(), what);
    return success();
}

Status ServerKernel::begin(const QString &what, Sync sync)
{
    Q_UNUSED(sync); // every commit of the server's is durable
    m_connection->forgetFailures();
    // The writers' turn, taken before the transaction so that its snapshot is taken after
    // the writer before has committed: a transaction that waited for a row lock instead would
    // see that writer's rows as changed behind its back, and fail. Held by the session until
    // the unit ends, and freed by the server if the session goes.
    Expected<QSqlQuery> turn =
        run(QStringLiteral("SELECT pg_advisory_lock(?)"), {WritersTurn}, what);
    if (!turn)
        return turn.errors();
    turn->finish();
    m_holdsTurn = true;
    // Serializable, so that a rule across rows (the chain's numbering and head, the sum of the
    // row digests, numbering) holds against a change that did not take its turn, such as a
    // lead's own SQL: such a unit fails and is run again (StorageKernel::transact).
    if (Status began =
            execSql(QStringLiteral("START TRANSACTION ISOLATION LEVEL SERIALIZABLE"), what);
        !began) {
        endTurn(what);
        return began;
    }
    Expected<QSqlQuery> start =
        run(QStringLiteral("SELECT seq FROM server_audit_head WHERE id = 1"), {}, what);
    if (!start || !start->next()) {
        ErrorList errors = start ? ErrorList{sqlError(start->lastError(), what)} : start.errors();
        rollback(what);
        return errors;
    }
    m_unitStart = start->value(0).toLongLong();
    return success();
}

Status ServerKernel::commit(const QString &what)
{
    Status done = execSql(QStringLiteral("COMMIT"), what);
    if (done)
        endTurn(what);
    return done; // a failed commit is rolled back, which ends the turn
}

void ServerKernel::rollback(const QString &what)
{
    (void)execSql(QStringLiteral("ROLLBACK"), what);
    m_retired.clear();
    endTurn(what);
}

void ServerKernel::endTurn(const QString &what)
{
    if (!std::exchange(m_holdsTurn, false))
        return;
    // On a connection that is gone the server has freed it already.
    if (Expected<QSqlQuery> freed =
            run(QStringLiteral("SELECT pg_advisory_unlock(?)"), {WritersTurn}, what))
        freed->finish();
}

bool ServerKernel::unitMayRetry() const
{
    return m_connection->metConcurrentChange();
}

void ServerKernel::retire(QSqlQuery query) const
{
    if (m_connection->transactionFailed())
        m_retired.append(std::move(query));
}

Expected<bool> ServerKernel::unitTouched(const QStringList &tables) const
{
    if (!inTransaction() || tables.isEmpty())
        return true;
    QStringList marks;
    QVariantList values{m_unitStart};
    for (const QString &t : tables) {
        marks << QStringLiteral("?");
        values << t;
    }
    Expected<QSqlQuery> q =
        run(QStringLiteral("SELECT 1 FROM server_audit WHERE seq > ? AND tbl IN (%1) LIMIT 1")
                .arg(marks.join(QLatin1Char(','))),
            values, tr("Recording the change failed"));
    if (!q)
        return q.errors();
    return q->next();
}

Expected<StorageKernel::RowSeal> ServerKernel::sealRows(const QByteArray &previousState)
{
    const QString what = tr("Recording the change failed");
    RowSeal seal{false, previousState};
    // Every row this unit changed, as the server's own trail recorded it in this transaction.
    Expected<QSqlQuery> changed =
        run(QStringLiteral("SELECT DISTINCT tbl, row_key FROM server_audit WHERE seq > ?"),
            {m_unitStart}, what);
    if (!changed)
        return changed.errors();
    QList<QPair<QString, QString>> rows;
    while (changed->next())
        rows << qMakePair(changed->value(0).toString(), changed->value(1).toString());
    changed->finish();
    const QStringList chainKeys = chainMetaKeys();
    const QList<RowDigests::TrackedTable> tracked = RowDigests::trackedTables(formatVersion());
    for (const auto &row : std::as_const(rows)) {
        const QString &table = row.first;
        const QString &rowKey = row.second;
        const auto t = std::find_if(tracked.cbegin(), tracked.cend(),
                                    [&](const auto &x) { return x.name == table; });
        const ServerTables::Table *columns = fileTable(table);
        if (t == tracked.cend() || !columns)
            continue; // not a row the file's digests cover
        if (table == QLatin1String("meta") && chainKeys.contains(rowKey))
            continue; // the chain covers its own head
        seal.changed = true;
        const QStringList key = splitRowKey(rowKey, int(t->key.size()));
        Expected<QSqlQuery> old = run(QStringLiteral("SELECT digest FROM row_digest WHERE tbl = "
                                                     "? AND k1 = ? AND k2 = ? AND k3 = ?"),
                                      {table, key[0], key[1], key[2]}, what);
        if (!old)
            return old.errors();
        const QByteArray oldDigest =
            old->next() ? old->value(0).toString().toLatin1() : QByteArray();
        old->finish();

        QStringList quotedColumns;
        for (const QString &c : columns->columns)
            quotedColumns << m_connection->quoted(c);
        QStringList where;
        QVariantList keyValues;
        for (int i = 0; i < t->key.size(); ++i) {
            where << m_connection->quoted(t->key.at(i)) + QStringLiteral(" = ?");
            keyValues << key.at(i);
        }
        Expected<QSqlQuery> current =
            run(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                    .arg(quotedColumns.join(QLatin1String(", ")), m_connection->quoted(table),
                         where.join(QLatin1String(" AND "))),
                keyValues, what);
        if (!current)
            return current.errors();
        QByteArray newDigest;
        QString keyTypes;
        if (current->next()) {
            QVariantList values;
            for (int i = 0; i < columns->columns.size(); ++i)
                values << ServerTables::valueAt(*current, i);
            newDigest = RowDigests::digestOf(table, values);
            for (int i = 0; i < 3; ++i) {
                const int at = i < t->key.size() ? int(columns->columns.indexOf(t->key.at(i))) : -1;
                keyTypes += at >= 0 && values.at(at).typeId() == QMetaType::LongLong
                                ? QLatin1Char('i')
                                : QLatin1Char('t');
            }
        }
        current->finish();
        seal.state = RowDigests::adjusted(seal.state, oldDigest, newDigest);
        Expected<QSqlQuery> written =
            newDigest.isEmpty()
                ? run(QStringLiteral("DELETE FROM row_digest WHERE tbl = ? AND k1 = ? AND k2 = ? "
                                     "AND k3 = ?"),
                      {table, key[0], key[1], key[2]}, what)
                : run(QStringLiteral("INSERT INTO row_digest (tbl, k1, k2, k3, key_types, "
                                     "digest) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tbl, k1, "
                                     "k2, k3) DO UPDATE SET digest = excluded.digest, "
                                     "key_types = excluded.key_types"),
                      {table, key[0], key[1], key[2], keyTypes, QString::fromLatin1(newDigest)},
                      what);
        if (!written)
            return written.errors();
    }
    // Rows of this unit are now sealed; a later seal in the same transaction starts after them.
    Expected<QSqlQuery> last =
        run(QStringLiteral("SELECT coalesce(max(seq), ?) FROM server_audit WHERE seq > ?"),
            {m_unitStart, m_unitStart}, what);
    if (!last)
        return last.errors();
    if (last->next())
        m_unitStart = last->value(0).toLongLong();
    return seal;
}

Error ServerKernel::refused(int outcome, const QString &what) const
{
    const auto o = ServerRowUpdate::Outcome(outcome);
    return Error{tr("%1: %2").arg(what, ServerRowUpdate::describe(o)), location(), QString(),
                 o == ServerRowUpdate::Outcome::NotPermitted
                     ? tr("Ask the team's lead to assign it to you, or to make the change.")
                     : tr("Look at it again as it is now, then make your change again if it is "
                          "still needed.")};
}

Status ServerKernel::checkVersion(const QString &table, const QString &keyColumn,
                                  const QString &key, const QString &what) const
{
    const std::optional<qint64> seen = notedVersion(table, key);
    if (!seen)
        return success(); // never shown to the person: nothing of theirs to overwrite
    forgetVersion(table, key);
    // The writers take turns (begin()), so this reads what the change is about to overwrite.
    Expected<QSqlQuery> q =
        run(QStringLiteral("SELECT row_version FROM %1 WHERE %2 = ?")
                .arg(m_connection->quoted(table), m_connection->quoted(keyColumn)),
            {key}, what);
    if (!q)
        return q.errors();
    if (!q->next()) {
        return *seen == 0 ? success() : refused(int(ServerRowUpdate::Outcome::Removed), what);
    }
    if (q->value(0).toLongLong() != *seen)
        return refused(int(ServerRowUpdate::Outcome::ChangedElsewhere), what);
    return success();
}

Status ServerKernel::checkUpdated(const QSqlQuery &update, const QString &table,
                                  const QString &keyColumn, const QString &key,
                                  const QString &what) const
{
    if (update.numRowsAffected() > 0)
        return success();
    // Row-level security makes an update the login may not make change no row, without an
    // error; everyone may read every row, so a row that is still there was refused.
    Expected<QSqlQuery> q =
        run(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?")
                .arg(m_connection->quoted(table), m_connection->quoted(keyColumn)),
            {key}, what);
    if (!q)
        return q.errors();
    return refused(
        int(q->next() ? ServerRowUpdate::Outcome::NotPermitted : ServerRowUpdate::Outcome::Removed),
        what);
}

Status ServerKernel::checkConnection() const
{
    if (inTransaction())
        return success(); // the unit of work itself says soon enough
    QSqlQuery ping(m_connection->database());
    if (ping.exec(QStringLiteral("SELECT 1")))
        return success();
    return Error{
        tr("The connection to %1 was lost: %2").arg(location(), ping.lastError().text().trimmed()),
        QString(), QString(),
        tr("Check the network and that the server is running; the program connects "
           "again by itself.")};
}

Status ServerKernel::reconnect(const std::function<QString(const QString &server)> &askPassword)
{
    if (inTransaction()) {
        return Error{tr("Cannot connect to %1 again in the middle of a change.").arg(location()),
                     QString(), QString(), tr("Try again when the change has finished.")};
    }
    Expected<std::unique_ptr<ServerConnection>> fresh =
        ServerConnection::open(m_connection->address(), askPassword);
    if (!fresh)
        return fresh.errors();
    // Nothing may still hold the old connection when it closes.
    setDatabase(QSqlDatabase());
    m_blobs.reset();
    m_connection = std::move(*fresh);
    m_blobs = std::make_unique<ServerBlobStore>(*m_connection);
    setDatabase(m_connection->database());
    if (Status aimed = aimReads(); !aimed)
        return aimed;
    if (m_following && !followOthers(m_following)) {
        return Error{
            tr("Connected to %1 again, but cannot follow others' changes there.").arg(location()),
            QString(), QString(), tr("Close the workspace and open it again.")};
    }
    return success();
}

bool ServerKernel::followOthers(const std::function<void(const OthersChange &)> &changed)
{
    m_following = changed;
    static const QString channel = QStringLiteral("seqohs_change");
    QSqlDriver *driver = m_connection->database().driver();
    if (!driver || !driver->subscribeToNotification(channel))
        return false;
    QObject::connect(
        driver, &QSqlDriver::notification, driver,
        [changed](const QString &name, QSqlDriver::NotificationSource source,
                  const QVariant &payload) {
            // This connection's own changes were announced as they were made.
            if (name != channel || source == QSqlDriver::SelfSource)
                return;
            const QStringList parts = payload.toString().split(QLatin1Char('\t'));
            if (parts.size() != 4)
                return;
            const OthersChange change{parts.at(0), parts.at(1), parts.at(2), parts.at(3)};
            changed(change);
        });
    return true;
}

ErrorList ServerKernel::engineProblems() const
{
    Expected<qint64> rows = ServerAuditTrail::verify(*m_connection);
    if (!rows)
        return rows.errors();
    return {};
}

Status ServerKernel::backupTo(const QString &path) const
{
    Expected<WorkspaceDownload::Result> done =
        WorkspaceDownload::run(*m_connection, QFileInfo(path).absoluteFilePath());
    if (!done)
        return done.errors();
    return success();
}

} // namespace seqohs
