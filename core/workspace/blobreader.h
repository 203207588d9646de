#pragma once

#include "blobstore.h"

#include <QIODevice>

struct sqlite3;

namespace seqohs {

// Reads one stored content as a random-access device, a chunk at a time, straight from the
// workspace: a preview reads what it shows and nothing is written to disk. It reads through the
// workspace's connection, so it is used on that connection's thread and must not outlive the
// workspace. The content is not re-hashed here (the integrity check and export do that).
class BlobReader : public QIODevice
{
public:
    BlobReader(sqlite3 *db, const BlobStore::Blob &blob);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_blob.size; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool loadChunk(qint64 index);

    sqlite3 *m_db;
    BlobStore::Blob m_blob;
    qint64 m_chunkIndex = -1;
    QByteArray m_chunk;
};

} // namespace seqohs
