#include "hashpipeline.h"

#include "workspace/sha256.h"

namespace seqohs {

HashPipeline::HashPipeline(qsizetype chunkSize, int depth)
    : m_chunkSize(chunkSize)
{
    for (int i = 0; i < depth; ++i) {
        m_buffers.emplace_back(chunkSize, Qt::Uninitialized);
        m_free.push_back(i);
    }
    m_thread = std::thread([this] { run(); });
}

HashPipeline::~HashPipeline()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

char *HashPipeline::buffer()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_free.empty(); });
    m_current = m_free.back();
    m_free.pop_back();
    return m_buffers[static_cast<size_t>(m_current)].data();
}

void HashPipeline::submit(qsizetype bytes)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(Job{m_current, bytes});
        m_current = -1;
    }
    m_changed.notify_all();
}

QByteArray HashPipeline::finish()
{
    std::unique_lock lock(m_mutex);
    if (m_current >= 0) {
        // A buffer taken but never submitted goes back unused.
        m_free.push_back(m_current);
        m_current = -1;
    }
    m_resultReady = false;
    m_jobs.push_back(Job{});
    m_changed.notify_all();
    m_changed.wait(lock, [this] { return m_resultReady; });
    return m_result;
}

void HashPipeline::run()
{
    Sha256 hash;
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
            if (m_jobs.empty())
                return;
            job = m_jobs.front();
            m_jobs.pop_front();
        }
        if (job.buffer < 0) {
            const QByteArray digest = hash.hexResult();
            {
                std::lock_guard lock(m_mutex);
                m_result = digest;
                m_resultReady = true;
            }
            m_changed.notify_all();
            continue;
        }
        hash.addData(m_buffers[static_cast<size_t>(job.buffer)].constData(), job.bytes);
        {
            std::lock_guard lock(m_mutex);
            m_free.push_back(job.buffer);
        }
        m_changed.notify_all();
    }
}

} // namespace seqohs
