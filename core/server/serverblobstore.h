#pragma once

#include "workspace/blobstore.h"

#include <QSqlDatabase>

namespace seqohs {

class ServerConnection;

// The blob store of a team workspace: chunks of at most ChunkSize bytes in the server's
// blob_chunk table (bytea rows, which row-level security and the server's grants cover, unlike
// large objects), sent and read as bytes (ServerChunkChannel). A file is hashed first, so that
// content already stored costs no upload and the blob row is written once with its hash (a
// contributor may add content but not change a blob row); then it is sent a chunk at a time and
// read back from the server and hashed before anything is committed. Owned by the server's storage
// kernel.
class ServerBlobStore final : public BlobStore
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::ServerBlobStore)

public:
    explicit ServerBlobStore(ServerConnection &connection);

    [[nodiscard]] Expected<Blob> storeFile(const QString &sourcePath,
                                           const Progress &progress = {}) override;
    [[nodiscard]] Status verify(const Blob &blob) const override;
    [[nodiscard]] Status exportTo(const Blob &blob, const QString &outPath) const override;
    std::unique_ptr<QIODevice> reader(const Blob &blob) const override;
    [[nodiscard]] Expected<std::optional<Blob>> blob(qint64 id) const override;
    [[nodiscard]] Expected<QList<Blob>> blobs() const override;
    // Only a login that may delete content (a lead) removes it; for anyone else what is no
    // longer referred to stays until a lead's next removal.
    [[nodiscard]] Status removeUnreferenced() override;

private:
    // Hashes the chunks of blob as the server holds them, in order; the size and hash, or an
    // error. sink, when given, receives every chunk.
    struct Read
    {
        qint64 size = 0;
        QByteArray sha256;
        bool gap = false;
    };
    [[nodiscard]] Expected<Read>
    readChunks(qint64 blobId, const std::function<Status(QByteArrayView)> &sink) const;
    [[nodiscard]] Error damaged(const Blob &blob, const Read &read) const;

    ServerConnection &m_connection;
};

} // namespace seqohs
