#include "signoffsection.h"

#include "workspace/signoffcoverage.h"
#include "workspace/workspace.h"

namespace seqohs {

Expected<QList<ReadinessReport::SignOffLine>> SignOffSection::of(const Workspace &workspace)
{
    Expected<QList<SignOff>> all = workspace.signOffs();
    if (!all)
        return all.errors();
    QList<ReadinessReport::SignOffLine> lines;
    for (const SignOff &s : std::as_const(*all)) {
        ReadinessReport::SignOffLine line;
        line.covers = SignOffCoverage::describe(workspace.standardsSet(), s.scope, s.target);
        line.signer = s.signer;
        line.signedOn = s.signedAt.toLocalTime().date();
        line.comment = s.comment;
        line.holds = !s.isVoid();
        line.voidedOn = s.voided.toLocalTime().date();
        if (s.isVoid()) {
            Expected<QStringList> changes = workspace.signOffChanges(s);
            if (!changes)
                return changes.errors();
            line.changes = *changes;
        }
        lines << line;
    }
    return lines;
}

} // namespace seqohs
