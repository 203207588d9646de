#pragma once

#include "common/expected.h"
#include "finding.h"
#include "publickey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace seqohs {

class SigningKey;
struct Review;

// The signed file of findings that returns from the assessor to the service.
//
// One JSON file: {"format": "seqohs-response", "formatVersion": 1, "response": {...},
// "signature": {"algorithm": "ed25519-blake2b512", "publicKey": "RW...", "fingerprint",
// "value"}}. The signature is Ed25519 over BLAKE2b-512 of the compact JSON of "response"
// (keys sorted), made with the assessor's key; "response" quotes the pack's root hash, so it
// belongs to exactly one pack.
struct ResponseFile
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::ResponseFile)

public:
    static constexpr int FormatVersion = 1;

    QString id; // a UUID, so importing the same response twice is recognised
    QDateTime created;
    QString packRootHash;
    QString packSigner;
    qint64 packAuditCount = 0; // the pack's record of the service's audit trail; 0 if none
    QString packAuditHead;
    QString serviceName;
    QString setId;
    QString setVersion;
    QString assessor;
    PublicKey assessorKey; // filled in by sign() and read()
    Recommendation recommendation = Recommendation::None;
    QString summary;
    QList<StandardFinding> findings; // only the standards with a recorded finding

    // The response for a review. Fails when the review has no recommendation yet.
    static Expected<ResponseFile> fromReview(const Review &review);

    // The signed document.
    QByteArray sign(const SigningKey &key);
    // Writes the signed document atomically.
    Status save(const QString &path, const SigningKey &key);

    // Parses and verifies a signed document. With expectedFingerprint, the signing key must
    // have that fingerprint; without, any valid signature is accepted and the caller shows
    // the fingerprint. Errors say whether the file is malformed, altered or from another key.
    static Expected<ResponseFile> read(const QByteArray &document, const QString &file = {},
                                       const QString &expectedFingerprint = {});
    static Expected<ResponseFile> load(const QString &path,
                                       const QString &expectedFingerprint = {});

    bool operator==(const ResponseFile &) const = default;
};

} // namespace seqohs
