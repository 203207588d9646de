#include "scoringinputbuilder.h"

#include "workspace.h"

#include <optional>
#include <thread>

namespace seqohs {

namespace {

// Everything but the evidence.
Status readTheRest(const Workspace &workspace, const QDate &asOf, ScoringInput &input)
{
    input.set = workspace.standardsSet();
    Expected<ServiceProfile> profile = workspace.profile();
    if (!profile)
        return profile.errors();
    Expected<QHash<QString, Assessment>> assessments = workspace.assessments();
    if (!assessments)
        return assessments.errors();
    Expected<QList<EvidenceLink>> links = workspace.links();
    if (!links)
        return links.errors();
    Expected<QList<Action>> actions = workspace.actions();
    if (!actions)
        return actions.errors();
    input.profile = std::move(*profile);
    input.assessments = std::move(*assessments);
    input.links = std::move(*links);
    input.actions = std::move(*actions);
    input.asOf = asOf;
    return success();
}

} // namespace

Expected<ScoringInput> scoringInputFor(const Workspace &workspace, const QDate &asOf,
                                       EvidenceDetail detail)
{
    ScoringInput input;
    if (Status rest = readTheRest(workspace, asOf, input); !rest)
        return rest.errors();
    Expected<QList<EvidenceItem>> evidence = workspace.evidence(detail);
    if (!evidence)
        return evidence.errors();
    input.evidence = std::move(*evidence);
    return input;
}

Expected<ScoringInput> scoringInputInParallel(const QString &path, const QDate &asOf)
{
    // Each thread opens, uses and closes its own connection: a connection stays on the thread
    // that made it.
    std::optional<Expected<QList<EvidenceItem>>> evidence;
    std::thread evidenceReader([&evidence, &path] {
        Expected<std::unique_ptr<Workspace>> companion = Workspace::openCompanion(path);
        if (!companion)
            evidence = Expected<QList<EvidenceItem>>(companion.errors());
        else
            evidence = (*companion)->evidence(EvidenceDetail::Full);
    });
    ScoringInput input;
    Status rest = [&]() -> Status {
        Expected<std::unique_ptr<Workspace>> companion = Workspace::openCompanion(path);
        if (!companion)
            return companion.errors();
        return readTheRest(**companion, asOf, input);
    }();
    evidenceReader.join();
    if (!rest)
        return rest.errors();
    if (!*evidence)
        return evidence->errors();
    input.evidence = std::move(**evidence);
    return input;
}

} // namespace seqohs
