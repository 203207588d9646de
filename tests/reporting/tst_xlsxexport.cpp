#include "reportfixture.h"
#include "testsupport.h"

#include "reporting/readinessreportbuilder.h"
#include "reporting/reporttable.h"
#include "reporting/xlsxexport.h"
#include "scoring/scorer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace seqohs;

namespace {

// Reads the workbook with openpyxl, an independent reader, and returns what it saw as JSON.
const char *const dumpScript = R"PY(
import json, sys, datetime
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames}
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows(values_only=True):
        rows.append([v.isoformat() if isinstance(v, (datetime.date, datetime.datetime)) else v
                     for v in row])
    levels = [ws.row_dimensions[r].outline_level for r in range(1, ws.max_row + 1)]
    out[ws.title] = {"rows": rows, "levels": levels, "freeze": ws.freeze_panes}
print(json.dumps(out))
)PY";

// Debian's python3 has openpyxl; a python3 earlier on PATH may not.
QString pythonWithOpenpyxl()
{
    for (const QString &candidate :
         {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
        QProcess p;
        p.start(candidate, {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
        if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return candidate;
    }
    return QString();
}

QJsonObject readBack(const QString &path)
{
    const QString python = pythonWithOpenpyxl();
    INFO("python3-openpyxl is needed to read the workbook back (scripts/setup installs it)");
    REQUIRE_FALSE(python.isEmpty());
    QProcess p;
    p.start(python, {QStringLiteral("-c"), QString::fromUtf8(dumpScript), path});
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()));
    REQUIRE(p.exitCode() == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

QJsonArray row(const QJsonObject &sheet, int index)
{
    return sheet.value(QStringLiteral("rows")).toArray().at(index).toArray();
}

} // namespace

TEST_CASE("The workbook opens in openpyxl with four sheets, the hierarchy and real values")
{
    test::TempDir dir;
    const ScoringInput input = richInput(20);
    const ReadinessReport report = ReadinessReportBuilder::build(input, Scorer::score(input));
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    const Status written = XlsxExport::write(report, path);
    INFO(written.errorString());
    REQUIRE(written.ok());

    const QJsonObject book = readBack(path);
    CHECK(book.value(QStringLiteral("sheets")).toArray() ==
          QJsonArray{QStringLiteral("Summary"), QStringLiteral("Assessment"),
                     QStringLiteral("Evidence"), QStringLiteral("Actions")});

    SECTION("Summary: the cover facts, the summary notice and a row per domain")
    {
        const QJsonObject sheet = book.value(QStringLiteral("Summary")).toObject();
        const QJsonArray rows = sheet.value(QStringLiteral("rows")).toArray();
        CHECK(row(sheet, 0).at(0).toString() == report.cover.title);
        bool sawService = false;
        bool sawVerdict = false;
        bool sawNotice = false;
        int domainRows = 0;
        for (const QJsonValue &r : rows) {
            const QJsonArray cells = r.toArray();
            const QString first = cells.at(0).toString();
            if (first == QStringLiteral("Service"))
                sawService = cells.at(1).toString() == report.cover.serviceName;
            if (first == QStringLiteral("Verdict"))
                sawVerdict = cells.at(1).toString() == verdictDisplayName(report.cover.verdict);
            if (first.contains(QStringLiteral("not the official wording")))
                sawNotice = true;
            for (const NodeScore &d : report.domains) {
                if (first == d.code && cells.at(1).toString() == d.title) {
                    ++domainRows;
                    CHECK(cells.at(2).toDouble() == Approx(d.figures.score().value_or(-1)));
                }
            }
        }
        CHECK(sawService);
        CHECK(sawVerdict);
        CHECK(sawNotice == report.summarySet);
        CHECK(domainRows == report.domains.size());
    }

    SECTION("Assessment: heading rows for domains and standards, items outlined beneath")
    {
        const QJsonObject sheet = book.value(QStringLiteral("Assessment")).toObject();
        const ReportTable table = ReportTable::assessment(report, true);
        const QJsonArray rows = sheet.value(QStringLiteral("rows")).toArray();
        REQUIRE(rows.size() == table.rows.size() + 1);
        QJsonArray header;
        for (const ReportTable::Column &c : table.columns)
            header << c.name;
        CHECK(row(sheet, 0) == header);
        CHECK(sheet.value(QStringLiteral("freeze")).toString() == QStringLiteral("A2"));
        const QJsonArray levels = sheet.value(QStringLiteral("levels")).toArray();
        int items = 0;
        for (qsizetype i = 0; i < table.rows.size(); ++i) {
            const ReportTable::Row &expected = table.rows.at(i);
            CHECK(levels.at(i + 1).toInt() == expected.level);
            const QJsonArray cells = row(sheet, int(i) + 1);
            CHECK(cells.at(0).toString() == expected.cells.at(0).toString());
            if (!expected.heading) {
                const ReadinessReport::Item &item = report.items.at(items++);
                CHECK(cells.at(4).toString() == item.itemId);
                CHECK(cells.at(10).toString() == resultDisplayName(item.result));
                CHECK(cells.at(17).toString() == item.narrative);
                if (item.score)
                    CHECK(cells.at(11).toDouble() == Approx(*item.score));
            }
        }
        CHECK(items == report.items.size());
    }

    SECTION("Evidence: one row per item with real dates")
    {
        const QJsonObject sheet = book.value(QStringLiteral("Evidence")).toObject();
        const QJsonArray rows = sheet.value(QStringLiteral("rows")).toArray();
        REQUIRE(rows.size() == report.evidence.size() + 1);
        for (qsizetype i = 0; i < report.evidence.size(); ++i) {
            const ReadinessReport::EvidenceRow &e = report.evidence.at(i);
            const QJsonArray cells = row(sheet, int(i) + 1);
            CHECK(cells.at(0).toInt() == e.id);
            CHECK(cells.at(1).toString() == e.title);
            if (e.reviewBy.isValid())
                CHECK(cells.at(5).toString().startsWith(e.reviewBy.toString(Qt::ISODate)));
            else
                CHECK(cells.at(5).isNull());
        }
    }

    SECTION("Actions: the plan in the report's order")
    {
        const QJsonObject sheet = book.value(QStringLiteral("Actions")).toObject();
        REQUIRE(sheet.value(QStringLiteral("rows")).toArray().size() == report.actions.size() + 1);
        CHECK(row(sheet, 1).at(1).toString() == report.actions.first().text);
    }
}

TEST_CASE("An XLSX export to a folder that does not exist fails and names the file")
{
    test::TempDir dir;
    const ScoringInput input = richInput(2);
    const ReadinessReport report = ReadinessReportBuilder::build(input, Scorer::score(input));
    const QString path = dir.filePath(QStringLiteral("no/such/folder/report.xlsx"));
    const Status written = XlsxExport::write(report, path);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().file == path);
    CHECK_FALSE(written.error().hint.isEmpty());
}

namespace {

// What a spreadsheet user sees beyond the values: types, formats, filter, heights, print setup.
const char *const layoutScript = R"PY(
import json, sys, datetime
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    facts = {}
    if ws.title == "Summary":
        for r in range(1, 40):
            label = ws.cell(r, 1).value
            if isinstance(label, str):
                cell = ws.cell(r, 2)
                facts[label] = {"type": type(cell.value).__name__,
                                "value": cell.value.isoformat() if isinstance(cell.value, (datetime.date, datetime.datetime)) else cell.value,
                                "format": cell.number_format,
                                "fill": cell.fill.fgColor.rgb if cell.fill and cell.fill.fill_type else None,
                                "font": cell.font.color.rgb if cell.font and cell.font.color else None}
    heights = {}
    for r in range(1, ws.max_row + 1):
        h = ws.row_dimensions[r].height
        if h:
            heights[str(r)] = h
    last = {}
    for r in range(1, ws.max_row + 1):
        if ws.cell(r, 2).value == "Overall":
            last["overall"] = r
    ps = ws.page_setup
    out[ws.title] = {"facts": facts, "filter": ws.auto_filter.ref, "heights": heights,
                     "orientation": ps.orientation, "fitWidth": 1 if ps.fitToWidth is None else ps.fitToWidth,  # 1 is the default in OOXML
                     "fitHeight": ps.fitToHeight, "fit": ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None,
                     "titles": ws.print_title_rows, "maxRow": ws.max_row, **last}
print(json.dumps(out, default=str))
)PY";

} // namespace

TEST_CASE("The workbook types its facts, keeps the total out of the filter and prints landscape")
{
    test::TempDir dir;
    const ScoringInput input = richInput(20);
    ReportOptions options;
    options.generated = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
    const ReadinessReport report =
        ReadinessReportBuilder::build(input, Scorer::score(input), options);
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    REQUIRE(XlsxExport::write(report, path).ok());

    const QString python = pythonWithOpenpyxl();
    REQUIRE_FALSE(python.isEmpty());
    QProcess p;
    p.start(python, {QStringLiteral("-c"), QString::fromUtf8(layoutScript), path});
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    const QJsonObject book = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const QJsonObject summary = book.value(QStringLiteral("Summary")).toObject();
    const QJsonObject facts = summary.value(QStringLiteral("facts")).toObject();
    auto fact = [&](const char *label) {
        return facts.value(QString::fromLatin1(label)).toObject();
    };

    // Dates are dates, shares are numbers shown as percentages, counts are numbers.
    CHECK(fact("Figures as of").value(QStringLiteral("type")) == QStringLiteral("datetime"));
    CHECK(fact("Figures as of").value(QStringLiteral("value")) ==
          QStringLiteral("2026-03-01T00:00:00"));
    CHECK(fact("Planned visit").value(QStringLiteral("value")) ==
          QStringLiteral("2026-09-15T00:00:00"));
    CHECK(fact("Generated").value(QStringLiteral("value")) ==
          QStringLiteral("2026-03-01T09:30:00"));
    CHECK(fact("Score").value(QStringLiteral("type")) == QStringLiteral("float"));
    CHECK(fact("Score").value(QStringLiteral("value")).toDouble() == Approx(*report.cover.score));
    CHECK(fact("Score").value(QStringLiteral("format")) == QStringLiteral("0%"));
    CHECK(fact("Evidence coverage").value(QStringLiteral("value")).toDouble() ==
          Approx(*report.cover.coverage));
    CHECK(fact("Must criteria met").value(QStringLiteral("type")) == QStringLiteral("int"));
    // The verdict stands out: white on red.
    CHECK(fact("Verdict").value(QStringLiteral("value")) == QStringLiteral("Not ready"));
    CHECK(fact("Verdict").value(QStringLiteral("fill")) == QStringLiteral("FFC0392B"));
    CHECK(fact("Verdict").value(QStringLiteral("font")) == QStringLiteral("FFFFFFFF"));
    CHECK(fact("Why").value(QStringLiteral("value")) == report.verdictReasons.first());

    // The filter covers the domains and stops before the Overall row.
    const int overall = summary.value(QStringLiteral("overall")).toInt();
    // The title, a blank row, 13 facts, 5 reasons, the summary set's notice between blank rows,
    // the header, 6 domains and a blank row.
    REQUIRE(report.verdictReasons.size() == 5);
    REQUIRE(overall == 32);
    const QString filter = summary.value(QStringLiteral("filter")).toString();
    const int filterEnd = filter.section(QLatin1Char(':'), 1).mid(1).toInt();
    INFO(filter.toStdString());
    CHECK(filterEnd == overall - 2); // a blank row between the domains and the total
    CHECK(filterEnd - filter.section(QLatin1Char(':'), 0, 0).mid(1).toInt() ==
          report.domains.size());

    // Rows of wrapped narratives are as tall as their lines.
    const QJsonObject assessment = book.value(QStringLiteral("Assessment")).toObject();
    double tallest = 0;
    const QJsonObject heights = assessment.value(QStringLiteral("heights")).toObject();
    for (auto it = heights.begin(); it != heights.end(); ++it)
        tallest = qMax(tallest, it.value().toDouble());
    CHECK(tallest >= 3 * 12.75);

    // Every sheet prints landscape, one page wide, with its header row on every page.
    for (const char *sheet : {"Summary", "Assessment", "Evidence", "Actions"}) {
        INFO(sheet);
        const QJsonObject s = book.value(QString::fromLatin1(sheet)).toObject();
        CHECK(s.value(QStringLiteral("orientation")) == QStringLiteral("landscape"));
        CHECK(s.value(QStringLiteral("fit")).toBool());
        CHECK(s.value(QStringLiteral("fitWidth")).toInt() == 1);
        CHECK(s.value(QStringLiteral("fitHeight")).toInt() == 0);
        CHECK_FALSE(s.value(QStringLiteral("titles")).toString().isEmpty());
    }
    CHECK(book.value(QStringLiteral("Evidence")).toObject().value(QStringLiteral("titles")) ==
          QStringLiteral("$1:$1"));
}
