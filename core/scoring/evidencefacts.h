#pragma once

#include "readiness.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace seqohs {

struct ScoringInput;

// What scoring takes from the evidence and its links (Scorer::evidenceFacts): for each
// assessable item how much evidence it has and how much is current, the workspace's evidence
// currency, and the checks on evidence. On a large workspace this is most of the work of
// scoring, and an edit of an assessment or an action does not change it, so ScoringInputCache
// keeps it between rescores and makes it again only when evidence, links, the date, the
// planned visit, the service's tags or the standards set change.
struct EvidenceFacts
{
    struct ItemEvidence
    {
        int count = 0;
        int current = 0;
        int expiringBeforeVisit = 0;
        int expired = 0;
    };

    bool valid = false;
    // What it was made for, besides the evidence and links themselves.
    QDate asOf;
    QDate plannedVisit;
    QStringList serviceTags;
    QString setId;
    QString setVersion;

    QList<ItemEvidence> items; // in the order of StandardsSet::assessables()
    Currency currency;
    QList<ReadinessCheck> checks; // in evidence order

    // Whether it was made for this input's date, visit, tags and set.
    bool fits(const ScoringInput &input) const;
};

} // namespace seqohs
