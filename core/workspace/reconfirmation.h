#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace seqohs {

// An assessable item that needs a fresh look after the workspace moved to another standards set:
// what was carried into it is not certain to answer its criterion (a subset or intersect
// mapping, or merged sources that disagreed). It stays flagged until the lead confirms the result
// or records a new one.
struct Reconfirmation
{
    // One item of the old set whose work was carried here, and how its scope relates.
    struct Source
    {
        QString itemId; // in the old set
        QString code;
        QString relation; // "equal", "subset", "superset", "intersect"
        QString result;   // the source's result when the move was made ("not-assessed", ...)
        bool operator==(const Source &) const = default;
    };

    QString itemId;          // in the current set
    QString reason;          // for people: why it needs a fresh look
    QString suggestedResult; // the lowest result the sources had ("" when none was assessed)
    QList<Source> sources;
    qint64 historyId = 0; // the set_history row of the set it was carried from
    QDateTime flagged;    // UTC

    bool operator==(const Reconfirmation &) const = default;
};

} // namespace seqohs
