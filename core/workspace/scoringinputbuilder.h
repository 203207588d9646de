#pragma once

#include "scoring/scoringinput.h"

#include <QDate>

namespace seqohs {

class Workspace;

// Everything the scoring rules need from a workspace, read in one go, as of a date.
ScoringInput scoringInputFor(const Workspace &workspace, const QDate &asOf);

} // namespace seqohs
