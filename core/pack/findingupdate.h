#pragma once

#include "finding.h"

#include "common/expected.h"

#include <QList>
#include <QString>

#include <optional>

namespace seqohs {

struct Review;

// A change to the assessor's finding for one standard, as the assessor's window and
// `review set` both make it: what is given replaces what was there, what is not given stays,
// and the finding is stamped as recorded now.
struct FindingUpdate
{
    std::optional<FindingResult> result;
    std::optional<FindingGrade> grade;
    std::optional<QString> comments;
    std::optional<QList<RequiredAction>> actions; // replaces every required action

    // Applies the change to finding and stamps it recorded (Clock::now(), UTC).
    void applyTo(StandardFinding &finding) const;

    // Stamps the review as updated (Clock::now(), UTC) and saves it atomically to path: what
    // every change to a review ends with.
    static Status saveChanged(Review &review, const QString &path);
};

} // namespace seqohs
