#include "migrationtesthelpers.h"
#include "testsupport.h"

#include "migration/migrationplanner.h"

#include <QJsonArray>

using namespace seqohs;

namespace {

const MigrationPlan::Target &targetOf(const MigrationPlan &plan, const QString &id)
{
    for (const MigrationPlan::Target &t : plan.targets) {
        if (t.itemId == id)
            return t;
    }
    FAIL("no target " << id.toStdString());
    return plan.targets.first();
}

MigrationPlan planOf(const Workspace &ws, const Crosswalk &crosswalk)
{
    Expected<MigrationPlan> plan = MigrationPlanner::plan(ws, test::newSet(), crosswalk);
    INFO(plan.errorString());
    REQUIRE(plan.ok());
    return *plan;
}

} // namespace

TEST_CASE("Planner: each relation carries what the rules say")
{
    test::TempDir dir;
    auto ws = test::createOldWorkspace(dir.filePath(QStringLiteral("ws.seqohs")));
    const MigrationPlan plan = planOf(*ws, test::crosswalk());
    REQUIRE(plan.targets.size() == 8);

    SECTION("equal carries the result, narrative and evidence, with high confidence")
    {
        const auto &t = targetOf(plan, QStringLiteral("n-1"));
        CHECK(t.resultCarried);
        CHECK(t.assessment.result == AssessmentResult::Met);
        CHECK(t.assessment.narrative == QStringLiteral("Dr Lee is the lead"));
        CHECK(t.assessment.owner == QStringLiteral("Ann"));
        CHECK(t.links.size() == 1);
        CHECK(!t.needsReconfirmation);
        CHECK(t.confidence == MigrationPlan::Confidence::High);
    }
    SECTION("superset carries the result with medium confidence")
    {
        const auto &t = targetOf(plan, QStringLiteral("n-2"));
        CHECK(t.assessment.result == AssessmentResult::PartiallyMet);
        CHECK(t.links.size() == 2);
        CHECK(!t.needsReconfirmation);
        CHECK(t.confidence == MigrationPlan::Confidence::Medium);
    }
    SECTION("subset carries narrative, evidence and actions but not the result")
    {
        const auto &t = targetOf(plan, QStringLiteral("n-3"));
        CHECK(!t.resultCarried);
        CHECK(t.assessment.result == AssessmentResult::NotAssessed);
        CHECK(t.assessment.narrative.startsWith(QStringLiteral("From A1.3 (subset, Met):")));
        CHECK(t.assessment.narrative.contains(QStringLiteral("Complaints log")));
        CHECK(t.links.size() == 1);
        CHECK(t.actionIds.size() == 1);
        CHECK(t.needsReconfirmation);
        CHECK(t.suggestedResult == AssessmentResult::Met);
        CHECK(t.confidence == MigrationPlan::Confidence::Low);
    }
    SECTION("intersect needs re-confirmation and suggests the source's result")
    {
        const auto &t = targetOf(plan, QStringLiteral("n-4"));
        CHECK(t.assessment.result == AssessmentResult::NotAssessed);
        CHECK(t.needsReconfirmation);
        CHECK(t.reason.contains(QStringLiteral("intersect")));
        CHECK(t.suggestedResult == AssessmentResult::NotMet);
    }
    SECTION("many-to-one merges evidence and flags disagreeing sources")
    {
        const auto &t = targetOf(plan, QStringLiteral("n-5"));
        CHECK(t.sources.size() == 2);
        // The training matrix was linked to both sources: one link after the move.
        CHECK(t.links.size() == 1);
        CHECK(t.needsReconfirmation);
        CHECK(t.reason.contains(QStringLiteral("do not agree")));
        CHECK(t.suggestedResult == AssessmentResult::PartiallyMet);
        CHECK(t.assessment.narrative.contains(QStringLiteral("From A2.1")));
        CHECK(t.assessment.narrative.contains(QStringLiteral("From A2.2")));
    }
    SECTION("one-to-many gives each target its share, and the action to both")
    {
        const auto &a = targetOf(plan, QStringLiteral("n-6"));
        const auto &b = targetOf(plan, QStringLiteral("n-7"));
        CHECK(a.assessment.result == AssessmentResult::Met);
        CHECK(!a.needsReconfirmation);
        CHECK(b.assessment.result == AssessmentResult::NotAssessed);
        CHECK(b.needsReconfirmation);
        CHECK(a.links.size() == 1);
        CHECK(b.links.size() == 1);
        CHECK(a.actionIds == b.actionIds);
        CHECK(plan.counts.actionsCopied == 1);
        REQUIRE(plan.record.newActions.size() == 1);
        CHECK(plan.record.newActions.first().itemId == QStringLiteral("n-7"));
    }
    SECTION("a target with nothing mapped stays not assessed and is listed")
    {
        const auto &t = targetOf(plan, QStringLiteral("n-8"));
        CHECK(!t.isMapped());
        CHECK(!t.writesAssessment);
        CHECK(t.confidence == MigrationPlan::Confidence::None);
        REQUIRE(plan.unmappedTargets().size() == 1);
        CHECK(plan.counts.targetsNotMapped == 1);
    }
    SECTION("a source with no mapping is not carried, and says so")
    {
        REQUIRE(plan.notCarried.size() == 1);
        CHECK(plan.notCarried.first().itemId == QStringLiteral("o-8"));
        CHECK(plan.notCarried.first().result == AssessmentResult::NotApplicable);
        CHECK(plan.notCarried.first().links == 1);
        CHECK(plan.notCarried.first().actions == 1);
        CHECK(plan.counts.actionsDetached == 1);
    }
}

TEST_CASE("Planner: the evidence link counts before and after add up")
{
    test::TempDir dir;
    auto ws = test::createOldWorkspace(dir.filePath(QStringLiteral("ws.seqohs")));
    const MigrationPlan plan = planOf(*ws, test::crosswalk());
    const MigrationPlan::Counts &c = plan.counts;
    CHECK(c.linksBefore == 9);
    CHECK(c.linksCarried == 8);
    CHECK(c.linksNotCarried == 1);
    CHECK(c.linksBefore == c.linksCarried + c.linksNotCarried);
    CHECK(c.linksAddUp());
    // o-7's link goes to n-6 and n-7 (+1); o-5 and o-6 share one item at n-5 (-1).
    CHECK(c.linksMerged == 1);
    CHECK(c.linksAfter == 8);
    CHECK(plan.record.links.size() == c.linksAfter);
    // Every carried link reaches at least one target.
    for (const EvidenceLink &l : *ws->links()) {
        if (l.itemId == QStringLiteral("o-8"))
            continue;
        bool arrived = false;
        for (const EvidenceLink &after : plan.record.links)
            arrived = arrived || after.evidenceId == l.evidenceId;
        CHECK(arrived);
    }
    CHECK(c.needsReconfirmation == 4);
    CHECK(c.resultsCarried == 3);
    CHECK(plan.toJson()
              .value(QStringLiteral("counts"))
              .toObject()
              .value(QStringLiteral("linksAddUp")) == true);
    CHECK(plan.toText().contains(QStringLiteral("adds up")));
    CHECK(plan.toText().contains(QStringLiteral("Not carried")));
}

TEST_CASE("Planner: many-to-one along equal mappings takes the lowest result")
{
    test::TempDir dir;
    auto ws = test::createOldWorkspace(dir.filePath(QStringLiteral("ws.seqohs")));
    Crosswalk c = test::crosswalk();
    for (Crosswalk::Mapping &m : c.mappings) {
        if (m.to == QStringLiteral("n-5"))
            m.relation = Crosswalk::Relation::Equal;
    }
    const MigrationPlan plan = planOf(*ws, c);
    const auto &t = targetOf(plan, QStringLiteral("n-5"));
    CHECK(t.resultCarried);
    CHECK(t.assessment.result == AssessmentResult::PartiallyMet);
    CHECK(t.needsReconfirmation);
    CHECK(t.confidence == MigrationPlan::Confidence::Low);

    // When the sources agree, the merge needs no fresh look but is not fully sure either.
    Assessment a = *ws->assessment(QStringLiteral("o-6"));
    a.result = AssessmentResult::Met;
    REQUIRE(ws->setAssessment(a).ok());
    const MigrationPlan agreed = planOf(*ws, c);
    const auto &u = targetOf(agreed, QStringLiteral("n-5"));
    CHECK(u.assessment.result == AssessmentResult::Met);
    CHECK(!u.needsReconfirmation);
    CHECK(u.confidence == MigrationPlan::Confidence::Medium);
}

TEST_CASE("Planner: a crosswalk that does not fit is refused with its place")
{
    test::TempDir dir;
    auto ws = test::createOldWorkspace(dir.filePath(QStringLiteral("ws.seqohs")));
    Crosswalk c = test::crosswalk();
    c.mappings[2].to = QStringLiteral("n-99");
    Expected<MigrationPlan> plan = MigrationPlanner::plan(*ws, test::newSet(), c);
    REQUIRE(!plan.ok());
    CHECK(plan.errorString().contains(QStringLiteral("$.mappings[2].to")));

    Crosswalk wrongSet = test::crosswalk();
    wrongSet.fromSetId = QStringLiteral("seqohs-2015-summary");
    plan = MigrationPlanner::plan(*ws, test::newSet(), wrongSet);
    REQUIRE(!plan.ok());
    CHECK(plan.error().hint.contains(QStringLiteral("crosswalk suggest")));

    Crosswalk toSelf = test::crosswalk();
    toSelf.toSetId = QStringLiteral("mig-old");
    plan = MigrationPlanner::plan(*ws, test::oldSet(), toSelf);
    REQUIRE(!plan.ok());
    CHECK(plan.error().message.contains(QStringLiteral("already follows")));
}
