// The assessor report PDF, and the assessor window and pack dialogs.

#include "packtesthelpers.h"
#include "testsupport.h"

#include "assessorreportrenderer.h"
#include "dialogs/packexportdialog.h"
#include "dialogs/prompts.h"
#include "dialogs/responseimportdialog.h"
#include "guitest.h"
#include "models/evidencemodel.h"
#include "pack/packmanifest.h"
#include "pack/packverifier.h"
#include "pack/responsefile.h"
#include "pack/responseimport.h"
#include "pack/review.h"
#include "windows/assessorwindow.h"
#include "windows/evidencepreviewwindow.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
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
    Review review = Review::begin(verified, pack, ws->standardsSet(), *ws->profile(),
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

namespace {

QString pdfText(const QString &pdf, const QStringList &options = {})
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), QStringList(options) << pdf << QStringLiteral("-"));
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPageCount(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(p.waitForFinished(60000));
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                          .match(QString::fromUtf8(p.readAllStandardOutput()));
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

} // namespace

TEST_CASE("The assessor PDF reads as a finished document: header, pages, draft, detail, sign-off",
          "[pack][report]")
{
    test::TempDir dir;
    Review review = sampleReview(dir.path());
    review.findings[0].comments = QStringLiteral("No financial audit of the service.");
    review.findings[0].actions = {
        {QStringLiteral("Approve the financial procedures"), QDate(2026, 9, 30)}};
    auto ws = Workspace::open(dir.filePath(QStringLiteral("demo.seqohs")), Workspace::ReadOnly);
    REQUIRE(ws.ok());
    AssessorReportRenderer renderer(review);
    renderer.setCriteria(*AssessorReportRenderer::criteriaOf(**ws));
    REQUIRE(renderer.isDraft()); // most standards have no finding yet
    const QString pdf = dir.filePath(QStringLiteral("draft.pdf"));
    REQUIRE(renderer.writePdf(pdf).ok());
    const int pages = pdfPageCount(pdf);
    REQUIRE(pages >= 2);
    const QString text = pdfText(pdf);

    // No ligatures: the words are found as typed.
    CHECK(text.contains(QStringLiteral("No financial audit of the service.")));
    CHECK_FALSE(text.contains(QChar(0xFB01))); // fi
    CHECK_FALSE(text.contains(QChar(0xFB02))); // fl
    // Running header with the draft marking, and "Page N of M", on every page. (In reading
    // order: a table row carried over to the next page leaves clipped text beside the header.)
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        const QString one =
            pdfText(pdf, {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(page),
                          QStringLiteral("-l"), QString::number(page)});
        CHECK(one.contains(
            QStringLiteral("SEQOHS assessor report \u00B7 Northgate Occupational Health")));
        CHECK(one.contains(QStringLiteral("DRAFT")));
        CHECK(one.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
    }
    CHECK(text.contains(QStringLiteral("standards have no finding yet")));
    // The required-actions table keeps its columns apart.
    const QString layout = pdfText(pdf, {QStringLiteral("-layout")});
    const QString code = review.findings[0].standardCode;
    CHECK(layout.contains(QRegularExpression(
        QRegularExpression::escape(code) +
        QStringLiteral("\\s{2,}Approve the financial procedures\\s{2,}30 September 2026"))));
    CHECK_FALSE(layout.contains(code + QStringLiteral("Approve")));
    // Each finding shows its criteria with the service's result and evidence.
    const auto first =
        (*ws)->standardsSet().findAssessable(review.findings[0].criterionIds.first());
    REQUIRE(first);
    CHECK(text.simplified().contains(first->code + QLatin1Char(' ') + first->title));
    CHECK(text.contains(QStringLiteral("Evidence offered")));
    CHECK(text.simplified().contains(QStringLiteral("Service's result")));
    // The sign-off block.
    CHECK(text.contains(QStringLiteral("Sign-off")));
    CHECK(text.contains(QStringLiteral("Signature")));

    // With every finding recorded and a recommendation, it is no longer a draft.
    for (StandardFinding &f : review.findings) {
        if (f.result == FindingResult::NotRecorded)
            f.result = FindingResult::Met;
    }
    AssessorReportRenderer final(review);
    CHECK_FALSE(final.isDraft());
    const QString finalPdf = dir.filePath(QStringLiteral("final.pdf"));
    REQUIRE(final.writePdf(finalPdf).ok());
    CHECK_FALSE(pdfText(finalPdf).contains(QStringLiteral("DRAFT")));
    review.recommendation = Recommendation::None;
    CHECK(AssessorReportRenderer(review).isDraft());
}

TEST_CASE(
    "A finding carried over to the next page is in the PDF's text once; no heading ends a page",
    "[pack][report]")
{
    test::TempDir dir;
    Review review = sampleReview(dir.path());
    // Long comments on every standard, so that rows run over page ends. Each sentence carries a
    // token of its own that a reader's search must find exactly once.
    QStringList tokens;
    for (qsizetype f = 0; f < review.findings.size(); ++f) {
        QStringList sentences;
        for (int s = 0; s < 5 + f % 4; ++s) {
            const QString token = QStringLiteral("Gap%1x%2").arg(f).arg(s);
            tokens << token;
            sentences
                << QStringLiteral("%1: the service could not show this in practice.").arg(token);
        }
        review.findings[f].result = FindingResult::NotMet;
        review.findings[f].comments = sentences.join(QLatin1Char(' '));
        review.findings[f].actions = {{QStringLiteral("Provide the audit"), QDate(2026, 9, 30)}};
    }
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    REQUIRE(AssessorReportRenderer(review).writePdf(pdf).ok());
    REQUIRE(pdfPageCount(pdf) >= 3);
    const QString text = pdfText(pdf);
    for (const QString &token : std::as_const(tokens)) {
        INFO(token.toStdString());
        CHECK(text.count(token) == 1);
    }
    // No page ends with a heading: not a domain's, not a finding's criteria header.
    const int pages = pdfPageCount(pdf);
    for (int page = 1; page < pages; ++page) {
        QStringList lines =
            pdfText(pdf, {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                          QStringLiteral("-l"), QString::number(page)})
                .split(QLatin1Char('\n'));
        lines.removeIf([](const QString &line) {
            return line.trimmed().isEmpty() || line.contains(QStringLiteral("Page "));
        });
        REQUIRE(lines.size() >= 2);
        INFO("page " << page << " ends: "
                     << lines.mid(lines.size() - 2).join(QLatin1Char('|')).toStdString());
        CHECK_FALSE(lines.mid(lines.size() - 2)
                        .join(QLatin1Char(' '))
                        .contains(QStringLiteral("Evidence offered")));
        CHECK_FALSE(
            lines.last().contains(QRegularExpression(QStringLiteral("^\\s*\\d+ [A-Z][a-z]"))));
    }
}

TEST_CASE("The assessor window verifies a pack, records findings and responds", "[pack][gui]")
{
    test::TempDir dir;
    auto ws = packtest::demoWorkspace(dir.path());
    const SigningKey serviceKey = packtest::newKey();
    const QString pack = dir.filePath(QStringLiteral("submission.zip"));
    const QString root = packtest::writePack(*ws, serviceKey, pack);
    const QByteArray packHash = packtest::fileHash(pack);

    // As the assessor does it: File > Open a submission pack, choosing the file.
    AssessorWindow window;
    QSignalSpy opened(&window, &AssessorWindow::packOpened);
    Prompts::setNextFileNames({pack});
    guitest::triggerMenu(&window, QStringLiteral("File/Open a submission pack"));
    REQUIRE(opened.wait(60000));
    REQUIRE(opened.first().first().toBool());
    CHECK(window.verification().ok());
    // No fingerprint was named, so the window asks the assessor to check the one it shows.
    CHECK_FALSE(window.verification().signerConfirmed);
    CHECK(window.findChild<QTextBrowser *>()->toPlainText().contains(serviceKey.fingerprint()));
    CHECK(packtest::fileHash(pack) == packHash);
    CHECK(window.reviewPath() == dir.filePath(QStringLiteral("submission.review.json")));
    CHECK(QFileInfo::exists(window.reviewPath()));

    // Evidence is extracted privately and opens from there.
    const EvidenceItem file = [&] {
        for (const EvidenceItem &e : *ws->evidence()) {
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

    // As the assessor does it: File > Export assessor report, naming the file.
    const QString pdf = dir.filePath(QStringLiteral("assessor.pdf"));
    Prompts::setNextFileNames({pdf});
    guitest::triggerMenu(&window, QStringLiteral("File/Export assessor report (PDF)"));
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
    Prompts::setNextFileNames({pack});
    guitest::triggerMenu(&again, QStringLiteral("File/Open a submission pack"));
    REQUIRE(reopened.wait(60000));
    CHECK(again.review().recommendation == Recommendation::DeferWithActions);

    // The service imports the response through its dialog.
    ResponseImportDialog dialog(ws.get());
    QSignalSpy imported(&dialog, &ResponseImportDialog::responseImported);
    dialog.setExpectedFingerprint(key.fingerprint());
    dialog.setResponseFile(response);
    const qsizetype before = ws->actions()->size();
    REQUIRE(dialog.importResponse());
    CHECK(imported.size() == 1);
    CHECK(ws->actions()->size() == before + 1);
    CHECK(ResponseImport::findingsFor(*ws, f->criterionIds.first())->size() == 1);
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
    Prompts::setNextFileNames({tampered});
    guitest::triggerMenu(&window, QStringLiteral("File/Open a submission pack"));
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
    PackExportDialog dialog(ws.get(), WorkspaceLocation(ws->path()));
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
    CHECK(ws->pack(dialog.summary()->rootHash)->has_value());
}

TEST_CASE("The pack dialog leaves out evidence marked as personal data unless it is ticked with a "
          "reason",
          "[pack][gui]")
{
    test::TempDir dir;
    auto ws = packtest::demoWorkspace(dir.path());
    EvidenceItem marked = ws->evidence()->first();
    marked.personalData = true;
    REQUIRE(ws->updateEvidence(marked).ok());
    const SigningKey key = packtest::newKey();
    const QString keyPath = dir.filePath(QStringLiteral("keys/service.key"));
    REQUIRE(key.save(keyPath).ok());
    Prompts::setRecordErrors(true);

    const auto makePack = [&](const QString &name, const QString &reason, bool tick) {
        PackExportDialog dialog(ws.get(), WorkspaceLocation(ws->path()));
        dialog.setKeyPath(keyPath);
        const QString pack = dir.filePath(name);
        dialog.setDestination(pack);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("personalDataTable"));
        REQUIRE(table);
        REQUIRE(table->rowCount() == 1);
        CHECK(table->item(0, 0)->text().startsWith(QString::number(marked.id) + QLatin1Char(':')));
        if (tick) {
            table->item(0, 0)->setCheckState(Qt::Checked);
            table->item(0, 1)->setText(reason);
        }
        QSignalSpy finished(&dialog, &PackExportDialog::packFinished);
        QTest::mouseClick(guitest::buttonWithText(&dialog, QStringLiteral("Create pack")),
                          Qt::LeftButton);
        if (tick && reason.isEmpty()) {
            // Ticked without a reason: nothing starts, and the dialog says why.
            CHECK_FALSE(dialog.isRunning());
            CHECK(finished.isEmpty());
            return PackManifest();
        }
        REQUIRE(finished.wait(120000));
        REQUIRE(finished.first().first().toBool());
        const PackVerification result = PackVerifier(pack).verify();
        REQUIRE(result.ok());
        return result.manifest;
    };

    const PackManifest without = makePack(QStringLiteral("without.zip"), QString(), false);
    CHECK(without.personalDataLeftOut == 1);
    for (const PackManifest::Entry &e : without.entries)
        CHECK(e.evidenceId != marked.id);

    makePack(QStringLiteral("unreasoned.zip"), QString(), true);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("unreasoned.zip"))));

    const PackManifest with =
        makePack(QStringLiteral("with.zip"), QStringLiteral("The assessor asked for it"), true);
    CHECK(with.personalDataLeftOut == 0);
    REQUIRE(with.personalDataIncluded.size() == 1);
    CHECK(with.personalDataIncluded.first().first == marked.id);
    CHECK(with.personalDataIncluded.first().second == QStringLiteral("The assessor asked for it"));
    // The reason is in the service's audit trail.
    const QList<AuditEntry> trail = *ws->auditTrail();
    CHECK(std::any_of(trail.cbegin(), trail.cend(), [](const AuditEntry &e) {
        return e.after.contains("The assessor asked for it");
    }));
    Prompts::setRecordErrors(false);
}

TEST_CASE("The assessor previews a pack's evidence from its workspace, and a new pack closes the "
          "previews",
          "[pack][gui]")
{
    test::TempDir dir;
    auto ws = packtest::demoWorkspace(dir.path());
    const QString pack = dir.filePath(QStringLiteral("submission.zip"));
    packtest::writePack(*ws, packtest::newKey(), pack);
    AssessorWindow window;
    window.show();
    QSignalSpy opened(&window, &AssessorWindow::packOpened);
    Prompts::setNextFileNames({pack});
    guitest::triggerMenu(&window, QStringLiteral("File/Open a submission pack"));
    REQUIRE(opened.wait(60000));
    REQUIRE(opened.first().first().toBool());

    auto *tabs = window.findChild<QTabWidget *>();
    REQUIRE(tabs);
    for (int t = 0; t < tabs->count(); ++t) {
        if (tabs->tabText(t).remove(QLatin1Char('&')) == QStringLiteral("Evidence"))
            tabs->setCurrentIndex(t);
    }
    QTableView *table = nullptr;
    for (QTableView *v : tabs->currentWidget()->findChildren<QTableView *>())
        table = v;
    REQUIRE(table);
    REQUIRE(table->model());
    // A file item: the demo's first file.
    int row = -1;
    for (int r = 0; r < table->model()->rowCount() && row < 0; ++r) {
        const qint64 id =
            table->model()->index(r, 0).data(EvidenceModel::EvidenceIdRole).toLongLong();
        if ((*ws->evidenceItem(id))->kind == EvidenceItem::Kind::File)
            row = r;
    }
    REQUIRE(row >= 0);
    table->setCurrentIndex(table->model()->index(row, 0));
    QTest::mouseClick(guitest::buttonWithText(tabs->currentWidget(), QStringLiteral("Preview")),
                      Qt::LeftButton);
    QPointer<EvidencePreviewWindow> preview;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *p = qobject_cast<EvidencePreviewWindow *>(w); p && p->isVisible())
            preview = p;
    }
    REQUIRE(preview);
    // It shows the document, or says plainly why it cannot.
    CHECK((preview->showsPdf() || preview->showsImage() || !preview->message().isEmpty()));

    // Opening the pack again lets go of the old snapshot: its previews close first.
    opened.clear();
    Prompts::setNextFileNames({pack});
    guitest::triggerMenu(&window, QStringLiteral("File/Open a submission pack"));
    REQUIRE(opened.wait(60000));
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK((preview.isNull() || !preview->isVisible()));
}
