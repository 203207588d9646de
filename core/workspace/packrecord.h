#pragma once

#include <QDateTime>
#include <QString>

namespace seqohs {

// A submission pack the workspace made: what the assessor's response will name it by (the root
// hash of its manifest), and where the audit trail stood when it was made.
struct PackRecord
{
    // A full pack holds the whole workspace; a follow-up only what changed since its base, the
    // pack the assessor reviewed before.
    enum class Kind { Full, FollowUp };

    QString rootHash;
    QDateTime created;
    QString fileName;
    QString signerFingerprint;
    int evidenceFiles = 0;
    qint64 auditCount = 0;
    QString auditHead;
    Kind kind = Kind::Full;
    QString baseRootHash; // a follow-up's base
    // What the pack held, as compact JSON (see FollowUpContents): what the next follow-up is
    // compared with. Empty for packs made before it was recorded.
    QByteArray contents;

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
