#pragma once

#include "common/expected.h"
#include "migrationplan.h"
#include <QCoreApplication>

namespace seqohs {

class Workspace;

// Works out, without changing anything, what moving a workspace to another standards set
// through a crosswalk will do. The rules of carrying (docs/migration.md):
//  - evidence links and actions are carried along every mapping;
//  - results are carried along equal and superset mappings; several results arriving at one
//    item give the lowest of them (not met < partially met < met);
//  - along subset and intersect mappings the item receives the narrative, owner, evidence and
//    actions but not the result, and needs re-confirmation; so does an item whose sources
//    disagree, or were themselves awaiting re-confirmation;
//  - narratives from more than one source, or along subset and intersect mappings, are joined
//    under a heading naming each source's code;
//  - source items with no mapping are not carried: their work stays readable with the old set;
//    target items with nothing mapped stay not assessed.
class MigrationPlanner
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::MigrationPlanner)

public:
    // Fails when the crosswalk does not go from the workspace's set to target, names items the
    // sets do not have (each located as in the crosswalk file), when the workspace already
    // follows target, or when the link counts would not add up.
    static Expected<MigrationPlan> plan(const Workspace &workspace, const StandardsSet &target,
                                        const Crosswalk &crosswalk);
};

} // namespace seqohs
