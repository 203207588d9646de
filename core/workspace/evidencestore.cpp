#include "evidencestore.h"

#include "sqlvalues.h"
#include "storagekernel.h"

#include <QSqlError>
#include <QSqlQuery>

namespace seqohs {

namespace {

// What scoring reads comes first, so that one reading of a row serves both details.
QString select(const StorageKernel &kernel, EvidenceDetail detail)
{
    if (detail == EvidenceDetail::ForScoring)
        return QStringLiteral("SELECT e.id, e.kind, e.title, e.document_date, e.covers_from, "
                              "e.covers_to, e.review_by FROM evidence e");
    // A file older than format 4, read without upgrading, marks nothing as personal data.
    return QStringLiteral(
               "SELECT e.id, e.kind, e.title, e.document_date, e.covers_from, e.covers_to, "
               "e.review_by, e.description, e.owner, e.added, e.url, e.statement, "
               "v.file_name, b.sha256, b.size, v.version, %1, %2 FROM evidence e LEFT JOIN "
               "evidence_version v ON v.evidence_id = e.id AND v.version = (SELECT MAX(version) "
               "FROM evidence_version WHERE evidence_id = e.id) LEFT JOIN blob b ON b.id = "
               "v.blob_id")
        .arg(kernel.formatVersion() >= 4 ? QStringLiteral("e.personal_data") : QStringLiteral("0"),
             kernel.versionColumn(QStringLiteral("e")));
}

Expected<EvidenceItem> readRow(const RowCursor &q, const QString &location, EvidenceDetail detail)
{
    EvidenceItem e;
    e.id = q.integer(0);
    const std::optional<EvidenceItem::Kind> kind = evidenceKindFromString(q.text(1));
    if (!kind) {
        return Error{QCoreApplication::translate("EvidenceStore",
                                                 "Evidence item %1 is of a kind this version "
                                                 "does not know ('%2').")
                         .arg(e.id)
                         .arg(q.text(1)),
                     location, QString(),
                     QCoreApplication::translate("EvidenceStore",
                                                 "The file was changed outside seqohs-tracker or "
                                                 "by a newer version: restore it from a backup.")};
    }
    e.kind = *kind;
    e.title = q.text(2);
    e.documentDate = q.date(3);
    e.coversFrom = q.date(4);
    e.coversTo = q.date(5);
    e.reviewBy = q.date(6);
    if (detail == EvidenceDetail::ForScoring)
        return e;
    e.description = q.text(7);
    e.owner = q.text(8);
    e.added = q.time(9);
    e.url = q.text(10);
    e.statement = q.text(11);
    if (e.kind == EvidenceItem::Kind::File) {
        e.fileName = q.text(12);
        e.sha256 = q.text(13).toLatin1();
        e.size = q.integer(14);
        e.version = int(q.integer(15));
    }
    e.personalData = q.integer(16) != 0;
    return e;
}

} // namespace

Expected<QList<EvidenceItem>> EvidenceStore::all(EvidenceDetail detail) const
{
    const QString what = tr("Reading the evidence failed");
    Expected<std::unique_ptr<RowCursor>> q =
        m_kernel.scan(select(m_kernel, detail) + QLatin1String(" ORDER BY e.id"), {}, what);
    if (!q)
        return q.errors();
    QList<EvidenceItem> items;
    // Counted first: growing a list of 50,000 items moves them many times over.
    if (Expected<QSqlQuery> n =
            m_kernel.run(QStringLiteral("SELECT count(*) FROM evidence"), {}, what);
        n && n->next())
        items.reserve(n->value(0).toLongLong());
    while ((*q)->next()) {
        Expected<EvidenceItem> e = readRow(**q, m_kernel.location(), detail);
        if (!e)
            return e.errors();
        if (detail == EvidenceDetail::Full)
            m_kernel.noteVersion(QStringLiteral("evidence"), QString::number(e->id),
                                 (*q)->integer(17));
        items << *std::move(e);
    }
    if (!(*q)->error().isEmpty())
        return m_kernel.cursorError(**q, what);
    return items;
}

Expected<std::optional<EvidenceItem>> EvidenceStore::find(qint64 id) const
{
    const QString what = tr("Reading the evidence failed");
    Expected<std::unique_ptr<RowCursor>> q = m_kernel.scan(
        select(m_kernel, EvidenceDetail::Full) + QLatin1String(" WHERE e.id = ?"), {id}, what);
    if (!q)
        return q.errors();
    if (!(*q)->next()) {
        if (!(*q)->error().isEmpty())
            return m_kernel.cursorError(**q, what);
        return std::optional<EvidenceItem>();
    }
    Expected<EvidenceItem> e = readRow(**q, m_kernel.location(), EvidenceDetail::Full);
    if (!e)
        return e.errors();
    m_kernel.noteVersion(QStringLiteral("evidence"), QString::number(id), (*q)->integer(17));
    return std::optional<EvidenceItem>(*e);
}

Expected<QList<EvidenceVersion>> EvidenceStore::versions(qint64 id) const
{
    Expected<QSqlQuery> q = m_kernel.run(
        QStringLiteral("SELECT v.version, v.file_name, b.sha256, b.size, v.added, v.added_by "
                       "FROM evidence_version v JOIN blob b ON b.id = v.blob_id "
                       "WHERE v.evidence_id = ? ORDER BY v.version"),
        {id}, tr("Reading the evidence's versions failed"));
    if (!q)
        return q.errors();
    QList<EvidenceVersion> list;
    while (q->next()) {
        EvidenceVersion v;
        v.version = q->value(0).toInt();
        v.fileName = q->value(1).toString();
        v.sha256 = q->value(2).toString().toLatin1();
        v.size = q->value(3).toLongLong();
        v.added = SqlValues::toTime(q->value(4));
        v.addedBy = q->value(5).toString();
        list << v;
    }
    return list;
}

Expected<std::optional<qint64>> EvidenceStore::blobOf(qint64 id, int version) const
{
    Expected<QSqlQuery> q =
        version == 0 ? m_kernel.run(QStringLiteral("SELECT blob_id FROM evidence_version WHERE "
                                                   "evidence_id = ? ORDER BY version DESC LIMIT 1"),
                                    {id}, tr("Reading the evidence's versions failed"))
                     : m_kernel.run(QStringLiteral("SELECT blob_id FROM evidence_version WHERE "
                                                   "evidence_id = ? AND version = ?"),
                                    {id, version}, tr("Reading the evidence's versions failed"));
    if (!q)
        return q.errors();
    if (!q->next())
        return std::optional<qint64>();
    return std::optional<qint64>(q->value(0).toLongLong());
}

Expected<QList<qint64>> EvidenceStore::filesWithoutContent() const
{
    Expected<QSqlQuery> q =
        m_kernel.run(QStringLiteral("SELECT id FROM evidence WHERE kind = 'file' AND id NOT IN "
                                    "(SELECT evidence_id FROM evidence_version)"),
                     {}, tr("Reading the evidence failed"));
    if (!q)
        return q.errors();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

Status EvidenceStore::insert(EvidenceItem &item)
{
    Expected<QSqlQuery> q = m_kernel.run(
        QStringLiteral("INSERT INTO evidence (kind, title, description, owner, document_date, "
                       "covers_from, covers_to, review_by, added, url, statement, personal_data) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {evidenceKindToString(item.kind), item.title, item.description, item.owner,
         SqlValues::date(item.documentDate), SqlValues::date(item.coversFrom),
         SqlValues::date(item.coversTo), SqlValues::date(item.reviewBy),
         SqlValues::time(item.added),
         item.kind == EvidenceItem::Kind::Link ? QVariant(item.url) : QVariant(),
         item.kind == EvidenceItem::Kind::Statement ? QVariant(item.statement) : QVariant(),
         item.personalData ? 1 : 0},
        tr("Adding evidence failed"));
    if (!q)
        return q.errors();
    if (!q->next())
        return m_kernel.sqlError(q->lastError(), tr("Adding evidence failed"));
    item.id = q->value(0).toLongLong();
    return success();
}

Status EvidenceStore::insertVersion(qint64 evidenceId, int version, const QString &fileName,
                                    qint64 blobId, const QDateTime &added)
{
    Expected<QSqlQuery> q = m_kernel.run(
        QStringLiteral("INSERT INTO evidence_version (evidence_id, version, "
                       "file_name, blob_id, added, added_by) VALUES "
                       "(?, ?, ?, ?, ?, ?)"),
        {evidenceId, version, fileName, blobId, SqlValues::time(added), StorageKernel::userName()},
        tr("Storing the evidence version failed"));
    return q ? success() : Status(q.errors());
}

Status EvidenceStore::restore(const EvidenceItem &item)
{
    Expected<QSqlQuery> q = m_kernel.run(
        QStringLiteral("INSERT INTO evidence (id, kind, title, description, owner, document_date, "
                       "covers_from, covers_to, review_by, added, url, statement, personal_data) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {item.id, evidenceKindToString(item.kind), item.title, item.description, item.owner,
         SqlValues::date(item.documentDate), SqlValues::date(item.coversFrom),
         SqlValues::date(item.coversTo), SqlValues::date(item.reviewBy),
         SqlValues::time(item.added),
         item.kind == EvidenceItem::Kind::Link ? QVariant(item.url) : QVariant(),
         item.kind == EvidenceItem::Kind::Statement ? QVariant(item.statement) : QVariant(),
         item.personalData ? 1 : 0},
        tr("Restoring the evidence failed"));
    return q ? success() : Status(q.errors());
}

Status EvidenceStore::restoreVersion(qint64 evidenceId, const EvidenceVersion &v, qint64 blobId)
{
    Expected<QSqlQuery> q = m_kernel.run(
        QStringLiteral("INSERT INTO evidence_version (evidence_id, version, "
                       "file_name, blob_id, added, added_by) VALUES "
                       "(?, ?, ?, ?, ?, ?)"),
        {evidenceId, v.version, v.fileName, blobId, SqlValues::time(v.added), v.addedBy},
        tr("Restoring the evidence version failed"));
    return q ? success() : Status(q.errors());
}

Status EvidenceStore::update(const EvidenceItem &after)
{
    const QString what = tr("Saving the evidence failed");
    const QString key = QString::number(after.id);
    if (Status ok =
            m_kernel.checkVersion(QStringLiteral("evidence"), QStringLiteral("id"), key, what);
        !ok)
        return ok;
    Expected<QSqlQuery> q = m_kernel.run(
        QStringLiteral("UPDATE evidence SET title = ?, description = ?, owner = ?, "
                       "document_date = ?, covers_from = ?, covers_to = ?, review_by = ?, "
                       "url = ?, statement = ?, personal_data = ? WHERE id = ?"),
        {after.title, after.description, after.owner, SqlValues::date(after.documentDate),
         SqlValues::date(after.coversFrom), SqlValues::date(after.coversTo),
         SqlValues::date(after.reviewBy),
         after.kind == EvidenceItem::Kind::Link ? QVariant(after.url) : QVariant(),
         after.kind == EvidenceItem::Kind::Statement ? QVariant(after.statement) : QVariant(),
         after.personalData ? 1 : 0, after.id},
        what);
    if (!q)
        return q.errors();
    return m_kernel.checkUpdated(*q, QStringLiteral("evidence"), QStringLiteral("id"), key, what);
}

Status EvidenceStore::remove(qint64 id)
{
    Expected<QSqlQuery> q = m_kernel.run(QStringLiteral("DELETE FROM evidence WHERE id = ?"), {id},
                                         tr("Removing the evidence failed"));
    return q ? success() : Status(q.errors());
}

} // namespace seqohs
