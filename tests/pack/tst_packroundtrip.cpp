#include "packtesthelpers.h"
#include "testsupport.h"

#include "common/clock.h"
#include "pack/packmanifest.h"
#include "pack/packverifier.h"
#include "pack/packwriter.h"
#include "pack/responsefile.h"
#include "pack/responseimport.h"
#include "pack/review.h"
#include "reporting/assessmentimport.h"
#include "reporting/assessmentjson.h"
#include "reporting/readinessreportbuilder.h"
#include "scoring/scorer.h"
#include "workspace/scoringinputbuilder.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace seqohs;

TEST_CASE("A pack holds every evidence file, the snapshot and a signed manifest", "[pack]")
{
    test::TempDir dir;
    auto ws = packtest::demoWorkspace(dir.path());
    const SigningKey key = packtest::newKey();
    const QString pack = dir.filePath(QStringLiteral("pack.zip"));
    const QString root = packtest::writePack(*ws, key, pack);

    const QStringList names = packtest::zipNames(pack);
    CHECK(names.contains(PackManifest::ManifestPath));
    CHECK(names.contains(PackManifest::SignaturePath));
    CHECK(names.contains(PackManifest::PublicKeyPath));
    CHECK(names.contains(PackManifest::WorkspacePath));
    CHECK(names.contains(PackManifest::ReadmePath));
    // The README names the window's menu item and the command that check the pack.
    const QString readme = QString::fromUtf8(packtest::zipEntry(pack, PackManifest::ReadmePath));
    CHECK(readme.contains(
        QStringLiteral("  In seqohs-tracker: Submission > Review a submission pack, or\n"
                       "      seqohs-tracker-cli pack verify PACK.zip")));
    CHECK_FALSE(readme.contains(QStringLiteral("File >")));

    Expected<PackManifest> manifest =
        PackManifest::fromJson(packtest::zipEntry(pack, PackManifest::ManifestPath));
    REQUIRE(manifest.ok());
    CHECK(manifest->rootHash == root);
    CHECK(manifest->computeRootHash() == root);
    CHECK(manifest->signerFingerprint == key.fingerprint());
    int files = 0;
    for (const EvidenceItem &item : *ws->evidence()) {
        if (item.kind != EvidenceItem::Kind::File)
            continue;
        ++files;
        const QString path = QStringLiteral("evidence/%1-%2")
                                 .arg(item.id)
                                 .arg(PackWriter::safeFileName(item.fileName));
        const PackManifest::Entry *e = manifest->entry(path);
        REQUIRE(e);
        CHECK(e->sha256 == item.sha256);
        CHECK(e->size == item.size);
        CHECK(e->evidenceTitle == item.title);
        CHECK(names.contains(path));
    }
    CHECK(files == 8); // the demo's files
    // No temporary files are left beside the pack.
    CHECK(QDir(dir.path())
              .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
              .filter(QRegularExpression(QStringLiteral("^(?!demo\\.seqohs)"))) ==
          QStringList{QStringLiteral("pack.zip")});
    // The workspace records the pack, with where its audit trail stood.
    const std::optional<PackRecord> recorded = *ws->pack(root);
    REQUIRE(recorded.has_value());
    CHECK(recorded->signerFingerprint == key.fingerprint());
    CHECK(recorded->fileName == QStringLiteral("pack.zip"));
    CHECK(recorded->auditCount + 1 == *ws->auditCount());
    CHECK(ws->auditTrail()->last().what == QStringLiteral("pack.create"));
    CHECK(recorded->auditHead == QString::fromLatin1(ws->auditTrail()->last().prevHash));
}

TEST_CASE("Verifying a pack passes and leaves it byte for byte as it was", "[pack]")
{
    test::TempDir dir;
    auto ws = packtest::demoWorkspace(dir.path());
    const SigningKey key = packtest::newKey();
    const QString pack = dir.filePath(QStringLiteral("pack.zip"));
    packtest::writePack(*ws, key, pack);
    const QByteArray before = packtest::fileHash(pack);
    const QDateTime modified = QFileInfo(pack).lastModified();

    PackVerifier verifier(pack);
    verifier.setExpectedKey(key.fingerprint());
    qint64 lastDone = 0;
    verifier.setProgress([&](qint64 done, qint64) {
        lastDone = done;
        return true;
    });
    const PackVerification result = verifier.verify();
    INFO(result.summary().toStdString());
    CHECK(result.ok());
    CHECK(result.signerConfirmed);
    CHECK(result.filesChecked == result.manifest.entries.size());
    CHECK(lastDone == result.bytesHashed);
    CHECK(packtest::fileHash(pack) == before);
    CHECK(QFileInfo(pack).lastModified() == modified);

    // Without a key the pack's own key is used, and the reader is told to check it.
    const PackVerification own = PackVerifier(pack).verify();
    CHECK(own.ok());
    CHECK_FALSE(own.signerConfirmed);
    CHECK(own.summary().contains(key.fingerprint()));
    CHECK(own.summary().count(QStringLiteral("check this fingerprint")) == 1);
}

TEST_CASE("The stock minisign tool verifies a pack's manifest", "[pack][minisign]")
{
    const QString minisign = QStandardPaths::findExecutable(QStringLiteral("minisign"));
    if (minisign.isEmpty()) {
        FAIL("minisign is not installed: scripts/setup installs it");
        return;
    }
    test::TempDir dir;
    auto ws = packtest::demoWorkspace(dir.path());
    const SigningKey key = packtest::newKey();
    const QString pack = dir.filePath(QStringLiteral("pack.zip"));
    packtest::writePack(*ws, key, pack);
    for (const QString &name :
         {PackManifest::ManifestPath, PackManifest::SignaturePath, PackManifest::PublicKeyPath}) {
        packtest::writeFile(dir.filePath(name), packtest::zipEntry(pack, name));
    }
    QProcess p;
    p.start(minisign, {QStringLiteral("-Vm"), dir.filePath(PackManifest::ManifestPath),
                       QStringLiteral("-p"), dir.filePath(PackManifest::PublicKeyPath)});
    REQUIRE(p.waitForFinished(10000));
    const QString output = QString::fromUtf8(p.readAllStandardOutput());
    INFO(output.toStdString() << p.readAllStandardError().toStdString());
    CHECK(p.exitCode() == 0);
    CHECK(output.contains(QStringLiteral("seqohs-pack root")));
}

TEST_CASE("Extraction writes only verified files into the folder given", "[pack]")
{
    test::TempDir dir;
    auto ws = packtest::demoWorkspace(dir.path());
    const QString pack = dir.filePath(QStringLiteral("pack.zip"));
    packtest::writePack(*ws, packtest::newKey(), pack);
    QTemporaryDir out;
    PackVerifier verifier(pack);
    verifier.setExtractTo(out.path());
    const PackVerification result = verifier.verify();
    REQUIRE(result.ok());
    QStringList expected;
    for (const PackManifest::Entry &e : result.manifest.entries)
        expected << e.path;
    expected.sort();
    CHECK(packtest::filesUnder(out.path()) == expected);

    // The snapshot opens read-only (untrusted: defensive, trusted_schema off, quick_check).
    auto snapshot = Workspace::open(QDir(out.path()).filePath(PackManifest::WorkspacePath),
                                    Workspace::ReadOnly);
    REQUIRE(snapshot.ok());
    CHECK((*snapshot)->profile() == ws->profile());
    CHECK((*snapshot)->evidence()->size() == ws->evidence()->size());
}

TEST_CASE("Service to assessor to service: the whole round trip", "[pack][roundtrip]")
{
    test::TempDir dir;
    auto ws = packtest::demoWorkspace(dir.path());
    const SigningKey serviceKey = packtest::newKey();
    const SigningKey assessorKey = packtest::newKey();
    const QString pack = dir.filePath(QStringLiteral("pack.zip"));
    const QString root = packtest::writePack(*ws, serviceKey, pack);
    const int actionsBefore = int(ws->actions()->size());

    // The assessor verifies and opens the snapshot.
    QTemporaryDir extract;
    PackVerifier verifier(pack);
    verifier.setExpectedKey(serviceKey.fingerprint());
    verifier.setExtractTo(extract.path(), {PackManifest::WorkspacePath});
    const PackVerification verified = verifier.verify();
    REQUIRE(verified.ok());
    auto snapshot = Workspace::open(QDir(extract.path()).filePath(PackManifest::WorkspacePath),
                                    Workspace::ReadOnly);
    REQUIRE(snapshot.ok());
    Review review = Review::begin(verified, pack, (*snapshot)->standardsSet(),
                                  *(*snapshot)->profile(), QStringLiteral("Dr A. Assessor"));
    REQUIRE(review.findings.size() > 3);
    CHECK(review.packRootHash == root);
    CHECK(review.packSignerConfirmed);
    // The pack says where the service's audit trail stood when it was made, as the workspace
    // recorded it, and the review keeps it.
    const PackRecord record = **ws->pack(root);
    REQUIRE(verified.manifest.auditCount > 0);
    CHECK(verified.manifest.auditCount == record.auditCount);
    CHECK(verified.manifest.auditHead == record.auditHead);
    CHECK(*ws->auditHashAt(record.auditCount) == std::optional<QString>(record.auditHead));
    CHECK(review.packAuditCount == record.auditCount);
    CHECK(review.packAuditHead == record.auditHead);

    StandardFinding &first = review.findings[0];
    first.result = FindingResult::NotMet;
    first.grade = FindingGrade::MinorNonConformity;
    first.comments = QStringLiteral("The policy has no review date.");
    first.actions = {{QStringLiteral("Add a review date to the policy"), QDate(2026, 9, 30)},
                     {QStringLiteral("Brief the team"), QDate(2026, 10, 31)}};
    review.findings[1].result = FindingResult::Met;
    review.findings[1].grade = FindingGrade::GoodPractice;
    review.findings[2].result = FindingResult::FurtherEvidenceRequired;
    review.recommendation = Recommendation::DeferWithActions;

    // The review file round-trips.
    const QString reviewPath = dir.filePath(QStringLiteral("pack.review.json"));
    REQUIRE(review.save(reviewPath).ok());
    Expected<Review> reloaded = Review::load(reviewPath);
    REQUIRE(reloaded.ok());
    CHECK(*reloaded == review);

    Expected<ResponseFile> response = ResponseFile::fromReview(*reloaded);
    REQUIRE(response.ok());
    CHECK(response->findings.size() == 3);
    const QString responsePath = dir.filePath(QStringLiteral("response.json"));
    REQUIRE(response->save(responsePath, assessorKey).ok());

    // The service imports it, naming the assessor's fingerprint.
    const QDateTime importedAt(QDate(2026, 4, 1), QTime(10, 0), Qt::UTC);
    Clock::setFixed(importedAt);
    Expected<ResponseImport::Result> imported =
        ResponseImport::importFile(*ws, responsePath, assessorKey.fingerprint());
    Clock::setFixed(QDateTime());
    INFO(imported.errorString());
    REQUIRE(imported.ok());
    CHECK(imported->actionsAdded == 2);
    CHECK(imported->response.packAuditCount == record.auditCount);
    CHECK(imported->response.packAuditHead == record.auditHead);
    CHECK(imported->historyWarning.isEmpty());
    const QList<Action> actions = *ws->actions();
    REQUIRE(actions.size() == actionsBefore + 2);
    int fromAssessor = 0;
    for (const Action &a : actions) {
        if (a.source == QLatin1String("assessor")) {
            ++fromAssessor;
            CHECK((a.due == QDate(2026, 9, 30) || a.due == QDate(2026, 10, 31)));
            // For the standard, not its first criterion, and nobody's until someone takes it.
            CHECK(a.text.contains(
                QStringLiteral("standard %1 %2").arg(first.standardCode, first.standardTitle)));
            REQUIRE(first.criterionIds.size() > 1);
            CHECK(a.itemId == first.standardId);
            CHECK(a.owner.isEmpty());
        }
    }
    CHECK(fromAssessor == 2);
    {
        // The report names the standard for the action.
        const ScoringInput input = *scoringInputFor(*ws, QDate(2026, 3, 1));
        const Readiness readiness = Scorer::score(input);
        const ReadinessReport report = ReadinessReportBuilder::build(input, readiness);
        int named = 0;
        for (const ReadinessReport::ActionRow &row : report.actions) {
            if (row.itemId == first.standardId) {
                ++named;
                CHECK(row.itemCode == first.standardCode);
                CHECK(row.itemTitle == first.standardTitle);
            }
        }
        CHECK(named == 2);
        // The before-the-visit list gives the standard's action only to its own criteria.
        int onStandard = 0;
        for (const VisitPlan::Step &step : report.visitPlan.steps) {
            if (!step.action.contains(QStringLiteral("standard %1 ").arg(first.standardCode)))
                continue;
            INFO(step.code.toStdString());
            CHECK(first.criterionIds.contains(step.itemId));
            ++onStandard;
        }
        INFO("steps of other standards in the plan: the demo has them in every domain");
        CHECK(report.visitPlan.steps.size() > onStandard);
    }

    // Findings appear on the criteria of the standard.
    const QString criterion = first.criterionIds.first();
    QList<ImportedFinding> findings = *ResponseImport::findingsFor(*ws, criterion);
    REQUIRE(findings.size() == 1);
    CHECK(findings.first().finding.result == FindingResult::NotMet);
    CHECK(findings.first().finding.grade == FindingGrade::MinorNonConformity);
    CHECK(findings.first().assessor == QStringLiteral("Dr A. Assessor"));
    CHECK(findings.first().assessorFingerprint == assessorKey.fingerprint());
    CHECK_FALSE(findings.first().needsReReview);
    CHECK(findings.first().displayText().contains(QStringLiteral("Minor non-conformity")));
    CHECK(ResponseImport::findingsFor(*ws, first.standardId)->size() == 1);
    CHECK(ResponseImport::findingsFor(*ws, QStringLiteral("no-such-item"))->isEmpty());

    // A change to the criterion after the import marks the finding for re-review.
    Assessment changed = *ws->assessment(criterion);
    changed.narrative += QStringLiteral(" Review date added.");
    changed.lastReviewed = importedAt.addDays(3);
    REQUIRE(ws->setAssessment(changed).ok());
    findings = *ResponseImport::findingsFor(*ws, criterion);
    REQUIRE(findings.size() == 1);
    CHECK(findings.first().needsReReview);
    CHECK(ResponseImport::findingsFor(*ws, first.standardId)->first().needsReReview);
    const ResponseOverview overview = *ResponseImport::overview(*ws);
    CHECK(overview.any);
    CHECK(overview.recommendation == Recommendation::DeferWithActions);
    CHECK(overview.notMet == 1);
    CHECK(overview.met == 1);
    CHECK(overview.furtherEvidence == 1);
    CHECK(overview.requiredActions == 2);
    CHECK(overview.needsReReview == 1);

    // Importing the same response again is refused and adds nothing.
    Expected<ResponseImport::Result> again = ResponseImport::importFile(*ws, responsePath);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("imported already")));
    CHECK(ws->actions()->size() == actionsBefore + 2);
    CHECK(ResponseImport::responses(*ws)->size() == 1);

    // The assessment JSON carries the response, and importing it brings the findings back.
    const QList<QJsonObject> stored = *AssessmentJson::assessorResponsesOf(*ws);
    REQUIRE(stored.size() == 1);
    const QByteArray json =
        AssessmentJson::toJson(*scoringInputFor(*ws, QDate(2026, 4, 2)), QDateTime(), true, stored);
    Expected<AssessmentJson::Document> read =
        AssessmentJson::read(json, QStringLiteral("assessment.json"));
    INFO(read.errorString());
    REQUIRE(read.ok());
    REQUIRE(read->assessorResponses.size() == 1);
    CHECK(read->assessorResponses.first().value(QStringLiteral("id")).toString() == response->id);
    Expected<AssessmentImport::Result> copy =
        AssessmentImport::createWorkspace(*read, dir.filePath(QStringLiteral("copy.seqohs")));
    INFO(copy.errorString());
    REQUIRE(copy.ok());
    const QList<StoredResponse> copied = *ResponseImport::responses(*copy->workspace);
    REQUIRE(copied.size() == 1);
    CHECK(copied.first().response.id == response->id);
    CHECK(copied.first().response.recommendation == Recommendation::DeferWithActions);
    CHECK(copied.first().imported == importedAt);
    CHECK(ResponseImport::findingsFor(*copy->workspace, criterion)->size() == 1);

    // A response altered inside the JSON is refused, with its path.
    QByteArray altered = json;
    altered.replace("The policy has no review date.", "The policy is perfect.");
    Expected<AssessmentJson::Document> refused =
        AssessmentJson::read(altered, QStringLiteral("assessment.json"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().location == QStringLiteral("$.assessorResponses[0].document"));
}

TEST_CASE("A response is refused when altered, from another key or for another pack",
          "[pack][response]")
{
    test::TempDir dir;
    auto ws = packtest::demoWorkspace(dir.path());
    const SigningKey assessorKey = packtest::newKey();
    const QString pack = dir.filePath(QStringLiteral("pack.zip"));
    packtest::writePack(*ws, packtest::newKey(), pack);
    const PackVerification verified = PackVerifier(pack).verify();
    REQUIRE(verified.ok());
    Review review = Review::begin(verified, pack, ws->standardsSet(), *ws->profile(),
                                  QStringLiteral("Assessor"));
    review.findings[0].result = FindingResult::Met;
    review.recommendation = Recommendation::Accredit;
    Expected<ResponseFile> response = ResponseFile::fromReview(review);
    REQUIRE(response.ok());
    const QByteArray signedBytes = response->sign(assessorKey);

    SECTION("altered")
    {
        QByteArray altered = signedBytes;
        altered.replace("\"accredit\"", "\"not-accredit\"");
        REQUIRE(altered != signedBytes);
        const QString path = dir.filePath(QStringLiteral("altered.json"));
        packtest::writeFile(path, altered);
        Expected<ResponseImport::Result> r = ResponseImport::importFile(*ws, path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("altered")));
    }
    SECTION("another key")
    {
        const QString path = dir.filePath(QStringLiteral("r.json"));
        packtest::writeFile(path, signedBytes);
        Expected<ResponseImport::Result> r =
            ResponseImport::importFile(*ws, path, packtest::newKey().fingerprint());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(assessorKey.fingerprint()));
    }
    SECTION("another workspace")
    {
        test::TempDir other;
        auto ws2 = packtest::demoWorkspace(other.path());
        const QString path = dir.filePath(QStringLiteral("r.json"));
        packtest::writeFile(path, signedBytes);
        Expected<ResponseImport::Result> r = ResponseImport::importFile(*ws2, path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("did not create")));
        CHECK(ws2->actions()->size() == ws->actions()->size());
    }
    SECTION("no recommendation yet")
    {
        review.recommendation = Recommendation::None;
        CHECK_FALSE(ResponseFile::fromReview(review).ok());
    }
}

TEST_CASE("Cancelling pack creation leaves nothing behind", "[pack]")
{
    test::TempDir dir;
    auto ws = packtest::demoWorkspace(dir.path());
    const SigningKey key = packtest::newKey();
    PackWriter writer(*ws, key);
    writer.setProgress([](qint64 done, qint64) { return done == 0; });
    Expected<PackSummary> summary = writer.write(dir.filePath(QStringLiteral("pack.zip")));
    REQUIRE_FALSE(summary.ok());
    CHECK(summary.error().message.contains(QStringLiteral("cancelled")));
    CHECK(QDir(dir.path())
              .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
              .filter(QRegularExpression(QStringLiteral("^(?!demo\\.seqohs)")))
              .isEmpty());
}

TEST_CASE("A response import that fails part-way leaves nothing, and importing again works",
          "[pack][roundtrip][file]")
{
    test::TempDir dir;
    auto ws = packtest::demoWorkspace(dir.path());
    const SigningKey serviceKey = packtest::newKey();
    const SigningKey assessorKey = packtest::newKey();
    const QString pack = dir.filePath(QStringLiteral("pack.zip"));
    packtest::writePack(*ws, serviceKey, pack);
    REQUIRE(ws->packs()->size() == 1);
    const qsizetype actionsBefore = ws->actions()->size();

    PackVerifier verifier(pack);
    const PackVerification verified = verifier.verify();
    REQUIRE(verified.ok());
    Review review = Review::begin(verified, pack, ws->standardsSet(), *ws->profile(),
                                  QStringLiteral("Dr A. Assessor"));
    review.findings[0].result = FindingResult::NotMet;
    review.findings[0].actions = {{QStringLiteral("Add a review date"), QDate(2026, 9, 30)},
                                  {QStringLiteral("Brief the team"), QDate(2026, 10, 31)},
                                  {QStringLiteral("Audit the records"), QDate(2026, 11, 30)}};
    review.recommendation = Recommendation::DeferWithActions;
    Expected<ResponseFile> response = ResponseFile::fromReview(review);
    REQUIRE(response.ok());
    const QString responsePath = dir.filePath(QStringLiteral("response.json"));
    REQUIRE(response->save(responsePath, assessorKey).ok());

    // The second required action cannot be stored (a trigger stands in for a full disk).
    const QString connection = QStringLiteral("saboteur");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(ws->path());
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral(
            "CREATE TRIGGER fail_second BEFORE INSERT ON action WHEN (SELECT COUNT(*) FROM "
            "action WHERE source = 'assessor') >= 1 BEGIN SELECT RAISE(ABORT, 'no room'); END")));
    }
    const qint64 auditBefore = *ws->auditCount();
    Expected<ResponseImport::Result> failed = ResponseImport::importFile(*ws, responsePath);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message == QStringLiteral("Nothing was imported"));
    CHECK(failed.errorString().contains(QStringLiteral("no room")));
    // All or nothing: no action, no response, no audit row.
    CHECK(ws->actions()->size() == actionsBefore);
    CHECK(ws->responses()->isEmpty());
    CHECK(*ws->auditCount() == auditBefore);
    CHECK(ws->verifyAuditChain().ok());

    {
        QSqlDatabase db = QSqlDatabase::database(connection);
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER fail_second")));
    }
    QSqlDatabase::removeDatabase(connection);
    Expected<ResponseImport::Result> imported = ResponseImport::importFile(*ws, responsePath);
    INFO(imported.errorString());
    REQUIRE(imported.ok());
    CHECK(imported->actionsAdded == 3);
    CHECK(ws->actions()->size() == actionsBefore + 3);
    REQUIRE(ws->responses()->size() == 1);
    CHECK(ws->responses()->first().actionsAdded == 3);
    // Three actions and the response, each its own row in the chain.
    CHECK(*ws->auditCount() == auditBefore + 4);

    // A second import is refused and adds nothing.
    REQUIRE_FALSE(ResponseImport::importFile(*ws, responsePath).ok());
    CHECK(ws->actions()->size() == actionsBefore + 3);
    CHECK(ws->responses()->size() == 1);
}

TEST_CASE("A response to a pack whose history the workspace no longer holds is imported with a "
          "warning",
          "[pack][roundtrip][file]")
{
    test::TempDir dir;
    const QString wsPath = dir.filePath(QStringLiteral("demo.seqohs"));
    const SigningKey serviceKey = packtest::newKey();
    const QString pack = dir.filePath(QStringLiteral("pack.zip"));
    QString responsePath;
    qint64 packRow = 0;
    {
        auto ws = packtest::demoWorkspace(dir.path());
        packtest::writePack(*ws, serviceKey, pack);
        const PackVerification verified = PackVerifier(pack).verify();
        REQUIRE(verified.ok());
        packRow = verified.manifest.auditCount;
        REQUIRE(packRow > 3);
        Review review = Review::begin(verified, pack, ws->standardsSet(), *ws->profile(),
                                      QStringLiteral("Dr A. Assessor"));
        review.findings[0].result = FindingResult::Met;
        review.recommendation = Recommendation::Accredit;
        Expected<ResponseFile> response = ResponseFile::fromReview(review);
        REQUIRE(response.ok());
        responsePath = dir.filePath(QStringLiteral("response.json"));
        REQUIRE(response->save(responsePath, packtest::newKey()).ok());
    }
    // The history up to the pack is cut and the file made consistent again inside: only a
    // record kept outside it, such as the pack's, can tell.
    test::runSql(
        wsPath,
        {QStringLiteral("DROP TRIGGER audit_no_delete"),
         QStringLiteral("DELETE FROM audit WHERE seq >= %1").arg(packRow - 1),
         QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'workspace.audit_count'")
             .arg(packRow - 2),
         QStringLiteral("UPDATE meta SET value = (SELECT hash FROM audit WHERE seq = %1) WHERE "
                        "key = 'workspace.audit_head'")
             .arg(packRow - 2)});
    auto ws = Workspace::open(wsPath);
    REQUIRE(ws.ok());
    REQUIRE((*ws)->verifyAuditChain().ok()); // consistent inside
    Expected<ResponseImport::Result> imported = ResponseImport::importFile(**ws, responsePath);
    INFO(imported.errorString());
    REQUIRE(imported.ok());
    CHECK(imported->historyWarning.contains(
        QStringLiteral("no longer holds row %1 as it was when the pack was made").arg(packRow)));
}
