// The assessor report PDF, and the assessor window and pack dialogs.

#include "packtesthelpers.h"
#include "testsupport.h"

#include "assessorreportrenderer.h"
#include "dialogs/packexportdialog.h"
#include "dialogs/prompts.h"
#include "dialogs/responseimportdialog.h"
#include "pack/packmanifest.h"
#include "pack/packverifier.h"
#include "pack/responsefile.h"
#include "pack/responseimport.h"
#include "pack/review.h"
#include "windows/assessorwindow.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTextBrowser>

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

TEST_CASE("The assessor window verifies a pack, records findings and responds", "[pack][gui]")
{
    test::TempDir dir;
    auto ws = packtest::demoWorkspace(dir.path());
    const SigningKey serviceKey = packtest::newKey();
    const QString pack = dir.filePath(QStringLiteral("submission.zip"));
    const QString root = packtest::writePack(*ws, serviceKey, pack);
    const QByteArray packHash = packtest::fileHash(pack);

    AssessorWindow window;
    QSignalSpy opened(&window, &AssessorWindow::packOpened);
    window.openPack(pack, serviceKey.fingerprint());
    REQUIRE(opened.wait(60000));
    REQUIRE(opened.first().first().toBool());
    CHECK(window.verification().ok());
    CHECK(window.verification().signerConfirmed);
    CHECK(packtest::fileHash(pack) == packHash);
    CHECK(window.reviewPath() == dir.filePath(QStringLiteral("submission.review.json")));
    CHECK(QFileInfo::exists(window.reviewPath()));

    // Evidence is extracted privately and opens from there.
    const EvidenceItem file = [&] {
        for (const EvidenceItem &e : ws->evidence()) {
            if (e.kind == EvidenceItem::Kind::File)
                return e;
        }
        return EvidenceItem{};
    }();
    const QString extracted = window.extractedEvidencePath(file.id);
    REQUIRE_FALSE(extracted.isEmpty());
    CHECK(packtest::fileHash(extracted) == file.sha256);
    CHECK_FALSE(extracted.startsWith(dir.path()));

    const QString standard = window.review().findings.first().standardId;
    REQUIRE(window.selectStandard(standard));
    window.setFinding(FindingResult::NotMet, FindingGrade::MinorNonConformity,
                      QStringLiteral("Policy out of date."),
                      {{QStringLiteral("Re-issue the policy"), QDate(2026, 9, 30)}});
    window.setRecommendation(Recommendation::DeferWithActions, QStringLiteral("One gap."));

    // For documentation and review of the layout: SEQOHS_SCREENSHOT_DIR=... saves the window.
    if (const QString shots = qEnvironmentVariable("SEQOHS_SCREENSHOT_DIR"); !shots.isEmpty()) {
        window.resize(1200, 760);
        window.show();
        QCoreApplication::processEvents();
        window.grab().save(QDir(shots).filePath(QStringLiteral("assessor-standard.png")));
        window.findChild<QTabWidget *>()->setCurrentIndex(0);
        window.grab().save(QDir(shots).filePath(QStringLiteral("assessor-checks.png")));
    }

    Expected<Review> saved = Review::load(window.reviewPath());
    REQUIRE(saved.ok());
    CHECK(saved->packRootHash == root);
    CHECK(saved->recommendation == Recommendation::DeferWithActions);
    const StandardFinding *f = saved->finding(standard);
    REQUIRE(f);
    CHECK(f->result == FindingResult::NotMet);
    CHECK(f->grade == FindingGrade::MinorNonConformity);
    REQUIRE(f->actions.size() == 1);
    CHECK(f->actions.first().due == QDate(2026, 9, 30));

    const QString pdf = dir.filePath(QStringLiteral("assessor.pdf"));
    REQUIRE(window.exportReport(pdf).ok());
    CHECK(packtest::readFile(pdf).startsWith("%PDF"));

    const QString assessorKey = dir.filePath(QStringLiteral("assessor.key"));
    const SigningKey key = packtest::newKey();
    REQUIRE(key.save(assessorKey).ok());
    const QString response = dir.filePath(QStringLiteral("response.json"));
    REQUIRE(window.createResponse(response, assessorKey).ok());
    Expected<ResponseFile> read = ResponseFile::load(response, key.fingerprint());
    REQUIRE(read.ok());
    CHECK(read->packRootHash == root);

    // Opening the same pack again carries on with the same review.
    AssessorWindow again;
    QSignalSpy reopened(&again, &AssessorWindow::packOpened);
    again.openPack(pack);
    REQUIRE(reopened.wait(60000));
    CHECK(again.review().recommendation == Recommendation::DeferWithActions);

    // The service imports the response through its dialog.
    ResponseImportDialog dialog(ws.get());
    QSignalSpy imported(&dialog, &ResponseImportDialog::responseImported);
    dialog.setExpectedFingerprint(key.fingerprint());
    dialog.setResponseFile(response);
    const qsizetype before = ws->actions().size();
    REQUIRE(dialog.importResponse());
    CHECK(imported.size() == 1);
    CHECK(ws->actions().size() == before + 1);
    CHECK(ResponseImport::findingsFor(*ws, f->criterionIds.first()).size() == 1);
}

TEST_CASE("The assessor window shows nothing of a tampered pack but what failed", "[pack][gui]")
{
    test::TempDir dir;
    auto ws = packtest::demoWorkspace(dir.path());
    const QString pack = dir.filePath(QStringLiteral("pack.zip"));
    packtest::writePack(*ws, packtest::newKey(), pack);
    QString evidence;
    for (const QString &name : packtest::zipNames(pack)) {
        if (name.startsWith(QLatin1String("evidence/")))
            evidence = name;
    }
    QByteArray content = packtest::zipEntry(pack, evidence);
    content[0] = char(content.at(0) ^ 0x01);
    const QString tampered = dir.filePath(QStringLiteral("tampered.zip"));
    packtest::rewriteZip(pack, tampered, {{evidence, content}});

    AssessorWindow window;
    QSignalSpy opened(&window, &AssessorWindow::packOpened);
    window.openPack(tampered);
    REQUIRE(opened.wait(60000));
    CHECK_FALSE(opened.first().first().toBool());
    CHECK(packtest::hasProblem(window.verification(), evidence));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("tampered.review.json"))));
    auto *tabs = window.findChild<QTabWidget *>();
    REQUIRE(tabs);
    CHECK_FALSE(tabs->isTabEnabled(1));
    CHECK(window.findChild<QTextBrowser *>()->toPlainText().contains(evidence));
}

TEST_CASE("The pack export dialog writes a signed pack off the UI thread", "[pack][gui]")
{
    test::TempDir dir;
    auto ws = packtest::demoWorkspace(dir.path());
    Prompts::setRecordErrors(true);
    PackExportDialog dialog(ws.get());
    const QString keyPath = dir.filePath(QStringLiteral("keys/service.key"));
    dialog.setKeyPath(keyPath);
    CHECK(dialog.fingerprint().isEmpty());
    const SigningKey key = packtest::newKey();
    REQUIRE(key.save(keyPath).ok());
    dialog.setKeyPath(keyPath);
    CHECK(dialog.fingerprint() == key.fingerprint());
    const QString pack = dir.filePath(QStringLiteral("out.zip"));
    dialog.setDestination(pack);
    QSignalSpy finished(&dialog, &PackExportDialog::packFinished);
    dialog.start();
    CHECK(dialog.isRunning());
    REQUIRE(finished.wait(120000));
    INFO(Prompts::recordedErrors().join(QLatin1Char('\n')).toStdString());
    REQUIRE(finished.first().first().toBool());
    REQUIRE(dialog.summary().has_value());
    Prompts::setRecordErrors(false);

    PackVerifier verifier(pack);
    verifier.setExpectedKey(key.fingerprint());
    const PackVerification result = verifier.verify();
    CHECK(result.ok());
    CHECK(result.manifest.entry(PackManifest::ReportPath) != nullptr);
    CHECK_FALSE(
        ws->metaValue(QStringLiteral("pack.") + dialog.summary()->rootHash).toString().isEmpty());
}
