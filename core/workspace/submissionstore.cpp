#include "submissionstore.h"

#include "sqlvalues.h"
#include "storagekernel.h"

#include <QSqlQuery>

namespace seqohs {

namespace {

// Packs from before follow-ups read as full packs with no record of their contents.
QString packSelect(const StorageKernel &kernel)
{
    return QStringLiteral("SELECT root_hash, created, file_name, signer_fingerprint, "
                          "evidence_files, audit_count, audit_head, %1 FROM pack")
        .arg(kernel.formatVersion() >= 5 ? QStringLiteral("kind, base_root_hash, contents")
                                         : QStringLiteral("'full', '', ''"));
}

PackRecord readPack(const QSqlQuery &q)
{
    PackRecord p{q.value(0).toString(), SqlValues::toTime(q.value(1)),
                 q.value(2).toString(), q.value(3).toString(),
                 q.value(4).toInt(),    q.value(5).toLongLong(),
                 q.value(6).toString()};
    p.kind = q.value(7).toString() == QLatin1String("follow-up") ? PackRecord::Kind::FollowUp
                                                                 : PackRecord::Kind::Full;
    p.baseRootHash = q.value(8).toString();
    p.contents = q.value(9).toString().toUtf8();
    return p;
}

} // namespace

Expected<QList<PackRecord>> SubmissionStore::packs() const
{
    if (m_kernel.formatVersion() < 3)
        return QList<PackRecord>();
    Expected<QSqlQuery> q =
        m_kernel.run(packSelect(m_kernel) + QLatin1String(" ORDER BY created, root_hash"), {},
                     tr("Reading the submission packs failed"));
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
    Expected<QSqlQuery> q =
        m_kernel.run(packSelect(m_kernel) + QLatin1String(" WHERE root_hash = ?"), {rootHash},
                     tr("Reading the submission packs failed"));
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
                       "evidence_files, audit_count, audit_head, kind, base_root_hash, contents) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {p.rootHash, SqlValues::time(p.created), p.fileName, p.signerFingerprint, p.evidenceFiles,
         p.auditCount, p.auditHead,
         p.kind == PackRecord::Kind::FollowUp ? QStringLiteral("follow-up")
                                              : QStringLiteral("full"),
         p.baseRootHash, QString::fromUtf8(p.contents)},
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
