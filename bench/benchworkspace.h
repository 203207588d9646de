#pragma once

#include <QString>

// Makes the benchmark workspace for scoring and the window: the demo service on the bundled
// default set with `evidence` statement and link items (each linked to two requirements, a
// quarter of them expired) and audit filler rows up to `auditRows`. The filler rows are written
// straight into the file and do not form a valid hash chain: they stand in for years of history
// that open and score must not be slowed by. Returns an empty string on success, else the error.
QString makeBenchWorkspace(const QString &path, int evidence, int auditRows);
