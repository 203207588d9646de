#pragma once

#include <QString>
#include <QStringList>

namespace test {

// The whole content of a workspace file as text, for comparing before and after an edit and its
// undo: one line per row, "table: col=value | col=value ...", tables by name and rows in the
// order of all their columns, read through a connection of its own. Content bytes appear as
// their SHA-256. The audit trail is left out (undo adds rows to it, it never takes them away),
// and so are the meta rows that follow it (its count and head); auditRowCount() reads those.
QStringList workspaceState(const QString &path);

// The number of rows of the audit trail, read the same way.
qint64 auditRowCount(const QString &path);

// The audit trail's "what" column from row `after` + 1 on, oldest first.
QStringList auditWhatsAfter(const QString &path, qint64 after);

} // namespace test
