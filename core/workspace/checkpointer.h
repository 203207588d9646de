#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace seqohs {

// Copies a workspace's write-ahead log into the database file on a thread of its own, through a
// second connection, so that importing evidence does not stop at every checkpoint: the copy and
// sync of earlier files overlap the hashing and writing of the next. Owned by Workspace:
// attach() replaces SQLite's automatic checkpoint on the writer's connection, and the writer
// calls throttle() before each transaction, which waits when the log has grown past a bound
// until it is all copied, so the log is rewound and stays small.
class Checkpointer
{
public:
    // A checkpoint starts when the log holds this many frames (pages), as SQLite's own would.
    static constexpr int StartFrames = 1000;
    // Past this many frames the writer waits for the copy: 4,096 frames of 64 KiB = 256 MiB.
    static constexpr int MaxFrames = 4096;

    explicit Checkpointer(const QString &path);
    ~Checkpointer();
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    // False when the second connection could not be opened; Workspace then keeps SQLite's
    // automatic checkpoints.
    bool isValid() const { return m_db != nullptr; }

    // Watches the commits of the writer's connection (sqlite3_wal_hook), which also turns off
    // SQLite's automatic checkpoints there.
    void attach(sqlite3 *writer);

    // Before a write transaction: when the log has grown past MaxFrames, waits until all of it
    // is copied, so the writer can start the log afresh.
    void throttle();

private:
    static int walHook(void *self, sqlite3 *db, const char *name, int frames);
    void committed(int frames);
    void run();

    sqlite3 *m_db = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_requested = false;
    bool m_stop = false;
    int m_frames = 0;       // frames in the log after the last commit
    bool m_caughtUp = true; // the last checkpoint copied every frame
    std::thread m_thread;
};

} // namespace seqohs
