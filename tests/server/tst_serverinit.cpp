// "server init" through the command line, then every role tries, in its own SQL, what it may
// not do: the server must refuse each, whatever the program would have allowed.
#include "teamfixture.h"
#include "testserver.h"
#include "testsupport.h"

#include "server/serveraudittrail.h"
#include "server/serverconnection.h"
#include "server/serverrowupdate.h"
#include "server/serverschema.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <iostream>
#include <mutex>
#include <thread>

using seqohs::ServerConnection;
using seqohs::ServerRowUpdate;
using test::tryExec;

namespace {

// A statement that must be refused with this SQLSTATE.
void requireRefused(ServerConnection &connection, const QString &sql, const QString &code,
                    const QVariantList &values = {})
{
    QString got;
    INFO(connection.sessionUser().toStdString() << ": " << sql.toStdString());
    REQUIRE_FALSE(tryExec(connection, sql, values, &got));
    CHECK(got == code);
}

// A statement the server runs but that changes no row (row-level security hides the rows).
void requireNoRowChanged(ServerConnection &connection, const QString &sql)
{
    QString code;
    int rows = -1;
    INFO(connection.sessionUser().toStdString()
         << ": " << sql.toStdString() << ' ' << code.toStdString());
    REQUIRE(tryExec(connection, sql, {}, &code, &rows));
    CHECK(rows == 0);
}

void requireDone(ServerConnection &connection, const QString &sql, const QVariantList &values = {},
                 int expectedRows = 1)
{
    QString code;
    int rows = -1;
    const bool ran = tryExec(connection, sql, values, &code, &rows);
    INFO(connection.sessionUser().toStdString()
         << ": " << sql.toStdString() << ' ' << code.toStdString() << ' '
         << connection.database().lastError().text().toStdString());
    REQUIRE(ran);
    CHECK(rows == expectedRows);
}

qint64 rowVersion(ServerConnection &connection, const QString &table, const QString &keyColumn,
                  const QVariant &key)
{
    QSqlQuery q(connection.database());
    q.prepare(QStringLiteral("SELECT row_version FROM %1 WHERE %2 = ?").arg(table, keyColumn));
    q.addBindValue(key);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QStringList column(ServerConnection &connection, const QString &sql)
{
    QSqlQuery q(connection.database());
    REQUIRE(q.exec(sql));
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

// The lead fills a little workspace: items A-1 (domain dom-a, assigned to the contributor) and
// B-1 (domain dom-b, nobody's), an assessment of each, evidence linked to B-1, an action on B-1.
void seed(const test::TeamFixture &team)
{
    auto lead = team.connect(team.lead);
    requireDone(*lead, QStringLiteral("INSERT INTO profile (id, name) VALUES (1, 'Clinic')"));
    requireDone(*lead,
                QStringLiteral("INSERT INTO item_scope VALUES ('A-1', 'dom-a'), "
                               "('B-1', 'dom-b')"),
                {}, 2);
    requireDone(*lead, QStringLiteral("INSERT INTO assignment VALUES (?, 'dom-a')"),
                {team.contributor});
    requireDone(*lead,
                QStringLiteral("INSERT INTO assessment (item_id, result, workflow) VALUES "
                               "('A-1', 'not-met', 'to-do'), ('B-1', 'not-met', 'to-do')"),
                {}, 2);
    requireDone(*lead, QStringLiteral("INSERT INTO evidence (id, kind, title, added) VALUES "
                                      "(100, 'statement', 'B policy', '2026-01-01')"));
    requireDone(*lead, QStringLiteral("INSERT INTO evidence_link (evidence_id, item_id) VALUES "
                                      "(100, 'B-1')"));
    requireDone(*lead, QStringLiteral("INSERT INTO action (id, text, item_id, status) VALUES "
                                      "(200, 'Fix B', 'B-1', 'open')"));
}

} // namespace

TEST_CASE("server init lays out a team workspace and says what it set", "[server]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    test::TeamFixture team(server);
    CHECK(team.initOutput.contains(team.database + QStringLiteral("_contributor")));
    CHECK(team.initOutput.contains(QStringLiteral("log_min_error_statement = panic")));

    auto lead = team.connect(team.lead);
    auto state = seqohs::ServerSchema::inspect(*lead);
    REQUIRE(state.ok());
    CHECK(state->initialised);
    CHECK(state->version == seqohs::ServerSchema::CurrentVersion);
    CHECK_FALSE(state->holdsWorkspace);
    CHECK(seqohs::ServerSchema::requireWritable(*lead).ok());

    // Content is chunked bytea, never large objects; the chunk size is bounded by the server.
    CHECK(column(*lead, QStringLiteral("SELECT data_type FROM information_schema.columns WHERE "
                                       "table_schema = 'seqohs' AND table_name = 'blob_chunk' "
                                       "AND column_name = 'data'")) ==
          QStringList{QStringLiteral("bytea")});
    // The audit function runs with its owner's rights, and the owner is the initialising login.
    CHECK(column(*lead, QStringLiteral("SELECT p.prosecdef::text || ' ' || r.rolname FROM "
                                       "pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE "
                                       "p.proname = 'audit_row'")) ==
          QStringList{QStringLiteral("true ") + team.owner});
}

TEST_CASE("server init refuses a database that is not empty or already set up", "[server]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    test::TeamFixture team(server, false);
    // Without the administrator's grant the owner may not set the superuser-only settings, and
    // says so.
    CHECK(team.initOutput.contains(QStringLiteral("administrator must")));
    CHECK(team.initOutput.contains(QStringLiteral("log_min_error_statement")));

    const test::CliRun again = test::runCli(
        {QStringLiteral("server"), QStringLiteral("init"), server.url(team.database, team.owner)});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already a team workspace")));

    const QString owner = server.createLogin(QStringLiteral("owner_"), QString(), true);
    const QString other = server.createDatabase(owner);
    server.runAsSuperuser(other, {QStringLiteral("CREATE TABLE payroll (id int)")});
    const test::CliRun busy =
        test::runCli({QStringLiteral("server"), QStringLiteral("init"), server.url(other, owner)});
    CHECK(busy.exitCode == 1);
    CHECK(busy.err.contains(QStringLiteral("is not empty")));

    const test::CliRun withPassword =
        test::runCli({QStringLiteral("server"), QStringLiteral("init"),
                      QStringLiteral("postgresql://someone:secret@localhost/db")});
    CHECK(withPassword.exitCode == 1);
    CHECK(withPassword.err.contains(QStringLiteral("~/.pgpass")));
}

TEST_CASE("A viewer changes nothing", "[server]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    test::TeamFixture team(server);
    seed(team);
    auto viewer = team.connect(team.viewer);
    const QString denied = QStringLiteral("42501");
    CHECK(column(*viewer, QStringLiteral("SELECT item_id FROM assessment ORDER BY 1")) ==
          QStringList{QStringLiteral("A-1"), QStringLiteral("B-1")});
    requireRefused(*viewer,
                   QStringLiteral("INSERT INTO assessment (item_id, result, workflow) VALUES "
                                  "('C-1', 'met', 'done')"),
                   denied);
    requireRefused(*viewer, QStringLiteral("UPDATE assessment SET result = 'met'"), denied);
    requireRefused(*viewer, QStringLiteral("DELETE FROM evidence"), denied);
    requireRefused(*viewer, QStringLiteral("UPDATE profile SET name = 'Taken over'"), denied);
    requireRefused(*viewer, QStringLiteral("INSERT INTO assignment VALUES (session_user, 'dom-b')"),
                   denied);
    requireRefused(*viewer, QStringLiteral("INSERT INTO blob (sha256, size) VALUES ('x', 0)"),
                   denied);
    requireRefused(*viewer, QStringLiteral("TRUNCATE action"), denied);
    auto outcome = ServerRowUpdate::update(
        *viewer, QStringLiteral("assessment"), QStringLiteral("item_id"), QStringLiteral("A-1"),
        rowVersion(*viewer, QStringLiteral("assessment"), QStringLiteral("item_id"),
                   QStringLiteral("A-1")),
        {{QStringLiteral("result"), QStringLiteral("met")}});
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.errorString().contains(QStringLiteral("not permitted")));
}

TEST_CASE("A contributor changes only what is assigned to them", "[server]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    test::TeamFixture team(server);
    seed(team);
    auto contributor = team.connect(team.contributor);
    const QString denied = QStringLiteral("42501");

    // Within the assignment.
    requireDone(*contributor, QStringLiteral("UPDATE assessment SET result = 'met', narrative = "
                                             "'Done' WHERE item_id = 'A-1'"));
    requireDone(*contributor, QStringLiteral("INSERT INTO action (text, item_id, status) VALUES "
                                             "('Review A', 'A-1', 'open')"));
    requireDone(*contributor, QStringLiteral("INSERT INTO evidence (kind, title, added) VALUES "
                                             "('statement', 'A note', '2026-02-01')"));
    const QString mine = column(*contributor, QStringLiteral("SELECT id FROM evidence WHERE "
                                                             "title = 'A note'"))
                             .value(0);
    requireDone(*contributor,
                QStringLiteral("INSERT INTO evidence_link (evidence_id, item_id) "
                               "VALUES (?, 'A-1')"),
                {mine.toLongLong()});
    requireDone(*contributor,
                QStringLiteral("UPDATE evidence SET title = 'A note, revised' WHERE "
                               "id = ?"),
                {mine.toLongLong()});
    requireDone(*contributor, QStringLiteral("INSERT INTO blob (sha256, size) VALUES ('ab', 0)"));
    requireDone(*contributor,
                QStringLiteral("INSERT INTO evidence_version (evidence_id, version, file_name, "
                               "blob_id, added) SELECT ?, 1, 'a.pdf', id, '2026-02-01' FROM blob "
                               "WHERE sha256 = 'ab'"),
                {mine.toLongLong()});
    requireDone(*contributor, QStringLiteral("INSERT INTO action (text, item_id, status) VALUES "
                                             "('Passing', 'A-1', 'open')"));
    requireDone(*contributor, QStringLiteral("DELETE FROM action WHERE text = 'Passing'"));
    requireDone(*contributor, QStringLiteral("INSERT INTO evidence_link (evidence_id, item_id) "
                                             "VALUES (100, 'A-1')"));
    requireDone(*contributor, QStringLiteral("DELETE FROM evidence_link WHERE evidence_id = 100 "
                                             "AND item_id = 'A-1'"));

    // Outside it: refused outright where a new row would fall outside, silently (no row) where
    // an existing row is out of sight of the policy.
    requireRefused(*contributor,
                   QStringLiteral("INSERT INTO assessment (item_id, result, workflow) VALUES "
                                  "('C-9', 'met', 'done')"),
                   denied);
    requireNoRowChanged(*contributor,
                        QStringLiteral("UPDATE assessment SET result = 'met' WHERE item_id = "
                                       "'B-1'"));
    requireRefused(*contributor,
                   QStringLiteral("UPDATE assessment SET item_id = 'B-2' WHERE item_id = 'A-1'"),
                   denied);
    requireRefused(*contributor,
                   QStringLiteral("UPDATE assessment SET row_version = 99 WHERE item_id = 'A-1'"),
                   denied);
    requireRefused(*contributor, QStringLiteral("DELETE FROM assessment"), denied);
    requireRefused(*contributor,
                   QStringLiteral("INSERT INTO action (text, item_id, status) VALUES ('Fix B', "
                                  "'B-1', 'open')"),
                   denied);
    requireNoRowChanged(*contributor,
                        QStringLiteral("UPDATE action SET status = 'done' WHERE id = 200"));
    requireNoRowChanged(*contributor, QStringLiteral("DELETE FROM action WHERE id = 200"));
    requireNoRowChanged(*contributor, QStringLiteral("UPDATE evidence SET title = 'Mine now' "
                                                     "WHERE id = 100"));
    requireNoRowChanged(*contributor, QStringLiteral("DELETE FROM evidence WHERE id = 100"));
    requireNoRowChanged(*contributor, QStringLiteral("DELETE FROM evidence_link WHERE item_id = "
                                                     "'B-1'"));
    requireRefused(*contributor,
                   QStringLiteral("INSERT INTO evidence_link (evidence_id, item_id) VALUES (100, "
                                  "'B-1')"),
                   denied);
    requireRefused(*contributor,
                   QStringLiteral("INSERT INTO evidence_version (evidence_id, version, file_name, "
                                  "blob_id, added) VALUES (100, 1, 'x.pdf', 1, '2026-01-01')"),
                   denied);
    requireRefused(*contributor,
                   QStringLiteral("UPDATE evidence SET created_by = 'someone' WHERE id = ?"),
                   denied, {mine.toLongLong()});
    requireRefused(*contributor,
                   QStringLiteral("INSERT INTO assignment VALUES (session_user, 'dom-b')"), denied);
    requireRefused(*contributor, QStringLiteral("DELETE FROM item_scope"), denied);
    requireRefused(*contributor, QStringLiteral("UPDATE profile SET name = 'Mine'"), denied);
    requireRefused(*contributor,
                   QStringLiteral("INSERT INTO action (text, item_id, status, source) VALUES "
                                  "('As if the assessor', 'A-1', 'open', 'assessor')"),
                   denied);
    requireRefused(*contributor,
                   QStringLiteral("INSERT INTO response (id, position, imported, "
                                  "document) VALUES ('r', 1, 'now', '{}')"),
                   denied);

    // Another contributor, assigned nothing, may not touch the first one's evidence.
    auto other = team.connect(team.otherContributor);
    requireNoRowChanged(
        *other, QStringLiteral("UPDATE evidence SET title = 'Taken' WHERE id = %1").arg(mine));
    requireNoRowChanged(*other, QStringLiteral("UPDATE assessment SET result = 'not-met'"));

    // The writer tells "not permitted" from "changed by someone else" and "removed".
    const auto update = [&](ServerConnection &who, const QString &item, qint64 version) {
        return ServerRowUpdate::update(who, QStringLiteral("assessment"), QStringLiteral("item_id"),
                                       item, version,
                                       {{QStringLiteral("narrative"), QStringLiteral("typed")}});
    };
    auto lead = team.connect(team.lead);
    const qint64 bVersion = rowVersion(*contributor, QStringLiteral("assessment"),
                                       QStringLiteral("item_id"), QStringLiteral("B-1"));
    CHECK(update(*contributor, QStringLiteral("B-1"), bVersion) ==
          ServerRowUpdate::Outcome::NotPermitted);
    const qint64 aVersion = rowVersion(*contributor, QStringLiteral("assessment"),
                                       QStringLiteral("item_id"), QStringLiteral("A-1"));
    requireDone(*lead, QStringLiteral("UPDATE assessment SET owner = 'Lead' WHERE item_id = "
                                      "'A-1'"));
    CHECK(update(*contributor, QStringLiteral("A-1"), aVersion) ==
          ServerRowUpdate::Outcome::ChangedElsewhere);
    CHECK(update(*contributor, QStringLiteral("A-1"), aVersion + 1) ==
          ServerRowUpdate::Outcome::Updated);
    requireDone(*lead, QStringLiteral("DELETE FROM assessment WHERE item_id = 'A-1'"));
    CHECK(update(*contributor, QStringLiteral("A-1"), aVersion + 2) ==
          ServerRowUpdate::Outcome::Removed);
}

TEST_CASE("An assessor reads, and adds findings only", "[server]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    test::TeamFixture team(server);
    seed(team);
    auto assessor = team.connect(team.assessor);
    const QString denied = QStringLiteral("42501");
    requireDone(*assessor, QStringLiteral("INSERT INTO response (id, position, imported, "
                                          "document) VALUES ('r1', 1, '2026-03-01', '{}')"));
    requireDone(*assessor, QStringLiteral("INSERT INTO action (text, item_id, status, source) "
                                          "VALUES ('Required by the assessor', 'B-1', 'open', "
                                          "'assessor')"));
    requireRefused(*assessor,
                   QStringLiteral("INSERT INTO action (text, item_id, status) VALUES ('Mine', "
                                  "'B-1', 'open')"),
                   denied);
    requireRefused(*assessor, QStringLiteral("UPDATE assessment SET result = 'met'"), denied);
    requireRefused(*assessor, QStringLiteral("UPDATE action SET status = 'done'"), denied);
    requireRefused(*assessor, QStringLiteral("DELETE FROM response"), denied);
    requireRefused(*assessor,
                   QStringLiteral("INSERT INTO evidence (kind, title, added) VALUES "
                                  "('statement', 'x', 'now')"),
                   denied);
}

TEST_CASE("Nobody changes or removes the server's audit trail, and it names the login", "[server]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    test::TeamFixture team(server);
    seed(team);
    auto contributor = team.connect(team.contributor);
    requireDone(*contributor, QStringLiteral("UPDATE assessment SET result = 'met' WHERE item_id "
                                             "= 'A-1'"));

    auto lead = team.connect(team.lead);
    CHECK(column(*lead, QStringLiteral("SELECT who || ' ' || what FROM server_audit WHERE tbl = "
                                       "'assessment' AND row_key = 'A-1' ORDER BY seq")) ==
          QStringList{team.lead + QStringLiteral(" insert"),
                      team.contributor + QStringLiteral(" update")});
    // The lead's own rows are the lead's, though written through the owner's function.
    CHECK(column(*lead, QStringLiteral("SELECT DISTINCT who FROM server_audit WHERE tbl = "
                                       "'profile'")) == QStringList{team.lead});

    auto owner = team.connect(team.owner);
    for (ServerConnection *who : {lead.get(), contributor.get(), owner.get()}) {
        requireRefused(*who, QStringLiteral("UPDATE server_audit SET who = 'nobody'"),
                       QStringLiteral("42501"));
        requireRefused(*who, QStringLiteral("DELETE FROM server_audit"), QStringLiteral("42501"));
        requireRefused(*who, QStringLiteral("TRUNCATE server_audit"), QStringLiteral("42501"));
        requireRefused(*who, QStringLiteral("UPDATE audit SET who = 'nobody'"),
                       QStringLiteral("42501"));
        requireRefused(*who, QStringLiteral("DELETE FROM set_history"), QStringLiteral("42501"));
    }
    requireRefused(*lead,
                   QStringLiteral("INSERT INTO server_audit VALUES (999, 'now', 'x', 'insert', "
                                  "'t', 'k', NULL, NULL, '', '')"),
                   QStringLiteral("42501"));
    requireRefused(*lead, QStringLiteral("UPDATE server_audit_head SET seq = 0"),
                   QStringLiteral("42501"));
    requireRefused(*lead, QStringLiteral("UPDATE server_meta SET value = '0'"),
                   QStringLiteral("42501"));

    auto verified = seqohs::ServerAuditTrail::verify(*lead);
    INFO(verified.errorString().toStdString());
    REQUIRE(verified.ok());
    CHECK(*verified == 10); // the nine rows seeded, then the update
}

TEST_CASE("The audit trail chains while several logins append at once", "[server]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    test::TeamFixture team(server);
    seed(team);
    const QStringList logins{team.lead, team.contributor, team.assessor, team.lead};
    constexpr int perWriter = 40;
    QStringList failures;
    std::mutex failureLock;
    std::vector<std::thread> writers;
    writers.reserve(logins.size());
    for (int w = 0; w < int(logins.size()); ++w) {
        writers.emplace_back([&, w] {
            // Each thread opens and closes its own connection: QtSql's connections stay on the
            // thread that made them.
            auto address = seqohs::ServerAddress::parse(server.url(team.database, logins.at(w)));
            auto connection = ServerConnection::open(*address);
            if (!connection) {
                const std::lock_guard<std::mutex> hold(failureLock);
                failures << connection.errorString();
                return;
            }
            for (int i = 0; i < perWriter; ++i) {
                const seqohs::Status done = (*connection)->transact(QStringLiteral("test"), [&] {
                    // Only an assessor's own actions are the assessor's.
                    const QString source = w == 2 ? QStringLiteral("assessor") : QStringLiteral("");
                    auto added = (*connection)
                                     ->run(QStringLiteral("INSERT INTO action (text, item_id, "
                                                          "status, source) VALUES (?, 'A-1', "
                                                          "'open', ?)"),
                                           {QStringLiteral("w%1 #%2").arg(w).arg(i), source},
                                           QStringLiteral("Adding"));
                    return added ? seqohs::success() : seqohs::Status(added.errors());
                });
                if (!done) {
                    const std::lock_guard<std::mutex> hold(failureLock);
                    failures << done.errorString();
                }
            }
        });
    }
    for (auto &t : writers)
        t.join();
    INFO(failures.join(QLatin1Char('\n')).toStdString());
    REQUIRE(failures.isEmpty());

    auto lead = team.connect(team.lead);
    auto verified = seqohs::ServerAuditTrail::verify(*lead);
    INFO(verified.errorString().toStdString());
    REQUIRE(verified.ok());
    CHECK(*verified == 9 + logins.size() * perWriter);
    CHECK(column(*lead, QStringLiteral("SELECT count(*) FROM server_audit WHERE tbl = 'action' "
                                       "AND what = 'insert' AND who = '%1'")
                            .arg(team.contributor)) == QStringList{QString::number(perWriter)});
    CHECK(column(*lead, QStringLiteral("SELECT count(*) FROM server_audit WHERE tbl = 'action' "
                                       "AND what = 'insert' AND who = '%1'")
                            .arg(team.lead)) == QStringList{QString::number(2 * perWriter + 1)});
}

TEST_CASE("A program that writes another server schema version cannot write", "[server]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    test::TeamFixture team(server);
    auto lead = team.connect(team.lead);
    const QString insert = QStringLiteral("INSERT INTO profile (id, name) VALUES (1, 'Clinic')");
    const int current = seqohs::ServerSchema::CurrentVersion;
    const QString newer = QString::number(current + 1);
    REQUIRE(tryExec(*lead, QStringLiteral("SELECT set_config('seqohs.schema_version', '%1', "
                                          "false)")
                               .arg(newer)));
    requireRefused(*lead, insert, QStringLiteral("55000"));
    {
        QSqlQuery q(lead->database());
        REQUIRE_FALSE(q.exec(insert));
        CHECK(q.lastError().databaseText().contains(
            QStringLiteral("server schema version %1, and the program writing to it writes "
                           "version %2")
                .arg(current)
                .arg(newer)));
    }
    REQUIRE(tryExec(*lead, QStringLiteral("RESET seqohs.schema_version")));
    requireRefused(*lead, insert, QStringLiteral("55000"));
    requireRefused(*lead, QStringLiteral("DELETE FROM assessment"), QStringLiteral("55000"));

    // A server upgraded by a newer program: this one refuses before writing, and says why.
    server.runAsSuperuser(team.database,
                          {QStringLiteral("UPDATE seqohs.server_meta SET value = '%1' WHERE key = "
                                          "'schema.version'")
                               .arg(newer)});
    auto again = team.connect(team.lead);
    const seqohs::Status writable = seqohs::ServerSchema::requireWritable(*again);
    REQUIRE_FALSE(writable.ok());
    CHECK(writable.errorString().contains(
        QStringLiteral("server schema version %1, newer").arg(newer)));
    requireRefused(*again, insert, QStringLiteral("55000"));
    const test::CliRun upgrade =
        test::serverCli({QStringLiteral("server"), QStringLiteral("upgrade"),
                         server.url(team.database, team.owner)});
    CHECK(upgrade.exitCode == 1);
    CHECK(upgrade.err.contains(QStringLiteral("newer than this version")));
}

TEST_CASE("server upgrade brings a version 1 team workspace to version 2, in one step, by its "
          "owner",
          "[server]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    test::TeamFixture team(server);
    seed(team);
    const QString regionalRole = team.database + QStringLiteral("_regional");
    // What version 1 laid out: no roll-up views and no regional role.
    QStringList toVersion1{QStringLiteral("DROP SCHEMA seqohs_rollup CASCADE")};
    for (const char *table :
         {"assessment", "evidence", "evidence_version", "evidence_link", "action"}) {
        toVersion1
            << QStringLiteral("DROP POLICY regional_reads ON seqohs.%1").arg(QLatin1String(table));
    }
    toVersion1
        << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA seqohs FROM \"%1\"").arg(regionalRole)
        << QStringLiteral("REVOKE ALL ON SCHEMA seqohs FROM \"%1\"").arg(regionalRole)
        << QStringLiteral("REVOKE ALL ON DATABASE \"%1\" FROM \"%2\"")
               .arg(team.database, regionalRole)
        << QStringLiteral("DROP ROLE \"%1\"").arg(regionalRole)
        << QStringLiteral("UPDATE seqohs.server_meta SET value = '1' WHERE key = "
                          "'schema.version'");
    server.runAsSuperuser(team.database, toVersion1);
    const QString insert = QStringLiteral("INSERT INTO assessment (item_id, result, workflow) "
                                          "VALUES ('C-1', 'met', 'done')");
    const QString trailCount = QStringLiteral("SELECT count(*) FROM server_audit");
    const QString url = server.url(team.database, team.owner);
    {
        auto lead = team.connect(team.lead);
        // Read, but not written, until it is upgraded; the message says how.
        CHECK(seqohs::ServerSchema::requireReadable(*lead).ok());
        const seqohs::Status writable = seqohs::ServerSchema::requireWritable(*lead);
        REQUIRE_FALSE(writable.ok());
        CHECK(writable.errorString().contains(QStringLiteral("version 1, older")));
        CHECK(writable.errorString().contains(QStringLiteral("server upgrade")));
        requireRefused(*lead, insert, QStringLiteral("55000"));
    }
    const QStringList trailBefore = column(*team.connect(team.lead), trailCount);

    // Not the owner: refused, nothing changed.
    const test::CliRun byLead =
        test::serverCli({QStringLiteral("server"), QStringLiteral("upgrade"),
                         server.url(team.database, team.lead)});
    CHECK(byLead.exitCode == 1);
    CHECK(byLead.err.contains(QStringLiteral("was not upgraded; nothing was changed")));
    {
        auto lead = team.connect(team.lead);
        auto state = seqohs::ServerSchema::inspect(*lead);
        REQUIRE(state.ok());
        CHECK(state->version == 1);
        CHECK(column(*lead, QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = "
                                           "'seqohs_rollup'")) == QStringList{QStringLiteral("0")});
    }

    const test::CliRun byOwner =
        test::serverCli({QStringLiteral("server"), QStringLiteral("upgrade"), url});
    CHECK(byOwner.exitCode == 0);
    CHECK(byOwner.out.contains(QStringLiteral("from server schema version 1 to 2")));
    {
        auto lead = team.connect(team.lead);
        auto state = seqohs::ServerSchema::inspect(*lead);
        REQUIRE(state.ok());
        CHECK(state->version == 2);
        CHECK(seqohs::ServerSchema::requireWritable(*lead).ok());
        // The content is as it was, and the upgrade wrote nothing into the trail.
        CHECK(column(*lead, trailCount) == trailBefore);
        CHECK(column(*lead, QStringLiteral("SELECT item_id FROM assessment ORDER BY 1")) ==
              QStringList{QStringLiteral("A-1"), QStringLiteral("B-1")});
        requireDone(*lead, insert);
    }
    const QString regional = server.createLogin(QStringLiteral("regional_"), regionalRole);
    auto figures = team.connect(regional);
    CHECK(column(*figures, QStringLiteral("SELECT item_id FROM seqohs_rollup.assessment ORDER BY "
                                          "1")) ==
          QStringList{QStringLiteral("A-1"), QStringLiteral("B-1"), QStringLiteral("C-1")});

    const test::CliRun again =
        test::serverCli({QStringLiteral("server"), QStringLiteral("upgrade"), url});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("already has server schema version 2; nothing was "
                                            "changed")));
}

TEST_CASE("A regional lead reads a site's figures through the roll-up views, and nothing more",
          "[server]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    test::TeamFixture team(server);
    CHECK(team.initOutput.contains(team.database + QStringLiteral("_regional")));
    seed(team);
    {
        auto lead = team.connect(team.lead);
        requireDone(*lead, QStringLiteral("UPDATE assessment SET narrative = 'Seen by Dr Grey', "
                                          "owner = 'Kim' WHERE item_id = 'A-1'"));
        requireDone(*lead, QStringLiteral("UPDATE assessment SET result = 'not-applicable', "
                                          "justification = 'No such clinic' WHERE item_id = "
                                          "'B-1'"));
        requireDone(*lead, QStringLiteral("UPDATE evidence SET description = 'Private', "
                                          "statement = 'Private statement', owner = 'Sam', "
                                          "review_by = '2026-02-01' WHERE id = 100"));
        requireDone(*lead, QStringLiteral("UPDATE evidence_link SET note = 'Private note'"));
        requireDone(*lead, QStringLiteral("UPDATE action SET answer = 'Private answer'"));
    }
    const QString regionalRole = team.database + QStringLiteral("_regional");
    const QString regional = server.createLogin(QStringLiteral("regional_"), regionalRole);
    auto figures = team.connect(regional);
    const QString denied = QStringLiteral("42501");

    // Through the views: what a roll-up shows (a justification too: without one, "not
    // applicable" still counts), the rest empty.
    CHECK(column(*figures, QStringLiteral("SELECT item_id || ' ' || result || ' ' || owner || "
                                          "' [' || narrative || '] ' || justification FROM "
                                          "seqohs_rollup.assessment ORDER BY 1")) ==
          QStringList{QStringLiteral("A-1 not-met Kim [] "),
                      QStringLiteral("B-1 not-applicable  [] No such clinic")});
    CHECK(column(*figures, QStringLiteral("SELECT title || '|' || owner || '|' || review_by || "
                                          "'|' || description || '|' || coalesce(statement, "
                                          "'none') FROM seqohs_rollup.evidence")) ==
          QStringList{QStringLiteral("B policy|Sam|2026-02-01||none")});
    CHECK(column(*figures, QStringLiteral("SELECT item_id || '[' || note || ']' FROM "
                                          "seqohs_rollup.evidence_link")) ==
          QStringList{QStringLiteral("B-1[]")});
    CHECK(column(*figures, QStringLiteral("SELECT item_id || ' ' || status || '[' || text || "
                                          "answer || ']' FROM seqohs_rollup.action")) ==
          QStringList{QStringLiteral("B-1 open[]")});
    CHECK(column(*figures, QStringLiteral("SELECT name FROM seqohs_rollup.profile")) ==
          QStringList{QStringLiteral("Clinic")});

    // Its own SQL reads no more than the views show, and changes nothing.
    const char *const hidden[] = {
        "SELECT narrative FROM seqohs.assessment",
        "SELECT * FROM seqohs.assessment",
        "SELECT description FROM seqohs.evidence",
        "SELECT statement FROM seqohs.evidence",
        "SELECT url FROM seqohs.evidence",
        "SELECT created_by FROM seqohs.evidence",
        "SELECT file_name FROM seqohs.evidence_version",
        "SELECT sha256 FROM seqohs.blob",
        "SELECT data FROM seqohs.blob_chunk",
        "SELECT note FROM seqohs.evidence_link",
        "SELECT text FROM seqohs.action",
        "SELECT answer FROM seqohs.action",
        "SELECT * FROM seqohs.meta",
        "SELECT * FROM seqohs.audit",
        "SELECT * FROM seqohs.server_audit",
        "SELECT * FROM seqohs.snapshot",
        "SELECT * FROM seqohs.assignment",
        "SELECT * FROM seqohs.signoff",
        "SELECT * FROM seqohs.response",
        "SELECT * FROM seqohs.pack",
        "SELECT * FROM seqohs.set_history",
        "SELECT * FROM seqohs.archived_assessment",
    };
    for (const char *sql : hidden)
        requireRefused(*figures, QString::fromLatin1(sql), denied);
    requireRefused(*figures, QStringLiteral("UPDATE seqohs.assessment SET result = 'met'"), denied);
    requireRefused(*figures, QStringLiteral("UPDATE seqohs_rollup.assessment SET result = 'met'"),
                   denied);
    requireRefused(*figures, QStringLiteral("DELETE FROM seqohs_rollup.action"), denied);
    requireRefused(*figures,
                   QStringLiteral("INSERT INTO seqohs.evidence (kind, title, added) VALUES "
                                  "('statement', 'x', '2026-01-01')"),
                   denied);
    requireRefused(*figures, QStringLiteral("CREATE TABLE seqohs_rollup.mine (id int)"), denied);
    // Opening the workspace to work on it is refused with what to do instead.
    const test::CliRun opened = test::serverCli(
        {QStringLiteral("score"), QStringLiteral("-w"), server.url(team.database, regional)});
    CHECK(opened.exitCode != 0);
    CHECK(opened.err.contains(QStringLiteral("may read only the roll-up figures")));
    CHECK(opened.err.contains(QStringLiteral("rollup URL")));

    // The views run as the caller: a policy that hides rows from the regional role hides them
    // from it in the views as well, and from no one else.
    server.runAsSuperuser(team.database,
                          {QStringLiteral("CREATE POLICY only_a ON seqohs.assessment AS "
                                          "RESTRICTIVE FOR SELECT TO \"%1\" USING (item_id LIKE "
                                          "'A-%')")
                               .arg(regionalRole)});
    CHECK(column(*figures, QStringLiteral("SELECT item_id FROM seqohs_rollup.assessment")) ==
          QStringList{QStringLiteral("A-1")});
    auto viewer = team.connect(team.viewer);
    CHECK(column(*viewer, QStringLiteral("SELECT item_id FROM seqohs_rollup.assessment ORDER BY "
                                         "1")) ==
          QStringList{QStringLiteral("A-1"), QStringLiteral("B-1")});
}

TEST_CASE("A failed statement's values stay out of the server's log", "[server]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    QFile log(server.logPath());
    if (!log.open(QIODevice::ReadOnly)) {
        std::cout << "SKIPPED: the server's log cannot be read here\n";
        return;
    }
    const auto failWith = [&](const test::TeamFixture &team, const QString &secret) {
        auto lead = team.connect(team.lead);
        // not-applicable without a justification breaks a CHECK: the statement fails.
        requireRefused(*lead,
                       QStringLiteral("INSERT INTO assessment (item_id, result, workflow, "
                                      "narrative) VALUES ('A-1', 'not-applicable', 'done', ?)"),
                       QStringLiteral("23514"), {secret});
    };
    // Where the administrator let "server init" set the logging, the value is not logged ...
    test::TeamFixture guarded(server, true);
    const QByteArray guardedSecret = "guarded-" + guarded.database.toUtf8();
    failWith(guarded, QString::fromUtf8(guardedSecret));
    // ... and where not, the server's defaults log it, which is why the docs tell the
    // administrator to set it.
    test::TeamFixture unguarded(server, false);
    const QByteArray unguardedSecret = "unguarded-" + unguarded.database.toUtf8();
    failWith(unguarded, QString::fromUtf8(unguardedSecret));
    const QByteArray text = log.readAll();
    CHECK_FALSE(text.contains(guardedSecret));
    CHECK(text.contains(unguardedSecret));
}
