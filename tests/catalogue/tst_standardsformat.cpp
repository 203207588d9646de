#include "testsupport.h"

#include "catalogue/crosswalkformat.h"
#include "catalogue/standardsformat.h"
#include "catalogue/standardslibrary.h"

#include <QDir>
#include <QFile>

using namespace seqohs;

namespace {

QString fixture(const QString &name)
{
    return test::dataPath(QStringLiteral("standards/") + name);
}

StandardsSet validFixture()
{
    const Expected<StandardsSet> set =
        StandardsFormat::readFile(fixture(QStringLiteral("valid-set.json")));
    INFO(set.errorString().toStdString());
    REQUIRE(set.ok());
    return *set;
}

} // namespace

TEST_CASE("A valid standards file is read field by field")
{
    const StandardsSet set = validFixture();
    CHECK(set.id == QStringLiteral("fixture-set"));
    CHECK(set.title == QStringLiteral("Fixture set"));
    CHECK(set.edition == QStringLiteral("test"));
    CHECK(set.effectiveDate == QDate(2024, 1, 31));
    CHECK(set.provenance == StandardsSet::Provenance::Summary);
    REQUIRE(set.domains.size() == 2);
    REQUIRE(set.domains[0].standards.size() == 2);
    const Criterion &c1 = set.domains[0].standards[0].criteria.at(0);
    CHECK(c1.id == QStringLiteral("fx-c1"));
    CHECK(c1.text == QStringLiteral("Caf\u00e9 \u2013 na\u00efve text."));
    CHECK(c1.evidenceExamples == QStringList{QStringLiteral("Policy"), QStringLiteral("Minutes")});
    CHECK(c1.level == Level::Must);
    CHECK(c1.appliesTo == QStringList{QStringLiteral("nhs")});
    CHECK(c1.weight == 2.5);
    CHECK(c1.currency == CurrencyRule{6, 6});
    const Criterion &c2 = set.domains[0].standards[0].criteria.at(1);
    CHECK(c2.weight == 1.0); // the default
    CHECK(c2.currency.isEmpty());
    CHECK(set.domains[0].standards[1].criteria.isEmpty());
    CHECK(set.domains[0].standards[1].currency == CurrencyRule{0, 12});
    CHECK(set.domains[1].standards[0].weight == 0.0);

    const QList<AssessableItem> items = set.assessables();
    REQUIRE(items.size() == 4);
    CHECK(items[2].id == QStringLiteral("fx-s2")); // a standard without criteria is assessed
    CHECK(items[3].appliesTo == QStringList{QStringLiteral("nhs")}); // inherited from the domain
}

TEST_CASE("write() is canonical and read() round-trips it")
{
    const StandardsSet set = validFixture();
    const QByteArray written = StandardsFormat::write(set);
    const Expected<StandardsSet> again = StandardsFormat::read(written, QStringLiteral("mem.json"));
    INFO(again.errorString().toStdString());
    REQUIRE(again.ok());
    CHECK(*again == set);
    CHECK(StandardsFormat::write(*again) == written);
    CHECK(written.endsWith("\n"));
    CHECK(written.contains("\n  \"domains\": [\n"));
    CHECK_FALSE(written.contains("\\u00e9")); // UTF-8 stays readable

    // Everything optional is left out when it holds its default, yet reads back the same.
    StandardsSet bare;
    bare.id = QStringLiteral("bare");
    bare.title = QStringLiteral("Bare");
    Domain d;
    d.id = QStringLiteral("d");
    d.code = QStringLiteral("1");
    d.title = QStringLiteral("D");
    Standard s;
    s.id = QStringLiteral("s");
    s.code = QStringLiteral("1.1");
    s.title = QStringLiteral("S \"quoted\"\tand\nmultiline \\ text");
    d.standards << s;
    bare.domains << d;
    const Expected<StandardsSet> bareAgain =
        StandardsFormat::read(StandardsFormat::write(bare), QStringLiteral("bare.json"));
    INFO(bareAgain.errorString().toStdString());
    REQUIRE(bareAgain.ok());
    CHECK(*bareAgain == bare);
}

TEST_CASE("contentHash identifies the content, not the layout")
{
    const StandardsSet set = validFixture();
    const QByteArray hash = StandardsFormat::contentHash(set);
    CHECK(hash.size() == 64);
    CHECK(hash == hash.toLower());
    CHECK(StandardsFormat::contentHash(
              *StandardsFormat::read(StandardsFormat::write(set), QStringLiteral("x"))) == hash);
    StandardsSet changed = set;
    changed.domains[0].standards[0].criteria[0].title += QLatin1Char('!');
    CHECK(StandardsFormat::contentHash(changed) != hash);
}

TEST_CASE("Every broken fixture is refused with the file and the place")
{
    struct Case
    {
        const char *file;
        const char *location; // expected location (exact)
        const char *words;    // expected in the message or hint
    };
    const Case cases[] = {
        {"bom.json", "line 1, column 1", "byte order mark"},
        {"invalid-utf8.json", "line 5, column 22", "not valid UTF-8"},
        {"syntax-error.json", "line 7, column 4", "syntax error"},
        {"empty.json", "", "empty"},
        {"not-an-object.json", "$", "not an object"},
        {"too-deep.json", "line 112, column 65", "deeper than 32"},
        {"newer-format.json", "$.formatVersion", "written by a newer version"},
        {"wrong-format.json", "$.format", "crosswalk file"},
        {"duplicate-ids.json", "$.domains[1].standards[0].id", "Duplicate id \"fx-c1\""},
        {"unknown-level.json", "$.domains[0].standards[0].criteria[1].level",
         "Unknown level \"may\""},
        {"empty-title.json", "$.domains[1].title", "\"title\" is empty"},
        {"wrong-type.json", "$.domains[0].standards[1].title", "must be text, not a number"},
        {"missing-code.json", "$.domains[0].standards[0].criteria[0].code", "\"code\" is missing"},
        {"negative-weight.json", "$.domains[1].standards[0].weight", "zero or more"},
        {"unknown-field.json", "$.domains[0].titel", "Unknown field \"titel\""},
        {"bad-tag.json", "$.domains[1].appliesTo[0]", "not a valid tag"},
        {"bad-currency.json", "$.domains[0].standards[1].currency.coverMonths", "whole number"},
        {"unknown-provenance.json", "$.provenance", "Unknown provenance"},
    };
    for (const Case &c : cases) {
        const QString path = fixture(QString::fromLatin1(c.file));
        INFO(c.file);
        const Expected<StandardsSet> set = StandardsFormat::readFile(path);
        REQUIRE_FALSE(set.ok());
        bool found = false;
        for (const Error &e : set.errors()) {
            CHECK(e.file == path);
            if (e.location == QString::fromLatin1(c.location) &&
                QString(e.message + e.hint).contains(QString::fromUtf8(c.words)))
                found = true;
        }
        INFO(set.errorString().toStdString());
        CHECK(found);
    }
}

TEST_CASE("A BOM error says how to fix it")
{
    const Expected<StandardsSet> set =
        StandardsFormat::readFile(fixture(QStringLiteral("bom.json")));
    REQUIRE_FALSE(set.ok());
    CHECK(set.error().hint.contains(QStringLiteral("without a BOM")));
}

TEST_CASE("Reading reports every problem at once")
{
    const Expected<StandardsSet> set =
        StandardsFormat::readFile(fixture(QStringLiteral("several-problems.json")));
    REQUIRE_FALSE(set.ok());
    QStringList locations;
    for (const Error &e : set.errors())
        locations << e.location;
    CHECK(locations.contains(QStringLiteral("$.domains[0].standards[0].criteria[1].level")));
    CHECK(locations.contains(QStringLiteral("$.domains[1].title")));
    CHECK(locations.contains(QStringLiteral("$.domains[1].standards[0].id")));
    CHECK(set.errors().size() == 3);

    const Expected<StandardsSet> wrong =
        StandardsFormat::readFile(fixture(QStringLiteral("wrong-type.json")));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.errors().size() == 3);
}

TEST_CASE("Files over 16 MiB are refused before they are parsed")
{
    QByteArray huge = StandardsFormat::write(validFixture());
    huge.chop(2); // drop the closing brace and newline
    huge += ",\n  \"x-padding\": \"";
    huge += QByteArray(16 * 1024 * 1024, 'a');
    huge += "\"\n}\n";
    const Expected<StandardsSet> inMemory =
        StandardsFormat::read(huge, QStringLiteral("huge.json"));
    REQUIRE_FALSE(inMemory.ok());
    CHECK(inMemory.error().message.contains(QStringLiteral("too large")));
    CHECK(inMemory.error().file == QStringLiteral("huge.json"));

    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(huge) == huge.size());
    file.close();
    const Expected<StandardsSet> fromFile = StandardsFormat::readFile(path);
    REQUIRE_FALSE(fromFile.ok());
    CHECK(fromFile.error().message.contains(QStringLiteral("too large")));
    CHECK(fromFile.error().file == path);
}

TEST_CASE("Fields starting with x- are free for notes; nesting within the limit is fine")
{
    QByteArray data = StandardsFormat::write(validFixture());
    data.replace("\"id\": \"fixture-set\",",
                 "\"id\": \"fixture-set\", \"x-note\": {\"a\": [[[1]]]},");
    const Expected<StandardsSet> set = StandardsFormat::read(data, QStringLiteral("notes.json"));
    INFO(set.errorString().toStdString());
    CHECK(set.ok());
}

TEST_CASE("A missing file is an error that names it")
{
    const QString path = fixture(QStringLiteral("no-such-file.json"));
    const Expected<StandardsSet> set = StandardsFormat::readFile(path);
    REQUIRE_FALSE(set.ok());
    CHECK(set.error().file == path);
    CHECK(set.error().message.contains(QStringLiteral("does not exist")));
}

TEST_CASE("A bad file leaves what is already loaded untouched")
{
    const Expected<StandardsSet> loaded = StandardsLibrary::bundled(StandardsLibrary::defaultId());
    REQUIRE(loaded.ok());
    const StandardsSet before = *loaded;
    const QByteArray hashBefore = StandardsFormat::contentHash(before);

    const Expected<StandardsSet> bad =
        StandardsLibrary::resolve(fixture(QStringLiteral("duplicate-ids.json")));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().file.endsWith(QStringLiteral("duplicate-ids.json")));

    CHECK(*loaded == before);
    const Expected<StandardsSet> again = StandardsLibrary::bundled(StandardsLibrary::defaultId());
    REQUIRE(again.ok());
    CHECK(StandardsFormat::contentHash(*again) == hashBefore);
}

TEST_CASE("resolve() takes a bundled id or a file, and says what it was given otherwise")
{
    const Expected<StandardsSet> byId =
        StandardsLibrary::resolve(QStringLiteral("seqohs-2015-summary"));
    REQUIRE(byId.ok());
    CHECK(byId->edition == QStringLiteral("2015"));

    const Expected<StandardsSet> byPath =
        StandardsLibrary::resolve(fixture(QStringLiteral("valid-set.json")));
    REQUIRE(byPath.ok());
    CHECK(byPath->id == QStringLiteral("fixture-set"));

    const Expected<StandardsSet> neither = StandardsLibrary::resolve(QStringLiteral("seqohs-1999"));
    REQUIRE_FALSE(neither.ok());
    CHECK(neither.error().message.contains(QStringLiteral("seqohs-1999")));
    CHECK(neither.error().hint.contains(QStringLiteral("seqohs-2023-summary")));

    const Expected<StandardsSet> unknown = StandardsLibrary::bundled(QStringLiteral("nope"));
    REQUIRE_FALSE(unknown.ok());
}

TEST_CASE("Every JSON fixture but the valid ones is refused")
{
    // Guards the fixture folder itself: a broken file that started to load would show here.
    const QDir dir(test::dataPath(QStringLiteral("standards")));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    REQUIRE(files.size() >= 20);
    const StandardsSet from = *StandardsLibrary::bundled(QStringLiteral("seqohs-2015-summary"));
    const StandardsSet to = *StandardsLibrary::bundled(QStringLiteral("seqohs-2023-summary"));
    for (const QString &name : files) {
        INFO(name.toStdString());
        const QString path = dir.filePath(name);
        const bool valid = name.startsWith(QLatin1String("valid-"));
        if (name.contains(QLatin1String("crosswalk"))) {
            const Expected<Crosswalk> crosswalk = CrosswalkFormat::readFile(path);
            const bool ok =
                crosswalk.ok() && CrosswalkFormat::validate(*crosswalk, from, to, path).isEmpty();
            CHECK(ok == valid);
            continue;
        }
        const Expected<StandardsSet> set = StandardsFormat::readFile(path);
        CHECK(set.ok() == valid);
        if (!set.ok()) {
            for (const Error &e : set.errors()) {
                CHECK(e.file == path);
                CHECK_FALSE(e.message.isEmpty());
            }
        }
    }
}
