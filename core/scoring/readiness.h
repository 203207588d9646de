#pragma once

#include "catalogue/level.h"
#include "workspace/assessment.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace seqohs {

enum class Verdict { Ready, NearlyReady, NotReady };

QString verdictToString(Verdict verdict);    // "ready", "nearly-ready", "not-ready"
QString verdictDisplayName(Verdict verdict); // "Ready", "Nearly ready", "Not ready"

// A share as people read it: "62%", or "n/a" when there is no figure. Rounded half up, so a
// share just under 100% shows as "99%" only when it really is below 99.5%.
QString formatShare(const std::optional<double> &share);

// The figures for one node (an item, a standard, a domain, or the whole set).
struct Figures
{
    double earned = 0;   // weighted points: met = weight, partially met = weight / 2
    double possible = 0; // sum of the weights of the included items
    int applicable = 0;  // items that apply to the service and are not marked not applicable
    int excluded = 0;    // items left out: not applicable to the service, or marked N/A
    std::array<int, 5> byResult{}; // applicable items by AssessmentResult (N/A counted too)
    int withCurrentEvidence = 0;   // applicable items with at least one current evidence item
    int mustApplicable = 0;
    int mustMet = 0; // must items that are met and have current evidence

    int count(AssessmentResult r) const { return byResult[static_cast<int>(r)]; }
    // earned / possible, or nothing when no weight is included (nothing applies, or zero weights).
    std::optional<double> score() const;
    // withCurrentEvidence / applicable, or nothing when nothing applies.
    std::optional<double> coverage() const;

    bool operator==(const Figures &) const = default;
};

// One assessable item's contribution, as `explain` shows it.
struct ItemScore
{
    QString itemId;
    QString code;
    QString title;
    Level level = Level::Unspecified;
    double weight = 1;
    AssessmentResult result = AssessmentResult::NotAssessed;
    bool included = false;       // counts towards the score
    QString exclusionReason;     // why not included, in words
    double points = 0;           // earned; 0 when not included
    int evidenceCount = 0;       // linked evidence items
    int currentEvidence = 0;     // linked and current on the date
    int expiredEvidence = 0;     // linked and expired (or stale under the item's currency rule)
    int expiringBeforeVisit = 0; // current on the date, but not on the planned visit
    int domainIndex = -1;
    int standardIndex = -1;

    bool operator==(const ItemScore &) const = default;
};

struct NodeScore
{
    QString id;
    QString code;
    QString title;
    Figures figures;
    int domainIndex = -1;
    int standardIndex = -1; // -1 for a domain
    bool operator==(const NodeScore &) const = default;
};

// A readiness check, like the ones the accreditation office runs before a visit.
struct ReadinessCheck
{
    enum class Kind {
        MustNotMet,
        MustWithoutCurrentEvidence,
        MetWithoutEvidence,
        EvidenceExpired,
        EvidenceExpiringBeforeVisit,
        NotApplicableWithoutJustification,
        ActionOverdue,
        NotAssessed,
    };
    enum class Severity { Blocker, Warning, Info };

    Kind kind = Kind::NotAssessed;
    Severity severity = Severity::Warning;
    QString itemId;        // the assessable item concerned, if any
    qint64 evidenceId = 0; // the evidence item concerned, if any
    qint64 actionId = 0;   // the action concerned, if any
    QString message;       // in words, naming the item

    bool operator==(const ReadinessCheck &) const = default;
};

QString checkKindToString(ReadinessCheck::Kind kind); // "must-not-met", ...
QString severityToString(ReadinessCheck::Severity severity);

// Evidence currency across the whole workspace on the date.
struct Currency
{
    int total = 0;
    int current = 0;
    int expired = 0;
    int expiringBeforeVisit = 0;
    QList<qint64> expiredIds;
    QList<qint64> expiringIds;
    bool operator==(const Currency &) const = default;
};

// The result of scoring: every figure, the verdict with its reasons, and the checks.
struct Readiness
{
    QDate asOf;
    QDate plannedVisit;
    QList<ItemScore> items; // every assessable item of the set, in document order
    QList<NodeScore> standards;
    QList<NodeScore> domains;
    Figures overall;
    Currency currency;
    Verdict verdict = Verdict::NotReady;
    QStringList reasons; // why the verdict is what it is; empty only when Ready
    QList<ReadinessCheck> checks;

    // The items that contribute to a node: "" or "overall" for all, else a domain or standard id.
    QList<ItemScore> contributions(const QString &nodeId) const;
    const NodeScore *domain(const QString &id) const;
    const NodeScore *standard(const QString &id) const;

    bool operator==(const Readiness &) const = default;
};

} // namespace seqohs
