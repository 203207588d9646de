#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace seqohs {

// The assessor's judgement of one standard.
enum class FindingResult { NotRecorded, Met, NotMet, FurtherEvidenceRequired };
// A grade where one fits.
enum class FindingGrade { None, MajorNonConformity, MinorNonConformity, Observation, GoodPractice };
// The overall recommendation of a review.
enum class Recommendation { None, Accredit, DeferWithActions, NotAccredit };

// File and CLI spellings: "not-recorded", "met", "not-met", "further-evidence-required";
// "none", "major-non-conformity", "minor-non-conformity", "observation", "good-practice";
// "none", "accredit", "defer-with-actions", "not-accredit".
QString findingResultToString(FindingResult result);
std::optional<FindingResult> findingResultFromString(const QString &text);
QString findingResultDisplayName(FindingResult result); // "Further evidence required"
QString findingGradeToString(FindingGrade grade);
std::optional<FindingGrade> findingGradeFromString(const QString &text);
QString findingGradeDisplayName(FindingGrade grade); // "Minor non-conformity"
QString recommendationToString(Recommendation recommendation);
std::optional<Recommendation> recommendationFromString(const QString &text);
QString recommendationDisplayName(Recommendation recommendation); // "Defer with actions"

// An action the assessor requires of the service, with the date it is due.
struct RequiredAction
{
    QString text;
    QDate due; // may be invalid: no date given

    bool operator==(const RequiredAction &) const = default;
};

// The finding for one standard (the domain -> standard level of the set; a standard without
// criteria is assessed as a whole and is its own item).
struct StandardFinding
{
    QString standardId;
    QString standardCode;
    QString standardTitle;
    QString domainCode;
    QString domainTitle;
    QStringList criterionIds; // what the finding concerns in the service's workspace
    FindingResult result = FindingResult::NotRecorded;
    FindingGrade grade = FindingGrade::None;
    QString comments;
    QList<RequiredAction> actions;
    QDateTime recorded; // UTC; invalid until a finding is recorded

    QJsonObject toJson() const;
    static StandardFinding fromJson(const QJsonObject &o);

    bool operator==(const StandardFinding &) const = default;
};

} // namespace seqohs
