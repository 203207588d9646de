#pragma once

#include <QString>
#include <QtGlobal>

namespace seqohs {

// Asks the kernel to start writing a file's changed pages to disk while the program goes on
// writing more, as PostgreSQL's *_flush_after settings do. Without it, an import of a few
// gigabytes leaves everything to the commit's sync: the disk idles while the content is
// stored, then the program idles while the disk writes it. Only a hint: it changes neither
// what is written nor when a commit counts as done. The call may wait when the disk's queue is
// full, as a write would. Does nothing where the system has no such call (all but Linux).
class WriteBehind
{
public:
    // Every `every` bytes written, the kernel is asked to start writing the pages of `path`
    // (and of its write-ahead log, where the writes go while it is in use), through a
    // descriptor the process has open on it; with none open, nothing is done.
    explicit WriteBehind(const QString &path, qint64 every = qint64(4) << 20);

    void wrote(qint64 bytes);

private:
    void flush();
    // Hints `path` through a descriptor of the process open on it (`known` first); returns it.
    static int hint(const QString &path, int known);

    QString m_path;
    qint64 m_every;
    qint64 m_pending = 0;
    int m_fileDescriptor = -1;
    int m_logDescriptor = -1;
};

} // namespace seqohs
