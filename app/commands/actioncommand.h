#pragma once

#include "common/expected.h"
#include "workspace/action.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

class WorkspaceDocument;

// Adds, changes or removes an action. Before and after are the action's states; nothing on one
// side means it does not exist there. Undoing a removal puts the action back as it was, under
// its id. On a team workspace, a change that meets someone else's change to the action since
// the person saw it (before) is combined with it field by field (TheirChange).
class ActionCommand : public QUndoCommand
{
public:
    // Called when the person cancels the choice between their change and someone else's, with
    // what they typed and what is stored now, so that they can go back to their change.
    using Declined = std::function<void(const seqohs::Action &typed, const seqohs::Action &stored)>;

    ActionCommand(WorkspaceDocument *document, const std::optional<seqohs::Action> &before,
                  const std::optional<seqohs::Action> &after, Declined declined = {},
                  QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    // The id of the action as it is now (0 when it does not exist).
    qint64 actionId() const;

private:
    bool move(const std::optional<seqohs::Action> &from, const std::optional<seqohs::Action> &to);
    seqohs::Status combineWithTheirs(const seqohs::Status &refusal);

    WorkspaceDocument *m_document;
    std::optional<seqohs::Action> m_before;
    std::optional<seqohs::Action> m_after;
    qint64 m_id = 0;
    std::optional<seqohs::Action> m_removed; // as stored when this command removed it
    // Only the first save meets someone else's change unseen.
    bool m_firstSave = true;
    bool m_wasDeclined = false;
    Declined m_declined;
};
