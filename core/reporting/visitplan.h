#pragma once

#include "catalogue/level.h"
#include "scoring/readiness.h"
#include "scoring/scoringinput.h"
#include "workspace/assessment.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace seqohs {

// "Before the visit": the shortest list of criteria whose closing would lift the service to
// "nearly ready". Blockers (must criteria not met with current evidence) come first, because
// nothing else counts until they are closed; then the fewest other criteria that lift the score
// and the evidence coverage over the thresholds (ReadinessThresholds::NearlyReadyScore and
// ReadinessThresholds::NearlyReadyCoverage), largest gain first. Each step names who does what by
// when, from the open actions on the criterion; a step with no open action is flagged, because
// nobody is doing it. The readiness report and the window's dashboard both show this list.
//
// A pure function of the scoring input and the Readiness that Scorer::score gave for it.
struct VisitPlan
{
    struct Step
    {
        enum class Reason {
            Blocker,  // a must criterion not met with current evidence
            Score,    // needed to lift the score over the threshold
            Coverage, // needed to lift the evidence coverage over the threshold
            Both,     // lifts both
        };

        Reason reason = Reason::Blocker;
        QString itemId;
        QString code;
        QString title;
        Level level = Level::Unspecified;
        AssessmentResult result = AssessmentResult::NotAssessed;
        bool needsResult = false;   // not yet met: the criterion itself must be met
        bool needsEvidence = false; // no current evidence: some must be added or renewed
        double scoreGain = 0;       // share of the score it adds once met (0.04 = 4 points)
        double coverageGain = 0;    // share of the coverage it adds once it has current evidence
        // From the earliest-due open action on the criterion; empty/invalid without one.
        qint64 actionId = 0;
        QString action;
        QString owner; // the action's owner, else the criterion's owner
        QDate due;
        bool hasAction = false;

        bool operator==(const Step &) const = default;
    };

    QList<Step> steps;
    // Where the figures would stand with every step done.
    std::optional<double> scoreBefore;
    std::optional<double> coverageBefore;
    std::optional<double> scoreAfter;
    std::optional<double> coverageAfter;
    bool reachesNearlyReady = false; // the steps are enough for "nearly ready"
    int withoutAction = 0;           // steps that no open action covers
    int otherGaps = 0;               // gaps not on the list (the rest of the way to "ready")

    bool operator==(const VisitPlan &) const = default;

    // readiness must be Scorer::score(input).
    static VisitPlan build(const ScoringInput &input, const Readiness &readiness);
};

} // namespace seqohs
