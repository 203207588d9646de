#include "scoringfixture.h"

using namespace seqohs;

namespace {
Criterion criterion(const char *id, Level level, double weight, QStringList tags = {})
{
    Criterion c;
    c.id = QString::fromLatin1(id);
    c.code = c.id.toUpper();
    c.title = QStringLiteral("Criterion ") + c.code;
    c.level = level;
    c.weight = weight;
    c.appliesTo = tags;
    return c;
}

EvidenceItem evidence(qint64 id, QDate reviewBy)
{
    EvidenceItem e;
    e.id = id;
    e.kind = EvidenceItem::Kind::Statement;
    e.title = QStringLiteral("Evidence %1").arg(id);
    e.documentDate = QDate(2025, 12, 1);
    e.reviewBy = reviewBy;
    return e;
}
} // namespace

Assessment assessed(const QString &id, AssessmentResult result, const QString &justification)
{
    Assessment a;
    a.itemId = id;
    a.result = result;
    a.justification = justification;
    return a;
}

ScoringInput workedExample()
{
    ScoringInput in;
    in.set.id = QStringLiteral("worked-example");
    in.set.version = QStringLiteral("1");

    Standard s1;
    s1.id = QStringLiteral("s1");
    s1.code = QStringLiteral("S1");
    s1.title = QStringLiteral("Standard S1");
    s1.criteria = {criterion("c1", Level::Must, 1), criterion("c2", Level::Should, 2),
                   criterion("c3", Level::Should, 1)};
    Standard s2;
    s2.id = QStringLiteral("s2");
    s2.code = QStringLiteral("S2");
    s2.title = QStringLiteral("Standard S2");
    s2.level = Level::Should;
    s2.appliesTo = {QStringLiteral("nhs")};
    Domain d1;
    d1.id = QStringLiteral("d1");
    d1.code = QStringLiteral("D1");
    d1.title = QStringLiteral("Governance");
    d1.standards = {s1, s2};

    Standard s3;
    s3.id = QStringLiteral("s3");
    s3.code = QStringLiteral("S3");
    s3.title = QStringLiteral("Standard S3");
    s3.criteria = {criterion("c4", Level::Should, 1, {QStringLiteral("physiotherapy")}),
                   criterion("c5", Level::Unspecified, 0)};
    Domain d2;
    d2.id = QStringLiteral("d2");
    d2.code = QStringLiteral("D2");
    d2.title = QStringLiteral("Outcomes");
    d2.standards = {s3};
    in.set.domains = {d1, d2};

    in.profile.name = QStringLiteral("Example OH");
    in.profile.plannedAssessment = QDate(2026, 9, 1);
    in.asOf = QDate(2026, 3, 1);

    for (const Assessment &a : {assessed(QStringLiteral("c1"), AssessmentResult::Met),
                                assessed(QStringLiteral("c2"), AssessmentResult::PartiallyMet),
                                assessed(QStringLiteral("c3"), AssessmentResult::NotMet),
                                assessed(QStringLiteral("c5"), AssessmentResult::Met)})
        in.assessments.insert(a.itemId, a);

    in.evidence = {evidence(1, QDate(2026, 6, 30)), evidence(2, QDate(2026, 1, 1)),
                   evidence(3, QDate())};
    in.links = {EvidenceLink{1, QStringLiteral("c1")}, EvidenceLink{2, QStringLiteral("c2")},
                EvidenceLink{3, QStringLiteral("c5")}};
    return in;
}
