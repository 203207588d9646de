#include "assessmentrounds.h"

#include "workspace/workspace.h"

#include <QSet>

namespace seqohs {

FindingResult AssessmentRound::findingFor(const QString &standardId) const
{
    if (response) {
        for (const StandardFinding &f : response->response.findings) {
            if (f.standardId == standardId)
                return f.result;
        }
    }
    return FindingResult::NotRecorded;
}

Expected<QList<AssessmentRound>> AssessmentRounds::of(const Workspace &workspace)
{
    Expected<QList<PackRecord>> packs = workspace.packs();
    if (!packs)
        return packs.errors();
    Expected<QList<StoredResponse>> responses = ResponseImport::responses(workspace);
    if (!responses)
        return responses.errors();
    QHash<QString, PackRecord> byHash;
    for (const PackRecord &p : std::as_const(*packs))
        byHash.insert(p.rootHash, p);
    QHash<QString, StoredResponse> answered; // the latest response to each pack
    for (const StoredResponse &r : std::as_const(*responses))
        answered.insert(r.response.packRootHash, r);

    // Packs are in order of creation: the newest follow-up, or else the newest pack answered,
    // or else the newest pack.
    const PackRecord *last = nullptr;
    for (const PackRecord &p : std::as_const(*packs)) {
        if (p.kind == PackRecord::Kind::FollowUp)
            last = &p;
    }
    if (!last) {
        for (const PackRecord &p : std::as_const(*packs)) {
            if (answered.contains(p.rootHash))
                last = &p;
        }
    }
    if (!last && !packs->isEmpty())
        last = &packs->last();
    QList<AssessmentRound> rounds;
    QSet<QString> seen;
    for (const PackRecord *p = last; p;) {
        if (seen.contains(p->rootHash))
            break; // a record that loops: show what was found
        seen.insert(p->rootHash);
        AssessmentRound round;
        round.pack = *p;
        if (answered.contains(p->rootHash))
            round.response = answered.value(p->rootHash);
        rounds.prepend(round);
        const auto base = byHash.constFind(p->baseRootHash);
        p = p->kind == PackRecord::Kind::FollowUp && base != byHash.cend() ? &*base : nullptr;
    }
    for (qsizetype i = 0; i < rounds.size(); ++i)
        rounds[i].number = int(i) + 1;
    return rounds;
}

QList<AssessmentRounds::StandardRow>
AssessmentRounds::standards(const Workspace &workspace, const QList<AssessmentRound> &rounds)
{
    QSet<QString> found;
    QHash<QString, StandardRow> rows;
    for (const AssessmentRound &r : rounds) {
        if (!r.response)
            continue;
        for (const StandardFinding &f : r.response->response.findings) {
            found.insert(f.standardId);
            rows.insert(f.standardId, {f.standardId, f.standardCode, f.standardTitle});
        }
    }
    QList<StandardRow> out;
    for (const Domain &domain : workspace.standardsSet().domains) {
        for (const Standard &standard : domain.standards) {
            if (found.contains(standard.id))
                out << rows.value(standard.id);
        }
    }
    return out;
}

} // namespace seqohs
