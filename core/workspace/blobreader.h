#pragma once

#include "blobstore.h"

#include <QIODevice>

#include <functional>
#include <optional>

namespace seqohs {

// Reads one stored content as a random-access device, a chunk at a time, straight from the
// workspace: a preview reads what it shows and nothing is written to disk. Each engine's blob
// store gives it the way to read one chunk; that reads through the workspace's connection, so
// the reader is used on that connection's thread and must not outlive the workspace. The
// content is not re-hashed here (the integrity check and export do that).
class BlobReader : public QIODevice
{
public:
    // The chunk at index (0 first), or nothing when it cannot be read.
    using ChunkSource = std::function<std::optional<QByteArray>(qint64 index)>;

    BlobReader(ChunkSource source, const BlobStore::Blob &blob);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_blob.size; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool loadChunk(qint64 index);

    ChunkSource m_source;
    BlobStore::Blob m_blob;
    qint64 m_chunkIndex = -1;
    QByteArray m_chunk;
};

} // namespace seqohs
