#pragma once

#include "workspace/removedevidence.h"

#include <QTemporaryDir>
#include <QUndoCommand>

#include <memory>
#include <optional>

class WorkspaceDocument;

// Removes an evidence item with its versions and links. Undo puts back exactly what was removed:
// the same id, metadata, every version and every link. The content of each version is kept in a
// private temporary folder for as long as the command lives on the undo stack.
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
    std::unique_ptr<QTemporaryDir> m_keep;
    std::optional<seqohs::RemovedEvidence> m_removed;
};
