#pragma once

#include "readiness.h"
#include "snapshot.h"

#include <QByteArray>
#include <QJsonObject>

namespace seqohs {

// Machine-readable forms of scoring results, for `score --json`, `readiness-checks --json` and
// other tools. Scores are shares between 0 and 1, or null when there is no score. The readiness
// is written as text directly (JsonWriter): at 50,000 evidence items it holds tens of thousands
// of checks.
QByteArray readinessJson(const Readiness &readiness, bool withItems);
QByteArray checksJson(const QList<ReadinessCheck> &checks);
QByteArray itemScoresJson(const QList<ItemScore> &items);
QJsonObject snapshotDiffToJson(const SnapshotDiff &diff);

} // namespace seqohs
