#include "migrationapplier.h"

#include "common/clock.h"
#include "scoring/scorer.h"
#include "scoring/snapshot.h"
#include "workspace/scoringinputbuilder.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QSet>

namespace seqohs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("seqohs", text);
}

} // namespace

QString MigrationApplier::snapshotName(const Workspace &workspace, const MigrationPlan &plan)
{
    QSet<QString> taken;
    for (const SnapshotInfo &s : workspace.snapshots())
        taken.insert(s.name);
    const QString base = tr("Before move to %1").arg(plan.target.title);
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

Expected<QString> MigrationApplier::apply(Workspace &workspace, const MigrationPlan &plan)
{
    if (plan.record.fromSetId != workspace.standardsSet().id ||
        plan.record.auditCount != workspace.auditCount()) {
        return Error{tr("The workspace has changed since the move was planned."), workspace.path(),
                     QString(),
                     tr("Plan the move again and check the preview before applying it.")};
    }
    const QString name = snapshotName(workspace, plan);
    const ScoringInput input = scoringInputFor(workspace, Clock::today());
    const Snapshot snapshot = Snapshot::capture(name, Clock::now(), input, Scorer::score(input));
    Status saved = workspace.saveSnapshot(name, snapshot.toJson());
    if (!saved.ok())
        return saved.errors();
    // The snapshot is one more audit row, made here on purpose: the record stays valid.
    MoveRecord record = plan.record;
    record.auditCount = workspace.auditCount();
    record.snapshotName = name;
    Status moved = workspace.moveToSet(plan.target, record);
    if (!moved.ok())
        return moved.errors();
    return name;
}

} // namespace seqohs
