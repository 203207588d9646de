#pragma once

#include "scoring/readiness.h"

#include <QCoreApplication>
#include <QString>

namespace seqohs {

// "Why this score?": every assessable item that contributes to a node of the set, with its level,
// weight, result and the points it earns, or why it is left out. The window and
// `seqohs-tracker-cli score --explain NODE` show this same text.
class ScoreExplanation
{
    Q_DECLARE_TR_FUNCTIONS(ScoreExplanation)

public:
    // A table in plain text, one line per item in document order, each line ending in '\n'.
    // `node` is a domain, standard or criterion id of the set scored, or "overall" for the whole
    // set. Returns an empty string when `node` is none of these.
    static QString text(const Readiness &r, const QString &node);
};

} // namespace seqohs
