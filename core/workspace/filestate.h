#pragma once

#include <QString>

namespace seqohs {

// A workspace file and its write-ahead log as the system sees them (inode, size and time of
// change of each), kept per user outside the workspace under a name for what was found true of
// that state. Any change made to the file by anything changes its state, so a check that passed
// for a state need not run again while the state is the same: one command after another, or
// the window opening what it closed a moment ago.
class FileState
{
public:
    static QString of(const QString &path);
    // Whether the file is as it was when what was recorded under key ("writeGate",
    // "engineCheck") was last found true of it.
    static bool matches(const QString &key, const QString &path);
    static void record(const QString &key, const QString &path);
};

} // namespace seqohs
