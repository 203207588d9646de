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
