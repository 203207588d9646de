#include "packworkfolder.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

namespace seqohs {

namespace {

const QLatin1String Prefix(".seqohs-pack-");
const QLatin1String LockName("owner.lock");
// Beside the pack, held while a work folder is made and locked and while stale ones are looked
// for: a folder found without its lock then cannot be one being made, only one whose process
// was killed between making it and locking it.
const QLatin1String MakingLockName(".seqohs-pack-making.lock");

// A folder from before work folders held a lock, or whose process died before taking it: left
// alone while it may still be in use.
constexpr qint64 UnlockedGraceSeconds = 600;

} // namespace

PackWorkFolder::PackWorkFolder(const QString &templatePath)
    : m_dir(templatePath)
{
}

PackWorkFolder::~PackWorkFolder()
{
    // The lock goes last: a run killed while this folder is being removed leaves it locked by
    // a process that is gone, which the next pack clears, rather than unlocked and so left
    // alone for a while as possibly someone else's.
    const QDir dir(m_dir.path());
    const QFileInfoList entries =
        dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        if (entry.fileName() == LockName)
            continue;
        if (entry.isDir() && !entry.isSymLink())
            QDir(entry.absoluteFilePath()).removeRecursively();
        else
            QFile::remove(entry.absoluteFilePath());
    }
    m_lock.reset();
}

int PackWorkFolder::clearStale(const QString &packPath)
{
    QLockFile making(QFileInfo(packPath).absoluteDir().filePath(MakingLockName));
    making.setStaleLockTime(0);
    return clearStale(packPath, making.tryLock(MakingWaitMs));
}

int PackWorkFolder::clearStale(const QString &packPath, bool makingLocked)
{
    const QDir folder = QFileInfo(packPath).absoluteDir();
    int removed = 0;
    const QFileInfoList candidates = folder.entryInfoList(
        {Prefix + QLatin1Char('*')}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &candidate : candidates) {
        if (candidate.isSymLink() || !candidate.isDir())
            continue;
        const QString lockPath = QDir(candidate.absoluteFilePath()).filePath(LockName);
        bool stale = false;
        if (QFileInfo::exists(lockPath)) {
            // tryLock takes over a lock whose process is gone; a live owner holds the file's
            // system lock, which keeps it.
            QLockFile lock(lockPath);
            stale = lock.tryLock(0);
            if (stale)
                lock.unlock();
        } else {
            const bool empty =
                QDir(candidate.absoluteFilePath())
                    .isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
            stale = (makingLocked && empty) ||
                    candidate.lastModified().secsTo(QDateTime::currentDateTime()) >
                        UnlockedGraceSeconds;
        }
        if (stale && QDir(candidate.absoluteFilePath()).removeRecursively())
            ++removed;
    }
    return removed;
}

Expected<std::unique_ptr<PackWorkFolder>> PackWorkFolder::create(const QString &packPath)
{
    const QFileInfo target(packPath);
    // Not had (a folder that cannot take the file, or another program slow to let go): the
    // folders are made and cleared as before, with unlocked ones kept for a while.
    QLockFile making(target.absoluteDir().filePath(MakingLockName));
    making.setStaleLockTime(0);
    clearStale(packPath, making.tryLock(MakingWaitMs));
    std::unique_ptr<PackWorkFolder> folder(new PackWorkFolder(
        target.absolutePath() + QLatin1Char('/') + Prefix + QStringLiteral("XXXXXX")));
    if (!folder->m_dir.isValid()) {
        return Error{tr("Cannot create a temporary folder beside the pack: %1")
                         .arg(folder->m_dir.errorString()),
                     packPath, QString(),
                     tr("Check that you may write to the folder and that the disk has space.")};
    }
    folder->m_lock = std::make_unique<QLockFile>(folder->filePath(LockName));
    if (!folder->m_lock->tryLock(0)) {
        const QStorageInfo storage(target.absolutePath());
        if (storage.isValid() && storage.bytesAvailable() < 64 * 1024) {
            return Error{tr("The disk is full: the pack was not written."), packPath, QString(),
                         tr("Free some disk space on %1, then try again. Nothing was changed.")
                             .arg(QDir::toNativeSeparators(storage.rootPath()))};
        }
        return Error{tr("Cannot lock the temporary folder beside the pack"), packPath, QString(),
                     tr("Check that you may write to the folder, then try again.")};
    }
    return folder;
}

} // namespace seqohs
