#pragma once

#include <QDateTime>
#include <QString>

namespace seqohs {

// A named snapshot stored in a workspace (the scoring figures frozen for the annual cycle).
struct SnapshotInfo
{
    QString name;
    QDateTime created; // UTC
    qint64 size = 0;   // bytes of JSON

    bool operator==(const SnapshotInfo &) const = default;
};

} // namespace seqohs
