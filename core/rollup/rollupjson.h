#pragma once

#include "rollup.h"

#include <QJsonObject>

namespace seqohs {

// The roll-up as JSON for other tools (`rollup --json`): dates ISO 8601, shares from 0 to 1
// (null where there is no figure), services referred to by their index in "services".
QJsonObject rollUpJson(const RollUp &rollUp);

} // namespace seqohs
