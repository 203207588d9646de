#include "packtesthelpers.h"
#include "testsupport.h"

#include "pack/finding.h"
#include "pack/rereviewrule.h"

using namespace seqohs;

TEST_CASE("A finding needs re-review when an item it concerns was reviewed after the import",
          "[pack][response]")
{
    test::TempDir dir;
    auto ws = packtest::demoWorkspace(dir.path());
    const QList<AssessableItem> items = ws->standardsSet().assessables();
    REQUIRE(items.size() >= 2);
    const QString a = items.at(0).id;
    const QString b = items.at(1).id;
    const QDateTime imported(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);

    StandardFinding finding;
    finding.standardId = QStringLiteral("standard");
    finding.criterionIds = {a, b};

    auto review = [&](const QString &id, const QDateTime &when) {
        Assessment assessment = ws->assessment(id).value();
        assessment.lastReviewed = when;
        REQUIRE(ws->setAssessment(assessment).ok());
    };
    // Reviewed before the import, and exactly at it: nothing changed since.
    review(a, imported.addDays(-1));
    review(b, imported);
    CHECK(ReReviewRule::changedSince(*ws, {a, b}, imported) == false);
    CHECK(ReReviewRule::needsReReview(*ws, finding, imported) == false);
    CHECK(ReReviewRule::needsReReview(*ws, finding, a, imported) == false);
    CHECK(ReReviewRule::needsReReview(*ws, finding, finding.standardId, imported) == false);

    // One criterion reviewed a second later: the finding and the standard need a look; the
    // other criterion, judged by its own date, does not.
    review(b, imported.addSecs(1));
    CHECK(ReReviewRule::changedSince(*ws, {a, b}, imported) == true);
    CHECK(ReReviewRule::needsReReview(*ws, finding, imported) == true);
    CHECK(ReReviewRule::needsReReview(*ws, finding, b, imported) == true);
    CHECK(ReReviewRule::needsReReview(*ws, finding, a, imported) == false);
    CHECK(ReReviewRule::needsReReview(*ws, finding, finding.standardId, imported) == true);
    CHECK(ReReviewRule::changedSince(*ws, {}, imported) == false);
}
