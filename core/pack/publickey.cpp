#include "publickey.h"

#include "workspace/sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <sodium.h>

namespace seqohs {

PublicKey::PublicKey(const QByteArray &key)
    : m_key(key)
    , m_keyId(QByteArray::fromHex(Sha256::hexHash(key)).left(KeyIdBytes))
{
}

Expected<PublicKey> PublicKey::fromMinisign(const QString &text)
{
    // The key is the last non-empty line that is not a comment.
    QString line;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString trimmed = raw.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1String("untrusted comment:")))
            line = trimmed;
    }
    const QByteArray bytes =
        QByteArray::fromBase64(line.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (bytes.size() != 2 + KeyIdBytes + KeyBytes || !bytes.startsWith("Ed")) {
        return Error{tr("This is not a minisign public key"), QString(), QString(),
                     tr("Give the key as the line starting \"RW\" from the signer's .pub file, "
                        "or the .pub file itself.")};
    }
    PublicKey key;
    key.m_keyId = bytes.mid(2, KeyIdBytes);
    key.m_key = bytes.mid(2 + KeyIdBytes);
    return key;
}

Expected<PublicKey> PublicKey::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the public key file: %1").arg(file.errorString()), path};
    // A .pub file is two short lines; anything large is something else.
    const QByteArray text = file.read(4096);
    Expected<PublicKey> key = fromMinisign(QString::fromUtf8(text));
    if (!key)
        return Error{key.error().message, path, QString(), key.error().hint};
    return key;
}

QString PublicKey::keyIdText() const
{
    // minisign prints the id as a little-endian 64-bit number.
    QByteArray reversed;
    for (qsizetype i = m_keyId.size() - 1; i >= 0; --i)
        reversed.append(m_keyId.at(i));
    return QString::fromLatin1(reversed.toHex().toUpper());
}

QString PublicKey::fingerprint() const
{
    if (isNull())
        return QString();
    const QString hex = QString::fromLatin1(Sha256::hexHash(m_key).left(32).toUpper());
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

QString PublicKey::normaliseFingerprint(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace() && c != QLatin1Char(':') && c != QLatin1Char('-'))
            out.append(c.toUpper());
    }
    return out;
}

bool PublicKey::hasFingerprint(const QString &text) const
{
    return !isNull() && normaliseFingerprint(text) == normaliseFingerprint(fingerprint());
}

QString PublicKey::toMinisign() const
{
    const QByteArray bytes = QByteArray("Ed") + m_keyId + m_key;
    return QString::fromLatin1(bytes.toBase64());
}

QString PublicKey::toMinisignFile() const
{
    return QStringLiteral("untrusted comment: minisign public key %1\n%2\n")
        .arg(keyIdText(), toMinisign());
}

bool PublicKey::verifyDetached(const QByteArray &signature, const QByteArray &message) const
{
    if (signature.size() != SignatureBytes || m_key.size() != KeyBytes || sodium_init() < 0)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               static_cast<unsigned long long>(message.size()),
               reinterpret_cast<const unsigned char *>(m_key.constData())) == 0;
}

} // namespace seqohs
