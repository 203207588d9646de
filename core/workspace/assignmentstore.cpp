#include "assignmentstore.h"

#include "storagekernel.h"

#include <QSqlQuery>

namespace seqohs {

Expected<QList<Assignment>> AssignmentStore::all() const
{
    QList<Assignment> list;
    if (m_kernel.formatVersion() < FirstVersion)
        return list;
    Expected<QSqlQuery> q = m_kernel.run(
        QStringLiteral("SELECT member, scope_id FROM assignment ORDER BY member, scope_id"), {},
        tr("Reading the assignments failed"));
    if (!q)
        return q.errors();
    while (q->next())
        list << Assignment{q->value(0).toString(), q->value(1).toString()};
    return list;
}

Expected<bool> AssignmentStore::exists(const Assignment &assignment) const
{
    if (m_kernel.formatVersion() < FirstVersion)
        return false;
    Expected<QSqlQuery> q =
        m_kernel.run(QStringLiteral("SELECT 1 FROM assignment WHERE member = ? AND scope_id = ?"),
                     {assignment.member, assignment.scopeId}, tr("Reading the assignments failed"));
    if (!q)
        return q.errors();
    return q->next();
}

Status AssignmentStore::insert(const Assignment &assignment)
{
    Expected<QSqlQuery> q =
        m_kernel.run(QStringLiteral("INSERT INTO assignment (member, scope_id) VALUES (?, ?)"),
                     {assignment.member, assignment.scopeId}, tr("Saving the assignment failed"));
    return q ? success() : Status(q.errors());
}

Status AssignmentStore::remove(const Assignment &assignment)
{
    Expected<QSqlQuery> q =
        m_kernel.run(QStringLiteral("DELETE FROM assignment WHERE member = ? AND scope_id = ?"),
                     {assignment.member, assignment.scopeId}, tr("Removing the assignment failed"));
    return q ? success() : Status(q.errors());
}

} // namespace seqohs
