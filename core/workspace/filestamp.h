#pragma once

#include <QtGlobal>

#include <optional>

namespace seqohs {

// What the system says of an open file that tells whether it is still the file it was and
// unchanged: its device and inode (not another file renamed over the path), its size, and its
// times of modification and of change (a rewrite that set its modification time back still
// moves the time of change). Evidence content is stored only when the stamp taken before it
// was read matches the one taken after it was stored.
class FileStamp
{
public:
    // The stamp of an open descriptor, or nothing when the system cannot say.
    static std::optional<FileStamp> of(int descriptor);

    qint64 size() const { return m_size; }
    bool operator==(const FileStamp &) const = default;

private:
    FileStamp() = default;

    quint64 m_device = 0;
    quint64 m_inode = 0;
    qint64 m_size = 0;
    qint64 m_modified = 0; // nanoseconds
    qint64 m_changed = 0;  // nanoseconds
};

} // namespace seqohs
