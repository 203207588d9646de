#pragma once

#include "common/expected.h"
#include "publickey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace seqohs {

class SigningKey;

// A detached signature in minisign's format (https://jedisct1.github.io/minisign/), so that
// `minisign -Vm FILE -P KEY` checks it without this program:
//
//   untrusted comment: <text>
//   base64("ED" + key id + Ed25519(BLAKE2b-512(file)))
//   trusted comment: <text>
//   base64(Ed25519(signature + trusted comment))
//
// The file is hashed with BLAKE2b-512 and the digest signed with crypto_sign_detached; the
// trusted comment is covered by the second, "global" signature.
class MinisignSignature
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::MinisignSignature)

public:
    // Signs data. The comments must be single lines.
    static QString create(const SigningKey &key, const QByteArray &data,
                          const QString &trustedComment,
                          const QString &untrustedComment = QStringLiteral("signature from "
                                                                           "seqohs-tracker"));

    // The key id a signature claims to be from (8 bytes), or an error when the text is not a
    // minisign signature.
    static Expected<QByteArray> keyId(const QString &signatureText);

    // The trusted comment of a signature (meaningful only once verify() succeeded).
    static QString trustedComment(const QString &signatureText);

    // Checks the signature of data with key. Fails with a message that says whether the
    // signature is from another key, does not match the data, or is malformed.
    static Status verify(const QString &signatureText, const QByteArray &data,
                         const PublicKey &key);

    // BLAKE2b-512 of the data, as minisign hashes a file before signing.
    static QByteArray blake2b512(const QByteArray &data);
};

} // namespace seqohs
