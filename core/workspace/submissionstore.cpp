#include "submissionstore.h"

#include "sqlvalues.h"
#include "storagekernel.h"

#include <QSqlQuery>

namespace seqohs {

namespace {

const QLatin1String PackSelect("SELECT root_hash, created, file_name, signer_fingerprint, "
                               "evidence_files, audit_count, audit_head FROM pack");

PackRecord readPack(const QSqlQuery &q)
{
    return PackRecord{q.value(0).toString(), SqlValues::toTime(q.value(1)),
                      q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toInt(),    q.value(5).toLongLong(),
                      q.value(6).toString()};
}

} // namespace

Expected<QList<PackRecord>> SubmissionStore::packs() const
{
    if (m_kernel.formatVersion() < 3)
        return QList<PackRecord>();
    Expected<QSqlQuery> q = m_kernel.run(PackSelect + QLatin1String(" ORDER BY created, root_hash"),
                                         {}, tr("Reading the submission packs failed"));
    if (!q)
        return q.errors();
    QList<PackRecord> list;
    while (q->next())
        list << readPack(*q);
    return list;
}

Expected<std::optional<PackRecord>> SubmissionStore::pack(const QString &rootHash) const
{
    if (m_kernel.formatVersion() < 3)
        return std::optional<PackRecord>();
    Expected<QSqlQuery> q = m_kernel.run(PackSelect + QLatin1String(" WHERE root_hash = ?"),
                                         {rootHash}, tr("Reading the submission packs failed"));
    if (!q)
        return q.errors();
    if (!q->next())
        return std::optional<PackRecord>();
    return std::optional<PackRecord>(readPack(*q));
}

Status SubmissionStore::insertPack(const PackRecord &p)
{
    Expected<QSqlQuery> q = m_kernel.run(
        QStringLiteral("INSERT INTO pack (root_hash, created, file_name, signer_fingerprint, "
                       "evidence_files, audit_count, audit_head) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {p.rootHash, SqlValues::time(p.created), p.fileName, p.signerFingerprint, p.evidenceFiles,
         p.auditCount, p.auditHead},
        tr("Recording the submission pack failed"));
    return q ? success() : Status(q.errors());
}

Expected<QList<ResponseRecord>> SubmissionStore::responses() const
{
    if (m_kernel.formatVersion() < 3)
        return QList<ResponseRecord>();
    Expected<QSqlQuery> q =
        m_kernel.run(QStringLiteral("SELECT id, pack_root_hash, imported, actions_added, document "
                                    "FROM response ORDER BY position"),
                     {}, tr("Reading the assessors' responses failed"));
    if (!q)
        return q.errors();
    QList<ResponseRecord> list;
    while (q->next()) {
        list << ResponseRecord{q->value(0).toString(), q->value(1).toString(),
                               SqlValues::toTime(q->value(2)), q->value(3).toInt(),
                               q->value(4).toString().toUtf8()};
    }
    return list;
}

Expected<bool> SubmissionStore::hasResponse(const QString &id) const
{
    if (m_kernel.formatVersion() < 3)
        return false;
    Expected<QSqlQuery> q = m_kernel.run(QStringLiteral("SELECT 1 FROM response WHERE id = ?"),
                                         {id}, tr("Reading the assessors' responses failed"));
    if (!q)
        return q.errors();
    return q->next();
}

Status SubmissionStore::putResponse(const ResponseRecord &r)
{
    Expected<QSqlQuery> q = m_kernel.run(
        QStringLiteral("INSERT INTO response (id, position, pack_root_hash, imported, "
                       "actions_added, document) VALUES (?, (SELECT COALESCE(MAX(position), 0) "
                       "+ 1 FROM response), ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                       "pack_root_hash = excluded.pack_root_hash, imported = excluded.imported, "
                       "actions_added = excluded.actions_added, document = excluded.document"),
        {r.id, r.packRootHash, SqlValues::time(r.imported), r.actionsAdded,
         QString::fromUtf8(r.document)},
        tr("Recording the assessor's response failed"));
    return q ? success() : Status(q.errors());
}

} // namespace seqohs
