#include "signingkey.h"

#include "common/clock.h"
#include "common/savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <sodium.h>

namespace seqohs {

namespace {

const QLatin1String KeyFormat("seqohs-signing-key");

} // namespace

SigningKey::~SigningKey()
{
    wipe();
}

SigningKey::SigningKey(const SigningKey &other)
    : m_secret(other.m_secret)
    , m_public(other.m_public)
{
    m_secret.detach();
}

SigningKey &SigningKey::operator=(const SigningKey &other)
{
    if (this != &other) {
        wipe();
        m_secret = other.m_secret;
        m_secret.detach();
        m_public = other.m_public;
    }
    return *this;
}

void SigningKey::wipe()
{
    // Only wipe memory this object owns alone; a shared buffer is still in use elsewhere.
    if (!m_secret.isEmpty() && m_secret.isDetached())
        sodium_memzero(m_secret.data(), static_cast<size_t>(m_secret.size()));
    m_secret.clear();
}

Expected<SigningKey> SigningKey::generate()
{
    if (sodium_init() < 0)
        return Error{tr("The cryptography library (libsodium) could not be initialised")};
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray sk(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pk.data()),
                        reinterpret_cast<unsigned char *>(sk.data()));
    SigningKey key;
    key.m_secret = sk;
    key.m_public = PublicKey(pk);
    sodium_memzero(sk.data(), static_cast<size_t>(sk.size()));
    return key;
}

Expected<SigningKey> SigningKey::load(const QString &path)
{
    if (sodium_init() < 0)
        return Error{tr("The cryptography library (libsodium) could not be initialised")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tr("Cannot read the key file: %1").arg(file.errorString()), path, QString(),
                     tr("Check the path, or create a key with 'pack keygen'.")};
    }
    if (file.size() > 64 * 1024)
        return Error{tr("This is not a signing key file (it is far too large)"), path};
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject o = doc.object();
    if (parseError.error != QJsonParseError::NoError ||
        o.value(QLatin1String("format")).toString() != KeyFormat)
        return Error{tr("This is not a seqohs-tracker signing key file"), path};
    if (o.value(QLatin1String("formatVersion")).toInt() != 1) {
        return Error{tr("The key file was written by a newer version of the program"), path,
                     QString(), tr("Use a newer version of seqohs-tracker.")};
    }
    Expected<PublicKey> pub =
        PublicKey::fromMinisign(o.value(QLatin1String("publicKey")).toString());
    QByteArray secret =
        QByteArray::fromBase64(o.value(QLatin1String("secretKey")).toString().toLatin1());
    if (!pub || secret.size() != crypto_sign_SECRETKEYBYTES) {
        return Error{tr("The key file is damaged: its key is missing or the wrong length"), path,
                     QString(), tr("Restore the key file from a backup.")};
    }
    // The secret key embeds its public key; a mismatch means the file was edited.
    if (secret.right(crypto_sign_PUBLICKEYBYTES) != pub->key()) {
        return Error{tr("The key file is damaged: its public and secret keys do not belong "
                        "together"),
                     path, QString(), tr("Restore the key file from a backup.")};
    }
    SigningKey key;
    key.m_secret = secret;
    key.m_public = *pub;
    sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    return key;
}

Status SigningKey::save(const QString &path) const
{
    if (isNull())
        return Error{tr("There is no key to save"), path};
    if (QFileInfo::exists(path)) {
        return Error{tr("A file of this name exists already; a key is never overwritten"), path,
                     QString(), tr("Choose another file name, or use the existing key.")};
    }
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return Error{tr("Cannot create the folder for the key"), dir};
    // The keys folder is private to its owner too.
    if (QFileInfo(dir).fileName() == QLatin1String("keys"))
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    QJsonObject o{{QStringLiteral("format"), KeyFormat},
                  {QStringLiteral("formatVersion"), 1},
                  {QStringLiteral("created"), Clock::now().toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("fingerprint"), fingerprint()},
                  {QStringLiteral("publicKey"), m_public.toMinisign()},
                  {QStringLiteral("secretKey"), QString::fromLatin1(m_secret.toBase64())}};
    QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);

    // Restricted to its owner before any secret byte is written to it.
    Status saved = saveSecretFileAtomically(path, [&bytes](QIODevice &device) -> Status {
        if (device.write(bytes) != bytes.size())
            return Error{tr("Cannot write the key file: %1").arg(device.errorString())};
        return success();
    });
    sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    if (!saved.ok())
        return saved;
    return success();
}

QString SigningKey::defaultPath(const QString &name)
{
    // One folder for the window and the command line, so that a pack made with one can be
    // followed up with the other under the same key.
    const QString file = QStringLiteral("keys/%1.key").arg(name);
    QString shared = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                         .filePath(QStringLiteral("seqohs-tracker/") + file);
    if (QFileInfo::exists(shared))
        return shared;
    // Earlier versions kept it in each program's own folder: a key found there stays in use.
    const QString own =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(file);
    return QFileInfo::exists(own) ? own : shared;
}

QByteArray SigningKey::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    if (isNull())
        return QByteArray();
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         static_cast<unsigned long long>(message.size()),
                         reinterpret_cast<const unsigned char *>(m_secret.constData()));
    return signature;
}

} // namespace seqohs
