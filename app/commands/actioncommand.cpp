#include "actioncommand.h"

#include "models/readresult.h"
#include "models/workspacedocument.h"
#include "theirchange.h"
#include "workspace/mergefields.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

using namespace seqohs;

ActionCommand::ActionCommand(WorkspaceDocument *document, const std::optional<Action> &before,
                             const std::optional<Action> &after, Declined declined,
                             QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(before)
    , m_after(after)
    , m_declined(std::move(declined))
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
        // Only the first save, made from what the person saw, can meet someone else's change.
        if (std::exchange(m_firstSave, false) && !status.ok())
            status = combineWithTheirs(status);
        // As stored, with the completion date the core filled in, so that a redo repeats it.
        if (status.ok() && to == m_after) {
            if (const std::optional<Action> stored = found(ws.action(a.id)))
                m_after = *stored;
        }
    } else if (from) {
        // Kept as stored (the completion date the core filled in, too) so that it comes back
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
        if (!std::exchange(m_wasDeclined, false))
            m_document->reportErrors(status.errors());
        return false;
    }
    return true;
}

Status ActionCommand::combineWithTheirs(const Status &refusal)
{
    Workspace &ws = m_document->workspace();
    const Expected<std::optional<Action>> stored = ws.action(actionId());
    if (!stored.ok() || !*stored || !m_before || !m_after)
        return refusal;
    Action theirs = **stored;
    theirs.id = m_before->id; // the id this command knows it by
    const TheirChange<Action> change(
        MergeFields::action(), *m_before, *m_after, theirs,
        QCoreApplication::translate("ActionCommand", "action \"%1\"").arg(m_before->text));
    switch (change.outcome()) {
    case TheirChange<Action>::Outcome::NotTheirs:
        return refusal;
    case TheirChange<Action>::Outcome::Declined:
        // Nothing saved, and nothing to report: the person chose to go back to their change.
        m_wasDeclined = true;
        if (m_declined)
            m_declined(*m_after, theirs);
        return refusal;
    case TheirChange<Action>::Outcome::Combined:
        break;
    }
    Action combined = change.combined();
    combined.id = actionId();
    if (Status saved = ws.updateAction(combined); !saved.ok())
        return saved;
    // Undo goes back to what was there when this was saved: their change.
    m_before = theirs;
    m_after = change.combined();
    return success();
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
