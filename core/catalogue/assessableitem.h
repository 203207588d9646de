#pragma once

#include "level.h"

#include <QString>
#include <QStringList>

namespace seqohs {

// A flat view of one thing that is assessed: a criterion, or a standard that has no criteria.
// Tags are the union of the item's own and those of the nodes above it.
struct AssessableItem
{
    QString id;
    QString code;
    QString title;
    Level level = Level::Unspecified;
    double weight = 1.0;
    QStringList appliesTo;
    CurrencyRule currency;
    int domainIndex = -1;
    int standardIndex = -1;
    int criterionIndex = -1; // -1 when the standard is assessed as a whole

    bool operator==(const AssessableItem &) const = default;
};

} // namespace seqohs
