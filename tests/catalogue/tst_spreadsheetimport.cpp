#include "testsupport.h"

#include "catalogue/spreadsheetimport.h"
#include "catalogue/standardsformat.h"
#include "common/csvreader.h"

#include <QFile>

using namespace seqohs;

namespace {

QByteArray fixtureBytes(const QString &name)
{
    QFile file(test::dataPath(QStringLiteral("standards/") + name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

SpreadsheetImport::ImportOptions options()
{
    SpreadsheetImport::ImportOptions o;
    o.id = QStringLiteral("imported-set");
    o.title = QStringLiteral("Imported set");
    o.edition = QStringLiteral("2023");
    o.version = QStringLiteral("1");
    return o;
}

bool hasError(const ErrorList &errors, const QString &location, const QString &words)
{
    for (const Error &e : errors) {
        if (e.location == location && QString(e.message + e.hint).contains(words))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("The template has the documented columns and two marked example rows")
{
    const QByteArray csv = SpreadsheetImport::templateCsv();
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    const Expected<QList<CsvReader::Row>> rows =
        CsvReader::parse(csv, QStringLiteral("template.csv"));
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 3);
    CHECK(rows->at(0).fields ==
          QStringList{QStringLiteral("domain_code"), QStringLiteral("domain_title"),
                      QStringLiteral("standard_code"), QStringLiteral("standard_title"),
                      QStringLiteral("level"), QStringLiteral("criterion_code"),
                      QStringLiteral("criterion_text"), QStringLiteral("guidance"),
                      QStringLiteral("evidence_examples"), QStringLiteral("applies_to")});
    CHECK(rows->at(1).fields.join(QString()).contains(QStringLiteral("EXAMPLE")));
    CHECK(rows->at(2).fields.join(QString()).contains(QStringLiteral("EXAMPLE")));

    // Imported as it is, the examples are refused: nobody loads the template by mistake.
    const Expected<StandardsSet> asIs =
        SpreadsheetImport::import(csv, QStringLiteral("template.csv"), options());
    REQUIRE_FALSE(asIs.ok());
    CHECK(hasError(asIs.errors(), QStringLiteral("row 2"), QStringLiteral("example")));
    CHECK(hasError(asIs.errors(), QStringLiteral("row 3"), QStringLiteral("example")));
}

TEST_CASE("Template, filled in, imports into a set that validates")
{
    QByteArray csv = SpreadsheetImport::templateCsv();
    // Fill it in the way a person would: replace the example text.
    csv.replace("EXAMPLE: ", "");
    csv.replace("EXAMPLE-", "");
    csv.replace("EXAMPLE ", "");
    const Expected<StandardsSet> set =
        SpreadsheetImport::import(csv, QStringLiteral("filled.csv"), options());
    INFO(set.errorString().toStdString());
    REQUIRE(set.ok());
    CHECK(set->id == QStringLiteral("imported-set"));
    REQUIRE(set->domains.size() == 2);
    const Standard &whole = set->domains[1].standards.at(0);
    CHECK(whole.criteria.isEmpty());
    CHECK(whole.level == Level::Must);
    CHECK(whole.appliesTo == QStringList{QStringLiteral("nhs")});
    const Criterion &criterion = set->domains[0].standards.at(0).criteria.at(0);
    CHECK(criterion.id == QStringLiteral("c-1.1a"));
    CHECK(criterion.evidenceExamples.size() == 2);

    const Expected<StandardsSet> reread =
        StandardsFormat::read(StandardsFormat::write(*set), QStringLiteral("again.json"));
    REQUIRE(reread.ok());
    CHECK(*reread == *set);
}

TEST_CASE("A spreadsheet with BOM, quoted commas and line breaks imports")
{
    SpreadsheetImport::ImportOptions o = options();
    o.provenance = StandardsSet::Provenance::Official;
    const Expected<StandardsSet> set = SpreadsheetImport::import(
        fixtureBytes(QStringLiteral("good.csv")), QStringLiteral("good.csv"), o);
    INFO(set.errorString().toStdString());
    REQUIRE(set.ok());
    CHECK(set->provenance == StandardsSet::Provenance::Official);
    CHECK(set->attribution.contains(QStringLiteral("good.csv")));
    REQUIRE(set->domains.size() == 2);
    const Domain &gov = set->domains[0];
    CHECK(gov.id == QStringLiteral("d-1"));
    CHECK(gov.title == QStringLiteral("Governance, and Finance"));
    REQUIRE(gov.standards.size() == 2);
    const Standard &leadership = gov.standards[0];
    CHECK(leadership.id == QStringLiteral("s-1.1"));
    REQUIRE(leadership.criteria.size() == 2);
    CHECK(leadership.criteria[0].text ==
          QStringLiteral("The service has a lead, who is \"named\"."));
    CHECK(leadership.criteria[0].title ==
          QStringLiteral("The service has a lead, who is \"named\""));
    CHECK(leadership.criteria[0].level == Level::Must);
    CHECK(leadership.criteria[0].evidenceExamples ==
          QStringList{QStringLiteral("Chart"), QStringLiteral("Minutes")});
    // Blank codes repeat the row above; line breaks inside a cell are kept.
    CHECK(leadership.criteria[1].id == QStringLiteral("c-1.1b"));
    CHECK(leadership.criteria[1].text == QStringLiteral("Two lines:\nsecond line"));
    CHECK(leadership.criteria[1].guidance == QStringLiteral("Guidance, with a comma"));
    CHECK(leadership.criteria[1].evidenceExamples ==
          QStringList{QStringLiteral("Policy"), QStringLiteral("Audit report")});
    CHECK(gov.standards[1].criteria.isEmpty());
    CHECK(gov.standards[1].text == QStringLiteral("Assessed as a whole"));
    CHECK(gov.standards[1].level == Level::Unspecified);
    const Criterion &nhs = set->domains[1].standards[0].criteria[0];
    CHECK(nhs.level == Level::Should);                          // "Should" in the sheet
    CHECK(nhs.appliesTo == QStringList{QStringLiteral("nhs")}); // "nhs, NHS" folded
}

TEST_CASE("Ids derived from codes are stable across imports")
{
    const QByteArray csv = fixtureBytes(QStringLiteral("good.csv"));
    const Expected<StandardsSet> first =
        SpreadsheetImport::import(csv, QStringLiteral("a.csv"), options());
    const Expected<StandardsSet> second =
        SpreadsheetImport::import(csv, QStringLiteral("a.csv"), options());
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(StandardsFormat::write(*first) == StandardsFormat::write(*second));
}

TEST_CASE("Bad rows are all reported by row and column, and nothing is imported")
{
    const Expected<StandardsSet> set = SpreadsheetImport::import(
        fixtureBytes(QStringLiteral("bad-rows.csv")), QStringLiteral("bad-rows.csv"), options());
    REQUIRE_FALSE(set.ok());
    const ErrorList &errors = set.errors();
    INFO(joinErrors(errors).toStdString());
    for (const Error &e : errors)
        CHECK(e.file == QStringLiteral("bad-rows.csv"));
    CHECK(hasError(errors, QStringLiteral("row 4, column criterion_code"),
                   QStringLiteral("already used on row 2")));
    CHECK(
        hasError(errors, QStringLiteral("row 5, column domain_title"), QStringLiteral("no title")));
    CHECK(
        hasError(errors, QStringLiteral("row 6, column criterion_text"), QStringLiteral("empty")));
    CHECK(hasError(errors, QStringLiteral("row 7, column level"),
                   QStringLiteral("Unknown level \"may\"; use must, should or unspecified")));
    CHECK(hasError(errors, QStringLiteral("row 7, column applies_to"),
                   QStringLiteral("not a valid tag")));
    CHECK(errors.size() == 5);
}

TEST_CASE("Spreadsheet problems outside the rows are reported too")
{
    const Expected<StandardsSet> quote = SpreadsheetImport::import(
        fixtureBytes(QStringLiteral("bad-quote.csv")), QStringLiteral("bad-quote.csv"), options());
    REQUIRE_FALSE(quote.ok());
    CHECK(hasError(quote.errors(), QStringLiteral("row 2, column 7"),
                   QStringLiteral("closing quote")));
    CHECK(hasError(quote.errors(), QStringLiteral("row 3, column 7"),
                   QStringLiteral("quote inside")));

    const Expected<StandardsSet> unclosed = SpreadsheetImport::import(
        fixtureBytes(QStringLiteral("unclosed-quote.csv")), QStringLiteral("u.csv"), options());
    REQUIRE_FALSE(unclosed.ok());
    CHECK(unclosed.error().location == QStringLiteral("row 2, column 7"));

    const Expected<StandardsSet> columns = SpreadsheetImport::import(
        fixtureBytes(QStringLiteral("missing-column.csv")), QStringLiteral("m.csv"), options());
    REQUIRE_FALSE(columns.ok());
    CHECK(hasError(columns.errors(), QStringLiteral("row 1"),
                   QStringLiteral("\"level\" is missing")));
    CHECK(hasError(columns.errors(), QStringLiteral("row 1, column 10"),
                   QStringLiteral("Unknown column \"notes\"")));

    const Expected<StandardsSet> latin1 = SpreadsheetImport::import(
        fixtureBytes(QStringLiteral("latin1.csv")), QStringLiteral("l.csv"), options());
    REQUIRE_FALSE(latin1.ok());
    CHECK(latin1.error().hint.contains(QStringLiteral("CSV UTF-8")));

    SpreadsheetImport::ImportOptions noId = options();
    noId.id = QStringLiteral("has space");
    noId.title.clear();
    const Expected<StandardsSet> badOptions = SpreadsheetImport::import(
        fixtureBytes(QStringLiteral("good.csv")), QStringLiteral("good.csv"), noId);
    REQUIRE_FALSE(badOptions.ok());
    CHECK(badOptions.errors().size() == 2);

    const Expected<StandardsSet> empty =
        SpreadsheetImport::import(QByteArray(), QStringLiteral("e.csv"), options());
    REQUIRE_FALSE(empty.ok());
}

TEST_CASE("A standard is either assessed as a whole or has criteria, not both")
{
    const QByteArray csv =
        "domain_code,domain_title,standard_code,standard_title,level,criterion_code,"
        "criterion_text,guidance,evidence_examples,applies_to\n"
        "1,D,1.1,S,should,,Whole,,,\n"
        "1,,1.1,,should,1.1a,Part,,,\n"
        "2,E,1.1,,should,1.1b,Elsewhere,,,\n"
        "1,D,1.2,T,should,1 2,A,,,\n"
        "1,D,1.2,T,should,1-2,B,,,\n";
    const Expected<StandardsSet> set =
        SpreadsheetImport::import(csv, QStringLiteral("x.csv"), options());
    REQUIRE_FALSE(set.ok());
    INFO(set.errorString().toStdString());
    CHECK(hasError(set.errors(), QStringLiteral("row 3, column criterion_code"),
                   QStringLiteral("as a whole")));
    CHECK(hasError(set.errors(), QStringLiteral("row 4, column standard_code"),
                   QStringLiteral("in domain")));
    CHECK(hasError(set.errors(), QStringLiteral("row 6, column criterion_code"),
                   QStringLiteral("same id")));
}
