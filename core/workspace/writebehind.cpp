#include "writebehind.h"

#include <QDir>
#include <QFile>

#if defined(Q_OS_LINUX)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

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
    m_fileDescriptor = hint(m_path, m_fileDescriptor);
    m_logDescriptor = hint(m_path + QLatin1String("-wal"), m_logDescriptor);
#endif
}

// The hint goes through a descriptor the process already has open on the file (SQLite's, or a
// companion connection's), found by the file's identity, never one opened here: closing any
// descriptor of a file drops every POSIX lock the process holds on it, SQLite's locks among them.
int WriteBehind::hint(const QString &path, int known)
{
#if defined(Q_OS_LINUX)
    struct stat file = {};
    if (::stat(QFile::encodeName(path).constData(), &file) != 0)
        return -1;
    const auto isFile = [&file](int fd) {
        struct stat open = {};
        return fd >= 0 && ::fstat(fd, &open) == 0 && open.st_dev == file.st_dev &&
               open.st_ino == file.st_ino;
    };
    int fd = isFile(known) ? known : -1;
    if (fd < 0) {
        const QStringList open = QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files);
        for (const QString &name : open) {
            bool number = false;
            const int candidate = name.toInt(&number);
            if (number && isFile(candidate)) {
                fd = candidate;
                break;
            }
        }
    }
    // Starts writing what is dirty and not yet being written.
    if (fd >= 0)
        (void)::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
    return fd;
#else
    Q_UNUSED(path);
    Q_UNUSED(known);
    return -1;
#endif
}

} // namespace seqohs
