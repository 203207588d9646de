#pragma once

#include "readiness.h"
#include "snapshot.h"

#include <QJsonObject>

namespace seqohs {

// Machine-readable forms of scoring results, for `score --json`, `checks --json` and other tools.
// Scores are shares between 0 and 1, or null when there is no score.
QJsonObject figuresToJson(const Figures &figures);
QJsonObject readinessToJson(const Readiness &readiness, bool withItems);
QJsonObject checkToJson(const ReadinessCheck &check);
QJsonObject itemScoreToJson(const ItemScore &item);
QJsonObject snapshotDiffToJson(const SnapshotDiff &diff);

} // namespace seqohs
