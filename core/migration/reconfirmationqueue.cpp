#include "reconfirmationqueue.h"

#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QHash>

namespace seqohs {

Expected<QList<ReconfirmationQueue::Entry>> ReconfirmationQueue::entries(const Workspace &workspace)
{
    Expected<QList<Reconfirmation>> all = workspace.reconfirmations();
    if (!all)
        return all.errors();
    QHash<QString, Reconfirmation> flags;
    for (const Reconfirmation &r : *all)
        flags.insert(r.itemId, r);
    QList<Entry> list;
    if (flags.isEmpty())
        return list;
    Expected<QHash<QString, Assessment>> read = workspace.assessments();
    if (!read)
        return read.errors();
    const QHash<QString, Assessment> &assessments = *read;
    for (const AssessableItem &item : workspace.standardsSet().assessables()) {
        const auto flag = flags.constFind(item.id);
        if (flag == flags.cend())
            continue;
        Assessment current = assessments.value(item.id);
        current.itemId = item.id;
        list << Entry{item, *flag, current};
    }
    return list;
}

Status ReconfirmationQueue::confirm(Workspace &workspace, const QString &itemId)
{
    // Along subset and intersect mappings no result was carried; confirming then accepts the
    // result the sources suggested, which is what the lead was shown.
    Expected<std::optional<Reconfirmation>> read = workspace.reconfirmation(itemId);
    if (!read)
        return read.errors();
    Expected<Assessment> current = workspace.assessment(itemId);
    if (!current)
        return current.errors();
    const std::optional<Reconfirmation> &flag = *read;
    if (flag && !flag->suggestedResult.isEmpty() &&
        current->result == AssessmentResult::NotAssessed) {
        if (const auto suggested = resultFromString(flag->suggestedResult)) {
            QString justification;
            if (*suggested == AssessmentResult::NotApplicable)
                justification = current->justification;
            if (*suggested != AssessmentResult::NotApplicable || !justification.isEmpty())
                return changeResult(workspace, itemId, *suggested, justification);
        }
    }
    return workspace.confirmItem(itemId);
}

Status ReconfirmationQueue::changeResult(Workspace &workspace, const QString &itemId,
                                         AssessmentResult result, const QString &justification)
{
    Expected<std::optional<Reconfirmation>> flag = workspace.reconfirmation(itemId);
    if (!flag)
        return flag.errors();
    if (!*flag) {
        return Error{QCoreApplication::translate("seqohs", "'%1' does not need re-confirmation.")
                         .arg(itemId),
                     workspace.path(), QString(),
                     QCoreApplication::translate("seqohs", "Record its result with 'assess'.")};
    }
    Expected<Assessment> read = workspace.assessment(itemId);
    if (!read)
        return read.errors();
    Assessment a = *read;
    a.result = result;
    if (!justification.isEmpty())
        a.justification = justification;
    // A fresh look now: setAssessment stamps the time and clears the flag with it.
    a.lastReviewed = QDateTime();
    if (a.workflow == WorkflowStatus::ToDo)
        a.workflow = WorkflowStatus::InProgress;
    return workspace.setAssessment(a);
}

} // namespace seqohs
