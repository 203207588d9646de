// Hostile or odd input is refused at once, located, or scanned as a person would expect.
#include "testsupport.h"

#include "catalogue/standardsformat.h"
#include "workspace/personaldataguard.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringEncoder>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <tuple>

using namespace seqohs;

namespace {
void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

QString makeDemo(const test::TempDir &dir)
{
    QString ws = dir.filePath(QStringLiteral("demo.seqohs"));
    REQUIRE(test::runCli({QStringLiteral("demo"), QStringLiteral("--out"), ws}).exitCode == 0);
    return ws;
}
} // namespace

TEST_CASE("A pipe given as the workspace is refused at once, not waited on")
{
    test::TempDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.seqohs"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    for (const QStringList &args :
         {QStringList{QStringLiteral("info"), QStringLiteral("-w"), fifo},
          QStringList{QStringLiteral("integrity"), QStringLiteral("-w"), fifo},
          QStringList{QStringLiteral("assess"), QStringLiteral("-w"), fifo, QStringLiteral("x"),
                      QStringLiteral("--result"), QStringLiteral("met")}}) {
        const test::CliRun run = test::runCli(args, 10000);
        INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("not a regular file")));
        CHECK(run.err.contains(fifo));
    }
}

TEST_CASE("A raw NUL byte inside a standards file is refused with its place")
{
    Expected<QByteArray> good = QByteArray();
    QFile valid(test::dataPath(QStringLiteral("standards/valid-set.json")));
    REQUIRE(valid.open(QIODevice::ReadOnly));
    QByteArray json = valid.readAll();
    const qsizetype at = json.indexOf("\"title\": \"") + 10;
    REQUIRE(at > 10);
    json.insert(at, '\0');
    const Expected<StandardsSet> set = StandardsFormat::read(json, QStringLiteral("nul.json"));
    REQUIRE_FALSE(set.ok());
    CHECK(set.errors().first().message.contains(QStringLiteral("control character (0x00)")));
    CHECK(set.errors().first().location.startsWith(QStringLiteral("line ")));

    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("nul.json"));
    writeFile(path, json);
    const test::CliRun run = test::runCli(
        {QStringLiteral("init"), dir.filePath(QStringLiteral("x.seqohs")), QStringLiteral("--name"),
         QStringLiteral("X"), QStringLiteral("--edition"), path});
    CHECK(run.exitCode != 0);
    CHECK(run.err.contains(QStringLiteral("nul.json")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.seqohs"))));
}

TEST_CASE("An NHS number in UTF-16 text or split by HTML tags is still found")
{
    test::TempDir dir;
    const QString text = QStringLiteral("Referral for patient 943 476 5919 seen on Tuesday.\n");
    struct Case
    {
        QString name;
        QByteArray bytes;
    };
    auto encode = [&](QStringConverter::Encoding e, bool bom) {
        QStringEncoder encoder(e, bom ? QStringConverter::Flag::WriteBom
                                      : QStringConverter::Flag::Default);
        return QByteArray(encoder.encode(text));
    };
    const QList<Case> cases{
        {QStringLiteral("le-bom.txt"), encode(QStringConverter::Utf16LE, true)},
        {QStringLiteral("be-bom.txt"), encode(QStringConverter::Utf16BE, true)},
        {QStringLiteral("le.txt"), encode(QStringConverter::Utf16LE, false)},
        {QStringLiteral("be.txt"), encode(QStringConverter::Utf16BE, false)},
        {QStringLiteral("tagged.html"),
         QByteArray("<html><body><p>Patient <b>943</b> 476 5919</p></body></html>\n")},
    };
    for (const Case &c : cases) {
        const QString path = dir.filePath(c.name);
        writeFile(path, c.bytes);
        const Expected<PersonalDataGuard::Result> scan = PersonalDataGuard::scanFile(path);
        INFO(c.name.toStdString());
        REQUIRE(scan.ok());
        CHECK(scan->scanned);
        REQUIRE(scan->findings.size() == 1);
        CHECK(scan->findings.first().kind == PersonalDataGuard::Finding::Kind::NhsNumber);
    }
    // Plain text without one stays clean.
    const QString clean = dir.filePath(QStringLiteral("clean.txt"));
    writeFile(clean, "Policy reviewed on 12 March 2026 by the clinical lead.\n");
    CHECK(PersonalDataGuard::scanFile(clean)->isClean());
}

TEST_CASE("Typed text is checked for personal data in the command line too")
{
    test::TempDir dir;
    const QString ws = makeDemo(dir);
    const QString nhs = QStringLiteral("Follow up 943 476 5919");
    struct Case
    {
        QStringList args;
    };
    const QList<QStringList> refused{
        {QStringLiteral("actions"), QStringLiteral("add"), QStringLiteral("-w"), ws, nhs},
        {QStringLiteral("assess"), QStringLiteral("-w"), ws, QStringLiteral("s23-gov-01"),
         QStringLiteral("--result"), QStringLiteral("met"), QStringLiteral("--note"), nhs},
        {QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("-w"), ws,
         QStringLiteral("--link"), QStringLiteral("https://intranet.example/policy"),
         QStringLiteral("--criteria"), QStringLiteral("s23-gov-01"), QStringLiteral("--title"),
         nhs},
        {QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("-w"), ws,
         QStringLiteral("--statement"), QStringLiteral("We do this."), QStringLiteral("--criteria"),
         QStringLiteral("s23-gov-01"), QStringLiteral("--description"),
         QStringLiteral("DOB: 01/02/1980")},
    };
    const QString before =
        test::runCli({QStringLiteral("info"), QStringLiteral("-w"), ws, QStringLiteral("--json")})
            .out;
    for (const QStringList &args : refused) {
        const test::CliRun run = test::runCli(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("seems to contain personal data")));
        CHECK(run.err.contains(QStringLiteral("--allow-personal-data")));
    }
    // Nothing was written by the refused commands.
    CHECK(test::runCli({QStringLiteral("info"), QStringLiteral("-w"), ws, QStringLiteral("--json")})
              .out == before);
    // Allowed explicitly, it goes ahead with a warning.
    QStringList allowed = refused.first();
    allowed << QStringLiteral("--allow-personal-data");
    const test::CliRun run = test::runCli(allowed);
    CHECK(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("Warning:")));
}

TEST_CASE("A folder of PDF files gets one note with the count, not one per file")
{
    test::TempDir dir;
    const QString ws = makeDemo(dir);
    REQUIRE(QDir().mkpath(dir.filePath(QStringLiteral("pdfs"))));
    for (int i = 0; i < 12; ++i) {
        writeFile(dir.filePath(QStringLiteral("pdfs/doc%1.pdf").arg(i)),
                  QByteArray("%PDF-1.4\n% not really a document ") + QByteArray::number(i));
    }
    const test::CliRun run =
        test::runCli({QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("-w"), ws,
                      QStringLiteral("--folder"), dir.filePath(QStringLiteral("pdfs")),
                      QStringLiteral("--criteria"), QStringLiteral("s23-gov-01")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.err.count(QStringLiteral("Note:")) == 1);
    CHECK(run.err.contains(QStringLiteral("12 files were not scanned")));
}

TEST_CASE("Ctrl-C or SIGTERM during a folder import stops cleanly, says what was stored, and a "
          "rerun adds no duplicates")
{
    test::TempDir dir;
    const QString ws = makeDemo(dir);
    const QString folder = dir.filePath(QStringLiteral("many"));
    REQUIRE(QDir().mkpath(folder));
    const int files = 1500;
    for (int i = 0; i < files; ++i) {
        writeFile(
            QDir(folder).filePath(QStringLiteral("minutes-%1.txt").arg(i, 4, 10, QLatin1Char('0'))),
            QByteArray("Minutes of meeting number ") + QByteArray::number(i) + '\n');
    }
    auto itemCount = [&] {
        const test::CliRun list =
            test::runCli({QStringLiteral("evidence"), QStringLiteral("list"), QStringLiteral("-w"),
                          ws, QStringLiteral("--json")});
        REQUIRE(list.exitCode == 0);
        return int(list.out.count(QStringLiteral("\"sha256\"")));
    };
    const int before = itemCount();

    QProcess cli;
    cli.start(QStringLiteral(SEQOHS_CLI_PATH),
              {QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("-w"), ws,
               QStringLiteral("--folder"), folder, QStringLiteral("--criteria"),
               QStringLiteral("s23-gov-01")});
    REQUIRE(cli.waitForStarted());
    // Interrupt once the import is under way: after its first committed item.
    QByteArray out;
    while (!out.contains("Added evidence") && cli.waitForReadyRead(20000))
        out += cli.readAllStandardOutput();
    REQUIRE(out.contains("Added evidence"));
    cli.terminate(); // SIGTERM, as a service manager or a closing terminal sends
    REQUIRE(cli.waitForFinished(30000));
    out += cli.readAllStandardOutput();
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    INFO(err.toStdString());
    CHECK(cli.exitStatus() == QProcess::NormalExit);
    CHECK(cli.exitCode() == 1);
    CHECK(err.contains(QStringLiteral("Interrupted")));
    const int printed = int(out.count("Added evidence"));
    CHECK(printed < files);
    // Every item stored was reported, and nothing else was stored.
    CHECK(itemCount() == before + printed);
    // The workspace is whole.
    CHECK(test::runCli({QStringLiteral("integrity"), QStringLiteral("-w"), ws}).exitCode == 0);

    // The same command again finishes the job without duplicates.
    const test::CliRun rerun =
        test::runCli({QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("-w"), ws,
                      QStringLiteral("--folder"), folder, QStringLiteral("--criteria"),
                      QStringLiteral("s23-gov-01")},
                     240000);
    CHECK(rerun.exitCode == 0);
    CHECK(rerun.out.count(QStringLiteral("Already stored")) == printed);
    CHECK(itemCount() == before + files);
}

TEST_CASE("An import to a new workspace never leaves a half-made file under the name asked for")
{
    test::TempDir dir;
    const QString ws = makeDemo(dir);
    const QString json = dir.filePath(QStringLiteral("demo.json"));
    REQUIRE(test::runCli({QStringLiteral("export"), QStringLiteral("-w"), ws,
                          QStringLiteral("--format"), QStringLiteral("json"),
                          QStringLiteral("--out"), json})
                .exitCode == 0);
    const QString target = dir.filePath(QStringLiteral("copy.seqohs"));
    // A leftover from an earlier interrupted import does not stand in the way.
    writeFile(target + QStringLiteral(".building"), "half of something");
    const test::CliRun run =
        test::runCli({QStringLiteral("import"), json, QStringLiteral("--out"), target});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(QFile::exists(target));
    CHECK_FALSE(QFile::exists(target + QStringLiteral(".building")));
    CHECK_FALSE(QFile::exists(target + QStringLiteral(".building-wal")));
    CHECK(test::runCli({QStringLiteral("integrity"), QStringLiteral("-w"), target}).exitCode == 0);
}

TEST_CASE("A file that changes while it is read is refused and nothing of it is stored")
{
    test::TempDir dir;
    const QString ws = makeDemo(dir);
    Expected<std::unique_ptr<Workspace>> workspace = Workspace::open(ws);
    REQUIRE(workspace.ok());
    const qsizetype before = (*workspace)->evidence()->size();
    const QString path = dir.filePath(QStringLiteral("growing.log"));
    writeFile(path, QByteArray(3 * 1024 * 1024, 'a'));
    bool appended = false;
    // Another program writes to the file while it is being copied in.
    auto progress = [&](qint64, qint64) {
        if (!appended) {
            QFile f(path);
            REQUIRE(f.open(QIODevice::Append));
            f.write(QByteArray(1024, 'b'));
            appended = true;
        }
        return true;
    };
    EvidenceItem meta;
    meta.title = QStringLiteral("Growing log");
    const Expected<qint64> id = (*workspace)->addEvidenceFile(path, meta, {}, progress);
    REQUIRE(appended);
    REQUIRE_FALSE(id.ok());
    CHECK(id.errors().first().message.contains(QStringLiteral("changed while it was being read")));
    CHECK((*workspace)->evidence()->size() == before);
    // Left alone, the same file is then stored whole.
    const Expected<qint64> again = (*workspace)->addEvidenceFile(path, meta, {});
    REQUIRE(again.ok());
    CHECK((*workspace)->evidence()->size() == before + 1);
}

TEST_CASE("A truncated workspace is refused even with an empty write-ahead log beside it")
{
    test::TempDir dir;
    const QString ws = makeDemo(dir);
    // Cut the file short, and leave the empty log a read-only session would leave.
    QFile file(ws);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.resize(file.size() / 2));
    file.close();
    writeFile(ws + QStringLiteral("-wal"), QByteArray());
    for (const QString &command : {QStringLiteral("info"), QStringLiteral("assess")}) {
        QStringList args{command, QStringLiteral("-w"), ws};
        if (command == QStringLiteral("assess"))
            args << QStringLiteral("s23-gov-01") << QStringLiteral("--result")
                 << QStringLiteral("met");
        const test::CliRun run = test::runCli(args);
        INFO(command.toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("truncated")));
    }
}

TEST_CASE("Rows cut from the end of the audit trail are noticed against what this computer saw")
{
    test::TempDir dir;
    test::TempDir config;
    // The command line keeps what it saw in its settings: give this test settings of its own.
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    const QString ws = makeDemo(dir);
    REQUIRE(test::runCli({QStringLiteral("info"), QStringLiteral("-w"), ws}).exitCode == 0);

    // Commands that only read leave the settings file alone: a rewrite (a new file put in
    // place, synced) on every read would cost each of them a synced write.
    const QString settingsFile =
        config.filePath(QStringLiteral("seqohs-tracker/seqohs-tracker-cli.conf"));
    auto fileState = [&settingsFile] {
        struct stat st
        {
        };
        REQUIRE(::stat(QFile::encodeName(settingsFile).constData(), &st) == 0);
        return std::make_tuple(st.st_ino, st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
    };
    const auto seen = fileState();
    REQUIRE(test::runCli({QStringLiteral("score"), QStringLiteral("-w"), ws}).exitCode == 0);
    REQUIRE(test::runCli({QStringLiteral("info"), QStringLiteral("-w"), ws}).exitCode == 0);
    CHECK(fileState() == seen);

    // Someone removes the last three rows and rewinds the count and head to match: the file
    // is consistent again inside.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(ws);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_no_delete")));
        REQUIRE(q.exec(QStringLiteral("SELECT max(seq) FROM audit")));
        REQUIRE(q.next());
        const qint64 last = q.value(0).toLongLong();
        REQUIRE(last > 3);
        REQUIRE(q.exec(QStringLiteral("DELETE FROM audit WHERE seq > %1").arg(last - 3)));
        REQUIRE(q.exec(QStringLiteral("SELECT hash FROM audit WHERE seq = %1").arg(last - 3)));
        REQUIRE(q.next());
        const QString head = q.value(0).toString();
        REQUIRE(q.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = "
                                      "'workspace.audit_count'")
                           .arg(last - 3)));
        REQUIRE(
            q.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'workspace.audit_head'")
                       .arg(head)));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));

    const test::CliRun run = test::runCli({QStringLiteral("info"), QStringLiteral("-w"), ws});
    INFO(run.err.toStdString());
    CHECK(run.err.contains(QStringLiteral("audit trail is shorter than when this computer last "
                                          "opened")));
    // Looking at it again does not make the shortened trail the new truth.
    CHECK(test::runCli({QStringLiteral("info"), QStringLiteral("-w"), ws})
              .err.contains(QStringLiteral("shorter")));
    if (oldConfig.isNull())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", oldConfig);
}

TEST_CASE("A file whose name is not valid UTF-8 is named in an error, never skipped in silence")
{
    test::TempDir dir;
    const QString ws = makeDemo(dir);
    const QString folder = dir.filePath(QStringLiteral("evidence"));
    REQUIRE(QDir().mkpath(folder + QStringLiteral("/minutes")));
    auto writeRaw = [](const QByteArray &path, const QByteArray &content) {
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        REQUIRE(fd >= 0);
        REQUIRE(::write(fd, content.constData(), size_t(content.size())) == content.size());
        ::close(fd);
    };
    writeRaw(QFile::encodeName(folder) + "/policy.txt", "Our policy.\n");
    // "réunion.txt" written in Latin-1, as an old system would have named it.
    writeRaw(QFile::encodeName(folder) + "/minutes/r\xe9union.txt", "Minutes.\n");
    const qsizetype before = (*(*Workspace::open(ws, Workspace::ReadOnly))->evidence()).size();

    // The folder: refused before anything is stored, naming the file and what to do.
    const test::CliRun run =
        test::runCli({QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("-w"), ws,
                      QStringLiteral("--folder"), folder, QStringLiteral("--criteria"),
                      QStringLiteral("s23-gov-01")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("minutes/r\\xe9union.txt")));
    CHECK(run.err.contains(QStringLiteral("1 file name in the folder is not valid UTF-8")));
    CHECK(run.err.contains(QStringLiteral("Rename")));
    CHECK((*(*Workspace::open(ws, Workspace::ReadOnly))->evidence()).size() == before);

    // The file by name: the argument itself is refused, not reported as missing.
    QProcess shell;
    shell.start(QStringLiteral("sh"),
                {QStringLiteral("-c"),
                 QStringLiteral("\"$0\" evidence add -w \"$1\" \"$2/minutes/$(printf "
                                "'r\\351union.txt')\" --criteria s23-gov-01"),
                 test::cliProgram(), ws, folder});
    REQUIRE(shell.waitForFinished(30000));
    const QString err = QString::fromUtf8(shell.readAllStandardError());
    INFO(err.toStdString());
    CHECK(shell.exitCode() == 2);
    CHECK(err.contains(QStringLiteral("minutes/r\\xe9union.txt) is not valid UTF-8")));
    CHECK_FALSE(err.contains(QStringLiteral("does not exist")));
}

TEST_CASE("A workspace the integrity check calls damaged is not written to, and can still be read")
{
    test::TempDir dir;
    const QString ws = makeDemo(dir);
    auto assess = [&ws](const QString &item) {
        return test::runCli({QStringLiteral("assess"), QStringLiteral("-w"), ws, item,
                             QStringLiteral("--result"), QStringLiteral("not-met")});
    };
    auto resultOf = [&ws](const QString &item) {
        return (*(*Workspace::open(ws, Workspace::ReadOnly))->assessment(item)).result;
    };
    REQUIRE(assess(QStringLiteral("s23-gov-01")).exitCode == 0);
    // A second write right after the first is not held up: the file is as this program left it.
    REQUIRE(assess(QStringLiteral("s23-gov-01")).exitCode == 0);
    REQUIRE(resultOf(QStringLiteral("s23-gov-02")) != AssessmentResult::NotMet);

    auto tamper = [&ws](const QString &sql) {
        test::runSql(ws, {QStringLiteral("DROP TRIGGER IF EXISTS audit_no_update"), sql});
    };

    SECTION("an audit row edited")
    {
        tamper(QStringLiteral("UPDATE audit SET who = 'someone else' WHERE seq = 5"));
        const test::CliRun refused = assess(QStringLiteral("s23-gov-02"));
        INFO(refused.err.toStdString());
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral("damaged, so it will not be changed")));
        CHECK(refused.err.contains(QStringLiteral("row 5 was edited")));
        CHECK(refused.err.contains(QStringLiteral("Reading it still works")));
    }
    SECTION("the standards set changed")
    {
        tamper(QStringLiteral("UPDATE standards_set SET json = replace(json, 'Governance', "
                              "'Government')"));
        const test::CliRun refused = assess(QStringLiteral("s23-gov-02"));
        INFO(refused.err.toStdString());
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral("does not match its recorded hash")));
    }
    CHECK(resultOf(QStringLiteral("s23-gov-02")) != AssessmentResult::NotMet);
    // Reading goes on.
    CHECK(test::runCli({QStringLiteral("score"), QStringLiteral("-w"), ws}).exitCode == 0);
}

TEST_CASE("A row changed outside the program is named by the integrity check, and stops writes")
{
    test::TempDir dir;
    const QString ws = makeDemo(dir);
    const auto integrity = [&ws] {
        return test::runCli({QStringLiteral("integrity"), QStringLiteral("-w"), ws});
    };
    REQUIRE(integrity().exitCode == 0);

    // Each change goes around the program, as a person with an SQLite tool would make it.
    const auto [sql, named] = GENERATE(table<const char *, const char *>({
        {"UPDATE profile SET name = 'Another OH'", "Changed outside seqohs-tracker: the service "
                                                   "profile."},
        {"UPDATE assessment SET result = 'met' WHERE item_id = 's23-gov-03'",
         "Changed outside seqohs-tracker: the assessment of s23-gov-03."},
        {"UPDATE evidence SET title = title || '.' WHERE id = 2",
         "Changed outside seqohs-tracker: evidence item 2."},
        {"UPDATE action SET text = 'Nothing to do' WHERE id = 1",
         "Changed outside seqohs-tracker: action 1."},
        {"DELETE FROM evidence_link WHERE evidence_id = 1 AND item_id = 's23-gov-02'",
         "Removed outside seqohs-tracker: the link from evidence item 1 to s23-gov-02."},
        {"INSERT INTO evidence_link (evidence_id, item_id) VALUES (1, 's23-gov-05')",
         "Added outside seqohs-tracker: the link from evidence item 1 to s23-gov-05."},
        {"DELETE FROM evidence WHERE id = 3", "Removed outside seqohs-tracker: evidence item 3."},
        // New content with a hash to match: the blob passes its own check, but not its record.
        {"UPDATE blob_chunk SET data = x'00' WHERE blob_id = 1",
         "Changed outside seqohs-tracker: the record of stored content 1."},
        {"UPDATE meta SET value = 'x' WHERE key = 'workspace.created'",
         "Changed outside seqohs-tracker: setting 'workspace.created'."},
    }));
    INFO(sql);
    QStringList statements{QString::fromLatin1(sql)};
    if (QByteArray(sql).startsWith("UPDATE blob_chunk")) {
        statements << QStringLiteral("UPDATE blob SET size = 1, sha256 = '%1' WHERE id = 1")
                          .arg(QString::fromLatin1(
                              QCryptographicHash::hash(QByteArray(1, '\0'),
                                                       QCryptographicHash::Sha256)
                                  .toHex()));
    }
    test::runSql(ws, statements);

    const test::CliRun checked = integrity();
    INFO(checked.out.toStdString() << checked.err.toStdString());
    CHECK(checked.exitCode != 0);
    CHECK(QString(checked.out + checked.err).contains(QString::fromLatin1(named)));
    // Not written to until it is restored; reading goes on.
    const test::CliRun refused = test::runCli(
        {QStringLiteral("assess"), QStringLiteral("-w"), ws, QStringLiteral("s23-gov-04"),
         QStringLiteral("--result"), QStringLiteral("not-met")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QString::fromLatin1(named)));
    CHECK(test::runCli({QStringLiteral("score"), QStringLiteral("-w"), ws}).exitCode == 0);
}

TEST_CASE("A row changed together with its digest still fails against the audit trail")
{
    // The same edit made by the program in a copy gives the digest a forger would write.
    test::TempDir dir;
    const QString ws = makeDemo(dir);
    const QString copy = dir.filePath(QStringLiteral("copy.seqohs"));
    REQUIRE(QFile::copy(ws, copy));
    REQUIRE(test::runCli({QStringLiteral("assess"), QStringLiteral("-w"), copy,
                          QStringLiteral("s23-gov-03"), QStringLiteral("--result"),
                          QStringLiteral("met")})
                .exitCode == 0);
    test::runSql(ws, {QStringLiteral("ATTACH '%1' AS forged").arg(copy),
                      QStringLiteral("UPDATE assessment SET (result, workflow, narrative, "
                                     "justification, owner, last_reviewed) = (SELECT result, "
                                     "workflow, narrative, justification, owner, last_reviewed "
                                     "FROM forged.assessment WHERE item_id = 's23-gov-03') "
                                     "WHERE item_id = 's23-gov-03'"),
                      QStringLiteral("UPDATE row_digest SET digest = (SELECT digest FROM "
                                     "forged.row_digest WHERE tbl = 'assessment' AND k1 = "
                                     "'s23-gov-03') WHERE tbl = 'assessment' AND k1 = "
                                     "'s23-gov-03'")});
    const test::CliRun checked =
        test::runCli({QStringLiteral("integrity"), QStringLiteral("-w"), ws});
    INFO(checked.out.toStdString() << checked.err.toStdString());
    CHECK(checked.exitCode != 0);
    CHECK(QString(checked.out + checked.err)
              .contains(QStringLiteral("do not match what the audit trail recorded of them")));
    CHECK(!QString(checked.out + checked.err)
               .contains(QStringLiteral("the assessment of s23-gov-03")));
}

TEST_CASE("A backup copied over a workspace with a stale log beside it: the log is named and kept")
{
    test::TempDir dir;
    const QString ws = makeDemo(dir);
    const QString backup = dir.filePath(QStringLiteral("small.seqohs"));
    REQUIRE(test::runCli({QStringLiteral("init"), backup, QStringLiteral("--name"),
                          QStringLiteral("Small OH")})
                .exitCode == 0);
    // A change left in the log, as a program that stopped without closing leaves it.
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 {ws, QStringLiteral(".dbconfig no_ckpt_on_close on"),
                  QStringLiteral("UPDATE assessment SET narrative = narrative || ' x'")});
    REQUIRE(sqlite.waitForFinished(30000));
    REQUIRE(sqlite.exitCode() == 0);
    const QString wal = ws + QStringLiteral("-wal");
    REQUIRE(QFileInfo(wal).size() > 32);
    // The backup is copied over the workspace; the log stays beside it.
    REQUIRE(QFile::remove(ws));
    REQUIRE(QFile::copy(backup, ws));

    const test::CliRun refused = test::runCli({QStringLiteral("assess"), QStringLiteral("-w"), ws,
                                               QStringLiteral("s23-gov-01"),
                                               QStringLiteral("--result"), QStringLiteral("met")});
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("A write-ahead log, demo.seqohs-wal, lies beside")));
    CHECK(refused.err.contains(QStringLiteral("Move demo.seqohs-wal")));
    CHECK(refused.err.count(QStringLiteral("SQLite reports damage")) <= 5);
    // Nothing was folded into the copied file, and the log is still there to move away.
    QFile copied(ws);
    QFile original(backup);
    REQUIRE(copied.open(QIODevice::ReadOnly));
    REQUIRE(original.open(QIODevice::ReadOnly));
    CHECK(copied.readAll() == original.readAll());
    CHECK(QFileInfo(wal).size() > 32);
    // With the log moved away, the copy is sound and can be changed.
    REQUIRE(QFile::rename(wal, dir.filePath(QStringLiteral("stale.seqohs-wal"))));
    QFile::remove(ws + QStringLiteral("-shm"));
    CHECK(test::runCli({QStringLiteral("assess"), QStringLiteral("-w"), ws,
                        QStringLiteral("s23-gov-01"), QStringLiteral("--result"),
                        QStringLiteral("met")})
              .exitCode == 0);
}

TEST_CASE("A demo stopped part-way leaves nothing under the name asked for, and a rerun works")
{
    test::TempDir dir;
    const QString target = dir.filePath(QStringLiteral("demo.seqohs"));
    const QString building = target + QStringLiteral(".building");
    bool caught = false;
    for (int attempt = 0; attempt < 10 && !caught; ++attempt) {
        QProcess demo;
        demo.start(test::cliProgram(), {QStringLiteral("demo"), QStringLiteral("--out"), target});
        REQUIRE(demo.waitForStarted());
        // Killed while the workspace is being filled.
        while (demo.state() == QProcess::Running && !QFileInfo::exists(building))
            demo.waitForFinished(1);
        if (demo.state() == QProcess::Running) {
            demo.kill();
            caught = true;
        }
        demo.waitForFinished(30000);
        if (!caught)
            REQUIRE(QFile::remove(target)); // it finished first: try again
    }
    REQUIRE(caught);
    CHECK_FALSE(QFileInfo::exists(target));
    const test::CliRun rerun =
        test::runCli({QStringLiteral("demo"), QStringLiteral("--out"), target});
    INFO(rerun.err.toStdString());
    CHECK(rerun.exitCode == 0);
    CHECK_FALSE(QFileInfo::exists(building));
    CHECK((*(*Workspace::open(target, Workspace::ReadOnly))->evidence()).size() == 12);
}

TEST_CASE("A key whose public half was never written gets it from the next keygen")
{
    test::TempDir dir;
    const QString key = dir.filePath(QStringLiteral("service.key"));
    const test::CliRun made = test::runCli(
        {QStringLiteral("pack"), QStringLiteral("keygen"), QStringLiteral("--out"), key});
    REQUIRE(made.exitCode == 0);
    QFile pub(key + QStringLiteral(".pub"));
    REQUIRE(pub.open(QIODevice::ReadOnly));
    const QByteArray publicKey = pub.readAll();
    pub.close();
    // As a run stopped between writing the key and its public half leaves it.
    REQUIRE(QFile::remove(key + QStringLiteral(".pub")));
    const test::CliRun again = test::runCli(
        {QStringLiteral("pack"), QStringLiteral("keygen"), QStringLiteral("--out"), key});
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("wrote its missing public key")));
    REQUIRE(pub.open(QIODevice::ReadOnly));
    CHECK(pub.readAll() == publicKey);
    pub.close();
    // A key that is whole is still never overwritten.
    CHECK(test::runCli(
              {QStringLiteral("pack"), QStringLiteral("keygen"), QStringLiteral("--out"), key})
              .exitCode == 1);
}

// The command line reads PDFs only where Qt PDF is built in; a core-only build has no such test.
#ifdef SEQOHS_WITH_REPORTS
namespace {
// A small PDF of its own: one line of text per page, in Helvetica.
QByteArray pdfWithPages(const QList<QByteArray> &pages)
{
    QList<QByteArray> objects;
    QByteArray kids;
    const int n = int(pages.size());
    for (int i = 0; i < n; ++i)
        kids += QByteArray::number(4 + 2 * i) + " 0 R ";
    objects << "<</Type/Catalog/Pages 2 0 R>>"
            << "<</Type/Pages/Kids[" + kids + "]/Count " + QByteArray::number(n) + ">>"
            << "<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>";
    for (int i = 0; i < n; ++i) {
        const QByteArray stream = "BT /F1 12 Tf 72 720 Td (" + pages.at(i) + ") Tj ET";
        objects << "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 3 0 "
                   "R>>>>/Contents " +
                       QByteArray::number(5 + 2 * i) + " 0 R>>"
                << "<</Length " + QByteArray::number(stream.size()) + ">>\nstream\n" + stream +
                       "\nendstream";
    }
    QByteArray pdf("%PDF-1.4\n");
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<</Size " + QByteArray::number(objects.size() + 1) +
           "/Root 1 0 R>>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}
} // namespace

TEST_CASE("The text of a PDF is checked for personal data, and the finding names its page")
{
    test::TempDir dir;
    const QString ws = makeDemo(dir);
    const QString pdf = dir.filePath(QStringLiteral("clinic-list.pdf"));
    writeFile(pdf, pdfWithPages({"Clinic list for March", "Patient NHS number 943 476 5919"}));
    const auto add = [&](const QString &path, bool allow) {
        QStringList args{QStringLiteral("evidence"),
                         QStringLiteral("add"),
                         QStringLiteral("-w"),
                         ws,
                         path,
                         QStringLiteral("--criteria"),
                         QStringLiteral("s23-gov-01")};
        if (allow)
            args << QStringLiteral("--allow-personal-data");
        return test::runCli(args);
    };
    const test::CliRun refused = add(pdf, false);
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("page 2: what looks like an NHS number")));
    const test::CliRun kept = add(pdf, true);
    CHECK(kept.exitCode == 0);
    CHECK(kept.out.contains(QStringLiteral("(marked as containing personal data)")));

    // A PDF without personal data is read and added with no note at all.
    const QString clean = dir.filePath(QStringLiteral("minutes.pdf"));
    writeFile(clean, pdfWithPages({"Governance group minutes", "Actions agreed: none"}));
    const test::CliRun plain = add(clean, false);
    INFO(plain.err.toStdString());
    CHECK(plain.exitCode == 0);
    CHECK_FALSE(plain.err.contains(QStringLiteral("Note:")));
    CHECK_FALSE(plain.out.contains(QStringLiteral("personal data")));
}
#endif

TEST_CASE("Files stored already are linked without adding and removing a copy, so an interruption "
          "cannot leave one behind")
{
    test::TempDir dir;
    const QString ws = makeDemo(dir);
    const QString folder = dir.filePath(QStringLiteral("minutes"));
    REQUIRE(QDir().mkpath(folder));
    for (int i = 0; i < 5; ++i)
        writeFile(folder + QStringLiteral("/m%1.txt").arg(i),
                  QByteArray("Minutes of meeting ") + QByteArray::number(i));
    const auto addFolder = [&](const QString &criterion) {
        return test::runCli({QStringLiteral("evidence"), QStringLiteral("add"),
                             QStringLiteral("-w"), ws, QStringLiteral("--folder"), folder,
                             QStringLiteral("--criteria"), criterion});
    };
    REQUIRE(addFolder(QStringLiteral("s23-gov-01")).exitCode == 0);
    const auto trail = [&ws] {
        auto opened = Workspace::open(ws, Workspace::ReadOnly);
        REQUIRE(opened.ok());
        return *(*opened)->auditTrail();
    };
    const qsizetype rowsBefore = trail().size();
    const qsizetype itemsBefore = (*Workspace::open(ws, Workspace::ReadOnly))->evidence()->size();

    const test::CliRun again = addFolder(QStringLiteral("s23-gov-02"));
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.count(QStringLiteral("Already stored as evidence")) == 5);
    auto reopened = Workspace::open(ws, Workspace::ReadOnly);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->evidence()->size() == itemsBefore);
    // Only links were written: no item was added, so none can be left half-removed.
    const QList<AuditEntry> after = *(*reopened)->auditTrail();
    REQUIRE(after.size() == rowsBefore + 5);
    for (qsizetype i = rowsBefore; i < after.size(); ++i)
        CHECK(after.at(i).what == QStringLiteral("link.set"));
}
