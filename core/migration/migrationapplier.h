#pragma once

#include "common/expected.h"
#include "migrationplan.h"
#include <QCoreApplication>

namespace seqohs {

class Workspace;

// Carries out a MigrationPlan: first saves a snapshot of the figures ("Before move to <set>"),
// so the before and after can be compared, then moves the workspace in one transaction with
// its audit row (Workspace::moveToSet).
class MigrationApplier
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::MigrationApplier)

public:
    // The snapshot name used for plan, made unique among the workspace's snapshots.
    static Expected<QString> snapshotName(const Workspace &workspace, const MigrationPlan &plan);

    // Returns the name of the snapshot saved before the move. Fails, changing nothing, when the
    // workspace changed after the plan was made (plan again) or the move cannot be written; a
    // failure after the snapshot was saved leaves only that snapshot.
    static Expected<QString> apply(Workspace &workspace, const MigrationPlan &plan);
};

} // namespace seqohs
