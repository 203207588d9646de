#pragma once

#include "common/expected.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace seqohs {

// The private folder a pack is built in: beside the pack, so that the finished zip is renamed
// into place on the same disk; mode 0700, as it holds a copy of the workspace and every
// evidence file; removed when the pack is written or fails.
//
// A process that is killed cannot remove its folder, so each folder holds a lock naming its
// process, and the next pack written to the same folder removes the folders whose process has
// gone. A folder being built by a running process is left alone; folders are made and locked
// under a lock beside them, so one found empty and unlocked was left by a process killed in
// between, and is removed too.
class PackWorkFolder
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::PackWorkFolder)

public:
    // Clears stale work folders beside packPath, then makes a new one.
    static Expected<std::unique_ptr<PackWorkFolder>> create(const QString &packPath);

    // Removes the work folders beside packPath left by processes that are gone; returns how
    // many it removed.
    static int clearStale(const QString &packPath);

    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    ~PackWorkFolder();

private:
    explicit PackWorkFolder(const QString &templatePath);
    // makingLocked: this process holds the lock under which folders are made, so an empty
    // folder without its lock is one whose process died before locking it.
    static int clearStale(const QString &packPath, bool makingLocked);
    static constexpr int MakingWaitMs = 5000;

    QTemporaryDir m_dir;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace seqohs
