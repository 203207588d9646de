#pragma once

#include "catalogue/standardsset.h"
#include "teamworkspace.h"
#include "workspace/serviceprofile.h"
#include "workspace/workspace.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace test {

// A small standards set built in code: two domains, a must and a should criterion, a standard
// assessed as a whole, and an NHS-only criterion. Ids: t-a1-1, t-a1-2, t-a2, t-b1-1.
seqohs::StandardsSet tinySet();

seqohs::ServiceProfile tinyProfile();

// Creates a workspace on tinySet() and fails the test if that fails. When SEQOHS_TEST_POSTGRES
// names the test server (CTest runs the tests tagged [engines] a second time so), the workspace
// is made on the server instead: built as a file at path, uploaded into a team workspace of its
// own as a lead, and opened from its URL.
std::unique_ptr<seqohs::Workspace> createWorkspace(const QString &path);

// Opens a workspace and fails the test if that fails: the team workspace createWorkspace made
// for path, when it made one.
std::unique_ptr<seqohs::Workspace> openWorkspace(const QString &path);

void writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);

// Deterministic pseudo-random bytes.
QByteArray randomBytes(qint64 size, quint32 seed);

// Hex SHA-256 of a file's bytes, for "left byte-identical" checks.
QByteArray fileHash(const QString &path);

// Path of the helper program built beside the tests.
QString importChildPath();

} // namespace test
