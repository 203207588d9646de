#include "reportfixture.h"
#include "teamworkspace.h"
#include "testsupport.h"

#include "common/csvreader.h"
#include "reporting/assessmentimport.h"
#include "reporting/assessmentjson.h"
#include "scoring/scorer.h"
#include "workspace/workspace.h"

#include <QFile>

using namespace seqohs;

namespace {

// A workspace on disk holding the rich fixture, made through the JSON import.
QString makeWorkspace(const test::TempDir &dir, const QString &name)
{
    QString path = dir.filePath(name);
    Expected<AssessmentJson::Document> doc =
        AssessmentJson::read(AssessmentJson::toJson(richInput(12)), QStringLiteral("fixture"));
    REQUIRE(doc.ok());
    Expected<AssessmentImport::Result> made = AssessmentImport::createWorkspace(*doc, path);
    INFO(made.errorString());
    REQUIRE(made.ok());
    test::workspaceLocation(path); // on the server run, commands naming path then name the server
    return path;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("CLI export writes CSV tables chosen with --what and refuses unknown ones", "[engines]")
{
    test::TempDir dir;
    const QString ws = makeWorkspace(dir, QStringLiteral("ws.seqohs"));

    const QString assessment = dir.filePath(QStringLiteral("assessment.csv"));
    test::CliRun run = test::runCli({QStringLiteral("export"), QStringLiteral("-w"), ws,
                                     QStringLiteral("--format"), QStringLiteral("csv"),
                                     QStringLiteral("--out"), assessment});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const auto rows = CsvReader::parse(readAll(assessment), assessment);
    REQUIRE(rows.ok());
    CHECK(rows->first().fields.first() == QStringLiteral("Domain code"));
    CHECK(rows->size() > 10);

    const QString evidence = dir.filePath(QStringLiteral("evidence.csv"));
    run = test::runCli({QStringLiteral("export"), QStringLiteral("-w"), ws, QStringLiteral("--out"),
                        evidence, QStringLiteral("--what"), QStringLiteral("evidence")});
    REQUIRE(run.exitCode == 0);
    const auto evidenceRows = CsvReader::parse(readAll(evidence), evidence);
    REQUIRE(evidenceRows.ok());
    CHECK(evidenceRows->size() == 13);

    run = test::runCli({QStringLiteral("export"), QStringLiteral("-w"), ws, QStringLiteral("--out"),
                        dir.filePath(QStringLiteral("x.csv")), QStringLiteral("--what"),
                        QStringLiteral("budget")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("budget")));

    run = test::runCli({QStringLiteral("export"), QStringLiteral("-w"), ws, QStringLiteral("--out"),
                        dir.filePath(QStringLiteral("x.docx"))});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("xlsx, csv, json")));
}

TEST_CASE("CLI export writes an XLSX workbook", "[engines]")
{
    test::TempDir dir;
    const QString ws = makeWorkspace(dir, QStringLiteral("ws.seqohs"));
    const QString out = dir.filePath(QStringLiteral("book.xlsx"));
    const test::CliRun run = test::runCli(
        {QStringLiteral("export"), QStringLiteral("-w"), ws, QStringLiteral("--out"), out});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(readAll(out).startsWith("PK\x03\x04"));
}

TEST_CASE("CLI JSON export then import gives a workspace with the same readiness", "[engines]")
{
    test::TempDir dir;
    const QString ws = makeWorkspace(dir, QStringLiteral("ws.seqohs"));
    const QString json = dir.filePath(QStringLiteral("assessment.json"));
    test::CliRun run =
        test::runCli({QStringLiteral("export"), QStringLiteral("-w"), ws,
                      QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"),
                      json, QStringLiteral("--at"), QStringLiteral("2026-03-01")});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);

    const QString copy = dir.filePath(QStringLiteral("copy.seqohs"));
    run = test::runCli({QStringLiteral("import"), json, QStringLiteral("--out"), copy});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Created")));

    // The second export, from the imported workspace, scores exactly as the first.
    const QString json2 = dir.filePath(QStringLiteral("again.json"));
    run =
        test::runCli({QStringLiteral("export"), QStringLiteral("-w"), copy, QStringLiteral("--out"),
                      json2, QStringLiteral("--at"), QStringLiteral("2026-03-01")});
    REQUIRE(run.exitCode == 0);
    const auto first = AssessmentJson::readFile(json);
    const auto second = AssessmentJson::readFile(json2);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(Scorer::score(first->input) == Scorer::score(second->input));

    // Import never overwrites.
    const QByteArray before = readAll(copy);
    run = test::runCli({QStringLiteral("import"), json, QStringLiteral("--out"), copy});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(copy));
    CHECK(readAll(copy) == before);

    // A file that is not an export is refused, naming it.
    const QString bogus = dir.filePath(QStringLiteral("bogus.json"));
    QFile f(bogus);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"something-else\"}");
    f.close();
    run = test::runCli({QStringLiteral("import"), bogus, QStringLiteral("--out"),
                        dir.filePath(QStringLiteral("n.seqohs"))});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(bogus));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("n.seqohs"))));
}

TEST_CASE("CLI report and export fail clearly for a missing workspace")
{
    test::TempDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.seqohs"));
    const test::CliRun run =
        test::runCli({QStringLiteral("export"), QStringLiteral("-w"), missing,
                      QStringLiteral("--out"), dir.filePath(QStringLiteral("a.csv"))});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(missing));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("a.csv"))));
}
