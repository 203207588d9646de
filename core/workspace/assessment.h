#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace seqohs {

// The service's own judgement of one assessable item.
enum class AssessmentResult { NotAssessed, NotMet, PartiallyMet, Met, NotApplicable };

// How far the work on an item has got, independent of its result.
enum class WorkflowStatus { ToDo, InProgress, ReadyForReview, Done };

// CLI and file spellings: "not-assessed", "not-met", "partially-met", "met", "not-applicable".
QString resultToString(AssessmentResult result);
std::optional<AssessmentResult> resultFromString(const QString &text);
// For people: "Not assessed", "Not met", ...
QString resultDisplayName(AssessmentResult result);

// "to-do", "in-progress", "ready-for-review", "done".
QString workflowToString(WorkflowStatus status);
std::optional<WorkflowStatus> workflowFromString(const QString &text);
QString workflowDisplayName(WorkflowStatus status);

struct Assessment
{
    QString itemId; // assessable item id in the workspace's standards set
    AssessmentResult result = AssessmentResult::NotAssessed;
    WorkflowStatus workflow = WorkflowStatus::ToDo;
    QString narrative;
    QString justification; // required when the result is NotApplicable
    QString owner;
    QDateTime lastReviewed; // UTC; invalid when never reviewed

    bool operator==(const Assessment &) const = default;
};

} // namespace seqohs
