#include "removeevidencecommand.h"

#include "models/readresult.h"
#include "models/workspacedocument.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>

using namespace seqohs;

RemoveEvidenceCommand::RemoveEvidenceCommand(WorkspaceDocument *document, qint64 evidenceId,
                                             QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_id(evidenceId)
{
    const std::optional<EvidenceItem> item = found(document->workspace().evidenceItem(evidenceId));
    const std::optional<QList<EvidenceLink>> links =
        shown(document->workspace().linksFor(evidenceId));
    m_readable = item && links;
    if (item)
        m_item = *item;
    if (links)
        m_links = *links;
    setText(QCoreApplication::translate("RemoveEvidenceCommand", "Remove evidence \"%1\"")
                .arg(m_item.title));
}

void RemoveEvidenceCommand::redo()
{
    if (!m_readable) {
        setObsolete(true);
        return;
    }
    Workspace &ws = m_document->workspace();
    const qint64 id = m_document->currentEvidenceId(m_id);
    if (m_item.kind == EvidenceItem::Kind::File && !m_keep) {
        m_keep = std::make_unique<QTemporaryDir>();
        m_keptFile =
            QDir(m_keep->path())
                .filePath(m_item.fileName.isEmpty() ? QStringLiteral("evidence") : m_item.fileName);
        const Status kept = ws.exportEvidenceFile(id, m_keptFile);
        if (!kept.ok()) {
            m_document->reportErrors(kept.errors());
            setObsolete(true);
            return;
        }
    }
    const Status removed = ws.removeEvidence(id);
    if (!removed.ok()) {
        m_document->reportErrors(removed.errors());
        setObsolete(true);
    }
}

void RemoveEvidenceCommand::undo()
{
    Workspace &ws = m_document->workspace();
    QList<EvidenceLink> links = m_links;
    Expected<qint64> added = [&]() -> Expected<qint64> {
        switch (m_item.kind) {
        case EvidenceItem::Kind::File:
            return ws.addEvidenceFile(m_keptFile, m_item, links);
        case EvidenceItem::Kind::Link:
            return ws.addEvidenceLink(m_item.url, m_item, links);
        case EvidenceItem::Kind::Statement:
            break;
        }
        return ws.addEvidenceStatement(m_item.statement, m_item, links);
    }();
    if (!added.ok()) {
        m_document->reportErrors(added.errors());
        return;
    }
    m_document->remapEvidenceId(m_document->currentEvidenceId(m_id), *added);
}
