#include "storagekernel.h"

#include "common/clock.h"
#include "rowdigests.h"
#include "sha256.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace seqohs {

namespace {

const QLatin1String KeyAuditHead("workspace.audit_head");
const QLatin1String KeyAuditCount("workspace.audit_count");

QString &userNameOverride()
{
    static QString name;
    return name;
}

QByteArray compact(const QJsonObject &object)
{
    return object.isEmpty() ? QByteArray() : QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The bytes an audit row's hash covers: its fields in a fixed order, then the previous hash.
QByteArray canonicalAuditRow(const AuditEntry &e)
{
    QJsonArray row{e.seq,
                   e.when.toUTC().toString(Qt::ISODateWithMs),
                   e.who,
                   e.what,
                   e.target,
                   QString::fromUtf8(e.before),
                   QString::fromUtf8(e.after),
                   QString::fromLatin1(e.prevHash)};
    // Rows before format 4 have no state, and their hash stays as it was.
    if (!e.state.isEmpty())
        row.append(QString::fromLatin1(e.state));
    return QJsonDocument(row).toJson(QJsonDocument::Compact);
}

} // namespace

StorageKernel::StorageKernel(QString location, bool readOnly)
    : m_location(std::move(location))
    , m_readOnly(readOnly)
{
}

StorageKernel::~StorageKernel() = default;

void StorageKernel::setUserName(const QString &name)
{
    userNameOverride() = name;
}

QString StorageKernel::userName()
{
    if (!userNameOverride().isEmpty())
        return userNameOverride();
    QString configured = QSettings().value(QStringLiteral("audit/userName")).toString().trimmed();
    if (!configured.isEmpty())
        return configured;
    QString os = qEnvironmentVariable("USER");
    if (os.isEmpty())
        os = qEnvironmentVariable("USERNAME");
    return os.isEmpty() ? QStringLiteral("unknown") : os;
}

Error StorageKernel::sqlError(const QSqlError &error, const QString &what) const
{
    // SQLITE_FULL, and PostgreSQL's disk_full.
    const bool full = error.nativeErrorCode() == QLatin1String("13") ||
                      error.nativeErrorCode() == QLatin1String("53100");
    if (full) {
        return Error{tr("%1: the disk is full.").arg(what), m_location, QString(),
                     tr("Nothing was changed. Free some disk space and try again.")};
    }
    return Error{tr("%1: %2").arg(what, error.text()), m_location, QString(),
                 tr("Nothing was changed. Check the workspace (use Workspace > Check integrity "
                    "in the window, or "
                    "seqohs-tracker-cli integrity); if it reports "
                    "problems, restore it from a backup.")};
}

Status StorageKernel::exec(QSqlQuery &query, const QString &what) const
{
    if (!query.exec())
        return sqlError(query.lastError(), what);
    return success();
}

Expected<QSqlQuery> StorageKernel::run(const QString &sql, const QVariantList &values,
                                       const QString &what) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(m_forwardOnly);
    if (!q.prepare(sql))
        return sqlError(q.lastError(), what);
    SqlValues::bindAll(q, values);
    if (!q.exec()) {
        Error failed = sqlError(q.lastError(), what);
        retire(std::move(q));
        return failed;
    }
    return q;
}

void StorageKernel::retire(QSqlQuery query) const
{
    // Freed here, now.
    query = QSqlQuery();
}

namespace {

// The QtSql form of a cursor, for an engine without a faster one.
class QueryCursor final : public RowCursor
{
public:
    explicit QueryCursor(QSqlQuery query)
        : m_query(std::move(query))
    {
    }
    bool next() override { return m_query.next(); }
    bool isNull(int column) const override { return m_query.isNull(column); }
    qint64 integer(int column) const override { return m_query.value(column).toLongLong(); }
    QString text(int column) const override { return m_query.value(column).toString(); }
    QString error() const override
    {
        return m_query.lastError().isValid() ? m_query.lastError().text() : QString();
    }

private:
    QSqlQuery m_query;
};

} // namespace

Expected<std::unique_ptr<RowCursor>>
StorageKernel::scan(const QString &sql, const QVariantList &values, const QString &what) const
{
    Expected<QSqlQuery> q = run(sql, values, what);
    if (!q)
        return q.errors();
    return std::unique_ptr<RowCursor>(std::make_unique<QueryCursor>(*std::move(q)));
}

Error StorageKernel::cursorError(const RowCursor &cursor, const QString &what) const
{
    return Error{tr("%1: %2").arg(what, cursor.error()), m_location, QString(),
                 tr("Check the workspace (use Workspace > Check integrity in the window, or "
                    "seqohs-tracker-cli integrity); if it reports problems, restore it from a "
                    "backup.")};
}

Status StorageKernel::writable() const
{
    if (m_readOnly) {
        return Error{tr("The workspace is open read-only."), m_location, QString(),
                     tr("Open it for editing to change it.")};
    }
    return success();
}

Status StorageKernel::transact(const QString &what, const std::function<Status()> &work, Sync sync)
{
    if (Status ok = writable(); !ok)
        return ok;
    if (m_depth > 0) {
        if (m_depth == 1 && m_unitSync == Sync::Bulk)
            return transactPart(work);
        // Part of a larger unit of work: its transaction commits or rolls back everything.
        ++m_depth;
        Status done = work();
        --m_depth;
        return done;
    }
    // A unit's checks of row versions forget what the person saw; the next attempt checks
    // against the same.
    const QHash<QString, qint64> versionsSeen = m_versions;
    for (int attempt = 1;; ++attempt) {
        Status done = transactOnce(what, work, sync);
        // A bulk unit is a long run of imports that reports each part as it goes: it is not
        // repeated behind the person's back.
        if (done || sync == Sync::Bulk || attempt == UnitAttempts || !unitMayRetry())
            return done;
        m_versions = versionsSeen;
        // Units that met once would meet again if they started again together.
        QThread::msleep(QRandomGenerator::global()->bounded(5U, 25U) * unsigned(attempt));
    }
}

Status StorageKernel::transactOnce(const QString &what, const std::function<Status()> &work,
                                   Sync sync)
{
    if (Status began = begin(what, sync); !began)
        return began;
    m_depth = 1;
    m_unitSync = sync;
    Status done = work();
    if (done && !m_unitBroken.isEmpty())
        done = m_unitBroken;
    m_unitBroken.clear();
    if (done && m_beforeCommit)
        done = m_beforeCommit();
    m_depth = 0;
    m_unitSync = Sync::AtCommit;
    if (done)
        done = finishUnit();
    if (done)
        done = commit(what);
    if (!done) {
        rollback(what);
        m_pendingAudit.reset();
        m_afterCommit.clear();
        return done;
    }
    const QList<std::function<void()>> pending = std::exchange(m_afterCommit, {});
    for (const auto &f : pending)
        f();
    return done;
}

// One part of a bulk unit, under a savepoint: when it fails, its rows, its audit row and what it
// queued for after the commit go, and the unit goes on with the next part.
Status StorageKernel::transactPart(const std::function<Status()> &work)
{
    const QString what = tr("Adding evidence failed");
    // Savepoints are not statements PostgreSQL prepares: they are run as they are.
    const auto direct = [this, &what](const QString &sql) -> Status {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            return sqlError(q.lastError(), what);
        return success();
    };
    if (Status saved = direct(QStringLiteral("SAVEPOINT part")); !saved)
        return saved.errors();
    const std::optional<AuditEntry> pendingBefore = m_pendingAudit;
    const qsizetype queuedBefore = m_afterCommit.size();
    ++m_depth;
    Status done = work();
    --m_depth;
    if (done) {
        if (Status released = direct(QStringLiteral("RELEASE part")); !released)
            return released.errors();
        return done;
    }
    Status undone = direct(QStringLiteral("ROLLBACK TO part"));
    if (undone)
        undone = direct(QStringLiteral("RELEASE part"));
    m_pendingAudit = pendingBefore;
    m_afterCommit.resize(queuedBefore);
    if (!undone) {
        // The part's rows could not be taken back, so the unit must not be committed.
        m_unitBroken = undone.errors();
        ErrorList errors = done.errors();
        errors << undone.errors();
        return errors;
    }
    return done;
}

void StorageKernel::afterCommit(std::function<void()> done)
{
    if (m_depth > 0)
        m_afterCommit << std::move(done);
    else
        done();
}

namespace {

QString versionKey(const QString &table, const QString &key)
{
    return table + QChar(0x1f) + key;
}

} // namespace

void StorageKernel::noteVersion(const QString &table, const QString &key, qint64 version) const
{
    // The first version seen since the person's last write of the row: the reads a change makes
    // of the row just before writing it (outside the unit, to check it) must not take the place
    // of what the person saw.
    if (m_depth == 0 && m_keepsVersions) {
        const QString k = versionKey(table, key);
        if (!m_versions.contains(k))
            m_versions.insert(k, version);
    }
}

std::optional<qint64> StorageKernel::notedVersion(const QString &table, const QString &key) const
{
    const auto found = m_versions.constFind(versionKey(table, key));
    return found == m_versions.constEnd() ? std::nullopt : std::optional<qint64>(*found);
}

void StorageKernel::forgetVersion(const QString &table, const QString &key) const
{
    m_versions.remove(versionKey(table, key));
}

Expected<QVariant> StorageKernel::meta(const QString &key) const
{
    Expected<QSqlQuery> q = run(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key},
                                tr("Reading the workspace's settings failed"));
    if (!q)
        return q.errors();
    if (q->next())
        return q->value(0);
    return QVariant();
}

Status StorageKernel::setMeta(const QString &key, const QString &value)
{
    Expected<QSqlQuery> q =
        run(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            {key, value}, tr("Saving a setting failed"));
    if (!q)
        return q.errors();
    return success();
}

Expected<qint64> StorageKernel::auditCount() const
{
    Expected<QVariant> count = meta(KeyAuditCount);
    if (!count)
        return count.errors();
    return count->toLongLong();
}

Expected<QString> StorageKernel::auditHead() const
{
    Expected<QVariant> head = meta(KeyAuditHead);
    if (!head)
        return head.errors();
    return head->toString();
}

Status StorageKernel::audit(const QString &what, const QString &target, const QJsonObject &before,
                            const QJsonObject &after)
{
    if (m_depth == 0) {
        return transact(tr("Recording the change failed"),
                        [&] { return audit(what, target, before, after); });
    }
    if (m_pendingAudit) {
        if (Status ok = insertAudit(*std::exchange(m_pendingAudit, std::nullopt)); !ok)
            return ok;
    }
    AuditEntry e;
    e.when = Clock::now().toUTC();
    e.who = userName();
    e.what = what;
    e.target = target;
    e.before = seqohs::compact(before);
    e.after = seqohs::compact(after);
    m_pendingAudit = e;
    return success();
}

Status StorageKernel::finishUnit()
{
    Expected<QByteArray> previous = m_formatVersion >= RowDigests::FirstVersion
                                        ? recordedRowState()
                                        : Expected<QByteArray>(QByteArray());
    if (!previous)
        return previous.errors();
    Expected<RowSeal> seal = sealRows(*previous);
    if (!seal)
        return seal.errors();
    if (!m_pendingAudit) {
        if (!seal->changed)
            return success();
        // Every change a person makes is in the trail; a unit that changed rows without saying
        // so is a fault in this program, and committing it would make the file fail its check.
        return Error{tr("A change was about to be saved without its audit row."), m_location,
                     QString(),
                     tr("Nothing was changed. Please report this fault in seqohs-tracker.")};
    }
    AuditEntry e = *std::exchange(m_pendingAudit, std::nullopt);
    e.state = seal->state;
    return insertAudit(e);
}

Status StorageKernel::insertAudit(const AuditEntry &given)
{
    Expected<qint64> count = auditCount();
    if (!count)
        return count.errors();
    Expected<QString> head = auditHead();
    if (!head)
        return head.errors();
    AuditEntry e = given;
    e.seq = *count + 1;
    e.prevHash = head->toLatin1();
    e.hash = Sha256::hexHash(canonicalAuditRow(e) + e.prevHash);
    const bool withState = m_formatVersion >= RowDigests::FirstVersion;
    QVariantList values{e.seq,
                        e.when.toString(Qt::ISODateWithMs),
                        e.who,
                        e.what,
                        e.target,
                        e.before.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(e.before)),
                        e.after.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(e.after)),
                        QString::fromLatin1(e.prevHash),
                        QString::fromLatin1(e.hash)};
    if (withState)
        values << (e.state.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(e.state)));
    Expected<QSqlQuery> q = run(
        withState ? QStringLiteral("INSERT INTO audit (seq, at, who, what, target, before, "
                                   "after, prev_hash, hash, state) VALUES (?, ?, ?, ?, ?, ?, "
                                   "?, ?, ?, ?)")
                  : QStringLiteral("INSERT INTO audit (seq, at, who, what, target, before, "
                                   "after, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        values, tr("Recording the change failed"));
    if (!q)
        return q.errors();
    if (Status ok = setMeta(KeyAuditCount, QString::number(e.seq)); !ok)
        return ok;
    return setMeta(KeyAuditHead, QString::fromLatin1(e.hash));
}

Expected<QByteArray> StorageKernel::recordedRowState() const
{
    Expected<QSqlQuery> q = run(QStringLiteral("SELECT state FROM audit WHERE state IS NOT NULL "
                                               "ORDER BY seq DESC LIMIT 1"),
                                {}, tr("Reading the audit trail failed"));
    if (!q)
        return q.errors();
    return q->next() ? q->value(0).toString().toLatin1() : QByteArray();
}

QStringList StorageKernel::chainMetaKeys()
{
    return {KeyAuditHead, KeyAuditCount};
}

Expected<QList<AuditEntry>> StorageKernel::auditTrail() const
{
    Expected<QSqlQuery> q =
        run(m_formatVersion >= RowDigests::FirstVersion
                ? QStringLiteral("SELECT seq, at, who, what, target, before, after, prev_hash, "
                                 "hash, state FROM audit ORDER BY seq")
                : QStringLiteral("SELECT seq, at, who, what, target, before, after, prev_hash, "
                                 "hash FROM audit ORDER BY seq"),
            {}, tr("Reading the audit trail failed"));
    if (!q)
        return q.errors();
    QList<AuditEntry> list;
    while (q->next()) {
        AuditEntry e;
        e.seq = q->value(0).toLongLong();
        e.when = SqlValues::toTime(q->value(1));
        e.who = q->value(2).toString();
        e.what = q->value(3).toString();
        e.target = q->value(4).toString();
        e.before = q->value(5).toString().toUtf8();
        e.after = q->value(6).toString().toUtf8();
        e.prevHash = q->value(7).toString().toLatin1();
        e.hash = q->value(8).toString().toLatin1();
        if (m_formatVersion >= RowDigests::FirstVersion)
            e.state = q->value(9).toString().toLatin1();
        list << e;
    }
    return list;
}

Expected<std::optional<QString>> StorageKernel::auditHashAt(qint64 seq) const
{
    Expected<QSqlQuery> q = run(QStringLiteral("SELECT hash FROM audit WHERE seq = ?"), {seq},
                                tr("Reading the audit trail failed"));
    if (!q)
        return q.errors();
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Status StorageKernel::verifyAuditChain() const
{
    Expected<QList<AuditEntry>> trail = auditTrail();
    if (!trail)
        return trail.errors();
    const QString hint = tr("The audit trail was changed outside seqohs-tracker. Restore the "
                            "workspace from a backup, or keep this file as evidence of the "
                            "change.");
    QByteArray prev;
    qint64 expectedSeq = 1;
    for (const AuditEntry &e : *trail) {
        const QString where = tr("audit row %1").arg(e.seq);
        if (e.seq != expectedSeq) {
            return Error{tr("The audit trail is broken: row %1 is missing.").arg(expectedSeq),
                         m_location, where, hint};
        }
        if (e.prevHash != prev) {
            return Error{tr("The audit trail is broken: row %1 does not follow the row before "
                            "it.")
                             .arg(e.seq),
                         m_location, where, hint};
        }
        if (Sha256::hexHash(canonicalAuditRow(e) + e.prevHash) != e.hash) {
            return Error{tr("The audit trail is broken: row %1 was edited.").arg(e.seq), m_location,
                         where, hint};
        }
        prev = e.hash;
        ++expectedSeq;
    }
    Expected<qint64> count = auditCount();
    if (!count)
        return count.errors();
    Expected<QString> head = auditHead();
    if (!head)
        return head.errors();
    if (*count != expectedSeq - 1 || head->toLatin1() != prev) {
        return Error{tr("The audit trail is broken: it should have %1 rows but has %2; the last "
                        "rows were removed.")
                         .arg(*count)
                         .arg(expectedSeq - 1),
                     m_location, tr("audit row %1").arg(expectedSeq), hint};
    }
    return success();
}

} // namespace seqohs
