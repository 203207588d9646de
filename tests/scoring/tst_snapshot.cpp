#include "scoringfixture.h"
#include "testsupport.h"

#include "scoring/scorer.h"
#include "scoring/snapshot.h"

using namespace seqohs;

namespace {
const QDateTime created(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
}

TEST_CASE("A snapshot survives JSON")
{
    const ScoringInput in = workedExample();
    const Snapshot s =
        Snapshot::capture(QStringLiteral("Annual return 2026"), created, in, Scorer::score(in));
    const Expected<Snapshot> back = Snapshot::fromJson(s.toJson(), QStringLiteral("test"));
    REQUIRE(back.ok());
    CHECK(*back == s);
    CHECK(back->items.size() == 6);
    CHECK(back->overall.earned == 2.0);
}

TEST_CASE("A damaged or newer snapshot is refused with a reason")
{
    CHECK_FALSE(Snapshot::fromJson("{not json", QStringLiteral("s")).ok());
    const Expected<Snapshot> newer = Snapshot::fromJson(
        R"({"format":"seqohs-snapshot","formatVersion":99})", QStringLiteral("s"));
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.error().message.contains(QStringLiteral("newer version")));
}

TEST_CASE("Comparing snapshots lists results changed, evidence added or expired, actions closed")
{
    ScoringInput in = workedExample();
    Action a;
    a.id = 1;
    a.text = QStringLiteral("Finish the audit");
    a.due = QDate(2026, 6, 1);
    in.actions = {a};
    const Snapshot before =
        Snapshot::capture(QStringLiteral("March"), created, in, Scorer::score(in));

    in.asOf = QDate(2026, 7, 1); // e1 expires on 30 June
    in.assessments[QStringLiteral("c3")] =
        assessed(QStringLiteral("c3"), AssessmentResult::PartiallyMet);
    EvidenceItem e4;
    e4.id = 4;
    e4.title = QStringLiteral("New policy");
    in.evidence << e4;
    in.actions[0].status = Action::Status::Done;
    const Snapshot after =
        Snapshot::capture(QStringLiteral("July"), created, in, Scorer::score(in));

    const SnapshotDiff d = SnapshotDiff::compare(before, after);
    REQUIRE(d.resultsChanged.size() == 1);
    CHECK(d.resultsChanged.first().itemId == QStringLiteral("c3"));
    CHECK(d.resultsChanged.first().before == AssessmentResult::NotMet);
    CHECK(d.resultsChanged.first().after == AssessmentResult::PartiallyMet);
    REQUIRE(d.evidenceAdded.size() == 1);
    CHECK(d.evidenceAdded.first().id == 4);
    REQUIRE(d.evidenceExpired.size() == 1);
    CHECK(d.evidenceExpired.first().id == 1);
    REQUIRE(d.actionsClosed.size() == 1);
    CHECK(*d.scoreBefore == 0.5);
    CHECK(*d.scoreAfter == 2.5 / 4.0);
    CHECK_FALSE(d.isEmpty());
    CHECK(SnapshotDiff::compare(before, before).isEmpty());
}
