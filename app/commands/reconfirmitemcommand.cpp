#include "reconfirmitemcommand.h"

#include "commandids.h"
#include "migration/reconfirmationqueue.h"
#include "models/readresult.h"
#include "models/workspacedocument.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

using namespace seqohs;

ReconfirmItemCommand::ReconfirmItemCommand(WorkspaceDocument *document, const QString &itemId,
                                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_itemId(itemId)
{
    readBefore();
    describe();
}

ReconfirmItemCommand::ReconfirmItemCommand(WorkspaceDocument *document, const QString &itemId,
                                           AssessmentResult result, const QString &justification,
                                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_itemId(itemId)
    , m_result(result)
    , m_justification(justification)
{
    readBefore();
    describe();
}

// What undo puts back. Without it the change could not be undone, so it is not made.
void ReconfirmItemCommand::readBefore()
{
    const std::optional<Assessment> before = shown(m_document->workspace().assessment(m_itemId));
    const std::optional<std::optional<Reconfirmation>> flag =
        shown(m_document->workspace().reconfirmation(m_itemId));
    m_readable = before && flag;
    if (before)
        m_before = *before;
    if (flag)
        m_flag = *flag;
}

void ReconfirmItemCommand::describe()
{
    const std::optional<AssessableItem> item =
        m_document->workspace().standardsSet().findAssessable(m_itemId);
    const QString code = item ? item->code : m_itemId;
    setText(m_result ? QCoreApplication::translate("ReconfirmItemCommand", "Re-confirm %1 as %2")
                           .arg(code, resultDisplayName(*m_result).toLower())
                     : QCoreApplication::translate("ReconfirmItemCommand", "Confirm %1").arg(code));
}

void ReconfirmItemCommand::redo()
{
    if (!m_readable) {
        setObsolete(true);
        return;
    }
    Workspace &ws = m_document->workspace();
    Status done = success();
    if (m_after && !(*m_after == m_before)) {
        // Again after an undo: exactly the assessment the first time recorded (recording it
        // clears the flag), not a fresh one stamped with the time of the redo.
        done = ws.setAssessment(*m_after);
    } else {
        done = m_result
                   ? ReconfirmationQueue::changeResult(ws, m_itemId, *m_result, m_justification)
                   : ReconfirmationQueue::confirm(ws, m_itemId);
    }
    if (!done.ok()) {
        m_document->reportErrors(done.errors());
        setObsolete(true); // the stack drops a command whose first redo failed
        return;
    }
    if (!m_after)
        m_after = shown(ws.assessment(m_itemId));
}

void ReconfirmItemCommand::undo()
{
    Workspace &ws = m_document->workspace();
    // The assessment first: recording it would clear a flag that was already back.
    const std::optional<Assessment> now = shown(ws.assessment(m_itemId));
    const std::optional<std::optional<Reconfirmation>> flagNow = shown(ws.reconfirmation(m_itemId));
    if (!now || !flagNow)
        return;
    Status done = success();
    if (!(*now == m_before))
        done = ws.setAssessment(m_before);
    if (done.ok() && m_flag && !*flagNow)
        done = ws.restoreReconfirmation(*m_flag);
    if (!done.ok())
        m_document->reportErrors(done.errors());
}

int ReconfirmItemCommand::id() const
{
    return int(CommandId::ReconfirmItem);
}
