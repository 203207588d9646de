#pragma once

#include "common/expected.h"

#include <QCoreApplication>
#include <QString>

namespace seqohs {

class Workspace;

// A workspace that the integrity check would call damaged (an audit row edited, rows missing,
// the engine's own check failing, the standards set changed) is not written to: a change on
// top would bury the damage under a valid new audit row. Reading it stays possible.
//
// The structural check reads the whole audit trail, so it is skipped when the file is exactly
// as this program left it the last time it wrote to it on this computer (same file, size and
// time of change, kept outside the workspace per user), which is the case for one command
// after another.
class WriteGate
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::WriteGate)

public:
    // Fails, saying why and what to do, when the workspace may not be written to.
    [[nodiscard]] static Status check(const Workspace &workspace);

    // The same for the workspace at path, opened here for reading: for a check that runs on a
    // thread of its own beside a window that has the workspace open.
    [[nodiscard]] static Status checkFile(const QString &path);

    // Records the file as this program leaves it; call once the workspace is closed.
    static void remember(const QString &path);
};

} // namespace seqohs
