#include "testsupport.h"

#include "catalogue/standardsformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace seqohs;

namespace {

QString fixture(const QString &name)
{
    return test::dataPath(QStringLiteral("standards/") + name);
}

QString bundledFile(const QString &relative)
{
    return QStringLiteral(SEQOHS_STANDARDS_DIR "/") + relative;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

const QString standards = QStringLiteral("standards");

} // namespace

TEST_CASE("standards list names the bundled sets and marks the default")
{
    const test::CliRun run = test::runCli({standards, QStringLiteral("list")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("* seqohs-2023-summary")));
    CHECK(run.out.contains(QStringLiteral("seqohs-2015-summary")));

    const test::CliRun json =
        test::runCli({standards, QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(array.size() == 2);
    CHECK(array[1].toObject().value(QStringLiteral("id")).toString() ==
          QStringLiteral("seqohs-2023-summary"));
    CHECK(array[1].toObject().value(QStringLiteral("default")).toBool());
    CHECK(array[1].toObject().value(QStringLiteral("provenance")).toString() ==
          QStringLiteral("summary"));
    CHECK(array[1].toObject().value(QStringLiteral("assessableItems")).toInt() > 30);
}

TEST_CASE("standards show prints a set by id or file, as text or canonical JSON")
{
    const test::CliRun text =
        test::runCli({standards, QStringLiteral("show"), QStringLiteral("seqohs-2023-summary")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Governance and Finance")));
    CHECK(text.out.contains(QStringLiteral("S23-NHS-07")));
    CHECK(text.out.contains(QStringLiteral("not the official wording")));

    const test::CliRun json = test::runCli({standards, QStringLiteral("show"),
                                            bundledFile(QStringLiteral("seqohs-2015-summary.json")),
                                            QStringLiteral("--json")});
    CHECK(json.exitCode == 0);
    CHECK(json.out.toUtf8() == readAll(bundledFile(QStringLiteral("seqohs-2015-summary.json"))));

    const test::CliRun bad = test::runCli(
        {standards, QStringLiteral("show"), fixture(QStringLiteral("unknown-level.json"))});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("$.domains[0].standards[0].criteria[1].level")));

    const test::CliRun none = test::runCli({standards, QStringLiteral("show")});
    CHECK(none.exitCode == 2);
}

TEST_CASE("standards validate accepts the bundled files and reports every problem")
{
    const test::CliRun good =
        test::runCli({standards, QStringLiteral("validate"),
                      bundledFile(QStringLiteral("seqohs-2015-summary.json")),
                      bundledFile(QStringLiteral("seqohs-2023-summary.json")),
                      bundledFile(QStringLiteral("crosswalks/seqohs-2015-to-2023-summary.json"))});
    INFO(good.err.toStdString());
    CHECK(good.exitCode == 0);
    CHECK(good.out.count(QStringLiteral(": OK")) == 3);

    const test::CliRun bad = test::runCli(
        {standards, QStringLiteral("validate"), fixture(QStringLiteral("valid-set.json")),
         fixture(QStringLiteral("several-problems.json")),
         fixture(QStringLiteral("dangling-crosswalk.json")), fixture(QStringLiteral("bom.json"))});
    CHECK(bad.exitCode == 1);
    CHECK(bad.out.contains(fixture(QStringLiteral("valid-set.json")) +
                           QStringLiteral(": OK: standards set fixture-set, 2 domains, 4 "
                                          "assessable items\n")));
    CHECK(bad.err.contains(QStringLiteral("several-problems.json: $.domains[1].title")));
    CHECK(bad.err.contains(QStringLiteral("several-problems.json: $.domains[1].standards[0].id")));
    CHECK(bad.err.contains(QStringLiteral("dangling-crosswalk.json: $.mappings[1].from")));
    CHECK(bad.err.contains(QStringLiteral("dangling-crosswalk.json: $.mappings[2].to")));
    CHECK(bad.err.contains(QStringLiteral("bom.json: line 1, column 1")));

    const test::CliRun missing =
        test::runCli({standards, QStringLiteral("validate"), fixture(QStringLiteral("nope.json"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("nope.json")));

    CHECK(test::runCli({standards, QStringLiteral("validate")}).exitCode == 2);
}

TEST_CASE("standards template and import-csv make a set that validates")
{
    test::TempDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("template.csv"));
    const test::CliRun made =
        test::runCli({standards, QStringLiteral("template"), QStringLiteral("--out"), csvPath});
    REQUIRE(made.exitCode == 0);
    QByteArray csv = readAll(csvPath);
    CHECK(csv.contains("domain_code,domain_title"));

    const QString jsonPath = dir.filePath(QStringLiteral("set.json"));
    const QStringList importArgs{standards,
                                 QStringLiteral("import-csv"),
                                 csvPath,
                                 QStringLiteral("--out"),
                                 jsonPath,
                                 QStringLiteral("--id"),
                                 QStringLiteral("my-set"),
                                 QStringLiteral("--title"),
                                 QStringLiteral("My set"),
                                 QStringLiteral("--year"),
                                 QStringLiteral("2023"),
                                 QStringLiteral("--official")};
    // The untouched template is refused and nothing is written.
    const test::CliRun refused = test::runCli(importArgs);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("row 2")));
    CHECK_FALSE(QFile::exists(jsonPath));

    csv.replace("EXAMPLE: ", "").replace("EXAMPLE-", "").replace("EXAMPLE ", "");
    {
        QFile file(csvPath);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(csv);
    }
    const test::CliRun imported = test::runCli(importArgs);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const Expected<StandardsSet> set = StandardsFormat::readFile(jsonPath);
    REQUIRE(set.ok());
    CHECK(set->id == QStringLiteral("my-set"));
    CHECK(set->edition == QStringLiteral("2023"));
    CHECK(set->provenance == StandardsSet::Provenance::Official);

    const test::CliRun validated = test::runCli({standards, QStringLiteral("validate"), jsonPath});
    CHECK(validated.exitCode == 0);

    const test::CliRun shown = test::runCli({standards, QStringLiteral("show"), jsonPath});
    CHECK(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("id: my-set   year: 2023   ")));

    // --edition, the former name of --year, still works for one release and says so on stderr.
    QStringList former = importArgs;
    former.replace(former.indexOf(QStringLiteral("--year")), QStringLiteral("--edition"));
    former.replace(former.indexOf(QStringLiteral("2023")), QStringLiteral("2015"));
    const test::CliRun formerRun = test::runCli(former);
    REQUIRE(formerRun.exitCode == 0);
    CHECK(formerRun.out == imported.out);
    CHECK(formerRun.err == QStringLiteral("seqohs-tracker-cli: --edition is deprecated here and "
                                          "will be removed; use --year.\n"));
    const Expected<StandardsSet> formerSet = StandardsFormat::readFile(jsonPath);
    REQUIRE(formerSet.ok());
    CHECK(formerSet->edition == QStringLiteral("2015"));

    // Both names with different years is a usage error, and nothing is written over the set.
    QStringList both = importArgs;
    both << QStringLiteral("--edition") << QStringLiteral("2015");
    const test::CliRun conflict = test::runCli(both);
    CHECK(conflict.exitCode == 2);
    CHECK(conflict.err.contains(QStringLiteral("former name of --year")));
    CHECK(StandardsFormat::readFile(jsonPath)->edition == QStringLiteral("2015"));
}

TEST_CASE("import-csv --help names --year, not its former name --edition")
{
    const test::CliRun help =
        test::runCli({standards, QStringLiteral("import-csv"), QStringLiteral("--help")});
    REQUIRE(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--year <YEAR>")));
    CHECK(help.out.contains(QStringLiteral("[--year YEAR]")));
    CHECK_FALSE(help.out.contains(QStringLiteral("--edition")));
}

TEST_CASE("import-csv lists bad rows and leaves an existing output alone")
{
    test::TempDir dir;
    const QString jsonPath = dir.filePath(QStringLiteral("out.json"));
    {
        QFile file(jsonPath);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("previous");
    }
    const test::CliRun run = test::runCli(
        {standards, QStringLiteral("import-csv"), fixture(QStringLiteral("bad-rows.csv")),
         QStringLiteral("--out"), jsonPath, QStringLiteral("--id"), QStringLiteral("x"),
         QStringLiteral("--title"), QStringLiteral("X")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral(
        "row 7, column level: Unknown level \"may\"; use must, should or unspecified")));
    CHECK(run.err.count(QLatin1Char('\n')) == 5);
    CHECK(readAll(jsonPath) == QByteArray("previous"));
}

TEST_CASE("standards sub-commands have help and refuse bad usage with exit code 2")
{
    for (const char *sub : {"list", "show", "validate", "template", "import-csv"}) {
        INFO(sub);
        const test::CliRun help =
            test::runCli({standards, QString::fromLatin1(sub), QStringLiteral("--help")});
        CHECK(help.exitCode == 0);
        CHECK(help.out.contains(QStringLiteral("Usage: seqohs-tracker-cli standards ") +
                                QString::fromLatin1(sub)));
    }
    CHECK(test::runCli({standards}).exitCode == 2);
    CHECK(test::runCli({standards, QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(test::runCli({standards, QStringLiteral("list"), QStringLiteral("--bogus")}).exitCode ==
          2);
    CHECK(test::runCli({standards, QStringLiteral("template")}).exitCode == 2);
    CHECK(
        test::runCli({standards, QStringLiteral("import-csv"), fixture(QStringLiteral("good.csv")),
                      QStringLiteral("--out"), QStringLiteral("x.json")})
            .exitCode == 2);
    const test::CliRun help = test::runCli({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("standards validate FILE...")));
}
