#include "packverifier.h"

#include "hashpipeline.h"
#include "minisignsignature.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <zip.h>

#include <algorithm>
#include <memory>
#include <sys/stat.h>

namespace seqohs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("seqohs", text);
}

constexpr qint64 ChunkSize = 1024 * 1024;

struct ZipCloser
{
    void operator()(zip_t *za) const { zip_discard(za); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;

struct ZipFileCloser
{
    void operator()(zip_file_t *f) const { zip_fclose(f); }
};
using ZipFilePtr = std::unique_ptr<zip_file_t, ZipFileCloser>;

struct ZipEntry
{
    zip_uint64_t index = 0;
    QString name;
    qint64 size = 0;
    qint64 compressedSize = 0;
    bool stored = false;
};

bool isControlFile(const QString &name)
{
    return name == PackManifest::ManifestPath || name == PackManifest::SignaturePath ||
           name == PackManifest::PublicKeyPath;
}

// Reads a small entry whole (manifest, signature, key), refusing more than its declared size.
Expected<QByteArray> readSmall(zip_t *za, const ZipEntry &entry)
{
    ZipFilePtr file(zip_fopen_index(za, entry.index, 0));
    if (!file)
        return Error{tr("Cannot read this file in the pack: %1")
                         .arg(QString::fromLocal8Bit(zip_strerror(za))),
                     entry.name};
    QByteArray bytes(entry.size + 1, Qt::Uninitialized);
    qint64 got = 0;
    while (got <= entry.size) {
        const zip_int64_t n = zip_fread(file.get(), bytes.data() + got,
                                        static_cast<zip_uint64_t>(bytes.size() - got));
        if (n < 0) {
            return Error{tr("Cannot read this file in the pack: %1")
                             .arg(QString::fromLocal8Bit(zip_file_strerror(file.get()))),
                         entry.name};
        }
        if (n == 0)
            break;
        got += n;
    }
    if (got != entry.size)
        return Error{tr("The file holds %1 bytes but declares %2").arg(got).arg(entry.size),
                     entry.name};
    bytes.truncate(got);
    return bytes;
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

QString PackVerification::summary() const
{
    QStringList lines;
    if (refused)
        lines << tr("REFUSED: the pack was not opened, because:");
    else if (cancelled)
        lines << tr("Verification was cancelled.");
    else if (ok())
        lines << tr("OK: the pack is complete and unaltered (%1 files, %2 checked).")
                     .arg(filesChecked)
                     .arg(sizeText(bytesHashed));
    else
        lines << tr("FAILED: %n problem(s) found.", nullptr, int(problems.size()));
    if (signatureValid) {
        lines << (signerConfirmed ? tr("Signed by the expected key %1.").arg(signer.fingerprint())
                                  : tr("Signed by key %1; check this fingerprint with the service.")
                                        .arg(signer.fingerprint()));
    }
    for (const Error &e : problems)
        lines << QStringLiteral("  ") + e.toString();
    for (const QString &note : notes)
        lines << tr("Note: %1").arg(note);
    return lines.join(QLatin1Char('\n'));
}

PackVerifier::PackVerifier(const QString &packPath)
    : m_path(packPath)
{
}

PackVerification PackVerifier::verify() const
{
    PackVerification result;
    const QString packName = QFileInfo(m_path).fileName();
    auto refuse = [&](const Error &e) {
        result.refused = true;
        result.problems.append(e);
        return result;
    };

    if (!QFileInfo(m_path).isFile())
        return refuse(Error{tr("The pack does not exist or is not a file"), m_path});

    // ZIP_RDONLY: libzip never writes to the file. ZIP_CHECKCONS compares every local header
    // with the central directory, which catches truncated and spliced archives.
    int code = 0;
    ZipPtr za(zip_open(QFile::encodeName(m_path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code));
    if (!za) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString why = QString::fromLocal8Bit(zip_error_strerror(&error));
        zip_error_fini(&error);
        if (code == ZIP_ER_EXISTS) {
            // libzip refuses an archive whose directory names one entry twice.
            return refuse(Error{tr("The pack holds two entries of the same name, so which one "
                                   "is meant is ambiguous"),
                                m_path});
        }
        return refuse(Error{tr("This is not a complete zip archive (%1)").arg(why), m_path,
                            QString(),
                            tr("The file may be truncated or damaged in transfer; ask the "
                               "service to send it again.")});
    }

    // 1. The directory, before any entry is read.
    const zip_int64_t count = zip_get_num_entries(za.get(), 0);
    if (count < 0 || count > m_limits.maxEntries) {
        return refuse(Error{tr("The pack has %1 entries, more than the %2 a pack may have")
                                .arg(count)
                                .arg(m_limits.maxEntries),
                            m_path});
    }
    QList<ZipEntry> entries;
    QHash<QString, int> byName;
    qint64 totalSize = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        const auto index = static_cast<zip_uint64_t>(i);
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(za.get(), index, 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME) ||
            !(st.valid & ZIP_STAT_SIZE) || !(st.valid & ZIP_STAT_COMP_SIZE)) {
            result.problems.append(
                Error{tr("Entry %1 of the zip directory cannot be read").arg(i), m_path});
            continue;
        }
        ZipEntry e;
        e.index = index;
        e.name = QString::fromUtf8(st.name);
        e.size = static_cast<qint64>(st.size);
        e.compressedSize = static_cast<qint64>(st.comp_size);
        e.stored = (st.valid & ZIP_STAT_COMP_METHOD) && st.comp_method == ZIP_CM_STORE;
        if (e.name.endsWith(QLatin1Char('/')) && e.size == 0) {
            // A folder entry, as some archive tools add when a pack is re-zipped; it holds nothing.
            QString folder = e.name;
            folder.chop(1);
            if (!PackManifest::isSafePath(folder))
                result.problems.append(Error{tr("Unsafe folder name in the pack (it could write "
                                                "outside the folder it is extracted to)"),
                                             e.name});
            continue;
        }
        if (!PackManifest::isSafePath(e.name)) {
            result.problems.append(Error{tr("Unsafe file name in the pack (an absolute path, "
                                            "\"..\", a backslash or a control character could "
                                            "write outside the folder it is extracted to)"),
                                         e.name});
            continue;
        }
        if (byName.contains(e.name)) {
            result.problems.append(Error{tr("The pack holds two entries of this name"), e.name});
            continue;
        }
        zip_uint8_t opsys = 0;
        zip_uint32_t attributes = 0;
        if (zip_file_get_external_attributes(za.get(), index, 0, &opsys, &attributes) == 0 &&
            opsys == ZIP_OPSYS_UNIX && ((attributes >> 16) & S_IFMT) == S_IFLNK) {
            result.problems.append(
                Error{tr("The entry is a symbolic link; a pack holds only plain files"), e.name});
            continue;
        }
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
            result.problems.append(
                Error{tr("The entry is encrypted; a pack holds no encrypted files"), e.name});
            continue;
        }
        if (e.size > m_limits.maxEntrySize) {
            result.problems.append(
                Error{tr("The entry declares %1, more than the %2 one file may have")
                          .arg(sizeText(e.size), sizeText(m_limits.maxEntrySize)),
                      e.name});
            continue;
        }
        if (e.stored && e.size != e.compressedSize) {
            result.problems.append(
                Error{tr("The entry is stored uncompressed but declares %1 bytes "
                         "of content in %2 bytes")
                          .arg(e.size)
                          .arg(e.compressedSize),
                      e.name});
            continue;
        }
        if (e.size > ChunkSize &&
            double(e.size) > m_limits.maxRatio * double(std::max<qint64>(e.compressedSize, 1))) {
            result.problems.append(Error{tr("The entry would expand from %1 to %2, a ratio above "
                                            "%3:1 (a compression bomb)")
                                             .arg(sizeText(e.compressedSize), sizeText(e.size))
                                             .arg(m_limits.maxRatio),
                                         e.name});
            continue;
        }
        if (isControlFile(e.name) && e.size > m_limits.maxSmallFile) {
            result.problems.append(Error{
                tr("The file is far too large for what it should be (%1)").arg(sizeText(e.size)),
                e.name});
            continue;
        }
        totalSize += e.size;
        byName.insert(e.name, int(entries.size()));
        entries.append(e);
    }
    if (totalSize > m_limits.maxTotalSize) {
        result.problems.append(
            Error{tr("The pack declares %1 of content, more than the %2 a pack may hold")
                      .arg(sizeText(totalSize), sizeText(m_limits.maxTotalSize)),
                  m_path});
    }
    if (!result.problems.isEmpty()) {
        result.refused = true;
        return result;
    }
    result.passed << tr("The zip directory is intact and safe (%1 entries, %2).")
                         .arg(entries.size())
                         .arg(sizeText(totalSize));

    auto readControl = [&](const QString &name) -> Expected<QByteArray> {
        const auto it = byName.constFind(name);
        if (it == byName.cend())
            return Error{tr("The file is missing from the pack"), name};
        return readSmall(za.get(), entries.at(*it));
    };

    // 2. The signature over the manifest.
    const Expected<QByteArray> manifestBytes = readControl(PackManifest::ManifestPath);
    const Expected<QByteArray> signatureBytes = readControl(PackManifest::SignaturePath);
    if (!manifestBytes)
        result.problems += manifestBytes.errors();
    if (!signatureBytes)
        result.problems += signatureBytes.errors();

    PublicKey embedded;
    if (const Expected<QByteArray> keyBytes = readControl(PackManifest::PublicKeyPath); keyBytes) {
        if (Expected<PublicKey> key = PublicKey::fromMinisign(QString::fromUtf8(*keyBytes)); key)
            embedded = *key;
        else
            result.problems.append(Error{key.error().message, PackManifest::PublicKeyPath});
    } else if (m_expectedKey.isEmpty()) {
        result.problems += keyBytes.errors();
    }

    PublicKey verifyWith = embedded;
    QString expectedFingerprint;
    if (!m_expectedKey.isEmpty()) {
        Expected<PublicKey> given = QFileInfo(m_expectedKey).isFile()
                                        ? PublicKey::fromFile(m_expectedKey)
                                        : PublicKey::fromMinisign(m_expectedKey);
        if (given) {
            verifyWith = *given;
        } else {
            expectedFingerprint = PublicKey::normaliseFingerprint(m_expectedKey);
            const bool looksLikeFingerprint =
                expectedFingerprint.size() == 32 &&
                !QByteArray::fromHex(expectedFingerprint.toLatin1()).isEmpty();
            if (!looksLikeFingerprint) {
                result.problems.append(
                    Error{tr("\"%1\" is neither a key fingerprint (32 hex digits) "
                             "nor a minisign public key or key file")
                              .arg(m_expectedKey)});
                expectedFingerprint.clear();
            }
        }
    }
    if (manifestBytes && signatureBytes && !verifyWith.isNull()) {
        const QString signatureText = QString::fromUtf8(*signatureBytes);
        const Expected<QByteArray> claimedId = MinisignSignature::keyId(signatureText);
        if (!m_expectedKey.isEmpty() && expectedFingerprint.isEmpty() && claimedId &&
            *claimedId != verifyWith.keyId()) {
            result.problems.append(Error{tr("The pack is signed by another key, not the one you "
                                            "expected (%1)")
                                             .arg(verifyWith.fingerprint()),
                                         PackManifest::SignaturePath, QString(),
                                         tr("The pack may have been altered and re-signed: ask "
                                            "the service to send it again.")});
        } else if (Status s = MinisignSignature::verify(signatureText, *manifestBytes, verifyWith);
                   !s) {
            result.problems.append(Error{s.error().message, PackManifest::SignaturePath, QString(),
                                         tr("The manifest or its signature was altered after "
                                            "the pack was made.")});
        } else if (!expectedFingerprint.isEmpty() &&
                   !verifyWith.hasFingerprint(expectedFingerprint)) {
            result.problems.append(
                Error{tr("The pack is signed by key %1, not by the key you expected")
                          .arg(verifyWith.fingerprint()),
                      PackManifest::SignaturePath, QString(),
                      tr("The pack may have been altered and re-signed: ask "
                         "the service to send it again.")});
        } else {
            result.signatureValid = true;
            result.signer = verifyWith;
            result.signerConfirmed = !m_expectedKey.isEmpty();
            result.passed << tr("The signature over the manifest is valid (key %1).")
                                 .arg(verifyWith.fingerprint());
            // An unconfirmed signer is said once, by summary() and by the window from
            // signerConfirmed: a note as well printed the same warning twice.
        }
    }

    // 3. The manifest and the entries it lists.
    if (!manifestBytes) {
        result.refused = false;
        return result;
    }
    Expected<PackManifest> manifest = PackManifest::fromJson(*manifestBytes);
    if (!manifest) {
        result.problems += manifest.errors();
        return result;
    }
    result.manifest = *manifest;
    result.manifestRead = true;
    if (manifest->rootHash != manifest->computeRootHash()) {
        result.problems.append(Error{tr("The root hash does not match the manifest's content"),
                                     PackManifest::ManifestPath});
    }
    if (result.signatureValid && !manifest->signerFingerprint.isEmpty() &&
        !result.signer.hasFingerprint(manifest->signerFingerprint)) {
        result.notes << tr("The manifest names signer %1 but the signature is by %2.")
                            .arg(manifest->signerFingerprint, result.signer.fingerprint());
    }
    for (const ZipEntry &e : entries) {
        if (!isControlFile(e.name) && !manifest->entry(e.name))
            result.problems.append(
                Error{tr("Extra file that is not listed in the manifest"), e.name});
    }
    qint64 hashTotal = 0;
    for (const PackManifest::Entry &m : manifest->entries) {
        const auto it = byName.constFind(m.path);
        if (it == byName.cend())
            result.problems.append(Error{
                tr("Missing: the manifest lists this file but the pack does not hold it"), m.path});
        else
            hashTotal += m.size;
    }

    // 4. Re-hash every listed file, in the order the zip holds them (sequential reading).
    const bool extracting = !m_extractDir.isEmpty();
    HashPipeline pipeline(ChunkSize);
    qint64 done = 0;
    for (const ZipEntry &e : entries) {
        const PackManifest::Entry *m = manifest->entry(e.name);
        if (!m)
            continue;
        if (e.size != m->size) {
            result.problems.append(
                Error{tr("The size (%1 bytes) does not match the manifest (%2 bytes)")
                          .arg(e.size)
                          .arg(m->size),
                      e.name});
            continue;
        }
        // Stored entries are read raw: libzip then skips its CRC-32, which SHA-256 supersedes.
        ZipFilePtr file(zip_fopen_index(za.get(), e.index, e.stored ? ZIP_FL_COMPRESSED : 0));
        if (!file) {
            result.problems.append(Error{tr("Cannot read this file in the pack: %1")
                                             .arg(QString::fromLocal8Bit(zip_strerror(za.get()))),
                                         e.name});
            continue;
        }
        std::unique_ptr<QFile> out;
        if (extracting && (m_extractPaths.isEmpty() || m_extractPaths.contains(e.name))) {
            const QString target = QDir(m_extractDir).filePath(e.name);
            if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
                result.problems.append(
                    Error{tr("Cannot extract the file: its folder cannot be made"), e.name});
            } else {
                out = std::make_unique<QFile>(target);
            }
            // NewOnly: never follow or replace anything already there.
            if (out && !out->open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
                result.problems.append(
                    Error{tr("Cannot extract the file: %1").arg(out->errorString()), e.name});
                out.reset();
            }
        }
        qint64 got = 0;
        bool failed = false;
        for (;;) {
            char *buffer = pipeline.buffer();
            // Never read more than one byte past the declared size: a lying entry stops here.
            const qint64 want = std::min<qint64>(ChunkSize, e.size - got + 1);
            const zip_int64_t n = zip_fread(file.get(), buffer, static_cast<zip_uint64_t>(want));
            if (n < 0) {
                result.problems.append(
                    Error{tr("The file is damaged in the zip: %1")
                              .arg(QString::fromLocal8Bit(zip_file_strerror(file.get()))),
                          e.name});
                failed = true;
                break;
            }
            if (n == 0)
                break;
            got += n;
            if (got > e.size) {
                result.problems.append(
                    Error{tr("The file holds more data than the %1 bytes it declares").arg(e.size),
                          e.name});
                failed = true;
                break;
            }
            if (out && out->write(buffer, n) != n) {
                result.problems.append(
                    Error{tr("Cannot extract the file: %1").arg(out->errorString()), e.name});
                out->remove();
                out.reset();
            }
            pipeline.submit(n);
            done += n;
            if (m_progress && !m_progress(done, hashTotal)) {
                result.cancelled = true;
                pipeline.finish();
                if (out)
                    out->remove();
                return result;
            }
        }
        const QByteArray digest = pipeline.finish();
        result.bytesHashed += got;
        if (!failed && got != e.size) {
            result.problems.append(
                Error{tr("The file holds %1 bytes but declares %2").arg(got).arg(e.size), e.name});
            failed = true;
        }
        if (!failed && digest != m->sha256) {
            result.problems.append(Error{tr("Content does not match the manifest"), e.name,
                                         QString(),
                                         tr("The file was altered after the pack was signed.")});
            failed = true;
        }
        if (out) {
            if (failed || !out->flush())
                out->remove();
            else
                out->close();
        }
        if (!failed)
            ++result.filesChecked;
    }
    if (result.problems.isEmpty()) {
        result.passed << tr("Every file matches the manifest (%1 files).").arg(result.filesChecked);
    }
    if (!result.signatureValid && result.problems.isEmpty())
        result.problems.append(Error{tr("The pack's signature could not be checked"), packName});
    return result;
}

} // namespace seqohs
