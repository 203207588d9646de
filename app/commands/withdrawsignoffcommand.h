#pragma once

#include "workspace/signoff.h"

#include <QUndoCommand>

class WorkspaceDocument;

// Takes a sign-off back, void or not; undo puts it back as it was.
class WithdrawSignOffCommand : public QUndoCommand
{
public:
    WithdrawSignOffCommand(WorkspaceDocument *document, const seqohs::SignOff &signOff,
                           QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    WorkspaceDocument *m_document;
    seqohs::SignOff m_signOff;
};
