#include "sqliteblobstore.h"

#include "blobreader.h"
#include "filereadahead.h"
#include "filestamp.h"

#include "common/savefile.h"
#include "sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <sqlite3.h>

#include <cstring>

namespace seqohs {

namespace {

// A prepared statement that finalises itself.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
    {
        m_ok = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) == SQLITE_OK;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    bool ok() const { return m_ok; }
    sqlite3_stmt *get() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = false;
};

} // namespace

SqliteBlobStore::SqliteBlobStore(sqlite3 *db, const QString &workspacePath)
    : m_db(db)
    , m_path(workspacePath)
    , m_writeBehind(workspacePath)
{
}

SqliteBlobStore::~SqliteBlobStore() = default;

void SqliteBlobStore::readAhead(const QStringList &paths)
{
    m_readAhead.reset();
    if (!paths.isEmpty())
        m_readAhead = std::make_unique<FileReadAhead>(paths);
}

Error SqliteBlobStore::sqlError(const QString &what) const
{
    const int code = sqlite3_errcode(m_db);
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
    if (code == SQLITE_FULL) {
        return Error{tr("%1: the disk is full.").arg(what), m_path, QString(),
                     tr("Nothing was saved. Free some disk space and try again.")};
    }
    return Error{tr("%1: %2").arg(what, detail), m_path, QString(),
                 tr("Nothing was saved. Check the workspace (use Workspace > Check integrity in "
                    "the window, or "
                    "seqohs-tracker-cli integrity); if it reports problems, "
                    "restore it from a backup.")};
}

Expected<qint64> SqliteBlobStore::findBySha(const QByteArray &sha256) const
{
    Statement find(m_db, "SELECT id FROM blob WHERE sha256 = ?");
    if (!find.ok())
        return sqlError(tr("Looking up stored content failed"));
    sqlite3_bind_text(find.get(), 1, sha256.constData(), int(sha256.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(find.get());
    if (rc == SQLITE_ROW)
        return sqlite3_column_int64(find.get(), 0);
    if (rc == SQLITE_DONE)
        return qint64(0);
    return sqlError(tr("Looking up stored content failed"));
}

Expected<SqliteBlobStore::Blob> SqliteBlobStore::storeFile(const QString &sourcePath,
                                                           const Progress &progress)
{
    QFile file(sourcePath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return Error{tr("The evidence file cannot be read: %1").arg(file.errorString()), sourcePath,
                     QString(), tr("Check that the file exists and that you may read it.")};
    }
    if (QFileInfo(sourcePath).isDir()) {
        return Error{tr("This is a folder, not a file."), sourcePath, QString(),
                     tr("Add the files in it, or use --folder.")};
    }
    const qint64 total = file.size();
    const QString storing = tr("Storing %1 failed").arg(QFileInfo(sourcePath).fileName());

    // Everything below is undone as a whole if anything fails or the content turns out to be
    // stored already.
    if (sqlite3_exec(m_db, "SAVEPOINT store_blob", nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqlError(storing);
    auto rollback = [this] {
        sqlite3_exec(m_db, "ROLLBACK TO store_blob; RELEASE store_blob", nullptr, nullptr, nullptr);
    };

    Statement insertBlob(m_db, "INSERT INTO blob (sha256, size) VALUES (NULL, 0)");
    Statement insertChunk(m_db, "INSERT INTO blob_chunk (blob_id, seq, data) VALUES (?, ?, ?)");
    if (!insertBlob.ok() || !insertChunk.ok() || sqlite3_step(insertBlob.get()) != SQLITE_DONE) {
        Error e = sqlError(storing);
        rollback();
        return e;
    }
    const qint64 blobId = sqlite3_last_insert_rowid(m_db);

    Blob stored;
    stored.id = blobId;
    qint64 done = 0;
    qint64 reread = 0;
    int seq = 0;
    QString failure;
    bool readBackDiffers = false;
    bool cancelled = false;
    FileReadAhead::Outcome read;
    {
        // The import's read-ahead has the file read and hashed already, or under way; a file
        // not among those it was given is read here on a thread of its own, so that reading and
        // hashing still overlap with writing.
        std::unique_ptr<FileReadAhead> own;
        FileReadAhead *reader = m_readAhead.get();
        if (!reader || !reader->moveTo(sourcePath)) {
            own = std::make_unique<FileReadAhead>(QStringList{sourcePath});
            own->moveTo(sourcePath);
            reader = own.get();
        }
        // Fossil's rule, chunk by chunk: read back what was written and compare it with what
        // was read from the file (and hashed), so a mismatch is caught before anything commits.
        // Comparing the bytes is as strict as hashing them again and costs a fraction of it.
        QByteArray copy;
        while (std::optional<QByteArray> chunk = reader->next()) {
            // However this chunk ends, its buffer goes back: a store that fails part-way and
            // lets the import go on to the next file must not leave the read-ahead without.
            const auto giveBack = qScopeGuard([&] { reader->recycle(std::move(*chunk)); });
            sqlite3_bind_int64(insertChunk.get(), 1, blobId);
            sqlite3_bind_int(insertChunk.get(), 2, seq++);
            sqlite3_bind_blob(insertChunk.get(), 3, chunk->constData(), int(chunk->size()),
                              SQLITE_STATIC);
            const int rc = sqlite3_step(insertChunk.get());
            sqlite3_reset(insertChunk.get());
            sqlite3_clear_bindings(insertChunk.get());
            sqlite3_blob *written = nullptr;
            if (rc != SQLITE_DONE ||
                sqlite3_blob_open(m_db, "main", "blob_chunk", "data",
                                  sqlite3_last_insert_rowid(m_db), 0, &written) != SQLITE_OK) {
                Error e = sqlError(storing);
                sqlite3_blob_close(written);
                rollback();
                return e;
            }
            copy.resize(sqlite3_blob_bytes(written));
            const int readRc = sqlite3_blob_read(written, copy.data(), int(copy.size()), 0);
            sqlite3_blob_close(written);
            if (readRc != SQLITE_OK) {
                Error e = sqlError(storing);
                rollback();
                return e;
            }
            if (copy.size() == chunk->size() &&
                std::memcmp(copy.constData(), chunk->constData(), size_t(copy.size())) == 0)
                reread += copy.size();
            else
                readBackDiffers = true;
            done += chunk->size();
            m_writeBehind.wrote(chunk->size());
            if (progress && !progress(done, total)) {
                cancelled = true;
                break;
            }
        }
        read = reader->outcome();
        failure = read.error;
        stored.sha256 = read.sha256;
    }
    if (cancelled) {
        rollback();
        return Error{tr("The import was cancelled; nothing was stored."), sourcePath};
    }
    // A file that another program changes, grows, cuts or replaces between being opened for
    // reading (perhaps well before it is stored, by the read-ahead) and now must not be stored
    // as a mixture of old and new, nor as what it no longer is.
    const std::optional<FileStamp> now = FileStamp::of(file.handle());
    if (read.before && failure.isEmpty() && (now != read.before || done != read.before->size())) {
        rollback();
        return Error{tr("The file changed while it was being read or stored; nothing of it was "
                        "stored."),
                     sourcePath, QString(),
                     tr("Another program changed or replaced it, or is writing it. Wait until it "
                        "has finished, then add the file again.")};
    }
    if (!failure.isEmpty() || stored.sha256.isEmpty()) {
        rollback();
        return Error{tr("Reading the evidence file failed: %1").arg(failure), sourcePath, QString(),
                     tr("Nothing was stored. Check the file and try again.")};
    }
    if (readBackDiffers || reread != done) {
        rollback();
        return Error{tr("What was stored does not read back the same; nothing was stored."), m_path,
                     QString(),
                     tr("Check the workspace (use Workspace > Check integrity in the window, or "
                        "seqohs-tracker-cli integrity) "
                        "and check the disk; then try again.")};
    }
    stored.size = done;

    const Expected<qint64> existing = findBySha(stored.sha256);
    if (!existing.ok()) {
        rollback();
        return existing.errors();
    }
    if (existing.value() != 0) {
        // Already stored: throw away what we just wrote and share the stored copy.
        rollback();
        stored.id = existing.value();
        return stored;
    }

    Statement finish(m_db, "UPDATE blob SET sha256 = ?, size = ? WHERE id = ?");
    sqlite3_bind_text(finish.get(), 1, stored.sha256.constData(), int(stored.sha256.size()),
                      SQLITE_TRANSIENT);
    sqlite3_bind_int64(finish.get(), 2, stored.size);
    sqlite3_bind_int64(finish.get(), 3, blobId);
    if (!finish.ok() || sqlite3_step(finish.get()) != SQLITE_DONE) {
        Error e = sqlError(storing);
        rollback();
        return e;
    }

    // The chunks were verified one by one as they were written; make sure they are all there.
    Statement count(m_db, "SELECT count(*), total(length(data)) FROM blob_chunk WHERE blob_id = ?");
    sqlite3_bind_int64(count.get(), 1, blobId);
    if (!count.ok() || sqlite3_step(count.get()) != SQLITE_ROW ||
        sqlite3_column_int64(count.get(), 0) != seq ||
        qint64(sqlite3_column_double(count.get(), 1)) != stored.size) {
        Error e = sqlError(storing);
        rollback();
        return e;
    }
    if (sqlite3_exec(m_db, "RELEASE store_blob", nullptr, nullptr, nullptr) != SQLITE_OK) {
        Error e = sqlError(storing);
        rollback();
        return e;
    }
    return stored;
}

Status SqliteBlobStore::verify(const Blob &blob) const
{
    Statement read(m_db, "SELECT seq, data FROM blob_chunk WHERE blob_id = ? ORDER BY seq");
    if (!read.ok())
        return sqlError(tr("Reading stored content failed"));
    sqlite3_bind_int64(read.get(), 1, blob.id);
    Sha256 hash;
    qint64 size = 0;
    int expectedSeq = 0;
    int rc;
    bool gap = false;
    while ((rc = sqlite3_step(read.get())) == SQLITE_ROW) {
        if (sqlite3_column_int(read.get(), 0) != expectedSeq++)
            gap = true;
        const int n = sqlite3_column_bytes(read.get(), 1);
        hash.addData(static_cast<const char *>(sqlite3_column_blob(read.get(), 1)), n);
        size += n;
    }
    if (rc != SQLITE_DONE)
        return sqlError(tr("Reading stored content failed"));
    const QByteArray actual = hash.hexResult();
    if (gap || size != blob.size || actual != blob.sha256) {
        return Error{tr("Stored content %1 is damaged: it has %2 bytes hashing to %3, expected "
                        "%4 bytes hashing to %1.")
                         .arg(QString::fromLatin1(blob.sha256))
                         .arg(size)
                         .arg(QString::fromLatin1(actual))
                         .arg(blob.size),
                     m_path, QStringLiteral("blob %1").arg(blob.id),
                     tr("Restore the workspace from a backup, or replace the evidence file.")};
    }
    return success();
}

Status SqliteBlobStore::exportTo(const Blob &blob, const QString &outPath) const
{
    return saveFileAtomically(outPath, [&](QIODevice &device) -> Status {
        Statement read(m_db, "SELECT data FROM blob_chunk WHERE blob_id = ? ORDER BY seq");
        if (!read.ok())
            return sqlError(tr("Reading stored content failed"));
        sqlite3_bind_int64(read.get(), 1, blob.id);
        Sha256 hash;
        qint64 size = 0;
        int rc;
        while ((rc = sqlite3_step(read.get())) == SQLITE_ROW) {
            const int n = sqlite3_column_bytes(read.get(), 0);
            const char *data = static_cast<const char *>(sqlite3_column_blob(read.get(), 0));
            hash.addData(data, n);
            size += n;
            if (device.write(data, n) != n) {
                return Error{tr("Writing the exported file failed: %1").arg(device.errorString()),
                             outPath, QString(),
                             tr("Free some disk space or choose another place.")};
            }
        }
        if (rc != SQLITE_DONE)
            return sqlError(tr("Reading stored content failed"));
        if (size != blob.size || hash.hexResult() != blob.sha256) {
            return Error{
                tr("The stored content is damaged; nothing was exported."), m_path,
                QStringLiteral("blob %1").arg(blob.id),
                tr("Check the workspace (use Workspace > Check integrity in the window, or "
                   "seqohs-tracker-cli integrity) and restore the workspace from a backup.")};
        }
        return success();
    });
}

std::unique_ptr<QIODevice> SqliteBlobStore::reader(const Blob &blob) const
{
    sqlite3 *db = m_db;
    const qint64 id = blob.id;
    return std::make_unique<BlobReader>(
        [db, id](qint64 index) -> std::optional<QByteArray> {
            Statement read(db, "SELECT data FROM blob_chunk WHERE blob_id = ? AND seq = ?");
            if (!read.ok())
                return std::nullopt;
            sqlite3_bind_int64(read.get(), 1, id);
            sqlite3_bind_int64(read.get(), 2, index);
            if (sqlite3_step(read.get()) != SQLITE_ROW)
                return std::nullopt;
            const int n = sqlite3_column_bytes(read.get(), 0);
            return QByteArray(static_cast<const char *>(sqlite3_column_blob(read.get(), 0)), n);
        },
        blob);
}

Expected<std::optional<SqliteBlobStore::Blob>> SqliteBlobStore::blob(qint64 id) const
{
    Statement read(m_db, "SELECT sha256, size FROM blob WHERE id = ?");
    if (!read.ok())
        return sqlError(tr("Reading stored content failed"));
    sqlite3_bind_int64(read.get(), 1, id);
    const int rc = sqlite3_step(read.get());
    if (rc == SQLITE_DONE)
        return std::optional<Blob>();
    if (rc != SQLITE_ROW)
        return sqlError(tr("Reading stored content failed"));
    Blob b;
    b.id = id;
    b.sha256 = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(read.get(), 0)));
    b.size = sqlite3_column_int64(read.get(), 1);
    return std::optional<Blob>(b);
}

Expected<QList<SqliteBlobStore::Blob>> SqliteBlobStore::blobs() const
{
    QList<Blob> list;
    Statement read(m_db, "SELECT id, sha256, size FROM blob ORDER BY id");
    if (!read.ok())
        return sqlError(tr("Listing the stored content failed"));
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(read.get())) == SQLITE_ROW) {
        Blob b;
        b.id = sqlite3_column_int64(read.get(), 0);
        b.sha256 = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(read.get(), 1)));
        b.size = sqlite3_column_int64(read.get(), 2);
        list << b;
    }
    if (rc != SQLITE_DONE)
        return sqlError(tr("Listing the stored content failed"));
    return list;
}

Status SqliteBlobStore::removeUnreferenced()
{
    if (sqlite3_exec(m_db,
                     "DELETE FROM blob WHERE id NOT IN (SELECT blob_id FROM evidence_version)",
                     nullptr, nullptr, nullptr) != SQLITE_OK) {
        return sqlError(tr("Removing unused content failed"));
    }
    return success();
}

} // namespace seqohs
