#include "minisignsignature.h"

#include "signingkey.h"

#include <QCoreApplication>
#include <QStringList>

#include <sodium.h>

namespace seqohs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("seqohs", text);
}

const QLatin1String UntrustedPrefix("untrusted comment: ");
const QLatin1String TrustedPrefix("trusted comment: ");

struct Parsed
{
    QByteArray algorithm; // "ED" (pre-hashed) or "Ed" (legacy, whole file signed)
    QByteArray keyId;
    QByteArray signature;
    QByteArray trustedComment;
    QByteArray globalSignature;
};

Expected<Parsed> parse(const QString &text)
{
    const Error malformed{tr("The signature is not in minisign's format or is damaged")};
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.size() != 4 || !lines.at(0).startsWith(UntrustedPrefix) ||
        !lines.at(2).startsWith(TrustedPrefix)) {
        return malformed;
    }
    const QByteArray sig =
        QByteArray::fromBase64(lines.at(1).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray global =
        QByteArray::fromBase64(lines.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (sig.size() != 2 + PublicKey::KeyIdBytes + PublicKey::SignatureBytes ||
        global.size() != PublicKey::SignatureBytes) {
        return malformed;
    }
    Parsed p;
    p.algorithm = sig.left(2);
    p.keyId = sig.mid(2, PublicKey::KeyIdBytes);
    p.signature = sig.mid(2 + PublicKey::KeyIdBytes);
    p.trustedComment = lines.at(2).mid(TrustedPrefix.size()).toUtf8();
    p.globalSignature = global;
    if (p.algorithm != "ED" && p.algorithm != "Ed")
        return malformed;
    return p;
}

// As minisign prints key ids: a little-endian 64-bit number in hex.
QString idText(const QByteArray &id)
{
    QByteArray reversed;
    for (qsizetype i = id.size() - 1; i >= 0; --i)
        reversed.append(id.at(i));
    return QString::fromLatin1(reversed.toHex().toUpper());
}

QString singleLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

} // namespace

QByteArray MinisignSignature::blake2b512(const QByteArray &data)
{
    QByteArray digest(crypto_generichash_BYTES_MAX, Qt::Uninitialized);
    if (sodium_init() < 0)
        return QByteArray();
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()),
                       static_cast<size_t>(digest.size()),
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       static_cast<unsigned long long>(data.size()), nullptr, 0);
    return digest;
}

QString MinisignSignature::create(const SigningKey &key, const QByteArray &data,
                                  const QString &trustedComment, const QString &untrustedComment)
{
    const QByteArray signature = key.sign(blake2b512(data));
    const QByteArray trusted = singleLine(trustedComment).toUtf8();
    const QByteArray global = key.sign(signature + trusted);
    const QByteArray sigLine = QByteArray("ED") + key.publicKey().keyId() + signature;
    return UntrustedPrefix + singleLine(untrustedComment) + QLatin1Char('\n') +
           QString::fromLatin1(sigLine.toBase64()) + QLatin1Char('\n') + TrustedPrefix +
           QString::fromUtf8(trusted) + QLatin1Char('\n') + QString::fromLatin1(global.toBase64()) +
           QLatin1Char('\n');
}

Expected<QByteArray> MinisignSignature::keyId(const QString &signatureText)
{
    Expected<Parsed> p = parse(signatureText);
    if (!p)
        return p.errors();
    return p->keyId;
}

QString MinisignSignature::trustedComment(const QString &signatureText)
{
    Expected<Parsed> p = parse(signatureText);
    return p ? QString::fromUtf8(p->trustedComment) : QString();
}

Status MinisignSignature::verify(const QString &signatureText, const QByteArray &data,
                                 const PublicKey &key)
{
    Expected<Parsed> p = parse(signatureText);
    if (!p)
        return p.errors();
    if (p->keyId != key.keyId()) {
        return Error{tr("The signature was made with another key (key id %1, not %2)")
                         .arg(idText(p->keyId), key.keyIdText())};
    }
    const QByteArray signedBytes = p->algorithm == "ED" ? blake2b512(data) : data;
    if (!key.verifyDetached(p->signature, signedBytes))
        return Error{tr("The signature does not match the signed content")};
    if (!key.verifyDetached(p->globalSignature, p->signature + p->trustedComment))
        return Error{tr("The signature's trusted comment has been altered")};
    return success();
}

} // namespace seqohs
