#include "sqlitekernel.h"

#include "filestate.h"

#include "checkpointer.h"
#include "rowdigests.h"
#include "schema.h"
#include "sqliteblobstore.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>

#include <sqlite3.h>

#include <atomic>
#include <string>
#include <unordered_map>

namespace seqohs {

namespace {

// Large pages mean fewer overflow pages per 1 MiB chunk (16 instead of 256 at 4 KiB). On this
// project's machines 16 KiB and 64 KiB measured alike within the noise of bench_import.
constexpr int PageSize = 65536;

std::atomic<int> g_connectionCounter{0};

QString tr(const char *text)
{
    return QCoreApplication::translate("seqohs", text);
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

bool syncPath(const QString &path, bool directory)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), directory ? (O_RDONLY | O_DIRECTORY) : O_RDWR);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// Workspaces this process has open for writing. A companion connection (another thread of
// the same process, e.g. a long import) is allowed only for these: the owner's lock covers it.
QMutex g_heldMutex;
QSet<QString> g_heldPaths;

void setHeld(const QString &path, bool held)
{
    QMutexLocker locker(&g_heldMutex);
    if (held)
        g_heldPaths.insert(path);
    else
        g_heldPaths.remove(path);
}

bool isHeldPath(const QString &path)
{
    QMutexLocker locker(&g_heldMutex);
    return g_heldPaths.contains(path);
}

Error lockedError(const QString &path, QLockFile &lock)
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (lock.error() == QLockFile::LockFailedError && lock.getLockInfo(&pid, &host, &app)) {
        return Error{tr("The workspace is open in another program (%1, process %2 on %3).")
                         .arg(app.isEmpty() ? tr("unknown") : app)
                         .arg(pid)
                         .arg(host.isEmpty() ? tr("this computer") : host),
                     path, QString(),
                     tr("Close it there first. If that program is no longer running on that "
                        "computer, remove the file %1.")
                         .arg(QFileInfo(path).fileName() + QLatin1String(".lock"))};
    }
    if (lock.error() == QLockFile::LockFailedError) {
        // An empty lock file: being written by a program opening the workspace right now, or
        // left by one that stopped while doing so, which is cleared once it is a few seconds old.
        return Error{tr("The workspace is open in another program, or being opened by one right "
                        "now."),
                     path, QString(),
                     tr("Close it there first. If no program has it open, try again in a few "
                        "seconds: a lock file that nobody holds is then cleared by itself.")};
    }
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() < 64 * 1024) {
        return Error{tr("The disk is full: the workspace cannot be opened for editing."), path,
                     QString(),
                     tr("Free some disk space on %1, then try again. Nothing was changed.")
                         .arg(QDir::toNativeSeparators(storage.rootPath()))};
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (storage.isReadOnly() || ::access(QFile::encodeName(folder).constData(), W_OK) != 0) {
        return Error{tr("The workspace is on a read-only disk or in a folder you may not write "
                        "to, so it can be read but not changed."),
                     path, QString(),
                     tr("Reading works as usual (info, score, reports). To change it, copy it to "
                        "a folder you may write to and open the copy.")};
    }
    return Error{tr("The workspace cannot be locked for editing."), path, QString(),
                 tr("Check that you may write to its folder, or open it read-only.")};
}

// A lock file left by a program that crashed while writing it is empty or garbled, so QLockFile
// cannot tell that its owner is gone. Nobody holds the file's system lock then (a live owner
// does): such a file is removed, once it is old enough not to be one being created right now.
bool removeAbandonedLock(const QString &lockPath, QLockFile &lock)
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (lock.error() != QLockFile::LockFailedError || lock.getLockInfo(&pid, &host, &app))
        return false;
    const QFileInfo info(lockPath);
    if (!info.isFile() || info.lastModified().secsTo(QDateTime::currentDateTime()) < 2)
        return false;
    const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    if (free)
        ::flock(fd, LOCK_UN);
    ::close(fd);
    return free && QFile::remove(lockPath);
}

bool tryLockWorkspace(const QString &path, QLockFile &lock)
{
    if (lock.tryLock(0))
        return true;
    return removeAbandonedLock(path + QLatin1String(".lock"), lock) && lock.tryLock(0);
}

Expected<QSqlDatabase> openConnection(const QString &path, const QString &name, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    // On a read-only disk or in a folder nobody may write to, SQLite cannot make the files a
    // workspace's write-ahead log needs, even to read. Nothing can change the file there, so it
    // is opened as immutable, which needs none of them.
    const QFileInfo folder(QFileInfo(path).absolutePath());
    const bool unwritable =
        QStorageInfo(folder.absoluteFilePath()).isReadOnly() ||
        ::access(QFile::encodeName(folder.absoluteFilePath()).constData(), W_OK) != 0;
    if (readOnly && unwritable && !QFileInfo::exists(path + QStringLiteral("-wal"))) {
        db.setDatabaseName(QUrl::fromLocalFile(path).toString() + QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly
                                 ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                 : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open()) {
        const QString text = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error{tr("The workspace cannot be opened: %1").arg(text), path, QString(),
                     tr("Check that the file exists and that you may read and write it.")};
    }
    return db;
}

// A read-only look at the whole file before anything may write to it.
Status probe(const QString &path)
{
    const QString name = QStringLiteral("seqohs-probe-%1").arg(g_connectionCounter.fetch_add(1));
    Status result = success();
    {
        Expected<QSqlDatabase> db = openConnection(path, name, true);
        if (!db.ok())
            return db.errors();
        if (sqlite3 *h = nativeHandle(*db))
            sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        QSqlQuery q(*db);
        q.exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
        q.exec(QStringLiteral("PRAGMA cell_size_check = ON"));
        QStringList problems;
        // SQLite's check reads every page: a third of a second for a workspace of 50,000 items.
        // It is needed once per state of the file, not at every command that reads it.
        const bool checkedAsIs = FileState::matches(QStringLiteral("engineCheck"), path);
        if (checkedAsIs) {
            // Passed for exactly this file before.
        } else if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
            problems << q.lastError().text();
        } else {
            while (q.next()) {
                const QString line = q.value(0).toString();
                if (line != QLatin1String("ok"))
                    problems << line;
            }
        }
        if (problems.isEmpty()) {
            const char *tables[] = {"meta",     "profile", "standards_set", "assessment",
                                    "evidence", "blob",    "audit"};
            for (const char *table : tables) {
                if (!db->tables().contains(QLatin1String(table))) {
                    problems << tr("the table %1 is missing").arg(QLatin1String(table));
                }
            }
        }
        q.finish();
        if (problems.isEmpty() && !checkedAsIs)
            FileState::record(QStringLiteral("engineCheck"), path);
        if (!problems.isEmpty()) {
            // A write-ahead log left beside a file copied over the workspace belongs to the
            // file that was there before: SQLite reads it as part of this one, which makes a
            // healthy copy look damaged. Say so, rather than send the user to a backup.
            const QString wal = path + QStringLiteral("-wal");
            const QString hint =
                QFileInfo(wal).isFile() && QFileInfo(wal).size() > 0
                    ? tr("A write-ahead log, %1, lies beside it; if the workspace was copied or "
                         "restored over an older one, that log belongs to the older file. Move "
                         "%1 (and %2, if there) to another folder and open the workspace again. "
                         "If it is still reported as damaged, restore it from a backup. The file "
                         "was not changed.")
                          .arg(QFileInfo(wal).fileName(),
                               QFileInfo(path + QStringLiteral("-shm")).fileName())
                    : tr("Restore it from a backup. The file was not changed.");
            result = Error{tr("The workspace is damaged: %1")
                               .arg(problems.mid(0, 5).join(QLatin1String("; "))),
                           path, QString(), hint};
        }
        db->close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// A bulk unit cut short by a crash or a kill leaves its journal beside the file, and the file
// part-written. SQLite undoes it from the journal at the first read of a connection that may
// write; a read-only one cannot even read the file until then. Done here, while no writer can be
// at work (the lock is held, or taken for the moment), so that every opening sees the file as
// the last commit left it.
Status recoverInterruptedUnit(const QString &path, bool lockHeld)
{
    const QString journal = path + QStringLiteral("-journal");
    if (QFileInfo(journal).size() == 0)
        return success();
    QLockFile lock(path + QLatin1String(".lock"));
    lock.setStaleLockTime(0);
    if (!lockHeld && !tryLockWorkspace(path, lock))
        return success(); // a writer is at work: the journal is its own, and SQLite reads around it
    sqlite3 *db = nullptr;
    int rc =
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(db, 5000);
        rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    }
    const QString reason = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close(db);
    if (rc != SQLITE_OK) {
        return Error{SqliteKernel::tr("An import into this workspace was cut short, and what it "
                                      "had written could not be undone: %1")
                         .arg(reason),
                     path, QString(),
                     SqliteKernel::tr("Open the workspace where you may write to its folder, "
                                      "so that it can be undone from %1 beside it; do not move "
                                      "or delete that file.")
                         .arg(QFileInfo(journal).fileName())};
    }
    return success();
}

} // namespace

SqliteKernel::SqliteKernel(const QString &path, bool readOnly)
    : StorageKernel(path, readOnly)
{
}

SqliteKernel::~SqliteKernel()
{
    close();
}

bool SqliteKernel::isHeld(const QString &path)
{
    return isHeldPath(path);
}

void SqliteKernel::close()
{
    m_blobs.reset();
    // The checkpointer's connection goes first, so the last one to close is ours: SQLite then
    // copies what is left of the log into the file and removes the log.
    m_checkpointer.reset();
    if (!m_connection.isEmpty()) {
        QSqlDatabase db = database();
        db.close();
        setDatabase(QSqlDatabase());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        m_connection.clear();
    }
    if (m_lock) {
        setHeld(location(), false);
        m_lock->unlock();
    }
    m_lock.reset();
}

Status SqliteKernel::execSql(const QString &sql, const QString &what) const
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return sqlError(query.lastError(), what);
    return success();
}

// Edits are synced at commit (synchronous=FULL). A file import is not: each fsync costs
// milliseconds here, thousands of imports would spend most of their time waiting for them, and a
// file import can be repeated. Its commit is still atomic and survives a crash of the program;
// the log is synced at the next edit, the next checkpoint or when the workspace is closed, so
// only a power cut in between can undo it.
//
// A bulk unit (many file imports committed together) is written through a rollback journal
// instead, when no other connection has the file open: with the log, every byte of content is
// written twice, to the log and then into the file; with a journal, pages added at the end of
// the file are written once and only the few pages the unit changes are saved beside it. Its one
// commit is synced. A crash leaves the journal, from which the next opening undoes the unit
// (recoverInterruptedUnit()). With others connected the log stays, as for a file import.
Status SqliteKernel::begin(const QString &what, Sync sync)
{
    m_sync = sync;
    if (sync == Sync::Bulk)
        m_journalled = enterJournalMode();
    const bool relaxed = sync == Sync::Later || (sync == Sync::Bulk && !m_journalled);
    if (relaxed) {
        if (Status ok = execSql(QStringLiteral("PRAGMA synchronous = NORMAL"), what); !ok) {
            leaveJournalMode();
            return ok;
        }
    }
    if (m_checkpointer)
        m_checkpointer->throttle();
    Status began = execSql(QStringLiteral("BEGIN IMMEDIATE"), what);
    if (!began) {
        if (relaxed)
            (void)execSql(QStringLiteral("PRAGMA synchronous = FULL"), what);
        leaveJournalMode();
    }
    return began;
}

Status SqliteKernel::commit(const QString &what)
{
    Status done = execSql(QStringLiteral("COMMIT"), what);
    if (m_sync != Sync::AtCommit) {
        Status synced = execSql(QStringLiteral("PRAGMA synchronous = FULL"), what);
        if (done)
            done = synced;
    }
    if (!done)
        return done;
    leaveJournalMode();
    return done;
}

void SqliteKernel::rollback(const QString &what)
{
    // A failed ROLLBACK leaves nothing to do: SQLite rolls back by itself when the connection
    // closes, and the caller already reports the error that caused it.
    (void)execSql(QStringLiteral("ROLLBACK"), what);
    if (m_sync != Sync::AtCommit)
        (void)execSql(QStringLiteral("PRAGMA synchronous = FULL"), what);
    leaveJournalMode();
}

// Only the one connection may leave write-ahead logging: the checkpointer's goes first, and
// SQLite refuses (keeping the log) while a companion or another process has the file open.
bool SqliteKernel::enterJournalMode()
{
    m_checkpointer.reset();
    QSqlQuery mode(database());
    if (mode.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && mode.next() &&
        mode.value(0).toString() == QLatin1String("delete")) {
        return true;
    }
    mode.finish();
    startCheckpointer();
    return false;
}

void SqliteKernel::leaveJournalMode()
{
    if (!m_journalled)
        return;
    m_journalled = false;
    // Should the log not come back (a full disk), the file stays in journal mode, which is as
    // safe; every later opening asks for the log again.
    QSqlQuery mode(database());
    if (mode.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && mode.next() &&
        mode.value(0).toString() == QLatin1String("wal")) {
        mode.finish();
        startCheckpointer();
    }
}

void SqliteKernel::startCheckpointer()
{
    if (m_checkpointer || isReadOnly())
        return;
    auto checkpointer = std::make_unique<Checkpointer>(location());
    if (checkpointer->isValid()) {
        checkpointer->attach(m_handle);
        m_checkpointer = std::move(checkpointer);
    }
}

Expected<std::unique_ptr<SqliteKernel>> SqliteKernel::openChecked(const QString &path,
                                                                  bool readOnly,
                                                                  std::unique_ptr<QLockFile> lock,
                                                                  int fileVersion)
{
    Status probed = probe(path);
    if (!probed.ok())
        return probed.errors();

    std::unique_ptr<SqliteKernel> k(new SqliteKernel(path, readOnly));
    k->setFormatVersion(readOnly ? fileVersion : Schema::CurrentVersion);
    k->m_lock = std::move(lock);
    if (k->m_lock)
        setHeld(path, true);
    k->m_connection = QStringLiteral("seqohs-workspace-%1").arg(g_connectionCounter.fetch_add(1));
    {
        Expected<QSqlDatabase> db = openConnection(path, k->m_connection, readOnly);
        if (!db.ok()) {
            k->m_connection.clear();
            return db.errors();
        }
        k->setDatabase(*db);
    }
    k->m_handle = nativeHandle(k->database());
    if (!k->m_handle) {
        return Error{tr("The SQLite driver does not expose its handle."), path, QString(),
                     tr("Install the Qt SQLite driver that links the system SQLite.")};
    }
    sqlite3_db_config(k->m_handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    QStringList pragmas{QStringLiteral("PRAGMA trusted_schema = OFF"),
                        QStringLiteral("PRAGMA foreign_keys = ON")};
    if (!readOnly) {
        // WAL: readers never block the writer and a crash never leaves a half transaction.
        // FULL: an edit is synced before the call returns, so it survives a power cut too; file
        // imports relax this per transaction (see begin()). A 16 MiB page cache holds a chunk's
        // pages until they are re-read for verification.
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = FULL")
                << QStringLiteral("PRAGMA cache_size = -16384");
    }
    for (const QString &pragma : pragmas) {
        Status ok = k->execSql(pragma, tr("Preparing the workspace failed"));
        if (!ok.ok())
            return ok.errors();
    }
    // The header read before opening can be older than the file: an upgrade that has not been
    // checkpointed yet keeps the new version in the write-ahead log. SQLite reads both.
    if (readOnly) {
        QSqlQuery version(k->database());
        if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
            return k->sqlError(version.lastError(), tr("Reading the workspace failed"));
        const int current = version.value(0).toInt();
        if (current > Schema::CurrentVersion) {
            return Error{tr("The workspace was written by a newer version of seqohs-tracker "
                            "(format %1; this version reads up to %2).")
                             .arg(current)
                             .arg(Schema::CurrentVersion),
                         path, QString(),
                         tr("Install the newer version to open it. The file was not changed.")};
        }
        k->setFormatVersion(current);
    }
    if (!readOnly && fileVersion < Schema::CurrentVersion) {
        QSqlDatabase db = k->database();
        Status upgraded = k->transact(tr("Upgrading the workspace failed"), [&]() -> Status {
            Status ok = Schema::upgrade(db, path, fileVersion);
            if (!ok.ok())
                return ok;
            const RowDigests rows(*k);
            if (Status tracked = rows.track(); !tracked)
                return tracked;
            // A file from before row digests: what it holds now is the first record of its rows.
            // A later upgrade may widen rows (a new column changes a row's digest), so every
            // row is recorded again after any upgrade.
            if (Status all = rows.touchAll(); !all)
                return all;
            return k->audit(QStringLiteral("workspace.upgrade"), QStringLiteral("workspace"),
                            QJsonObject{{QStringLiteral("format"), fileVersion}},
                            QJsonObject{{QStringLiteral("format"), Schema::CurrentVersion}});
        });
        if (!upgraded.ok())
            return upgraded.errors();
        // Into the file at once, so that a reader that looks at the file's header alone (another
        // program, an older version) sees the format it now has.
        (void)k->execSql(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                         tr("Upgrading the workspace failed"));
    }
    if (!readOnly) {
        if (Status tracked = RowDigests(*k).track(); !tracked.ok())
            return tracked.errors();
        k->startCheckpointer();
    }
    k->m_blobs = std::make_unique<SqliteBlobStore>(k->m_handle, path);
    return k;
}

Expected<std::unique_ptr<SqliteKernel>>
SqliteKernel::create(const QString &path, const std::function<Status(StorageKernel &)> &initialise)
{
    if (QFileInfo::exists(path)) {
        return Error{tr("A file with this name exists already."), path, QString(),
                     tr("Choose another name, or open the existing workspace.")};
    }
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
        return Error{tr("The folder does not exist."), path, QString(),
                     tr("Create the folder first or choose another place.")};
    }
    auto lock = std::make_unique<QLockFile>(path + QLatin1String(".lock"));
    lock->setStaleLockTime(0);
    if (!tryLockWorkspace(path, *lock))
        return lockedError(path, *lock);

    // Built under a temporary name, so that no half-made workspace ever carries the real name.
    const QString temp = path + QLatin1String(".creating");
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(temp + QLatin1String(suffix));
    Status built = success();
    {
        SqliteKernel k(path, false);
        k.setFormatVersion(Schema::CurrentVersion);
        k.m_connection = QStringLiteral("seqohs-create-%1").arg(g_connectionCounter.fetch_add(1));
        {
            Expected<QSqlDatabase> db = openConnection(temp, k.m_connection, false);
            if (!db.ok()) {
                k.m_connection.clear();
                return db.errors();
            }
            k.setDatabase(*db);
        }
        const QString what = tr("Creating the workspace failed");
        built = k.execSql(QStringLiteral("PRAGMA page_size = %1").arg(PageSize), what);
        // Built with a rollback journal, which for a new file is nearly empty: the pages go
        // straight into the file, so it never needs room for them twice (file and log), and no
        // log that a full disk kept from being copied back can be left behind with the content.
        // The file switches to WAL once it is complete.
        if (built.ok())
            built = k.execSql(QStringLiteral("PRAGMA journal_mode = DELETE"), what);
        if (built.ok())
            built = k.execSql(QStringLiteral("PRAGMA synchronous = FULL"), what);
        if (built.ok()) {
            built = k.transact(what, [&]() -> Status {
                QSqlDatabase db = k.database();
                if (Status ok = Schema::create(db, path); !ok)
                    return ok;
                if (Status tracked = RowDigests(k).track(); !tracked)
                    return tracked;
                return initialise(k);
            });
        }
        if (built.ok()) {
            QSqlQuery wal(k.database());
            if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !wal.next() ||
                wal.value(0).toString() != QLatin1String("wal")) {
                built = k.sqlError(wal.lastError(), what);
            }
        }
        k.close();
    }
    if (built.ok()) {
        // link() refuses to replace an existing file, unlike rename().
        if (::link(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
            built = Error{tr("The workspace could not be put in place: %1")
                              .arg(QString::fromLocal8Bit(strerror(errno))),
                          path, QString(), tr("Choose another name or place.")};
        } else {
            syncPath(QFileInfo(path).absolutePath(), true);
        }
    }
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(temp + QLatin1String(suffix));
    if (!built.ok())
        return built.errors();
    return openChecked(path, false, std::move(lock), Schema::CurrentVersion);
}

Expected<std::unique_ptr<SqliteKernel>> SqliteKernel::open(const QString &path, bool readOnly,
                                                           bool companion)
{
    if (Status regular = Schema::requireRegularFile(path); !regular.ok())
        return regular.errors();
    std::unique_ptr<QLockFile> lock;
    if (!readOnly && QFileInfo::exists(path) && !companion) {
        lock = std::make_unique<QLockFile>(path + QLatin1String(".lock"));
        lock->setStaleLockTime(0);
        if (!tryLockWorkspace(path, *lock))
            return lockedError(path, *lock);
    }
    if (!companion) {
        if (Status recovered = recoverInterruptedUnit(path, lock != nullptr); !recovered.ok())
            return recovered.errors();
    }
    Expected<Schema::FileHeader> header = Schema::inspect(path);
    if (!header.ok())
        return header.errors();
    return openChecked(path, readOnly, std::move(lock), header->userVersion);
}

ErrorList SqliteKernel::engineProblems() const
{
    ErrorList problems;
    {
        QSqlQuery q(database());
        if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
            problems << sqlError(q.lastError(), tr("The integrity check could not run"));
        } else {
            while (q.next()) {
                const QString line = q.value(0).toString();
                if (line != QLatin1String("ok")) {
                    problems << Error{tr("SQLite reports damage: %1").arg(line), location(),
                                      QString(), tr("Restore the workspace from a backup.")};
                }
            }
        }
    }
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        problems << sqlError(q.lastError(), tr("The integrity check could not run"));
        return problems;
    }
    while (q.next()) {
        problems << Error{tr("A row of table %1 refers to a missing row of table %2.")
                              .arg(q.value(0).toString(), q.value(2).toString()),
                          location(),
                          tr("%1 row %2").arg(q.value(0).toString()).arg(q.value(1).toLongLong()),
                          tr("Restore the workspace from a backup.")};
    }
    return problems;
}

Expected<StorageKernel::RowSeal> SqliteKernel::sealRows(const QByteArray &previousState)
{
    if (formatVersion() < RowDigests::FirstVersion)
        return RowSeal{};
    Expected<RowDigests::Seal> seal = RowDigests(*this).seal(previousState);
    if (!seal)
        return seal.errors();
    return RowSeal{seal->changed, seal->state};
}

namespace {

// Rows straight from SQLite's statement: text as UTF-8 into QString, integers as they are.
class StatementCursor final : public RowCursor
{
public:
    StatementCursor(sqlite3 *db, sqlite3_stmt *statement)
        : m_db(db)
        , m_statement(statement)
    {
    }
    ~StatementCursor() override { sqlite3_finalize(m_statement); }
    StatementCursor(const StatementCursor &) = delete;
    StatementCursor &operator=(const StatementCursor &) = delete;

    bool next() override
    {
        if (m_done)
            return false;
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        m_done = true;
        if (rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    bool isNull(int column) const override
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }
    QString text(int column) const override
    {
        const auto *bytes =
            reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column));
    }
    QString repeatedText(int column) override
    {
        const auto *bytes =
            reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        std::string key(bytes ? bytes : "", size_t(sqlite3_column_bytes(m_statement, column)));
        auto found = m_seen.find(key);
        if (found == m_seen.end())
            found = m_seen.emplace(key, QString::fromStdString(key)).first;
        return found->second;
    }
    QString error() const override { return m_error; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    bool m_done = false;
    QString m_error;
    std::unordered_map<std::string, QString> m_seen;
};

} // namespace

Expected<std::unique_ptr<RowCursor>>
SqliteKernel::scan(const QString &sql, const QVariantList &values, const QString &what) const
{
    if (!m_handle)
        return StorageKernel::scan(sql, values, what);
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    auto fail = [&] {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
        sqlite3_finalize(statement);
        return Error{tr("%1: %2").arg(what, message), location(), QString(),
                     tr("Check the workspace (use Workspace > Check integrity in the window, or "
                        "seqohs-tracker-cli integrity); if it reports problems, restore it from "
                        "a backup.")};
    };
    if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &statement, nullptr) !=
        SQLITE_OK)
        return fail();
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(statement, i + 1);
        } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int ||
                   v.typeId() == QMetaType::Bool) {
            rc = sqlite3_bind_int64(statement, i + 1, v.toLongLong());
        } else {
            const QByteArray text = v.toString().toUtf8();
            rc = sqlite3_bind_text(statement, i + 1, text.constData(), int(text.size()),
                                   SQLITE_TRANSIENT);
        }
        if (rc != SQLITE_OK)
            return fail();
    }
    return std::unique_ptr<RowCursor>(std::make_unique<StatementCursor>(m_handle, statement));
}

Expected<bool> SqliteKernel::unitTouched(const QStringList &tables) const
{
    if (formatVersion() < RowDigests::FirstVersion || isReadOnly())
        return true;
    return RowDigests(*this).touched(tables);
}

ErrorList SqliteKernel::rowProblems() const
{
    // A file older than row digests, opened read-only, has no record to compare with.
    if (formatVersion() < RowDigests::FirstVersion)
        return {};
    Expected<QByteArray> recorded = recordedRowState();
    if (!recorded)
        return recorded.errors();
    return RowDigests(*this).problems(*recorded);
}

Status SqliteKernel::compact()
{
    if (Status ok = writable(); !ok)
        return ok;
    return execSql(QStringLiteral("VACUUM"), tr("Compacting the workspace failed"));
}

void SqliteKernel::keepLogOnClose()
{
    if (m_handle)
        sqlite3_db_config(m_handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
}

Status SqliteKernel::backupTo(const QString &givenPath) const
{
    const QString target = QFileInfo(givenPath).absoluteFilePath();
    if (target == location()) {
        return Error{tr("A backup cannot replace the workspace itself."), target, QString(),
                     tr("Choose another name.")};
    }
    const QString temp = target + QLatin1String(".partial");
    QFile::remove(temp);
    auto failed = [&](const QString &why) {
        QFile::remove(temp);
        return Error{tr("The backup could not be written: %1").arg(why), target, QString(),
                     tr("Nothing was replaced. Check free space and that you may write to the "
                        "folder.")};
    };
    sqlite3 *dest = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(temp).constData(), &dest,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(dest));
        sqlite3_close(dest);
        return failed(why);
    }
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", m_handle, "main");
    int rc = SQLITE_ERROR;
    if (backup) {
        rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
    }
    QString why = QString::fromUtf8(sqlite3_errmsg(dest));
    if (rc == SQLITE_DONE) {
        // The copy must be whole before it takes the name.
        sqlite3_stmt *check = nullptr;
        rc = sqlite3_prepare_v2(dest, "PRAGMA quick_check", -1, &check, nullptr);
        if (rc == SQLITE_OK && sqlite3_step(check) == SQLITE_ROW &&
            qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(check, 0)), "ok") == 0) {
            rc = SQLITE_DONE;
        } else {
            why = tr("the copy does not pass SQLite's check");
            rc = SQLITE_ERROR;
        }
        sqlite3_finalize(check);
    }
    sqlite3_close(dest);
    if (rc != SQLITE_DONE)
        return failed(why);
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFileInfo::exists(temp + QLatin1String(suffix)))
            return failed(tr("SQLite left a journal beside the copy"));
    }
    if (!syncPath(temp, false))
        return failed(tr("it could not be synced to the disk"));
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData()) != 0)
        return failed(QString::fromLocal8Bit(strerror(errno)));
    syncPath(QFileInfo(target).absolutePath(), true);
    return success();
}

} // namespace seqohs
