#include "serverblobstore.h"

#include "serverchunkchannel.h"
#include "serverconnection.h"

#include "common/savefile.h"
#include "workspace/blobreader.h"
#include "workspace/filestamp.h"
#include "workspace/sha256.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace seqohs {

ServerBlobStore::ServerBlobStore(ServerConnection &connection)
    : m_connection(connection)
{
}

Expected<ServerBlobStore::Read>
ServerBlobStore::readChunks(qint64 blobId, const std::function<Status(QByteArrayView)> &sink) const
{
    Read read;
    Sha256 hash;
    qint64 expectedSeq = 0;
    const Status ok = ServerChunkChannel(m_connection)
                          .read(
                              blobId,
                              [&](qint64 seq, QByteArrayView data) -> Status {
                                  if (seq != expectedSeq++)
                                      read.gap = true;
                                  hash.addData(data.data(), data.size());
                                  read.size += data.size();
                                  return sink ? sink(data) : success();
                              },
                              tr("Reading stored content"));
    if (!ok)
        return ok.errors();
    read.sha256 = hash.hexResult();
    return read;
}

Error ServerBlobStore::damaged(const Blob &blob, const Read &read) const
{
    return Error{tr("Stored content %1 is damaged: it has %2 bytes hashing to %3, expected %4 "
                    "bytes hashing to %1.")
                     .arg(QString::fromLatin1(blob.sha256))
                     .arg(read.size)
                     .arg(QString::fromLatin1(read.sha256))
                     .arg(blob.size),
                 m_connection.address().display(), QStringLiteral("blob %1").arg(blob.id),
                 tr("Ask the team's lead to restore the team workspace from a backup, or replace "
                    "the evidence file.")};
}

Expected<BlobStore::Blob> ServerBlobStore::storeFile(const QString &sourcePath,
                                                     const Progress &progress)
{
    QFile file(sourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tr("The evidence file cannot be read: %1").arg(file.errorString()), sourcePath,
                     QString(), tr("Check that the file exists and that you may read it.")};
    }
    if (QFileInfo(sourcePath).isDir()) {
        return Error{tr("This is a folder, not a file."), sourcePath, QString(),
                     tr("Add the files in it, or use --folder.")};
    }
    const qint64 total = file.size();
    // What the file was when reading began: one that another program changes while it is read
    // must not be stored as a mixture of old and new.
    const std::optional<FileStamp> before = FileStamp::of(file.handle());
    const auto unchanged = [&] { return !before || FileStamp::of(file.handle()) == before; };
    const Error changed{tr("The file changed while it was being read; nothing of it was stored."),
                        sourcePath, QString(),
                        tr("Another program is writing it. Wait until it has finished, then add "
                           "the file again.")};
    const auto readFailed = [&] {
        return Error{tr("Reading the evidence file failed: %1").arg(file.errorString()), sourcePath,
                     QString(), tr("Nothing was stored. Check the file and try again.")};
    };

    // First pass: the hash, so that content the server holds already is shared, not sent.
    Blob stored;
    {
        Sha256 hash;
        QByteArray buffer(int(ChunkSize), Qt::Uninitialized);
        qint64 n = 0;
        while ((n = file.read(buffer.data(), buffer.size())) > 0) {
            hash.addData(buffer.constData(), n);
            stored.size += n;
        }
        if (n < 0)
            return readFailed();
        stored.sha256 = hash.hexResult();
    }
    const QString storing = tr("Storing %1").arg(QFileInfo(sourcePath).fileName());
    Expected<QSqlQuery> existing =
        m_connection.run(QStringLiteral("SELECT id, size FROM blob WHERE sha256 = ?"),
                         {QString::fromLatin1(stored.sha256)}, storing);
    if (!existing)
        return existing.errors();
    if (existing->next()) {
        stored.id = existing->value(0).toLongLong();
        if (progress && !progress(total, total))
            return Error{tr("The import was cancelled; nothing was stored."), sourcePath};
        return stored;
    }
    existing->finish();

    // Second pass: the chunks, in a savepoint that is undone as a whole if anything fails.
    if (Status ok = m_connection.execAll({QStringLiteral("SAVEPOINT store_blob")}, storing); !ok)
        return ok.errors();
    const auto undo = [&](ErrorList errors) -> ErrorList {
        (void)m_connection.execAll({QStringLiteral("ROLLBACK TO SAVEPOINT store_blob"),
                                    QStringLiteral("RELEASE SAVEPOINT store_blob")},
                                   storing);
        return errors;
    };
    Expected<QSqlQuery> inserted = m_connection.run(
        QStringLiteral("INSERT INTO blob (sha256, size) VALUES (?, ?) RETURNING id"),
        {QString::fromLatin1(stored.sha256), stored.size}, storing);
    if (!inserted)
        return undo(inserted.errors());
    if (!inserted->next())
        return undo({m_connection.sqlError(inserted->lastError(), storing)});
    stored.id = inserted->value(0).toLongLong();
    inserted->finish();

    if (!file.seek(0))
        return undo({readFailed()});
    const ServerChunkChannel chunks(m_connection);
    qint64 done = 0;
    qint64 seq = 0;
    QByteArray buffer(int(ChunkSize), Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return undo({readFailed()});
        if (n == 0)
            break;
        if (Status sent =
                chunks.write(stored.id, seq++, QByteArrayView(buffer.constData(), n), storing);
            !sent)
            return undo(sent.errors());
        done += n;
        if (progress && !progress(done, total)) {
            return undo({Error{tr("The import was cancelled; nothing was stored."), sourcePath}});
        }
    }
    if (done != stored.size || !unchanged())
        return undo({changed});

    // What the server holds now must be what was read: read it back and hash it.
    Expected<Read> back = readChunks(stored.id, {});
    if (!back)
        return undo(back.errors());
    if (back->gap || back->size != stored.size || back->sha256 != stored.sha256) {
        return undo({Error{tr("What was stored does not read back the same; nothing was "
                              "stored."),
                           sourcePath, QString(),
                           tr("The file may have changed while it was read, or the connection "
                              "to the server is faulty. Try again.")}});
    }
    if (Status ok = m_connection.execAll({QStringLiteral("RELEASE SAVEPOINT store_blob")}, storing);
        !ok)
        return undo(ok.errors());
    return stored;
}

Status ServerBlobStore::verify(const Blob &blob) const
{
    Expected<Read> read = readChunks(blob.id, {});
    if (!read)
        return read.errors();
    if (read->gap || read->size != blob.size || read->sha256 != blob.sha256)
        return damaged(blob, *read);
    return success();
}

Status ServerBlobStore::exportTo(const Blob &blob, const QString &outPath) const
{
    return saveFileAtomically(outPath, [&](QIODevice &device) -> Status {
        Expected<Read> read = readChunks(blob.id, [&](QByteArrayView data) -> Status {
            if (device.write(data.data(), data.size()) != data.size()) {
                return Error{tr("Writing the exported file failed: %1").arg(device.errorString()),
                             outPath, QString(),
                             tr("Free some disk space or choose another place.")};
            }
            return success();
        });
        if (!read)
            return read.errors();
        if (read->gap || read->size != blob.size || read->sha256 != blob.sha256) {
            ErrorList errors{Error{tr("The stored content is damaged; nothing was exported."),
                                   m_connection.address().display(),
                                   QStringLiteral("blob %1").arg(blob.id), QString()}};
            errors << damaged(blob, *read);
            return errors;
        }
        return success();
    });
}

std::unique_ptr<QIODevice> ServerBlobStore::reader(const Blob &blob) const
{
    const QSqlDatabase db = m_connection.database();
    const qint64 id = blob.id;
    return std::make_unique<BlobReader>(
        [db, id](qint64 index) -> std::optional<QByteArray> {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.prepare(
                    QStringLiteral("SELECT data FROM blob_chunk WHERE blob_id = ? AND seq = ?")))
                return std::nullopt;
            q.addBindValue(id);
            q.addBindValue(index);
            if (!q.exec() || !q.next())
                return std::nullopt;
            return q.value(0).toByteArray();
        },
        blob);
}

Expected<std::optional<BlobStore::Blob>> ServerBlobStore::blob(qint64 id) const
{
    Expected<QSqlQuery> q =
        m_connection.run(QStringLiteral("SELECT sha256, size FROM blob WHERE id = ?"), {id},
                         tr("Reading stored content"));
    if (!q)
        return q.errors();
    if (!q->next())
        return std::optional<Blob>();
    return std::optional<Blob>(
        Blob{id, q->value(0).toString().toLatin1(), q->value(1).toLongLong()});
}

Expected<QList<BlobStore::Blob>> ServerBlobStore::blobs() const
{
    Expected<QSqlQuery> q =
        m_connection.scan(QStringLiteral("SELECT id, sha256, size FROM blob ORDER BY id"), {},
                          tr("Listing the stored content"));
    if (!q)
        return q.errors();
    QList<Blob> list;
    while (q->next()) {
        list << Blob{q->value(0).toLongLong(), q->value(1).toString().toLatin1(),
                     q->value(2).toLongLong()};
    }
    if (q->lastError().isValid())
        return m_connection.sqlError(q->lastError(), tr("Listing the stored content"));
    return list;
}

Status ServerBlobStore::removeUnreferenced()
{
    const QString what = tr("Removing unused content");
    Expected<QSqlQuery> may =
        m_connection.run(QStringLiteral("SELECT has_table_privilege('blob', 'DELETE')"), {}, what);
    if (!may)
        return may.errors();
    if (!may->next() || !may->value(0).toBool())
        return success();
    may->finish();
    Expected<QSqlQuery> q = m_connection.run(
        QStringLiteral("DELETE FROM blob WHERE id NOT IN (SELECT blob_id FROM evidence_version)"),
        {}, what);
    if (!q)
        return q.errors();
    return success();
}

} // namespace seqohs
