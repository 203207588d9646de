#include "setassessmentcommand.h"

#include "commandids.h"
#include "models/readresult.h"
#include "models/workspacedocument.h"
#include "theirchange.h"
#include "workspace/mergefields.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

using namespace seqohs;

SetAssessmentCommand::SetAssessmentCommand(WorkspaceDocument *document, const Assessment &after,
                                           const std::optional<Assessment> &seen,
                                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_after(after)
    , m_seen(seen)
{
    // What undo puts back. Without it the change could not be undone, so it is not made.
    const std::optional<Assessment> before = shown(document->workspace().assessment(after.itemId));
    const std::optional<std::optional<Reconfirmation>> flag =
        shown(document->workspace().reconfirmation(after.itemId));
    m_readable = before && flag;
    if (flag)
        m_flag = *flag;
    m_before = before.value_or(after);
    m_narrativeOnly = m_before.result == m_after.result && m_before.workflow == m_after.workflow &&
                      m_before.owner == m_after.owner &&
                      m_before.justification == m_after.justification &&
                      m_before.narrative != m_after.narrative;
    if (m_before.result != m_after.result)
        setText(QCoreApplication::translate("SetAssessmentCommand", "Set result to %1")
                    .arg(resultDisplayName(m_after.result).toLower()));
    else if (m_before.workflow != m_after.workflow)
        setText(QCoreApplication::translate("SetAssessmentCommand", "Set status to %1")
                    .arg(workflowDisplayName(m_after.workflow).toLower()));
    else if (m_narrativeOnly)
        setText(QCoreApplication::translate("SetAssessmentCommand", "Typing in the narrative"));
    else
        setText(QCoreApplication::translate("SetAssessmentCommand", "Edit assessment"));
}

bool SetAssessmentCommand::apply(const Assessment &assessment)
{
    const Status status = m_document->workspace().setAssessment(assessment);
    if (!status.ok()) {
        m_document->reportErrors(status.errors());
        return false;
    }
    return true;
}

bool SetAssessmentCommand::combineWithTheirs(const Status &refusal)
{
    Workspace &ws = m_document->workspace();
    const Expected<Assessment> stored =
        m_seen ? ws.assessment(m_after.itemId) : Expected<Assessment>(refusal.errors());
    if (!stored.ok()) {
        m_document->reportErrors(refusal.errors());
        return false;
    }
    const Assessment &theirs = *stored;
    const std::optional<AssessableItem> item = ws.standardsSet().findAssessable(theirs.itemId);
    const TheirChange<Assessment> change(MergeFields::assessment(), *m_seen, m_after, theirs,
                                         item ? item->code : theirs.itemId);
    if (change.outcome() != TheirChange<Assessment>::Outcome::Combined) {
        // Refused for another reason, or the person cancelled: what they typed stays on screen.
        m_document->reportErrors(refusal.errors());
        return false;
    }
    // Undo goes back to what was there when this was saved: their change.
    m_before = theirs;
    m_after = change.combined();
    // Choosing between the two is a review of the criterion, recorded now, even where nothing
    // of the person's own is left to save; and the window then shows what was chosen.
    m_after.lastReviewed = QDateTime();
    return apply(m_after);
}

void SetAssessmentCommand::undo()
{
    // The assessment first: recording it would clear a flag that was already back.
    if (!apply(m_before) || !m_flag)
        return;
    const std::optional<std::optional<Reconfirmation>> flagNow =
        shown(m_document->workspace().reconfirmation(m_after.itemId));
    if (!flagNow || *flagNow)
        return;
    const Status restored = m_document->workspace().restoreReconfirmation(*m_flag);
    if (!restored.ok())
        m_document->reportErrors(restored.errors());
}

void SetAssessmentCommand::redo()
{
    if (!m_readable) {
        setObsolete(true);
        return;
    }
    const Status first = m_document->workspace().setAssessment(m_after);
    const bool saved = first.ok() || combineWithTheirs(first);
    m_seen.reset(); // only the first save meets someone else's change unseen
    if (!saved) {
        setObsolete(true); // the stack drops a command whose first redo failed
        return;
    }
    // As stored, with the review time the core filled in, so that a later redo repeats it.
    if (const std::optional<Assessment> stored =
            shown(m_document->workspace().assessment(m_after.itemId)))
        m_after = *stored;
}

int SetAssessmentCommand::id() const
{
    return int(CommandId::SetAssessment);
}

bool SetAssessmentCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetAssessmentCommand *>(other);
    // Only typing that carries on from exactly where this command left the narrative.
    if (!m_narrativeOnly || !next->m_narrativeOnly || !next->m_continuesTyping ||
        next->m_after.itemId != m_after.itemId || next->m_before.narrative != m_after.narrative)
        return false;
    m_after = next->m_after;
    return true;
}
