#include "actioncommand.h"

#include "models/readresult.h"
#include "models/workspacedocument.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

using namespace seqohs;

ActionCommand::ActionCommand(WorkspaceDocument *document, const std::optional<Action> &before,
                             const std::optional<Action> &after, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(before)
    , m_after(after)
{
    m_id = before ? before->id : 0;
    if (!before && after)
        setText(QCoreApplication::translate("ActionCommand", "Add action \"%1\"").arg(after->text));
    else if (before && !after)
        setText(
            QCoreApplication::translate("ActionCommand", "Remove action \"%1\"").arg(before->text));
    else if (after && after->status == Action::Status::Done && before &&
             before->status != Action::Status::Done)
        setText(QCoreApplication::translate("ActionCommand", "Mark action done"));
    else
        setText(QCoreApplication::translate("ActionCommand", "Edit action"));
}

qint64 ActionCommand::actionId() const
{
    return m_id == 0 ? 0 : m_document->currentActionId(m_id);
}

bool ActionCommand::move(const std::optional<Action> &from, const std::optional<Action> &to)
{
    Workspace &ws = m_document->workspace();
    Status status = success();
    if (from && to) {
        Action a = *to;
        a.id = actionId();
        status = ws.updateAction(a);
        // As stored, with the completion date the core filled in, so that a redo repeats it.
        if (status.ok() && to == m_after) {
            if (const std::optional<Action> stored = found(ws.action(a.id)))
                m_after = *stored;
        }
    } else if (from) {
        // Kept as stored (the completion date the core filled in, too) so that it comes back
        // exactly, under its id.
        // exactly, under its id. Unread, it could not come back, so it is not removed.
        Expected<std::optional<Action>> stored = ws.action(actionId());
        if (!stored)
            status = stored.errors();
        else
            status = ws.removeAction(actionId());
        if (status.ok())
            m_removed = *stored;
    } else if (to && m_removed) {
        status = ws.restoreAction(*m_removed);
        if (status.ok())
            m_removed.reset();
    } else if (to) {
        const Expected<qint64> added = ws.addAction(*to);
        if (added.ok())
            m_id = *added;
        else
            status = added.errors();
    }
    if (!status.ok()) {
        m_document->reportErrors(status.errors());
        return false;
    }
    return true;
}

void ActionCommand::undo()
{
    move(m_after, m_before);
}

void ActionCommand::redo()
{
    if (!move(m_before, m_after))
        setObsolete(true);
}
