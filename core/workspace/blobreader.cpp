#include "blobreader.h"

#include <sqlite3.h>

#include <cstring>

namespace seqohs {

BlobReader::BlobReader(sqlite3 *db, const BlobStore::Blob &blob)
    : m_db(db)
    , m_blob(blob)
{
}

bool BlobReader::loadChunk(qint64 index)
{
    if (index == m_chunkIndex)
        return true;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT data FROM blob_chunk WHERE blob_id = ? AND seq = ?", -1,
                           &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return false;
    }
    sqlite3_bind_int64(statement, 1, m_blob.id);
    sqlite3_bind_int64(statement, 2, index);
    const bool found = sqlite3_step(statement) == SQLITE_ROW;
    if (found) {
        const int n = sqlite3_column_bytes(statement, 0);
        m_chunk = QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, 0)), n);
        m_chunkIndex = index;
    }
    sqlite3_finalize(statement);
    return found;
}

qint64 BlobReader::readData(char *data, qint64 maxSize)
{
    qint64 done = 0;
    while (done < maxSize && pos() + done < m_blob.size) {
        const qint64 at = pos() + done;
        if (!loadChunk(at / BlobStore::ChunkSize)) {
            setErrorString(QStringLiteral("stored content %1 cannot be read").arg(m_blob.id));
            return done > 0 ? done : -1;
        }
        const qint64 offset = at % BlobStore::ChunkSize;
        const qint64 available = m_chunk.size() - offset;
        if (available <= 0)
            break; // a chunk shorter than it should be: the check reports that
        const qint64 take = qMin(available, maxSize - done);
        std::memcpy(data + done, m_chunk.constData() + offset, size_t(take));
        done += take;
    }
    return done;
}

} // namespace seqohs
