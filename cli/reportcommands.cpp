// The "report", "export" and "import" command groups: the readiness report as PDF, HTML or ODT;
// the assessment, evidence index and action plan as XLSX, CSV or JSON; and a new workspace from
// an exported JSON assessment.

#include "command.h"
#include "workspacecli.h"

#include "common/clock.h"
#include "pack/responseimport.h"
#include "reporting/assessmentimport.h"
#include "reporting/assessmentjson.h"
#include "reporting/csvwriter.h"
#include "reporting/readinessreportbuilder.h"
#include "reporting/signoffsection.h"
#include "reporting/xlsxexport.h"
#include "scoring/scorer.h"
#include "workspace/scoringinputbuilder.h"
#include "workspace/workspace.h"

#ifdef SEQOHS_HAVE_REPORT
#include "reportrenderer.h"
#endif

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

using namespace seqohs;
using Cli = WorkspaceCli;

namespace {

QCommandLineOption formatOption(const QString &formats)
{
    return QCommandLineOption(
        QStringLiteral("format"),
        WorkspaceCli::tr("The file format: %1. Default: from the --out suffix.").arg(formats),
        QStringLiteral("FORMAT"));
}

QCommandLineOption outOption()
{
    return Cli::outOption(WorkspaceCli::tr("The file to write."));
}

QCommandLineOption atOption()
{
    return QCommandLineOption(
        QStringLiteral("at"),
        WorkspaceCli::tr("The date the figures are for (YYYY-MM-DD). Default: today."),
        QStringLiteral("DATE"));
}

// --format, else the suffix of --out; empty after a usage error.
QString chosenFormat(const QCommandLineParser &parser, const QStringList &allowed,
                     const Cli::Command &command, QTextStream &err)
{
    QString format = parser.value(QStringLiteral("format")).toLower();
    if (format.isEmpty())
        format = QFileInfo(parser.value(QStringLiteral("out"))).suffix().toLower();
    if (format == QLatin1String("htm"))
        format = QStringLiteral("html");
    if (!allowed.contains(format)) {
        Cli::usageError(
            err,
            format.isEmpty()
                ? WorkspaceCli::tr("Choose a format with --format (%1).")
                      .arg(allowed.join(QStringLiteral(", ")))
                : WorkspaceCli::tr("'%1' is not a format this command writes; use one of: %2.")
                      .arg(format, allowed.join(QStringLiteral(", "))),
            command);
        return QString();
    }
    return format;
}

// The report model of a workspace on a date, with its snapshots as history.
Expected<ReadinessReport> reportFor(const Workspace &ws, const ScoringInput &input,
                                    QTextStream &err)
{
    const Readiness readiness = Scorer::score(input);
    ReportOptions options;
    Expected<QList<SnapshotInfo>> read = ws.snapshots();
    if (!read)
        return read.errors();
    const QList<SnapshotInfo> &infos = *read;
    for (const SnapshotInfo &info : infos) {
        const Expected<QByteArray> json = ws.snapshot(info.name);
        if (!json)
            continue;
        Expected<Snapshot> snapshot = Snapshot::fromJson(*json, info.name);
        if (snapshot)
            options.history << snapshot.value();
        else
            err << WorkspaceCli::tr("Note: snapshot \"%1\" is left out of the report: %2")
                       .arg(info.name, snapshot.errorString())
                << '\n';
    }
    Expected<std::optional<ReadinessReport::AssessorResponse>> response =
        ResponseImport::reportSection(ws);
    if (!response)
        return response.errors();
    options.response = *response;
    Expected<QList<ReadinessReport::SignOffLine>> signOffs = SignOffSection::of(ws);
    if (!signOffs)
        return signOffs.errors();
    options.signOffs = *signOffs;
    return ReadinessReportBuilder::build(input, readiness, options);
}

int runReport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("report"),
        QStringLiteral("seqohs-tracker-cli report -w FILE --format pdf|html|odt --out FILE "
                       "[--at DATE]"),
        WorkspaceCli::tr(
            "Writes the readiness report: cover with the verdict, summary by domain with charts, "
            "must criteria, why not ready, readiness checks, gap list, action plan, evidence "
            "expiring before the visit, evidence index and an appendix of narratives.")};
    QCommandLineParser parser;
    parser.addOption(Cli::workspaceOption());
    parser.addOption(formatOption(QStringLiteral("pdf, html, odt")));
    parser.addOption(outOption());
    parser.addOption(atOption());
    if (auto code = Cli::parse(parser, args, 1, command, out, err))
        return *code;
    if (int code = Cli::unexpectedArguments(parser, 0, command, err))
        return code;
#ifndef SEQOHS_HAVE_REPORT
    err << WorkspaceCli::tr(
               "seqohs-tracker-cli: this build has no report renderer (it was configured without "
               "the GUI). Build with SEQOHS_GUI=ON to write PDF, HTML or ODT reports; 'export' "
               "writes XLSX, CSV and JSON in this build too.")
        << '\n';
    return Cli::Failure;
#else
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return Cli::usageError(err, WorkspaceCli::tr("Name the report file with --out FILE."),
                               command);
    const QString format =
        chosenFormat(parser, {QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("odt")},
                     command, err);
    if (format.isEmpty())
        return Cli::Usage;
    const std::optional<QDate> at = Cli::date(parser, QStringLiteral("at"), command, err);
    if (!at)
        return Cli::Usage;
    int exitCode = Cli::Success;
    const std::unique_ptr<Workspace> ws =
        Cli::openWorkspace(parser, command, err, exitCode, Workspace::ReadOnly);
    if (!ws)
        return exitCode;

    const std::optional<ScoringInput> input =
        Cli::take(scoringInputFor(*ws, at->isValid() ? *at : Clock::today()), err);
    if (!input)
        return Cli::Failure;
    const std::optional<ReadinessReport> report = Cli::take(reportFor(*ws, *input, err), err);
    if (!report)
        return Cli::Failure;
    const ReportRenderer renderer(*report);
    Status written = format == QLatin1String("pdf")    ? renderer.writePdf(outPath)
                     : format == QLatin1String("html") ? renderer.writeHtml(outPath)
                                                       : renderer.writeOdt(outPath);
    if (!written)
        return Cli::printErrors(err, written.errors());
    out << WorkspaceCli::tr("Wrote the readiness report to %1 (%2).").arg(outPath, format.toUpper())
        << '\n';
    return Cli::Success;
#endif
}

int runExport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("export"),
        QStringLiteral("seqohs-tracker-cli export -w FILE --format xlsx|csv|json --out FILE "
                       "[--what assessment|evidence|actions] [--at DATE]"),
        WorkspaceCli::tr(
            "Exports for spreadsheets and other tools. XLSX: one workbook with the sheets "
            "Summary, Assessment, Evidence and Actions, and the assessor's findings once a "
            "response is imported. CSV: one table per file, chosen with "
            "--what (default: assessment). JSON: the whole assessment, which 'import' turns "
            "into a new workspace; evidence files themselves are not included.")};
    QCommandLineParser parser;
    parser.addOption(Cli::workspaceOption());
    parser.addOption(formatOption(QStringLiteral("xlsx, csv, json")));
    parser.addOption(outOption());
    parser.addOption(QCommandLineOption(
        QStringLiteral("what"),
        WorkspaceCli::tr(
            "For CSV, the table: assessment, evidence or actions. Default: assessment."),
        QStringLiteral("TABLE")));
    parser.addOption(atOption());
    if (auto code = Cli::parse(parser, args, 1, command, out, err))
        return *code;
    if (int code = Cli::unexpectedArguments(parser, 0, command, err))
        return code;
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return Cli::usageError(err, WorkspaceCli::tr("Name the file to write with --out FILE."),
                               command);
    const QString format = chosenFormat(
        parser, {QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("json")}, command,
        err);
    if (format.isEmpty())
        return Cli::Usage;
    CsvWriter::Table table = CsvWriter::Table::Assessment;
    const QString what = parser.value(QStringLiteral("what")).toLower();
    if (!what.isEmpty() && format != QLatin1String("csv")) {
        return Cli::usageError(
            err,
            WorkspaceCli::tr("--what chooses the table of a CSV file; %1 holds them all.")
                .arg(format.toUpper()),
            command);
    }
    if (what == QLatin1String("evidence"))
        table = CsvWriter::Table::Evidence;
    else if (what == QLatin1String("actions"))
        table = CsvWriter::Table::Actions;
    else if (!what.isEmpty() && what != QLatin1String("assessment"))
        return Cli::usageError(
            err,
            WorkspaceCli::tr("--what: '%1' is not a table; use assessment, evidence or actions.")
                .arg(what),
            command);
    const std::optional<QDate> at = Cli::date(parser, QStringLiteral("at"), command, err);
    if (!at)
        return Cli::Usage;
    int exitCode = Cli::Success;
    const std::unique_ptr<Workspace> ws =
        Cli::openWorkspace(parser, command, err, exitCode, Workspace::ReadOnly);
    if (!ws)
        return exitCode;

    const std::optional<ScoringInput> read =
        Cli::take(scoringInputFor(*ws, at->isValid() ? *at : Clock::today()), err);
    if (!read)
        return Cli::Failure;
    const ScoringInput &input = *read;
    Status written = success();
    if (format == QLatin1String("json")) {
        const std::optional<QList<QJsonObject>> responses =
            Cli::take(AssessmentJson::assessorResponsesOf(*ws), err);
        if (!responses)
            return Cli::Failure;
        written = AssessmentJson::write(input, outPath, true, *responses);
    } else {
        const std::optional<ReadinessReport> report = Cli::take(reportFor(*ws, input, err), err);
        if (!report)
            return Cli::Failure;
        written = format == QLatin1String("xlsx") ? XlsxExport::write(*report, outPath)
                                                  : CsvWriter::write(*report, table, outPath);
    }
    if (!written)
        return Cli::printErrors(err, written.errors());
    out << WorkspaceCli::tr("Wrote %1 (%2).").arg(outPath, format.toUpper()) << '\n';
    return Cli::Success;
}

int runImport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("import"),
        QStringLiteral("seqohs-tracker-cli import FILE.json --out NEW.seqohs "
                       "[--evidence-from FOLDER]"),
        WorkspaceCli::tr(
            "Creates a new workspace from an assessment exported as JSON. The export holds no "
            "evidence files: files found in --evidence-from with the recorded SHA-256 are added; "
            "the others become written statements naming the file to add again. Never "
            "overwrites an existing file.")};
    QCommandLineParser parser;
    parser.addOption(outOption());
    parser.addOption(QCommandLineOption(QStringLiteral("evidence-from"),
                                        WorkspaceCli::tr("A folder holding the evidence files."),
                                        QStringLiteral("FOLDER")));
    if (auto code = Cli::parse(parser, args, 1, command, out, err))
        return *code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return Cli::usageError(err, WorkspaceCli::tr("Name one exported JSON file to import."),
                               command);
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return Cli::usageError(err, WorkspaceCli::tr("Name the new workspace with --out FILE."),
                               command);
    if (QFileInfo::exists(outPath)) {
        err << Error{WorkspaceCli::tr("The file already exists; import never overwrites a file"),
                     outPath, QString(), WorkspaceCli::tr("Choose a new name for the workspace.")}
                   .toString()
            << '\n';
        return Cli::Failure;
    }
    const Expected<AssessmentJson::Document> document =
        AssessmentJson::readFile(positional.first());
    if (!document)
        return Cli::printErrors(err, document.errors());
    AssessmentImport::Options options;
    options.evidenceFolder = parser.value(QStringLiteral("evidence-from"));
    // Built under a temporary name and renamed when complete, so an interruption never leaves
    // a half-imported workspace under the name asked for (a rerun clears the leftover).
    const QString building = Cli::buildingName(outPath);
    Expected<AssessmentImport::Result> imported =
        AssessmentImport::createWorkspace(*document, building, options);
    if (!imported)
        return Cli::printErrors(err, imported.errors());
    imported->workspace.reset(); // closes it: the log is folded into the file
    if (Status published = Cli::publishBuilt(building, outPath); !published)
        return Cli::printErrors(err, published.errors());
    const ScoringInput &input = document->input;
    out << WorkspaceCli::tr("Created %1 from %2: %3, %4, %5.")
               .arg(outPath, positional.first(),
                    WorkspaceCli::tr("%n assessment(s)", nullptr, int(input.assessments.size())),
                    WorkspaceCli::tr("%n evidence item(s)", nullptr, int(input.evidence.size())),
                    WorkspaceCli::tr("%n action(s)", nullptr, int(input.actions.size())))
        << '\n';
    if (imported->filesPlaceholder > 0) {
        out << WorkspaceCli::tr("%n evidence file(s) were not in the export and became written "
                                "statements; add them again:",
                                nullptr, imported->filesPlaceholder)
            << '\n';
        for (const QString &note : imported->notes)
            out << "  " << note << '\n';
    }
    return Cli::Success;
}

Command reportGroup()
{
    // Every format of the report is rendered with Qt Gui (the charts are Qt Charts).
    return Command(QStringLiteral("report"),
                   QStringLiteral("report -w FILE --format pdf|html|odt --out FILE [--at DATE]\n"
                                  "                                            the readiness "
                                  "report"),
                   62, runReport)
        .needingGui();
}

Command exportGroup()
{
    return {QStringLiteral("export"),
            QStringLiteral("export -w FILE --format xlsx|csv|json --out FILE [--what TABLE]\n"
                           "                                            spreadsheets and JSON"),
            65, runExport};
}

Command importGroup()
{
    return {QStringLiteral("import"),
            QStringLiteral("import FILE.json --out NEW.seqohs           a workspace from JSON"), 68,
            runImport};
}

} // namespace

SEQOHS_REGISTER_COMMAND(reportGroup)
SEQOHS_REGISTER_COMMAND(exportGroup)
SEQOHS_REGISTER_COMMAND(importGroup)
