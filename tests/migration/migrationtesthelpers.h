#pragma once

#include "catalogue/crosswalk.h"
#include "catalogue/standardsset.h"
#include "workspace/workspace.h"

#include <QString>

#include <memory>

namespace test {

// The hand-made sets in tests/data/migration: mig-old (o-1 .. o-8) and mig-new (n-1 .. n-8),
// and the crosswalk between them: o-1 equal n-1, o-2 superset n-2, o-3 subset n-3, o-4
// intersect n-4, o-5 and o-6 subset n-5 (many-to-one), o-7 superset n-6 and intersect n-7
// (one-to-many); o-8 has no mapping, n-8 receives nothing.
seqohs::StandardsSet oldSet();
seqohs::StandardsSet newSet();
seqohs::Crosswalk crosswalk();

// A workspace on oldSet() shaped like tests/data/workspace/v1-migration.seqohs.qz:
// every old item assessed (o-8 not applicable), four evidence statements linked 9 times, and
// four actions (on o-3, o-7, o-8 and one without an item).
std::unique_ptr<seqohs::Workspace> createOldWorkspace(const QString &path);

// Opens a workspace for writing and fails the test if that fails.
std::unique_ptr<seqohs::Workspace> openWorkspaceForMigration(const QString &path);

QByteArray readFileForMigration(const QString &path);

// Unpacks the version 1 fixture (zlib, as qCompress writes) to path.
void unpackV1Fixture(const QString &path);

} // namespace test
