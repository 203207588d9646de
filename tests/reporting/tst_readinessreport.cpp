#include "reportfixture.h"
#include "scoringfixture.h"
#include "testsupport.h"

#include "reporting/readinessreportbuilder.h"
#include "scoring/scorer.h"

using namespace seqohs;

namespace {

ReadinessReport reportOf(const ScoringInput &input, const ReportOptions &options = {})
{
    return ReadinessReportBuilder::build(input, Scorer::score(input), options);
}

const ReadinessReport::Item *findItem(const QList<ReadinessReport::Item> &items, const QString &id)
{
    for (const ReadinessReport::Item &i : items) {
        if (i.itemId == id)
            return &i;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The report of the worked example says what docs/scoring.md says")
{
    ScoringInput input = workedExample();
    input.set.title = QStringLiteral("Worked example");
    ReportOptions options;
    options.generated = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    const ReadinessReport report = reportOf(input, options);

    const ReadinessReport::Cover &cover = report.cover;
    CHECK(cover.serviceName == QStringLiteral("Example OH"));
    CHECK(cover.verdict == Verdict::NotReady);
    REQUIRE(cover.score.has_value());
    CHECK(*cover.score == Approx(0.5));
    REQUIRE(cover.coverage.has_value());
    CHECK(*cover.coverage == Approx(0.5));
    CHECK(cover.asOf == QDate(2026, 3, 1));
    CHECK(cover.plannedVisit == QDate(2026, 9, 1));
    CHECK(cover.mustApplicable == 1);
    CHECK(cover.mustMet == 1);
    CHECK(cover.generated == options.generated);

    CHECK(report.domains.size() == 2);
    CHECK(report.items.size() == 6); // c1, c2, c3, s2, c4, c5
    CHECK_FALSE(report.reasons.isEmpty());

    REQUIRE(report.mustItems.size() == 1);
    CHECK(report.mustItems.first().itemId == QStringLiteral("c1"));

    // Gaps: c2 partially met with expired evidence, c3 not met without evidence. c1 and c5
    // are met with current evidence; s2 and c4 do not apply.
    QStringList gapIds;
    for (const ReadinessReport::Item &i : report.gaps)
        gapIds << i.itemId;
    CHECK(gapIds == QStringList{QStringLiteral("c2"), QStringLiteral("c3")});
    const ReadinessReport::Item *c2 = findItem(report.gaps, QStringLiteral("c2"));
    REQUIRE(c2);
    CHECK(c2->gaps.contains(QStringLiteral("Partially met")));
    CHECK(c2->gaps.contains(QStringLiteral("No current evidence")));
    const ReadinessReport::Item *c3 = findItem(report.gaps, QStringLiteral("c3"));
    REQUIRE(c3);
    CHECK(c3->gaps == QStringList{QStringLiteral("Not met"), QStringLiteral("No evidence")});

    // The hierarchy of each item.
    const ReadinessReport::Item *c4 = findItem(report.items, QStringLiteral("c4"));
    REQUIRE(c4);
    CHECK(c4->domainCode == QStringLiteral("D2"));
    CHECK(c4->standardCode == QStringLiteral("S3"));
    CHECK_FALSE(c4->included);
    CHECK_FALSE(c4->exclusionReason.isEmpty());
    const ReadinessReport::Item *s2 = findItem(report.items, QStringLiteral("s2"));
    REQUIRE(s2);
    CHECK(s2->isStandard);

    // Evidence: e1 expires before the visit, e2 has expired, e3 never expires.
    REQUIRE(report.evidence.size() == 3);
    CHECK(report.evidence.at(0).linkedCodes == QStringList{QStringLiteral("C1")});
    CHECK(report.evidence.at(0).expiresBeforeVisit);
    CHECK_FALSE(report.evidence.at(1).current);
    CHECK(report.evidence.at(2).current);
    REQUIRE(report.expiringBeforeVisit.size() == 1);
    CHECK(report.expiringBeforeVisit.first().id == 1);
}

TEST_CASE("A summary set is flagged with a sentence that names it, an official one is not")
{
    ScoringInput input = workedExample();
    input.set.title = QStringLiteral("SEQOHS 2023 (summary)");
    input.set.provenance = StandardsSet::Provenance::Summary;
    ReadinessReport report = reportOf(input);
    CHECK(report.summarySet);
    CHECK(report.summaryNotice.contains(QStringLiteral("SEQOHS 2023 (summary)")));
    CHECK(report.summaryNotice.contains(QStringLiteral("not the official wording")));
    CHECK(report.cover.provenance == QStringLiteral("summary"));

    input.set.provenance = StandardsSet::Provenance::Official;
    report = reportOf(input);
    CHECK_FALSE(report.summarySet);
    CHECK(report.summaryNotice.isEmpty());
}

TEST_CASE("Actions are listed open first by due date, then done, with overdue ones marked")
{
    ScoringInput input = workedExample();
    Action late{1,
                QStringLiteral("Late"),
                QStringLiteral("c3"),
                QString(),
                QDate(2026, 2, 1),
                Action::Status::Open,
                QDate(),
                QString()};
    Action later{2,
                 QStringLiteral("Later"),
                 QString(),
                 QString(),
                 QDate(2026, 6, 1),
                 Action::Status::InProgress,
                 QDate(),
                 QString()};
    Action undated{3,       QStringLiteral("Undated"), QString(), QString(),
                   QDate(), Action::Status::Open,      QDate(),   QString()};
    Action done{4,
                QStringLiteral("Done"),
                QString(),
                QString(),
                QDate(2026, 1, 1),
                Action::Status::Done,
                QDate(2026, 1, 5),
                QStringLiteral("assessor")};
    input.actions = {done, undated, later, late};
    const ReadinessReport report = reportOf(input);
    QStringList order;
    for (const ReadinessReport::ActionRow &a : report.actions)
        order << a.text;
    CHECK(order == QStringList{QStringLiteral("Late"), QStringLiteral("Later"),
                               QStringLiteral("Undated"), QStringLiteral("Done")});
    CHECK(report.actions.at(0).overdue);
    CHECK(report.actions.at(0).itemCode == QStringLiteral("C3"));
    CHECK_FALSE(report.actions.at(1).overdue);
    CHECK_FALSE(report.actions.at(3).overdue);
}

TEST_CASE("The rich fixture gives every section of the report something to show")
{
    const ScoringInput input = richInput(40);
    Snapshot earlier;
    earlier.name = QStringLiteral("Annual return 2025");
    earlier.asOf = QDate(2025, 3, 1);
    ReportOptions options;
    options.history = {earlier};
    const ReadinessReport report = reportOf(input, options);
    CHECK(report.evidence.size() == 40);
    CHECK_FALSE(report.expiringBeforeVisit.isEmpty());
    CHECK_FALSE(report.gaps.isEmpty());
    CHECK_FALSE(report.mustItems.isEmpty());
    CHECK(report.actions.size() == 8);
    CHECK(report.history.size() == 1);
    // Hash prefixes are 12 characters of the file's SHA-256; links and statements have none.
    for (const ReadinessReport::EvidenceRow &e : report.evidence) {
        if (e.kind == EvidenceItem::Kind::File) {
            CHECK(e.hashPrefix.size() == 12);
            CHECK(e.sha256.startsWith(e.hashPrefix.toLatin1()));
        } else {
            CHECK(e.hashPrefix.isEmpty());
        }
    }
    // Expiring evidence is sorted by its review-by date.
    for (qsizetype i = 1; i < report.expiringBeforeVisit.size(); ++i)
        CHECK(report.expiringBeforeVisit.at(i - 1).reviewBy <=
              report.expiringBeforeVisit.at(i).reviewBy);
}
