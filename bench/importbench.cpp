// Evidence import benchmark. Generates a tree of files with incompressible content (default
// about 2,000 files, 2 GB, mixed sizes), measures the physical limit on this machine in the same
// run -- `openssl dgst -sha256` over the tree plus `cp -r` of it and a sync -- then imports the
// tree into a fresh workspace and prints the throughput, the ratio import/limit and the peak RSS.
//
//   bench_import [--files N] [--total-mb M] [--runs R] [--settle S] [--dir DIR] [--keep]
//                [--generate-only] [--check]
//
// With --runs, the limits and the import are measured R times, one after the other, and the
// medians are printed: the disk's speed varies from minute to minute on a shared machine. Each
// timed step starts after a sync and a pause of S seconds (default 3), so that none pays for the
// writing of the step before it.
//
// Goal: ratio >= 0.85 and peak RSS < 150 MB. A second limit is measured too: the sqlite3 shell
// writing the same files into a workspace-like file (write-ahead log, the same page size) and
// closing it, plus the same hashing. The import goes in units of work as the command line makes
// them (Workspace::importTogether), which write the content once, where a log writes it twice.

#include "catalogue/standardsset.h"
#include "common/processheap.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include "benchsupport.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace seqohs;

int main(int argc, char *argv[])
{
    ProcessHeap::preferLargePages(); // as the command line's main() does
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Evidence import benchmark"));
    parser.addHelpOption();
    const QCommandLineOption filesOption(QStringLiteral("files"),
                                         QStringLiteral("Number of files."), QStringLiteral("N"),
                                         QStringLiteral("2000"));
    const QCommandLineOption totalOption(QStringLiteral("total-mb"),
                                         QStringLiteral("Total size in MB."), QStringLiteral("M"),
                                         QStringLiteral("2048"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Where to put the data (default: a "
                                                      "temporary folder)."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Keep the data afterwards."));
    const QCommandLineOption generateOnly(QStringLiteral("generate-only"),
                                          QStringLiteral("Only generate the tree."));
    const QCommandLineOption checkOption(QStringLiteral("check"),
                                         QStringLiteral("Also time a full integrity check."));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Measure R times; print the medians."),
                                        QStringLiteral("R"), QStringLiteral("1"));
    const QCommandLineOption settleOption(
        QStringLiteral("settle"),
        QStringLiteral("Seconds to wait after the sync before each timed step."),
        QStringLiteral("S"), QStringLiteral("3"));
    parser.addOptions({filesOption, totalOption, runsOption, settleOption, dirOption, keepOption,
                       generateOnly, checkOption});
    parser.process(app);

    const int files = parser.value(filesOption).toInt();
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const int settleSeconds = qMax(0, parser.value(settleOption).toInt());
    const qint64 totalBytes = parser.value(totalOption).toLongLong() * 1024 * 1024;
    if (files <= 0 || totalBytes <= 0) {
        std::fprintf(stderr, "bench_import: --files and --total-mb take positive numbers\n");
        return 2;
    }
    QTemporaryDir temp(QDir::tempPath() + QStringLiteral("/seqohs-bench-XXXXXX"));
    const QString base = parser.isSet(dirOption) ? parser.value(dirOption) : temp.path();
    if (parser.isSet(keepOption) || parser.isSet(dirOption))
        temp.setAutoRemove(false);
    const QString tree = base + QStringLiteral("/tree");
    const QString copy = base + QStringLiteral("/tree-copy");
    const QString workspacePath = base + QStringLiteral("/bench.seqohs");
    QDir(tree).removeRecursively();
    QDir(copy).removeRecursively();
    for (const char *suffix : {"", "-wal", "-shm", ".lock"})
        QFile::remove(workspacePath + QLatin1String(suffix));

    std::printf("Generating %d files, %.0f MB in %s\n", files, double(totalBytes) / 1048576.0,
                qPrintable(tree));
    std::fflush(stdout);
    if (!generate(tree, files, totalBytes)) {
        std::fprintf(stderr, "bench_import: could not write the tree\n");
        return 1;
    }
    if (parser.isSet(generateOnly))
        return 0;
    timeShell(QStringLiteral("sync"));

    const double mb = double(totalBytes) / 1e6;
    QStringList paths;
    QDirIterator it(tree, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    paths.sort();

    QList<double> hashRuns;
    QList<double> copyRuns;
    QList<double> sqliteRuns;
    QList<double> importRuns;
    QList<double> ratioRuns;
    for (int run = 0; run < runs; ++run) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"})
            QFile::remove(workspacePath + QLatin1String(suffix));
        // Every timed step starts from the same state: what earlier steps wrote is on the disk
        // and the disk has had a moment to settle (a virtual disk goes on writing after sync).
        const auto settle = [settleSeconds] {
            timeShell(QStringLiteral("sync"));
            QThread::sleep(settleSeconds);
        };
        settle();
        const double hashSeconds = timeShell(
            QStringLiteral("find %1 -type f -print0 | xargs -0 openssl dgst -sha256 >/dev/null")
                .arg(quoted(tree)));
        settle();
        const double copySeconds =
            timeShell(QStringLiteral("cp -r %1 %2 && sync").arg(quoted(tree), quoted(copy)));
        QDir(copy).removeRecursively();
        if (hashSeconds < 0 || copySeconds < 0)
            return 1;
        settle();

        QElapsedTimer timer;
        timer.start();
        {
            ServiceProfile profile;
            profile.name = QStringLiteral("Benchmark service");
            Expected<std::unique_ptr<Workspace>> ws =
                Workspace::create(workspacePath, profile, benchStandardsSet());
            if (!ws.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(ws.errorString()));
                return 1;
            }
            const QList<EvidenceLink> links{EvidenceLink{0, QStringLiteral("bench-1"), QString()}};
            // In units of work as the command line's import makes them, read ahead as it does.
            (*ws)->readAhead(paths);
            qsizetype next = 0;
            while (next < paths.size()) {
                qint64 unitBytes = 0;
                QElapsedTimer unitTime;
                unitTime.start();
                const Status unit = (*ws)->importTogether([&]() -> Status {
                    while (next < paths.size() && unitBytes < Workspace::ImportBatchBytes &&
                           unitTime.elapsed() < Workspace::ImportBatchMilliseconds) {
                        const QString &path = paths.at(next++);
                        unitBytes += QFileInfo(path).size();
                        Expected<qint64> id = (*ws)->addEvidenceFile(path, {}, links);
                        if (!id.ok())
                            return id.errors();
                    }
                    return success();
                });
                if (!unit.ok()) {
                    std::fprintf(stderr, "%s\n", qPrintable(joinErrors(unit.errors())));
                    return 1;
                }
            }
        } // closing checkpoints the log into the file: part of the import's cost
        const double importSeconds = double(timer.nsecsElapsed()) / 1e9;
        settle();
        const QString plainSqlite = base + QStringLiteral("/plain.sqlite");
        const double sqliteSeconds = timeShell(
            QStringLiteral("sqlite3 %1 \"PRAGMA page_size = 65536; PRAGMA journal_mode = WAL; "
                           "PRAGMA synchronous = NORMAL; CREATE TABLE content (name, data); INSERT "
                           "INTO content SELECT name, data FROM fsdir(%2) WHERE (mode & 61440) = "
                           "32768;\" >/dev/null && sync")
                .arg(quoted(plainSqlite),
                     QLatin1Char('\'') +
                         QString(tree).replace(QLatin1Char('\''), QLatin1String("''")) +
                         QLatin1Char('\'')));
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(plainSqlite + QLatin1String(suffix));
        if (sqliteSeconds < 0)
            return 1;
        importRuns << importSeconds;
        hashRuns << hashSeconds;
        copyRuns << copySeconds;
        sqliteRuns << sqliteSeconds;
        ratioRuns << (hashSeconds + copySeconds) / importSeconds;
        if (runs > 1) {
            std::printf("run %d: limit %.2f s, import %.2f s, ratio %.2f\n", run + 1,
                        hashSeconds + copySeconds, importSeconds, ratioRuns.last());
            std::fflush(stdout);
        }
    }
    const auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    const double hashSeconds = median(hashRuns);
    const double copySeconds = median(copyRuns);
    const double sqliteSeconds = median(sqliteRuns);
    const double importSeconds = median(importRuns);

    double checkSeconds = -1;
    if (parser.isSet(checkOption)) {
        QElapsedTimer timer;
        timer.start();
        Expected<std::unique_ptr<Workspace>> ws =
            Workspace::open(workspacePath, Workspace::ReadOnly);
        if (!ws.ok() || !(*ws)->checkIntegrity().ok()) {
            std::fprintf(stderr, "bench_import: the integrity check failed\n");
            return 1;
        }
        checkSeconds = double(timer.nsecsElapsed()) / 1e9;
    }

    const double limitSeconds = hashSeconds + copySeconds;
    std::printf("files:                %lld (%.1f MB)\n", static_cast<long long>(paths.size()), mb);
    std::printf("openssl dgst -sha256: %.2f s (%.0f MB/s)\n", hashSeconds, mb / hashSeconds);
    std::printf("cp -r + sync:         %.2f s (%.0f MB/s)\n", copySeconds, mb / copySeconds);
    std::printf("limit (both):         %.2f s (%.0f MB/s)\n", limitSeconds, mb / limitSeconds);
    std::printf("import:               %.2f s (%.0f MB/s)\n", importSeconds, mb / importSeconds);
    std::printf("ratio import/limit:   %.2f (goal >= 0.85)%s\n", median(ratioRuns),
                runs > 1 ? " (median of the runs' ratios)" : "");
    std::printf("sqlite3 shell + sync: %.2f s (%.0f MB/s), the same files into one SQLite file\n",
                sqliteSeconds, mb / sqliteSeconds);
    std::printf("ratio import/(openssl dgst + sqlite3): %.2f\n",
                (hashSeconds + sqliteSeconds) / importSeconds);
    std::printf("workspace size:       %.1f MB\n", double(QFileInfo(workspacePath).size()) / 1e6);
    if (checkSeconds >= 0)
        std::printf("integrity check:      %.2f s (%.0f MB/s)\n", checkSeconds, mb / checkSeconds);
    std::printf("peak RSS:             %.1f MB (goal < 150)\n", peakRssMb());
    if (!temp.autoRemove()) {
        std::printf("data kept in %s\n", qPrintable(base));
    }
    return 0;
}
