// The assessor report PDF, and the assessor window and pack dialogs.

#include "packtesthelpers.h"
#include "testsupport.h"

#include "assessorreportrenderer.h"
#include "pack/packverifier.h"
#include "pack/review.h"

#include <QBuffer>
#include <QDir>

using namespace seqohs;

namespace {

Review sampleReview(const QString &dir)
{
    auto ws = packtest::demoWorkspace(dir);
    const QString pack = QDir(dir).filePath(QStringLiteral("pack.zip"));
    packtest::writePack(*ws, packtest::newKey(), pack);
    const PackVerification verified = PackVerifier(pack).verify();
    REQUIRE(verified.ok());
    Review review = Review::begin(verified, pack, ws->standardsSet(), ws->profile(),
                                  QStringLiteral("Dr A. Assessor"));
    review.findings[0].result = FindingResult::NotMet;
    review.findings[0].grade = FindingGrade::MajorNonConformity;
    review.findings[0].comments = QStringLiteral("No audit <of> the service & its sites.");
    review.findings[0].actions = {{QStringLiteral("Audit the service"), QDate(2026, 9, 30)}};
    review.findings[1].result = FindingResult::Met;
    review.findings[1].grade = FindingGrade::GoodPractice;
    review.recommendation = Recommendation::DeferWithActions;
    review.summary = QStringLiteral("A well-run service with one gap.");
    return review;
}

} // namespace

TEST_CASE("The assessor report names the recommendation, findings and actions", "[pack][report]")
{
    test::TempDir dir;
    const Review review = sampleReview(dir.path());
    const AssessorReportRenderer renderer(review);
    const QString html = renderer.html();
    CHECK(html.contains(QStringLiteral("Defer with actions")));
    CHECK(html.contains(QStringLiteral("Major non-conformity")));
    CHECK(html.contains(QStringLiteral("Audit the service")));
    CHECK(html.contains(QStringLiteral("30 September 2026")));
    CHECK(html.contains(QStringLiteral("&lt;of&gt; the service &amp; its sites")));
    CHECK(html.contains(review.findings[0].standardCode));

    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(renderer.writePdf(buffer).ok());
    CHECK(buffer.data().startsWith("%PDF"));
    CHECK(buffer.data().size() > 5000);

    const QString path = dir.filePath(QStringLiteral("assessor.pdf"));
    REQUIRE(renderer.writePdf(path).ok());
    CHECK(packtest::readFile(path).startsWith("%PDF"));
}
