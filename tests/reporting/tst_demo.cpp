#include "teamworkspace.h"
#include "testsupport.h"

#include "reporting/readinessreportbuilder.h"
#include "scoring/scorer.h"
#include "scoring/snapshot.h"
#include "workspace/demoworkspace.h"
#include "workspace/scoringinputbuilder.h"
#include "workspace/workspace.h"

#include <QHash>

using namespace seqohs;

TEST_CASE("The demo puts each evidence item and action on the criteria it is about", "[engines]")
{
    test::TempDir dir;
    const QDate today(2026, 3, 10);
    const QString path = dir.filePath(QStringLiteral("demo.seqohs"));
    auto demo = DemoWorkspace::create(path, today);
    INFO(demo.errorString());
    REQUIRE(demo.ok());
    const std::unique_ptr<Workspace> made = test::onThisEngine(std::move(*demo), path);
    Workspace &ws = *made;
    QHash<QString, QString> codeOf;
    for (const AssessableItem &item : ws.standardsSet().assessables())
        codeOf.insert(item.id, item.code);

    QHash<QString, QStringList> codesOfEvidence;
    QHash<qint64, QString> titleOf;
    for (const EvidenceItem &e : *ws.evidence())
        titleOf.insert(e.id, e.title);
    for (const EvidenceLink &l : *ws.links())
        codesOfEvidence[titleOf.value(l.evidenceId)] << codeOf.value(l.itemId);
    for (auto it = codesOfEvidence.begin(); it != codesOfEvidence.end(); ++it)
        it->sort();
    CHECK(codesOfEvidence.value(QStringLiteral("Infection prevention and control audit")) ==
          QStringList{QStringLiteral("S23-NHS-12"), QStringLiteral("S23-RES-05"),
                      QStringLiteral("S23-RES-07")});
    CHECK(codesOfEvidence.value(QStringLiteral("Professional registration checks")) ==
          QStringList{QStringLiteral("S23-RES-01")});
    CHECK(codesOfEvidence.value(QStringLiteral("Records retention schedule")) ==
          QStringList{QStringLiteral("S23-INF-01"), QStringLiteral("S23-INF-02"),
                      QStringLiteral("S23-INF-04")});
    CHECK(codesOfEvidence.value(QStringLiteral("Statement: premises and accessibility")) ==
          QStringList{QStringLiteral("S23-RES-05")});
    CHECK(codesOfEvidence.value(QStringLiteral("Staff training matrix")) ==
          QStringList{QStringLiteral("S23-NHS-06"), QStringLiteral("S23-RES-02"),
                      QStringLiteral("S23-RES-03")});
    // Nothing about fees or facilities was evidenced by a training matrix, and every item
    // supports something.
    for (const EvidenceItem &e : *ws.evidence()) {
        INFO(e.title.toStdString());
        CHECK_FALSE(codesOfEvidence.value(e.title).isEmpty());
    }

    QHash<QString, QString> codeOfAction;
    for (const Action &a : *ws.actions())
        codeOfAction.insert(a.text, codeOf.value(a.itemId));
    CHECK(codeOfAction.value(
              QStringLiteral("Repeat the infection prevention and control audit at all sites")) ==
          QStringLiteral("S23-RES-05"));
    CHECK(codeOfAction.value(
              QStringLiteral("Complete the health and safety risk assessment for each site")) ==
          QStringLiteral("S23-RES-06"));
    CHECK(codeOfAction.value(QStringLiteral("Renew basic life support training for two nurses")) ==
          QStringLiteral("S23-RES-02"));
    for (auto it = codeOfAction.cbegin(); it != codeOfAction.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK_FALSE(it.value().isEmpty());
        CHECK(it.value() != QStringLiteral("S23-GOV-06")); // "Clear fees for purchasers"
    }

    // The must criterion that blocks readiness has an action with an owner: the plan for the
    // visit starts with someone doing it.
    const ScoringInput input = *scoringInputFor(ws, today);
    const ReadinessReport report = ReadinessReportBuilder::build(input, Scorer::score(input));
    REQUIRE_FALSE(report.visitPlan.steps.isEmpty());
    const VisitPlan::Step &first = report.visitPlan.steps.first();
    CHECK(first.reason == VisitPlan::Step::Reason::Blocker);
    CHECK(first.code == QStringLiteral("S23-RES-06"));
    CHECK(first.hasAction);
    CHECK_FALSE(first.owner.isEmpty());
}

TEST_CASE("The demo's snapshots over the past year show readiness growing", "[engines]")
{
    test::TempDir dir;
    const QDate today(2026, 3, 10);
    const QString path = dir.filePath(QStringLiteral("demo.seqohs"));
    auto demo = DemoWorkspace::create(path, today);
    REQUIRE(demo.ok());
    const std::unique_ptr<Workspace> made = test::onThisEngine(std::move(*demo), path);
    Workspace &ws = *made;
    QList<Snapshot> snapshots;
    for (const SnapshotInfo &info : *ws.snapshots()) {
        Expected<QByteArray> json = ws.snapshot(info.name);
        REQUIRE(json.ok());
        Expected<Snapshot> s = Snapshot::fromJson(*json, info.name);
        REQUIRE(s.ok());
        snapshots << *s;
    }
    REQUIRE(snapshots.size() == 4);
    std::sort(snapshots.begin(), snapshots.end(),
              [](const Snapshot &a, const Snapshot &b) { return a.asOf < b.asOf; });
    CHECK(snapshots.first().asOf == today.addDays(-360));
    CHECK(snapshots.last().asOf == today.addDays(-90));
    const ScoringInput input = *scoringInputFor(ws, today);
    const Readiness now = Scorer::score(input);
    double previous = -1;
    double previousCoverage = -1;
    for (const Snapshot &s : snapshots) {
        INFO(s.name.toStdString());
        REQUIRE(s.overall.score().has_value());
        CHECK(*s.overall.score() > previous);
        CHECK(*s.overall.coverage() >= previousCoverage);
        previous = *s.overall.score();
        previousCoverage = *s.overall.coverage();
    }
    CHECK(*now.overall.score() > previous);
    CHECK(*snapshots.first().overall.score() < 0.4);
}
