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
    if (!m_keep)
        m_keep = std::make_unique<QTemporaryDir>();
    m_removed.resize(m_entries.size());
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        Expected<RemovedEvidence> removed = ws.removeEvidenceKept(
            m_document->currentEvidenceId(m_entries.at(i).id), m_keep->path());
        if (!removed.ok()) {
            m_document->reportErrors(removed.errors());
            continue;
        }
        m_removed[i] = std::move(*removed);
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
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        Entry &e = m_entries[i];
        if (i < m_removed.size() && m_removed.at(i)) {
            const Status restored = ws.restoreEvidence(*m_removed.at(i));
            if (!restored.ok()) {
                m_document->reportErrors(restored.errors());
                continue;
            }
            m_removed[i].reset();
            anyAdded = true;
            continue;
        }
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
