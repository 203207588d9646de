#pragma once

#include <QDateTime>
#include <QString>

namespace seqohs {

// A submission pack the workspace made: what the assessor's response will name it by (the root
// hash of its manifest), and where the audit trail stood when it was made.
struct PackRecord
{
    QString rootHash;
    QDateTime created;
    QString fileName;
    QString signerFingerprint;
    int evidenceFiles = 0;
    qint64 auditCount = 0;
    QString auditHead;

    bool operator==(const PackRecord &) const = default;
};

// An assessor's response as imported: the signed document kept byte for byte, and what the
// import did with it.
struct ResponseRecord
{
    QString id;
    QString packRootHash;
    QDateTime imported;
    int actionsAdded = 0;
    QByteArray document;

    bool operator==(const ResponseRecord &) const = default;
};

} // namespace seqohs
