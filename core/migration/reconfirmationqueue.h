#pragma once

#include "catalogue/assessableitem.h"
#include "common/expected.h"
#include "workspace/assessment.h"
#include "workspace/reconfirmation.h"

#include <QList>

namespace seqohs {

class Workspace;

// The items that need a fresh look after a move to another standards set, to be worked through
// one by one. An item leaves the queue when the lead confirms its result as it stands, or
// records another result; any change of its assessment (Workspace::setAssessment, so also the
// criterion page and 'assess') counts as that fresh look and clears it too.
class ReconfirmationQueue
{
public:
    struct Entry
    {
        AssessableItem item;
        Reconfirmation flag;
        Assessment current; // what the item holds now, carried narrative included
    };

    // The flagged items in the set's document order.
    static Expected<QList<Entry>> entries(const Workspace &workspace);

    // Keeps the item's result and clears its flag. An item that received no result (only
    // subset or intersect mappings) takes the result its sources suggested. Fails when the item
    // is not flagged.
    static Status confirm(Workspace &workspace, const QString &itemId);

    // Records result (with justification for not applicable) and clears the flag, in one
    // transaction. Fails when the item is not flagged or the result is refused.
    static Status changeResult(Workspace &workspace, const QString &itemId, AssessmentResult result,
                               const QString &justification = {});
};

} // namespace seqohs
