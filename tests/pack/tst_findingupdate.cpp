#include "testsupport.h"

#include "common/clock.h"
#include "pack/findingupdate.h"
#include "pack/review.h"

using namespace seqohs;

TEST_CASE("A finding update replaces what it gives, keeps the rest and stamps the time",
          "[pack][review]")
{
    const QDateTime at(QDate(2026, 6, 3), QTime(9, 30), Qt::UTC);
    Clock::setFixed(at);
    StandardFinding finding;
    finding.standardId = QStringLiteral("s1");
    finding.result = FindingResult::Met;
    finding.grade = FindingGrade::Observation;
    finding.comments = QStringLiteral("Seen the policy.");
    finding.actions = {{QStringLiteral("Date the policy"), QDate(2026, 9, 1)}};

    FindingUpdate update;
    update.result = FindingResult::NotMet;
    update.applyTo(finding);
    CHECK(finding.result == FindingResult::NotMet);
    CHECK(finding.grade == FindingGrade::Observation);
    CHECK(finding.comments == QStringLiteral("Seen the policy."));
    REQUIRE(finding.actions.size() == 1);
    CHECK(finding.actions.first().text == QStringLiteral("Date the policy"));
    CHECK(finding.recorded == at);

    FindingUpdate all;
    all.grade = FindingGrade::None;
    all.comments = QString();
    all.actions = QList<RequiredAction>{};
    all.applyTo(finding);
    CHECK(finding.result == FindingResult::NotMet);
    CHECK(finding.grade == FindingGrade::None);
    CHECK(finding.comments.isEmpty());
    CHECK(finding.actions.isEmpty());

    test::TempDir dir;
    Review review;
    review.assessor = QStringLiteral("A. Assessor");
    review.packRootHash = QString(64, QLatin1Char('a'));
    review.findings = {finding};
    const QString path = dir.filePath(QStringLiteral("review.json"));
    const QDateTime later = at.addSecs(60);
    Clock::setFixed(later);
    REQUIRE(FindingUpdate::saveChanged(review, path).ok());
    CHECK(review.updated == later);
    Expected<Review> read = Review::load(path);
    INFO(read.errorString());
    REQUIRE(read.ok());
    CHECK(read->updated == later);
    CHECK(read->findings == review.findings);
    Clock::setFixed(QDateTime());
}
