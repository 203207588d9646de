#include "migrationapplier.h"

#include "common/clock.h"
#include "scoring/scorer.h"
#include "scoring/snapshot.h"
#include "workspace/scoringinputbuilder.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QSet>

namespace seqohs {

Expected<QString> MigrationApplier::snapshotName(const Workspace &workspace,
                                                 const MigrationPlan &plan)
{
    Expected<QList<SnapshotInfo>> snapshots = workspace.snapshots();
    if (!snapshots)
        return snapshots.errors();
    QSet<QString> taken;
    for (const SnapshotInfo &s : *snapshots)
        taken.insert(s.name);
    const QString base = tr("Before move to %1").arg(plan.target.title);
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

Expected<QString> MigrationApplier::apply(Workspace &workspace, const MigrationPlan &plan)
{
    Expected<qint64> count = workspace.auditCount();
    if (!count)
        return count.errors();
    if (plan.record.fromSetId != workspace.standardsSet().id || plan.record.auditCount != *count) {
        return Error{tr("The workspace has changed since the move was planned."), workspace.path(),
                     QString(),
                     tr("Plan the move again and check the preview before applying it.")};
    }
    Expected<QString> name = snapshotName(workspace, plan);
    if (!name)
        return name.errors();
    Expected<ScoringInput> input = scoringInputFor(workspace, Clock::today());
    if (!input)
        return input.errors();
    const Snapshot snapshot = Snapshot::capture(*name, Clock::now(), *input, Scorer::score(*input));
    // The snapshot and the move are one unit of work: an interruption leaves neither.
    Status moved = workspace.change(tr("Moving to another standards set failed"), [&]() -> Status {
        if (Status saved = workspace.saveSnapshot(*name, snapshot.toJson()); !saved)
            return saved;
        // The snapshot is one more audit row, made here on purpose: the record stays valid.
        Expected<qint64> now = workspace.auditCount();
        if (!now)
            return now.errors();
        MoveRecord record = plan.record;
        record.auditCount = *now;
        record.snapshotName = *name;
        return workspace.moveToSet(plan.target, record);
    });
    if (!moved.ok())
        return moved.errors();
    return *name;
}

} // namespace seqohs
