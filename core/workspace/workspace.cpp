#include "workspace.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "catalogue/standardsformat.h"
#include "checkpointer.h"
#include "common/clock.h"
#include "evidencestore.h"
#include "schema.h"
#include "sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>

#include <sqlite3.h>

#include <atomic>
#include <fcntl.h>
#include <unistd.h>

namespace seqohs {

namespace {

// Large pages mean fewer overflow pages per 1 MiB chunk (16 instead of 256 at 4 KiB). On this
// project's machines 16 KiB and 64 KiB measured alike within the noise of bench_import.
constexpr int PageSize = 65536;

const QLatin1String KeyCreated("workspace.created");
const QLatin1String KeyAuditHead("workspace.audit_head");
const QLatin1String KeyAuditCount("workspace.audit_count");

std::atomic<int> g_connectionCounter{0};

QString &userNameOverride()
{
    static QString name;
    return name;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("seqohs", text);
}

// Qt SQL binds a null QString as NULL; text columns hold '' instead, and only a QVariant() is NULL.
void bindValue(QSqlQuery &query, const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
        query.addBindValue(QString(QLatin1String("")));
    else
        query.addBindValue(value);
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime toTime(const QVariant &value)
{
    if (value.isNull())
        return QDateTime();
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.toUTC();
}

QString jsonDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QByteArray compact(const QJsonObject &object)
{
    return object.isEmpty() ? QByteArray() : QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject toJson(const ServiceProfile &p)
{
    return QJsonObject{{QStringLiteral("name"), p.name},
                       {QStringLiteral("organisation"), p.organisation},
                       {QStringLiteral("sites"), QJsonArray::fromStringList(p.sites)},
                       {QStringLiteral("servesNhs"), p.servesNhs},
                       {QStringLiteral("extraTags"), QJsonArray::fromStringList(p.extraTags)},
                       {QStringLiteral("plannedAssessment"), jsonDate(p.plannedAssessment)},
                       {QStringLiteral("annualReturn"), jsonDate(p.annualReturn)}};
}

QJsonObject toJson(const Assessment &a)
{
    return QJsonObject{
        {QStringLiteral("itemId"), a.itemId},
        {QStringLiteral("result"), resultToString(a.result)},
        {QStringLiteral("workflow"), workflowToString(a.workflow)},
        {QStringLiteral("narrative"), a.narrative},
        {QStringLiteral("justification"), a.justification},
        {QStringLiteral("owner"), a.owner},
        {QStringLiteral("lastReviewed"), a.lastReviewed.isValid()
                                             ? a.lastReviewed.toUTC().toString(Qt::ISODateWithMs)
                                             : QString()}};
}

QJsonObject toJson(const EvidenceItem &e)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("kind"), evidenceKindToString(e.kind)},
                  {QStringLiteral("title"), e.title},
                  {QStringLiteral("description"), e.description},
                  {QStringLiteral("owner"), e.owner},
                  {QStringLiteral("documentDate"), jsonDate(e.documentDate)},
                  {QStringLiteral("coversFrom"), jsonDate(e.coversFrom)},
                  {QStringLiteral("coversTo"), jsonDate(e.coversTo)},
                  {QStringLiteral("reviewBy"), jsonDate(e.reviewBy)}};
    switch (e.kind) {
    case EvidenceItem::Kind::File:
        o.insert(QStringLiteral("fileName"), e.fileName);
        o.insert(QStringLiteral("sha256"), QString::fromLatin1(e.sha256));
        o.insert(QStringLiteral("size"), e.size);
        o.insert(QStringLiteral("version"), e.version);
        break;
    case EvidenceItem::Kind::Link:
        o.insert(QStringLiteral("url"), e.url);
        break;
    case EvidenceItem::Kind::Statement:
        o.insert(QStringLiteral("statement"), e.statement);
        break;
    }
    return o;
}

QJsonObject toJson(const EvidenceLink &l)
{
    return QJsonObject{{QStringLiteral("evidenceId"), l.evidenceId},
                       {QStringLiteral("itemId"), l.itemId},
                       {QStringLiteral("note"), l.note}};
}

QJsonObject toJson(const Action &a)
{
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("text"), a.text},
                       {QStringLiteral("itemId"), a.itemId},
                       {QStringLiteral("owner"), a.owner},
                       {QStringLiteral("due"), jsonDate(a.due)},
                       {QStringLiteral("status"), actionStatusToString(a.status)},
                       {QStringLiteral("completed"), jsonDate(a.completed)},
                       {QStringLiteral("source"), a.source}};
}

QJsonArray toJsonArray(const QList<EvidenceLink> &links)
{
    QJsonArray array;
    for (const EvidenceLink &l : links)
        array.append(toJson(l));
    return array;
}

// The bytes an audit row's hash covers: its fields in a fixed order, then the previous hash.
QByteArray canonicalAuditRow(const AuditEntry &e)
{
    const QJsonArray row{e.seq,
                         e.when.toUTC().toString(Qt::ISODateWithMs),
                         e.who,
                         e.what,
                         e.target,
                         QString::fromUtf8(e.before),
                         QString::fromUtf8(e.after),
                         QString::fromLatin1(e.prevHash)};
    return QJsonDocument(row).toJson(QJsonDocument::Compact);
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

bool isHeld(const QString &path)
{
    QMutexLocker locker(&g_heldMutex);
    return g_heldPaths.contains(path);
}

} // namespace

class Workspace::Private
{
public:
    ~Private() { close(); }

    QString path;
    QString connection;
    QSqlDatabase db;
    sqlite3 *handle = nullptr;
    std::unique_ptr<QLockFile> lock;
    std::unique_ptr<EvidenceStore> store;
    std::unique_ptr<Checkpointer> checkpointer;
    QSet<QString> itemIds;
    bool readOnly = false;

    void close()
    {
        store.reset();
        // The checkpointer's connection goes first, so the last one to close is ours: SQLite
        // then copies what is left of the log into the file and removes the log.
        checkpointer.reset();
        if (!connection.isEmpty()) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
            connection.clear();
        }
        if (lock) {
            setHeld(path, false);
            lock->unlock();
        }
        lock.reset();
    }

    Error sqlError(const QSqlError &error, const QString &what) const
    {
        const bool full = error.nativeErrorCode() == QLatin1String("13");
        if (full) {
            return Error{tr("%1: the disk is full.").arg(what), path, QString(),
                         tr("Nothing was changed. Free some disk space and try again.")};
        }
        return Error{tr("%1: %2").arg(what, error.text()), path, QString(),
                     tr("Nothing was changed. Check the workspace (use Workspace > Check integrity "
                        "in the window, or "
                        "seqohs-tracker-cli integrity); if it reports "
                        "problems, restore it from a backup.")};
    }

    // Runs a query and turns a failure into an Error.
    Status exec(QSqlQuery &query, const QString &what) const
    {
        if (!query.exec())
            return sqlError(query.lastError(), what);
        return success();
    }

    Status execSql(const QString &sql, const QString &what) const
    {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return sqlError(query.lastError(), what);
        return success();
    }

    Status writable() const
    {
        if (readOnly) {
            return Error{tr("The workspace is open read-only."), path, QString(),
                         tr("Open it for editing to change it.")};
        }
        return success();
    }

    // How a transaction reaches the disk. Edits are synced at commit (synchronous=FULL). A file
    // import is not: each fsync costs milliseconds here, thousands of imports would spend most
    // of their time waiting for them, and a file import can be repeated. Its commit is still
    // atomic and survives a crash of the program; the log is synced at the next edit, the next
    // checkpoint or when the workspace is closed, so only a power cut in between can undo it.
    enum class Sync { AtCommit, Later };

    // One user action: everything in work happens, with its audit row, or nothing does.
    Status transact(const QString &what, const std::function<Status()> &work,
                    Sync sync = Sync::AtCommit)
    {
        Status ok = writable();
        if (!ok.ok())
            return ok;
        if (sync == Sync::Later)
            execSql(QStringLiteral("PRAGMA synchronous = NORMAL"), what);
        if (checkpointer)
            checkpointer->throttle();
        Status done = execSql(QStringLiteral("BEGIN IMMEDIATE"), what);
        if (done.ok()) {
            done = work();
            if (done.ok())
                done = execSql(QStringLiteral("COMMIT"), what);
            if (!done.ok())
                execSql(QStringLiteral("ROLLBACK"), what);
        }
        if (sync == Sync::Later)
            execSql(QStringLiteral("PRAGMA synchronous = FULL"), what);
        return done;
    }

    QString meta(const QString &key) const
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        bindValue(q, key);
        if (q.exec() && q.next())
            return q.value(0).toString();
        return QString();
    }

    Status setMeta(const QString &key, const QString &value)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        bindValue(q, key);
        bindValue(q, value);
        return exec(q, tr("Saving a setting failed"));
    }

    // Appends the audit row of the current transaction and moves the chain's head with it.
    Status audit(const QString &what, const QString &target, const QJsonObject &before,
                 const QJsonObject &after)
    {
        AuditEntry e;
        e.seq = meta(KeyAuditCount).toLongLong() + 1;
        e.when = Clock::now().toUTC();
        e.who = Workspace::userName();
        e.what = what;
        e.target = target;
        e.before = compact(before);
        e.after = compact(after);
        e.prevHash = meta(KeyAuditHead).toLatin1();
        e.hash = Sha256::hexHash(canonicalAuditRow(e) + e.prevHash);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO audit (seq, at, who, what, target, before, after, "
                                 "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        bindValue(q, e.seq);
        bindValue(q, e.when.toString(Qt::ISODateWithMs));
        bindValue(q, e.who);
        bindValue(q, e.what);
        bindValue(q, e.target);
        bindValue(q, e.before.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(e.before)));
        bindValue(q, e.after.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(e.after)));
        bindValue(q, QString::fromLatin1(e.prevHash));
        bindValue(q, QString::fromLatin1(e.hash));
        Status ok = exec(q, tr("Recording the change failed"));
        if (!ok.ok())
            return ok;
        ok = setMeta(KeyAuditCount, QString::number(e.seq));
        if (!ok.ok())
            return ok;
        return setMeta(KeyAuditHead, QString::fromLatin1(e.hash));
    }

    Status checkItem(const QString &itemId) const
    {
        if (!itemIds.contains(itemId)) {
            return Error{tr("The standards set of this workspace has no item '%1'.").arg(itemId),
                         path, QString(),
                         tr("Use an id listed by 'standards show', e.g. from the criterion's "
                            "page.")};
        }
        return success();
    }

    Status insertLinks(qint64 evidenceId, const QList<EvidenceLink> &links)
    {
        for (const EvidenceLink &l : links) {
            Status known = checkItem(l.itemId);
            if (!known.ok())
                return known;
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO evidence_link (evidence_id, item_id, note) "
                                     "VALUES (?, ?, ?) ON CONFLICT (evidence_id, item_id) "
                                     "DO UPDATE SET note = excluded.note"));
            bindValue(q, evidenceId);
            bindValue(q, l.itemId);
            bindValue(q, l.note);
            Status ok = exec(q, tr("Linking evidence failed"));
            if (!ok.ok())
                return ok;
        }
        return success();
    }

    Expected<qint64> insertEvidence(EvidenceItem &item)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO evidence (kind, title, description, owner, document_date, covers_from, "
            "covers_to, review_by, added, url, statement) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?)"));
        bindValue(q, evidenceKindToString(item.kind));
        bindValue(q, item.title);
        bindValue(q, item.description);
        bindValue(q, item.owner);
        bindValue(q, dateValue(item.documentDate));
        bindValue(q, dateValue(item.coversFrom));
        bindValue(q, dateValue(item.coversTo));
        bindValue(q, dateValue(item.reviewBy));
        bindValue(q, timeValue(item.added));
        bindValue(q, item.kind == EvidenceItem::Kind::Link ? QVariant(item.url) : QVariant());
        bindValue(q, item.kind == EvidenceItem::Kind::Statement ? QVariant(item.statement)
                                                                : QVariant());
        Status ok = exec(q, tr("Adding evidence failed"));
        if (!ok.ok())
            return ok.errors();
        item.id = q.lastInsertId().toLongLong();
        return item.id;
    }

    Status insertVersion(qint64 evidenceId, int version, const QString &fileName, qint64 blobId,
                         const QDateTime &added)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO evidence_version (evidence_id, version, file_name, "
                                 "blob_id, added, added_by) VALUES (?, ?, ?, ?, ?, ?)"));
        bindValue(q, evidenceId);
        bindValue(q, version);
        bindValue(q, fileName);
        bindValue(q, blobId);
        bindValue(q, timeValue(added));
        bindValue(q, Workspace::userName());
        return exec(q, tr("Storing the evidence version failed"));
    }

    Status validateMeta(const EvidenceItem &item) const
    {
        if (item.title.trimmed().isEmpty()) {
            return Error{tr("Evidence needs a title."), path, QString(),
                         tr("Give the evidence a short title.")};
        }
        if (item.coversFrom.isValid() && item.coversTo.isValid() &&
            item.coversFrom > item.coversTo) {
            return Error{tr("The period the evidence covers ends before it starts."), path,
                         QString(), tr("Check the covers-from and covers-to dates.")};
        }
        return success();
    }
};

// ---- opening and creating ----------------------------------------------------------------

namespace {

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
        return Error{tr("The workspace is open in another program."), path, QString(),
                     tr("Close it there first.")};
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
        if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
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

} // namespace

Workspace::Workspace(std::unique_ptr<Private> dd)
    : d(std::move(dd))
{
    m_path = d->path;
    m_mode = d->readOnly ? ReadOnly : ReadWrite;
}

Workspace::~Workspace()
{
    rememberAuditHead();
}

void Workspace::setUserName(const QString &name)
{
    userNameOverride() = name;
}

QString Workspace::userName()
{
    if (!userNameOverride().isEmpty())
        return userNameOverride();
    const QString configured =
        QSettings().value(QStringLiteral("audit/userName")).toString().trimmed();
    if (!configured.isEmpty())
        return configured;
    QString os = qEnvironmentVariable("USER");
    if (os.isEmpty())
        os = qEnvironmentVariable("USERNAME");
    return os.isEmpty() ? QStringLiteral("unknown") : os;
}

// Opens path, which the caller has locked (or is opening read-only), and loads the set.
Expected<std::unique_ptr<Workspace::Private>>
Workspace::openChecked(const QString &path, bool readOnly, std::unique_ptr<QLockFile> lock,
                       int fileVersion)
{
    Status probed = probe(path);
    if (!probed.ok())
        return probed.errors();

    auto d = std::make_unique<Workspace::Private>();
    d->path = path;
    d->readOnly = readOnly;
    d->lock = std::move(lock);
    if (d->lock)
        setHeld(path, true);
    d->connection = QStringLiteral("seqohs-workspace-%1").arg(g_connectionCounter.fetch_add(1));
    {
        Expected<QSqlDatabase> db = openConnection(path, d->connection, readOnly);
        if (!db.ok()) {
            d->connection.clear();
            return db.errors();
        }
        d->db = *db;
    }
    d->handle = nativeHandle(d->db);
    if (!d->handle) {
        return Error{tr("The SQLite driver does not expose its handle."), path, QString(),
                     tr("Install the Qt SQLite driver that links the system SQLite.")};
    }
    sqlite3_db_config(d->handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    QStringList pragmas{QStringLiteral("PRAGMA trusted_schema = OFF"),
                        QStringLiteral("PRAGMA foreign_keys = ON")};
    if (!readOnly) {
        // WAL: readers never block the writer and a crash never leaves a half transaction.
        // FULL: an edit is synced before the call returns, so it survives a power cut too; file
        // imports relax this per transaction (see Private::transact). A 16 MiB page cache holds
        // a chunk's pages until they are re-read for verification.
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = FULL")
                << QStringLiteral("PRAGMA cache_size = -16384");
    }
    for (const QString &pragma : pragmas) {
        Status ok = d->execSql(pragma, tr("Preparing the workspace failed"));
        if (!ok.ok())
            return ok.errors();
    }
    if (!readOnly && fileVersion < Schema::CurrentVersion) {
        Status upgraded = d->transact(tr("Upgrading the workspace failed"), [&]() -> Status {
            Status ok = Schema::upgrade(d->db, path, fileVersion);
            if (!ok.ok())
                return ok;
            return d->audit(QStringLiteral("workspace.upgrade"), QStringLiteral("workspace"),
                            QJsonObject{{QStringLiteral("format"), fileVersion}},
                            QJsonObject{{QStringLiteral("format"), Schema::CurrentVersion}});
        });
        if (!upgraded.ok())
            return upgraded.errors();
    }
    if (!readOnly) {
        auto checkpointer = std::make_unique<Checkpointer>(path);
        if (checkpointer->isValid()) {
            checkpointer->attach(d->handle);
            d->checkpointer = std::move(checkpointer);
        }
    }
    d->store = std::make_unique<EvidenceStore>(d->handle, path);
    return d;
}

Expected<std::unique_ptr<Workspace>>
Workspace::create(const QString &givenPath, const ServiceProfile &profile, const StandardsSet &set)
{
    const QString path = QFileInfo(givenPath).absoluteFilePath();
    if (QFileInfo::exists(path)) {
        return Error{tr("A file with this name exists already."), path, QString(),
                     tr("Choose another name, or open the existing workspace.")};
    }
    if (profile.name.trimmed().isEmpty()) {
        return Error{tr("The service needs a name."), path, QString(),
                     tr("Give the name of the occupational health service.")};
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
    const QString name = QStringLiteral("seqohs-create-%1").arg(g_connectionCounter.fetch_add(1));
    Status built = success();
    {
        Workspace::Private d;
        d.path = path;
        d.connection = name;
        {
            Expected<QSqlDatabase> db = openConnection(temp, name, false);
            if (!db.ok()) {
                d.connection.clear();
                return db.errors();
            }
            d.db = *db;
        }
        built = d.execSql(QStringLiteral("PRAGMA page_size = %1").arg(PageSize),
                          tr("Creating the workspace failed"));
        // Built with a rollback journal, which for a new file is nearly empty: the pages go
        // straight into the file, so it never needs room for them twice (file and log), and no
        // log that a full disk kept from being copied back can be left behind with the content.
        // The file switches to WAL once it is complete.
        if (built.ok())
            built = d.execSql(QStringLiteral("PRAGMA journal_mode = DELETE"),
                              tr("Creating the workspace failed"));
        if (built.ok())
            built = d.execSql(QStringLiteral("PRAGMA synchronous = FULL"),
                              tr("Creating the workspace failed"));
        if (built.ok()) {
            built = d.transact(tr("Creating the workspace failed"), [&]() -> Status {
                Status ok = Schema::create(d.db, path);
                if (!ok.ok())
                    return ok;
                QSqlQuery q(d.db);
                q.prepare(QStringLiteral(
                    "INSERT INTO profile (id, name, organisation, sites, serves_nhs, extra_tags, "
                    "planned_assessment, annual_return) VALUES (1, ?, ?, ?, ?, ?, ?, ?)"));
                bindValue(q, profile.name);
                bindValue(q, profile.organisation);
                bindValue(q,
                          QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(profile.sites))
                                                .toJson(QJsonDocument::Compact)));
                bindValue(q, profile.servesNhs ? 1 : 0);
                bindValue(q, QString::fromUtf8(
                                 QJsonDocument(QJsonArray::fromStringList(profile.extraTags))
                                     .toJson(QJsonDocument::Compact)));
                bindValue(q, dateValue(profile.plannedAssessment));
                bindValue(q, dateValue(profile.annualReturn));
                ok = d.exec(q, tr("Creating the workspace failed"));
                if (!ok.ok())
                    return ok;
                const QByteArray json = StandardsFormat::write(set);
                const QByteArray hash = StandardsFormat::contentHash(set);
                QSqlQuery s(d.db);
                s.prepare(QStringLiteral("INSERT INTO standards_set (id, set_id, version, "
                                         "content_hash, json) VALUES (1, ?, ?, ?, ?)"));
                bindValue(s, set.id);
                bindValue(s, set.version);
                bindValue(s, QString::fromLatin1(hash));
                bindValue(s, json);
                ok = d.exec(s, tr("Creating the workspace failed"));
                if (!ok.ok())
                    return ok;
                ok = d.setMeta(KeyCreated, Clock::now().toUTC().toString(Qt::ISODateWithMs));
                if (!ok.ok())
                    return ok;
                QJsonObject after = toJson(profile);
                after.insert(QStringLiteral("standardsSet"), set.id);
                after.insert(QStringLiteral("standardsVersion"), set.version);
                after.insert(QStringLiteral("standardsHash"), QString::fromLatin1(hash));
                return d.audit(QStringLiteral("workspace.create"), QStringLiteral("workspace"),
                               QJsonObject(), after);
            });
        }
        if (built.ok()) {
            QSqlQuery wal(d.db);
            if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !wal.next() ||
                wal.value(0).toString() != QLatin1String("wal")) {
                built = d.sqlError(wal.lastError(), tr("Creating the workspace failed"));
            }
        }
        d.close();
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

    Expected<std::unique_ptr<Private>> d =
        openChecked(path, false, std::move(lock), Schema::CurrentVersion);
    if (!d.ok())
        return d.errors();
    std::unique_ptr<Workspace> w(new Workspace(std::move(*d)));
    w->m_set = set;
    w->m_setHash = QString::fromLatin1(StandardsFormat::contentHash(set));
    for (const AssessableItem &item : set.assessables())
        w->d->itemIds.insert(item.id);
    w->m_anchored = true;
    return w;
}

Expected<std::unique_ptr<Workspace>> Workspace::open(const QString &givenPath, OpenMode mode)
{
    return openWith(givenPath, mode, false);
}

Expected<std::unique_ptr<Workspace>> Workspace::openCompanion(const QString &givenPath)
{
    const QString path = QFileInfo(givenPath).absoluteFilePath();
    if (!isHeld(path)) {
        return Error{tr("The workspace is not open for editing in this program."), path, QString(),
                     tr("Open it first; a companion connection shares that lock.")};
    }
    return openWith(path, ReadWrite, true);
}

void Workspace::announceEvidenceAdded(const QList<qint64> &ids)
{
    for (qint64 id : ids)
        emit evidenceAdded(id);
}

Expected<std::unique_ptr<Workspace>> Workspace::openWith(const QString &givenPath, OpenMode mode,
                                                         bool companion)
{
    const QString path = QFileInfo(givenPath).absoluteFilePath();
    if (Status regular = Schema::requireRegularFile(path); !regular.ok())
        return regular.errors();
    std::unique_ptr<QLockFile> lock;
    if (mode == ReadWrite && QFileInfo::exists(path) && !companion) {
        lock = std::make_unique<QLockFile>(path + QLatin1String(".lock"));
        lock->setStaleLockTime(0);
        if (!tryLockWorkspace(path, *lock))
            return lockedError(path, *lock);
    }
    Expected<Schema::FileHeader> header = Schema::inspect(path);
    if (!header.ok())
        return header.errors();
    Expected<std::unique_ptr<Private>> d =
        openChecked(path, mode == ReadOnly, std::move(lock), header->userVersion);
    if (!d.ok())
        return d.errors();

    QString json;
    QString storedHash;
    {
        QSqlQuery q((*d)->db);
        if (!q.exec(QStringLiteral("SELECT json, content_hash FROM standards_set WHERE id = 1")) ||
            !q.next()) {
            return Error{tr("The workspace does not record its standards set."), path, QString(),
                         tr("Restore it from a backup.")};
        }
        json = q.value(0).toString();
        storedHash = q.value(1).toString();
    }
    Expected<StandardsSet> set = StandardsFormat::read(json.toUtf8(), path);
    if (!set.ok()) {
        ErrorList errors{Error{tr("The standards set stored in the workspace cannot be read."),
                               path, QString(), tr("Restore the workspace from a backup.")}};
        errors << set.errors();
        return errors;
    }
    std::unique_ptr<Workspace> w(new Workspace(std::move(*d)));
    w->m_set = std::move(*set);
    w->m_setHash = storedHash;
    for (const AssessableItem &item : w->m_set.assessables())
        w->d->itemIds.insert(item.id);
    if (!companion) {
        w->m_anchored = true;
        w->checkAuditAnchor();
    }
    return w;
}

// ---- the audit trail's anchor outside the file -------------------------------------------

namespace {
QString anchorKey(const QString &path)
{
    return QStringLiteral("auditAnchors/") +
           QString::fromLatin1(Sha256::hexHash(QFileInfo(path).absoluteFilePath().toUtf8()));
}
} // namespace

void Workspace::checkAuditAnchor()
{
    // Rows cut from the end with the count rewound, or a chain recomputed from start to end,
    // pass every check inside the file. What this computer saw last does not change with it.
    const QStringList seen =
        QSettings().value(anchorKey(m_path)).toString().split(QLatin1Char(' '));
    if (seen.size() != 2)
        return;
    bool ok = false;
    const qint64 seq = seen.at(0).toLongLong(&ok);
    if (!ok || seq <= 0)
        return;
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT hash FROM audit WHERE seq = ?"));
    q.addBindValue(seq);
    if (!q.exec()) {
        reportReadFailure(q, tr("the audit trail"));
        return;
    }
    const QString hint = tr("If nobody here restored an older copy, the file was changed outside "
                            "seqohs-tracker: keep it as it is and compare it with a backup or "
                            "the last submission pack.");
    if (!q.next()) {
        m_openWarnings << tr("The audit trail is shorter than when this computer last opened "
                             "this workspace: it had %1 rows and now has %2. %3")
                              .arg(seq)
                              .arg(auditCount())
                              .arg(hint);
    } else if (q.value(0).toString() != seen.at(1)) {
        m_openWarnings << tr("The audit trail was rewritten since this computer last opened "
                             "this workspace: row %1 is no longer the row seen then. %2")
                              .arg(seq)
                              .arg(hint);
    }
}

void Workspace::rememberAuditHead() const
{
    if (!m_anchored || !m_openWarnings.isEmpty())
        return; // a rewritten trail is not taken as the new truth by being looked at
    const QString count = d->meta(KeyAuditCount);
    const QString head = d->meta(KeyAuditHead);
    if (!count.isEmpty() && !head.isEmpty())
        QSettings().setValue(anchorKey(m_path), QString(count + QLatin1Char(' ') + head));
}

// ---- profile ---------------------------------------------------------------------------

ServiceProfile Workspace::profile() const
{
    ServiceProfile p;
    QSqlQuery q(d->db);
    if (q.exec(QStringLiteral("SELECT name, organisation, sites, serves_nhs, extra_tags, "
                              "planned_assessment, annual_return FROM profile WHERE id = 1")) &&
        q.next()) {
        p.name = q.value(0).toString();
        p.organisation = q.value(1).toString();
        const auto list = [](const QVariant &v) {
            QStringList out;
            const QJsonArray array = QJsonDocument::fromJson(v.toString().toUtf8()).array();
            for (const QJsonValue &item : array)
                out << item.toString();
            return out;
        };
        p.sites = list(q.value(2));
        p.servesNhs = q.value(3).toInt() != 0;
        p.extraTags = list(q.value(4));
        p.plannedAssessment = toDate(q.value(5));
        p.annualReturn = toDate(q.value(6));
    }
    return p;
}

Status Workspace::setProfile(const ServiceProfile &profile)
{
    if (profile.name.trimmed().isEmpty()) {
        return Error{tr("The service needs a name."), m_path, QString(),
                     tr("Give the name of the occupational health service.")};
    }
    const ServiceProfile before = this->profile();
    if (before == profile)
        return success();
    Status ok = d->transact(tr("Saving the service profile failed"), [&]() -> Status {
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("UPDATE profile SET name = ?, organisation = ?, sites = ?, "
                                 "serves_nhs = ?, extra_tags = ?, planned_assessment = ?, "
                                 "annual_return = ? WHERE id = 1"));
        bindValue(q, profile.name);
        bindValue(q, profile.organisation);
        bindValue(q, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(profile.sites))
                                           .toJson(QJsonDocument::Compact)));
        bindValue(q, profile.servesNhs ? 1 : 0);
        bindValue(q, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(profile.extraTags))
                                           .toJson(QJsonDocument::Compact)));
        bindValue(q, dateValue(profile.plannedAssessment));
        bindValue(q, dateValue(profile.annualReturn));
        Status done = d->exec(q, tr("Saving the service profile failed"));
        if (!done.ok())
            return done;
        return d->audit(QStringLiteral("profile.set"), QStringLiteral("profile"), toJson(before),
                        toJson(profile));
    });
    if (ok.ok())
        Q_EMIT profileChanged();
    return ok;
}

// ---- assessments -------------------------------------------------------------------------

namespace {
Assessment readAssessment(const QSqlQuery &q)
{
    Assessment a;
    a.itemId = q.value(0).toString();
    a.result = resultFromString(q.value(1).toString()).value_or(AssessmentResult::NotAssessed);
    a.workflow = workflowFromString(q.value(2).toString()).value_or(WorkflowStatus::ToDo);
    a.narrative = q.value(3).toString();
    a.justification = q.value(4).toString();
    a.owner = q.value(5).toString();
    a.lastReviewed = toTime(q.value(6));
    return a;
}
const QLatin1String
    assessmentColumns("item_id, result, workflow, narrative, justification, owner, last_reviewed");
} // namespace

void Workspace::reportReadFailure(const QSqlQuery &query, const QString &what) const
{
    // Reads return plain lists; an empty list after a failed read must not pass for "nothing
    // there", so the failure is announced for the window (and anyone else listening) to show.
    emit const_cast<Workspace *>(this)->readFailed({d->sqlError(query.lastError(), what)});
}

QHash<QString, Assessment> Workspace::assessments() const
{
    QHash<QString, Assessment> all;
    QSqlQuery q(d->db);
    if (!q.exec(QLatin1String("SELECT ") + assessmentColumns + QLatin1String(" FROM assessment")))
        reportReadFailure(q, tr("Reading the assessments failed"));
    while (q.next()) {
        Assessment a = readAssessment(q);
        all.insert(a.itemId, a);
    }
    return all;
}

Assessment Workspace::assessment(const QString &itemId) const
{
    QSqlQuery q(d->db);
    q.prepare(QLatin1String("SELECT ") + assessmentColumns +
              QLatin1String(" FROM assessment WHERE item_id = ?"));
    bindValue(q, itemId);
    if (q.exec() && q.next())
        return readAssessment(q);
    Assessment a;
    a.itemId = itemId;
    return a;
}

Status Workspace::setAssessment(const Assessment &given)
{
    Status known = d->checkItem(given.itemId);
    if (!known.ok())
        return known;
    if (given.result == AssessmentResult::NotApplicable &&
        given.justification.trimmed().isEmpty()) {
        return Error{tr("'Not applicable' needs a justification: say why the criterion does "
                        "not apply to this service."),
                     m_path, given.itemId, tr("Add a justification (CLI: --justification TEXT).")};
    }
    Assessment a = given;
    if (!a.lastReviewed.isValid())
        a.lastReviewed = Clock::now().toUTC();
    const Assessment before = assessment(a.itemId);
    if (before == a)
        return success();
    const bool wasFlagged = reconfirmation(a.itemId).has_value();
    Status ok = d->transact(tr("Saving the assessment failed"), [&]() -> Status {
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral(
            "INSERT INTO assessment (item_id, result, workflow, narrative, justification, owner, "
            "last_reviewed) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (item_id) DO UPDATE SET "
            "result = excluded.result, workflow = excluded.workflow, narrative = "
            "excluded.narrative, justification = excluded.justification, owner = excluded.owner, "
            "last_reviewed = excluded.last_reviewed"));
        bindValue(q, a.itemId);
        bindValue(q, resultToString(a.result));
        bindValue(q, workflowToString(a.workflow));
        bindValue(q, a.narrative);
        bindValue(q, a.justification);
        bindValue(q, a.owner);
        bindValue(q, timeValue(a.lastReviewed));
        Status done = d->exec(q, tr("Saving the assessment failed"));
        if (!done.ok())
            return done;
        QJsonObject after = toJson(a);
        if (wasFlagged) {
            QSqlQuery clear(d->db);
            clear.prepare(QStringLiteral("DELETE FROM reconfirmation WHERE item_id = ?"));
            bindValue(clear, a.itemId);
            done = d->exec(clear, tr("Saving the assessment failed"));
            if (!done.ok())
                return done;
            after.insert(QStringLiteral("reconfirmed"), true);
        }
        return d->audit(QStringLiteral("assessment.set"), QStringLiteral("item:") + a.itemId,
                        toJson(before), after);
    });
    if (ok.ok()) {
        Q_EMIT assessmentChanged(a.itemId);
        if (wasFlagged)
            Q_EMIT reconfirmationsChanged();
    }
    return ok;
}

// ---- evidence ----------------------------------------------------------------------------

namespace {
const QLatin1String evidenceSelect(
    "SELECT e.id, e.kind, e.title, e.description, e.owner, e.document_date, e.covers_from, "
    "e.covers_to, e.review_by, e.added, e.url, e.statement, v.file_name, b.sha256, b.size, "
    "v.version FROM evidence e LEFT JOIN evidence_version v ON v.evidence_id = e.id AND "
    "v.version = (SELECT MAX(version) FROM evidence_version WHERE evidence_id = e.id) "
    "LEFT JOIN blob b ON b.id = v.blob_id");

EvidenceItem readEvidence(const QSqlQuery &q)
{
    EvidenceItem e;
    e.id = q.value(0).toLongLong();
    e.kind = evidenceKindFromString(q.value(1).toString()).value_or(EvidenceItem::Kind::File);
    e.title = q.value(2).toString();
    e.description = q.value(3).toString();
    e.owner = q.value(4).toString();
    e.documentDate = toDate(q.value(5));
    e.coversFrom = toDate(q.value(6));
    e.coversTo = toDate(q.value(7));
    e.reviewBy = toDate(q.value(8));
    e.added = toTime(q.value(9));
    e.url = q.value(10).toString();
    e.statement = q.value(11).toString();
    if (e.kind == EvidenceItem::Kind::File) {
        e.fileName = q.value(12).toString();
        e.sha256 = q.value(13).toString().toLatin1();
        e.size = q.value(14).toLongLong();
        e.version = q.value(15).toInt();
    }
    return e;
}
} // namespace

QList<EvidenceItem> Workspace::evidence() const
{
    QList<EvidenceItem> items;
    QSqlQuery q(d->db);
    if (!q.exec(evidenceSelect + QLatin1String(" ORDER BY e.id")))
        reportReadFailure(q, tr("Reading the evidence failed"));
    while (q.next())
        items << readEvidence(q);
    return items;
}

std::optional<EvidenceItem> Workspace::evidenceItem(qint64 id) const
{
    QSqlQuery q(d->db);
    q.prepare(evidenceSelect + QLatin1String(" WHERE e.id = ?"));
    bindValue(q, id);
    if (q.exec() && q.next())
        return readEvidence(q);
    return std::nullopt;
}

Expected<qint64> Workspace::addEvidenceFile(const QString &sourcePath, EvidenceItem meta,
                                            const QList<EvidenceLink> &links,
                                            const Progress &progress)
{
    const QFileInfo info(sourcePath);
    if (!info.isFile()) {
        return Error{info.exists() ? tr("This is not a regular file.")
                                   : tr("The evidence file does not exist."),
                     sourcePath, QString(), tr("Choose a file to add.")};
    }
    meta.kind = EvidenceItem::Kind::File;
    if (meta.title.trimmed().isEmpty())
        meta.title = info.fileName();
    Status valid = d->validateMeta(meta);
    if (!valid.ok())
        return valid.errors();
    for (const EvidenceLink &l : links) {
        Status known = d->checkItem(l.itemId);
        if (!known.ok())
            return known.errors();
    }
    meta.added = Clock::now().toUTC();
    meta.fileName = info.fileName();
    meta.version = 1;
    QList<EvidenceLink> stored;
    Status ok = d->transact(
        tr("Adding evidence failed"),
        [&]() -> Status {
            Expected<EvidenceStore::Blob> blob = d->store->storeFile(sourcePath, progress);
            if (!blob.ok())
                return blob.errors();
            meta.sha256 = blob->sha256;
            meta.size = blob->size;
            Expected<qint64> id = d->insertEvidence(meta);
            if (!id.ok())
                return id.errors();
            Status done = d->insertVersion(meta.id, 1, meta.fileName, blob->id, meta.added);
            if (!done.ok())
                return done;
            for (EvidenceLink l : links) {
                l.evidenceId = meta.id;
                stored << l;
            }
            done = d->insertLinks(meta.id, stored);
            if (!done.ok())
                return done;
            QJsonObject after = toJson(meta);
            after.insert(QStringLiteral("links"), toJsonArray(stored));
            return d->audit(QStringLiteral("evidence.add"),
                            QStringLiteral("evidence:%1").arg(meta.id), QJsonObject(), after);
        },
        Private::Sync::Later);
    if (!ok.ok())
        return ok.errors();
    Q_EMIT evidenceAdded(meta.id);
    if (!stored.isEmpty())
        Q_EMIT linksChanged(meta.id);
    return meta.id;
}

Expected<qint64> Workspace::addEvidenceLink(const QString &url, EvidenceItem meta,
                                            const QList<EvidenceLink> &links)
{
    if (url.trimmed().isEmpty()) {
        return Error{tr("A link needs a URL or a path."), m_path, QString(),
                     tr("Give the address of the document.")};
    }
    meta.kind = EvidenceItem::Kind::Link;
    meta.url = url.trimmed();
    if (meta.title.trimmed().isEmpty())
        meta.title = meta.url;
    return addWithoutContent(meta, links);
}

Expected<qint64> Workspace::addEvidenceStatement(const QString &statement, EvidenceItem meta,
                                                 const QList<EvidenceLink> &links)
{
    if (statement.trimmed().isEmpty()) {
        return Error{tr("A written statement cannot be empty."), m_path, QString(),
                     tr("Write the statement.")};
    }
    meta.kind = EvidenceItem::Kind::Statement;
    meta.statement = statement;
    if (meta.title.trimmed().isEmpty())
        meta.title = statement.simplified().left(60);
    return addWithoutContent(meta, links);
}

// Links and statements: evidence with no stored content, added in one transaction with its
// links and its audit row.
Expected<qint64> Workspace::addWithoutContent(EvidenceItem meta, const QList<EvidenceLink> &links)
{
    Status valid = d->validateMeta(meta);
    if (!valid.ok())
        return valid.errors();
    meta.added = Clock::now().toUTC();
    QList<EvidenceLink> stored;
    Status ok = d->transact(tr("Adding evidence failed"), [&]() -> Status {
        Expected<qint64> id = d->insertEvidence(meta);
        if (!id.ok())
            return id.errors();
        for (EvidenceLink l : links) {
            l.evidenceId = meta.id;
            stored << l;
        }
        Status done = d->insertLinks(meta.id, stored);
        if (!done.ok())
            return done;
        QJsonObject after = toJson(meta);
        after.insert(QStringLiteral("links"), toJsonArray(stored));
        return d->audit(QStringLiteral("evidence.add"), QStringLiteral("evidence:%1").arg(meta.id),
                        QJsonObject(), after);
    });
    if (!ok.ok())
        return ok.errors();
    Q_EMIT evidenceAdded(meta.id);
    if (!stored.isEmpty())
        Q_EMIT linksChanged(meta.id);
    return meta.id;
}

Status Workspace::updateEvidence(const EvidenceItem &item)
{
    const std::optional<EvidenceItem> before = evidenceItem(item.id);
    if (!before) {
        return Error{tr("There is no evidence item %1.").arg(item.id), m_path, QString(),
                     tr("List the evidence to see the ids.")};
    }
    EvidenceItem after = *before;
    after.title = item.title;
    after.description = item.description;
    after.owner = item.owner;
    after.documentDate = item.documentDate;
    after.coversFrom = item.coversFrom;
    after.coversTo = item.coversTo;
    after.reviewBy = item.reviewBy;
    if (after.kind == EvidenceItem::Kind::Link)
        after.url = item.url;
    if (after.kind == EvidenceItem::Kind::Statement)
        after.statement = item.statement;
    Status valid = d->validateMeta(after);
    if (!valid.ok())
        return valid;
    if (after == *before)
        return success();
    Status ok = d->transact(tr("Saving the evidence failed"), [&]() -> Status {
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("UPDATE evidence SET title = ?, description = ?, owner = ?, "
                                 "document_date = ?, covers_from = ?, covers_to = ?, "
                                 "review_by = ?, url = ?, statement = ? WHERE id = ?"));
        bindValue(q, after.title);
        bindValue(q, after.description);
        bindValue(q, after.owner);
        bindValue(q, dateValue(after.documentDate));
        bindValue(q, dateValue(after.coversFrom));
        bindValue(q, dateValue(after.coversTo));
        bindValue(q, dateValue(after.reviewBy));
        bindValue(q, after.kind == EvidenceItem::Kind::Link ? QVariant(after.url) : QVariant());
        bindValue(q, after.kind == EvidenceItem::Kind::Statement ? QVariant(after.statement)
                                                                 : QVariant());
        bindValue(q, after.id);
        Status done = d->exec(q, tr("Saving the evidence failed"));
        if (!done.ok())
            return done;
        return d->audit(QStringLiteral("evidence.update"),
                        QStringLiteral("evidence:%1").arg(after.id), toJson(*before),
                        toJson(after));
    });
    if (ok.ok())
        Q_EMIT evidenceChanged(item.id);
    return ok;
}

Status Workspace::replaceEvidenceFile(qint64 id, const QString &sourcePath,
                                      const Progress &progress)
{
    const std::optional<EvidenceItem> before = evidenceItem(id);
    if (!before) {
        return Error{tr("There is no evidence item %1.").arg(id), m_path, QString(),
                     tr("List the evidence to see the ids.")};
    }
    if (before->kind != EvidenceItem::Kind::File) {
        return Error{tr("Evidence item %1 is a %2, not a file; only files have versions.")
                         .arg(id)
                         .arg(evidenceKindToString(before->kind)),
                     m_path, QString(), tr("Edit the link or statement instead.")};
    }
    const QFileInfo info(sourcePath);
    if (!info.isFile()) {
        return Error{tr("The evidence file does not exist."), sourcePath, QString(),
                     tr("Choose a file to add.")};
    }
    bool changed = false;
    Status ok = d->transact(
        tr("Replacing the evidence file failed"),
        [&]() -> Status {
            Expected<EvidenceStore::Blob> blob = d->store->storeFile(sourcePath, progress);
            if (!blob.ok())
                return blob.errors();
            if (blob->sha256 == before->sha256 && info.fileName() == before->fileName)
                return success(); // the same file again: nothing to record
            changed = true;
            EvidenceItem after = *before;
            after.version = before->version + 1;
            after.fileName = info.fileName();
            after.sha256 = blob->sha256;
            after.size = blob->size;
            Status done =
                d->insertVersion(id, after.version, after.fileName, blob->id, Clock::now().toUTC());
            if (!done.ok())
                return done;
            return d->audit(QStringLiteral("evidence.replace"),
                            QStringLiteral("evidence:%1").arg(id), toJson(*before), toJson(after));
        },
        Private::Sync::Later);
    if (ok.ok() && changed)
        Q_EMIT evidenceChanged(id);
    return ok;
}

QList<EvidenceVersion> Workspace::versions(qint64 id) const
{
    QList<EvidenceVersion> list;
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT v.version, v.file_name, b.sha256, b.size, v.added, "
                             "v.added_by FROM evidence_version v JOIN blob b ON b.id = v.blob_id "
                             "WHERE v.evidence_id = ? ORDER BY v.version"));
    bindValue(q, id);
    q.exec();
    while (q.next()) {
        EvidenceVersion v;
        v.version = q.value(0).toInt();
        v.fileName = q.value(1).toString();
        v.sha256 = q.value(2).toString().toLatin1();
        v.size = q.value(3).toLongLong();
        v.added = toTime(q.value(4));
        v.addedBy = q.value(5).toString();
        list << v;
    }
    return list;
}

Status Workspace::removeEvidence(qint64 id)
{
    const std::optional<EvidenceItem> before = evidenceItem(id);
    if (!before) {
        return Error{tr("There is no evidence item %1.").arg(id), m_path, QString(),
                     tr("List the evidence to see the ids.")};
    }
    const QList<EvidenceLink> oldLinks = linksFor(id);
    Status ok = d->transact(tr("Removing the evidence failed"), [&]() -> Status {
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("DELETE FROM evidence WHERE id = ?"));
        bindValue(q, id);
        Status done = d->exec(q, tr("Removing the evidence failed"));
        if (!done.ok())
            return done;
        done = d->store->removeUnreferenced();
        if (!done.ok())
            return done;
        QJsonObject beforeJson = toJson(*before);
        beforeJson.insert(QStringLiteral("links"), toJsonArray(oldLinks));
        return d->audit(QStringLiteral("evidence.remove"), QStringLiteral("evidence:%1").arg(id),
                        beforeJson, QJsonObject());
    });
    if (ok.ok())
        Q_EMIT evidenceRemoved(id);
    return ok;
}

Status Workspace::exportEvidenceFile(qint64 id, const QString &outPath, int version) const
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT v.blob_id, v.version FROM evidence_version v WHERE "
                             "v.evidence_id = ? ORDER BY v.version DESC"));
    bindValue(q, id);
    q.exec();
    qint64 blobId = 0;
    bool any = false;
    while (q.next()) {
        any = true;
        if (version == 0 || q.value(1).toInt() == version) {
            blobId = q.value(0).toLongLong();
            break;
        }
    }
    q.finish();
    if (blobId == 0) {
        return Error{any ? tr("Evidence item %1 has no version %2.").arg(id).arg(version)
                         : tr("There is no file evidence item %1.").arg(id),
                     m_path, QString(), tr("List the evidence and its versions to see the ids.")};
    }
    const std::optional<EvidenceStore::Blob> blob = d->store->blob(blobId);
    if (!blob) {
        return Error{tr("The content of evidence item %1 is missing.").arg(id), m_path, QString(),
                     tr("Check the workspace (use Workspace > Check integrity in the window, or "
                        "seqohs-tracker-cli integrity) "
                        "and restore the workspace from a backup.")};
    }
    return d->store->exportTo(*blob, outPath);
}

// Undo of a removal: the record is read with every statement checked, because a record that
// silently missed a version or a link would make the undo quietly unfaithful.
Expected<RemovedEvidence> Workspace::removeEvidenceKept(qint64 id, const QString &keepFolder)
{
    const std::optional<EvidenceItem> item = evidenceItem(id);
    if (!item) {
        return Error{tr("There is no evidence item %1.").arg(id), m_path, QString(),
                     tr("List the evidence to see the ids.")};
    }
    const QString what = tr("Reading the evidence to remove failed");
    RemovedEvidence removed;
    removed.item = *item;
    QSqlQuery v(d->db);
    v.prepare(QStringLiteral("SELECT v.version, v.file_name, b.sha256, b.size, v.added, "
                             "v.added_by FROM evidence_version v JOIN blob b ON b.id = v.blob_id "
                             "WHERE v.evidence_id = ? ORDER BY v.version"));
    bindValue(v, id);
    if (Status read = d->exec(v, what); !read.ok())
        return read.errors();
    while (v.next()) {
        EvidenceVersion ev;
        ev.version = v.value(0).toInt();
        ev.fileName = v.value(1).toString();
        ev.sha256 = v.value(2).toString().toLatin1();
        ev.size = v.value(3).toLongLong();
        ev.added = toTime(v.value(4));
        ev.addedBy = v.value(5).toString();
        removed.versions << ev;
    }
    v.finish();
    if (item->kind == EvidenceItem::Kind::File &&
        (removed.versions.isEmpty() || removed.versions.last().version != item->version)) {
        return Error{
            tr("%1: the versions of evidence item %2 could not all be read.").arg(what).arg(id),
            m_path, QString(),
            tr("Nothing was removed. Check the workspace (Workspace > Check integrity).")};
    }
    QSqlQuery l(d->db);
    l.prepare(QStringLiteral("SELECT evidence_id, item_id, note FROM evidence_link "
                             "WHERE evidence_id = ? ORDER BY item_id"));
    bindValue(l, id);
    if (Status read = d->exec(l, what); !read.ok())
        return read.errors();
    while (l.next())
        removed.links << EvidenceLink{l.value(0).toLongLong(), l.value(1).toString(),
                                      l.value(2).toString()};
    l.finish();
    for (const EvidenceVersion &ev : std::as_const(removed.versions)) {
        if (removed.content.contains(ev.sha256))
            continue;
        const QString file = QDir(keepFolder).filePath(QString::fromLatin1(ev.sha256));
        Status kept = exportEvidenceFile(id, file, ev.version);
        if (!kept.ok())
            return kept.errors();
        removed.content.insert(ev.sha256, file);
    }
    Status gone = removeEvidence(id);
    if (!gone.ok())
        return gone.errors();
    return removed;
}

Status Workspace::restoreEvidence(const RemovedEvidence &removed)
{
    const EvidenceItem &item = removed.item;
    if (evidenceItem(item.id)) {
        return Error{tr("Evidence item %1 cannot be put back: the id is in use.").arg(item.id),
                     m_path, QString(), tr("Undo the later additions first.")};
    }
    Status valid = d->validateMeta(item);
    if (!valid.ok())
        return valid;
    for (const EvidenceLink &l : removed.links) {
        Status known = d->checkItem(l.itemId);
        if (!known.ok())
            return known;
    }
    const QString what = tr("Restoring the evidence failed");
    Status ok = d->transact(what, [&]() -> Status {
        QHash<QByteArray, qint64> blobIds;
        for (auto it = removed.content.cbegin(); it != removed.content.cend(); ++it) {
            Expected<EvidenceStore::Blob> blob = d->store->storeFile(it.value());
            if (!blob.ok())
                return blob.errors();
            if (blob->sha256 != it.key()) {
                return Error{tr("%1: the kept copy of its content has changed.").arg(what),
                             it.value(), QString(), tr("The evidence cannot be put back.")};
            }
            blobIds.insert(it.key(), blob->id);
        }
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral(
            "INSERT INTO evidence (id, kind, title, description, owner, document_date, "
            "covers_from, covers_to, review_by, added, url, statement) VALUES (?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?)"));
        bindValue(q, item.id);
        bindValue(q, evidenceKindToString(item.kind));
        bindValue(q, item.title);
        bindValue(q, item.description);
        bindValue(q, item.owner);
        bindValue(q, dateValue(item.documentDate));
        bindValue(q, dateValue(item.coversFrom));
        bindValue(q, dateValue(item.coversTo));
        bindValue(q, dateValue(item.reviewBy));
        bindValue(q, timeValue(item.added));
        bindValue(q, item.kind == EvidenceItem::Kind::Link ? QVariant(item.url) : QVariant());
        bindValue(q, item.kind == EvidenceItem::Kind::Statement ? QVariant(item.statement)
                                                                : QVariant());
        Status done = d->exec(q, what);
        if (!done.ok())
            return done;
        for (const EvidenceVersion &ev : removed.versions) {
            if (!blobIds.contains(ev.sha256)) {
                return Error{
                    tr("%1: the content of version %2 was not kept.").arg(what).arg(ev.version),
                    m_path, QString(), tr("The evidence cannot be put back.")};
            }
            QSqlQuery vq(d->db);
            vq.prepare(QStringLiteral("INSERT INTO evidence_version (evidence_id, version, "
                                      "file_name, blob_id, added, added_by) VALUES (?, ?, ?, ?, "
                                      "?, ?)"));
            bindValue(vq, item.id);
            bindValue(vq, ev.version);
            bindValue(vq, ev.fileName);
            bindValue(vq, blobIds.value(ev.sha256));
            bindValue(vq, timeValue(ev.added));
            bindValue(vq, ev.addedBy);
            done = d->exec(vq, what);
            if (!done.ok())
                return done;
        }
        done = d->insertLinks(item.id, removed.links);
        if (!done.ok())
            return done;
        QJsonObject after = toJson(item);
        after.insert(QStringLiteral("links"), toJsonArray(removed.links));
        after.insert(QStringLiteral("versions"), int(removed.versions.size()));
        return d->audit(QStringLiteral("evidence.restore"),
                        QStringLiteral("evidence:%1").arg(item.id), QJsonObject(), after);
    });
    if (!ok.ok())
        return ok;
    Q_EMIT evidenceAdded(item.id);
    if (!removed.links.isEmpty())
        Q_EMIT linksChanged(item.id);
    return ok;
}

// ---- links -------------------------------------------------------------------------------

QList<EvidenceLink> Workspace::links() const
{
    QList<EvidenceLink> list;
    QSqlQuery q(d->db);
    if (!q.exec(QStringLiteral("SELECT evidence_id, item_id, note FROM evidence_link "
                               "ORDER BY evidence_id, item_id")))
        reportReadFailure(q, tr("Reading the evidence links failed"));
    while (q.next())
        list << EvidenceLink{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    return list;
}

QList<EvidenceLink> Workspace::linksFor(qint64 evidenceId) const
{
    QList<EvidenceLink> list;
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT evidence_id, item_id, note FROM evidence_link "
                             "WHERE evidence_id = ? ORDER BY item_id"));
    bindValue(q, evidenceId);
    q.exec();
    while (q.next())
        list << EvidenceLink{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    return list;
}

Status Workspace::link(const EvidenceLink &l)
{
    if (!evidenceItem(l.evidenceId)) {
        return Error{tr("There is no evidence item %1.").arg(l.evidenceId), m_path, QString(),
                     tr("List the evidence to see the ids.")};
    }
    Status known = d->checkItem(l.itemId);
    if (!known.ok())
        return known;
    QJsonObject before;
    for (const EvidenceLink &existing : linksFor(l.evidenceId)) {
        if (existing.itemId == l.itemId) {
            if (existing == l)
                return success();
            before = toJson(existing);
        }
    }
    Status ok = d->transact(tr("Linking evidence failed"), [&]() -> Status {
        Status done = d->insertLinks(l.evidenceId, {l});
        if (!done.ok())
            return done;
        return d->audit(QStringLiteral("link.set"), QStringLiteral("evidence:%1").arg(l.evidenceId),
                        before, toJson(l));
    });
    if (ok.ok())
        Q_EMIT linksChanged(l.evidenceId);
    return ok;
}

Status Workspace::unlink(qint64 evidenceId, const QString &itemId)
{
    std::optional<EvidenceLink> before;
    for (const EvidenceLink &existing : linksFor(evidenceId)) {
        if (existing.itemId == itemId)
            before = existing;
    }
    if (!before) {
        return Error{tr("Evidence item %1 is not linked to '%2'.").arg(evidenceId).arg(itemId),
                     m_path, QString(), tr("List the evidence to see its links.")};
    }
    Status ok = d->transact(tr("Unlinking evidence failed"), [&]() -> Status {
        QSqlQuery q(d->db);
        q.prepare(
            QStringLiteral("DELETE FROM evidence_link WHERE evidence_id = ? AND item_id = ?"));
        bindValue(q, evidenceId);
        bindValue(q, itemId);
        Status done = d->exec(q, tr("Unlinking evidence failed"));
        if (!done.ok())
            return done;
        return d->audit(QStringLiteral("link.remove"),
                        QStringLiteral("evidence:%1").arg(evidenceId), toJson(*before),
                        QJsonObject());
    });
    if (ok.ok())
        Q_EMIT linksChanged(evidenceId);
    return ok;
}

// ---- actions -----------------------------------------------------------------------------

namespace {
const QLatin1String
    actionSelect("SELECT id, text, item_id, owner, due, status, completed, source FROM action");

Action readAction(const QSqlQuery &q)
{
    Action a;
    a.id = q.value(0).toLongLong();
    a.text = q.value(1).toString();
    a.itemId = q.value(2).toString();
    a.owner = q.value(3).toString();
    a.due = toDate(q.value(4));
    a.status = actionStatusFromString(q.value(5).toString()).value_or(Action::Status::Open);
    a.completed = toDate(q.value(6));
    a.source = q.value(7).toString();
    return a;
}
} // namespace

QList<Action> Workspace::actions() const
{
    QList<Action> list;
    QSqlQuery q(d->db);
    if (!q.exec(actionSelect + QLatin1String(" ORDER BY id")))
        reportReadFailure(q, tr("Reading the actions failed"));
    while (q.next())
        list << readAction(q);
    return list;
}

std::optional<Action> Workspace::action(qint64 id) const
{
    QSqlQuery q(d->db);
    q.prepare(actionSelect + QLatin1String(" WHERE id = ?"));
    bindValue(q, id);
    if (q.exec() && q.next())
        return readAction(q);
    return std::nullopt;
}

namespace {
Status validateAction(const Action &a, const QString &path)
{
    if (a.text.trimmed().isEmpty()) {
        return Error{QCoreApplication::translate("seqohs", "An action needs a text."), path,
                     QString(), QCoreApplication::translate("seqohs", "Say what is to be done.")};
    }
    return success();
}
} // namespace

Expected<qint64> Workspace::addAction(Action a)
{
    Status valid = validateAction(a, m_path);
    if (!valid.ok())
        return valid.errors();
    if (!a.itemId.isEmpty()) {
        Status known = d->checkItem(a.itemId);
        if (!known.ok())
            return known.errors();
    }
    if (a.status == Action::Status::Done && !a.completed.isValid())
        a.completed = Clock::today();
    Status ok = d->transact(tr("Adding the action failed"), [&]() -> Status {
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("INSERT INTO action (text, item_id, owner, due, status, "
                                 "completed, source) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        bindValue(q, a.text);
        bindValue(q, a.itemId);
        bindValue(q, a.owner);
        bindValue(q, dateValue(a.due));
        bindValue(q, actionStatusToString(a.status));
        bindValue(q, dateValue(a.completed));
        bindValue(q, a.source);
        Status done = d->exec(q, tr("Adding the action failed"));
        if (!done.ok())
            return done;
        a.id = q.lastInsertId().toLongLong();
        return d->audit(QStringLiteral("action.add"), QStringLiteral("action:%1").arg(a.id),
                        QJsonObject(), toJson(a));
    });
    if (!ok.ok())
        return ok.errors();
    Q_EMIT actionAdded(a.id);
    return a.id;
}

Status Workspace::restoreAction(const Action &a)
{
    if (action(a.id)) {
        return Error{tr("Action %1 cannot be put back: the id is in use.").arg(a.id), m_path,
                     QString(), tr("Undo the later additions first.")};
    }
    Status valid = validateAction(a, m_path);
    if (!valid.ok())
        return valid;
    if (!a.itemId.isEmpty()) {
        Status known = d->checkItem(a.itemId);
        if (!known.ok())
            return known;
    }
    Status ok = d->transact(tr("Restoring the action failed"), [&]() -> Status {
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("INSERT INTO action (id, text, item_id, owner, due, status, "
                                 "completed, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        bindValue(q, a.id);
        bindValue(q, a.text);
        bindValue(q, a.itemId);
        bindValue(q, a.owner);
        bindValue(q, dateValue(a.due));
        bindValue(q, actionStatusToString(a.status));
        bindValue(q, dateValue(a.completed));
        bindValue(q, a.source);
        Status done = d->exec(q, tr("Restoring the action failed"));
        if (!done.ok())
            return done;
        return d->audit(QStringLiteral("action.restore"), QStringLiteral("action:%1").arg(a.id),
                        QJsonObject(), toJson(a));
    });
    if (ok.ok())
        Q_EMIT actionAdded(a.id);
    return ok;
}

Status Workspace::updateAction(const Action &given)
{
    const std::optional<Action> before = action(given.id);
    if (!before) {
        return Error{tr("There is no action %1.").arg(given.id), m_path, QString(),
                     tr("List the actions to see the ids.")};
    }
    Status valid = validateAction(given, m_path);
    if (!valid.ok())
        return valid;
    if (!given.itemId.isEmpty()) {
        Status known = d->checkItem(given.itemId);
        if (!known.ok())
            return known;
    }
    Action a = given;
    if (a.status == Action::Status::Done && !a.completed.isValid())
        a.completed = Clock::today();
    if (a.status != Action::Status::Done)
        a.completed = QDate();
    if (a == *before)
        return success();
    Status ok = d->transact(tr("Saving the action failed"), [&]() -> Status {
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("UPDATE action SET text = ?, item_id = ?, owner = ?, due = ?, "
                                 "status = ?, completed = ?, source = ? WHERE id = ?"));
        bindValue(q, a.text);
        bindValue(q, a.itemId);
        bindValue(q, a.owner);
        bindValue(q, dateValue(a.due));
        bindValue(q, actionStatusToString(a.status));
        bindValue(q, dateValue(a.completed));
        bindValue(q, a.source);
        bindValue(q, a.id);
        Status done = d->exec(q, tr("Saving the action failed"));
        if (!done.ok())
            return done;
        return d->audit(QStringLiteral("action.update"), QStringLiteral("action:%1").arg(a.id),
                        toJson(*before), toJson(a));
    });
    if (ok.ok())
        Q_EMIT actionChanged(a.id);
    return ok;
}

Status Workspace::removeAction(qint64 id)
{
    const std::optional<Action> before = action(id);
    if (!before) {
        return Error{tr("There is no action %1.").arg(id), m_path, QString(),
                     tr("List the actions to see the ids.")};
    }
    Status ok = d->transact(tr("Removing the action failed"), [&]() -> Status {
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("DELETE FROM action WHERE id = ?"));
        bindValue(q, id);
        Status done = d->exec(q, tr("Removing the action failed"));
        if (!done.ok())
            return done;
        return d->audit(QStringLiteral("action.remove"), QStringLiteral("action:%1").arg(id),
                        toJson(*before), QJsonObject());
    });
    if (ok.ok())
        Q_EMIT actionRemoved(id);
    return ok;
}

// ---- snapshots and meta ------------------------------------------------------------------

Status Workspace::saveSnapshot(const QString &name, const QByteArray &json)
{
    if (name.trimmed().isEmpty()) {
        return Error{tr("A snapshot needs a name."), m_path, QString(),
                     tr("Name it, e.g. \"Annual return 2026\".")};
    }
    for (const SnapshotInfo &s : snapshots()) {
        if (s.name == name) {
            return Error{tr("A snapshot named '%1' exists already.").arg(name), m_path, QString(),
                         tr("Choose another name.")};
        }
    }
    Status ok = d->transact(tr("Saving the snapshot failed"), [&]() -> Status {
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("INSERT INTO snapshot (name, created, json) VALUES (?, ?, ?)"));
        bindValue(q, name);
        bindValue(q, timeValue(Clock::now()));
        bindValue(q, json);
        Status done = d->exec(q, tr("Saving the snapshot failed"));
        if (!done.ok())
            return done;
        return d->audit(
            QStringLiteral("snapshot.save"), QStringLiteral("snapshot:") + name, QJsonObject(),
            QJsonObject{{QStringLiteral("name"), name},
                        {QStringLiteral("sha256"), QString::fromLatin1(Sha256::hexHash(json))}});
    });
    if (ok.ok())
        Q_EMIT snapshotsChanged();
    return ok;
}

QList<SnapshotInfo> Workspace::snapshots() const
{
    QList<SnapshotInfo> list;
    QSqlQuery q(d->db);
    q.exec(
        QStringLiteral("SELECT name, created, length(json) FROM snapshot ORDER BY created, name"));
    while (q.next())
        list << SnapshotInfo{q.value(0).toString(), toTime(q.value(1)), q.value(2).toLongLong()};
    return list;
}

Expected<QByteArray> Workspace::snapshot(const QString &name) const
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT json FROM snapshot WHERE name = ?"));
    bindValue(q, name);
    if (q.exec() && q.next())
        return q.value(0).toByteArray();
    return Error{tr("There is no snapshot named '%1'.").arg(name), m_path, QString(),
                 tr("List the snapshots to see their names.")};
}

Status Workspace::removeSnapshot(const QString &name)
{
    Expected<QByteArray> existing = snapshot(name);
    if (!existing.ok())
        return existing.errors();
    Status ok = d->transact(tr("Removing the snapshot failed"), [&]() -> Status {
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("DELETE FROM snapshot WHERE name = ?"));
        bindValue(q, name);
        Status done = d->exec(q, tr("Removing the snapshot failed"));
        if (!done.ok())
            return done;
        return d->audit(QStringLiteral("snapshot.remove"), QStringLiteral("snapshot:") + name,
                        QJsonObject{{QStringLiteral("name"), name},
                                    {QStringLiteral("sha256"),
                                     QString::fromLatin1(Sha256::hexHash(*existing))}},
                        QJsonObject());
    });
    if (ok.ok())
        Q_EMIT snapshotsChanged();
    return ok;
}

QVariant Workspace::metaValue(const QString &key) const
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    bindValue(q, key);
    if (q.exec() && q.next())
        return q.value(0);
    return QVariant();
}

Status Workspace::setMetaValue(const QString &key, const QString &value)
{
    if (key.isEmpty() || key.startsWith(QLatin1String("workspace."))) {
        return Error{tr("The setting name '%1' is reserved.").arg(key), m_path, QString(),
                     tr("Use a name that does not start with \"workspace.\".")};
    }
    const QVariant before = metaValue(key);
    if (!before.isNull() && before.toString() == value)
        return success();
    return d->transact(tr("Saving a setting failed"), [&]() -> Status {
        Status done = d->setMeta(key, value);
        if (!done.ok())
            return done;
        return d->audit(QStringLiteral("meta.set"), QStringLiteral("meta:") + key,
                        before.isNull() ? QJsonObject()
                                        : QJsonObject{{QStringLiteral("value"), before.toString()}},
                        QJsonObject{{QStringLiteral("value"), value}});
    });
}

// ---- audit and integrity -----------------------------------------------------------------

// ---- moving to another standards set -----------------------------------------------------

namespace {

QByteArray sourcesJson(const QList<Reconfirmation::Source> &sources)
{
    QJsonArray array;
    for (const Reconfirmation::Source &s : sources) {
        array.append(QJsonObject{{QStringLiteral("itemId"), s.itemId},
                                 {QStringLiteral("code"), s.code},
                                 {QStringLiteral("relation"), s.relation},
                                 {QStringLiteral("result"), s.result}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<Reconfirmation::Source> sourcesFromJson(const QString &json)
{
    QList<Reconfirmation::Source> sources;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        sources << Reconfirmation::Source{o.value(QStringLiteral("itemId")).toString(),
                                          o.value(QStringLiteral("code")).toString(),
                                          o.value(QStringLiteral("relation")).toString(),
                                          o.value(QStringLiteral("result")).toString()};
    }
    return sources;
}

const QLatin1String reconfirmationSelect(
    "SELECT item_id, history_id, reason, suggested_result, sources, flagged FROM reconfirmation");

Reconfirmation readReconfirmation(const QSqlQuery &q)
{
    Reconfirmation r;
    r.itemId = q.value(0).toString();
    r.historyId = q.value(1).toLongLong();
    r.reason = q.value(2).toString();
    r.suggestedResult = q.value(3).toString();
    r.sources = sourcesFromJson(q.value(4).toString());
    r.flagged = toTime(q.value(5));
    return r;
}

} // namespace

qint64 Workspace::auditCount() const
{
    return d->meta(KeyAuditCount).toLongLong();
}

Status Workspace::moveToSet(const StandardsSet &target, const MoveRecord &changes)
{
    Status ok = d->writable();
    if (!ok.ok())
        return ok;
    const QString replan = tr("Plan the move again and check the preview before applying it.");
    if (changes.fromSetId != m_set.id || changes.fromContentHash != m_setHash) {
        return Error{tr("The move was planned for the standards set '%1', but the workspace "
                        "follows '%2'.")
                         .arg(changes.fromSetId, m_set.id),
                     m_path, QString(), replan};
    }
    if (changes.auditCount != auditCount()) {
        return Error{tr("The workspace has changed since the move was planned."), m_path, QString(),
                     replan};
    }
    if (target.id.trimmed().isEmpty() || target.assessables().isEmpty()) {
        return Error{tr("The standards set to move to has no id or nothing to assess."), m_path,
                     QString(), tr("Load a valid standards set.")};
    }

    // Check everything before the transaction, so a bad record changes nothing and says why.
    QSet<QString> targetIds;
    for (const AssessableItem &item : target.assessables())
        targetIds.insert(item.id);
    const auto unknownItem = [&](const QString &itemId, const QString &where) {
        return Error{tr("The move names '%1', which the standards set '%2' does not have.")
                         .arg(itemId, target.id),
                     m_path, where, replan};
    };
    QSet<QString> seen;
    for (const Assessment &a : changes.assessments) {
        if (!targetIds.contains(a.itemId))
            return unknownItem(a.itemId, QStringLiteral("assessments"));
        if (seen.contains(a.itemId)) {
            return Error{tr("The move assesses '%1' twice.").arg(a.itemId), m_path, QString(),
                         replan};
        }
        seen.insert(a.itemId);
        if (a.result == AssessmentResult::NotApplicable && a.justification.trimmed().isEmpty()) {
            return Error{
                tr("The move marks '%1' not applicable without a justification.").arg(a.itemId),
                m_path, QString(), replan};
        }
    }
    QSet<qint64> evidenceIds;
    for (const EvidenceItem &e : evidence())
        evidenceIds.insert(e.id);
    QSet<QPair<qint64, QString>> linkKeys;
    for (const EvidenceLink &l : changes.links) {
        if (!targetIds.contains(l.itemId))
            return unknownItem(l.itemId, QStringLiteral("links"));
        if (!evidenceIds.contains(l.evidenceId)) {
            return Error{
                tr("The move links evidence item %1, which does not exist.").arg(l.evidenceId),
                m_path, QString(), replan};
        }
        if (linkKeys.contains({l.evidenceId, l.itemId})) {
            return Error{tr("The move links evidence item %1 to '%2' twice.")
                             .arg(l.evidenceId)
                             .arg(l.itemId),
                         m_path, QString(), replan};
        }
        linkKeys.insert({l.evidenceId, l.itemId});
    }
    QSet<qint64> actionIds;
    for (const Action &a : actions())
        actionIds.insert(a.id);
    for (const MoveRecord::ActionMove &m : changes.actionMoves) {
        if (!actionIds.contains(m.actionId)) {
            return Error{tr("The move re-points action %1, which does not exist.").arg(m.actionId),
                         m_path, QString(), replan};
        }
        if (!m.itemId.isEmpty() && !targetIds.contains(m.itemId))
            return unknownItem(m.itemId, QStringLiteral("actions"));
    }
    for (const Action &a : changes.newActions) {
        if (a.text.trimmed().isEmpty() || (!a.itemId.isEmpty() && !targetIds.contains(a.itemId)))
            return unknownItem(a.itemId, QStringLiteral("actions"));
    }
    for (const Reconfirmation &r : changes.reconfirmations) {
        if (!targetIds.contains(r.itemId))
            return unknownItem(r.itemId, QStringLiteral("reconfirmations"));
    }

    const qsizetype linksBefore = links().size();
    const qsizetype assessmentsBefore = assessments().size();
    const QString now = Clock::now().toUTC().toString(Qt::ISODateWithMs);
    const QByteArray targetJson = StandardsFormat::write(target);
    const QString targetHash = QString::fromLatin1(StandardsFormat::contentHash(target));
    qint64 historyId = 0;
    const QString what = tr("Moving the workspace to another standards set failed");

    ok = d->transact(what, [&]() -> Status {
        QSqlQuery h(d->db);
        h.prepare(QStringLiteral(
            "INSERT INTO set_history (set_id, version, title, content_hash, json, replaced, "
            "replaced_by, crosswalk_id) SELECT set_id, version, ?, content_hash, json, ?, ?, ? "
            "FROM standards_set WHERE id = 1"));
        bindValue(h, m_set.title);
        bindValue(h, now);
        bindValue(h, target.id);
        bindValue(h, changes.crosswalkId);
        Status done = d->exec(h, what);
        if (!done.ok())
            return done;
        historyId = h.lastInsertId().toLongLong();

        const auto run = [&](const QString &sql, const QVariantList &values) -> Status {
            QSqlQuery q(d->db);
            q.prepare(sql);
            for (const QVariant &v : values)
                bindValue(q, v);
            return d->exec(q, what);
        };
        const QString archive[] = {
            QStringLiteral("INSERT INTO archived_assessment (history_id, item_id, result, "
                           "workflow, narrative, justification, owner, last_reviewed) SELECT ?, "
                           "item_id, result, workflow, narrative, justification, owner, "
                           "last_reviewed FROM assessment"),
            QStringLiteral("INSERT INTO archived_link (history_id, evidence_id, item_id, note) "
                           "SELECT ?, evidence_id, item_id, note FROM evidence_link"),
            QStringLiteral("INSERT INTO archived_action (history_id, action_id, item_id) "
                           "SELECT ?, id, item_id FROM action WHERE item_id <> ''")};
        for (const QString &sql : archive) {
            done = run(sql, {historyId});
            if (!done.ok())
                return done;
        }
        // The archive must hold every link and assessment before the current ones go.
        QSqlQuery count(d->db);
        count.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM archived_link WHERE "
                                     "history_id = ?), (SELECT COUNT(*) FROM archived_assessment "
                                     "WHERE history_id = ?)"));
        bindValue(count, historyId);
        bindValue(count, historyId);
        if (!count.exec() || !count.next() || count.value(0).toLongLong() != linksBefore ||
            count.value(1).toLongLong() != assessmentsBefore) {
            return Error{tr("The old assessments and links could not all be kept."), m_path,
                         QString(),
                         tr("Nothing was changed. Check the workspace (use Workspace > Check "
                            "integrity in the window, or "
                            "seqohs-tracker-cli integrity).")};
        }
        for (const char *table : {"assessment", "evidence_link", "reconfirmation"}) {
            done = run(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)), {});
            if (!done.ok())
                return done;
        }
        for (const Assessment &a : changes.assessments) {
            done = run(QStringLiteral("INSERT INTO assessment (item_id, result, workflow, "
                                      "narrative, justification, owner, last_reviewed) VALUES "
                                      "(?, ?, ?, ?, ?, ?, ?)"),
                       {a.itemId, resultToString(a.result), workflowToString(a.workflow),
                        a.narrative, a.justification, a.owner, timeValue(a.lastReviewed)});
            if (!done.ok())
                return done;
        }
        for (const EvidenceLink &l : changes.links) {
            done = run(QStringLiteral("INSERT INTO evidence_link (evidence_id, item_id, note) "
                                      "VALUES (?, ?, ?)"),
                       {l.evidenceId, l.itemId, l.note});
            if (!done.ok())
                return done;
        }
        for (const MoveRecord::ActionMove &m : changes.actionMoves) {
            done = run(QStringLiteral("UPDATE action SET item_id = ? WHERE id = ?"),
                       {m.itemId, m.actionId});
            if (!done.ok())
                return done;
        }
        for (const Action &a : changes.newActions) {
            done = run(QStringLiteral("INSERT INTO action (text, item_id, owner, due, status, "
                                      "completed, source) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {a.text, a.itemId, a.owner, dateValue(a.due), actionStatusToString(a.status),
                        dateValue(a.completed), a.source});
            if (!done.ok())
                return done;
        }
        for (const Reconfirmation &r : changes.reconfirmations) {
            done = run(QStringLiteral("INSERT INTO reconfirmation (item_id, history_id, reason, "
                                      "suggested_result, sources, flagged) VALUES "
                                      "(?, ?, ?, ?, ?, ?)"),
                       {r.itemId, historyId, r.reason, r.suggestedResult,
                        QString::fromUtf8(sourcesJson(r.sources)), now});
            if (!done.ok())
                return done;
        }
        done = run(QStringLiteral("UPDATE standards_set SET set_id = ?, version = ?, "
                                  "content_hash = ?, json = ? WHERE id = 1"),
                   {target.id, target.version, targetHash, targetJson});
        if (!done.ok())
            return done;
        const QJsonObject before{{QStringLiteral("standardsSet"), m_set.id},
                                 {QStringLiteral("standardsVersion"), m_set.version},
                                 {QStringLiteral("standardsHash"), m_setHash},
                                 {QStringLiteral("assessments"), assessmentsBefore},
                                 {QStringLiteral("links"), linksBefore}};
        const QJsonObject after{
            {QStringLiteral("standardsSet"), target.id},
            {QStringLiteral("standardsVersion"), target.version},
            {QStringLiteral("standardsHash"), targetHash},
            {QStringLiteral("crosswalk"), changes.crosswalkId},
            {QStringLiteral("snapshot"), changes.snapshotName},
            {QStringLiteral("history"), historyId},
            {QStringLiteral("assessments"), changes.assessments.size()},
            {QStringLiteral("links"), changes.links.size()},
            {QStringLiteral("reconfirm"), changes.reconfirmations.size()},
            {QStringLiteral("plan"), QJsonDocument::fromJson(changes.summaryJson).object()}};
        return d->audit(QStringLiteral("set.move"), QStringLiteral("standards-set"), before, after);
    });
    if (!ok.ok())
        return ok;
    m_set = target;
    m_setHash = targetHash;
    d->itemIds = targetIds;
    Q_EMIT standardsSetChanged();
    Q_EMIT reconfirmationsChanged();
    return ok;
}

QList<SetHistoryEntry> Workspace::setHistory() const
{
    QList<SetHistoryEntry> list;
    QSqlQuery q(d->db);
    q.exec(QStringLiteral("SELECT id, set_id, version, title, content_hash, replaced, "
                          "replaced_by, crosswalk_id FROM set_history ORDER BY id"));
    while (q.next()) {
        list << SetHistoryEntry{q.value(0).toLongLong(), q.value(1).toString(),
                                q.value(2).toString(),   q.value(3).toString(),
                                q.value(4).toString(),   toTime(q.value(5)),
                                q.value(6).toString(),   q.value(7).toString()};
    }
    return list;
}

Expected<StandardsSet> Workspace::historicSet(qint64 historyId) const
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT json FROM set_history WHERE id = ?"));
    bindValue(q, historyId);
    if (!q.exec() || !q.next()) {
        return Error{tr("The workspace has no earlier standards set numbered %1.").arg(historyId),
                     m_path, QString(), tr("List the set history to see the numbers.")};
    }
    return StandardsFormat::read(q.value(0).toByteArray(), m_path);
}

QHash<QString, Assessment> Workspace::archivedAssessments(qint64 historyId) const
{
    QHash<QString, Assessment> all;
    QSqlQuery q(d->db);
    q.prepare(QLatin1String("SELECT ") + assessmentColumns +
              QLatin1String(" FROM archived_assessment WHERE history_id = ?"));
    bindValue(q, historyId);
    q.exec();
    while (q.next()) {
        Assessment a = readAssessment(q);
        all.insert(a.itemId, a);
    }
    return all;
}

QList<EvidenceLink> Workspace::archivedLinks(qint64 historyId) const
{
    QList<EvidenceLink> list;
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT evidence_id, item_id, note FROM archived_link "
                             "WHERE history_id = ? ORDER BY evidence_id, item_id"));
    bindValue(q, historyId);
    q.exec();
    while (q.next())
        list << EvidenceLink{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    return list;
}

QHash<qint64, QString> Workspace::archivedActionItems(qint64 historyId) const
{
    QHash<qint64, QString> items;
    QSqlQuery q(d->db);
    q.prepare(
        QStringLiteral("SELECT action_id, item_id FROM archived_action WHERE history_id = ?"));
    bindValue(q, historyId);
    q.exec();
    while (q.next())
        items.insert(q.value(0).toLongLong(), q.value(1).toString());
    return items;
}

QList<Reconfirmation> Workspace::reconfirmations() const
{
    QList<Reconfirmation> list;
    QSqlQuery q(d->db);
    q.exec(reconfirmationSelect + QLatin1String(" ORDER BY item_id"));
    while (q.next())
        list << readReconfirmation(q);
    return list;
}

std::optional<Reconfirmation> Workspace::reconfirmation(const QString &itemId) const
{
    QSqlQuery q(d->db);
    q.prepare(reconfirmationSelect + QLatin1String(" WHERE item_id = ?"));
    bindValue(q, itemId);
    if (q.exec() && q.next())
        return readReconfirmation(q);
    return std::nullopt;
}

QSet<QString> Workspace::itemsNeedingReconfirmation() const
{
    QSet<QString> ids;
    QSqlQuery q(d->db);
    q.exec(QStringLiteral("SELECT item_id FROM reconfirmation"));
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

Status Workspace::confirmItem(const QString &itemId)
{
    const std::optional<Reconfirmation> flag = reconfirmation(itemId);
    if (!flag) {
        return Error{tr("'%1' does not need re-confirmation.").arg(itemId), m_path, QString(),
                     tr("List the items that do with 'reconfirm list'.")};
    }
    const Assessment current = assessment(itemId);
    Status ok = d->transact(tr("Confirming the item failed"), [&]() -> Status {
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("DELETE FROM reconfirmation WHERE item_id = ?"));
        bindValue(q, itemId);
        Status done = d->exec(q, tr("Confirming the item failed"));
        if (!done.ok())
            return done;
        return d->audit(QStringLiteral("reconfirm.done"), QStringLiteral("item:") + itemId,
                        QJsonObject{{QStringLiteral("reason"), flag->reason},
                                    {QStringLiteral("sources"),
                                     QJsonDocument::fromJson(sourcesJson(flag->sources)).array()}},
                        QJsonObject{{QStringLiteral("result"), resultToString(current.result)}});
    });
    if (ok.ok())
        Q_EMIT reconfirmationsChanged();
    return ok;
}

Status Workspace::restoreReconfirmation(const Reconfirmation &flag)
{
    if (!m_set.findAssessable(flag.itemId)) {
        return Error{tr("'%1' is not an item of this standards set.").arg(flag.itemId), m_path,
                     QString(), QString()};
    }
    if (reconfirmation(flag.itemId)) {
        return Error{tr("'%1' already needs re-confirmation.").arg(flag.itemId), m_path, QString(),
                     QString()};
    }
    Status ok = d->transact(tr("Restoring the re-confirmation failed"), [&]() -> Status {
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("INSERT INTO reconfirmation (item_id, history_id, reason, "
                                 "suggested_result, sources, flagged) VALUES (?, ?, ?, ?, ?, ?)"));
        bindValue(q, flag.itemId);
        bindValue(q, flag.historyId);
        bindValue(q, flag.reason);
        bindValue(q, flag.suggestedResult);
        bindValue(q, QString::fromUtf8(sourcesJson(flag.sources)));
        bindValue(q, timeValue(flag.flagged.isValid() ? flag.flagged : Clock::now()));
        Status done = d->exec(q, tr("Restoring the re-confirmation failed"));
        if (!done.ok())
            return done;
        return d->audit(QStringLiteral("reconfirm.restored"), QStringLiteral("item:") + flag.itemId,
                        QJsonObject(),
                        QJsonObject{{QStringLiteral("reason"), flag.reason},
                                    {QStringLiteral("sources"),
                                     QJsonDocument::fromJson(sourcesJson(flag.sources)).array()}});
    });
    if (ok.ok())
        Q_EMIT reconfirmationsChanged();
    return ok;
}

QList<AuditEntry> Workspace::auditTrail() const
{
    QList<AuditEntry> list;
    QSqlQuery q(d->db);
    if (!q.exec(QStringLiteral("SELECT seq, at, who, what, target, before, after, prev_hash, hash "
                               "FROM audit ORDER BY seq")))
        reportReadFailure(q, tr("Reading the audit trail failed"));
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.when = toTime(q.value(1));
        e.who = q.value(2).toString();
        e.what = q.value(3).toString();
        e.target = q.value(4).toString();
        e.before = q.value(5).toString().toUtf8();
        e.after = q.value(6).toString().toUtf8();
        e.prevHash = q.value(7).toString().toLatin1();
        e.hash = q.value(8).toString().toLatin1();
        list << e;
    }
    return list;
}

Status Workspace::verifyAuditChain() const
{
    const QList<AuditEntry> trail = auditTrail();
    const QString hint = tr("The audit trail was changed outside seqohs-tracker. Restore the "
                            "workspace from a backup, or keep this file as evidence of the "
                            "change.");
    QByteArray prev;
    qint64 expectedSeq = 1;
    for (const AuditEntry &e : trail) {
        const QString where = tr("audit row %1").arg(e.seq);
        if (e.seq != expectedSeq) {
            return Error{tr("The audit trail is broken: row %1 is missing.").arg(expectedSeq),
                         m_path, where, hint};
        }
        if (e.prevHash != prev) {
            return Error{tr("The audit trail is broken: row %1 does not follow the row before "
                            "it.")
                             .arg(e.seq),
                         m_path, where, hint};
        }
        if (Sha256::hexHash(canonicalAuditRow(e) + e.prevHash) != e.hash) {
            return Error{tr("The audit trail is broken: row %1 was edited.").arg(e.seq), m_path,
                         where, hint};
        }
        prev = e.hash;
        ++expectedSeq;
    }
    const qint64 count = d->meta(KeyAuditCount).toLongLong();
    const QByteArray head = d->meta(KeyAuditHead).toLatin1();
    if (count != expectedSeq - 1 || head != prev) {
        return Error{tr("The audit trail is broken: it should have %1 rows but has %2; the last "
                        "rows were removed.")
                         .arg(count)
                         .arg(expectedSeq - 1),
                     m_path, tr("audit row %1").arg(expectedSeq), hint};
    }
    return success();
}

Status Workspace::checkIntegrity(const Progress &progress) const
{
    ErrorList problems;
    {
        QSqlQuery q(d->db);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
            problems << d->sqlError(q.lastError(), tr("The integrity check could not run"));
        } else {
            while (q.next()) {
                const QString line = q.value(0).toString();
                if (line != QLatin1String("ok")) {
                    problems << Error{tr("SQLite reports damage: %1").arg(line), m_path, QString(),
                                      tr("Restore the workspace from a backup.")};
                }
            }
        }
    }
    {
        QSqlQuery q(d->db);
        if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
            while (q.next()) {
                problems << Error{
                    tr("A row of table %1 refers to a missing row of table %2.")
                        .arg(q.value(0).toString(), q.value(2).toString()),
                    m_path, tr("%1 row %2").arg(q.value(0).toString()).arg(q.value(1).toLongLong()),
                    tr("Restore the workspace from a backup.")};
            }
        }
    }
    Status chain = verifyAuditChain();
    if (!chain.ok())
        problems << chain.errors();
    if (QString::fromLatin1(StandardsFormat::contentHash(m_set)) != m_setHash) {
        problems << Error{tr("The stored standards set does not match its recorded hash."), m_path,
                          QStringLiteral("standards_set"),
                          tr("The file was changed outside seqohs-tracker; restore it from a "
                             "backup.")};
    }
    {
        QSqlQuery q(d->db);
        q.exec(QStringLiteral("SELECT id FROM evidence WHERE kind = 'file' AND id NOT IN "
                              "(SELECT evidence_id FROM evidence_version)"));
        while (q.next()) {
            problems << Error{
                tr("Evidence item %1 has no stored file.").arg(q.value(0).toLongLong()), m_path,
                QString(), tr("Restore the workspace from a backup.")};
        }
    }
    const QList<EvidenceStore::Blob> blobs = d->store->blobs();
    qint64 total = 0;
    for (const EvidenceStore::Blob &b : blobs)
        total += b.size;
    qint64 done = 0;
    for (const EvidenceStore::Blob &b : blobs) {
        if (b.sha256.isEmpty()) {
            problems << Error{tr("Stored content %1 was never completed.").arg(b.id), m_path,
                              QStringLiteral("blob %1").arg(b.id),
                              tr("Restore the workspace from a backup.")};
            continue;
        }
        Status ok = d->store->verify(b);
        if (!ok.ok())
            problems << ok.errors();
        done += b.size;
        if (progress && !progress(done, total)) {
            problems << Error{tr("The check was cancelled before every file was verified."),
                              m_path};
            break;
        }
    }
    if (!problems.isEmpty())
        return problems;
    return success();
}

Status Workspace::backupTo(const QString &givenPath) const
{
    const QString target = QFileInfo(givenPath).absoluteFilePath();
    if (target == m_path) {
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
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", d->handle, "main");
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
