#include "addevidencecommand.h"

#include "models/workspacedocument.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

using namespace seqohs;

AddEvidenceCommand::AddEvidenceCommand(WorkspaceDocument *document, const QList<Entry> &entries,
                                       bool alreadyAdded, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_entries(entries)
    , m_skipRedo(alreadyAdded)
{
    setText(entries.size() == 1
                ? QCoreApplication::translate("AddEvidenceCommand", "Add evidence \"%1\"")
                      .arg(entries.first().meta.title)
                : QCoreApplication::translate("AddEvidenceCommand", "Add %1 evidence items")
                      .arg(entries.size()));
}

QList<qint64> AddEvidenceCommand::ids() const
{
    QList<qint64> out;
    for (const Entry &e : m_entries)
        out << m_document->currentEvidenceId(e.id);
    return out;
}

void AddEvidenceCommand::undo()
{
    Workspace &ws = m_document->workspace();
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        const Status removed = ws.removeEvidence(m_document->currentEvidenceId(it->id));
        if (!removed.ok())
            m_document->reportErrors(removed.errors());
    }
}

void AddEvidenceCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    Workspace &ws = m_document->workspace();
    bool anyAdded = false;
    for (Entry &e : m_entries) {
        Expected<qint64> added = [&]() -> Expected<qint64> {
            switch (e.meta.kind) {
            case EvidenceItem::Kind::File:
                return ws.addEvidenceFile(e.sourcePath, e.meta, e.links);
            case EvidenceItem::Kind::Link:
                return ws.addEvidenceLink(e.meta.url, e.meta, e.links);
            case EvidenceItem::Kind::Statement:
                break;
            }
            return ws.addEvidenceStatement(e.meta.statement, e.meta, e.links);
        }();
        if (!added.ok()) {
            m_document->reportErrors(added.errors());
            continue;
        }
        anyAdded = true;
        if (e.id != 0 && e.id != *added)
            m_document->remapEvidenceId(e.id, *added);
        else
            e.id = *added;
    }
    if (!anyAdded)
        setObsolete(true);
}
