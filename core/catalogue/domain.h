#pragma once

#include "standard.h"

namespace seqohs {

struct Domain
{
    QString id;
    QString code;
    QString title;
    QString text;
    QStringList appliesTo; // tags inherited by every standard and criterion of the domain
    QList<Standard> standards;

    bool operator==(const Domain &) const = default;
};

} // namespace seqohs
