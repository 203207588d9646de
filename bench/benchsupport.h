#pragma once

#include "catalogue/standardsset.h"

// What the benchmarks share.

// A one-criterion standards set, so a benchmark depends on no bundled data.
seqohs::StandardsSet benchStandardsSet();

// The process's peak resident memory so far, in MB.
double peakRssMb();
