// Snapshot comparison as text: the same words in the window and in `snapshot diff`.
#include "testsupport.h"

#include "reporting/snapshotdifftext.h"

using namespace seqohs;

TEST_CASE("SnapshotDiffText: every section, in order, with counts")
{
    SnapshotDiff d;
    d.fromName = QStringLiteral("Annual return 2025");
    d.toName = QStringLiteral("Annual return 2026");
    d.scoreBefore = 0.5;
    d.scoreAfter = 0.625;
    d.coverageAfter = 0.25;
    d.verdictBefore = Verdict::NotReady;
    d.verdictAfter = Verdict::NearlyReady;
    d.resultsChanged = {{QStringLiteral("c2"), QStringLiteral("1.1b"), QStringLiteral("Policy"),
                         AssessmentResult::PartiallyMet, AssessmentResult::Met}};
    d.evidenceAdded = {{7, QStringLiteral("Training matrix"), QDate(2027, 1, 1), true}};
    d.evidenceExpired = {{3, QStringLiteral("Fire risk assessment"), QDate(2026, 2, 1), false}};
    d.evidenceRemoved = {{4, QStringLiteral("Old audit"), QDate(), true},
                         {5, QStringLiteral("Older audit"), QDate(), true}};
    d.actionsClosed = {{2, QStringLiteral("Write the policy"), QDate(2026, 3, 1), true}};
    // Text that looks like a placeholder stays as it was written.
    d.actionsAdded = {{9, QStringLiteral("Audit %1 records"), QDate(), false},
                      {10, QStringLiteral("Second"), QDate(), false}};

    CHECK(SnapshotDiffText::text(d) ==
          QStringLiteral("From \"Annual return 2025\" to \"Annual return 2026\"\n"
                         "Score: 50% -> 63%; coverage: n/a -> 25%; verdict: Not ready -> "
                         "Nearly ready\n"
                         "\n"
                         "Results changed (1):\n"
                         "  1.1b Policy: Partially met -> Met\n"
                         "\n"
                         "Evidence added (1):\n"
                         "  #7 Training matrix\n"
                         "\n"
                         "Evidence expired (1):\n"
                         "  #3 Fire risk assessment\n"
                         "\n"
                         "Evidence removed (2):\n"
                         "  #4 Old audit\n"
                         "  #5 Older audit\n"
                         "\n"
                         "Actions closed (1):\n"
                         "  #2 Write the policy\n"
                         "\n"
                         "Actions added (2):\n"
                         "  #9 Audit %1 records\n"
                         "  #10 Second\n"));
}

TEST_CASE("SnapshotDiffText: sections with nothing in them are left out")
{
    SnapshotDiff d;
    d.fromName = QStringLiteral("a");
    d.toName = QStringLiteral("current");
    d.scoreBefore = 0.4;
    d.scoreAfter = 0.4;
    d.coverageBefore = 1.0;
    d.coverageAfter = 1.0;
    d.actionsClosed = {{12, QStringLiteral("Done at last"), QDate(), true}};
    CHECK(SnapshotDiffText::text(d) ==
          QStringLiteral("From \"a\" to \"current\"\n"
                         "Score: 40% -> 40%; coverage: 100% -> 100%; verdict: Not ready -> Not "
                         "ready\n"
                         "\n"
                         "Actions closed (1):\n"
                         "  #12 Done at last\n"));
}

TEST_CASE("SnapshotDiffText: no differences says so")
{
    SnapshotDiff d;
    d.fromName = QStringLiteral("Year one");
    d.toName = QStringLiteral("Year one");
    CHECK(SnapshotDiffText::text(d) ==
          QStringLiteral("From \"Year one\" to \"Year one\"\n"
                         "Score: n/a -> n/a; coverage: n/a -> n/a; verdict: Not ready -> Not "
                         "ready\n"
                         "\n"
                         "No differences.\n"));
}
