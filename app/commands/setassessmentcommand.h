#pragma once

#include "common/expected.h"
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
    // seen, when given, is the assessment as the person saw it before their edit: should someone
    // else have saved a change since, the two are combined field by field, and where both
    // changed a field the person chooses (ConflictDialog).
    SetAssessmentCommand(WorkspaceDocument *document, const seqohs::Assessment &after,
                         const std::optional<seqohs::Assessment> &seen = std::nullopt,
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
    // After a refused first save: combines it with what someone else saved meanwhile, asking
    // where both changed a field, and saves that. False when that cannot be done.
    bool combineWithTheirs(const seqohs::Status &refusal);

    WorkspaceDocument *m_document;
    seqohs::Assessment m_before;
    bool m_readable = false; // the state before could be read, so undo can restore it
    seqohs::Assessment m_after;
    std::optional<seqohs::Assessment> m_seen;
    std::optional<seqohs::Reconfirmation> m_flag; // the flag this edit clears, if any
    bool m_narrativeOnly = false;
    bool m_continuesTyping = false;
};
