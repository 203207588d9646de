#include "scoringinputbuilder.h"

#include "workspace.h"

namespace seqohs {

ScoringInput scoringInputFor(const Workspace &workspace, const QDate &asOf)
{
    ScoringInput input;
    input.set = workspace.standardsSet();
    input.profile = workspace.profile();
    input.assessments = workspace.assessments();
    input.evidence = workspace.evidence();
    input.links = workspace.links();
    input.actions = workspace.actions();
    input.asOf = asOf;
    return input;
}

} // namespace seqohs
