#pragma once

#include <QDateTime>
#include <QString>

namespace seqohs {

// A standards set the workspace followed before it moved to another. Its assessments and
// evidence links stay readable through Workspace::archivedAssessments() / archivedLinks().
struct SetHistoryEntry
{
    qint64 id = 0; // the history row; the archived rows refer to it
    QString setId;
    QString version;
    QString title;
    QString contentHash;
    QDateTime replaced; // UTC: when the workspace moved on
    QString replacedBySetId;
    QString crosswalkId; // the crosswalk the move went through

    bool operator==(const SetHistoryEntry &) const = default;
};

} // namespace seqohs
