#pragma once

#include "action.h"
#include "assessment.h"
#include "evidenceitem.h"
#include "fieldmerge.h"

#include <QCoreApplication>

namespace seqohs {

// The fields people edit in each record two people may change at once on a team workspace, in
// the order the window shows them, with their names and values as a person reads them.
class MergeFields
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::MergeFields)

public:
    // A criterion's assessment: result, status, narrative, justification, owner.
    static QList<FieldMerge<Assessment>::Field> assessment();
    // An evidence item's details; not its content, whose versions are kept apart.
    static QList<FieldMerge<EvidenceItem>::Field> evidence();
    // An action; its completion date goes with its status.
    static QList<FieldMerge<Action>::Field> action();
};

} // namespace seqohs
