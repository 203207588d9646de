#pragma once

#include "blobstore.h"
#include "writebehind.h"

#include <memory>

struct sqlite3;

namespace seqohs {

class FileReadAhead;

// The blob store of a workspace file: chunks in the file's blob_chunk table, written and read
// through SQLite's own API (no per-value copy through QtSql), each chunk read back and compared
// as it is written. Owned by the SQLite storage kernel.
class SqliteBlobStore final : public BlobStore
{
    // Its messages keep the context they had when this was the only blob store, so that their
    // translations still find them.
    Q_DECLARE_TR_FUNCTIONS(seqohs::BlobStore)

public:
    SqliteBlobStore(sqlite3 *db, const QString &workspacePath);
    ~SqliteBlobStore() override;

    [[nodiscard]] Expected<Blob> storeFile(const QString &sourcePath,
                                           const Progress &progress = {}) override;
    void readAhead(const QStringList &paths) override;
    [[nodiscard]] Status verify(const Blob &blob) const override;
    [[nodiscard]] Status exportTo(const Blob &blob, const QString &outPath) const override;
    std::unique_ptr<QIODevice> reader(const Blob &blob) const override;
    [[nodiscard]] Expected<std::optional<Blob>> blob(qint64 id) const override;
    [[nodiscard]] Expected<QList<Blob>> blobs() const override;
    [[nodiscard]] Status removeUnreferenced() override;

private:
    Error sqlError(const QString &what) const;
    Expected<qint64> findBySha(const QByteArray &sha256) const;

    sqlite3 *m_db;
    QString m_path;
    WriteBehind m_writeBehind;
    std::unique_ptr<FileReadAhead> m_readAhead;
};

} // namespace seqohs
