#include "reportfixture.h"
#include "scoringfixture.h"
#include "testsupport.h"

#include "reporting/readinessreportbuilder.h"
#include "reporting/verdictreasons.h"
#include "reporting/visitplan.h"
#include "scoring/scorer.h"

using namespace seqohs;

namespace {

// The input with the given steps done: each criterion met, with fresh evidence linked.
ScoringInput withStepsDone(ScoringInput input, const QList<VisitPlan::Step> &steps)
{
    EvidenceItem fresh;
    fresh.id = 900000;
    fresh.kind = EvidenceItem::Kind::Statement;
    fresh.title = QStringLiteral("Fresh evidence");
    fresh.documentDate = input.asOf;
    fresh.coversFrom = input.asOf.addMonths(-11);
    fresh.coversTo = input.asOf;
    input.evidence << fresh;
    for (const VisitPlan::Step &step : steps) {
        Assessment a = input.assessments.value(step.itemId);
        a.itemId = step.itemId;
        a.result = AssessmentResult::Met;
        input.assessments.insert(step.itemId, a);
        input.links << EvidenceLink{fresh.id, step.itemId, QString()};
    }
    return input;
}

} // namespace

TEST_CASE("Before the visit: blockers first, then the fewest criteria that reach nearly ready")
{
    ScoringInput input = richInput();
    // Two must criteria not met: blockers.
    int made = 0;
    for (const AssessableItem &item : input.set.assessables()) {
        if (item.level != Level::Must || made == 2)
            continue;
        Assessment a = input.assessments.value(item.id);
        a.itemId = item.id;
        a.result = AssessmentResult::NotMet;
        input.assessments.insert(item.id, a);
        ++made;
    }
    REQUIRE(made == 2);
    const Readiness readiness = Scorer::score(input);
    REQUIRE(readiness.verdict == Verdict::NotReady);
    const VisitPlan plan = VisitPlan::build(input, readiness);
    REQUIRE_FALSE(plan.steps.isEmpty());

    // Every blocker is on the list, before anything else.
    QStringList blockers;
    for (const ItemScore &item : readiness.items) {
        if (item.included && item.level == Level::Must &&
            !(item.result == AssessmentResult::Met && item.currentEvidence > 0))
            blockers << item.itemId;
    }
    REQUIRE_FALSE(blockers.isEmpty());
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        INFO(i);
        CHECK((plan.steps.at(i).reason == VisitPlan::Step::Reason::Blocker) ==
              (i < blockers.size()));
        if (i < blockers.size())
            CHECK(plan.steps.at(i).itemId == blockers.at(i));
    }

    // Doing every step gives nearly ready at least, with the figures the plan forecast.
    const ScoringInput done = withStepsDone(input, plan.steps);
    const Readiness after = Scorer::score(done);
    CHECK(after.verdict != Verdict::NotReady);
    REQUIRE(plan.scoreAfter.has_value());
    CHECK(*plan.scoreAfter == Approx(*after.overall.score()));
    CHECK(*plan.coverageAfter == Approx(*after.overall.coverage()));
    CHECK(plan.reachesNearlyReady);
    CHECK(*plan.scoreBefore == Approx(*readiness.overall.score()));

    // And the list is no longer than it needs to be: without its last step it falls short.
    REQUIRE(plan.steps.size() > blockers.size());
    const Readiness shortOne =
        Scorer::score(withStepsDone(input, plan.steps.mid(0, plan.steps.size() - 1)));
    CHECK(shortOne.verdict == Verdict::NotReady);

    // Who does what by when comes from the earliest open action on the criterion; steps
    // nobody is doing are counted and flagged.
    int withoutAction = 0;
    for (const VisitPlan::Step &step : plan.steps) {
        const Action *earliest = nullptr;
        for (const Action &a : input.actions) {
            if (a.itemId == step.itemId && a.status != Action::Status::Done &&
                (!earliest || (a.due.isValid() && a.due < earliest->due)))
                earliest = &a;
        }
        INFO(step.code.toStdString());
        CHECK(step.hasAction == (earliest != nullptr));
        if (earliest) {
            CHECK(step.action == earliest->text);
            CHECK(step.due == earliest->due);
            CHECK(step.owner == earliest->owner);
        } else {
            ++withoutAction;
            CHECK(step.owner == input.assessments.value(step.itemId).owner);
        }
    }
    CHECK(plan.withoutAction == withoutAction);
}

TEST_CASE("Before the visit: an action on a criterion gives the step its owner, action and date")
{
    ScoringInput input = workedExample();
    // c1 (must) loses its evidence: a blocker. c3 is not met and has an action.
    input.links.removeIf([](const EvidenceLink &l) { return l.itemId == QLatin1String("c1"); });
    Action late;
    late.id = 1;
    late.itemId = QStringLiteral("c3");
    late.text = QStringLiteral("Later action");
    late.owner = QStringLiteral("Someone else");
    late.due = QDate(2026, 8, 1);
    Action soon = late;
    soon.id = 2;
    soon.text = QStringLiteral("Write the procedure");
    soon.owner = QStringLiteral("Dr Ann Patel");
    soon.due = QDate(2026, 4, 1);
    Action done = late;
    done.id = 3;
    done.status = Action::Status::Done;
    done.due = QDate(2026, 1, 1);
    input.actions = {late, soon, done};
    const Readiness readiness = Scorer::score(input);
    const VisitPlan plan = VisitPlan::build(input, readiness);

    REQUIRE(plan.steps.size() >= 2);
    CHECK(plan.steps.at(0).itemId == QStringLiteral("c1"));
    CHECK(plan.steps.at(0).reason == VisitPlan::Step::Reason::Blocker);
    CHECK_FALSE(plan.steps.at(0).hasAction);
    CHECK(plan.steps.at(0).needsEvidence);
    CHECK_FALSE(plan.steps.at(0).needsResult);
    const auto c3 =
        std::find_if(plan.steps.cbegin(), plan.steps.cend(),
                     [](const VisitPlan::Step &s) { return s.itemId == QLatin1String("c3"); });
    REQUIRE(c3 != plan.steps.cend());
    CHECK(c3->hasAction);
    CHECK(c3->actionId == 2);
    CHECK(c3->action == QStringLiteral("Write the procedure"));
    CHECK(c3->owner == QStringLiteral("Dr Ann Patel"));
    CHECK(c3->due == QDate(2026, 4, 1));
    CHECK(plan.steps.at(0).owner.isEmpty());

    // An action on the whole standard (as an assessor requires) covers the criteria of that
    // standard that have none of their own; a criterion's own action still comes first.
    Action standardWide;
    standardWide.id = 4;
    standardWide.itemId = QStringLiteral("s1");
    standardWide.text = QStringLiteral("Audit the standard");
    standardWide.due = QDate(2026, 6, 1);
    input.actions << standardWide;
    const VisitPlan withStandard = VisitPlan::build(input, Scorer::score(input));
    REQUIRE(withStandard.steps.at(0).itemId == QStringLiteral("c1"));
    CHECK(withStandard.steps.at(0).hasAction);
    CHECK(withStandard.steps.at(0).actionId == 4);
    CHECK(withStandard.steps.at(0).due == QDate(2026, 6, 1));
    const auto ownStill =
        std::find_if(withStandard.steps.cbegin(), withStandard.steps.cend(),
                     [](const VisitPlan::Step &s) { return s.itemId == QLatin1String("c3"); });
    REQUIRE(ownStill != withStandard.steps.cend());
    CHECK(ownStill->actionId == 2);

    // It covers only its own standard's criteria: one on s3 (second domain, first standard
    // there) leaves the criteria of s1 (first domain, first standard) as they were.
    input.actions.removeLast();
    Action elsewhere = standardWide;
    elsewhere.itemId = QStringLiteral("s3");
    input.actions << elsewhere;
    const VisitPlan other = VisitPlan::build(input, Scorer::score(input));
    REQUIRE(other.steps.at(0).itemId == QStringLiteral("c1"));
    CHECK_FALSE(other.steps.at(0).hasAction);
}

TEST_CASE("Every reason for the verdict is stated, with the threshold and the distance to it")
{
    ScoringInput input = workedExample();
    input.links.removeIf([](const EvidenceLink &l) { return l.itemId == QLatin1String("c1"); });
    const Readiness readiness = Scorer::score(input);
    REQUIRE(readiness.verdict == Verdict::NotReady);
    // The scorer stops at the blocker: the score and coverage are not mentioned.
    CHECK_FALSE(readiness.reasons.join(QLatin1Char(' ')).contains(QStringLiteral("80%")));

    const QStringList reasons = VerdictReasons::of(readiness);
    CHECK(reasons.at(0) ==
          QStringLiteral("1 must criterion is not met with current evidence: C1 Criterion C1. It "
                         "keeps the verdict at not ready, whatever the score and coverage."));
    CHECK(reasons.contains(
        QStringLiteral("The score is 50%, 30 points below the 80% needed for nearly ready.")));
    CHECK(reasons.contains(QStringLiteral(
        "Evidence coverage is 25%, 55 points below the 80% needed for nearly ready.")));
    CHECK(reasons.contains(
        QStringLiteral("Ready needs every applicable criterion met: 2 of 4 are not met yet.")));
    CHECK(reasons.contains(QStringLiteral(
        "Ready needs current evidence for every applicable criterion: 3 of 4 have none.")));

    // The report carries them.
    ReportOptions options;
    options.generated = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    const ReadinessReport report = ReadinessReportBuilder::build(input, readiness, options);
    CHECK(report.verdictReasons == reasons);
    CHECK(report.visitPlan == VisitPlan::build(input, readiness));
    CHECK_FALSE(report.cover.forecast);
}

TEST_CASE("A report for a date after the day it is made is a forecast")
{
    const ScoringInput input = workedExample(); // as of 2026-03-01
    ReportOptions options;
    options.generated = QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC);
    CHECK(ReadinessReportBuilder::build(input, Scorer::score(input), options).cover.forecast);
    options.generated = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    CHECK_FALSE(ReadinessReportBuilder::build(input, Scorer::score(input), options).cover.forecast);
}
