#pragma once

#include "common/expected.h"
#include "finding.h"
#include "reviewround.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace seqohs {

struct FollowUpRead;
struct PackVerification;
struct ServiceProfile;
struct StandardsSet;

// The assessor's own working file for one pack: a finding per standard, the overall
// recommendation and who is reviewing. It lives beside the pack, never inside it (the pack
// stays as the service signed it), as indented JSON:
// {"format": "seqohs-review", "formatVersion": 1, "pack": {...}, "assessor", "created",
//  "updated", "recommendation", "summary", "findings": [...], "rounds": [...]}.
// "pack" is the pack of the current round, which the response quotes. "rounds" is written once
// a follow-up pack was applied; a review without it has one round, its pack.
struct Review
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::Review)

public:
    static constexpr int FormatVersion = 1;

    QString packFile;     // the pack's file name, for people
    QString packRootHash; // what the review is about, exactly
    QString packSigner;   // the pack's signing key fingerprint
    bool packSignerConfirmed = false;
    qint64 packAuditCount = 0; // where the service's audit trail stood (PackManifest)
    QString packAuditHead;
    QString serviceName;
    QString organisation;
    QString setId;
    QString setVersion;
    QString assessor;
    QDateTime created;
    QDateTime updated;
    Recommendation recommendation = Recommendation::None;
    QString summary;                 // the assessor's overall comments
    QList<StandardFinding> findings; // one per applicable standard, in the set's order
    QList<ReviewRound> rounds;       // empty while the review has one round

    // A new review of a verified pack: one empty finding per standard that applies to the
    // service (a standard applies when any of its criteria, or the standard itself when it
    // has none, applies to the service's tags).
    static Review begin(const PackVerification &verification, const QString &packPath,
                        const StandardsSet &set, const ServiceProfile &profile,
                        const QString &assessor);

    // The finding for a standard, by id or by code (case-insensitive); null when none.
    StandardFinding *finding(const QString &idOrCode);
    const StandardFinding *finding(const QString &idOrCode) const;

    // Standards without a finding yet.
    int unrecorded() const;

    // The current round: 1 until a follow-up was applied.
    int round() const { return rounds.isEmpty() ? 1 : rounds.last().number; }
    // The root hashes of the packs of every round, the first full pack first.
    QStringList chain() const;
    // What the current round's follow-up says is new for a standard; null in round 1 or when
    // the follow-up does not concern it.
    const FollowUpContent::Standard *newSinceLastRound(const QString &standardId) const;
    // The standard's finding before the current round's follow-up reset it; null when none.
    const StandardFinding *earlierFinding(const QString &standardId) const;
    // The standard's findings in the earlier rounds, oldest first, with the round of each.
    QList<QPair<int, StandardFinding>> history(const QString &standardId) const;

    // Applies a verified follow-up pack as the next round: it must follow up the pack of the
    // current round (its base), with the chain of packs this review holds, signed by the same
    // key. The standards it answers keep their finding as earlier and have it reset to not
    // recorded; the recommendation waits for a new one. Fails, saying what is wrong, and leaves
    // the review as it was.
    Status applyFollowUp(const FollowUpRead &followUp, const QString &packPath);

    QByteArray toJson() const;
    // file names the source in errors.
    static Expected<Review> fromJson(const QByteArray &json, const QString &file = {});

    static Expected<Review> load(const QString &path);
    // Writes atomically: a failure leaves the previous file as it was.
    Status save(const QString &path) const;

    bool operator==(const Review &) const = default;
};

} // namespace seqohs
