#include "linkstore.h"

#include "storagekernel.h"

#include <QSqlQuery>

namespace seqohs {

namespace {
Expected<QList<EvidenceLink>> readAll(const StorageKernel &kernel, const QString &sql,
                                      const QVariantList &values, const QString &what,
                                      qsizetype expected = 0)
{
    Expected<std::unique_ptr<RowCursor>> q = kernel.scan(sql, values, what);
    if (!q)
        return q.errors();
    QList<EvidenceLink> list;
    list.reserve(expected);
    while ((*q)->next())
        list << EvidenceLink{(*q)->integer(0), (*q)->repeatedText(1), (*q)->text(2)};
    if (!(*q)->error().isEmpty())
        return kernel.cursorError(**q, what);
    return list;
}
} // namespace

Expected<QList<EvidenceLink>> LinkStore::all() const
{
    const QString what = tr("Reading the evidence links failed");
    // Counted first: growing a list of 100,000 links moves them many times over.
    qsizetype expected = 0;
    if (Expected<QSqlQuery> n =
            m_kernel.run(QStringLiteral("SELECT count(*) FROM evidence_link"), {}, what);
        n && n->next())
        expected = n->value(0).toLongLong();
    return readAll(m_kernel,
                   QStringLiteral("SELECT evidence_id, item_id, note FROM evidence_link ORDER BY "
                                  "evidence_id, item_id"),
                   {}, what, expected);
}

Expected<QList<EvidenceLink>> LinkStore::forEvidence(qint64 evidenceId) const
{
    return readAll(m_kernel,
                   QStringLiteral("SELECT evidence_id, item_id, note FROM evidence_link WHERE "
                                  "evidence_id = ? ORDER BY item_id"),
                   {evidenceId}, tr("Reading the evidence links failed"));
}

Expected<QList<EvidenceLink>> LinkStore::archived(qint64 historyId) const
{
    if (m_kernel.formatVersion() < 2)
        return QList<EvidenceLink>();
    return readAll(m_kernel,
                   QStringLiteral("SELECT evidence_id, item_id, note FROM archived_link WHERE "
                                  "history_id = ? ORDER BY evidence_id, item_id"),
                   {historyId}, tr("Reading the archived links failed"));
}

Status LinkStore::put(const QList<EvidenceLink> &links)
{
    for (const EvidenceLink &l : links) {
        Expected<QSqlQuery> q =
            m_kernel.run(QStringLiteral("INSERT INTO evidence_link (evidence_id, item_id, note) "
                                        "VALUES (?, ?, ?) ON CONFLICT (evidence_id, item_id) "
                                        "DO UPDATE SET note = excluded.note"),
                         {l.evidenceId, l.itemId, l.note}, tr("Linking evidence failed"));
        if (!q)
            return q.errors();
    }
    return success();
}

Status LinkStore::remove(qint64 evidenceId, const QString &itemId)
{
    Expected<QSqlQuery> q = m_kernel.run(
        QStringLiteral("DELETE FROM evidence_link WHERE evidence_id = ? AND item_id = ?"),
        {evidenceId, itemId}, tr("Unlinking evidence failed"));
    return q ? success() : Status(q.errors());
}

Status LinkStore::removeAll()
{
    Expected<QSqlQuery> q = m_kernel.run(QStringLiteral("DELETE FROM evidence_link"), {},
                                         tr("Removing the evidence links failed"));
    return q ? success() : Status(q.errors());
}

} // namespace seqohs
