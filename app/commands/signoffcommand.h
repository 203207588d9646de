#pragma once

#include "workspace/signoff.h"

#include <QUndoCommand>

class WorkspaceDocument;

// Signs off part of the self-assessment; undo takes the sign-off back, redo puts the same one
// back.
class SignOffCommand : public QUndoCommand
{
public:
    SignOffCommand(WorkspaceDocument *document, seqohs::SignOff::Scope scope, const QString &target,
                   const QString &signer, const QString &comment, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    WorkspaceDocument *m_document;
    seqohs::SignOff m_asked;
    seqohs::SignOff m_made;
};
