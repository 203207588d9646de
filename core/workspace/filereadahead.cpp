#include "filereadahead.h"

#include "blobstore.h"
#include "sha256.h"

#include <QFile>

namespace seqohs {

FileReadAhead::FileReadAhead(QStringList paths)
    : m_paths(std::move(paths))
{
    for (int i = 0; i < Depth; ++i)
        m_free.push_back(QByteArray());
    m_thread = std::thread([this] { run(); });
}

FileReadAhead::~FileReadAhead()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

bool FileReadAhead::moveTo(const QString &path)
{
    {
        std::lock_guard lock(m_mutex);
        const qsizetype found = m_paths.indexOf(path, m_next);
        if (found < 0)
            return false;
        m_current = found;
        m_next = found + 1;
        m_outcome = Outcome();
        m_ended = false;
        // What was read of the files passed over is not wanted.
        while (!m_full.empty() && m_full.front().file < m_current) {
            if (!m_full.front().end)
                m_free.push_back(std::move(m_full.front().data));
            m_full.pop_front();
        }
    }
    m_changed.notify_all();
    return true;
}

std::optional<QByteArray> FileReadAhead::next()
{
    std::unique_lock lock(m_mutex);
    if (m_ended || m_current < 0)
        return std::nullopt;
    for (;;) {
        m_changed.wait(lock, [this] { return !m_full.empty() || m_finished; });
        if (m_full.empty()) {
            // Not expected: the reader gives every file it opens an end. Should one go missing,
            // say so rather than wait for ever. (A lost buffer would stop the reader before it
            // finishes, which this cannot catch: every buffer must come back, see recycle().)
            m_outcome = Outcome();
            m_outcome.error = QStringLiteral("the read-ahead ended before this file did");
            m_ended = true;
            return std::nullopt;
        }
        Piece piece = std::move(m_full.front());
        m_full.pop_front();
        if (piece.file < m_current) {
            if (!piece.end) {
                m_free.push_back(std::move(piece.data));
                m_changed.notify_all();
            }
            continue;
        }
        if (piece.end) {
            m_outcome = std::move(piece.outcome);
            m_ended = true;
            return std::nullopt;
        }
        return std::move(piece.data);
    }
}

void FileReadAhead::recycle(QByteArray buffer)
{
    {
        std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(buffer));
    }
    m_changed.notify_all();
}

FileReadAhead::Outcome FileReadAhead::outcome() const
{
    std::lock_guard lock(m_mutex);
    return m_outcome;
}

void FileReadAhead::run()
{
    qsizetype index = 0;
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stop)
                return;
            index = std::max(index, m_current);
        }
        if (index >= m_paths.size())
            break;
        readFile(index);
        ++index;
    }
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
}

void FileReadAhead::readFile(qsizetype index)
{
    Piece end;
    end.file = index;
    end.end = true;
    QFile file(m_paths.at(index));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        end.outcome.error = file.errorString();
    } else {
        end.outcome.before = FileStamp::of(file.handle());
        Sha256 hash;
        for (;;) {
            QByteArray buffer;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock,
                               [&] { return !m_free.empty() || m_stop || passedOver(index); });
                if (m_stop || passedOver(index))
                    return;
                buffer = std::move(m_free.front());
                m_free.pop_front();
            }
            buffer.resize(BlobStore::ChunkSize);
            const qint64 n = file.read(buffer.data(), buffer.size());
            if (n <= 0) {
                if (n < 0)
                    end.outcome.error = file.errorString();
                else
                    end.outcome.sha256 = hash.hexResult();
                recycle(std::move(buffer));
                break;
            }
            buffer.resize(n);
            hash.addData(buffer);
            {
                std::lock_guard lock(m_mutex);
                m_full.push_back(Piece{index, std::move(buffer), false, {}});
            }
            m_changed.notify_all();
        }
    }
    {
        std::lock_guard lock(m_mutex);
        m_full.push_back(std::move(end));
    }
    m_changed.notify_all();
}

} // namespace seqohs
