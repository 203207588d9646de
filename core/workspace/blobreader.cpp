#include "blobreader.h"

#include <cstring>

namespace seqohs {

BlobReader::BlobReader(ChunkSource source, const BlobStore::Blob &blob)
    : m_source(std::move(source))
    , m_blob(blob)
{
}

bool BlobReader::loadChunk(qint64 index)
{
    if (index == m_chunkIndex)
        return true;
    std::optional<QByteArray> chunk = m_source(index);
    if (!chunk)
        return false;
    m_chunk = std::move(*chunk);
    m_chunkIndex = index;
    return true;
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
