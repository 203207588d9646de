#include "visitplan.h"

#include "scoring/readinessthresholds.h"
#include "scoring/scorer.h"

#include <QHash>

namespace seqohs {

namespace {

struct Candidate
{
    const ItemScore *item = nullptr;
    double scoreGain = 0;
    double coverageGain = 0;
};

} // namespace

VisitPlan VisitPlan::build(const ScoringInput &input, const Readiness &readiness)
{
    VisitPlan plan;
    const Figures &f = readiness.overall;
    plan.scoreBefore = f.score();
    plan.coverageBefore = f.coverage();
    if (f.applicable == 0)
        return plan;

    // The earliest-due open action on each criterion says who is doing what by when.
    QHash<QString, const Action *> actionFor;
    for (const Action &a : input.actions) {
        if (a.status == Action::Status::Done || a.itemId.isEmpty())
            continue;
        const Action *&best = actionFor[a.itemId];
        if (!best || (a.due.isValid() && (!best->due.isValid() || a.due < best->due)))
            best = &a;
    }

    // A standard by its place: an item's standardIndex counts within its domain.
    QHash<std::pair<int, int>, QString> standardOf;
    for (const NodeScore &standard : readiness.standards)
        standardOf.insert({standard.domainIndex, standard.standardIndex}, standard.id);

    QList<Candidate> candidates;
    for (const ItemScore &item : readiness.items) {
        if (!item.included)
            continue;
        const bool met = item.result == AssessmentResult::Met;
        const bool current = item.currentEvidence > 0;
        if (met && current)
            continue;
        Candidate c;
        c.item = &item;
        if (f.possible > 0)
            c.scoreGain = item.weight * (1.0 - Scorer::resultFactor(item.result)) / f.possible;
        c.coverageGain = current ? 0.0 : 1.0 / f.applicable;
        candidates << c;
    }

    double earned = f.earned;
    int withEvidence = f.withCurrentEvidence;
    auto score = [&] { return f.possible > 0 ? earned / f.possible : 0.0; };
    auto coverage = [&] { return double(withEvidence) / f.applicable; };
    auto take = [&](const Candidate &c, Step::Reason reason) {
        const ItemScore &item = *c.item;
        Step step;
        step.reason = reason;
        step.itemId = item.itemId;
        step.code = item.code;
        step.title = item.title;
        step.level = item.level;
        step.result = item.result;
        step.needsResult = item.result != AssessmentResult::Met;
        step.needsEvidence = item.currentEvidence == 0;
        step.scoreGain = c.scoreGain;
        step.coverageGain = c.coverageGain;
        // An action on the whole standard (an assessor's required action) covers each of its
        // criteria that has none of its own.
        const Action *a = actionFor.value(item.itemId);
        if (!a)
            a = actionFor.value(standardOf.value({item.domainIndex, item.standardIndex}));
        if (a) {
            step.hasAction = true;
            step.actionId = a->id;
            step.action = a->text;
            step.owner = a->owner;
            step.due = a->due;
        }
        if (step.owner.isEmpty())
            step.owner = input.assessments.value(item.itemId).owner;
        if (!step.hasAction)
            ++plan.withoutAction;
        earned += item.weight * (1.0 - Scorer::resultFactor(item.result));
        if (step.needsEvidence)
            ++withEvidence;
        plan.steps << step;
    };

    // Blockers first, in the order of the standards: nothing else counts until they are closed.
    for (qsizetype i = 0; i < candidates.size();) {
        if (candidates.at(i).item->level == Level::Must) {
            take(candidates.at(i), Step::Reason::Blocker);
            candidates.removeAt(i);
        } else {
            ++i;
        }
    }

    // Then the fewest others: each time the criterion that closes most of what is still
    // missing. Both figures are shares of the same kind, so their gains add up; a gain beyond
    // what is missing counts for nothing.
    const double needScore = ReadinessThresholds::NearlyReadyScore;
    const double needCoverage = ReadinessThresholds::NearlyReadyCoverage;
    while (!candidates.isEmpty() && (score() < needScore || coverage() < needCoverage)) {
        const double scoreShort = qMax(0.0, needScore - score());
        const double coverageShort = qMax(0.0, needCoverage - coverage());
        qsizetype best = -1;
        double bestValue = 0;
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            const Candidate &c = candidates.at(i);
            const double value =
                qMin(c.scoreGain, scoreShort) + qMin(c.coverageGain, coverageShort);
            if (value > bestValue + 1e-12) {
                bestValue = value;
                best = i;
            }
        }
        if (best < 0)
            break;
        const Candidate c = candidates.takeAt(best);
        const bool forScore = scoreShort > 0 && c.scoreGain > 0;
        const bool forCoverage = coverageShort > 0 && c.coverageGain > 0;
        take(c, forScore && forCoverage ? Step::Reason::Both
                : forScore              ? Step::Reason::Score
                                        : Step::Reason::Coverage);
    }

    plan.scoreAfter = f.possible > 0 ? std::optional<double>(score()) : std::nullopt;
    plan.coverageAfter = coverage();
    plan.reachesNearlyReady =
        plan.scoreAfter && *plan.scoreAfter >= needScore && *plan.coverageAfter >= needCoverage;
    plan.otherGaps = int(candidates.size());
    return plan;
}

} // namespace seqohs
