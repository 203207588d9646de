#include "checkpointer.h"

#include <QFile>

#include <sqlite3.h>

namespace seqohs {

Checkpointer::Checkpointer(const QString &path)
{
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE,
                        nullptr) != SQLITE_OK) {
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    // A checkpoint syncs the log before copying it and the file after.
    sqlite3_exec(m_db, "PRAGMA synchronous = NORMAL", nullptr, nullptr, nullptr);
    m_thread = std::thread([this] { run(); });
}

Checkpointer::~Checkpointer()
{
    if (!m_db)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
    sqlite3_close(m_db);
}

void Checkpointer::attach(sqlite3 *writer)
{
    if (m_db)
        sqlite3_wal_hook(writer, &Checkpointer::walHook, this);
}

int Checkpointer::walHook(void *self, sqlite3 *, const char *, int frames)
{
    static_cast<Checkpointer *>(self)->committed(frames);
    return SQLITE_OK;
}

void Checkpointer::committed(int frames)
{
    {
        std::lock_guard lock(m_mutex);
        m_frames = frames;
        m_caughtUp = false;
        if (frames >= StartFrames)
            m_requested = true;
    }
    m_changed.notify_all();
}

void Checkpointer::throttle()
{
    if (!m_db)
        return;
    std::unique_lock lock(m_mutex);
    if (m_frames <= MaxFrames)
        return;
    m_requested = true;
    m_changed.notify_all();
    m_changed.wait(lock, [this] { return m_caughtUp || m_stop; });
    m_frames = 0;
}

void Checkpointer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_requested || m_stop; });
        if (m_stop)
            return;
        m_requested = false;
        lock.unlock();
        int logFrames = 0;
        int copied = 0;
        const int rc =
            sqlite3_wal_checkpoint_v2(m_db, "main", SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copied);
        lock.lock();
        // Busy or failing counts as caught up: the writer gets its turn back rather than waiting
        // for ever, and SQLite copies the log when the workspace is closed.
        m_caughtUp = rc != SQLITE_OK || logFrames == copied;
        m_changed.notify_all();
    }
}

} // namespace seqohs
