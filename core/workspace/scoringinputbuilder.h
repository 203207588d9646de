#pragma once

#include "common/expected.h"
#include "scoring/scoringinput.h"
#include "workspace/evidenceitem.h"

#include <QDate>

namespace seqohs {

class Workspace;

// Everything the scoring rules need from a workspace, read in one go, as of a date.
// Fails when any of it cannot be read: scores from part of the data would mislead.
// EvidenceDetail::ForScoring reads of the evidence only what Scorer reads, for callers that
// score and nothing else (reports and exports show the rest).
Expected<ScoringInput> scoringInputFor(const Workspace &workspace, const QDate &asOf,
                                       EvidenceDetail detail = EvidenceDetail::Full);

// The same, in full, for a workspace file this process has open for writing, read through two
// companion connections (Workspace::openCompanion) on two threads at once: the evidence on one,
// everything else (most of it the links) on the other. For a window opening a large workspace,
// which waits for the whole of it; called from a thread of its own.
Expected<ScoringInput> scoringInputInParallel(const QString &path, const QDate &asOf);

} // namespace seqohs
