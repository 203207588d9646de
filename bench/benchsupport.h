#pragma once

#include "catalogue/standardsset.h"

#include <QString>

// What the benchmarks share.

// A one-criterion standards set, so a benchmark depends on no bundled data.
seqohs::StandardsSet benchStandardsSet();

// The process's peak resident memory so far, in MB.
double peakRssMb();

// Writes one file of size pseudo-random (incompressible) bytes, going on from state.
bool writeRandomFile(const QString &path, qint64 size, quint64 &state);

// Writes files of mixed sizes (log-uniform over four decades, the same every time) totalling
// totalBytes into 20 folders under dir, as evidence folders hold them. False when one cannot be
// written.
bool generate(const QString &dir, int files, qint64 totalBytes);

// Runs script with sh and returns its wall time in seconds, or -1 after printing why it failed.
double timeShell(const QString &script);

// path quoted for sh.
QString quoted(const QString &path);
