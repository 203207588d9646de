#pragma once

#include "level.h"

#include <QString>
#include <QStringList>

namespace seqohs {

// The unit that is assessed: one requirement of a standard.
struct Criterion
{
    QString id;   // stable id, unique within the set; never shown as a code
    QString code; // display code
    QString title;
    QString text;
    QString guidance;
    QStringList evidenceExamples;
    Level level = Level::Unspecified;
    QStringList appliesTo; // applicability tags; empty = every service
    double weight = 1.0;
    CurrencyRule currency;

    bool operator==(const Criterion &) const = default;
};

} // namespace seqohs
