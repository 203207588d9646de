#include "workspaceupload.h"

#include "catalogue/standardsformat.h"
#include "catalogue/standardsset.h"
#include "serverconnection.h"
#include "serverschema.h"
#include "servertables.h"
#include "workspace/schema.h"
#include "workspace/sha256.h"
#include "workspace/workspace.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace seqohs {

namespace {

// A read-only connection to the file of its own, closed when it goes.
class FileReader
{
public:
    explicit FileReader(const QString &path)
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("seqohs-upload-%1").arg(counter.fetchAndAddRelaxed(1));
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    }
    ~FileReader()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    FileReader(const FileReader &) = delete;
    FileReader &operator=(const FileReader &) = delete;

    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

Error fileError(const QString &path, const QSqlError &error, const QString &what)
{
    return Error{WorkspaceUpload::tr("%1 failed: %2").arg(what, error.text()), path, QString(),
                 WorkspaceUpload::tr("Run 'integrity' on the workspace. Nothing was uploaded.")};
}

// The row_digest key columns hold integers for some tables and text for others; the server keeps
// them as text and remembers which.
QString keyTypes(const QVariantList &row)
{
    QString types;
    for (int i = 1; i <= 3; ++i)
        types += row.at(i).typeId() == QMetaType::LongLong ? QLatin1Char('i') : QLatin1Char('t');
    return types;
}

// Which standards and domains each item falls under, from the standards set just uploaded, for
// the contributors' policies (an assignment names an item, a standard or a domain).
Status fillItemScope(ServerConnection &connection)
{
    const QString what = WorkspaceUpload::tr("Recording the standards set's structure");
    QByteArray json;
    {
        auto set = connection.run(QStringLiteral("SELECT json FROM standards_set"), {}, what);
        if (!set)
            return set.errors();
        if (!set->next())
            return success();
        json = set->value(0).toByteArray();
    }
    auto set = StandardsFormat::read(json, WorkspaceUpload::tr("the workspace's standards set"));
    if (!set)
        return set.errors();
    QVariantList items;
    QVariantList scopes;
    for (const Domain &domain : set->domains) {
        for (const Standard &standard : domain.standards) {
            items << standard.id;
            scopes << domain.id;
            for (const Criterion &criterion : standard.criteria) {
                items << criterion.id << criterion.id;
                scopes << standard.id << domain.id;
            }
        }
    }
    QSqlQuery insert(connection.database());
    if (!insert.prepare(QStringLiteral("INSERT INTO item_scope (item_id, scope_id) VALUES (?, ?) "
                                       "ON CONFLICT DO NOTHING")))
        return connection.sqlError(insert.lastError(), what);
    for (qsizetype i = 0; i < items.size(); ++i) {
        insert.addBindValue(items.at(i));
        insert.addBindValue(scopes.at(i));
        if (!insert.exec())
            return connection.sqlError(insert.lastError(), what);
    }
    // Ids the server gives new rows start after those the file brought.
    for (const char *table : {"blob", "evidence", "action", "set_history", "signoff"}) {
        auto moved = connection.run(
            QStringLiteral("SELECT setval(pg_get_serial_sequence('seqohs.%1', 'id'), "
                           "coalesce((SELECT max(id) FROM %1), 0) + 1, false)")
                .arg(QLatin1String(table)),
            {}, what);
        if (!moved)
            return moved.errors();
    }
    return success();
}

// What the server now holds, checked before the commit: the rows of every table counted, every
// content read back and hashed, and the carried audit trail ending where the file's does.
Status verifyOnServer(ServerConnection &connection, const WorkspaceUpload::Result &result,
                      const QMap<qint64, QByteArray> &blobHashes)
{
    const QString what = WorkspaceUpload::tr("Checking the upload");
    const QString display = connection.address().display();
    for (auto it = result.rows.cbegin(); it != result.rows.cend(); ++it) {
        auto count = connection.run(
            QStringLiteral("SELECT count(*) FROM %1").arg(connection.quoted(it.key())), {}, what);
        if (!count)
            return count.errors();
        if (!count->next() || count->value(0).toLongLong() != it.value()) {
            return Error{WorkspaceUpload::tr("The server holds %1 rows of %2 where %3 were sent.")
                             .arg(count->value(0).toLongLong())
                             .arg(it.key())
                             .arg(it.value()),
                         QString(), QString(),
                         WorkspaceUpload::tr("Nothing was uploaded. Try again, and tell the "
                                             "server's administrator if it happens again.")};
        }
    }
    QMap<qint64, QByteArray> seen;
    {
        auto chunks = connection.scan(
            QStringLiteral("SELECT blob_id, data FROM blob_chunk ORDER BY blob_id, seq"), {}, what);
        if (!chunks)
            return chunks.errors();
        qint64 current = -1;
        Sha256 hash;
        while (chunks->next()) {
            const qint64 blob = chunks->value(0).toLongLong();
            if (blob != current) {
                if (current >= 0)
                    seen.insert(current, hash.hexResult());
                current = blob;
            }
            hash.addData(chunks->value(1).toByteArray());
        }
        if (chunks->lastError().isValid())
            return connection.sqlError(chunks->lastError(), what);
        if (current >= 0)
            seen.insert(current, hash.hexResult());
    }
    const QByteArray empty = Sha256::hexHash(QByteArray());
    for (auto it = blobHashes.cbegin(); it != blobHashes.cend(); ++it) {
        if (seen.value(it.key(), empty) != it.value()) {
            return Error{WorkspaceUpload::tr("The content %1 read back from %2 does not match "
                                             "its SHA-256.")
                             .arg(it.key())
                             .arg(display),
                         QString(), QString(),
                         WorkspaceUpload::tr("Nothing was uploaded. Try again, and tell the "
                                             "server's administrator if it happens again.")};
        }
    }
    auto head = connection.run(
        QStringLiteral("SELECT coalesce((SELECT hash FROM audit ORDER BY seq DESC LIMIT 1), ''), "
                       "coalesce((SELECT value FROM meta WHERE key = 'workspace.audit_head'), '')"),
        {}, what);
    if (!head)
        return head.errors();
    if (!head->next() || head->value(0).toString() != head->value(1).toString()) {
        return Error{WorkspaceUpload::tr("The audit trail on %1 does not end where the "
                                         "workspace's does.")
                         .arg(display),
                     QString(), QString(),
                     WorkspaceUpload::tr("Nothing was uploaded. Run 'integrity' on the "
                                         "workspace.")};
    }
    return success();
}

} // namespace

Expected<WorkspaceUpload::Result> WorkspaceUpload::run(const QString &path,
                                                       ServerConnection &connection)
{
    const QString display = connection.address().display();
    // The file: a workspace of the current format that passes its own integrity check.
    auto header = Schema::inspect(path);
    if (!header)
        return header.errors();
    if (header->userVersion != ServerSchema::WorkspaceFormat) {
        return Error{tr("The workspace has format %1; a team workspace holds format %2.")
                         .arg(header->userVersion)
                         .arg(ServerSchema::WorkspaceFormat),
                     path, QString(),
                     tr("Open it once with this version of seqohs-tracker, which upgrades it, "
                        "then upload it. Nothing was uploaded.")};
    }
    {
        auto workspace = Workspace::open(QFileInfo(path).absoluteFilePath(), Workspace::ReadOnly);
        if (!workspace)
            return workspace.errors();
        if (Status checked = (*workspace)->checkIntegrity(); !checked) {
            ErrorList errors{Error{tr("The workspace does not pass its integrity check, so it "
                                      "was not uploaded."),
                                   path, QString(),
                                   tr("Restore it from a backup, or run 'integrity' for "
                                      "details.")}};
            errors << checked.errors();
            return errors;
        }
    }

    // The server: set up by "server init", of a version this program writes, and empty.
    if (Status writable = ServerSchema::requireWritable(connection); !writable)
        return writable.errors();
    const QString what = tr("Uploading the workspace");
    QStringList counts;
    for (const ServerTables::Table &table : ServerTables::all())
        counts << QStringLiteral("(SELECT count(*) FROM %1)").arg(connection.quoted(table.name));
    {
        auto held = connection.run(
            QStringLiteral("SELECT %1").arg(counts.join(QLatin1String(" + "))), {}, what);
        if (!held)
            return held.errors();
        if (held->next() && held->value(0).toLongLong() > 0) {
            return Error{tr("%1 already holds a workspace, so nothing was uploaded.").arg(display),
                         QString(), QString(),
                         tr("Upload into a database that 'server init' has just set up, or "
                            "download this one with 'workspace download'.")};
        }
    }

    FileReader reader(path);
    if (!reader.db().open())
        return fileError(path, reader.db().lastError(), tr("Reading the workspace"));
    QSqlQuery snapshot(reader.db());
    // One read transaction: every table as of one moment, even if the file is being written.
    if (!snapshot.exec(QStringLiteral("BEGIN")))
        return fileError(path, snapshot.lastError(), tr("Reading the workspace"));

    Result result;
    QMap<qint64, QByteArray> blobHashes; // id -> SHA-256, to check each content against
    Status done = connection.transact(what, [&]() -> Status {
        for (const ServerTables::Table &table : ServerTables::all()) {
            const bool chunks = table.name == QLatin1String("blob_chunk");
            const bool digests = table.name == QLatin1String("row_digest");
            QSqlQuery source(reader.db());
            source.setForwardOnly(true);
            if (!source.exec(ServerTables::selectSql(table)))
                return fileError(path, source.lastError(), tr("Reading %1").arg(table.name));
            QString insertSql = ServerTables::insertSql(table);
            if (digests) {
                insertSql.replace(QLatin1String("\"digest\")"),
                                  QLatin1String("\"digest\", key_types)"));
                insertSql.replace(QLatin1String("?)"), QLatin1String("?, ?)"));
            }
            QSqlQuery insert(connection.database());
            if (!insert.prepare(insertSql))
                return connection.sqlError(insert.lastError(), what);
            qint64 rows = 0;
            qint64 chunkBlob = -1;
            qint64 nextSeq = 0;
            Sha256 hash;
            const auto finishBlob = [&]() -> Status {
                if (chunkBlob < 0)
                    return success();
                if (hash.hexResult() != blobHashes.value(chunkBlob)) {
                    return Error{tr("The stored content %1 does not match its SHA-256 as it was "
                                    "read for the upload.")
                                     .arg(chunkBlob),
                                 path, QString(),
                                 tr("Run 'integrity' on the workspace. Nothing was uploaded.")};
                }
                return success();
            };
            while (source.next()) {
                QVariantList row;
                for (int i = 0; i < int(table.columns.size()); ++i)
                    row << ServerTables::valueAt(source, i);
                if (digests) {
                    row << keyTypes(row);
                    for (int i = 1; i <= 3; ++i)
                        row[i] = row.at(i).toString();
                }
                if (table.name == QLatin1String("blob")) {
                    blobHashes.insert(row.at(0).toLongLong(), row.at(1).toByteArray());
                    result.contentBytes += row.at(2).toLongLong();
                }
                if (chunks) {
                    const qint64 blob = row.at(0).toLongLong();
                    if (blob != chunkBlob) {
                        if (Status finished = finishBlob(); !finished)
                            return finished;
                        chunkBlob = blob;
                        nextSeq = 0;
                    }
                    if (row.at(1).toLongLong() != nextSeq++) {
                        return Error{tr("The stored content %1 is missing a chunk.").arg(blob),
                                     path, QString(),
                                     tr("Run 'integrity' on the workspace. Nothing was "
                                        "uploaded.")};
                    }
                    hash.addData(row.at(2).toByteArray());
                }
                for (const QVariant &value : row)
                    insert.addBindValue(value);
                if (!insert.exec())
                    return connection.sqlError(insert.lastError(), what);
                ++rows;
            }
            if (source.lastError().isValid())
                return fileError(path, source.lastError(), tr("Reading %1").arg(table.name));
            if (chunks) {
                if (Status finished = finishBlob(); !finished)
                    return finished;
            }
            result.rows.insert(table.name, rows);
        }
        result.contents = blobHashes.size();
        if (Status scoped = fillItemScope(connection); !scoped)
            return scoped;
        return verifyOnServer(connection, result, blobHashes);
    });
    snapshot.exec(QStringLiteral("COMMIT"));
    if (!done)
        return done.errors();
    return result;
}

} // namespace seqohs
