#pragma once

#include "common/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace seqohs {

// An Ed25519 public key with the 8-byte key id minisign uses, so a signature can be checked
// both by this program and by the stock `minisign` tool.
//
// Text forms: the minisign public key (base64 of "Ed" + key id + key, 56 characters starting
// "RW"), the same in a minisign .pub file (with its "untrusted comment:" line), and the short
// fingerprint a service reads out to its assessor.
class PublicKey
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::PublicKey)

public:
    static constexpr int KeyBytes = 32;
    static constexpr int KeyIdBytes = 8;
    static constexpr int SignatureBytes = 64;

    PublicKey() = default;
    // key must be 32 bytes; the key id is derived from the key (the first 8 bytes of its
    // SHA-256), so the same key always has the same id.
    explicit PublicKey(const QByteArray &key);

    // Parses a minisign public key: the bare base64 line or the whole .pub file's text.
    static Expected<PublicKey> fromMinisign(const QString &text);
    // Reads a minisign .pub file.
    static Expected<PublicKey> fromFile(const QString &path);

    bool isNull() const { return m_key.isEmpty(); }
    QByteArray key() const { return m_key; }
    QByteArray keyId() const { return m_keyId; }
    // The key id as minisign prints it: 16 upper-case hex digits.
    QString keyIdText() const;

    // "5F3A 91C2 0B7E 44D1 A9C0 3E21 7F65 D2B8": the first 128 bits of SHA-256 of the key in
    // groups of four hex digits. Short enough to read over the phone, long enough that no one
    // can make another key with the same fingerprint.
    QString fingerprint() const;
    // A fingerprint as typed by a person, without spaces and in upper case, for comparison.
    static QString normaliseFingerprint(const QString &text);
    // True when text is this key's fingerprint (spacing and case ignored).
    bool hasFingerprint(const QString &text) const;

    QString toMinisign() const; // "RW..."
    QString toMinisignFile() const;

    // Ed25519 verification of a detached 64-byte signature.
    bool verifyDetached(const QByteArray &signature, const QByteArray &message) const;

    bool operator==(const PublicKey &) const = default;

private:
    QByteArray m_key;
    QByteArray m_keyId;
};

} // namespace seqohs
