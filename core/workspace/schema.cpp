#include "schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace seqohs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("seqohs", text);
}

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData()) + offset;
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

// Version 1. Dates are ISO 8601 text, times UTC ISO 8601 with milliseconds, hashes lower-case
// hex. Blob content lives in 1 MiB chunks because one SQLite value cannot exceed 1 GB and
// because chunks let us stream without holding a file in memory.
const char *const schemaV1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT)",
    "CREATE TABLE profile (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL,"
    " organisation TEXT NOT NULL DEFAULT '', sites TEXT NOT NULL DEFAULT '[]',"
    " serves_nhs INTEGER NOT NULL DEFAULT 0, extra_tags TEXT NOT NULL DEFAULT '[]',"
    " planned_assessment TEXT, annual_return TEXT)",
    "CREATE TABLE standards_set (id INTEGER PRIMARY KEY CHECK (id = 1), set_id TEXT NOT NULL,"
    " version TEXT NOT NULL, content_hash TEXT NOT NULL, json BLOB NOT NULL)",
    "CREATE TABLE assessment (item_id TEXT PRIMARY KEY NOT NULL, result TEXT NOT NULL,"
    " workflow TEXT NOT NULL, narrative TEXT NOT NULL DEFAULT '',"
    " justification TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '', last_reviewed TEXT,"
    " CHECK (result <> 'not-applicable' OR length(trim(justification)) > 0))",
    "CREATE TABLE blob (id INTEGER PRIMARY KEY, sha256 TEXT UNIQUE, size INTEGER NOT NULL)",
    "CREATE TABLE blob_chunk (blob_id INTEGER NOT NULL REFERENCES blob(id) ON DELETE CASCADE,"
    " seq INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (blob_id, seq))",
    "CREATE TABLE evidence (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL,"
    " description TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '', document_date TEXT,"
    " covers_from TEXT, covers_to TEXT, review_by TEXT, added TEXT NOT NULL, url TEXT,"
    " statement TEXT)",
    "CREATE TABLE evidence_version (evidence_id INTEGER NOT NULL REFERENCES evidence(id)"
    " ON DELETE CASCADE, version INTEGER NOT NULL, file_name TEXT NOT NULL,"
    " blob_id INTEGER NOT NULL REFERENCES blob(id), added TEXT NOT NULL,"
    " added_by TEXT NOT NULL DEFAULT '', PRIMARY KEY (evidence_id, version))",
    "CREATE INDEX evidence_version_blob ON evidence_version (blob_id)",
    "CREATE TABLE evidence_link (evidence_id INTEGER NOT NULL REFERENCES evidence(id)"
    " ON DELETE CASCADE, item_id TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (evidence_id, item_id))",
    "CREATE INDEX evidence_link_item ON evidence_link (item_id)",
    "CREATE TABLE action (id INTEGER PRIMARY KEY, text TEXT NOT NULL, item_id TEXT NOT NULL"
    " DEFAULT '', owner TEXT NOT NULL DEFAULT '', due TEXT, status TEXT NOT NULL,"
    " completed TEXT, source TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE snapshot (name TEXT PRIMARY KEY NOT NULL, created TEXT NOT NULL,"
    " json BLOB NOT NULL)",
    "CREATE TABLE audit (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL,"
    " what TEXT NOT NULL, target TEXT NOT NULL, before TEXT, after TEXT,"
    " prev_hash TEXT NOT NULL, hash TEXT NOT NULL)",
    // Append-only in SQL too: an edit must go around the application, and the chain check then
    // catches it.
    "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
    " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"
    " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
};

// Version 2: moving to another standards set. Keyed tables are WITHOUT ROWID, so each costs
// one page and no separate index: with 64 KiB pages every empty table is felt. The sets a workspace
// followed before, and the assessments, links and action targets it had under each, are kept
// read-only beside the current ones, so a move never loses an answer. Items that need a fresh look
// after a move are flagged in `reconfirmation`.
const char *const schemaV2[] = {
    "CREATE TABLE set_history (id INTEGER PRIMARY KEY, set_id TEXT NOT NULL,"
    " version TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', content_hash TEXT NOT NULL,"
    " json BLOB NOT NULL, replaced TEXT NOT NULL, replaced_by TEXT NOT NULL DEFAULT '',"
    " crosswalk_id TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE archived_assessment (history_id INTEGER NOT NULL REFERENCES set_history(id),"
    " item_id TEXT NOT NULL, result TEXT NOT NULL, workflow TEXT NOT NULL,"
    " narrative TEXT NOT NULL DEFAULT '', justification TEXT NOT NULL DEFAULT '',"
    " owner TEXT NOT NULL DEFAULT '', last_reviewed TEXT, PRIMARY KEY (history_id, item_id))"
    " WITHOUT ROWID",
    // No foreign key to evidence: the record of a link outlives the evidence item.
    "CREATE TABLE archived_link (history_id INTEGER NOT NULL REFERENCES set_history(id),"
    " evidence_id INTEGER NOT NULL, item_id TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (history_id, evidence_id, item_id)) WITHOUT ROWID",
    "CREATE TABLE archived_action (history_id INTEGER NOT NULL REFERENCES set_history(id),"
    " action_id INTEGER NOT NULL, item_id TEXT NOT NULL, PRIMARY KEY (history_id, action_id))"
    " WITHOUT ROWID",
    "CREATE TABLE reconfirmation (item_id TEXT PRIMARY KEY NOT NULL,"
    " history_id INTEGER REFERENCES set_history(id), reason TEXT NOT NULL DEFAULT '',"
    " suggested_result TEXT NOT NULL DEFAULT '', sources TEXT NOT NULL DEFAULT '[]',"
    " flagged TEXT NOT NULL) WITHOUT ROWID",
    // The record of the old sets is as permanent as the audit trail.
    "CREATE TRIGGER set_history_no_update BEFORE UPDATE ON set_history"
    " BEGIN SELECT RAISE(ABORT, 'the set history is append-only'); END",
    "CREATE TRIGGER set_history_no_delete BEFORE DELETE ON set_history"
    " BEGIN SELECT RAISE(ABORT, 'the set history is append-only'); END",
    "CREATE TRIGGER archived_assessment_no_update BEFORE UPDATE ON archived_assessment"
    " BEGIN SELECT RAISE(ABORT, 'archived assessments are read-only'); END",
    "CREATE TRIGGER archived_assessment_no_delete BEFORE DELETE ON archived_assessment"
    " BEGIN SELECT RAISE(ABORT, 'archived assessments are read-only'); END",
    "CREATE TRIGGER archived_link_no_update BEFORE UPDATE ON archived_link"
    " BEGIN SELECT RAISE(ABORT, 'archived links are read-only'); END",
    "CREATE TRIGGER archived_link_no_delete BEFORE DELETE ON archived_link"
    " BEGIN SELECT RAISE(ABORT, 'archived links are read-only'); END",
};

// Version 3: submission packs and assessors' responses get tables of their own (they were kept
// as meta values "pack.<root hash>", "responses" and "response.<id>"). A pack also records where
// the audit trail stood when it was made. Responses keep their import order in `position`.
const char *const schemaV3[] = {
    "CREATE TABLE pack (root_hash TEXT PRIMARY KEY NOT NULL, created TEXT NOT NULL,"
    " file_name TEXT NOT NULL DEFAULT '', signer_fingerprint TEXT NOT NULL DEFAULT '',"
    " evidence_files INTEGER NOT NULL DEFAULT 0, audit_count INTEGER NOT NULL DEFAULT 0,"
    " audit_head TEXT NOT NULL DEFAULT '') WITHOUT ROWID",
    "CREATE TABLE response (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL UNIQUE,"
    " pack_root_hash TEXT NOT NULL DEFAULT '', imported TEXT NOT NULL,"
    " actions_added INTEGER NOT NULL DEFAULT 0, document TEXT NOT NULL) WITHOUT ROWID",
};

// Version 4: the audit chain covers what the file holds now. Each tracked row's digest is kept in
// `row_digest` (keys of one to three columns; '' where a table has fewer), and the last audit row
// of every unit of work records their sum in `state` (see RowDigests). Actions can repeat
// (`recurrence`, see Recurrence::toString) and name the occurrence they follow (`follows`).
// Evidence can be marked as holding personal data (`personal_data`), which packs leave out.
const char *const schemaV4[] = {
    "ALTER TABLE audit ADD COLUMN state TEXT",
    "ALTER TABLE action ADD COLUMN recurrence TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE action ADD COLUMN follows INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE evidence ADD COLUMN personal_data INTEGER NOT NULL DEFAULT 0",
    ("CREATE TABLE row_digest (tbl TEXT NOT NULL, k1 NOT NULL, k2 NOT NULL DEFAULT '',"
     " k3 NOT NULL DEFAULT '', digest TEXT NOT NULL, PRIMARY KEY (tbl, k1, k2, k3)) WITHOUT ROWID"),
};

// Version 5: sign-offs and follow-up packs. A sign-off keeps what it covered (`covered`, the JSON
// of the assessments and the linked evidence's content hashes) and its SHA-256, so that a later
// change can void it and say what changed; `voided` and `void_reason` record that. A pack records
// its kind ("full" or "follow-up"), the pack it follows up (`base_root_hash`) and what it held
// (`contents`), which the next follow-up compares against. A required action from an assessor can
// carry the service's answer (`answer`).
const char *const schemaV5[] = {
    ("CREATE TABLE signoff (id INTEGER PRIMARY KEY, scope TEXT NOT NULL,"
     " target TEXT NOT NULL DEFAULT '', signer TEXT NOT NULL, comment TEXT NOT NULL DEFAULT '',"
     " signed TEXT NOT NULL, covered TEXT NOT NULL, covered_hash TEXT NOT NULL, voided TEXT,"
     " void_reason TEXT NOT NULL DEFAULT '')"),
    "ALTER TABLE pack ADD COLUMN kind TEXT NOT NULL DEFAULT 'full'",
    "ALTER TABLE pack ADD COLUMN base_root_hash TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE pack ADD COLUMN contents TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE action ADD COLUMN answer TEXT NOT NULL DEFAULT ''",
};

// Version 6: assignments. A person (their name as changes record it; on a team workspace, their
// login) is made responsible for a criterion, a standard or a domain.
const char *const schemaV6[] = {
    ("CREATE TABLE assignment (member TEXT NOT NULL, scope_id TEXT NOT NULL,"
     " PRIMARY KEY (member, scope_id)) WITHOUT ROWID"),
};

Status exec(QSqlDatabase &db, const QString &path, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        return Error{tr("The workspace could not be laid out: %1").arg(query.lastError().text()),
                     path, QString(),
                     tr("Check that the disk is not full and that you may write to the folder.")};
    }
    return success();
}

} // namespace

Status Schema::requireRegularFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error{tr("The workspace does not exist."), path, QString(),
                     tr("Check the name, or create a workspace with 'init'.")};
    }
    // A pipe or a device would block or stream for ever when opened; a folder is no workspace.
    if (!info.isFile()) {
        return Error{info.isDir() ? tr("This is a folder, not a workspace.")
                                  : tr("This is not a regular file (it is a pipe, a socket or a "
                                       "device), so it cannot be a workspace."),
                     path, QString(), tr("Choose a .seqohs workspace file.")};
    }
    return success();
}

Expected<Schema::FileHeader> Schema::inspect(const QString &path)
{
    QFile file(path);
    if (Status regular = requireRegularFile(path); !regular.ok())
        return regular.errors();
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tr("The workspace cannot be read: %1").arg(file.errorString()), path,
                     QString(), tr("Check that you may read the file.")};
    }
    FileHeader header;
    header.fileSize = file.size();
    const QByteArray bytes = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < 100 || !bytes.startsWith(magic)) {
        return Error{header.fileSize == 0 ? tr("The file is empty, not a workspace.")
                                          : tr("The file is not a workspace (not an SQLite "
                                               "database)."),
                     path, QString(),
                     tr("Choose a .seqohs workspace file. The file was not changed.")};
    }
    const int rawPageSize = (uchar(bytes.at(16)) << 8) | uchar(bytes.at(17));
    header.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const quint32 changeCounter = bigEndian32(bytes, 24);
    const quint32 validFor = bigEndian32(bytes, 92);
    if (changeCounter == validFor)
        header.pageCount = bigEndian32(bytes, 28);
    header.userVersion = int(bigEndian32(bytes, 60));
    header.applicationId = qint32(bigEndian32(bytes, 68));

    if (header.pageSize < 512 || (header.pageSize & (header.pageSize - 1)) != 0) {
        return Error{tr("The file is damaged: its header is not valid."), path, QString(),
                     tr("Restore the workspace from a backup. The file was not changed.")};
    }
    if (header.applicationId != ApplicationId) {
        return Error{tr("The file is an SQLite database of another application, not a "
                        "workspace."),
                     path, QString(),
                     tr("Choose a .seqohs workspace file. The file was not changed.")};
    }
    if (header.userVersion > CurrentVersion) {
        return Error{tr("The workspace was written by a newer version of seqohs-tracker "
                        "(format %1; this version reads up to %2).")
                         .arg(header.userVersion)
                         .arg(CurrentVersion),
                     path, QString(),
                     tr("Install the newer version to open it. The file was not changed.")};
    }
    if (header.userVersion < 1) {
        return Error{tr("The file has the workspace signature but no schema version."), path,
                     QString(),
                     tr("Restore the workspace from a backup. The file was not changed.")};
    }
    // With a write-ahead log that holds frames the file may legitimately be shorter than its
    // header says until the log is checkpointed; SQLite's own check covers that case. A log of
    // no frames (32 bytes of header at most, as a read-only session leaves it) excuses nothing.
    const QFileInfo wal(path + QLatin1String("-wal"));
    const bool walHasFrames = wal.exists() && wal.size() > 32;
    if (!walHasFrames && header.pageCount > 0 &&
        header.fileSize < header.pageCount * header.pageSize) {
        return Error{tr("The workspace is truncated: it holds %1 bytes of the %2 its header "
                        "declares.")
                         .arg(header.fileSize)
                         .arg(header.pageCount * header.pageSize),
                     path, QString(),
                     tr("It was probably copied incompletely. Restore it from a backup. The file "
                        "was not changed.")};
    }
    return header;
}

namespace {

Status run(QSqlDatabase &db, const QString &path, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec()) {
        return Error{tr("The workspace could not be upgraded: %1").arg(query.lastError().text()),
                     path, QString(),
                     tr("Check that the disk is not full and that you may write to the folder.")};
    }
    return success();
}

// 2 -> 3: the meta values of packs and responses move into their tables, then go.
Status movePacksAndResponses(QSqlDatabase &db, const QString &path)
{
    QList<QPair<QString, QString>> meta;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key = 'responses' OR key "
                                   "LIKE 'pack.%' OR key LIKE 'response.%'"))) {
            return Error{tr("The workspace could not be upgraded: %1").arg(q.lastError().text()),
                         path};
        }
        while (q.next())
            meta << qMakePair(q.value(0).toString(), q.value(1).toString());
    }
    QStringList order;
    for (const auto &[key, value] : meta) {
        if (key == QLatin1String("responses")) {
            const QJsonArray ids = QJsonDocument::fromJson(value.toUtf8()).array();
            for (const auto &id : ids)
                order << id.toString();
        }
    }
    for (const auto &[key, value] : meta) {
        const QJsonObject o = QJsonDocument::fromJson(value.toUtf8()).object();
        if (key.startsWith(QLatin1String("pack."))) {
            Status ok = run(
                db, path,
                QStringLiteral("INSERT INTO pack (root_hash, created, file_name, "
                               "signer_fingerprint, evidence_files) VALUES "
                               "(?, ?, ?, ?, ?)"),
                {key.mid(5),
                 QDateTime::fromString(o.value(QLatin1String("created")).toString(), Qt::ISODate)
                     .toUTC()
                     .toString(Qt::ISODateWithMs),
                 o.value(QLatin1String("file")).toString(),
                 o.value(QLatin1String("signerFingerprint")).toString(),
                 o.value(QLatin1String("evidenceFiles")).toInt()});
            if (!ok)
                return ok;
        } else if (key.startsWith(QLatin1String("response."))) {
            const QString id = key.mid(9);
            qsizetype position = order.indexOf(id);
            if (position < 0) {
                order << id;
                position = order.size() - 1;
            }
            const QJsonObject document = o.value(QLatin1String("document")).toObject();
            const QString packRoot = document.value(QLatin1String("response"))
                                         .toObject()
                                         .value(QLatin1String("pack"))
                                         .toObject()
                                         .value(QLatin1String("rootHash"))
                                         .toString();
            Status ok =
                run(db, path,
                    QStringLiteral("INSERT INTO response (id, position, pack_root_hash, imported, "
                                   "actions_added, document) VALUES (?, ?, ?, ?, ?, ?)"),
                    {id, qint64(position + 1), packRoot,
                     QDateTime::fromString(o.value(QLatin1String("imported")).toString(),
                                           Qt::ISODateWithMs)
                         .toUTC()
                         .toString(Qt::ISODateWithMs),
                     o.value(QLatin1String("actionsAdded")).toInt(),
                     QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact))});
            if (!ok)
                return ok;
        }
    }
    return run(db, path,
               QStringLiteral("DELETE FROM meta WHERE key = 'responses' OR key LIKE 'pack.%' OR "
                              "key LIKE 'response.%'"),
               {});
}

} // namespace

Status Schema::create(QSqlDatabase &db, const QString &path)
{
    for (const char *sql : schemaV1) {
        Status made = exec(db, path, QString::fromLatin1(sql));
        if (!made.ok())
            return made;
    }
    for (const char *sql : schemaV2) {
        Status made = exec(db, path, QString::fromLatin1(sql));
        if (!made.ok())
            return made;
    }
    for (const char *sql : schemaV3) {
        Status made = exec(db, path, QString::fromLatin1(sql));
        if (!made.ok())
            return made;
    }
    for (const char *sql : schemaV4) {
        Status made = exec(db, path, QString::fromLatin1(sql));
        if (!made.ok())
            return made;
    }
    for (const char *sql : schemaV5) {
        Status made = exec(db, path, QString::fromLatin1(sql));
        if (!made.ok())
            return made;
    }
    for (const char *sql : schemaV6) {
        Status made = exec(db, path, QString::fromLatin1(sql));
        if (!made.ok())
            return made;
    }
    Status version = exec(db, path, QStringLiteral("PRAGMA user_version = %1").arg(CurrentVersion));
    if (!version.ok())
        return version;
    return exec(db, path, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
}

Status Schema::upgrade(QSqlDatabase &db, const QString &path, int fromVersion)
{
    // One case per step; each leaves the file at the next version. Version 1 is the first
    // released format: a file claiming an older version is not ours.
    for (int version = fromVersion; version < CurrentVersion; ++version) {
        switch (version) {
        case 1:
            // 1 -> 2: the set history and re-confirmation tables; existing rows are untouched.
            for (const char *sql : schemaV2) {
                Status made = exec(db, path, QString::fromLatin1(sql));
                if (!made.ok())
                    return made;
            }
            break;
        case 2:
            // 2 -> 3: tables for packs and responses, filled from the meta values they replace.
            for (const char *sql : schemaV3) {
                Status made = exec(db, path, QString::fromLatin1(sql));
                if (!made.ok())
                    return made;
            }
            if (Status moved = movePacksAndResponses(db, path); !moved)
                return moved;
            break;
        case 3:
            // 3 -> 4: row digests; the kernel records every existing row in the same transaction.
            for (const char *sql : schemaV4) {
                Status made = exec(db, path, QString::fromLatin1(sql));
                if (!made.ok())
                    return made;
            }
            break;
        case 4:
            // 4 -> 5: sign-offs and follow-up packs; the kernel records the widened rows again.
            for (const char *sql : schemaV5) {
                Status made = exec(db, path, QString::fromLatin1(sql));
                if (!made.ok())
                    return made;
            }
            break;
        case 5:
            // 5 -> 6: assignments; there are none yet.
            for (const char *sql : schemaV6) {
                Status made = exec(db, path, QString::fromLatin1(sql));
                if (!made.ok())
                    return made;
            }
            break;
        default:
            return Error{
                tr("The workspace has format %1, which this version cannot upgrade.").arg(version),
                path, QString(),
                tr("Open it with the version of seqohs-tracker that wrote it and make a "
                   "backup. The file was not changed.")};
        }
    }
    return exec(db, path, QStringLiteral("PRAGMA user_version = %1").arg(CurrentVersion));
}

} // namespace seqohs
