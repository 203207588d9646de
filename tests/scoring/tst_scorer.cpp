#include "scoringfixture.h"
#include "testsupport.h"

#include "scoring/readinessthresholds.h"
#include "scoring/scorer.h"

using namespace seqohs;

namespace {
int countChecks(const Readiness &r, ReadinessCheck::Kind kind)
{
    return int(std::count_if(r.checks.begin(), r.checks.end(),
                             [kind](const ReadinessCheck &c) { return c.kind == kind; }));
}

const ItemScore &item(const Readiness &r, const char *id)
{
    for (const ItemScore &i : r.items) {
        if (i.itemId == QLatin1String(id))
            return i;
    }
    FAIL("no item " << id);
    return r.items.first();
}

void setAll(ScoringInput &in, AssessmentResult result, const QString &justification = {})
{
    for (const AssessableItem &a : in.set.assessables())
        in.assessments.insert(a.id, assessed(a.id, result, justification));
}

void linkEverything(ScoringInput &in, qint64 evidenceId)
{
    in.links.clear();
    for (const AssessableItem &a : in.set.assessables())
        in.links << EvidenceLink{evidenceId, a.id};
}
} // namespace

TEST_CASE("Worked example: overall figures")
{
    const Readiness r = Scorer::score(workedExample());
    // Included: c1 (1), c2 (2), c3 (1), c5 (0). s2 needs nhs, c4 needs physiotherapy.
    CHECK(r.overall.possible == 4.0);
    CHECK(r.overall.earned == 2.0); // 1 x 1 + 2 x 0.5 + 1 x 0 + 0 x 1
    REQUIRE(r.overall.score());
    CHECK(*r.overall.score() == 0.5);
    CHECK(r.overall.applicable == 4);
    CHECK(r.overall.excluded == 2);
    CHECK(r.overall.withCurrentEvidence == 2); // c1 (e1) and c5 (e3); e2 on c2 has expired
    REQUIRE(r.overall.coverage());
    CHECK(*r.overall.coverage() == 0.5);
    CHECK(r.overall.mustApplicable == 1);
    CHECK(r.overall.mustMet == 1);
    CHECK(r.overall.count(AssessmentResult::Met) == 2);
    CHECK(r.overall.count(AssessmentResult::PartiallyMet) == 1);
    CHECK(r.overall.count(AssessmentResult::NotMet) == 1);
}

TEST_CASE("Worked example: verdict and reasons")
{
    const Readiness r = Scorer::score(workedExample());
    CHECK(r.verdict == Verdict::NotReady);
    CHECK(r.reasons.contains(
        QStringLiteral("The score of 50% is below the 80% needed for nearly ready.")));
    CHECK(r.reasons.contains(
        QStringLiteral("Evidence coverage of 50% is below the 80% needed for nearly ready.")));
    CHECK(r.reasons.contains(QStringLiteral("2 applicable criteria are not yet met.")));
}

TEST_CASE("Worked example: domain and standard figures")
{
    const Readiness r = Scorer::score(workedExample());
    const NodeScore *d1 = r.domain(QStringLiteral("d1"));
    REQUIRE(d1);
    CHECK(d1->figures.earned == 2.0);
    CHECK(d1->figures.possible == 4.0);
    CHECK(d1->figures.excluded == 1);
    const NodeScore *d2 = r.domain(QStringLiteral("d2"));
    REQUIRE(d2);
    CHECK(d2->figures.possible == 0.0);
    CHECK_FALSE(d2->figures.score().has_value()); // only a zero-weight item is included
    CHECK(d2->figures.applicable == 1);
    const NodeScore *s2 = r.standard(QStringLiteral("s2"));
    REQUIRE(s2);
    CHECK(s2->figures.applicable == 0);
    CHECK(s2->figures.excluded == 1);
}

TEST_CASE("Worked example: checks and currency")
{
    const Readiness r = Scorer::score(workedExample());
    CHECK(countChecks(r, ReadinessCheck::Kind::EvidenceExpired) == 1);
    CHECK(countChecks(r, ReadinessCheck::Kind::EvidenceExpiringBeforeVisit) == 1);
    CHECK(countChecks(r, ReadinessCheck::Kind::MustNotMet) == 0);
    CHECK(r.currency.total == 3);
    CHECK(r.currency.current == 2);
    CHECK(r.currency.expired == 1);
    CHECK(r.currency.expiredIds == QList<qint64>{2});
    CHECK(r.currency.expiringIds == QList<qint64>{1});
    CHECK(item(r, "c1").expiringBeforeVisit == 1);
}

TEST_CASE("Explain lists every contribution with its reason")
{
    const Readiness r = Scorer::score(workedExample());
    const QList<ItemScore> d1 = r.contributions(QStringLiteral("d1"));
    REQUIRE(d1.size() == 4);
    CHECK(d1.at(0).itemId == QStringLiteral("c1"));
    CHECK(d1.at(0).points == 1.0);
    CHECK(d1.at(1).points == 1.0); // weight 2, partially met
    CHECK(d1.at(2).points == 0.0);
    CHECK_FALSE(d1.at(3).included);
    CHECK(d1.at(3).exclusionReason == QStringLiteral("Applies only to services marked: nhs"));
    CHECK(r.contributions(QString()).size() == 6);
    CHECK(r.contributions(QStringLiteral("s3")).size() == 2);
}

TEST_CASE("A service that serves NHS bodies includes the NHS standard")
{
    ScoringInput in = workedExample();
    in.profile.servesNhs = true;
    const Readiness r = Scorer::score(in);
    CHECK(r.overall.possible == 5.0);
    CHECK(r.overall.earned == 2.0);
    CHECK(*r.overall.score() == 0.4);
    CHECK(countChecks(r, ReadinessCheck::Kind::NotAssessed) == 1); // s2
}

TEST_CASE("Not applicable with a justification leaves the denominator")
{
    ScoringInput in = workedExample();
    in.assessments[QStringLiteral("c3")] = assessed(
        QStringLiteral("c3"), AssessmentResult::NotApplicable, QStringLiteral("We run no clinics"));
    const Readiness r = Scorer::score(in);
    CHECK(r.overall.possible == 3.0);
    CHECK(r.overall.earned == 2.0);
    CHECK(item(r, "c3").exclusionReason ==
          QStringLiteral("Marked not applicable: We run no clinics"));
    CHECK(r.overall.count(AssessmentResult::NotApplicable) == 1);
}

TEST_CASE("Not applicable without a justification counts as not met and is flagged")
{
    ScoringInput in = workedExample();
    in.assessments[QStringLiteral("c3")] =
        assessed(QStringLiteral("c3"), AssessmentResult::NotApplicable);
    const Readiness r = Scorer::score(in);
    CHECK(r.overall.possible == 4.0);
    CHECK(item(r, "c3").included);
    CHECK(countChecks(r, ReadinessCheck::Kind::NotApplicableWithoutJustification) == 1);
    CHECK(r.reasons.last().startsWith(
        QStringLiteral("1 item is marked not applicable without a justification")));
}

TEST_CASE("An unmet must blocks readiness whatever the percentage")
{
    ScoringInput in = workedExample();
    setAll(in, AssessmentResult::Met);
    in.evidence = {in.evidence.at(2)}; // e3 never expires
    linkEverything(in, 3);
    in.assessments[QStringLiteral("c1")] =
        assessed(QStringLiteral("c1"), AssessmentResult::PartiallyMet);
    const Readiness r = Scorer::score(in);
    CHECK(*r.overall.score() == 3.5 / 4.0);
    CHECK(r.verdict == Verdict::NotReady);
    CHECK(countChecks(r, ReadinessCheck::Kind::MustNotMet) == 1);
    REQUIRE_FALSE(r.reasons.isEmpty());
    CHECK(r.reasons.first() ==
          QStringLiteral("1 must criterion is not met with current evidence: C1 Criterion C1."));
}

TEST_CASE("A must met without current evidence blocks readiness")
{
    ScoringInput in = workedExample();
    in.asOf = QDate(2026, 7, 1); // forecast: e1 expired on 30 June
    const Readiness r = Scorer::score(in);
    CHECK(r.verdict == Verdict::NotReady);
    CHECK(countChecks(r, ReadinessCheck::Kind::MustWithoutCurrentEvidence) == 1);
    CHECK(r.overall.mustMet == 0);
    CHECK(r.overall.withCurrentEvidence == 1);
}

TEST_CASE("Everything met with current evidence is ready; a little less is nearly ready")
{
    ScoringInput in = workedExample();
    setAll(in, AssessmentResult::Met);
    in.evidence = {in.evidence.at(2)};
    linkEverything(in, 3);
    Readiness r = Scorer::score(in);
    CHECK(r.verdict == Verdict::Ready);
    CHECK(r.reasons.isEmpty());
    CHECK(*r.overall.score() == 1.0);

    // c2 (weight 2) partially met: 3 / 4 = 75% -> not ready; c3 (weight 1) instead: 87.5%.
    in.assessments[QStringLiteral("c2")] =
        assessed(QStringLiteral("c2"), AssessmentResult::PartiallyMet);
    r = Scorer::score(in);
    CHECK(*r.overall.score() == 0.75);
    CHECK(r.verdict == Verdict::NotReady);
    in.assessments[QStringLiteral("c2")] = assessed(QStringLiteral("c2"), AssessmentResult::Met);
    in.assessments[QStringLiteral("c3")] =
        assessed(QStringLiteral("c3"), AssessmentResult::PartiallyMet);
    r = Scorer::score(in);
    CHECK(*r.overall.score() == 0.875);
    CHECK(r.verdict == Verdict::NearlyReady);
    CHECK(r.reasons == QStringList{QStringLiteral("1 applicable criterion is not yet met.")});
}

TEST_CASE("Everything not applicable, or nothing applicable, is not ready and says why")
{
    ScoringInput in = workedExample();
    setAll(in, AssessmentResult::NotApplicable, QStringLiteral("Out of scope"));
    Readiness r = Scorer::score(in);
    CHECK(r.overall.applicable == 0);
    CHECK_FALSE(r.overall.score().has_value());
    CHECK_FALSE(r.overall.coverage().has_value());
    CHECK(r.verdict == Verdict::NotReady);
    REQUIRE(r.reasons.size() == 1);
    CHECK(r.reasons.first().startsWith(QStringLiteral("No criterion")));

    ScoringInput none = workedExample();
    for (Domain &d : none.set.domains)
        d.appliesTo = {QStringLiteral("construction")};
    r = Scorer::score(none);
    CHECK(r.overall.applicable == 0);
    CHECK(r.overall.excluded == 6);
    CHECK(r.verdict == Verdict::NotReady);
}

TEST_CASE("Zero weights give no score but still count for coverage")
{
    ScoringInput in = workedExample();
    for (Domain &d : in.set.domains) {
        for (Standard &s : d.standards) {
            s.weight = 0;
            for (Criterion &c : s.criteria)
                c.weight = 0;
        }
    }
    const Readiness r = Scorer::score(in);
    CHECK(r.overall.possible == 0.0);
    CHECK_FALSE(r.overall.score().has_value());
    CHECK(r.overall.applicable == 4);
    CHECK(*r.overall.coverage() == 0.5);
    CHECK(r.verdict == Verdict::NotReady);
    CHECK(r.reasons.first().contains(QStringLiteral("weight of zero")));
}

TEST_CASE("Evidence expiring today is still current; tomorrow it has expired")
{
    EvidenceItem e;
    e.reviewBy = QDate(2026, 3, 1);
    CHECK(Scorer::isCurrentFor(e, {}, QDate(2026, 3, 1)));
    CHECK_FALSE(Scorer::isCurrentFor(e, {}, QDate(2026, 3, 2)));
}

TEST_CASE("Currency rules on 29 February")
{
    EvidenceItem e;
    e.documentDate = QDate(2023, 2, 28);
    const CurrencyRule refresh{0, 12};
    // 29 Feb 2024 minus 12 months is 28 Feb 2023: a document of that day is still fresh.
    CHECK(Scorer::isCurrentFor(e, refresh, QDate(2024, 2, 29)));
    e.documentDate = QDate(2023, 2, 27);
    CHECK_FALSE(Scorer::isCurrentFor(e, refresh, QDate(2024, 2, 29)));

    EvidenceItem leap;
    leap.reviewBy = QDate(2024, 2, 29);
    CHECK(Scorer::isCurrentFor(leap, {}, QDate(2024, 2, 29)));
    CHECK_FALSE(Scorer::isCurrentFor(leap, {}, QDate(2024, 3, 1)));

    // Cover: evidence must be dated (period end) within the last 12 months.
    EvidenceItem audit;
    audit.documentDate = QDate(2022, 1, 1);
    audit.coversTo = QDate(2023, 3, 1);
    const CurrencyRule cover{12, 0};
    CHECK(Scorer::isCurrentFor(audit, cover, QDate(2024, 2, 29)));
    CHECK_FALSE(Scorer::isCurrentFor(audit, cover, QDate(2024, 3, 2)));
    EvidenceItem undated;
    CHECK_FALSE(Scorer::isCurrentFor(undated, cover, QDate(2024, 2, 29)));
}

TEST_CASE("A currency rule on the set makes stale evidence count as not current")
{
    ScoringInput in = workedExample();
    in.set.domains[0].standards[0].criteria[0].currency = CurrencyRule{0, 2}; // c1: 2 months
    // e1 was written on 1 Dec 2025: older than 2 months on 1 Mar 2026.
    const Readiness r = Scorer::score(in);
    CHECK(item(r, "c1").currentEvidence == 0);
    CHECK(item(r, "c1").expiredEvidence == 1);
    CHECK(countChecks(r, ReadinessCheck::Kind::MustWithoutCurrentEvidence) == 1);
}

TEST_CASE("Overdue actions are checked but done ones are not")
{
    ScoringInput in = workedExample();
    Action late;
    late.id = 7;
    late.text = QStringLiteral("Write the audit plan");
    late.due = QDate(2026, 2, 1);
    Action done = late;
    done.id = 8;
    done.status = Action::Status::Done;
    Action dueToday = late;
    dueToday.id = 9;
    dueToday.due = in.asOf;
    in.actions = {late, done, dueToday};
    const Readiness r = Scorer::score(in);
    REQUIRE(countChecks(r, ReadinessCheck::Kind::ActionOverdue) == 1);
    for (const ReadinessCheck &c : r.checks) {
        if (c.kind == ReadinessCheck::Kind::ActionOverdue)
            CHECK(c.actionId == 7);
    }
}

TEST_CASE("Met with no evidence is flagged")
{
    ScoringInput in = workedExample();
    in.assessments[QStringLiteral("c3")] = assessed(QStringLiteral("c3"), AssessmentResult::Met);
    const Readiness r = Scorer::score(in);
    CHECK(countChecks(r, ReadinessCheck::Kind::MetWithoutEvidence) == 1);
}

TEST_CASE("Scoring is a pure function: the same input gives the same result")
{
    const ScoringInput in = workedExample();
    CHECK(Scorer::score(in) == Scorer::score(in));
}

TEST_CASE("Readiness thresholds: one definition of the nearly-ready figures and the chart bands")
{
    using Band = ReadinessThresholds::Band;
    CHECK(ReadinessThresholds::NearlyReadyScore == 0.8);
    CHECK(ReadinessThresholds::NearlyReadyCoverage == 0.8);
    CHECK(ReadinessThresholds::FairScore == 0.5);
    CHECK(ReadinessThresholds::band(std::nullopt) == Band::None);
    CHECK(ReadinessThresholds::band(1.0) == Band::Good);
    CHECK(ReadinessThresholds::band(0.8) == Band::Good);
    CHECK(ReadinessThresholds::band(0.7999) == Band::Fair);
    CHECK(ReadinessThresholds::band(0.5) == Band::Fair);
    CHECK(ReadinessThresholds::band(0.4999) == Band::Poor);
    CHECK(ReadinessThresholds::band(0.0) == Band::Poor);
    CHECK(ReadinessThresholds::bandLabel(Band::Good) == QStringLiteral("80% or more"));
    CHECK(ReadinessThresholds::bandLabel(Band::Fair) == QStringLiteral("50% to 79%"));
    CHECK(ReadinessThresholds::bandLabel(Band::Poor) == QStringLiteral("Below 50%"));
    CHECK(ReadinessThresholds::bandLabel(Band::None).isEmpty());
}
