#pragma once

#include "common/expected.h"
#include "scoring/scoringinput.h"

#include <QDate>

namespace seqohs {

class Workspace;

// Everything the scoring rules need from a workspace, read in one go, as of a date.
// Fails when any of it cannot be read: scores from part of the data would mislead.
Expected<ScoringInput> scoringInputFor(const Workspace &workspace, const QDate &asOf);

} // namespace seqohs
