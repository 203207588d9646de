#include "testsupport.h"
#include "workspacetesthelpers.h"

#include "workspace/workspace.h"
#include "workspace/workspacesummary.h"

using namespace seqohs;

TEST_CASE("The workspace summary counts what the workspace holds on a given day")
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir.filePath(QStringLiteral("service.seqohs")));

    Assessment a;
    a.itemId = QStringLiteral("t-a1-1");
    a.result = AssessmentResult::PartiallyMet;
    REQUIRE(ws->setAssessment(a).ok());

    EvidenceItem stale;
    stale.description = QStringLiteral("Last year's audit");
    stale.reviewBy = QDate(2026, 1, 1);
    REQUIRE(ws->addEvidenceStatement(QStringLiteral("We audited."), stale, {}).ok());
    EvidenceItem current;
    current.description = QStringLiteral("The intranet page");
    current.reviewBy = QDate(2027, 1, 1);
    REQUIRE(ws->addEvidenceLink(QStringLiteral("https://example.org/oh"), current, {}).ok());

    Action overdue;
    overdue.text = QStringLiteral("Finish the policy");
    overdue.due = QDate(2026, 3, 1);
    REQUIRE(ws->addAction(overdue).ok());
    Action done = overdue;
    done.text = QStringLiteral("Book the visit");
    done.status = Action::Status::Done;
    REQUIRE(ws->addAction(done).ok());

    const Expected<WorkspaceSummary> s = WorkspaceSummary::of(*ws, QDate(2026, 6, 1));
    REQUIRE(s.ok());
    // The tiny set has four items and the tiny profile serves the NHS, so all four apply.
    CHECK(s->applicableItems == 4);
    CHECK(s->results == QMap<QString, int>{{resultToString(AssessmentResult::PartiallyMet), 1},
                                           {resultToString(AssessmentResult::NotAssessed), 3}});
    CHECK(s->evidence == 2);
    CHECK(s->evidenceKinds ==
          QMap<QString, int>{{evidenceKindToString(EvidenceItem::Kind::Statement), 1},
                             {evidenceKindToString(EvidenceItem::Kind::Link), 1}});
    CHECK(s->evidencePastReview == 1);
    CHECK(s->actions == 2);
    CHECK(s->openActions == 1);
    CHECK(s->overdueActions == 1);
    CHECK(s->auditEntries == ws->auditCount().value());

    // On the day the statement is due for review it is still current, and the action not yet
    // overdue the day it falls due.
    const Expected<WorkspaceSummary> earlier = WorkspaceSummary::of(*ws, QDate(2026, 1, 1));
    REQUIRE(earlier.ok());
    CHECK(earlier->evidencePastReview == 0);
    CHECK(earlier->overdueActions == 0);
}
