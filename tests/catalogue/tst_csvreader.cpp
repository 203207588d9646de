#include "testsupport.h"

#include "common/csvreader.h"

using namespace seqohs;

namespace {

QList<QStringList> fields(const Expected<QList<CsvReader::Row>> &rows)
{
    QList<QStringList> out;
    for (const CsvReader::Row &row : *rows)
        out << row.fields;
    return out;
}

} // namespace

TEST_CASE("CSV: plain rows, LF or CRLF, with or without BOM")
{
    for (const QByteArray &data : {QByteArray("a,b,c\n1,2,3\n"), QByteArray("a,b,c\r\n1,2,3\r\n"),
                                   QByteArray("\xEF\xBB\xBF"
                                              "a,b,c\r\n1,2,3"),
                                   QByteArray("a,b,c\r1,2,3\r")}) {
        const Expected<QList<CsvReader::Row>> rows =
            CsvReader::parse(data, QStringLiteral("t.csv"));
        INFO(rows.errorString().toStdString());
        REQUIRE(rows.ok());
        CHECK(fields(rows) ==
              QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                 {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}});
        CHECK(rows->at(1).number == 2);
    }
}

TEST_CASE("CSV: quoted commas, doubled quotes, line breaks and empty fields")
{
    const QByteArray data = "\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\",,\"\"\n"
                            "next,\"\"\"\",\xC3\xA9\n";
    const Expected<QList<CsvReader::Row>> rows = CsvReader::parse(data, QStringLiteral("t.csv"));
    INFO(rows.errorString().toStdString());
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).fields == QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""),
                                            QStringLiteral("two\nlines"), QString(), QString()});
    // A line break inside quotes does not start a new row.
    CHECK(rows->at(1).number == 2);
    CHECK(rows->at(1).fields ==
          QStringList{QStringLiteral("next"), QStringLiteral("\""), QStringLiteral("\u00e9")});
}

TEST_CASE("CSV: blank rows are skipped but still counted")
{
    const Expected<QList<CsvReader::Row>> rows =
        CsvReader::parse("h\n\n,,\nv\n", QStringLiteral("t.csv"));
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(1).number == 4);
}

TEST_CASE("CSV: malformed quotes are located by row and column")
{
    const Expected<QList<CsvReader::Row>> after =
        CsvReader::parse("a,b\n1,\"x\"y\n", QStringLiteral("t.csv"));
    REQUIRE_FALSE(after.ok());
    CHECK(after.error().location == QStringLiteral("row 2, column 2"));
    CHECK(after.error().file == QStringLiteral("t.csv"));

    const Expected<QList<CsvReader::Row>> inside =
        CsvReader::parse("a,b,c\n1,2,x\"y\n", QStringLiteral("t.csv"));
    REQUIRE_FALSE(inside.ok());
    CHECK(inside.error().location == QStringLiteral("row 2, column 3"));

    const Expected<QList<CsvReader::Row>> unclosed =
        CsvReader::parse("a,b\n1,\"open\n2,3\n", QStringLiteral("t.csv"));
    REQUIRE_FALSE(unclosed.ok());
    CHECK(unclosed.error().location == QStringLiteral("row 2, column 2"));
    CHECK(unclosed.error().message.contains(QStringLiteral("never closed")));

    const Expected<QList<CsvReader::Row>> both =
        CsvReader::parse("a,b\n1,\"x\"y\n2,x\"y\n", QStringLiteral("t.csv"));
    REQUIRE_FALSE(both.ok());
    CHECK(both.errors().size() == 2);
}

TEST_CASE("CSV: text that is not UTF-8 is refused with its place")
{
    const Expected<QList<CsvReader::Row>> rows =
        CsvReader::parse("a,b\nCaf\xE9,1\n", QStringLiteral("t.csv"));
    REQUIRE_FALSE(rows.ok());
    CHECK(rows.error().location == QStringLiteral("line 2, column 4"));
    CHECK(rows.error().hint.contains(QStringLiteral("UTF-8")));
}

TEST_CASE("UTF-8 validation catches overlong forms, surrogates and truncation")
{
    CHECK(firstInvalidUtf8Byte("plain") == -1);
    CHECK(firstInvalidUtf8Byte("\xC3\xA9\xE2\x80\x93\xF0\x9F\x98\x80") == -1);
    CHECK(firstInvalidUtf8Byte("ab\xC0\xAF") == 2);       // overlong '/'
    CHECK(firstInvalidUtf8Byte("\xED\xA0\x80") == 0);     // surrogate
    CHECK(firstInvalidUtf8Byte("ok\xE2\x80") == 2);       // truncated
    CHECK(firstInvalidUtf8Byte("\xF4\x90\x80\x80") == 0); // above U+10FFFF
    CHECK(firstInvalidUtf8Byte("\x80") == 0);             // stray continuation
    CHECK(textPositionAt("ab\nc\xC3\xA9x", 6) == TextPosition{2, 3});
}
