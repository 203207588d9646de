#pragma once

#include "workspace/evidenceitem.h"

#include <QUndoCommand>

class WorkspaceDocument;

// Links existing evidence to an item, or unlinks it.
class LinkEvidenceCommand : public QUndoCommand
{
public:
    enum Mode { Link, Unlink };

    LinkEvidenceCommand(WorkspaceDocument *document, const seqohs::EvidenceLink &link, Mode mode,
                        QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    bool apply(bool link);

    WorkspaceDocument *m_document;
    seqohs::EvidenceLink m_link;
    Mode m_mode;
};
