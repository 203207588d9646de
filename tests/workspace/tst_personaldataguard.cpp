#include "testsupport.h"
#include "workspacetesthelpers.h"

#include "workspace/personaldataguard.h"

#include <QFile>

#include <zip.h>

using namespace seqohs;
using Kind = PersonalDataGuard::Finding::Kind;

namespace {

QList<PersonalDataGuard::Finding> findingsIn(const QString &text)
{
    return PersonalDataGuard::scanText(text).findings;
}

void writeZip(const QString &path, const char *member, const QByteArray &content)
{
    int error = 0;
    zip_t *archive =
        zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    REQUIRE(archive);
    zip_source_t *source =
        zip_source_buffer(archive, content.constData(), zip_uint64_t(content.size()), 0);
    REQUIRE(source);
    REQUIRE(zip_file_add(archive, member, source, ZIP_FL_OVERWRITE) >= 0);
    REQUIRE(zip_close(archive) == 0);
}

} // namespace

TEST_CASE("NHS numbers are recognised by their check digit")
{
    CHECK(PersonalDataGuard::isValidNhsNumber(QStringLiteral("9434765919")));
    CHECK(PersonalDataGuard::isValidNhsNumber(QStringLiteral("4010232137")));
    CHECK_FALSE(PersonalDataGuard::isValidNhsNumber(QStringLiteral("9434765918")));
    CHECK_FALSE(PersonalDataGuard::isValidNhsNumber(QStringLiteral("0000000000")));
    CHECK_FALSE(PersonalDataGuard::isValidNhsNumber(QStringLiteral("943476591")));
    // Weighted sum 12 leaves remainder 1: check digit 10, which no NHS number has.
    CHECK_FALSE(PersonalDataGuard::isValidNhsNumber(QStringLiteral("1000000010")));
    CHECK_FALSE(PersonalDataGuard::isValidNhsNumber(QStringLiteral("12345678x0")));

    CHECK(findingsIn(QStringLiteral("Patient 9434765919 seen")).size() == 1);
    CHECK(findingsIn(QStringLiteral("NHS no: 943 476 5919")).size() == 1);
    CHECK(findingsIn(QStringLiteral("NHS no: 943-476-5919")).size() == 1);
    CHECK(findingsIn(QStringLiteral("Ref 9434765918 is not one")).isEmpty());
    CHECK(findingsIn(QStringLiteral("Longer 194347659190 number")).isEmpty());
    CHECK(findingsIn(QStringLiteral("Mixed 943 4765919 spacing")).isEmpty());
    CHECK(findingsIn(QStringLiteral("Phone 0113 496 0000")).isEmpty());

    const auto found = findingsIn(QStringLiteral("line one\nline two 4010232137\n"));
    REQUIRE(found.size() == 1);
    CHECK(found.first().kind == Kind::NhsNumber);
    CHECK(found.first().line == 2);
    // The description says where, never what.
    CHECK(found.first().description().contains(QStringLiteral("line 2")));
    CHECK_FALSE(found.first().description().contains(QStringLiteral("4010232137")));
}

TEST_CASE("Labelled dates of birth are recognised")
{
    CHECK(findingsIn(QStringLiteral("DOB: 01/02/1980")).size() == 1);
    CHECK(findingsIn(QStringLiteral("d.o.b. 1-2-80")).size() == 1);
    CHECK(findingsIn(QStringLiteral("Date of birth 1 March 1980")).size() == 1);
    CHECK(findingsIn(QStringLiteral("date of birth: 1980-03-01")).size() == 1);
    CHECK(findingsIn(QStringLiteral("Meeting date 01/02/2026")).isEmpty());
    CHECK(findingsIn(QStringLiteral("We do not record date of birth in referrals.")).isEmpty());
    CHECK(findingsIn(QStringLiteral("DOBSON 01/02/1980")).isEmpty());
    const auto both = findingsIn(QStringLiteral("Name: X, DOB 3/4/1971, NHS 9434765919"));
    REQUIRE(both.size() == 2);
    CHECK(both.at(0).kind == Kind::NhsNumber);
    CHECK(both.at(1).kind == Kind::DateOfBirth);
}

TEST_CASE("Files are scanned as text, CSV columns, docx and not-scanned formats")
{
    test::TempDir dir;
    const QString txt = dir.filePath(QStringLiteral("clean.txt"));
    test::writeFile(txt, "Policy text\nReviewed 2026-01-01\n");
    Expected<PersonalDataGuard::Result> clean = PersonalDataGuard::scanFile(txt);
    REQUIRE(clean.ok());
    CHECK(clean->isClean());

    const QString csv = dir.filePath(QStringLiteral("list.csv"));
    test::writeFile(csv, "name,DOB,team\nA,12/05/1977,x\nB,,y\nC,1980-01-31,z\n");
    Expected<PersonalDataGuard::Result> columns = PersonalDataGuard::scanFile(csv);
    REQUIRE(columns.ok());
    REQUIRE(columns->findings.size() == 2);
    CHECK(columns->findings.at(0).line == 2);
    CHECK(columns->findings.at(1).line == 4);

    // A line far longer than the scanner's buffer, with the number at the end.
    const QString longLine = dir.filePath(QStringLiteral("long.txt"));
    test::writeFile(longLine, QByteArray(300000, 'x') + " 9434765919\n");
    Expected<PersonalDataGuard::Result> tail = PersonalDataGuard::scanFile(longLine);
    REQUIRE(tail.ok());
    CHECK(tail->findings.size() == 1);

    const QString docx = dir.filePath(QStringLiteral("letter.docx"));
    writeZip(docx, "word/document.xml",
             "<?xml version=\"1.0\"?><w:document><w:body>"
             "<w:p><w:r><w:t>Occupational health report</w:t></w:r></w:p>"
             "<w:p><w:r><w:t>NHS number 943 47</w:t></w:r><w:r><w:t>6 5919</w:t></w:r></w:p>"
             "<w:p><w:r><w:t>Date of birth:</w:t></w:r><w:r><w:t xml:space=\"preserve\"> "
             "02/03/1966</w:t></w:r></w:p></w:body></w:document>");
    Expected<PersonalDataGuard::Result> word = PersonalDataGuard::scanFile(docx);
    REQUIRE(word.ok());
    REQUIRE(word->findings.size() == 2);
    CHECK(word->findings.at(0).kind == Kind::NhsNumber);
    CHECK(word->findings.at(0).line == 2);
    CHECK(word->findings.at(1).kind == Kind::DateOfBirth);
    CHECK(word->findings.at(1).line == 3);

    const QString cleanDocx = dir.filePath(QStringLiteral("clean.docx"));
    writeZip(
        cleanDocx, "word/document.xml",
        "<w:document><w:body><w:p><w:r><w:t>Nothing here</w:t></w:r></w:p></w:body></w:document>");
    CHECK(PersonalDataGuard::scanFile(cleanDocx)->isClean());

    const QString broken = dir.filePath(QStringLiteral("broken.docx"));
    test::writeFile(broken, "not a zip");
    CHECK_FALSE(PersonalDataGuard::scanFile(broken).ok());

    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    test::writeFile(pdf, "%PDF-1.4\n");
    Expected<PersonalDataGuard::Result> notScanned = PersonalDataGuard::scanFile(pdf);
    REQUIRE(notScanned.ok());
    CHECK_FALSE(notScanned->scanned);
    CHECK(notScanned->notScannedReason.contains(QStringLiteral("PDF")));
    CHECK_FALSE(notScanned->isClean());
}
