#include "workspacesummary.h"

#include "catalogue/standardsset.h"
#include "workspace.h"

namespace seqohs {

Expected<WorkspaceSummary> WorkspaceSummary::of(const Workspace &workspace, const QDate &today)
{
    const Expected<ServiceProfile> profile = workspace.profile();
    if (!profile)
        return profile.errors();
    const Expected<QHash<QString, Assessment>> assessments = workspace.assessments();
    if (!assessments)
        return assessments.errors();
    const Expected<QList<EvidenceItem>> evidence = workspace.evidence();
    if (!evidence)
        return evidence.errors();
    const Expected<QList<Action>> actions = workspace.actions();
    if (!actions)
        return actions.errors();
    const Expected<qint64> auditEntries = workspace.auditCount();
    if (!auditEntries)
        return auditEntries.errors();

    WorkspaceSummary s;
    const QStringList tags = profile->tags();
    for (const AssessableItem &item : workspace.standardsSet().assessables()) {
        if (!StandardsSet::appliesTo(item, tags))
            continue;
        ++s.applicableItems;
        const auto it = assessments->constFind(item.id);
        s.results[resultToString(it == assessments->cend() ? AssessmentResult::NotAssessed
                                                           : it->result)]++;
    }
    s.evidence = int(evidence->size());
    for (const EvidenceItem &e : *evidence) {
        s.evidenceKinds[evidenceKindToString(e.kind)]++;
        s.evidencePastReview += e.isCurrentOn(today) ? 0 : 1;
    }
    s.actions = int(actions->size());
    for (const Action &a : *actions) {
        s.openActions += a.status != Action::Status::Done ? 1 : 0;
        s.overdueActions += a.isOverdueOn(today) ? 1 : 0;
    }
    s.auditEntries = *auditEntries;
    return s;
}

} // namespace seqohs
