#include "migrationtesthelpers.h"
#include "testsupport.h"

#include "migration/migrationapplier.h"
#include "migration/migrationplanner.h"
#include "workspace/schema.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace seqohs;

namespace {

int userVersion(const QString &path)
{
    Expected<Schema::FileHeader> header = Schema::inspect(path);
    REQUIRE(header.ok());
    return header->userVersion;
}

// Turns a current workspace back into a version 1 file, as the previous release wrote it.
void downgradeToV1(const QString &path)
{
    const QString name = QStringLiteral("downgrade");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const char *sql :
             {"DROP TABLE reconfirmation", "DROP TABLE archived_action", "DROP TABLE archived_link",
              "DROP TABLE archived_assessment", "DROP TABLE set_history", "PRAGMA user_version = 1",
              "PRAGMA wal_checkpoint(TRUNCATE)"}) {
            INFO(sql);
            REQUIRE(q.exec(QLatin1String(sql)));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("A version 1 workspace from the previous release upgrades and keeps every answer")
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
        CHECK((*ro)->assessments().size() == 8);
        CHECK((*ro)->reconfirmations().isEmpty());
        CHECK((*ro)->setHistory().isEmpty());
        ro->reset();
        CHECK(test::readFileForMigration(path) == before);
    }

    auto ws = test::openWorkspaceForMigration(path);
    const QHash<QString, Assessment> a = ws->assessments();
    REQUIRE(a.size() == 8);
    CHECK(a.value(QStringLiteral("o-1")).result == AssessmentResult::Met);
    CHECK(a.value(QStringLiteral("o-1")).narrative == QStringLiteral("Dr Lee is the lead"));
    CHECK(a.value(QStringLiteral("o-8")).result == AssessmentResult::NotApplicable);
    CHECK(a.value(QStringLiteral("o-8")).justification ==
          QStringLiteral("No construction clients"));
    CHECK(ws->evidence().size() == 4);
    CHECK(ws->links().size() == 9);
    CHECK(ws->actions().size() == 4);
    const QList<AuditEntry> trail = ws->auditTrail();
    REQUIRE(trail.size() == 18);
    CHECK(trail.last().what == QStringLiteral("workspace.upgrade"));
    CHECK(ws->checkIntegrity().ok());

    // And the upgraded file can move.
    Expected<MigrationPlan> plan = MigrationPlanner::plan(*ws, test::newSet(), test::crosswalk());
    REQUIRE(plan.ok());
    CHECK(plan->counts.linksBefore == 9);
    REQUIRE(MigrationApplier::apply(*ws, *plan).ok());
    CHECK(ws->archivedAssessments(ws->setHistory().first().id) == a);
    ws.reset();
    CHECK(userVersion(path) == Schema::CurrentVersion);
}

TEST_CASE("A workspace set back to version 1 upgrades step by step")
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.seqohs"));
    QHash<QString, Assessment> before;
    {
        auto ws = test::createOldWorkspace(path);
        before = ws->assessments();
    }
    downgradeToV1(path);
    REQUIRE(userVersion(path) == 1);
    auto ws = test::openWorkspaceForMigration(path);
    CHECK(ws->assessments() == before);
    CHECK(ws->links().size() == 9);
    CHECK(ws->reconfirmations().isEmpty());
    CHECK(ws->verifyAuditChain().ok());
    ws.reset();
    CHECK(userVersion(path) == 2);
}
