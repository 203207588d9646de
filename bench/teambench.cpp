// A team workspace on a PostgreSQL server on the same machine (docs/team-server.md): opening and
// scoring it, rescoring after one edit, how soon a second person's workspace hears a change, and
// many people editing at once for a while, every write counted.
//
//   bench_team --postgres DIR [--evidence N] [--runs N] [--sessions N] [--seconds S]
//              [--import-files N --import-mb M]
//
// DIR is the folder where `scripts/test-postgres start DIR` described the server it started.
// Goals (issue "team mode"): open and score 5,000 evidence items under 0.5 s; rescore after one
// edit under 20 ms; another person's workspace hears a change within 1 s; 30 sessions editing
// for a minute lose nothing; importing evidence into the server at least 0.5 of the physical
// limit measured in the same run. Two limits are printed: the disk's (`openssl dgst -sha256` of
// the files plus `cp -r` and a sync) and the server's (`openssl dgst` plus the server storing the
// same bytes in chunks of the same size into a plain table, in one transaction, with nothing of
// ours: no policies, triggers or reading back).
#include "benchsupport.h"
#include "benchworkspace.h"

#include "common/clock.h"
#include "scoring/scorer.h"
#include "server/serveraddress.h"
#include "workspace/scoringinputbuilder.h"
#include "workspace/scoringinputcache.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <libpq-fe.h>

#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace seqohs;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

struct Server
{
    QString host;
    QString port;
    QString superuser;

    QString url(const QString &database, const QString &user) const
    {
        return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
            .arg(user, database, host, port);
    }
};

bool fail(const QString &message)
{
    std::fprintf(stderr, "bench_team: %s\n", qPrintable(message));
    return false;
}

// Runs statements as the superuser on database.
bool asSuperuser(const Server &server, const QString &database, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench_team_admin"));
        db.setHostName(server.host);
        db.setPort(server.port.toInt());
        db.setUserName(server.superuser);
        db.setDatabaseName(database);
        if (!db.open()) {
            ok = fail(db.lastError().text());
        } else {
            QSqlQuery q(db);
            for (const QString &sql : statements) {
                if (!q.exec(sql)) {
                    ok = fail(sql + QStringLiteral(": ") + q.lastError().text());
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench_team_admin"));
    return ok;
}

// The server's own pace: the files' bytes sent as 1 MiB bytea values in libpq's binary format
// into a plain table, one transaction, committed; seconds, or -1.
double serverIngest(const Server &server, const QString &database, const QStringList &paths)
{
    const QByteArray host = server.host.toUtf8(), port = server.port.toUtf8(),
                     user = server.superuser.toUtf8(), name = database.toUtf8();
    const char *keys[] = {"host", "port", "user", "dbname", nullptr};
    const char *values[] = {host.constData(), port.constData(), user.constData(), name.constData(),
                            nullptr};
    PGconn *conn = PQconnectdbParams(keys, values, 0);
    const auto exec = [&](const char *sql) {
        PGresult *r = PQexec(conn, sql);
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        if (!ok)
            fail(QString::fromUtf8(PQerrorMessage(conn)));
        PQclear(r);
        return ok;
    };
    double seconds = -1;
    if (PQstatus(conn) == CONNECTION_OK &&
        exec("CREATE TABLE public.bench_ingest (n bigint, data bytea NOT NULL)") &&
        exec("ALTER TABLE public.bench_ingest ALTER COLUMN data SET STORAGE EXTERNAL")) {
        QElapsedTimer timer;
        timer.start();
        bool ok = exec("BEGIN");
        QByteArray chunk(1024 * 1024, Qt::Uninitialized);
        const char *sql = "INSERT INTO public.bench_ingest VALUES ($1::bigint, $2)";
        qint64 n = 0;
        for (const QString &path : paths) {
            QFile file(path);
            ok = ok && file.open(QIODevice::ReadOnly);
            qint64 got = 0;
            while (ok && (got = file.read(chunk.data(), chunk.size())) > 0) {
                const QByteArray number = QByteArray::number(n++);
                const char *params[] = {number.constData(), chunk.constData()};
                const int lengths[] = {0, int(got)};
                const int formats[] = {0, 1};
                PGresult *r = PQexecParams(conn, sql, 2, nullptr, params, lengths, formats, 0);
                ok = PQresultStatus(r) == PGRES_COMMAND_OK;
                if (!ok)
                    fail(QString::fromUtf8(PQerrorMessage(conn)));
                PQclear(r);
            }
            ok = ok && got == 0;
        }
        if (ok && exec("COMMIT"))
            seconds = double(timer.nsecsElapsed()) / 1e9;
        exec("DROP TABLE public.bench_ingest");
    } else {
        fail(QString::fromUtf8(PQerrorMessage(conn)));
    }
    PQfinish(conn);
    return seconds;
}

QString cliPath()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../cli/seqohs-tracker-cli");
}

bool runCli(const QStringList &args)
{
    QProcess p;
    p.start(cliPath(), args);
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        return fail(args.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                    QString::fromUtf8(p.readAllStandardError()));
    return true;
}

std::unique_ptr<Workspace> open(const QString &url, Workspace::OpenMode mode = Workspace::ReadWrite)
{
    const Expected<ServerAddress> address = ServerAddress::parse(url);
    if (!address) {
        fail(address.errorString());
        return nullptr;
    }
    Expected<std::unique_ptr<Workspace>> ws = Workspace::openServer(*address, mode);
    if (!ws) {
        fail(ws.errorString());
        return nullptr;
    }
    return std::move(*ws);
}

// What one session of the concurrent run did.
struct SessionCount
{
    QString login;
    qint64 saved = 0;
    qint64 refused = 0; // someone else changed it first: told, nothing written
    qint64 failed = 0;  // anything else
    QString firstFailure;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption postgresOption(QStringLiteral("postgres"),
                                            QStringLiteral("The folder scripts/test-postgres "
                                                           "start wrote."),
                                            QStringLiteral("DIR"));
    const QCommandLineOption evidenceOption(QStringLiteral("evidence"),
                                            QStringLiteral("Evidence items."), QStringLiteral("N"),
                                            QStringLiteral("5000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Repeats."),
                                        QStringLiteral("N"), QStringLiteral("15"));
    const QCommandLineOption sessionsOption(QStringLiteral("sessions"),
                                            QStringLiteral("Concurrent sessions."),
                                            QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("How long they edit."),
                                           QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption importFilesOption(QStringLiteral("import-files"),
                                               QStringLiteral("Files imported (0: none)."),
                                               QStringLiteral("N"), QStringLiteral("250"));
    const QCommandLineOption importMbOption(QStringLiteral("import-mb"),
                                            QStringLiteral("Their total size in MB."),
                                            QStringLiteral("M"), QStringLiteral("256"));
    parser.addOptions({postgresOption, evidenceOption, runsOption, sessionsOption, secondsOption,
                       importFilesOption, importMbOption});
    parser.process(app);
    const int evidence = parser.value(evidenceOption).toInt();
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const int sessions = qMax(1, parser.value(sessionsOption).toInt());
    const int seconds = qMax(1, parser.value(secondsOption).toInt());
    if (!parser.isSet(postgresOption)) {
        std::fprintf(stderr, "bench_team: name the server's folder with --postgres DIR "
                             "(scripts/test-postgres start DIR)\n");
        return 2;
    }

    Server server;
    {
        QFile env(parser.value(postgresOption) + QStringLiteral("/server.env"));
        if (!env.open(QIODevice::ReadOnly)) {
            fail(env.fileName() + QStringLiteral(": ") + env.errorString());
            return 1;
        }
        for (const QByteArray &line : env.readAll().split('\n')) {
            const QString text = QString::fromUtf8(line);
            const QString value = text.section(QLatin1Char('='), 1);
            if (text.startsWith(QLatin1String("PGHOST=")))
                server.host = value;
            else if (text.startsWith(QLatin1String("PGPORT=")))
                server.port = value;
            else if (text.startsWith(QLatin1String("PGUSER=")))
                server.superuser = value;
        }
    }

    // A team workspace of its own: an owner, the database, `server init`, and one lead login
    // per session (the first is the one measured alone).
    const QString tag = QString::number(QRandomGenerator::global()->generate(), 16);
    const QString owner = QStringLiteral("bench_owner_") + tag;
    const QString database = QStringLiteral("bench_") + tag;
    if (!asSuperuser(server, QStringLiteral("postgres"),
                     {QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE").arg(owner),
                      QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(database, owner)}))
        return 1;
    if (!runCli({QStringLiteral("server"), QStringLiteral("init"), server.url(database, owner)}))
        return 1;
    QStringList leads;
    QStringList createLeads;
    for (int i = 0; i < std::max(sessions, 2); ++i) {
        leads << QStringLiteral("bench_lead_%1_%2").arg(tag).arg(i);
        createLeads
            << QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2_lead").arg(leads.last(), database);
    }
    if (!asSuperuser(server, QStringLiteral("postgres"), createLeads))
        return 1;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench.seqohs"));
    QElapsedTimer timer;
    timer.start();
    // No audit filler: an upload checks the file's chain, which filler rows do not form.
    if (const QString made = makeBenchWorkspace(file, evidence, 0); !made.isEmpty()) {
        fail(made);
        return 1;
    }
    if (!runCli({QStringLiteral("workspace"), QStringLiteral("upload"), file,
                 QStringLiteral("--to"), server.url(database, leads.first())}))
        return 1;
    std::printf("team workspace: %d evidence items, made and uploaded in %.1f s\n", evidence,
                timer.elapsed() / 1000.0);
    const QString url = server.url(database, leads.first());

    // 1. Open and score, in process as the window does, and as a command-line process.
    QList<double> inProcess;
    QList<double> asProcess;
    QList<double> psqlFloor;
    for (int i = 0; i < runs; ++i) {
        timer.restart();
        {
            std::unique_ptr<Workspace> ws = open(url, Workspace::ReadOnly);
            if (!ws)
                return 1;
            const Expected<ScoringInput> input = scoringInputFor(*ws, Clock::today());
            if (!input || Scorer::score(*input).items.isEmpty()) {
                fail(input ? QStringLiteral("nothing scored") : input.errorString());
                return 1;
            }
        }
        inProcess << timer.nsecsElapsed() / 1e6;
        QProcess p;
        timer.restart();
        p.start(cliPath(),
                {QStringLiteral("score"), QStringLiteral("-w"), url, QStringLiteral("--json")});
        p.waitForFinished(60000);
        asProcess << timer.nsecsElapsed() / 1e6;
        if (p.exitCode() != 0) {
            fail(QString::fromUtf8(p.readAllStandardError()));
            return 1;
        }
        // The floor: psql reading the same rows and printing them to a pipe.
        timer.restart();
        p.start(QStringLiteral("psql"),
                {QStringLiteral("-X"),
                 QStringLiteral("-q"),
                 QStringLiteral("-h"),
                 server.host,
                 QStringLiteral("-p"),
                 server.port,
                 QStringLiteral("-U"),
                 leads.first(),
                 QStringLiteral("-d"),
                 database,
                 QStringLiteral("-c"),
                 QStringLiteral("SELECT id, kind, title, document_date, covers_from, covers_to, "
                                "review_by FROM seqohs.evidence ORDER BY id"),
                 QStringLiteral("-c"),
                 QStringLiteral("SELECT evidence_id, item_id, note FROM seqohs.evidence_link "
                                "ORDER BY evidence_id, item_id"),
                 QStringLiteral("-c"),
                 QStringLiteral("SELECT * FROM seqohs.assessment"),
                 QStringLiteral("-c"),
                 QStringLiteral("SELECT * FROM seqohs.action"),
                 QStringLiteral("-c"),
                 QStringLiteral("SELECT * FROM seqohs.profile"),
                 QStringLiteral("-c"),
                 QStringLiteral("SELECT json FROM seqohs.standards_set")});
        p.waitForFinished(60000);
        p.readAllStandardOutput();
        psqlFloor << timer.nsecsElapsed() / 1e6;
    }
    std::printf("open + score in process: median %.1f ms (goal < 500 ms); as a command-line "
                "process: %.1f ms; psql reading the same rows: %.1f ms; ratio in process / psql "
                "%.2f\n",
                median(inProcess), median(asProcess), median(psqlFloor),
                median(inProcess) / std::max(0.001, median(psqlFloor)));

    // 2. Rescore after one edit, and 3. how soon a second person's workspace hears it.
    std::unique_ptr<Workspace> mine = open(url);
    std::unique_ptr<Workspace> theirs = open(server.url(database, leads.at(1)));
    if (!mine || !theirs)
        return 1;
    if (!theirs->followOthersChanges()) {
        fail(QStringLiteral("the second workspace cannot follow changes"));
        return 1;
    }
    ScoringInputCache cache(mine.get());
    const QList<AssessableItem> items = mine->standardsSet().assessables();
    QList<double> write;
    QList<double> scoreOnly;
    QList<double> heard;
    int unheard = 0;
    for (int i = 0; i < runs; ++i) {
        Assessment a = *mine->assessment(items.at(i % items.size()).id);
        a.result = a.result == AssessmentResult::Met ? AssessmentResult::PartiallyMet
                                                     : AssessmentResult::Met;
        QEventLoop waiting;
        QElapsedTimer since;
        double heardAfter = -1;
        const QMetaObject::Connection c =
            QObject::connect(theirs.get(), &Workspace::othersChanged, &waiting, [&] {
                heardAfter = since.nsecsElapsed() / 1e6;
                waiting.quit();
            });
        since.start();
        timer.restart();
        const Status set = mine->setAssessment(a);
        write << timer.nsecsElapsed() / 1e6;
        if (!set.ok()) {
            fail(set.errorString());
            return 1;
        }
        timer.restart();
        const ScoringInput &input = cache.input(Clock::today());
        const Readiness r = Scorer::score(input, cache.evidenceFacts(input.asOf));
        scoreOnly << timer.nsecsElapsed() / 1e6;
        if (r.items.isEmpty())
            return 1;
        if (heardAfter < 0) {
            QTimer::singleShot(5000, &waiting, &QEventLoop::quit);
            waiting.exec();
        }
        QObject::disconnect(c);
        if (heardAfter < 0)
            ++unheard;
        else
            heard << heardAfter;
    }
    std::printf("rescore after one edit: median %.2f ms (goal < 20 ms), the edit itself (one "
                "server transaction, the cache following it) %.2f ms, scoring %.2f ms\n",
                median(write) + median(scoreOnly), median(write), median(scoreOnly));
    std::printf("another person's workspace hears the edit: median %.1f ms, slowest %.1f ms "
                "(goal < 1000 ms); not heard within 5 s: %d of %d\n",
                median(heard),
                heard.isEmpty() ? 0.0 : *std::max_element(heard.begin(), heard.end()), unheard,
                runs);
    mine.reset();
    theirs.reset();

    // 4. Many people at once: each session edits narratives of random criteria for the time
    // given, reading each before writing it as a person does; every write is counted and then
    // looked for in the server's own trail.
    QList<SessionCount> counts(sessions);
    std::atomic<bool> stop = false;
    QList<QThread *> threads;
    for (int s = 0; s < sessions; ++s) {
        counts[s].login = leads.at(s);
        SessionCount *count = &counts[s];
        const QString sessionUrl = server.url(database, leads.at(s));
        threads << QThread::create([count, sessionUrl, &stop, items, s] {
            std::unique_ptr<Workspace> ws = open(sessionUrl);
            if (!ws) {
                count->failed = 1;
                count->firstFailure = QStringLiteral("could not open");
                return;
            }
            QRandomGenerator random(quint32(s + 1));
            qint64 n = 0;
            while (!stop) {
                const QString item = items.at(int(random.bounded(qsizetype(items.size())))).id;
                const Expected<Assessment> read = ws->assessment(item);
                if (!read) {
                    ++count->failed;
                    continue;
                }
                Assessment a = *read;
                a.narrative = QStringLiteral("session %1, write %2").arg(s).arg(++n);
                const Status set = ws->setAssessment(a);
                if (set.ok()) {
                    ++count->saved;
                } else if (set.errorString().contains(QLatin1String("Someone else changed"))) {
                    ++count->refused;
                } else {
                    if (count->firstFailure.isEmpty())
                        count->firstFailure = set.errorString();
                    ++count->failed;
                }
            }
        });
    }
    timer.restart();
    for (QThread *t : threads)
        t->start();
    QThread::sleep(seconds);
    stop = true;
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    const double elapsed = timer.nsecsElapsed() / 1e9;
    qint64 saved = 0;
    qint64 refused = 0;
    qint64 failed = 0;
    for (const SessionCount &c : counts) {
        saved += c.saved;
        refused += c.refused;
        failed += c.failed;
        if (!c.firstFailure.isEmpty())
            std::fprintf(stderr, "bench_team: %s: %s\n", qPrintable(c.login),
                         qPrintable(c.firstFailure));
    }
    // What the server's trail holds of them: one row per narrative saved, by its login.
    qint64 inTrail = 0;
    qint64 sessionsMatching = 0;
    {
        std::unique_ptr<Workspace> check = open(url, Workspace::ReadOnly);
        if (!check)
            return 1;
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench_team_count"));
        db.setHostName(server.host);
        db.setPort(server.port.toInt());
        db.setUserName(leads.first());
        db.setDatabaseName(database);
        if (!db.open()) {
            fail(db.lastError().text());
            return 1;
        }
        {
            QSqlQuery q(db);
            for (const SessionCount &c : counts) {
                q.prepare(QStringLiteral(
                    "SELECT count(*) FROM seqohs.server_audit WHERE who = ? AND tbl = 'assessment' "
                    "AND after LIKE '%session %'"));
                q.addBindValue(c.login);
                if (!q.exec() || !q.next()) {
                    fail(q.lastError().text());
                    return 1;
                }
                const qint64 rows = q.value(0).toLongLong();
                inTrail += rows;
                if (rows == c.saved)
                    ++sessionsMatching;
            }
        }
        db.close();
        const Status intact = check->checkIntegrity();
        std::printf("%d sessions editing for %.0f s: %lld changes saved (%.0f a second), %lld "
                    "refused as someone else's change came first (told, nothing written), %lld "
                    "failed; in the server's trail: %lld, sessions whose count matches: %lld of "
                    "%d; the trail's chain %s\n",
                    sessions, elapsed, static_cast<long long>(saved), double(saved) / elapsed,
                    static_cast<long long>(refused), static_cast<long long>(failed),
                    static_cast<long long>(inTrail), static_cast<long long>(sessionsMatching),
                    sessions, intact.ok() ? "checks out" : qPrintable(intact.errorString()));
        if (!intact.ok() || inTrail != saved || failed != 0) {
            std::printf("lost or failed writes: FAILED\n");
            return 1;
        }
        std::printf("lost writes: none (goal: none)\n");
    }

    // 5. Importing evidence into the server, against the physical limit of the same files.
    if (const int files = parser.value(importFilesOption).toInt(); files > 0) {
        const qint64 bytes = parser.value(importMbOption).toLongLong() * 1024 * 1024;
        const QString tree = dir.filePath(QStringLiteral("tree"));
        const QString copy = dir.filePath(QStringLiteral("tree-copy"));
        if (bytes <= 0 || !generate(tree, files, bytes)) {
            fail(QStringLiteral("could not write the files to import"));
            return 1;
        }
        QStringList paths;
        QDirIterator it(tree, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            paths << it.next();
        paths.sort();
        timeShell(QStringLiteral("sync"));
        const double hash = timeShell(
            QStringLiteral("find %1 -type f -print0 | xargs -0 openssl dgst -sha256 >/dev/null")
                .arg(quoted(tree)));
        const double copied =
            timeShell(QStringLiteral("cp -r %1 %2 && sync").arg(quoted(tree), quoted(copy)));
        QDir(copy).removeRecursively();
        const double ingest = serverIngest(server, database, paths);
        if (hash < 0 || copied < 0 || ingest < 0)
            return 1;
        std::unique_ptr<Workspace> ws = open(url);
        if (!ws)
            return 1;
        const QString item = ws->standardsSet().assessables().first().id;
        const QList<EvidenceLink> links{EvidenceLink{0, item, QString()}};
        timer.restart();
        // In units of work as the command line's import makes them.
        qsizetype next = 0;
        while (next < paths.size()) {
            qint64 unitBytes = 0;
            QElapsedTimer unitTime;
            unitTime.start();
            const Status unit = ws->importTogether([&]() -> Status {
                while (next < paths.size() && unitBytes < Workspace::ImportBatchBytes &&
                       unitTime.elapsed() < Workspace::ImportBatchMilliseconds) {
                    const QString &path = paths.at(next++);
                    unitBytes += QFileInfo(path).size();
                    Expected<qint64> id = ws->addEvidenceFile(path, {}, links);
                    if (!id.ok())
                        return id.errors();
                }
                return success();
            });
            if (!unit.ok()) {
                fail(joinErrors(unit.errors()));
                return 1;
            }
        }
        const double imported = double(timer.nsecsElapsed()) / 1e9;
        const double mb = double(bytes) / 1e6;
        std::printf("import into the server: %lld files, %.1f MB in %.2f s (%.0f MB/s); peak RSS "
                    "%.1f MB\n",
                    static_cast<long long>(paths.size()), mb, imported, mb / imported, peakRssMb());
        std::printf("  the disk's limit (openssl dgst %.2f s + cp and sync %.2f s) %.2f s: ratio "
                    "limit/import %.2f (goal >= 0.5)\n",
                    hash, copied, hash + copied, (hash + copied) / imported);
        std::printf("  the server's limit (openssl dgst %.2f s + the server storing the same "
                    "bytes %.2f s) %.2f s: ratio limit/import %.2f (goal >= 0.5)\n",
                    hash, ingest, hash + ingest, (hash + ingest) / imported);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench_team_count"));
    asSuperuser(server, QStringLiteral("postgres"),
                {QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(database)});
    return 0;
}
