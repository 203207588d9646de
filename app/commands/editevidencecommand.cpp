#include "editevidencecommand.h"

#include "models/readresult.h"
#include "models/workspacedocument.h"
#include "theirchange.h"
#include "workspace/mergefields.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

using namespace seqohs;

EditEvidenceCommand::EditEvidenceCommand(WorkspaceDocument *document, const EvidenceItem &seen,
                                         const EvidenceItem &after, Declined declined,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(seen)
    , m_after(after)
    , m_seen(seen)
    , m_declined(std::move(declined))
{
    setText(QCoreApplication::translate("EditEvidenceCommand", "Edit evidence \"%1\"")
                .arg(after.title));
}

Status EditEvidenceCommand::save(EvidenceItem item)
{
    item.id = m_document->currentEvidenceId(item.id);
    return m_document->workspace().updateEvidence(item);
}

bool EditEvidenceCommand::apply(const EvidenceItem &item)
{
    const Status status = save(item);
    if (!status.ok()) {
        m_document->reportErrors(status.errors());
        return false;
    }
    return true;
}

bool EditEvidenceCommand::combineWithTheirs(const Status &refusal)
{
    const Expected<std::optional<EvidenceItem>> stored =
        m_seen ? m_document->workspace().evidenceItem(m_document->currentEvidenceId(m_after.id))
               : Expected<std::optional<EvidenceItem>>(refusal.errors());
    if (!stored.ok() || !*stored) {
        m_document->reportErrors(refusal.errors());
        return false;
    }
    EvidenceItem theirs = **stored;
    theirs.id = m_after.id; // the id this command knows it by
    const TheirChange<EvidenceItem> change(
        MergeFields::evidence(), *m_seen, m_after, theirs,
        QCoreApplication::translate("EditEvidenceCommand", "evidence \"%1\"").arg(m_seen->title));
    switch (change.outcome()) {
    case TheirChange<EvidenceItem>::Outcome::NotTheirs:
        m_document->reportErrors(refusal.errors());
        return false;
    case TheirChange<EvidenceItem>::Outcome::Declined:
        if (m_declined)
            m_declined(m_after, theirs);
        return false;
    case TheirChange<EvidenceItem>::Outcome::Combined:
        break;
    }
    // Undo goes back to what was there when this was saved: their change.
    m_before = theirs;
    m_after = change.combined();
    return apply(m_after);
}

void EditEvidenceCommand::undo()
{
    apply(m_before);
}

void EditEvidenceCommand::redo()
{
    const Status first = save(m_after);
    const bool saved = first.ok() || combineWithTheirs(first);
    m_seen.reset();
    if (!saved)
        setObsolete(true);
}
