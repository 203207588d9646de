#include "findingupdate.h"

#include "review.h"

#include "common/clock.h"

namespace seqohs {

void FindingUpdate::applyTo(StandardFinding &finding) const
{
    if (result)
        finding.result = *result;
    if (grade)
        finding.grade = *grade;
    if (comments)
        finding.comments = *comments;
    if (actions)
        finding.actions = *actions;
    finding.recorded = Clock::now().toUTC();
}

Status FindingUpdate::saveChanged(Review &review, const QString &path)
{
    review.updated = Clock::now().toUTC();
    return review.save(path);
}

} // namespace seqohs
