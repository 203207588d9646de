#pragma once

#include "common/expected.h"
#include "workspace/evidenceitem.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

class WorkspaceDocument;

// Changes an evidence item's title, description, owner, dates, link or statement. On a team
// workspace, when someone else changed the item since the person saw it, the two changes are
// combined field by field (TheirChange).
class EditEvidenceCommand : public QUndoCommand
{
public:
    // Called when the person cancels the choice between their change and someone else's, with
    // what they typed and what is stored now, so that they can go back to their change.
    using Declined =
        std::function<void(const seqohs::EvidenceItem &typed, const seqohs::EvidenceItem &stored)>;

    // seen: the item as the person saw it before changing it.
    EditEvidenceCommand(WorkspaceDocument *document, const seqohs::EvidenceItem &seen,
                        const seqohs::EvidenceItem &after, Declined declined = {},
                        QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    seqohs::Status save(seqohs::EvidenceItem item);
    bool apply(const seqohs::EvidenceItem &item);
    bool combineWithTheirs(const seqohs::Status &refusal);

    WorkspaceDocument *m_document;
    seqohs::EvidenceItem m_before;
    seqohs::EvidenceItem m_after;
    // Only the first save meets someone else's change unseen.
    std::optional<seqohs::EvidenceItem> m_seen;
    Declined m_declined;
};
