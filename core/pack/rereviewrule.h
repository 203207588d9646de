#pragma once

#include "common/expected.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace seqohs {

struct StandardFinding;
class Workspace;

// When an assessor's finding needs a fresh look on the service's side: an item it concerns was
// reviewed after the response was imported, so the finding may no longer describe it. Written
// once for the criterion page, the dashboard and `response show`; computed on every call,
// never stored.
class ReReviewRule
{
public:
    // Each returns the read's error when an item's assessment cannot be read.
    // True when any of the items (criteria, or a standard assessed as a whole) was reviewed
    // after `imported`.
    static Expected<bool> changedSince(const Workspace &workspace, const QStringList &itemIds,
                                       const QDateTime &imported);

    // The finding as a whole: any criterion of its standard changed after the import.
    static Expected<bool> needsReReview(const Workspace &workspace, const StandardFinding &finding,
                                        const QDateTime &imported);

    // The finding as it concerns one item: a criterion is judged by its own review date, a
    // standard by its criteria's.
    static Expected<bool> needsReReview(const Workspace &workspace, const StandardFinding &finding,
                                        const QString &itemId, const QDateTime &imported);
};

} // namespace seqohs
