#pragma once

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace seqohs {

// SHA-256 on a thread of its own, fed with chunks read on the caller's thread, so reading from
// the zip and hashing overlap: on two cores verification then runs at the speed of the slower
// of the two rather than their sum.
//
// Use: fill buffer() with up to chunkSize() bytes, submit(n), repeat; finish() waits for the
// hasher and returns the hex digest of everything submitted since the last finish().
class HashPipeline
{
public:
    explicit HashPipeline(qsizetype chunkSize = 1024 * 1024, int depth = 4);
    ~HashPipeline();
    HashPipeline(const HashPipeline &) = delete;
    HashPipeline &operator=(const HashPipeline &) = delete;

    qsizetype chunkSize() const { return m_chunkSize; }
    // A free buffer of chunkSize() bytes; waits while every buffer is being hashed.
    char *buffer();
    // Hands the buffer from the last buffer() call, holding bytes bytes, to the hasher.
    void submit(qsizetype bytes);
    // The lower-case hex SHA-256 of everything submitted since the last finish().
    QByteArray finish();

private:
    struct Job
    {
        int buffer = -1; // -1: finish marker
        qsizetype bytes = 0;
    };
    void run();

    qsizetype m_chunkSize;
    std::vector<QByteArray> m_buffers;
    std::vector<int> m_free;
    int m_current = -1;
    std::deque<Job> m_jobs;
    QByteArray m_result;
    bool m_resultReady = false;
    bool m_stop = false;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::thread m_thread;
};

} // namespace seqohs
