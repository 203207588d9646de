#include "testsupport.h"

#include "catalogue/crosswalkformat.h"
#include "catalogue/standardslibrary.h"

using namespace seqohs;

namespace {

QString fixture(const QString &name)
{
    return test::dataPath(QStringLiteral("standards/") + name);
}

StandardsSet bundled(const char *id)
{
    const Expected<StandardsSet> set = StandardsLibrary::bundled(QString::fromLatin1(id));
    REQUIRE(set.ok());
    return *set;
}

} // namespace

TEST_CASE("A crosswalk round-trips through write() and read()")
{
    Crosswalk crosswalk;
    crosswalk.id = QStringLiteral("cw");
    crosswalk.title = QStringLiteral("Crosswalk");
    crosswalk.fromSetId = QStringLiteral("a");
    crosswalk.toSetId = QStringLiteral("b");
    crosswalk.version = QStringLiteral("2");
    crosswalk.attribution = QStringLiteral("ours");
    crosswalk.mappings = {
        {QStringLiteral("x1"), QStringLiteral("y1"), Crosswalk::Relation::Equal, {}},
        {QStringLiteral("x2"), QStringLiteral("y1"), Crosswalk::Relation::Subset,
         QStringLiteral("part")},
        {QStringLiteral("x3"), QStringLiteral("y2"), Crosswalk::Relation::Superset, {}},
        {QStringLiteral("x3"), QStringLiteral("y3"), Crosswalk::Relation::Intersect, {}}};
    const QByteArray written = CrosswalkFormat::write(crosswalk);
    const Expected<Crosswalk> again = CrosswalkFormat::read(written, QStringLiteral("cw.json"));
    INFO(again.errorString().toStdString());
    REQUIRE(again.ok());
    CHECK(*again == crosswalk);
    CHECK(CrosswalkFormat::write(*again) == written);
}

TEST_CASE("Dangling crosswalk references are located by JSON path")
{
    const QString path = fixture(QStringLiteral("dangling-crosswalk.json"));
    const Expected<Crosswalk> crosswalk = CrosswalkFormat::readFile(path);
    REQUIRE(crosswalk.ok()); // well-formed on its own
    const ErrorList problems = CrosswalkFormat::validate(*crosswalk, bundled("seqohs-2015-summary"),
                                                         bundled("seqohs-2023-summary"), path);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].file == path);
    CHECK(problems[0].location == QStringLiteral("$.mappings[1].from"));
    CHECK(problems[0].message.contains(QStringLiteral("s15-z-99")));
    CHECK(problems[1].location == QStringLiteral("$.mappings[2].to"));
    CHECK(problems[1].message.contains(QStringLiteral("s23-inf-99")));
}

TEST_CASE("A crosswalk checked against the wrong sets says so")
{
    const Expected<Crosswalk> crosswalk =
        CrosswalkFormat::readFile(fixture(QStringLiteral("valid-crosswalk.json")));
    REQUIRE(crosswalk.ok());
    CHECK(CrosswalkFormat::validate(*crosswalk, bundled("seqohs-2015-summary"),
                                    bundled("seqohs-2023-summary"), QStringLiteral("f"))
              .isEmpty());
    const ErrorList swapped =
        CrosswalkFormat::validate(*crosswalk, bundled("seqohs-2023-summary"),
                                  bundled("seqohs-2015-summary"), QStringLiteral("f"));
    REQUIRE(swapped.size() >= 2);
    CHECK(swapped[0].location == QStringLiteral("$.fromSet"));
    CHECK(swapped[1].location == QStringLiteral("$.toSet"));
}

TEST_CASE("Broken crosswalk files are refused with a located message")
{
    struct Case
    {
        const char *file;
        const char *location;
        const char *words;
    };
    const Case cases[] = {
        {"crosswalk-unknown-relation.json", "$.mappings[0].relation", "Unknown relation \"same\""},
        {"crosswalk-duplicate-mapping.json", "$.mappings[1]", "listed twice"},
        {"valid-set.json", "$.format", "standards set, not a crosswalk"},
        {"bom.json", "line 1, column 1", "byte order mark"},
    };
    for (const Case &c : cases) {
        INFO(c.file);
        const QString path = fixture(QString::fromLatin1(c.file));
        const Expected<Crosswalk> crosswalk = CrosswalkFormat::readFile(path);
        REQUIRE_FALSE(crosswalk.ok());
        CHECK(crosswalk.error().file == path);
        CHECK(crosswalk.error().location == QString::fromLatin1(c.location));
        CHECK(QString(crosswalk.error().message + crosswalk.error().hint)
                  .contains(QString::fromLatin1(c.words)));
    }
}

TEST_CASE("A crosswalk from a newer version is refused as such")
{
    const QString path = fixture(QStringLiteral("crosswalk-newer-format.json"));
    const Expected<Crosswalk> crosswalk = CrosswalkFormat::readFile(path);
    REQUIRE_FALSE(crosswalk.ok());
    CHECK(crosswalk.error().location == QStringLiteral("$.formatVersion"));
    CHECK(crosswalk.error().message.contains(QStringLiteral("written by a newer version")));
}
