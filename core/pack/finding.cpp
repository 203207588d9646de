#include "finding.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace seqohs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("seqohs", text);
}

template <typename E, size_t N>
std::optional<E> lookup(const std::pair<E, const char *> (&table)[N], const QString &text)
{
    for (const auto &[value, name] : table) {
        if (text == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

template <typename E, size_t N> QString name(const std::pair<E, const char *> (&table)[N], E value)
{
    for (const auto &[v, n] : table) {
        if (v == value)
            return QString::fromLatin1(n);
    }
    return QString();
}

const std::pair<FindingResult, const char *> Results[] = {
    {FindingResult::NotRecorded, "not-recorded"},
    {FindingResult::Met, "met"},
    {FindingResult::NotMet, "not-met"},
    {FindingResult::FurtherEvidenceRequired, "further-evidence-required"}};
const std::pair<FindingGrade, const char *> Grades[] = {
    {FindingGrade::None, "none"},
    {FindingGrade::MajorNonConformity, "major-non-conformity"},
    {FindingGrade::MinorNonConformity, "minor-non-conformity"},
    {FindingGrade::Observation, "observation"},
    {FindingGrade::GoodPractice, "good-practice"}};
const std::pair<Recommendation, const char *> Recommendations[] = {
    {Recommendation::None, "none"},
    {Recommendation::Accredit, "accredit"},
    {Recommendation::DeferWithActions, "defer-with-actions"},
    {Recommendation::NotAccredit, "not-accredit"}};

} // namespace

QString findingResultToString(FindingResult result)
{
    return name(Results, result);
}
std::optional<FindingResult> findingResultFromString(const QString &text)
{
    return lookup(Results, text);
}
QString findingResultDisplayName(FindingResult result)
{
    switch (result) {
    case FindingResult::NotRecorded:
        return tr("Not recorded");
    case FindingResult::Met:
        return tr("Met");
    case FindingResult::NotMet:
        return tr("Not met");
    case FindingResult::FurtherEvidenceRequired:
        return tr("Further evidence required");
    }
    return QString();
}

QString findingGradeToString(FindingGrade grade)
{
    return name(Grades, grade);
}
std::optional<FindingGrade> findingGradeFromString(const QString &text)
{
    return lookup(Grades, text);
}
QString findingGradeDisplayName(FindingGrade grade)
{
    switch (grade) {
    case FindingGrade::None:
        return QString();
    case FindingGrade::MajorNonConformity:
        return tr("Major non-conformity");
    case FindingGrade::MinorNonConformity:
        return tr("Minor non-conformity");
    case FindingGrade::Observation:
        return tr("Observation");
    case FindingGrade::GoodPractice:
        return tr("Good practice");
    }
    return QString();
}

QString recommendationToString(Recommendation recommendation)
{
    return name(Recommendations, recommendation);
}
std::optional<Recommendation> recommendationFromString(const QString &text)
{
    return lookup(Recommendations, text);
}
QString recommendationDisplayName(Recommendation recommendation)
{
    switch (recommendation) {
    case Recommendation::None:
        return tr("No recommendation yet");
    case Recommendation::Accredit:
        return tr("Accredit");
    case Recommendation::DeferWithActions:
        return tr("Defer with actions");
    case Recommendation::NotAccredit:
        return tr("Do not accredit");
    }
    return QString();
}

QJsonObject StandardFinding::toJson() const
{
    QJsonArray actionsJson;
    for (const RequiredAction &a : actions) {
        actionsJson.append(QJsonObject{{QStringLiteral("text"), a.text},
                                       {QStringLiteral("due"), a.due.toString(Qt::ISODate)}});
    }
    return QJsonObject{{QStringLiteral("standardId"), standardId},
                       {QStringLiteral("standardCode"), standardCode},
                       {QStringLiteral("standardTitle"), standardTitle},
                       {QStringLiteral("domainCode"), domainCode},
                       {QStringLiteral("domainTitle"), domainTitle},
                       {QStringLiteral("criterionIds"), QJsonArray::fromStringList(criterionIds)},
                       {QStringLiteral("finding"), findingResultToString(result)},
                       {QStringLiteral("grade"), findingGradeToString(grade)},
                       {QStringLiteral("comments"), comments},
                       {QStringLiteral("requiredActions"), actionsJson},
                       {QStringLiteral("recorded"),
                        recorded.isValid() ? recorded.toUTC().toString(Qt::ISODate) : QString()}};
}

StandardFinding StandardFinding::fromJson(const QJsonObject &o)
{
    StandardFinding f;
    f.standardId = o.value(QLatin1String("standardId")).toString();
    f.standardCode = o.value(QLatin1String("standardCode")).toString();
    f.standardTitle = o.value(QLatin1String("standardTitle")).toString();
    f.domainCode = o.value(QLatin1String("domainCode")).toString();
    f.domainTitle = o.value(QLatin1String("domainTitle")).toString();
    const QJsonArray ids = o.value(QLatin1String("criterionIds")).toArray();
    for (const auto &id : ids)
        f.criterionIds << id.toString();
    f.result = findingResultFromString(o.value(QLatin1String("finding")).toString())
                   .value_or(FindingResult::NotRecorded);
    f.grade = findingGradeFromString(o.value(QLatin1String("grade")).toString())
                  .value_or(FindingGrade::None);
    f.comments = o.value(QLatin1String("comments")).toString();
    const QJsonArray actions = o.value(QLatin1String("requiredActions")).toArray();
    for (const auto &v : actions) {
        const QJsonObject a = v.toObject();
        f.actions.append(
            {a.value(QLatin1String("text")).toString(),
             QDate::fromString(a.value(QLatin1String("due")).toString(), Qt::ISODate)});
    }
    f.recorded = QDateTime::fromString(o.value(QLatin1String("recorded")).toString(), Qt::ISODate);
    return f;
}

} // namespace seqohs
