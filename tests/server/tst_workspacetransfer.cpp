// A workspace file goes up to a team workspace and comes back down as the same workspace: every
// table's rows with their types, every evidence content byte for byte, and a file that passes
// its own integrity check. And the refusals: a server that is not set up, one that holds a
// workspace already, one of a newer schema, a damaged file, a role that may not write.
#include "teamfixture.h"
#include "testserver.h"
#include "testsupport.h"

#include "server/serveraddress.h"
#include "server/serveraudittrail.h"
#include "server/serverconnection.h"
#include "server/serverschema.h"
#include "workspace/evidenceitem.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using seqohs::Workspace;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Bytes that do not compress and are the same on every run.
QByteArray noise(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(generator.generate() & 0xff);
    return bytes;
}

// Everything a workspace file holds, table by table: each row as its values with SQLite's own
// type of each (so that 5 and '5' differ), in a fixed order; and the header values.
QStringList contents(const QString &path)
{
    QStringList out;
    const QString name = QStringLiteral("contents-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const char *pragma : {"page_size", "user_version", "application_id", "journal_mode"}) {
            REQUIRE(q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma))));
            REQUIRE(q.next());
            out << QLatin1String(pragma) + QLatin1Char('=') + q.value(0).toString();
        }
        REQUIRE(q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master ORDER BY name")));
        QStringList tables;
        while (q.next()) {
            out << q.value(0).toString() + QLatin1Char(':') + q.value(1).toString();
            if (q.value(1).toString().startsWith(QLatin1String("CREATE TABLE")))
                tables << q.value(0).toString();
        }
        for (const QString &table : tables) {
            QSqlQuery columns(db);
            REQUIRE(columns.exec(
                QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)));
            QStringList typed;
            while (columns.next())
                typed << QStringLiteral("typeof(\"%1\") || ':' || quote(\"%1\")")
                             .arg(columns.value(0).toString());
            QSqlQuery rows(db);
            REQUIRE(rows.exec(QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY 1")
                                  .arg(typed.join(QLatin1String(" || '|' || ")), table)));
            QStringList lines;
            while (rows.next())
                lines << rows.value(0).toString();
            lines.sort();
            out << table + QStringLiteral(": %1 rows").arg(lines.size());
            out << lines;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

// Every stored version of every file item, exported byte for byte, by (item, version).
QMap<QString, QByteArray> evidenceContents(const QString &path, const test::TempDir &dir)
{
    QMap<QString, QByteArray> out;
    auto ws = Workspace::open(path, Workspace::ReadOnly);
    REQUIRE(ws.ok());
    auto items = (*ws)->evidence();
    REQUIRE(items.ok());
    for (const seqohs::EvidenceItem &item : *items) {
        if (item.kind != seqohs::EvidenceItem::Kind::File)
            continue;
        auto versions = (*ws)->versions(item.id);
        REQUIRE(versions.ok());
        for (const auto &version : *versions) {
            const QString key = QStringLiteral("%1/%2").arg(item.id).arg(version.version);
            const QString exported =
                dir.filePath(QStringLiteral("export-%1-%2").arg(item.id).arg(version.version));
            QFile::remove(exported);
            REQUIRE((*ws)->exportEvidenceFile(item.id, exported, version.version).ok());
            out.insert(key, readAll(exported));
        }
    }
    return out;
}

// The demo workspace with real files added: one of several content chunks, a text file, an
// empty file, a second version of one of them; and a sign-off, a snapshot and an action.
QString demoWithFiles(const test::TempDir &dir, QMap<QString, QByteArray> &files)
{
    QString path = dir.filePath(QStringLiteral("clinic.seqohs"));
    REQUIRE(test::serverCli({QStringLiteral("demo"), QStringLiteral("--out"), path}).exitCode == 0);
    files.insert(QStringLiteral("large.bin"), noise(2 * 1024 * 1024 + 12345, 20));
    files.insert(QStringLiteral("minutes.txt"), QByteArray("Minutes of the governance group.\n"));
    files.insert(QStringLiteral("empty.txt"), QByteArray());
    QStringList add{QStringLiteral("evidence"), QStringLiteral("add")};
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        write(dir.filePath(it.key()), it.value());
        add << dir.filePath(it.key());
    }
    add << QStringLiteral("--criteria") << QStringLiteral("s23-gov-01") << QStringLiteral("-w")
        << path;
    REQUIRE(test::serverCli(add).exitCode == 0);
    {
        auto ws = Workspace::open(path);
        REQUIRE(ws.ok());
        auto items = (*ws)->evidence();
        REQUIRE(items.ok());
        qint64 minutes = 0;
        for (const auto &item : *items) {
            if (item.title == QLatin1String("minutes.txt"))
                minutes = item.id;
        }
        REQUIRE(minutes > 0);
        const QString second = dir.filePath(QStringLiteral("minutes-v2.txt"));
        files.insert(QStringLiteral("minutes-v2.txt"), QByteArray("Minutes, corrected.\n"));
        write(second, files.value(QStringLiteral("minutes-v2.txt")));
        REQUIRE((*ws)->replaceEvidenceFile(minutes, second).ok());
    }
    REQUIRE(test::serverCli({QStringLiteral("signoff"), QStringLiteral("add"),
                             QStringLiteral("--criterion"), QStringLiteral("s23-gov-01"),
                             QStringLiteral("--by"), QStringLiteral("Dr Shah"),
                             QStringLiteral("-w"), path})
                .exitCode == 0);
    REQUIRE(test::serverCli({QStringLiteral("snapshot"), QStringLiteral("save"),
                             QStringLiteral("Before upload"), QStringLiteral("-w"), path})
                .exitCode == 0);
    REQUIRE(test::serverCli({QStringLiteral("integrity"), QStringLiteral("-w"), path}).exitCode ==
            0);
    return path;
}

} // namespace

TEST_CASE("A workspace goes up to the server and comes back down the same", "[server]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    test::TeamFixture team(server);
    test::TempDir dir;
    QMap<QString, QByteArray> files;
    const QString original = demoWithFiles(dir, files);
    const QStringList before = contents(original);

    const test::CliRun up =
        test::serverCli({QStringLiteral("workspace"), QStringLiteral("upload"), original,
                         QStringLiteral("--to"), server.url(team.database, team.lead)});
    REQUIRE(up.exitCode == 0);
    CHECK(up.out.contains(QStringLiteral("each read back and checked")));
    // The file was only read.
    CHECK(contents(original) == before);

    // Anyone who may read the team workspace may take a copy: here the viewer.
    const QString copy = dir.filePath(QStringLiteral("copy.seqohs"));
    const test::CliRun down =
        test::serverCli({QStringLiteral("workspace"), QStringLiteral("download"),
                         server.url(team.database, team.viewer), QStringLiteral("--out"), copy});
    REQUIRE(down.exitCode == 0);
    CHECK(down.out.contains(QStringLiteral("integrity check passed")));

    const QStringList after = contents(copy);
    CHECK(after.size() == before.size());
    for (qsizetype i = 0; i < std::min(after.size(), before.size()); ++i) {
        if (after.at(i) != before.at(i)) {
            FAIL("first difference: " << before.at(i).left(300).toStdString() << " / "
                                      << after.at(i).left(300).toStdString());
        }
    }
    CHECK(after == before);

    const QMap<QString, QByteArray> originalContents = evidenceContents(original, dir);
    const QMap<QString, QByteArray> copiedContents = evidenceContents(copy, dir);
    CHECK(copiedContents.size() == originalContents.size());
    CHECK(copiedContents == originalContents);
    // The files added are among them, as they were on disk.
    const QList<QByteArray> copied = copiedContents.values();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(copied.contains(it.value()));
    }

    const test::CliRun integrity =
        test::serverCli({QStringLiteral("integrity"), QStringLiteral("-w"), copy});
    CHECK(integrity.exitCode == 0);
    CHECK(integrity.out.contains(QStringLiteral("no problems found")));

    // The server recorded the upload in its own trail, as the lead's.
    auto lead = team.connect(team.lead);
    auto verified = seqohs::ServerAuditTrail::verify(*lead);
    INFO(verified.errorString().toStdString());
    REQUIRE(verified.ok());
    CHECK(*verified > 0);
    QSqlQuery who(lead->database());
    REQUIRE(who.exec(QStringLiteral("SELECT DISTINCT who FROM server_audit")));
    REQUIRE(who.next());
    CHECK(who.value(0).toString() == team.lead);
    CHECK_FALSE(who.next());
}

TEST_CASE("Upload and download refuse what they must, and change nothing then", "[server]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    test::TeamFixture team(server);
    test::TempDir dir;
    QMap<QString, QByteArray> files;
    const QString original = demoWithFiles(dir, files);
    const QString leadUrl = server.url(team.database, team.lead);
    const auto upload = [&](const QString &file, const QString &url) {
        return test::serverCli({QStringLiteral("workspace"), QStringLiteral("upload"), file,
                                QStringLiteral("--to"), url});
    };
    const auto download = [&](const QString &url, const QString &out) {
        return test::serverCli({QStringLiteral("workspace"), QStringLiteral("download"), url,
                                QStringLiteral("--out"), out});
    };
    const auto evidenceRows = [&]() {
        auto lead = team.connect(team.lead);
        QSqlQuery q(lead->database());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM evidence")));
        REQUIRE(q.next());
        return q.value(0).toInt();
    };

    SECTION("a server with nothing uploaded has nothing to download")
    {
        const test::CliRun empty = download(leadUrl, dir.filePath(QStringLiteral("none.seqohs")));
        CHECK(empty.exitCode == 1);
        CHECK(empty.err.contains(QStringLiteral("holds no workspace yet")));
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.seqohs"))));
    }
    SECTION("a database without server init")
    {
        const QString owner = server.createLogin(QStringLiteral("owner_"), QString(), true);
        const QString bare = server.createDatabase(owner);
        const test::CliRun up = upload(original, server.url(bare, owner));
        CHECK(up.exitCode == 1);
        CHECK(up.err.contains(QStringLiteral("'server init' has not been run")));
        const test::CliRun down =
            download(server.url(bare, owner), dir.filePath(QStringLiteral("bare.seqohs")));
        CHECK(down.exitCode == 1);
        CHECK(down.err.contains(QStringLiteral("'server init' has not been run")));
    }
    SECTION("a role that may not write, or a damaged file")
    {
        const test::CliRun viewer = upload(original, server.url(team.database, team.viewer));
        CHECK(viewer.exitCode == 1);
        CHECK(viewer.err.contains(QStringLiteral("not permitted")));
        CHECK(evidenceRows() == 0);

        const QString damaged = dir.filePath(QStringLiteral("damaged.seqohs"));
        REQUIRE(QFile::copy(original, damaged));
        test::runSql(damaged, {QStringLiteral("UPDATE assessment SET narrative = 'edited behind "
                                              "the program''s back' WHERE item_id = (SELECT "
                                              "min(item_id) FROM assessment)")});
        const test::CliRun up = upload(damaged, leadUrl);
        CHECK(up.exitCode == 1);
        CHECK(up.err.contains(QStringLiteral("does not pass its integrity check")));
        CHECK(evidenceRows() == 0);
    }
    SECTION("a server that holds a workspace already, and a file that exists already")
    {
        REQUIRE(upload(original, leadUrl).exitCode == 0);
        const int held = evidenceRows();
        CHECK(held > 0);
        const test::CliRun again = upload(original, leadUrl);
        CHECK(again.exitCode == 1);
        CHECK(again.err.contains(QStringLiteral("already holds a workspace")));
        CHECK(evidenceRows() == held);

        const QString existing = dir.filePath(QStringLiteral("existing.seqohs"));
        write(existing, QByteArray("mine"));
        const test::CliRun over = download(leadUrl, existing);
        CHECK(over.exitCode == 1);
        CHECK(over.err.contains(QStringLiteral("exists already")));
        CHECK(readAll(existing) == QByteArray("mine"));
    }
    SECTION("a server of a newer schema")
    {
        REQUIRE(upload(original, leadUrl).exitCode == 0);
        const int current = seqohs::ServerSchema::CurrentVersion;
        server.runAsSuperuser(team.database,
                              {QStringLiteral("UPDATE seqohs.server_meta SET value = '%1' WHERE "
                                              "key = 'schema.version'")
                                   .arg(current + 1)});
        const test::CliRun up = upload(original, leadUrl);
        CHECK(up.exitCode == 1);
        CHECK(up.err.contains(QStringLiteral("server schema version %1, newer than this version "
                                             "of seqohs-tracker writes (%2)")
                                  .arg(current + 1)
                                  .arg(current)));
        const QString out = dir.filePath(QStringLiteral("newer.seqohs"));
        const test::CliRun down = download(leadUrl, out);
        CHECK(down.exitCode == 1);
        CHECK(down.err.contains(QStringLiteral("newer than this version of seqohs-tracker "
                                               "reads")));
        CHECK_FALSE(QFile::exists(out));
    }
}
