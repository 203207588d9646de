#pragma once

#include "common/expected.h"

#include <QDate>
#include <QMap>
#include <QString>

namespace seqohs {

class Workspace;

// What a workspace holds, counted: the figures `info` prints and the window's status line could
// show. Counted once here so that every caller counts the same way; the audit trail is counted
// by the database, never read.
struct WorkspaceSummary
{
    int applicableItems = 0;          // criteria and standards assessed as a whole that apply
    QMap<QString, int> results;       // result keyword -> applicable items with that result
    int evidence = 0;                 // evidence items
    QMap<QString, int> evidenceKinds; // kind keyword -> items
    int evidencePastReview = 0;       // items whose review-by date has passed on `today`
    int actions = 0;
    int openActions = 0;
    int overdueActions = 0;
    qint64 auditEntries = 0;

    // Counts the workspace as it stands on `today`; fails with the first read that fails.
    static Expected<WorkspaceSummary> of(const Workspace &workspace, const QDate &today);

    bool operator==(const WorkspaceSummary &) const = default;
};

} // namespace seqohs
