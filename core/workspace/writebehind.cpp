#include "writebehind.h"

#include <QFile>

#include <fcntl.h>
#include <unistd.h>

namespace seqohs {

WriteBehind::WriteBehind(const QString &path, qint64 every)
    : m_path(path)
    , m_every(every)
{
}

void WriteBehind::wrote(qint64 bytes)
{
    m_pending += bytes;
    if (m_pending < m_every)
        return;
    m_pending = 0;
    flush();
}

void WriteBehind::flush()
{
#if defined(Q_OS_LINUX)
    // Opened each time rather than kept: the log is deleted and made again as the journal mode
    // changes, and a deleted file held open keeps its space on the disk.
    for (const QString &path : {m_path, QString(m_path + QLatin1String("-wal"))}) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        // Starts writing what is dirty and not yet being written; waits for nothing.
        (void)::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
        ::close(fd);
    }
#endif
}

} // namespace seqohs
