#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace seqohs {

// One row of a workspace's append-only audit trail. Each row's hash covers the row and the
// previous row's hash, so an edited or deleted row breaks the chain.
struct AuditEntry
{
    qint64 seq = 0;      // 1, 2, 3, ... without gaps
    QDateTime when;      // UTC
    QString who;         // the user name (see Workspace::setUserName)
    QString what;        // the action, e.g. "evidence.add", "assessment.set"
    QString target;      // what it was done to, e.g. "evidence:12", "item:seqohs-2023-A1.1"
    QByteArray before;   // compact JSON of the state before, or empty
    QByteArray after;    // compact JSON of the state after, or empty
    QByteArray state;    // the sum of the row digests after this unit of work (RowDigests), or
                         // empty: rows before format 4, and all but a unit's last row
    QByteArray prevHash; // hex SHA-256 of the previous row, empty for the first
    QByteArray hash;     // hex SHA-256 over this row's canonical form and prevHash

    bool operator==(const AuditEntry &) const = default;
};

} // namespace seqohs
