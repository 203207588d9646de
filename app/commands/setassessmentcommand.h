#pragma once

#include "workspace/assessment.h"
#include "workspace/reconfirmation.h"

#include <QUndoCommand>

#include <optional>

class WorkspaceDocument;

// Sets one item's assessment. Typing in the narrative is saved in pieces as the user pauses; a
// piece that continues the typing of the one before (no word boundary at the pause, no change of
// focus in between) merges with it, so undo goes back one stretch of typing at a time. Recording
// a result clears the item's re-confirmation flag after a move to another set; undo puts it back.
class SetAssessmentCommand : public QUndoCommand
{
public:
    SetAssessmentCommand(WorkspaceDocument *document, const seqohs::Assessment &after,
                         QUndoCommand *parent = nullptr);

    // Marks this command as the continuation of the narrative typing recorded just before it.
    void setContinuesTyping(bool on) { m_continuesTyping = on; }
    // Only the narrative changes.
    bool isNarrativeOnly() const { return m_narrativeOnly; }

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool apply(const seqohs::Assessment &assessment);

    WorkspaceDocument *m_document;
    seqohs::Assessment m_before;
    bool m_readable = false; // the state before could be read, so undo can restore it
    seqohs::Assessment m_after;
    std::optional<seqohs::Reconfirmation> m_flag; // the flag this edit clears, if any
    bool m_narrativeOnly = false;
    bool m_continuesTyping = false;
};
