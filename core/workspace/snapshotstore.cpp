#include "snapshotstore.h"

#include "sqlvalues.h"
#include "storagekernel.h"

#include <QSqlQuery>

namespace seqohs {

Expected<QList<SnapshotInfo>> SnapshotStore::list() const
{
    Expected<QSqlQuery> q = m_kernel.run(
        QStringLiteral("SELECT name, created, length(json) FROM snapshot ORDER BY created, name"),
        {}, tr("Reading the snapshots failed"));
    if (!q)
        return q.errors();
    QList<SnapshotInfo> list;
    while (q->next()) {
        list << SnapshotInfo{q->value(0).toString(), SqlValues::toTime(q->value(1)),
                             q->value(2).toLongLong()};
    }
    return list;
}

Expected<std::optional<QByteArray>> SnapshotStore::json(const QString &name) const
{
    Expected<QSqlQuery> q = m_kernel.run(QStringLiteral("SELECT json FROM snapshot WHERE name = ?"),
                                         {name}, tr("Reading the snapshot failed"));
    if (!q)
        return q.errors();
    if (!q->next())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(q->value(0).toByteArray());
}

Status SnapshotStore::insert(const QString &name, const QDateTime &created, const QByteArray &json)
{
    Expected<QSqlQuery> q =
        m_kernel.run(QStringLiteral("INSERT INTO snapshot (name, created, json) VALUES (?, ?, ?)"),
                     {name, SqlValues::time(created), json}, tr("Saving the snapshot failed"));
    return q ? success() : Status(q.errors());
}

Status SnapshotStore::remove(const QString &name)
{
    Expected<QSqlQuery> q = m_kernel.run(QStringLiteral("DELETE FROM snapshot WHERE name = ?"),
                                         {name}, tr("Removing the snapshot failed"));
    return q ? success() : Status(q.errors());
}

} // namespace seqohs
