#include "migrationtesthelpers.h"
#include "testsupport.h"

#include "common/savefile.h"
#include "migration/migrationapplier.h"
#include "migration/migrationplanner.h"
#include "pack/responseimport.h"
#include "workspace/schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace seqohs;

namespace {

int userVersion(const QString &path)
{
    Expected<Schema::FileHeader> header = Schema::inspect(path);
    REQUIRE(header.ok());
    return header->userVersion;
}

// Turns a current workspace back into a version 1 file, as the previous release wrote it. Rows
// before format 4 record no state, so the audit chain is hashed again in the documented form
// (docs/workspace-format.md): the JSON array [seq, at, who, what, target, before, after,
// prev_hash], then prev_hash.
void downgradeToV1(const QString &path)
{
    const QString name = QStringLiteral("downgrade");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const char *sql :
             {"DROP TABLE assignment", "DROP TABLE signoff",
              "ALTER TABLE action DROP COLUMN answer", "DROP TABLE response", "DROP TABLE pack",
              "DROP TABLE reconfirmation", "DROP TABLE archived_action", "DROP TABLE archived_link",
              "DROP TABLE archived_assessment", "DROP TABLE set_history", "DROP TABLE row_digest",
              "DROP TRIGGER audit_no_update", "ALTER TABLE audit DROP COLUMN state",
              "ALTER TABLE action DROP COLUMN recurrence", "ALTER TABLE action DROP COLUMN follows",
              "ALTER TABLE evidence DROP COLUMN personal_data"}) {
            INFO(sql);
            REQUIRE(q.exec(QLatin1String(sql)));
        }
        REQUIRE(q.exec(QStringLiteral("SELECT seq, at, who, what, target, before, after "
                                      "FROM audit ORDER BY seq")));
        QList<QPair<qint64, QByteArray>> hashes;
        QByteArray prev;
        while (q.next()) {
            const QJsonArray row{q.value(0).toLongLong(), q.value(1).toString(),
                                 q.value(2).toString(),   q.value(3).toString(),
                                 q.value(4).toString(),   q.value(5).toString(),
                                 q.value(6).toString(),   QString::fromLatin1(prev)};
            QByteArray canonical = QJsonDocument(row).toJson(QJsonDocument::Compact);
            canonical.append(prev);
            const QByteArray hash =
                QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
            hashes.append({q.value(0).toLongLong(), hash});
            prev = hash;
        }
        QSqlQuery u(db);
        REQUIRE(
            u.prepare(QStringLiteral("UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?")));
        QByteArray before;
        for (const auto &[seq, hash] : std::as_const(hashes)) {
            u.addBindValue(before.isEmpty() ? QStringLiteral("") : QString::fromLatin1(before));
            u.addBindValue(QString::fromLatin1(hash));
            u.addBindValue(seq);
            const bool updated = u.exec();
            INFO(u.lastError().text().toStdString());
            REQUIRE(updated);
            before = hash;
        }
        for (const QString &sql :
             {QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'workspace.audit_head'")
                  .arg(QString::fromLatin1(prev)),
              QStringLiteral("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT "
                             "RAISE(ABORT, 'the audit trail is append-only'); END"),
              QStringLiteral("PRAGMA user_version = 1"),
              QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}) {
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("A version 1 workspace from the previous release upgrades and keeps every answer",
          "[file]")
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.seqohs"));
    test::unpackV1Fixture(path);
    REQUIRE(userVersion(path) == 1);

    // Read-only opening reads it as it is and changes nothing.
    {
        const QByteArray before = test::readFileForMigration(path);
        Expected<std::unique_ptr<Workspace>> ro = Workspace::open(path, Workspace::ReadOnly);
        INFO(ro.errorString());
        REQUIRE(ro.ok());
        CHECK((*ro)->assessments()->size() == 8);
        CHECK((*ro)->reconfirmations()->isEmpty());
        CHECK((*ro)->setHistory()->isEmpty());
        ro->reset();
        CHECK(test::readFileForMigration(path) == before);
    }

    auto ws = test::openWorkspaceForMigration(path);
    const QHash<QString, Assessment> a = *ws->assessments();
    REQUIRE(a.size() == 8);
    CHECK(a.value(QStringLiteral("o-1")).result == AssessmentResult::Met);
    CHECK(a.value(QStringLiteral("o-1")).narrative == QStringLiteral("Dr Lee is the lead"));
    CHECK(a.value(QStringLiteral("o-8")).result == AssessmentResult::NotApplicable);
    CHECK(a.value(QStringLiteral("o-8")).justification ==
          QStringLiteral("No construction clients"));
    CHECK(ws->evidence()->size() == 4);
    CHECK(ws->links()->size() == 9);
    CHECK(ws->actions()->size() == 4);
    CHECK(ws->packs()->isEmpty());
    CHECK(ws->responses()->isEmpty());
    const QList<AuditEntry> trail = *ws->auditTrail();
    REQUIRE(trail.size() == 18);
    CHECK(trail.last().what == QStringLiteral("workspace.upgrade"));
    CHECK(ws->checkIntegrity().ok());

    // And the upgraded file can move.
    Expected<MigrationPlan> plan = MigrationPlanner::plan(*ws, test::newSet(), test::crosswalk());
    REQUIRE(plan.ok());
    CHECK(plan->counts.linksBefore == 9);
    REQUIRE(MigrationApplier::apply(*ws, *plan).ok());
    CHECK(*ws->archivedAssessments(ws->setHistory()->first().id) == a);
    ws.reset();
    CHECK(userVersion(path) == Schema::CurrentVersion);
}

TEST_CASE("A workspace set back to version 1 upgrades step by step", "[file]")
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.seqohs"));
    QHash<QString, Assessment> before;
    {
        auto ws = test::createOldWorkspace(path);
        before = *ws->assessments();
    }
    downgradeToV1(path);
    REQUIRE(userVersion(path) == 1);
    auto ws = test::openWorkspaceForMigration(path);
    CHECK(*ws->assessments() == before);
    CHECK(ws->links()->size() == 9);
    CHECK(ws->reconfirmations()->isEmpty());
    CHECK(ws->verifyAuditChain().ok());
    // The upgrade recorded every row, so the file passes the whole check.
    CHECK(ws->checkIntegrity().ok());
    ws.reset();
    CHECK(userVersion(path) == Schema::CurrentVersion);
}

TEST_CASE("A version 2 workspace with a pack and a response moves them into their own tables",
          "[file]")
{
    // Made by the previous release: the demo, a signed pack of it, an assessor's response with
    // one finding (not met, one required action) imported back. Packs and responses were meta
    // values then.
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.seqohs"));
    {
        QFile file(test::dataPath(QStringLiteral("workspace/v2-pack-response.seqohs.qz")));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = qUncompress(file.readAll());
        REQUIRE(!bytes.isEmpty());
        REQUIRE(saveFileAtomically(path, bytes).ok());
    }
    REQUIRE(userVersion(path) == 2);
    // Read-only, as an assessor opens a pack's snapshot: nothing changes, the tables it does not
    // have yet read as empty.
    {
        Expected<std::unique_ptr<Workspace>> ro = Workspace::open(path, Workspace::ReadOnly);
        REQUIRE(ro.ok());
        CHECK((*ro)->packs()->isEmpty());
        CHECK((*ro)->responses()->isEmpty());
        CHECK((*ro)->evidence()->size() == 12);
    }
    REQUIRE(userVersion(path) == 2);
    auto ws = test::openWorkspaceForMigration(path);

    const QList<PackRecord> packs = *ws->packs();
    REQUIRE(packs.size() == 1);
    CHECK(packs.first().rootHash ==
          QStringLiteral("b30ba28e6fa753d5d4c237fdfa82296a20bd5b845507a2775f90baaa71e8eba2"));
    CHECK(packs.first().fileName == QStringLiteral("sub.zip"));
    CHECK(packs.first().evidenceFiles == 8);
    CHECK(packs.first().signerFingerprint ==
          QStringLiteral("F18C 8491 16A7 98E7 910D 0829 EB8A C9A5"));

    const QList<ResponseRecord> responses = *ws->responses();
    REQUIRE(responses.size() == 1);
    CHECK(responses.first().id == QStringLiteral("80802d33-6d00-47ff-8d63-fc1188be0e21"));
    CHECK(responses.first().packRootHash == packs.first().rootHash);
    CHECK(responses.first().actionsAdded == 1);
    CHECK(responses.first().imported.isValid());

    // The stored document still verifies and reads as it did.
    const QList<StoredResponse> stored = *ResponseImport::responses(*ws);
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().response.recommendation == Recommendation::DeferWithActions);
    CHECK(stored.first().response.findings.size() == 1);
    CHECK(stored.first().response.assessor == QStringLiteral("Dr A. Assessor"));

    // The meta values they replace are gone; the upgrade is one more audit row.
    CHECK(ws->metaValue(QStringLiteral("responses"))->isNull());
    CHECK(ws->metaValue(QStringLiteral("response.") + responses.first().id)->isNull());
    CHECK(ws->metaValue(QStringLiteral("pack.") + packs.first().rootHash)->isNull());
    const QList<AuditEntry> trail = *ws->auditTrail();
    REQUIRE(trail.size() == 74);
    CHECK(trail.last().what == QStringLiteral("workspace.upgrade"));
    CHECK(ws->checkIntegrity().ok());
    ws.reset();
    CHECK(userVersion(path) == Schema::CurrentVersion);
}

TEST_CASE("A version 4 workspace with a pack is upgraded with its rows recorded again", "[file]")
{
    // Made by the previous release: the demo and one signed pack of it. Version 5 widens the
    // pack and action rows, so their digests change and must be recorded again, or the check
    // would call them changed outside the program.
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.seqohs"));
    {
        QFile file(test::dataPath(QStringLiteral("workspace/v4-pack.seqohs.qz")));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = qUncompress(file.readAll());
        REQUIRE(!bytes.isEmpty());
        REQUIRE(saveFileAtomically(path, bytes).ok());
    }
    REQUIRE(userVersion(path) == 4);
    {
        Expected<std::unique_ptr<Workspace>> ro = Workspace::open(path, Workspace::ReadOnly);
        REQUIRE(ro.ok());
        CHECK((*ro)->packs()->size() == 1);
        CHECK((*ro)->checkIntegrity().ok());
    }
    REQUIRE(userVersion(path) == 4);
    auto ws = test::openWorkspaceForMigration(path);
    const QList<PackRecord> packs = *ws->packs();
    REQUIRE(packs.size() == 1);
    CHECK(packs.first().rootHash ==
          QStringLiteral("c0a2d0bd303d597b297e594eeee1a536fdf7c0bb8453cce576ea8bfa0734c200"));
    CHECK(packs.first().kind == PackRecord::Kind::Full);
    CHECK(packs.first().baseRootHash.isEmpty());
    CHECK(ws->actions()->size() == 8);
    const QList<AuditEntry> trail = *ws->auditTrail();
    REQUIRE(trail.size() == 71);
    CHECK(trail.last().what == QStringLiteral("workspace.upgrade"));
    Status check = ws->checkIntegrity();
    INFO(check.errorString().toStdString());
    CHECK(check.ok());
    ws.reset();
    CHECK(userVersion(path) == Schema::CurrentVersion);
}
