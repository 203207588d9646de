#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace seqohs {

// One stored version of a file evidence item. Replacing a file adds a version; old versions
// stay in the workspace and can be exported.
struct EvidenceVersion
{
    int version = 1; // counting from 1
    QString fileName;
    QByteArray sha256; // hex, lower case
    qint64 size = 0;
    QDateTime added; // UTC
    QString addedBy;

    bool operator==(const EvidenceVersion &) const = default;
};

} // namespace seqohs
