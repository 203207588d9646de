#pragma once

#include "action.h"
#include "assessment.h"
#include "evidenceitem.h"
#include "reconfirmation.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace seqohs {

// Everything a move to another standards set changes, fully computed beforehand (by
// MigrationPlanner) so that Workspace::moveToSet only has to check and write it. The current
// assessments, links and reconfirmation flags are replaced by these; actions are re-pointed.
struct MoveRecord
{
    // An existing action and the item of the new set it now serves ("" for none).
    struct ActionMove
    {
        qint64 actionId = 0;
        QString itemId;
        bool operator==(const ActionMove &) const = default;
    };

    // What the plan was computed against. moveToSet refuses the record when the workspace has
    // changed since (another audit row, another set), so a stale preview is never applied.
    QString fromSetId;
    QString fromContentHash;
    qint64 auditCount = 0;

    QString crosswalkId;
    QString snapshotName; // the snapshot of the figures saved just before, recorded in the audit

    QList<Assessment> assessments; // the new assessment table, items of the target set only
    QList<EvidenceLink> links;     // the new link table
    QList<ActionMove> actionMoves; // every action whose item changes
    QList<Action> newActions;      // copies for the extra targets of one-to-many mappings
    QList<Reconfirmation> reconfirmations;

    // Compact JSON of the plan's counts, stored in the audit row.
    QByteArray summaryJson;

    bool operator==(const MoveRecord &) const = default;
};

} // namespace seqohs
