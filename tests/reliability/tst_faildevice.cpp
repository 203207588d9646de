// Every writer that goes through saveFileAtomically, made to fail by a device that stops taking
// bytes after N of them (as a full disk does) or that fails when the file is about to take its
// name. Each must report an error naming the file and leave the previous file byte for byte.

#include "faildevice.h"
#include "readvalue.h"
#include "testsupport.h"

#include "../pack/packtesthelpers.h"
#include "../reporting/reportfixture.h"
#include "assessorreportrenderer.h"
#include "pack/packverifier.h"
#include "pack/responsefile.h"
#include "pack/review.h"
#include "pack/signingkey.h"
#include "reporting/assessmentjson.h"
#include "reporting/csvwriter.h"
#include "reporting/readinessreportbuilder.h"
#include "reporting/xlsxexport.h"
#include "reportrenderer.h"
#include "scoring/scorer.h"
#include "workspace/workspace.h"

#include <QFile>

#include <functional>

using namespace seqohs;

namespace {

const QByteArray Previous("the previous file, which must survive\n");

struct Writer
{
    const char *name;
    std::function<Status(const QString &path)> write;
};

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Runs the writer once without a fault (it must succeed: the failure below is then the fault's),
// then with each fault over a previous file.
void checkFailures(const test::TempDir &dir, const Writer &writer)
{
    INFO(writer.name);
    const QString fine = dir.filePath(QStringLiteral("fine-") + QLatin1String(writer.name));
    const Status written = writer.write(fine);
    INFO(written.errorString());
    REQUIRE(written.ok());
    const qint64 full = QFileInfo(fine).size();
    REQUIRE(full > 16);

    struct Fault
    {
        test::SaveFileFailure::Mode mode;
        qint64 after;
        const char *what;
    };
    for (const Fault &fault :
         {Fault{test::SaveFileFailure::AfterBytes, 0, "at the first byte"},
          Fault{test::SaveFileFailure::AfterBytes, full / 2, "half way"},
          Fault{test::SaveFileFailure::AfterBytes, full - 1, "at the last byte"},
          Fault{test::SaveFileFailure::AtCommit, 0, "at commit"}}) {
        INFO(fault.what);
        const QString path =
            dir.filePath(QStringLiteral("%1-%2").arg(QLatin1String(writer.name)).arg(fault.after));
        {
            QFile previous(path);
            REQUIRE(previous.open(QIODevice::WriteOnly));
            REQUIRE(previous.write(Previous) == Previous.size());
        }
        Status failed = success();
        {
            test::SaveFileFailure failure(fault.mode, fault.after);
            failed = writer.write(path);
            CHECK(failure.saves() == 1);
        }
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.errors().size() == 1);
        CHECK(failed.error().file == path);
        CHECK(failed.error().message ==
              (fault.mode == test::SaveFileFailure::AtCommit
                   ? QStringLiteral("The file could not be saved: Input/output error")
                   : QStringLiteral("The disk is full: the file was not saved.")));
        CHECK(contentOf(path) == Previous);
        // Nothing is left beside it.
        CHECK(QDir(dir.path())
                  .entryList({QLatin1String(writer.name) + QStringLiteral("-*")}, QDir::Files)
                  .size() == 1);
        QFile::remove(path);
    }
}

} // namespace

TEST_CASE("Every writer reports a failing device and keeps the previous file", "[faildevice]")
{
    test::TempDir dir;
    const ScoringInput input = richInput(12);
    const Readiness readiness = Scorer::score(input);
    ReportOptions options;
    options.generated = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    const ReadinessReport report = ReadinessReportBuilder::build(input, readiness, options);
    const ReportRenderer renderer(report);

    auto ws = packtest::demoWorkspace(dir.path());
    const SigningKey key = packtest::newKey();
    const QString pack = dir.filePath(QStringLiteral("pack.zip"));
    packtest::writePack(*ws, key, pack);
    const PackVerification verified = PackVerifier(pack).verify();
    REQUIRE(verified.ok());
    Review review = Review::begin(verified, pack, ws->standardsSet(), test::read(ws->profile()),
                                  QStringLiteral("Assessor"));
    review.findings[0].result = FindingResult::Met;
    review.recommendation = Recommendation::Accredit;
    Expected<ResponseFile> response = ResponseFile::fromReview(review);
    REQUIRE(response.ok());
    const AssessorReportRenderer assessorReport(review);
    const qint64 evidenceId = test::read(ws->evidence()).first().id;

    const QList<Writer> writers{
        {"assessment.csv",
         [&](const QString &p) {
             return CsvWriter::write(report, CsvWriter::Table::Assessment, p);
         }},
        {"evidence.csv",
         [&](const QString &p) { return CsvWriter::write(report, CsvWriter::Table::Evidence, p); }},
        {"actions.csv",
         [&](const QString &p) { return CsvWriter::write(report, CsvWriter::Table::Actions, p); }},
        {"report.xlsx", [&](const QString &p) { return XlsxExport::write(report, p); }},
        {"assessment.json", [&](const QString &p) { return AssessmentJson::write(input, p); }},
        {"report.html", [&](const QString &p) { return renderer.writeHtml(p); }},
        {"report.pdf", [&](const QString &p) { return renderer.writePdf(p); }},
        {"report.odt", [&](const QString &p) { return renderer.writeOdt(p); }},
        {"review.json", [&](const QString &p) { return review.save(p); }},
        {"response.json", [&](const QString &p) { return response->save(p, key); }},
        {"assessor-report.pdf", [&](const QString &p) { return assessorReport.writePdf(p); }},
        {"evidence-export",
         [&](const QString &p) { return ws->exportEvidenceFile(evidenceId, p); }},
    };
    for (const Writer &w : writers)
        checkFailures(dir, w);
}

TEST_CASE("A key file that cannot be written is reported and leaves nothing behind", "[faildevice]")
{
    test::TempDir dir;
    const SigningKey key = packtest::newKey();
    const QString fine = dir.filePath(QStringLiteral("fine.key"));
    REQUIRE(key.save(fine).ok());
    // Nobody but its owner may read it.
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    CHECK((QFileInfo(fine).permissions() & others) == QFileDevice::Permissions());
    const qint64 full = QFileInfo(fine).size();
    for (const qint64 after : {qint64(0), full / 2, full - 1}) {
        INFO("fails after " << after << " bytes");
        const QString path = dir.filePath(QStringLiteral("k%1.key").arg(after));
        test::SaveFileFailure failure(test::SaveFileFailure::AfterBytes, after);
        const Status saved = key.save(path);
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().file == path);
        CHECK(saved.error().message == QStringLiteral("The disk is full: the file was not saved."));
        CHECK_FALSE(QFileInfo::exists(path));
    }
    {
        const QString path = dir.filePath(QStringLiteral("commit.key"));
        test::SaveFileFailure failure(test::SaveFileFailure::AtCommit);
        REQUIRE_FALSE(key.save(path).ok());
        CHECK_FALSE(QFileInfo::exists(path));
    }
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("fine.key")});
}
