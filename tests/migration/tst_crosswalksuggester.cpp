#include "migrationtesthelpers.h"
#include "testsupport.h"

#include "catalogue/crosswalkformat.h"
#include "migration/crosswalksuggester.h"

using namespace seqohs;

TEST_CASE("Suggester: words are compared without spelling, case or common words")
{
    const QSet<QString> uk = CrosswalkSuggester::words(
        QStringLiteral("The Organisation of the Centre's programme, and its behaviour"));
    const QSet<QString> us = CrosswalkSuggester::words(
        QStringLiteral("the organization of the center's programme and its behavior"));
    CHECK(uk == us);
    CHECK(!uk.contains(QStringLiteral("the")));
    CHECK(CrosswalkSuggester::similarity(QStringLiteral("Staff records are audited"),
                                         QStringLiteral("staff record is audited")) == 1.0);
    CHECK(CrosswalkSuggester::similarity(QString(), QString()) == 0.0);
    CHECK(CrosswalkSuggester::similarity(QStringLiteral("apples pears"),
                                         QStringLiteral("pears plums")) == Approx(1.0 / 3.0));
}

TEST_CASE("Suggester: same code and near-identical text suggest equal, partial text intersect")
{
    const StandardsSet from = test::oldSet();
    const StandardsSet to = test::newSet();
    const QList<CrosswalkSuggester::Suggestion> list = CrosswalkSuggester::suggestions(from, to);
    const auto find = [&](const char *f, const char *t) -> const CrosswalkSuggester::Suggestion * {
        for (const CrosswalkSuggester::Suggestion &s : list) {
            if (s.mapping.from == QLatin1String(f) && s.mapping.to == QLatin1String(t))
                return &s;
        }
        return nullptr;
    };
    const auto *same = find("o-1", "n-1");
    REQUIRE(same);
    CHECK(same->sameCode);
    CHECK(same->similarity == 1.0);
    CHECK(same->score == 1.0);
    CHECK(same->mapping.relation == Crosswalk::Relation::Equal);
    const auto *partial = find("o-3", "n-3");
    REQUIRE(partial);
    CHECK(partial->mapping.relation == Crosswalk::Relation::Intersect);
    CHECK(partial->score < same->score);
    CHECK(partial->mapping.note.contains(QStringLiteral("same code")));
    for (const CrosswalkSuggester::Suggestion &s : list)
        CHECK(s.score >= CrosswalkSuggester::DefaultMinScore);

    // Written and read back, the crosswalk validates against both sets.
    const Crosswalk c = CrosswalkSuggester::suggest(from, to);
    CHECK(c.fromSetId == from.id);
    CHECK(c.toSetId == to.id);
    Expected<Crosswalk> reread =
        CrosswalkFormat::read(CrosswalkFormat::write(c), QStringLiteral("suggested.json"));
    INFO(reread.errorString());
    REQUIRE(reread.ok());
    CHECK(*reread == c);
    CHECK(CrosswalkFormat::validate(*reread, from, to, QStringLiteral("suggested.json")).isEmpty());

    // A high threshold leaves only the sure ones.
    const QList<CrosswalkSuggester::Suggestion> strict =
        CrosswalkSuggester::suggestions(from, to, 0.95);
    CHECK(strict.size() < list.size());
    for (const CrosswalkSuggester::Suggestion &s : strict)
        CHECK(s.score >= 0.95);
}
