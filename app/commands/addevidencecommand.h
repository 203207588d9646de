#pragma once

#include "workspace/evidenceitem.h"
#include "workspace/removedevidence.h"

#include <QList>
#include <QTemporaryDir>
#include <QUndoCommand>

#include <memory>
#include <optional>

class WorkspaceDocument;

// Adds evidence items: files (copied in), links or statements, each with its links to items.
// Undo removes them, keeping what it removed; redo puts exactly that back (same ids, versions,
// links and dates), with the content kept in a private temporary folder meanwhile.
class AddEvidenceCommand : public QUndoCommand
{
public:
    struct Entry
    {
        seqohs::EvidenceItem meta; // kind says which of source, url, statement is used
        QString sourcePath;        // files
        QList<seqohs::EvidenceLink> links;
        qint64 id = 0; // the id it has while added
    };

    // alreadyAdded: the entries were added by a background import and carry their ids; the
    // first redo then does nothing.
    AddEvidenceCommand(WorkspaceDocument *document, const QList<Entry> &entries, bool alreadyAdded,
                       QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    QList<qint64> ids() const;

private:
    WorkspaceDocument *m_document;
    QList<Entry> m_entries;
    bool m_skipRedo;
    std::unique_ptr<QTemporaryDir> m_keep;
    QList<std::optional<seqohs::RemovedEvidence>> m_removed; // per entry, while undone
};
