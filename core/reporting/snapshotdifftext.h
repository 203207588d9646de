#pragma once

#include "scoring/snapshot.h"

#include <QCoreApplication>
#include <QString>

namespace seqohs {

// What changed between two snapshots, in words: the score, coverage and verdict before and after,
// then the results, evidence and actions that changed. The window and
// `seqohs-tracker-cli snapshot diff` show this same text.
class SnapshotDiffText
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotDiffText)

public:
    // Plain text, each line ending in '\n'; sections with nothing in them are left out, and a
    // diff without changes says "No differences."
    static QString text(const SnapshotDiff &d);
};

} // namespace seqohs
