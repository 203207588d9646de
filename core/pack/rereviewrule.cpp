#include "rereviewrule.h"

#include "finding.h"

#include "workspace/workspace.h"

namespace seqohs {

Expected<bool> ReReviewRule::changedSince(const Workspace &workspace, const QStringList &itemIds,
                                          const QDateTime &imported)
{
    for (const QString &id : itemIds) {
        const Expected<Assessment> read = workspace.assessment(id);
        if (!read)
            return read.errors();
        const QDateTime reviewed = read->lastReviewed;
        if (reviewed.isValid() && reviewed > imported)
            return true;
    }
    return false;
}

Expected<bool> ReReviewRule::needsReReview(const Workspace &workspace,
                                           const StandardFinding &finding,
                                           const QDateTime &imported)
{
    return changedSince(workspace, finding.criterionIds, imported);
}

Expected<bool> ReReviewRule::needsReReview(const Workspace &workspace,
                                           const StandardFinding &finding, const QString &itemId,
                                           const QDateTime &imported)
{
    const QStringList concerned =
        finding.criterionIds.contains(itemId) ? QStringList{itemId} : finding.criterionIds;
    return changedSince(workspace, concerned, imported);
}

} // namespace seqohs
