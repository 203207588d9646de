#include "linkevidencecommand.h"

#include "models/readresult.h"
#include "models/workspacedocument.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

using namespace seqohs;

LinkEvidenceCommand::LinkEvidenceCommand(WorkspaceDocument *document, const EvidenceLink &link,
                                         Mode mode, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_link(link)
    , m_mode(mode)
{
    if (mode == Unlink) {
        // Keep the note so that undo restores the link as it was.
        const QList<EvidenceLink> links =
            shown(document->workspace().linksFor(link.evidenceId)).value_or(QList<EvidenceLink>());
        for (const EvidenceLink &l : links) {
            if (l.itemId == link.itemId)
                m_link.note = l.note;
        }
    }
    setText(mode == Link ? QCoreApplication::translate("LinkEvidenceCommand", "Link evidence")
                         : QCoreApplication::translate("LinkEvidenceCommand", "Unlink evidence"));
}

bool LinkEvidenceCommand::apply(bool link)
{
    EvidenceLink l = m_link;
    l.evidenceId = m_document->currentEvidenceId(m_link.evidenceId);
    const Status status = link ? m_document->workspace().link(l)
                               : m_document->workspace().unlink(l.evidenceId, l.itemId);
    if (!status.ok()) {
        m_document->reportErrors(status.errors());
        return false;
    }
    return true;
}

void LinkEvidenceCommand::undo()
{
    apply(m_mode == Unlink);
}

void LinkEvidenceCommand::redo()
{
    if (!apply(m_mode == Link))
        setObsolete(true);
}
