#pragma once

#include "finding.h"
#include "followupcontent.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace seqohs {

// One round of a review: the pack the assessor read in it and, for a follow-up, what the pack
// said was new and the findings it answered, as they stood before the follow-up reset them.
struct ReviewRound
{
    int number = 1; // the full pack is round 1
    QString packFile;
    QString packRootHash;
    QString kind;                   // PackManifest::FullKind or FollowUpKind
    QDateTime opened;               // UTC
    FollowUpContent followUp;       // follow-ups only
    QList<StandardFinding> earlier; // follow-ups only: the findings of its standards before it

    bool isFollowUp() const { return number > 1; }
    const StandardFinding *earlierFinding(const QString &standardId) const;

    QJsonObject toJson() const;
    static ReviewRound fromJson(const QJsonObject &o);

    bool operator==(const ReviewRound &) const = default;
};

} // namespace seqohs
