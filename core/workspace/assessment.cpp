#include "assessment.h"

#include <QCoreApplication>

namespace seqohs {

QString resultToString(AssessmentResult result)
{
    switch (result) {
    case AssessmentResult::NotAssessed:
        return QStringLiteral("not-assessed");
    case AssessmentResult::NotMet:
        return QStringLiteral("not-met");
    case AssessmentResult::PartiallyMet:
        return QStringLiteral("partially-met");
    case AssessmentResult::Met:
        return QStringLiteral("met");
    case AssessmentResult::NotApplicable:
        break;
    }
    return QStringLiteral("not-applicable");
}

std::optional<AssessmentResult> resultFromString(const QString &text)
{
    for (auto r :
         {AssessmentResult::NotAssessed, AssessmentResult::NotMet, AssessmentResult::PartiallyMet,
          AssessmentResult::Met, AssessmentResult::NotApplicable}) {
        if (resultToString(r) == text)
            return r;
    }
    return std::nullopt;
}

QString resultDisplayName(AssessmentResult result)
{
    switch (result) {
    case AssessmentResult::NotAssessed:
        return QCoreApplication::translate("seqohs", "Not assessed");
    case AssessmentResult::NotMet:
        return QCoreApplication::translate("seqohs", "Not met");
    case AssessmentResult::PartiallyMet:
        return QCoreApplication::translate("seqohs", "Partially met");
    case AssessmentResult::Met:
        return QCoreApplication::translate("seqohs", "Met");
    case AssessmentResult::NotApplicable:
        break;
    }
    return QCoreApplication::translate("seqohs", "Not applicable");
}

QString workflowToString(WorkflowStatus status)
{
    switch (status) {
    case WorkflowStatus::ToDo:
        return QStringLiteral("to-do");
    case WorkflowStatus::InProgress:
        return QStringLiteral("in-progress");
    case WorkflowStatus::ReadyForReview:
        return QStringLiteral("ready-for-review");
    case WorkflowStatus::Done:
        break;
    }
    return QStringLiteral("done");
}

std::optional<WorkflowStatus> workflowFromString(const QString &text)
{
    for (auto s : {WorkflowStatus::ToDo, WorkflowStatus::InProgress, WorkflowStatus::ReadyForReview,
                   WorkflowStatus::Done}) {
        if (workflowToString(s) == text)
            return s;
    }
    return std::nullopt;
}

QString workflowDisplayName(WorkflowStatus status)
{
    switch (status) {
    case WorkflowStatus::ToDo:
        return QCoreApplication::translate("seqohs", "To do");
    case WorkflowStatus::InProgress:
        return QCoreApplication::translate("seqohs", "In progress");
    case WorkflowStatus::ReadyForReview:
        return QCoreApplication::translate("seqohs", "Ready for review");
    case WorkflowStatus::Done:
        break;
    }
    return QCoreApplication::translate("seqohs", "Done");
}

} // namespace seqohs
