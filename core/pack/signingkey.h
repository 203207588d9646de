#pragma once

#include "common/expected.h"
#include "publickey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace seqohs {

// An Ed25519 key pair (libsodium) that signs packs (the service's key) or responses (the
// assessor's key). The key file is kept outside any workspace, readable by its owner only
// (0600), so that a copy of a workspace or a pack never carries the secret.
//
// The key file is JSON: {"format": "seqohs-signing-key", "formatVersion": 1, "created",
// "publicKey" (minisign form), "secretKey" (base64)}. It is not encrypted: keep it in the
// user's own profile, as ssh keeps id_ed25519.
class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::SigningKey)

public:
    SigningKey() = default;
    ~SigningKey();
    SigningKey(const SigningKey &other);
    SigningKey &operator=(const SigningKey &other);

    // A new random key pair. Fails only when libsodium cannot be initialised.
    static Expected<SigningKey> generate();

    // Reads a key file; the error names the file and what is wrong with it.
    static Expected<SigningKey> load(const QString &path);
    // Writes the key file with permissions 0600, creating its folder (0700) if needed, and
    // refuses to replace an existing file so a key that signed packs is never lost.
    Status save(const QString &path) const;

    // Where the key lives unless the user says otherwise: seqohs-tracker/keys/<name>.key under
    // the user's data folder (~/.local/share), the same for the window and the command line; a
    // key an earlier version made in the program's own data folder is used where it is.
    static QString defaultPath(const QString &name = QStringLiteral("signing"));

    bool isNull() const { return m_secret.isEmpty(); }
    const PublicKey &publicKey() const { return m_public; }
    QString fingerprint() const { return m_public.fingerprint(); }

    // The detached Ed25519 signature (64 bytes) of message.
    QByteArray sign(const QByteArray &message) const;

private:
    void wipe();

    QByteArray m_secret; // libsodium's 64-byte secret key (seed + public key)
    PublicKey m_public;
};

} // namespace seqohs
