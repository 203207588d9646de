#pragma once

#include "common/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace seqohs {

// The content-addressed blob store inside a workspace: each distinct content is stored once,
// keyed by its SHA-256, as 1 MiB chunks. Owned by the SQLite storage kernel and called by
// Workspace, on the kernel's connection and inside its transactions; it never begins or commits a
// transaction itself.
class BlobStore
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::BlobStore)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static constexpr qint64 ChunkSize = 1024 * 1024;

    struct Blob
    {
        qint64 id = 0;
        QByteArray sha256; // hex
        qint64 size = 0;
    };

    BlobStore(sqlite3 *db, const QString &workspacePath);

    // Streams the file into the store, hashing as it reads, and re-reads and re-hashes what was
    // written before returning. Identical content already stored is reused instead. Fails if the
    // file cannot be read, the disk is full, the progress callback returns false, or the
    // re-read does not match; the caller then rolls its transaction back.
    Expected<Blob> storeFile(const QString &sourcePath, const Progress &progress = {});
    // Stores a copy kept outside the workspace (undo of a removal) as storeFile does, and fails
    // when its content no longer has the hash it was kept under.
    Expected<Blob> storeKept(const QString &keptPath, const QByteArray &sha256);

    // Re-reads every chunk of the blob and compares hash and size with what is recorded.
    Status verify(const Blob &blob) const;

    // Writes the blob's content to outPath through a temporary file, checking the hash as it
    // goes; outPath is replaced only when every byte was written and matched.
    Status exportTo(const Blob &blob, const QString &outPath) const;
    // The content as a random-access device read a chunk at a time (BlobReader).
    std::unique_ptr<QIODevice> reader(const Blob &blob) const;

    // The blob, or nothing when there is none with that id.
    Expected<std::optional<Blob>> blob(qint64 id) const;
    Expected<QList<Blob>> blobs() const;

    // Deletes blobs no evidence version refers to any more.
    Status removeUnreferenced();

private:
    Error sqlError(const QString &what) const;
    Expected<qint64> findBySha(const QByteArray &sha256) const;

    sqlite3 *m_db;
    QString m_path;
};

} // namespace seqohs
