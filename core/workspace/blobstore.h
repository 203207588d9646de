#pragma once

#include "common/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace seqohs {

// The content-addressed store of evidence content inside a workspace: each distinct content is
// stored once, keyed by its SHA-256, as chunks of at most ChunkSize bytes, streamed both ways
// with bounded memory and checked against its hash. Each storage kernel has its own
// (SqliteBlobStore for a file, ServerBlobStore for a team workspace); it runs on the kernel's
// connection and inside its transactions, and never begins or commits a transaction itself.
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

    virtual ~BlobStore();
    BlobStore(const BlobStore &) = delete;
    BlobStore &operator=(const BlobStore &) = delete;

    // Streams the file into the store, hashing as it reads, and checks what was written before
    // returning. Identical content already stored is reused instead. Fails if the file cannot be
    // read, changes while it is read, the store is full, the progress callback returns false,
    // or what was written does not read back the same; the caller then rolls its transaction
    // back.
    [[nodiscard]] virtual Expected<Blob> storeFile(const QString &sourcePath,
                                                   const Progress &progress = {}) = 0;
    // The files an import is about to store, in order: a store that can reads and hashes them
    // ahead while it writes earlier ones (storeFile() of a file not in the list, or of one
    // again, reads it then). An empty list ends the read-ahead.
    virtual void readAhead(const QStringList &paths);
    // Stores a copy kept outside the workspace (undo of a removal) as storeFile does, and fails
    // when its content no longer has the hash it was kept under.
    [[nodiscard]] Expected<Blob> storeKept(const QString &keptPath, const QByteArray &sha256);

    // Re-reads every chunk of the blob and compares hash and size with what is recorded.
    [[nodiscard]] virtual Status verify(const Blob &blob) const = 0;

    // Writes the blob's content to outPath through a temporary file, checking the hash as it
    // goes; outPath is replaced only when every byte was written and matched.
    [[nodiscard]] virtual Status exportTo(const Blob &blob, const QString &outPath) const = 0;
    // The content as a random-access device read a chunk at a time.
    virtual std::unique_ptr<QIODevice> reader(const Blob &blob) const = 0;

    // The blob, or nothing when there is none with that id.
    [[nodiscard]] virtual Expected<std::optional<Blob>> blob(qint64 id) const = 0;
    [[nodiscard]] virtual Expected<QList<Blob>> blobs() const = 0;

    // Deletes blobs no evidence version refers to any more.
    [[nodiscard]] virtual Status removeUnreferenced() = 0;

protected:
    BlobStore() = default;
};

} // namespace seqohs
