#pragma once

#include "catalogue/standardsset.h"
#include "workspace/action.h"
#include "workspace/assessment.h"
#include "workspace/evidenceitem.h"
#include "workspace/serviceprofile.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace seqohs {

// Everything the scoring rules look at. Plain values, so scoring is a pure function of this.
struct ScoringInput
{
    StandardsSet set;
    ServiceProfile profile;
    QHash<QString, Assessment> assessments; // by assessable item id; missing = not assessed
    QList<EvidenceItem> evidence;
    QList<EvidenceLink> links;
    QList<Action> actions;
    QDate asOf; // the date the figures are for: today, the planned visit, the annual return
};

} // namespace seqohs
