// "Why this score?" as text: the same table in the window and in `score --explain`.
#include "testsupport.h"

#include "reporting/scoreexplanation.h"

using namespace seqohs;

namespace {

ItemScore item(const QString &id, const QString &code, const QString &title, Level level,
               double weight, AssessmentResult result, double points, int domain, int standard,
               const QString &exclusion = QString())
{
    ItemScore i;
    i.itemId = id;
    i.code = code;
    i.title = title;
    i.level = level;
    i.weight = weight;
    i.result = result;
    i.included = exclusion.isEmpty();
    i.exclusionReason = exclusion;
    i.points = points;
    i.domainIndex = domain;
    i.standardIndex = standard;
    return i;
}

NodeScore node(const QString &id, const QString &code, const QString &title, int domain,
               int standard)
{
    NodeScore n;
    n.id = id;
    n.code = code;
    n.title = title;
    n.domainIndex = domain;
    n.standardIndex = standard;
    return n;
}

// Two domains, three standards, four criteria: every level, an included and an excluded item,
// a fractional weight and a title too long for its column.
Readiness smallSet()
{
    Readiness r;
    r.domains = {
        node(QStringLiteral("d1"), QStringLiteral("D1"), QStringLiteral("Governance"), 0, -1),
        node(QStringLiteral("d2"), QStringLiteral("D2"), QStringLiteral("Workforce"), 1, -1)};
    r.standards = {
        node(QStringLiteral("d1-s1"), QStringLiteral("1.1"), QStringLiteral("Leadership"), 0, 0),
        node(QStringLiteral("d1-s2"), QStringLiteral("1.2"), QStringLiteral("Records"), 0, 1),
        node(QStringLiteral("d2-s1"), QStringLiteral("2.1"), QStringLiteral("Staff"), 1, 0)};
    r.items = {item(QStringLiteral("c1"), QStringLiteral("1.1a"), QStringLiteral("A named lead"),
                    Level::Must, 2, AssessmentResult::Met, 2, 0, 0),
               item(QStringLiteral("c2"), QStringLiteral("1.1b"),
                    QStringLiteral("A title that is far too long to fit in the column of fifty-two "
                                   "characters"),
                    Level::Should, 1, AssessmentResult::PartiallyMet, 0.5, 0, 0),
               item(QStringLiteral("c3"), QStringLiteral("1.2a"), QStringLiteral("Records kept"),
                    Level::Should, 1, AssessmentResult::NotApplicable, 0, 0, 1,
                    QStringLiteral("Marked not applicable: No records held.")),
               item(QStringLiteral("c4"), QStringLiteral("2.1a"), QStringLiteral("Training"),
                    Level::Unspecified, 1.5, AssessmentResult::NotAssessed, 0, 1, 0)};
    return r;
}

const QString header =
    QStringLiteral("Item                                                 Level   "
                   "     Weight  Result          Points\n");
const QString row1 = QStringLiteral("1.1a A named lead                                    must    "
                                    "         2  Met                 2\n");
const QString row2 = QStringLiteral("1.1b A title that is far too long to fit in the col\u2026 "
                                    "should           1  Partially met     0.5\n");
const QString row3 = QStringLiteral("1.2a Records kept                                    should  "
                                    "         1  Not applicable      -  (Marked not applicable: "
                                    "No records held.)\n");
const QString row4 = QStringLiteral("2.1a Training                                        "
                                    "unspecified    1.5  Not assessed        0\n");

} // namespace

TEST_CASE("ScoreExplanation: the whole set under 'overall'")
{
    CHECK(ScoreExplanation::text(smallSet(), QStringLiteral("overall")) ==
          header + row1 + row2 + row3 + row4);
}

TEST_CASE("ScoreExplanation: a domain, a standard and a criterion")
{
    const Readiness r = smallSet();
    CHECK(ScoreExplanation::text(r, QStringLiteral("d1")) == header + row1 + row2 + row3);
    CHECK(ScoreExplanation::text(r, QStringLiteral("d2")) == header + row4);
    CHECK(ScoreExplanation::text(r, QStringLiteral("d1-s1")) == header + row1 + row2);
    CHECK(ScoreExplanation::text(r, QStringLiteral("d1-s2")) == header + row3);
    CHECK(ScoreExplanation::text(r, QStringLiteral("c4")) == header + row4);
}

TEST_CASE("ScoreExplanation: empty for anything that is not a node of the set")
{
    const Readiness r = smallSet();
    CHECK(ScoreExplanation::text(r, QStringLiteral("no-such-node")).isEmpty());
    CHECK(ScoreExplanation::text(r, QString()).isEmpty());
    CHECK(ScoreExplanation::text(r, QStringLiteral("D1")).isEmpty()); // a code, not an id
    CHECK(ScoreExplanation::text(Readiness(), QStringLiteral("c1")).isEmpty());
}
