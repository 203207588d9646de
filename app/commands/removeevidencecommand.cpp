#include "removeevidencecommand.h"

#include "models/readresult.h"
#include "models/workspacedocument.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

using namespace seqohs;

RemoveEvidenceCommand::RemoveEvidenceCommand(WorkspaceDocument *document, qint64 evidenceId,
                                             QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_id(evidenceId)
{
    // Only the title: what undo needs is read when the item is removed.
    const std::optional<EvidenceItem> item = found(document->workspace().evidenceItem(evidenceId));
    setText(QCoreApplication::translate("RemoveEvidenceCommand", "Remove evidence \"%1\"")
                .arg(item ? item->title : QString()));
}

void RemoveEvidenceCommand::redo()
{
    if (!m_keep)
        m_keep = std::make_unique<QTemporaryDir>();
    if (!m_keep->isValid()) {
        m_document->reportErrors(
            {Error{QCoreApplication::translate("RemoveEvidenceCommand",
                                               "No private folder could be made to keep the "
                                               "evidence for undo: %1")
                       .arg(m_keep->errorString()),
                   m_keep->path(), QString(),
                   QCoreApplication::translate("RemoveEvidenceCommand",
                                               "Nothing was removed. Free some space in the "
                                               "temporary folder and try again.")}});
        setObsolete(true);
        return;
    }
    Expected<RemovedEvidence> removed = m_document->workspace().removeEvidenceKept(
        m_document->currentEvidenceId(m_id), m_keep->path());
    if (!removed.ok()) {
        m_document->reportErrors(removed.errors());
        setObsolete(true);
        return;
    }
    m_removed = std::move(*removed);
}

void RemoveEvidenceCommand::undo()
{
    if (!m_removed)
        return;
    const Status restored = m_document->workspace().restoreEvidence(*m_removed);
    if (!restored.ok()) {
        m_document->reportErrors(restored.errors());
        return;
    }
    m_removed.reset();
}
