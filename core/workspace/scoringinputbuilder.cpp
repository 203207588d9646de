#include "scoringinputbuilder.h"

#include "workspace.h"

namespace seqohs {

Expected<ScoringInput> scoringInputFor(const Workspace &workspace, const QDate &asOf,
                                       EvidenceDetail detail)
{
    ScoringInput input;
    input.set = workspace.standardsSet();
    Expected<ServiceProfile> profile = workspace.profile();
    if (!profile)
        return profile.errors();
    Expected<QHash<QString, Assessment>> assessments = workspace.assessments();
    if (!assessments)
        return assessments.errors();
    Expected<QList<EvidenceItem>> evidence = workspace.evidence(detail);
    if (!evidence)
        return evidence.errors();
    Expected<QList<EvidenceLink>> links = workspace.links();
    if (!links)
        return links.errors();
    Expected<QList<Action>> actions = workspace.actions();
    if (!actions)
        return actions.errors();
    input.profile = std::move(*profile);
    input.assessments = std::move(*assessments);
    input.evidence = std::move(*evidence);
    input.links = std::move(*links);
    input.actions = std::move(*actions);
    input.asOf = asOf;
    return input;
}

} // namespace seqohs
