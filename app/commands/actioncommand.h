#pragma once

#include "workspace/action.h"

#include <QUndoCommand>

#include <optional>

class WorkspaceDocument;

// Adds, changes or removes an action. Before and after are the action's states; nothing on one
// side means it does not exist there. Undoing a removal puts the action back as it was, under
// its id.
class ActionCommand : public QUndoCommand
{
public:
    ActionCommand(WorkspaceDocument *document, const std::optional<seqohs::Action> &before,
                  const std::optional<seqohs::Action> &after, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    // The id of the action as it is now (0 when it does not exist).
    qint64 actionId() const;

private:
    bool move(const std::optional<seqohs::Action> &from, const std::optional<seqohs::Action> &to);

    WorkspaceDocument *m_document;
    std::optional<seqohs::Action> m_before;
    std::optional<seqohs::Action> m_after;
    qint64 m_id = 0;
    std::optional<seqohs::Action> m_removed; // as stored when this command removed it
};
