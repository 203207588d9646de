#include "migrationtesthelpers.h"
#include "testsupport.h"

#include "migration/migrationapplier.h"
#include "migration/migrationplanner.h"
#include "migration/reconfirmationqueue.h"
#include "scoring/snapshot.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace seqohs;

namespace {

MigrationPlan planFor(const Workspace &ws)
{
    Expected<MigrationPlan> plan = MigrationPlanner::plan(ws, test::newSet(), test::crosswalk());
    INFO(plan.errorString());
    REQUIRE(plan.ok());
    return *plan;
}

} // namespace

TEST_CASE("Applying a move keeps every old answer, readable with the old set")
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.seqohs"));
    auto ws = test::createOldWorkspace(path);
    const QHash<QString, Assessment> oldAssessments = *ws->assessments();
    const QList<EvidenceLink> oldLinks = *ws->links();
    const QString oldHash = ws->setContentHash();
    const qint64 auditBefore = *ws->auditCount();
    const MigrationPlan plan = planFor(*ws);

    QSignalSpy setChanged(ws.get(), &Workspace::standardsSetChanged);
    Expected<QString> applied = MigrationApplier::apply(*ws, plan);
    INFO(applied.errorString());
    REQUIRE(applied.ok());
    CHECK(setChanged.count() == 1);
    CHECK(*applied == QStringLiteral("Before move to Migration test: new edition"));

    // The workspace now follows the new set ...
    CHECK(ws->standardsSet().id == QStringLiteral("mig-new"));
    CHECK(ws->links()->size() == plan.counts.linksAfter);
    CHECK(ws->assessment(QStringLiteral("n-1"))->result == AssessmentResult::Met);
    CHECK(ws->assessment(QStringLiteral("n-3"))->narrative.contains(QStringLiteral("Complaints")));

    // ... and the old one, its assessments and links are all still there.
    const QList<SetHistoryEntry> history = *ws->setHistory();
    REQUIRE(history.size() == 1);
    CHECK(history.first().setId == QStringLiteral("mig-old"));
    CHECK(history.first().contentHash == oldHash);
    CHECK(history.first().replacedBySetId == QStringLiteral("mig-new"));
    CHECK(history.first().crosswalkId == QStringLiteral("mig-old-to-new"));
    Expected<StandardsSet> old = ws->historicSet(history.first().id);
    REQUIRE(old.ok());
    CHECK(*old == test::oldSet());
    CHECK(ws->archivedAssessments(history.first().id) == oldAssessments);
    CHECK(ws->archivedLinks(history.first().id) == oldLinks);
    CHECK(ws->archivedActionItems(history.first().id)->size() == 3);

    // Actions: re-pointed, copied for the one-to-many mapping, detached from o-8.
    int onN7 = 0;
    int detached = 0;
    for (const Action &a : *ws->actions()) {
        onN7 += a.itemId == QStringLiteral("n-7") ? 1 : 0;
        detached += a.text == QStringLiteral("Write a site plan") && a.itemId.isEmpty() ? 1 : 0;
    }
    CHECK(ws->actions()->size() == 5);
    CHECK(onN7 == 1);
    CHECK(detached == 1);

    // A snapshot came first, then one audit row for the whole move.
    const QList<AuditEntry> trail = *ws->auditTrail();
    REQUIRE(trail.size() == auditBefore + 2);
    CHECK(trail.at(trail.size() - 2).what == QStringLiteral("snapshot.save"));
    const AuditEntry &move = trail.last();
    CHECK(move.what == QStringLiteral("set.move"));
    const QJsonObject after = QJsonDocument::fromJson(move.after).object();
    CHECK(after.value(QStringLiteral("standardsSet")).toString() == QStringLiteral("mig-new"));
    CHECK(after.value(QStringLiteral("snapshot")).toString() == *applied);
    CHECK(after.value(QStringLiteral("plan")).toObject().value(QStringLiteral("linksBefore")) == 9);
    Expected<QByteArray> json = ws->snapshot(*applied);
    REQUIRE(json.ok());
    Expected<Snapshot> snapshot = Snapshot::fromJson(*json, *applied);
    REQUIRE(snapshot.ok());
    CHECK(snapshot->setId == QStringLiteral("mig-old"));
    CHECK(ws->verifyAuditChain().ok());
    CHECK(ws->checkIntegrity().ok());

    // Reopening reads the new set and the history from the file.
    ws.reset();
    auto reopened = test::openWorkspaceForMigration(path);
    CHECK(reopened->standardsSet().id == QStringLiteral("mig-new"));
    CHECK(reopened->setHistory()->size() == 1);
    CHECK(reopened->itemsNeedingReconfirmation()->size() == 4);
}

TEST_CASE("The re-confirmation queue is worked through one by one")
{
    test::TempDir dir;
    auto ws = test::createOldWorkspace(dir.filePath(QStringLiteral("ws.seqohs")));
    REQUIRE(MigrationApplier::apply(*ws, planFor(*ws)).ok());
    QList<ReconfirmationQueue::Entry> queue = *ReconfirmationQueue::entries(*ws);
    REQUIRE(queue.size() == 4);
    CHECK(queue.at(0).item.id == QStringLiteral("n-3"));
    CHECK(queue.at(0).flag.sources.size() == 1);
    CHECK(queue.at(0).flag.sources.first().relation == QStringLiteral("subset"));
    CHECK(queue.at(0).flag.suggestedResult == QStringLiteral("met"));

    // Confirming an item that received no result accepts what its sources suggested.
    REQUIRE(ReconfirmationQueue::confirm(*ws, QStringLiteral("n-3")).ok());
    CHECK(ws->assessment(QStringLiteral("n-3"))->result == AssessmentResult::Met);
    CHECK_FALSE(ws->reconfirmation(QStringLiteral("n-3"))->has_value());

    // Changing the result clears the flag in the same step.
    REQUIRE(ReconfirmationQueue::changeResult(*ws, QStringLiteral("n-5"),
                                              AssessmentResult::PartiallyMet)
                .ok());
    CHECK(ws->assessment(QStringLiteral("n-5"))->result == AssessmentResult::PartiallyMet);
    CHECK(!ws->itemsNeedingReconfirmation()->contains(QStringLiteral("n-5")));

    // Any edit of the assessment is a fresh look too.
    QSignalSpy spy(ws.get(), &Workspace::reconfirmationsChanged);
    Assessment a = *ws->assessment(QStringLiteral("n-4"));
    a.result = AssessmentResult::NotMet;
    REQUIRE(ws->setAssessment(a).ok());
    CHECK(spy.count() == 1);
    CHECK_FALSE(ws->reconfirmation(QStringLiteral("n-4"))->has_value());
    CHECK(QJsonDocument::fromJson(ws->auditTrail()->last().after)
              .object()
              .value(QStringLiteral("reconfirmed"))
              .toBool());

    // Confirming an item with a result keeps it.
    Assessment b = *ws->assessment(QStringLiteral("n-7"));
    CHECK(b.result == AssessmentResult::NotAssessed);
    REQUIRE(ws->confirmItem(QStringLiteral("n-7")).ok());
    CHECK(ws->auditTrail()->last().what == QStringLiteral("reconfirm.done"));
    CHECK(ws->assessment(QStringLiteral("n-7"))->result == AssessmentResult::NotAssessed);
    CHECK(ReconfirmationQueue::entries(*ws)->isEmpty());
    CHECK(!ReconfirmationQueue::confirm(*ws, QStringLiteral("n-7")).ok());
}

TEST_CASE("A stale or wrong move record changes nothing")
{
    test::TempDir dir;
    auto ws = test::createOldWorkspace(dir.filePath(QStringLiteral("ws.seqohs")));
    const MigrationPlan plan = planFor(*ws);
    const qint64 rows = *ws->auditCount();

    // The workspace changed after planning: refused.
    Assessment a = *ws->assessment(QStringLiteral("o-4"));
    a.narrative = QStringLiteral("Audit started");
    REQUIRE(ws->setAssessment(a).ok());
    Expected<QString> applied = MigrationApplier::apply(*ws, plan);
    REQUIRE(!applied.ok());
    CHECK(applied.error().hint.contains(QStringLiteral("Plan the move again")));
    CHECK(ws->snapshots()->isEmpty());
    CHECK(ws->auditCount() == rows + 1);

    // A record naming an item the target set lacks: refused before anything is written.
    MigrationPlan fresh = planFor(*ws);
    MoveRecord record = fresh.record;
    record.links << EvidenceLink{1, QStringLiteral("o-1"), QString()};
    Status moved = ws->moveToSet(fresh.target, record);
    REQUIRE(!moved.ok());
    CHECK(moved.error().message.contains(QStringLiteral("o-1")));
    record = fresh.record;
    record.links << EvidenceLink{999, QStringLiteral("n-8"), QString()};
    CHECK(!ws->moveToSet(fresh.target, record).ok());
    CHECK(ws->standardsSet().id == QStringLiteral("mig-old"));
    CHECK(ws->setHistory()->isEmpty());
    CHECK(ws->links()->size() == 9);
}

TEST_CASE("Two moves keep two generations of history")
{
    test::TempDir dir;
    auto ws = test::createOldWorkspace(dir.filePath(QStringLiteral("ws.seqohs")));
    REQUIRE(MigrationApplier::apply(*ws, planFor(*ws)).ok());
    const QHash<QString, Assessment> middle = *ws->assessments();

    // Back to the old set through the reverse of the crosswalk.
    Crosswalk back;
    back.id = QStringLiteral("mig-new-to-old");
    back.title = QStringLiteral("Back");
    back.fromSetId = QStringLiteral("mig-new");
    back.toSetId = QStringLiteral("mig-old");
    for (const Crosswalk::Mapping &m : test::crosswalk().mappings)
        back.mappings << Crosswalk::Mapping{m.to, m.from, Crosswalk::Relation::Equal, QString()};
    Expected<MigrationPlan> plan = MigrationPlanner::plan(*ws, test::oldSet(), back);
    INFO(plan.errorString());
    REQUIRE(plan.ok());
    // n-3 was still awaiting re-confirmation, so o-3 needs a fresh look again.
    bool flagged = false;
    for (const MigrationPlan::Target &t : plan->targets) {
        if (t.itemId == QStringLiteral("o-3"))
            flagged = t.needsReconfirmation && t.reason.contains(QStringLiteral("awaiting"));
    }
    CHECK(flagged);
    REQUIRE(MigrationApplier::apply(*ws, *plan).ok());
    const QList<SetHistoryEntry> history = *ws->setHistory();
    REQUIRE(history.size() == 2);
    CHECK(history.at(1).setId == QStringLiteral("mig-new"));
    CHECK(ws->archivedAssessments(history.at(1).id) == middle);
    CHECK(ws->snapshots()->size() == 2);
}
