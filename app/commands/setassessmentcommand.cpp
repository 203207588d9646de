#include "setassessmentcommand.h"

#include "commandids.h"
#include "models/readresult.h"
#include "models/workspacedocument.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

using namespace seqohs;

SetAssessmentCommand::SetAssessmentCommand(WorkspaceDocument *document, const Assessment &after,
                                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_after(after)
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
    if (!apply(m_after)) {
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
