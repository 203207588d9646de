#include "testsupport.h"
#include "workspacetesthelpers.h"

#include "workspace/workspace.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace seqohs;

namespace {

// Builds a workspace with a few audit rows, closed again.
QString auditedWorkspace(const test::TempDir &dir)
{
    QString path = dir.filePath(QStringLiteral("w.seqohs"));
    auto ws = test::createWorkspace(path);
    Assessment a;
    a.itemId = QStringLiteral("t-a1-1");
    a.result = AssessmentResult::NotMet;
    REQUIRE(ws->setAssessment(a).ok());
    a.result = AssessmentResult::Met;
    REQUIRE(ws->setAssessment(a).ok());
    Action action;
    action.text = QStringLiteral("Check");
    REQUIRE(ws->addAction(action).ok());
    REQUIRE(ws->verifyAuditChain().ok());
    return path;
}

// Changes the file behind the application's back, as someone with a database tool could.
void tamper(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

Error brokenChain(const QString &path)
{
    auto ws = test::openWorkspace(path);
    Status chain = ws->verifyAuditChain();
    REQUIRE_FALSE(chain.ok());
    Status integrity = ws->checkIntegrity();
    REQUIRE_FALSE(integrity.ok());
    CHECK(integrity.errorString().contains(chain.error().message));
    return chain.error();
}

} // namespace

TEST_CASE("Every change appends one chained audit row")
{
    test::TempDir dir;
    const QString path = auditedWorkspace(dir);
    Workspace::setUserName(QStringLiteral("Auditor Test"));
    auto ws = test::openWorkspace(path);
    Assessment a = *ws->assessment(QStringLiteral("t-a1-1"));
    a.narrative = QStringLiteral("Now with a narrative");
    REQUIRE(ws->setAssessment(a).ok());
    Workspace::setUserName(QString());

    const QList<AuditEntry> trail = *ws->auditTrail();
    REQUIRE(trail.size() == 5);
    CHECK(trail.at(0).what == QStringLiteral("workspace.create"));
    CHECK(trail.at(0).prevHash.isEmpty());
    CHECK(trail.at(1).what == QStringLiteral("assessment.set"));
    CHECK(trail.at(1).target == QStringLiteral("item:t-a1-1"));
    CHECK(trail.at(2).before.contains("not-met"));
    CHECK(trail.at(2).after.contains("\"met\""));
    CHECK(trail.at(4).who == QStringLiteral("Auditor Test"));
    for (int i = 1; i < trail.size(); ++i) {
        CHECK(trail.at(i).seq == i + 1);
        CHECK(trail.at(i).prevHash == trail.at(i - 1).hash);
        CHECK(trail.at(i).when.timeSpec() == Qt::UTC);
    }
    CHECK(ws->verifyAuditChain().ok());
}

TEST_CASE("The audit trail refuses edits through SQL", "[file]")
{
    test::TempDir dir;
    const QString path = auditedWorkspace(dir);
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("direct"));
    db.setDatabaseName(path);
    REQUIRE(db.open());
    {
        QSqlQuery q(db);
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit SET who = 'x' WHERE seq = 2")));
        CHECK(q.lastError().text().contains(QStringLiteral("append-only")));
        CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit WHERE seq = 2")));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("direct"));
}

TEST_CASE("The audit chain detects an edited row", "[file]")
{
    test::TempDir dir;
    const QString path = auditedWorkspace(dir);
    tamper(path, {QStringLiteral("DROP TRIGGER audit_no_update"),
                  QStringLiteral("UPDATE audit SET who = 'mallory' WHERE seq = 2")});
    const Error e = brokenChain(path);
    CHECK(e.message.contains(QStringLiteral("row 2 was edited")));
    CHECK(e.location == QStringLiteral("audit row 2"));
}

TEST_CASE("The audit chain detects a deleted middle row", "[file]")
{
    test::TempDir dir;
    const QString path = auditedWorkspace(dir);
    tamper(path, {QStringLiteral("DROP TRIGGER audit_no_delete"),
                  QStringLiteral("DELETE FROM audit WHERE seq = 3")});
    CHECK(brokenChain(path).message.contains(QStringLiteral("row 3 is missing")));
}

TEST_CASE("The audit chain detects a deleted middle row renumbered to hide the gap", "[file]")
{
    test::TempDir dir;
    const QString path = auditedWorkspace(dir);
    tamper(path, {QStringLiteral("DROP TRIGGER audit_no_delete"),
                  QStringLiteral("DROP TRIGGER audit_no_update"),
                  QStringLiteral("DELETE FROM audit WHERE seq = 2"),
                  QStringLiteral("UPDATE audit SET seq = seq - 1 WHERE seq > 2")});
    CHECK(brokenChain(path).message.contains(QStringLiteral("row 2")));
}

TEST_CASE("The audit chain detects a deleted last row", "[file]")
{
    test::TempDir dir;
    const QString path = auditedWorkspace(dir);
    tamper(path, {QStringLiteral("DROP TRIGGER audit_no_delete"),
                  QStringLiteral("DELETE FROM audit WHERE seq = (SELECT MAX(seq) FROM audit)")});
    const Error e = brokenChain(path);
    CHECK(e.message.contains(QStringLiteral("last rows were removed")));
    CHECK(e.location == QStringLiteral("audit row 4"));
}

TEST_CASE("The integrity check reports every damaged blob", "[file]")
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("w.seqohs"));
    {
        auto ws = test::createWorkspace(path);
        for (int i = 0; i < 3; ++i) {
            const QString source = dir.filePath(QStringLiteral("e%1.bin").arg(i));
            test::writeFile(source, test::randomBytes(100000, quint32(10 + i)));
            REQUIRE(ws->addEvidenceFile(source, {}, {}).ok());
        }
    }
    tamper(path, {QStringLiteral("UPDATE blob_chunk SET data = zeroblob(100000) WHERE blob_id IN "
                                 "(SELECT MIN(id) FROM blob UNION SELECT MAX(id) FROM blob)")});
    auto ws = test::openWorkspace(path);
    CHECK(ws->verifyAuditChain().ok());
    const Status check = ws->checkIntegrity();
    REQUIRE_FALSE(check.ok());
    CHECK(check.errors().size() == 2);
    CHECK(check.error().message.contains(QStringLiteral("damaged")));
    // A damaged blob is never exported.
    const QString out = dir.filePath(QStringLiteral("out.bin"));
    const Status exported = ws->exportEvidenceFile(ws->evidence()->first().id, out);
    REQUIRE_FALSE(exported.ok());
    CHECK_FALSE(QFileInfo::exists(out));
    // The hint names the window's menu item and the command that exist.
    CHECK(exported.error().hint ==
          QStringLiteral("Check the workspace (use Workspace > Check integrity in the window, or "
                         "seqohs-tracker-cli integrity) and restore the workspace from a backup."));
}
