#pragma once

#include "evidencefacts.h"
#include "readiness.h"
#include "scoringinput.h"
#include <QCoreApplication>

namespace seqohs {

// The scoring and readiness rules, written down in docs/scoring.md. A pure function: no I/O, no
// clock, no state; the same input always gives the same Readiness.
class Scorer
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::Scorer)

public:
    static Readiness score(const ScoringInput &input);
    // The same in two steps: what the evidence and its links say (the costly part on a large
    // workspace), then the rest. facts must fit input (EvidenceFacts::fits) and have been made
    // from its evidence and links; the result is then exactly score(input).
    static EvidenceFacts evidenceFacts(const ScoringInput &input);
    static Readiness score(const ScoringInput &input, const EvidenceFacts &facts);

    // Points for a result, as a share of the item's weight.
    static double resultFactor(AssessmentResult result);

    // Whether an evidence item counts as current for an item with this currency rule on a date:
    // not past its review-by date, not older than the refresh period, and, where the rule asks
    // for cover, dated (period end, else document date) within the cover period.
    static bool isCurrentFor(const EvidenceItem &evidence, const CurrencyRule &rule,
                             const QDate &date);
};

} // namespace seqohs
