#pragma once

#include "scoring/scoringinput.h"

// A realistic assessment on the bundled default standards set, the same every run: every
// result, narratives with commas, quotes, line breaks and non-ASCII text, evidence of every
// kind (some expired, some expiring before the visit), and actions open, done and overdue.
// Evidence ids run from 1 without gaps, as a fresh workspace numbers them.
seqohs::ScoringInput richInput(int evidenceCount = 40);
