#include "packtesthelpers.h"
#include "testsupport.h"

#include "catalogue/standardsset.h"
#include "pack/calibration.h"
#include "pack/packmanifest.h"
#include "pack/packverifier.h"
#include "pack/packwriter.h"
#include "pack/signingkey.h"
#include "workspace/workspace.h"

#include <QFileInfo>

using namespace seqohs;

TEST_CASE("A pack carries the sign-offs, and says which no longer hold and why")
{
    test::TempDir dir;
    auto ws = packtest::demoWorkspace(dir.path());
    const StandardsSet &set = ws->standardsSet();
    const Standard &first = set.domains.first().standards.first();
    const Standard &second = set.domains.first().standards.at(1);
    REQUIRE(ws->addSignOff(SignOff::Scope::Standard, first.id, QStringLiteral("Dr Lead"),
                           QStringLiteral("Checked"))
                .ok());
    REQUIRE(
        ws->addSignOff(SignOff::Scope::Standard, second.id, QStringLiteral("Dr Lead"), {}).ok());
    Assessment a = *ws->assessment(first.criteria.first().id);
    a.narrative += QStringLiteral(" Edited after the sign-off.");
    REQUIRE(ws->setAssessment(a).ok());

    const SigningKey key = packtest::newKey();
    const QString pack = dir.filePath(QStringLiteral("p.zip"));
    packtest::writePack(*ws, key, pack);
    const Expected<PackManifest> manifest =
        PackManifest::fromJson(packtest::zipEntry(pack, PackManifest::ManifestPath));
    REQUIRE(manifest.ok());
    REQUIRE(manifest->signOffs.size() == 2);
    const PackManifest::SignOffEntry &voided = manifest->signOffs.at(0);
    CHECK_FALSE(voided.holds);
    CHECK(voided.covers.startsWith(QStringLiteral("standard ") + first.code));
    CHECK(voided.changes ==
          QStringList{first.criteria.first().code + QStringLiteral(": the narrative was edited")});
    CHECK(manifest->signOffs.at(1).holds);
    CHECK(manifest->signOffs.at(1).changes.isEmpty());
    // Signed with the rest: the root hash covers the sign-offs, and the pack verifies.
    CHECK(manifest->computeRootHash() == manifest->rootHash);
    const PackVerification verified = PackVerifier(pack).verify();
    CHECK(verified.ok());
    CHECK(verified.manifest.signOffs == manifest->signOffs);

    // A manifest without sign-offs keeps the form (and root hash) it had before.
    PackManifest without = *manifest;
    without.signOffs.clear();
    CHECK_FALSE(without.canonicalJson().contains("signOffs"));
}

TEST_CASE("Calibration puts the service's view beside the assessor's finding, by domain")
{
    StandardsSet set;
    Domain d;
    d.id = QStringLiteral("d");
    d.code = QStringLiteral("1");
    d.title = QStringLiteral("Governance");
    auto standard = [](const QString &id, const QStringList &criteria) {
        Standard s;
        s.id = id;
        s.code = id.toUpper();
        for (const QString &c : criteria) {
            Criterion cr;
            cr.id = c;
            cr.code = c.toUpper();
            s.criteria << cr;
        }
        return s;
    };
    d.standards << standard(QStringLiteral("s1"), {QStringLiteral("c1"), QStringLiteral("c2")})
                << standard(QStringLiteral("s2"), {QStringLiteral("c3")})
                << standard(QStringLiteral("s3"), {}) << standard(QStringLiteral("s4"), {})
                << standard(QStringLiteral("s5"), {QStringLiteral("c5")});
    set.domains << d;
    QHash<QString, Assessment> assessments;
    auto assess = [&](const QString &id, AssessmentResult r) {
        Assessment a;
        a.itemId = id;
        a.result = r;
        assessments.insert(id, a);
    };
    assess(QStringLiteral("c1"), AssessmentResult::Met);
    assess(QStringLiteral("c2"), AssessmentResult::Met);           // s1: met
    assess(QStringLiteral("c3"), AssessmentResult::PartiallyMet);  // s2: partly met
    assess(QStringLiteral("s3"), AssessmentResult::NotMet);        // s3: not met
    assess(QStringLiteral("s4"), AssessmentResult::NotApplicable); // s4: not compared
    auto finding = [](const QString &id, FindingResult r) {
        StandardFinding f;
        f.standardId = id;
        f.result = r;
        return f;
    };
    const QList<StandardFinding> findings{
        finding(QStringLiteral("s1"), FindingResult::NotMet),                  // optimistic
        finding(QStringLiteral("s2"), FindingResult::FurtherEvidenceRequired), // agreed
        finding(QStringLiteral("s3"), FindingResult::Met),                     // cautious
        finding(QStringLiteral("s4"), FindingResult::Met),
        finding(QStringLiteral("s5"), FindingResult::NotRecorded)};
    const Calibration c = Calibration::compute(set, assessments, findings);
    REQUIRE(c.standards.size() == 3);
    CHECK(c.forStandard(QStringLiteral("s1"))->comparison ==
          Calibration::Comparison::MoreOptimistic);
    CHECK(c.forStandard(QStringLiteral("s2"))->service == Calibration::ServiceView::PartlyMet);
    CHECK(c.forStandard(QStringLiteral("s2"))->comparison == Calibration::Comparison::Agreed);
    CHECK(c.forStandard(QStringLiteral("s3"))->comparison == Calibration::Comparison::MoreCautious);
    CHECK_FALSE(c.forStandard(QStringLiteral("s4")));
    REQUIRE(c.domains.size() == 1);
    CHECK(c.domains.first() ==
          Calibration::DomainRow{QStringLiteral("1"), QStringLiteral("Governance"), 3, 1, 1, 1});
    CHECK(c.total.reviewed == 3);
    CHECK(c.total.moreOptimistic == 1);
}

TEST_CASE("A pack takes its name only after the step before it succeeds")
{
    // The CLI records the pack in the workspace in that step, so a process killed at any moment
    // never leaves a signed pack that the workspace does not know.
    test::TempDir dir;
    auto ws = packtest::demoWorkspace(dir.path());
    const SigningKey key = packtest::newKey();
    const QString pack = dir.filePath(QStringLiteral("p.zip"));
    PackWriter writer(*ws, key);
    bool sawNoFile = false;
    writer.setBeforePublish([&](const PackSummary &made) -> Status {
        sawNoFile = !QFileInfo::exists(pack) && made.rootHash.size() == 64;
        return Error{QStringLiteral("refused by the test"), pack};
    });
    const Expected<PackSummary> refused = writer.write(pack);
    CHECK(sawNoFile);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorString().contains(QStringLiteral("refused by the test")));
    CHECK_FALSE(QFileInfo::exists(pack));
    CHECK(packtest::filesUnder(dir.path()).filter(QStringLiteral(".zip")).isEmpty());

    // Recorded in that step, the pack is known to the workspace when it appears.
    writer.setBeforePublish(
        [&](const PackSummary &made) { return PackWriter::recordCreatedPack(*ws, made); });
    const Expected<PackSummary> made = writer.write(pack);
    REQUIRE(made.ok());
    CHECK(QFileInfo::exists(pack));
    CHECK((*ws->pack(made->rootHash)).has_value());
}
