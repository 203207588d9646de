#pragma once

#include "workspace/assignment.h"

#include <QUndoCommand>

class WorkspaceDocument;

// Assigns a person a criterion, standard or domain, or takes the assignment back; undo does the
// opposite.
class AssignCommand : public QUndoCommand
{
public:
    AssignCommand(WorkspaceDocument *document, const seqohs::Assignment &assignment, bool assign,
                  QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void apply(bool assign);

    WorkspaceDocument *m_document;
    seqohs::Assignment m_assignment;
    bool m_assign;
};
