#pragma once

#include "evidenceitem.h"
#include "evidenceversion.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace seqohs {

// Everything Workspace::removeEvidenceKept took away, so that restoreEvidence can put exactly
// that back: the item with its id and metadata, every version as recorded (who added it and
// when), its links with their notes, and where each stored content was written before removal.
struct RemovedEvidence
{
    EvidenceItem item;
    QList<EvidenceVersion> versions; // oldest first; empty for links, statements
    QList<EvidenceLink> links;
    QHash<QByteArray, QString> content; // sha256 (hex) -> file holding those bytes

    bool operator==(const RemovedEvidence &) const = default;
};

} // namespace seqohs
