#pragma once

#include "criterion.h"

#include <QList>

namespace seqohs {

// A standard groups criteria. A standard without criteria is assessed as a whole, with its own
// id, level, weight and currency rule.
struct Standard
{
    QString id;
    QString code;
    QString title;
    QString text;
    QString guidance;
    QStringList evidenceExamples;
    Level level = Level::Unspecified;
    QStringList appliesTo;
    double weight = 1.0;
    CurrencyRule currency;
    QList<Criterion> criteria;

    bool operator==(const Standard &) const = default;
};

} // namespace seqohs
