#pragma once

#include "workspace/evidenceitem.h"

#include <QUndoCommand>

class WorkspaceDocument;

// Changes an evidence item's title, description, owner, dates, link or statement.
class EditEvidenceCommand : public QUndoCommand
{
public:
    EditEvidenceCommand(WorkspaceDocument *document, const seqohs::EvidenceItem &after,
                        QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    bool apply(seqohs::EvidenceItem item);

    WorkspaceDocument *m_document;
    seqohs::EvidenceItem m_before;
    seqohs::EvidenceItem m_after;
};
