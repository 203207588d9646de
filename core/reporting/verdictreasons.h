#pragma once

#include "scoring/readiness.h"

#include <QCoreApplication>
#include <QStringList>

namespace seqohs {

// Every reason for a verdict, in words, each with the threshold it is measured against and the
// distance to it. The scorer stops at the first rule that decides the verdict (a must criterion
// not met hides the score and coverage); the board needs all of them at once to see how far
// away "nearly ready" and "ready" are.
class VerdictReasons
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::VerdictReasons)

public:
    static QStringList of(const Readiness &readiness);
};

} // namespace seqohs
