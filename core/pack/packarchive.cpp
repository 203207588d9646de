#include "packarchive.h"

#include "minisignsignature.h"
#include "packmanifest.h"
#include "signingkey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <zip.h>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <list>
#include <unistd.h>

namespace seqohs {

namespace {

bool syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

struct ZipCallbackState
{
    const PackArchive::Progress *progress = nullptr;
    qint64 base = 0;
    qint64 span = 0;
    qint64 total = 0;
    bool cancelled = false;
};

void zipProgress(zip_t *, double fraction, void *data)
{
    auto *state = static_cast<ZipCallbackState *>(data);
    if (state->progress && *state->progress && !state->cancelled) {
        const auto done = state->base + static_cast<qint64>(fraction * double(state->span));
        if (!(*state->progress)(done, state->total))
            state->cancelled = true;
    }
}

int zipCancel(zip_t *, void *data)
{
    return static_cast<ZipCallbackState *>(data)->cancelled ? 1 : 0;
}

} // namespace

Status PackArchive::write(const SigningKey &key, PackManifest &manifest,
                          const QList<MemoryFile> &memoryFiles, const QList<DiskFile> &diskFiles,
                          const QString &packPath, const QString &workFolder,
                          const Progress &progress, qint64 done, qint64 total,
                          const std::function<Status()> &beforePublish)
{
    const QString targetPath = QFileInfo(packPath).absoluteFilePath();
    std::sort(
        manifest.entries.begin(), manifest.entries.end(),
        [](const PackManifest::Entry &a, const PackManifest::Entry &b) { return a.path < b.path; });
    manifest.signerFingerprint = key.fingerprint();
    manifest.rootHash = manifest.computeRootHash();
    const QByteArray manifestBytes = manifest.toJson();
    const QByteArray signature =
        MinisignSignature::create(key, manifestBytes,
                                  QStringLiteral("seqohs-pack root %1 signer %2")
                                      .arg(manifest.rootHash, manifest.signerFingerprint),
                                  QStringLiteral("signature of a seqohs-tracker submission pack"))
            .toUtf8();
    const QByteArray publicKey = key.publicKey().toMinisignFile().toUtf8();
    const Error cancelled{tr("Creating the pack was cancelled; nothing was written"), packPath};

    const QString partial = QDir(workFolder).filePath(QStringLiteral("pack.partial"));
    int zipErrorCode = 0;
    zip_t *za =
        zip_open(QFile::encodeName(partial).constData(), ZIP_CREATE | ZIP_TRUNCATE, &zipErrorCode);
    if (!za)
        return Error{tr("Cannot create the pack file"), packPath};
    auto failZip = [&](const QString &what) {
        const QString why = QString::fromLocal8Bit(zip_strerror(za));
        zip_discard(za);
        return Error{what.arg(why), packPath};
    };
    // Buffers handed to libzip must live until zip_close.
    std::list<MemoryFile> memory{{PackManifest::ManifestPath, manifestBytes},
                                 {PackManifest::SignaturePath, signature},
                                 {PackManifest::PublicKeyPath, publicKey}};
    memory.insert(memory.end(), memoryFiles.cbegin(), memoryFiles.cend());
    for (const MemoryFile &file : memory) {
        zip_source_t *source = zip_source_buffer(za, file.bytes.constData(),
                                                 static_cast<zip_uint64_t>(file.bytes.size()), 0);
        const QByteArray utf8 = file.path.toUtf8();
        const zip_int64_t index =
            source ? zip_file_add(za, utf8.constData(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            return failZip(
                tr("Cannot add %1 to the pack: %2").arg(file.path, QStringLiteral("%1")));
        }
    }
    for (const DiskFile &file : diskFiles) {
        zip_source_t *source =
            zip_source_file(za, QFile::encodeName(file.local).constData(), 0, -1);
        const QByteArray utf8 = file.path.toUtf8();
        const zip_int64_t index =
            source ? zip_file_add(za, utf8.constData(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            return failZip(
                tr("Cannot add %1 to the pack: %2").arg(file.path, QStringLiteral("%1")));
        }
        // Stored, as in a full pack: evidence is mostly compressed already.
        zip_set_file_compression(za, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
    }
    ZipCallbackState state{&progress, done, total - done, total, false};
    zip_register_progress_callback_with_state(za, 0.005, zipProgress, nullptr, &state);
    zip_register_cancel_callback_with_state(za, zipCancel, nullptr, &state);
    if (zip_close(za) != 0) {
        if (state.cancelled) {
            zip_discard(za);
            return cancelled;
        }
        return failZip(tr("Cannot write the pack: %1"));
    }
    if (state.cancelled)
        return cancelled;
    if (!syncFile(partial))
        return Error{tr("Cannot write the pack to disk (sync failed); is the disk full?"),
                     packPath};
    if (beforePublish) {
        if (Status s = beforePublish(); !s)
            return s;
    }
    if (::rename(QFile::encodeName(partial).constData(),
                 QFile::encodeName(targetPath).constData()) != 0) {
        return Error{tr("Cannot move the finished pack into place"), packPath, QString(),
                     tr("Check that you may write to that folder.")};
    }
    syncFile(QFileInfo(targetPath).absolutePath());
    if (progress)
        progress(total, total);
    return success();
}

} // namespace seqohs
