#pragma once

#include "workspace/serviceprofile.h"

#include <QUndoCommand>

class WorkspaceDocument;

// Changes the service profile (name, NHS, dates, ...).
class SetProfileCommand : public QUndoCommand
{
public:
    SetProfileCommand(WorkspaceDocument *document, const seqohs::ServiceProfile &after,
                      QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    bool apply(const seqohs::ServiceProfile &profile);

    WorkspaceDocument *m_document;
    seqohs::ServiceProfile m_before;
    bool m_readable = false; // the state before could be read, so undo can restore it
    seqohs::ServiceProfile m_after;
};
