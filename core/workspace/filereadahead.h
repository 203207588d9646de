#pragma once

#include "filestamp.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace seqohs {

// Reads and hashes files, in the order given, on a thread of its own and ahead of the caller
// who stores them: while one file's chunks are written into the workspace, the next file's
// are read and hashed. Without it, an import of many small files waits at every file for its
// first chunk to be read and hashed before anything can be written. At most Depth chunks are
// held at once, whatever the files' sizes.
class FileReadAhead
{
public:
    static constexpr int Depth = 8;

    explicit FileReadAhead(QStringList paths);
    ~FileReadAhead();
    FileReadAhead(const FileReadAhead &) = delete;
    FileReadAhead &operator=(const FileReadAhead &) = delete;

    // Makes `path` the file that next() gives, passing over the files before it in the list
    // (they are not stored after all, though they may have been read already). False when
    // `path` is not among the files still to come: each file is given once.
    bool moveTo(const QString &path);

    // The current file's next chunk, or nothing at its end (and after it, until the next
    // moveTo()); then outcome() says how it ended.
    std::optional<QByteArray> next();
    // Gives a chunk's buffer back once its bytes are stored, or not: every chunk's buffer must
    // come back, or the read-ahead runs out of buffers and stops.
    void recycle(QByteArray buffer);

    struct Outcome
    {
        QByteArray sha256;               // hex, of every byte given; empty when reading failed
        QString error;                   // why the file could not be read to its end
        std::optional<FileStamp> before; // the file when it was opened, before any read
    };
    // How reading the current file ended, once next() has returned nothing.
    Outcome outcome() const;

private:
    struct Piece
    {
        qsizetype file = 0;
        QByteArray data;
        bool end = false;
        Outcome outcome; // at the end
    };

    void run();
    void readFile(qsizetype index);
    bool passedOver(qsizetype index) const { return index < m_current; }

    const QStringList m_paths;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_free;
    std::deque<Piece> m_full;
    qsizetype m_current = -1; // the file next() gives; the reader passes over those before it
    qsizetype m_next = 0;     // the first file moveTo() may still give
    Outcome m_outcome;
    bool m_ended = false; // the current file's end was given
    bool m_stop = false;
    bool m_finished = false; // the reader has gone through the whole list
    std::thread m_thread;
};

} // namespace seqohs
