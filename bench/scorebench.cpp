// Opening and scoring a large workspace, as a whole CLI process and in process after one change.
// Usage: bench_score [--evidence N] [--audit N] [--runs N] [--keep DIR]
#include "benchworkspace.h"

#include "common/clock.h"
#include "reporting/readinessreportbuilder.h"
#include "scoring/scorer.h"
#include "workspace/scoringinputbuilder.h"
#include "workspace/scoringinputcache.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace seqohs;

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

int option(const QStringList &args, const char *name, int fallback)
{
    const int i = int(args.indexOf(QString::fromLatin1(name)));
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int evidence = option(args, "--evidence", 5000);
    const int audit = option(args, "--audit", 100000);
    const int runs = option(args, "--runs", 15);
    QTemporaryDir dir;
    // --keep leaves the generated workspace behind, to profile the CLI on it afterwards.
    const qsizetype keep = args.indexOf(QStringLiteral("--keep"));
    if (keep >= 0 && keep + 1 < args.size()) {
        dir.setAutoRemove(false);
        if (!QDir().mkpath(args.at(keep + 1))) {
            std::fprintf(stderr, "bench_score: cannot make %s\n", qPrintable(args.at(keep + 1)));
            return 1;
        }
    }
    const QString path = keep >= 0 && keep + 1 < args.size()
                             ? QDir(args.at(keep + 1)).filePath(QStringLiteral("bench.seqohs"))
                             : dir.filePath(QStringLiteral("bench.seqohs"));

    QElapsedTimer timer;
    timer.start();
    // A workspace kept by an earlier run of the same size is used again: making 50,000 items
    // and a million audit rows takes minutes.
    bool reused = false;
    if (QFileInfo::exists(path)) {
        auto kept = Workspace::open(path, Workspace::ReadOnly);
        reused =
            kept.ok() && (*kept)->evidence()->size() == evidence && *(*kept)->auditCount() >= audit;
        if (!reused) {
            std::fprintf(stderr, "bench_score: %s is of another size; remove it first\n",
                         qPrintable(path));
            return 1;
        }
    } else if (const QString made = makeBenchWorkspace(path, evidence, audit); !made.isEmpty()) {
        std::fprintf(stderr, "bench_score: %s\n", qPrintable(made));
        return 1;
    }
    std::printf("workspace: %d evidence items, %d audit rows, %s in %.1f s\n", evidence, audit,
                reused ? "kept from an earlier run, opened" : "made", timer.elapsed() / 1000.0);

    // The floor: a process that starts and reads, with the sqlite3 shell, the rows `score` reads
    // (of every evidence item what scoring needs, every link, assessment and action, the profile
    // and the standards set), printing them to a pipe.
    const QString rows = QStringLiteral(
        "SELECT e.id, e.kind, e.title, e.document_date, e.covers_from, e.covers_to, e.review_by "
        "FROM evidence e ORDER BY e.id; "
        "SELECT evidence_id, item_id, note FROM evidence_link ORDER BY evidence_id, item_id; "
        "SELECT * FROM assessment; SELECT * FROM action; SELECT * FROM profile; "
        "SELECT json FROM standards_set;");
    const QString cli =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../cli/seqohs-tracker-cli");
    QList<double> floor;
    QList<double> whole;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        timer.restart();
        p.start(QStringLiteral("sqlite3"), {path, rows});
        p.waitForFinished(60000);
        p.readAllStandardOutput();
        floor << timer.nsecsElapsed() / 1e6;
        timer.restart();
        p.start(cli,
                {QStringLiteral("score"), QStringLiteral("-w"), path, QStringLiteral("--json")});
        p.waitForFinished(60000);
        whole << timer.nsecsElapsed() / 1e6;
        if (p.exitCode() != 0) {
            std::fprintf(stderr, "bench_score: the CLI failed: %s\n",
                         p.readAllStandardError().constData());
            return 1;
        }
    }
    std::printf("open + score as a CLI process: median %.1f ms (goal < 250 ms); sqlite3 shell "
                "reading the same rows: %.1f ms; ratio %.2f\n",
                median(whole), median(floor), median(whole) / std::max(0.001, median(floor)));

    // In process: rescore after one change.
    auto ws = Workspace::open(path);
    if (!ws.ok()) {
        std::fprintf(stderr, "bench_score: %s\n", qPrintable(ws.errorString()));
        return 1;
    }
    const QList<AssessableItem> items = (*ws)->standardsSet().assessables();
    // As the app does it: the input is kept current from the change signals, then scored.
    ScoringInputCache cache(ws->get());
    QList<double> rescore;
    QList<double> scoreOnly;
    QList<double> fullRead;
    for (int i = 0; i < runs; ++i) {
        Assessment a = *(*ws)->assessment(items.at(i % items.size()).id);
        a.result = a.result == AssessmentResult::Met ? AssessmentResult::PartiallyMet
                                                     : AssessmentResult::Met;
        timer.restart();
        const Status set = (*ws)->setAssessment(a); // the cache follows the signal here
        const double write = timer.nsecsElapsed() / 1e6;
        if (!set.ok()) {
            std::fprintf(stderr, "bench_score: %s\n", qPrintable(set.errorString()));
            return 1;
        }
        timer.restart();
        const ScoringInput &input = cache.input(Clock::today());
        const Readiness r = Scorer::score(input, cache.evidenceFacts(input.asOf));
        scoreOnly << timer.nsecsElapsed() / 1e6;
        rescore << write;
        timer.restart();
        const ScoringInput fresh = *scoringInputFor(**ws, Clock::today());
        fullRead << timer.nsecsElapsed() / 1e6;
        if (r.items.isEmpty() || !(Scorer::score(fresh) == r)) {
            std::fprintf(stderr, "bench_score: the cached input scores differently\n");
            return 1;
        }
        // The report's content from the kept input (as the window builds it) and from a full
        // re-read (as the CLI does).
        ReportOptions options;
        options.generated = Clock::now();
        if (i == 0 && !(ReadinessReportBuilder::build(input, r, options) ==
                        ReadinessReportBuilder::build(fresh, Scorer::score(fresh), options))) {
            std::fprintf(stderr, "bench_score: the report from the kept input differs\n");
            return 1;
        }
        // `score` reads of the evidence only what scoring needs; it must score the same.
        if (i == 0 && !(Scorer::score(*scoringInputFor(**ws, Clock::today(),
                                                       EvidenceDetail::ForScoring)) == r)) {
            std::fprintf(stderr, "bench_score: the evidence read for scoring scores differently\n");
            return 1;
        }
    }
    std::printf("rescore after one change: median %.2f ms (goal < 5 ms); the change itself "
                "(one transaction, synced, with the cache following it) took %.2f ms; re-reading "
                "the whole workspace instead would add %.2f ms\n",
                median(scoreOnly), median(rescore), median(fullRead));
    return 0;
}
