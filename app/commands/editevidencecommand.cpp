#include "editevidencecommand.h"

#include "models/readresult.h"
#include "models/workspacedocument.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

using namespace seqohs;

EditEvidenceCommand::EditEvidenceCommand(WorkspaceDocument *document, const EvidenceItem &after,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(found(document->workspace().evidenceItem(after.id)).value_or(after))
    , m_after(after)
{
    setText(QCoreApplication::translate("EditEvidenceCommand", "Edit evidence \"%1\"")
                .arg(after.title));
}

bool EditEvidenceCommand::apply(EvidenceItem item)
{
    item.id = m_document->currentEvidenceId(item.id);
    const Status status = m_document->workspace().updateEvidence(item);
    if (!status.ok()) {
        m_document->reportErrors(status.errors());
        return false;
    }
    return true;
}

void EditEvidenceCommand::undo()
{
    apply(m_before);
}

void EditEvidenceCommand::redo()
{
    if (!apply(m_after))
        setObsolete(true);
}
