#include "workspacedownload.h"

#include "serverconnection.h"
#include "serverschema.h"
#include "servertables.h"
#include "workspace/schema.h"
#include "workspace/sha256.h"
#include "workspace/workspace.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace seqohs {

namespace {

// As the program makes a new workspace file: 64 KiB pages, built with a rollback journal and
// switched to write-ahead logging once complete (docs/workspace-format.md).
constexpr int PageSize = 65536;

class FileWriter
{
public:
    explicit FileWriter(const QString &path)
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("seqohs-download-%1").arg(counter.fetchAndAddRelaxed(1));
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
    }
    ~FileWriter() { close(); }
    FileWriter(const FileWriter &) = delete;
    FileWriter &operator=(const FileWriter &) = delete;

    QSqlDatabase &db() { return m_db; }
    void close()
    {
        if (m_name.isEmpty())
            return;
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        m_name.clear();
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

void removeBuilding(const QString &building)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(building + QLatin1String(suffix));
}

} // namespace

Expected<WorkspaceDownload::Result> WorkspaceDownload::run(ServerConnection &connection,
                                                           const QString &outPath)
{
    const QString display = connection.address().display();
    const QString path = QFileInfo(outPath).absoluteFilePath();
    if (QFileInfo::exists(path)) {
        return Error{tr("A file with this name exists already."), path, QString(),
                     tr("Choose another name; a download never replaces a file.")};
    }
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
        return Error{tr("The folder does not exist."), path, QString(),
                     tr("Create the folder first or choose another place.")};
    }
    if (Status readable = ServerSchema::requireReadable(connection); !readable)
        return readable.errors();
    const QString what = tr("Downloading the workspace");
    {
        auto format = connection.run(
            QStringLiteral("SELECT value FROM server_meta WHERE key = 'workspace.format'"), {},
            what);
        if (!format)
            return format.errors();
        if (!format->next() || format->value(0).toInt() != Schema::CurrentVersion) {
            return Error{tr("The team workspace on %1 holds workspace format %2; this version of "
                            "seqohs-tracker writes format %3.")
                             .arg(display, format->value(0).toString())
                             .arg(Schema::CurrentVersion),
                         QString(), QString(),
                         tr("Use the version of seqohs-tracker the team uses.")};
        }
    }
    auto state = ServerSchema::inspect(connection);
    if (!state)
        return state.errors();
    if (!state->holdsWorkspace) {
        return Error{tr("%1 holds no workspace yet.").arg(display), QString(), QString(),
                     tr("Upload one with 'workspace upload FILE --to URL'.")};
    }

    const QString building = path + QLatin1String(".downloading");
    removeBuilding(building);
    Result result;
    Status built = [&]() -> Status {
        // One snapshot of the server for every table.
        if (Status began = connection.execAll(
                {QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")}, what);
            !began) {
            return began;
        }
        FileWriter writer(building);
        const auto fileError = [&](const QSqlError &error, const QString &doing) {
            return Error{tr("%1 failed: %2").arg(doing, error.text()), path, QString(),
                         tr("Check that the disk is not full and that you may write to the "
                            "folder. No file was written.")};
        };
        if (!writer.db().open())
            return fileError(writer.db().lastError(), tr("Creating the workspace"));
        QSqlQuery file(writer.db());
        for (const QString &pragma :
             {QStringLiteral("PRAGMA page_size = %1").arg(PageSize),
              QStringLiteral("PRAGMA journal_mode = DELETE"),
              QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("BEGIN")}) {
            if (!file.exec(pragma))
                return fileError(file.lastError(), tr("Creating the workspace"));
        }
        if (Status laidOut = Schema::create(writer.db(), path); !laidOut)
            return laidOut;

        QMap<qint64, QByteArray> blobHashes;
        for (const ServerTables::Table &table : ServerTables::all()) {
            const bool chunks = table.name == QLatin1String("blob_chunk");
            const bool digests = table.name == QLatin1String("row_digest");
            qint64 expected = 0;
            {
                auto count = connection.run(
                    QStringLiteral("SELECT count(*) FROM %1").arg(connection.quoted(table.name)),
                    {}, what);
                if (!count)
                    return count.errors();
                if (count->next())
                    expected = count->value(0).toLongLong();
            }
            QString select = ServerTables::selectSql(table);
            if (digests)
                select.replace(QLatin1String("\"digest\" FROM"),
                               QLatin1String("\"digest\", key_types FROM"));
            auto source = connection.scan(select, {}, what);
            if (!source)
                return source.errors();
            QSqlQuery insert(writer.db());
            if (!insert.prepare(ServerTables::insertSql(table)))
                return fileError(insert.lastError(), tr("Writing %1").arg(table.name));
            qint64 rows = 0;
            qint64 chunkBlob = -1;
            Sha256 hash;
            QMap<qint64, QByteArray> seen;
            while (source->next()) {
                QVariantList row;
                for (int i = 0; i < int(table.columns.size()); ++i)
                    row << ServerTables::valueAt(*source, i);
                if (digests) {
                    const QString types = source->value(int(table.columns.size())).toString();
                    for (int i = 1; i <= 3; ++i) {
                        if (types.at(i - 1) == QLatin1Char('i'))
                            row[i] = row.at(i).toLongLong();
                    }
                }
                if (table.name == QLatin1String("blob")) {
                    blobHashes.insert(row.at(0).toLongLong(), row.at(1).toByteArray());
                    result.contentBytes += row.at(2).toLongLong();
                }
                if (chunks) {
                    const qint64 blob = row.at(0).toLongLong();
                    if (blob != chunkBlob) {
                        if (chunkBlob >= 0)
                            seen.insert(chunkBlob, hash.hexResult());
                        chunkBlob = blob;
                    }
                    hash.addData(row.at(2).toByteArray());
                }
                for (const QVariant &value : row)
                    insert.addBindValue(value);
                if (!insert.exec())
                    return fileError(insert.lastError(), tr("Writing %1").arg(table.name));
                ++rows;
            }
            if (source->lastError().isValid())
                return connection.sqlError(source->lastError(), what);
            source->finish();
            if (rows != expected) {
                return Error{tr("%1 rows of %2 arrived from %3, which holds %4.")
                                 .arg(rows)
                                 .arg(table.name, display)
                                 .arg(expected),
                             path, QString(), tr("Try again. No file was written.")};
            }
            if (chunks) {
                if (chunkBlob >= 0)
                    seen.insert(chunkBlob, hash.hexResult());
                const QByteArray empty = Sha256::hexHash(QByteArray());
                for (auto it = blobHashes.cbegin(); it != blobHashes.cend(); ++it) {
                    if (seen.value(it.key(), empty) != it.value()) {
                        return Error{tr("The content %1 on %2 does not match its SHA-256.")
                                         .arg(it.key())
                                         .arg(display),
                                     path, QString(),
                                     tr("No file was written. Tell the server's administrator: "
                                        "the team workspace is damaged.")};
                    }
                }
            }
            result.rows.insert(table.name, rows);
        }
        result.contents = blobHashes.size();
        if (!file.exec(QStringLiteral("COMMIT")))
            return fileError(file.lastError(), tr("Writing the workspace"));
        if (!file.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return fileError(file.lastError(), tr("Writing the workspace"));
        file.finish();
        writer.close();
        return success();
    }();
    // The snapshot only read; ending it either way changes nothing.
    (void)connection.execAll({QStringLiteral("ROLLBACK")}, what);
    if (!built) {
        removeBuilding(building);
        return built.errors();
    }

    // The new file's own check, before it carries the real name.
    {
        auto workspace = Workspace::open(building, Workspace::ReadOnly);
        Status checked = workspace ? (*workspace)->checkIntegrity() : Status(workspace.errors());
        if (!checked) {
            removeBuilding(building);
            ErrorList errors{Error{tr("The downloaded workspace does not pass its integrity "
                                      "check, so it was not kept."),
                                   path, QString(),
                                   tr("Tell the server's administrator: the team workspace on "
                                      "%1 is not consistent.")
                                       .arg(display)}};
            errors << checked.errors();
            return errors;
        }
    }
    // link() refuses to replace a file that appeared meanwhile, unlike rename().
    if (::link(QFile::encodeName(building).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        removeBuilding(building);
        return Error{tr("The workspace could not be put in place: %1").arg(reason), path, QString(),
                     tr("Choose another name or place.")};
    }
    removeBuilding(building);
    return result;
}

} // namespace seqohs
