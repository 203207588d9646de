#include "rereviewrule.h"

#include "finding.h"

#include "workspace/workspace.h"

namespace seqohs {

bool ReReviewRule::changedSince(const Workspace &workspace, const QStringList &itemIds,
                                const QDateTime &imported)
{
    for (const QString &id : itemIds) {
        const QDateTime reviewed = workspace.assessment(id).lastReviewed;
        if (reviewed.isValid() && reviewed > imported)
            return true;
    }
    return false;
}

bool ReReviewRule::needsReReview(const Workspace &workspace, const StandardFinding &finding,
                                 const QDateTime &imported)
{
    return changedSince(workspace, finding.criterionIds, imported);
}

bool ReReviewRule::needsReReview(const Workspace &workspace, const StandardFinding &finding,
                                 const QString &itemId, const QDateTime &imported)
{
    const QStringList concerned =
        finding.criterionIds.contains(itemId) ? QStringList{itemId} : finding.criterionIds;
    return changedSince(workspace, concerned, imported);
}

} // namespace seqohs
