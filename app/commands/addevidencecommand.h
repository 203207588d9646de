#pragma once

#include "workspace/evidenceitem.h"

#include <QList>
#include <QUndoCommand>

class WorkspaceDocument;

// Adds evidence items: files (copied in), links or statements, each with its links to items.
// Undo removes them; redo adds them again (files from where they were first found).
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
};
