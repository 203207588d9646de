#include "assignmentchange.h"

#include "assignmentstore.h"
#include "auditjson.h"
#include "storagekernel.h"

namespace seqohs {

Status AssignmentChange::assign(Assignment assignment)
{
    assignment.member = assignment.member.trimmed();
    if (assignment.member.isEmpty()) {
        return Error{tr("Say whom to assign %1 to.").arg(assignment.scopeId), m_kernel.location(),
                     QString(),
                     tr("Give the person's name as their changes are recorded (on a team "
                        "workspace: their login).")};
    }
    if (Status known = m_checkScope(assignment.scopeId); !known)
        return known;
    Expected<bool> exists = m_reported(m_assignments.exists(assignment));
    if (!exists)
        return exists.errors();
    if (*exists) {
        return Error{tr("%1 is assigned %2 already.").arg(assignment.member, assignment.scopeId),
                     m_kernel.location(), QString(),
                     tr("Nothing needs doing; the assignments list shows who has what.")};
    }
    return m_kernel.transact(tr("Assigning %1 failed").arg(assignment.scopeId), [&]() -> Status {
        if (Status stored = m_assignments.insert(assignment); !stored)
            return stored;
        return m_kernel.audit(QStringLiteral("assignment.add"),
                              QStringLiteral("assignment:") + assignment.scopeId, QJsonObject(),
                              AuditJson::of(assignment));
    });
}

Status AssignmentChange::unassign(const Assignment &assignment)
{
    Expected<bool> exists = m_reported(m_assignments.exists(assignment));
    if (!exists)
        return exists.errors();
    if (!*exists) {
        return Error{tr("%1 is not assigned %2.").arg(assignment.member, assignment.scopeId),
                     m_kernel.location(), QString(),
                     tr("The assignments list shows who has what.")};
    }
    return m_kernel.transact(
        tr("Taking back the assignment of %1 failed").arg(assignment.scopeId), [&]() -> Status {
            if (Status removed = m_assignments.remove(assignment); !removed)
                return removed;
            return m_kernel.audit(QStringLiteral("assignment.remove"),
                                  QStringLiteral("assignment:") + assignment.scopeId,
                                  AuditJson::of(assignment), QJsonObject());
        });
}

} // namespace seqohs
