#pragma once

#include "workspace/assessment.h"

#include <QUndoCommand>

class WorkspaceDocument;

// Sets one item's assessment. Consecutive text edits of the same item merge into one step.
class SetAssessmentCommand : public QUndoCommand
{
public:
    SetAssessmentCommand(WorkspaceDocument *document, const seqohs::Assessment &after,
                         QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool apply(const seqohs::Assessment &assessment);

    WorkspaceDocument *m_document;
    seqohs::Assessment m_before;
    seqohs::Assessment m_after;
    bool m_textOnly = false;
};
