#include "assigncommand.h"

#include "models/workspacedocument.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

using namespace seqohs;

AssignCommand::AssignCommand(WorkspaceDocument *document, const Assignment &assignment, bool assign,
                             QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_assignment(assignment)
    , m_assign(assign)
{
    setText(
        assign ? QCoreApplication::translate("AssignCommand", "Assign to %1").arg(assignment.member)
               : QCoreApplication::translate("AssignCommand", "Take back from %1")
                     .arg(assignment.member));
}

void AssignCommand::redo()
{
    apply(m_assign);
}

void AssignCommand::undo()
{
    apply(!m_assign);
}

void AssignCommand::apply(bool assign)
{
    Workspace &ws = m_document->workspace();
    const Status done = assign ? ws.assign(m_assignment.member, m_assignment.scopeId)
                               : ws.unassign(m_assignment.member, m_assignment.scopeId);
    if (!done) {
        m_document->reportErrors(done.errors());
        setObsolete(true);
    }
}
