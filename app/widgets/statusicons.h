#pragma once

#include "scoring/readiness.h"
#include "workspace/assessment.h"

#include <QColor>
#include <QIcon>

// Status shown with colour and shape together, never colour alone:
//   met: filled circle with a tick; partially met: half-filled circle; not met: ring with a
//   cross; not assessed: empty ring; not applicable: ring with a dash.
// Drawn in code so they look the same on every desktop and scale to any size.
namespace StatusIcons {

QColor resultColour(seqohs::AssessmentResult result);
QIcon resultIcon(seqohs::AssessmentResult result);

QColor verdictColour(seqohs::Verdict verdict);
QIcon verdictIcon(seqohs::Verdict verdict);

enum class Currency { Current, ExpiringSoon, Expired, None };
QColor currencyColour(Currency currency);
QIcon currencyIcon(Currency currency);
QString currencyText(Currency currency);

// A small "must" badge shown next to must criteria.
QIcon mustIcon();

} // namespace StatusIcons
