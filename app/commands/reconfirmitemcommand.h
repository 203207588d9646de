#pragma once

#include "workspace/assessment.h"
#include "workspace/reconfirmation.h"

#include <QUndoCommand>

#include <optional>

class WorkspaceDocument;

// Clears an item's re-confirmation flag after a move to another standards set: either the lead
// confirms what was carried (keeping the result, or taking the suggested one), or records another
// result. Undo puts the assessment and the flag back as they were.
class ReconfirmItemCommand : public QUndoCommand
{
public:
    // Confirms the item as it stands.
    ReconfirmItemCommand(WorkspaceDocument *document, const QString &itemId,
                         QUndoCommand *parent = nullptr);
    // Records result (with a justification for not applicable) instead.
    ReconfirmItemCommand(WorkspaceDocument *document, const QString &itemId,
                         seqohs::AssessmentResult result, const QString &justification,
                         QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;

private:
    void readBefore();
    void describe();

    WorkspaceDocument *m_document;
    QString m_itemId;
    std::optional<seqohs::AssessmentResult> m_result; // none: confirm as it stands
    QString m_justification;
    seqohs::Assessment m_before;
    std::optional<seqohs::Reconfirmation> m_flag;
    std::optional<seqohs::Assessment> m_after; // as the first redo recorded it
    bool m_readable = false; // the state before could be read, so undo can restore it
};
