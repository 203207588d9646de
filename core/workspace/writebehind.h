#pragma once

#include <QString>
#include <QtGlobal>

namespace seqohs {

// Asks the kernel to start writing a file's changed pages to disk while the program goes on
// writing more, as PostgreSQL's *_flush_after settings do. Without it, an import of a few
// gigabytes leaves everything to the commit's sync: the disk idles while the content is
// stored, then the program idles while the disk writes it. Only a hint: durability still comes
// from the commit's own sync. Does nothing where the system has no such call (all but Linux).
class WriteBehind
{
public:
    // Every `every` bytes written, the pages of `path` (and of its write-ahead log, where the
    // writes go while it is in use) are handed to the disk.
    explicit WriteBehind(const QString &path, qint64 every = qint64(4) << 20);

    void wrote(qint64 bytes);

private:
    void flush();

    QString m_path;
    qint64 m_every;
    qint64 m_pending = 0;
};

} // namespace seqohs
