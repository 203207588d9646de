#pragma once

#include "workspace/evidenceitem.h"

#include <QTemporaryDir>
#include <QUndoCommand>

#include <memory>

class WorkspaceDocument;

// Removes an evidence item with its links. A file's content is kept in a private temporary
// folder while the command can still be undone, so undo restores it exactly.
class RemoveEvidenceCommand : public QUndoCommand
{
public:
    RemoveEvidenceCommand(WorkspaceDocument *document, qint64 evidenceId,
                          QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    WorkspaceDocument *m_document;
    qint64 m_id;
    seqohs::EvidenceItem m_item;
    QList<seqohs::EvidenceLink> m_links;
    std::unique_ptr<QTemporaryDir> m_keep;
    QString m_keptFile;
    bool m_readable = false; // the item and its links could be read, so undo can restore them
};
