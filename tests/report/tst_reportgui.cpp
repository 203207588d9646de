#include "reportfixture.h"
#include "teamworkspace.h"
#include "testsupport.h"

#include "exportdialog.h"
#include "printsupport.h"
#include "prompts.h"
#include "reporting/assessmentimport.h"
#include "reporting/assessmentjson.h"
#include "reporting/readinessreportbuilder.h"
#include "scoring/scorer.h"

#include <QFile>
#include <QPrinter>
#include <QProcess>
#include <QSignalSpy>

using namespace seqohs;

namespace {

QByteArray head(const QString &path, int bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.read(bytes);
}

} // namespace

TEST_CASE("The export dialog writes every format off the GUI thread")
{
    test::TempDir dir;
    const ScoringInput input = richInput(10);
    const QList<std::pair<ExportDialog::Format, QByteArray>> formats{
        {ExportDialog::Format::Pdf, "%PDF"},
        {ExportDialog::Format::Html, "<!DOCTYPE html>"},
        {ExportDialog::Format::Odt, "PK"},
        {ExportDialog::Format::Xlsx, "PK"},
        {ExportDialog::Format::Csv, "\xEF\xBB\xBF"},
        {ExportDialog::Format::Json, "{"}};
    for (const auto &[format, magic] : formats) {
        ExportDialog dialog(input);
        dialog.setFormat(format);
        const QString path = dir.filePath(QStringLiteral("out.") + ExportDialog::suffix(format));
        dialog.setDestination(path);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        CHECK(dialog.isExporting());
        REQUIRE(finished.wait(60000));
        INFO(path << ": " << finished.first().at(2).toString());
        REQUIRE(finished.first().at(0).toBool());
        CHECK(finished.first().at(1).toString() == path);
        CHECK(head(path, int(magic.size())) == magic);
        CHECK_FALSE(dialog.isExporting());
    }
}

TEST_CASE("The export dialog shows an error and stays open when the file cannot be written")
{
    test::TempDir dir;
    ExportDialog dialog(richInput(3));
    dialog.setFormat(ExportDialog::Format::Csv);
    const QString path = dir.filePath(QStringLiteral("missing/out.csv"));
    dialog.setDestination(path);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.startExport();
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(finished.first().at(0).toBool());
    CHECK(finished.first().at(2).toString().contains(path));
    CHECK(dialog.result() != QDialog::Accepted);
}

TEST_CASE("Printing paints the report pages on a printer")
{
    test::TempDir dir;
    const ScoringInput input = richInput(10);
    const ReadinessReport report = ReadinessReportBuilder::build(input, Scorer::score(input));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(pdf);
    printer.setFullPage(true);
    const Status printed = PrintSupport::print(report, printer);
    INFO(printed.errorString());
    REQUIRE(printed.ok());
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    CHECK(text.contains(QStringLiteral("Page 1 of")));
    CHECK(text.contains(QStringLiteral("Gap list")));
}

TEST_CASE("CLI report writes PDF, HTML and ODT from a workspace", "[engines]")
{
    test::TempDir dir;
    const QString ws = dir.filePath(QStringLiteral("ws.seqohs"));
    Expected<AssessmentJson::Document> doc =
        AssessmentJson::read(AssessmentJson::toJson(richInput(12)), QStringLiteral("fixture"));
    REQUIRE(doc.ok());
    REQUIRE(AssessmentImport::createWorkspace(*doc, ws).ok());
    test::workspaceLocation(ws); // on the server run, the commands below then name the server
    for (const char *format : {"pdf", "html", "odt"}) {
        const QString out = dir.filePath(QStringLiteral("r.") + QLatin1String(format));
        const test::CliRun run = test::runCli({QStringLiteral("report"), QStringLiteral("-w"), ws,
                                               QStringLiteral("--format"), QLatin1String(format),
                                               QStringLiteral("--out"), out, QStringLiteral("--at"),
                                               QStringLiteral("2026-03-01")});
        INFO(format << ": " << run.err);
        REQUIRE(run.exitCode == 0);
        CHECK(QFile(out).size() > 1000);
    }
    const test::CliRun bad =
        test::runCli({QStringLiteral("report"), QStringLiteral("-w"), ws, QStringLiteral("--out"),
                      dir.filePath(QStringLiteral("r.docx"))});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("pdf, html, odt")));
}
