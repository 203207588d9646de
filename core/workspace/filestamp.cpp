#include "filestamp.h"

#include <sys/stat.h>

namespace seqohs {

std::optional<FileStamp> FileStamp::of(int descriptor)
{
    struct stat s = {};
    if (::fstat(descriptor, &s) != 0)
        return std::nullopt;
    FileStamp stamp;
    stamp.m_device = quint64(s.st_dev);
    stamp.m_inode = quint64(s.st_ino);
    stamp.m_size = qint64(s.st_size);
    stamp.m_modified = qint64(s.st_mtim.tv_sec) * 1000000000 + s.st_mtim.tv_nsec;
    stamp.m_changed = qint64(s.st_ctim.tv_sec) * 1000000000 + s.st_ctim.tv_nsec;
    return stamp;
}

} // namespace seqohs
