// Pack verification benchmark. Generates evidence with incompressible content (default 200
// files, about 2 GB, mixed sizes), imports it into a fresh workspace, writes a signed pack, then
// times PackVerifier over the pack against `openssl dgst -sha256` over the same file in the same
// run, and prints both speeds, their ratio and the peak RSS.
//
//   bench_pack [--files N] [--total-mb M] [--dir DIR] [--keep]
//
// Goal: verification at least 0.8 times the speed of openssl; memory bounded whatever the size.

#include "catalogue/standardsset.h"
#include "pack/packverifier.h"
#include "pack/packwriter.h"
#include "pack/signingkey.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include "benchsupport.h"

#include <cmath>
#include <cstdio>

using namespace seqohs;

namespace {

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption filesOption(QStringLiteral("files"), QStringLiteral("Evidence files."),
                                         QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption totalOption(QStringLiteral("total-mb"),
                                         QStringLiteral("Total evidence size in MB."),
                                         QStringLiteral("M"), QStringLiteral("2000"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Working folder (default: a temporary one)."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Keep the working folder."));
    parser.addOptions({filesOption, totalOption, dirOption, keepOption});
    parser.process(app);
    const int files = parser.value(filesOption).toInt();
    const qint64 totalBytes = parser.value(totalOption).toLongLong() * 1000 * 1000;

    QTemporaryDir temp(parser.isSet(dirOption)
                           ? parser.value(dirOption) + QStringLiteral("/bench-pack-XXXXXX")
                           : QDir::tempPath() + QStringLiteral("/bench-pack-XXXXXX"));
    temp.setAutoRemove(!parser.isSet(keepOption));
    if (!temp.isValid()) {
        std::fprintf(stderr, "bench_pack: cannot create the working folder\n");
        return 1;
    }
    const QDir dir(temp.path());
    if (!dir.mkpath(QStringLiteral("source"))) {
        std::fprintf(stderr, "bench_pack: cannot create %s/source\n", qPrintable(dir.path()));
        return 1;
    }

    // Mixed sizes, log-uniform over three decades, scaled to the total.
    QRandomGenerator random(4242);
    QList<double> weights;
    double sum = 0;
    for (int i = 0; i < files; ++i) {
        weights << std::exp(random.generateDouble() * std::log(1000.0));
        sum += weights.last();
    }
    quint64 state = 0x9E3779B97F4A7C15ull;
    std::printf("generating %d files, %.0f MB...\n", files, double(totalBytes) / 1e6);
    QStringList sources;
    for (int i = 0; i < files; ++i) {
        const QString path =
            dir.filePath(QStringLiteral("source/evidence-%1.bin").arg(i, 5, 10, QLatin1Char('0')));
        if (!writeRandomFile(path, qint64(double(totalBytes) * weights.at(i) / sum), state)) {
            std::fprintf(stderr, "bench_pack: cannot write %s\n", qPrintable(path));
            return 1;
        }
        sources << path;
    }

    ServiceProfile profile;
    profile.name = QStringLiteral("Benchmark service");
    auto ws = Workspace::create(dir.filePath(QStringLiteral("bench.seqohs")), profile,
                                benchStandardsSet());
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.errorString()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    for (const QString &source : sources) {
        Expected<qint64> id =
            (*ws)->addEvidenceFile(source, EvidenceItem{}, {{0, QStringLiteral("bench-1"), {}}});
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.errorString()));
            return 1;
        }
        QFile::remove(source); // the workspace holds it now; save the disk
    }
    std::printf("imported into the workspace: %.2f s\n", seconds(timer));

    Expected<SigningKey> key = SigningKey::generate();
    if (!key)
        return 1;
    const QString pack = dir.filePath(QStringLiteral("bench.zip"));
    timer.restart();
    Expected<PackSummary> summary = PackWriter(**ws, *key).write(pack);
    if (!summary) {
        std::fprintf(stderr, "%s\n", qPrintable(summary.errorString()));
        return 1;
    }
    const double packSeconds = seconds(timer);
    const double packMb = double(QFileInfo(pack).size()) / 1e6;
    std::printf("pack written: %.0f MB in %.2f s (%.0f MB/s)\n", packMb, packSeconds,
                packMb / packSeconds);
    ws->reset();

    const auto runOpenssl = [&pack]() {
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.start(QStringLiteral("openssl"),
                {QStringLiteral("dgst"), QStringLiteral("-sha256"), pack});
        p.waitForFinished(-1);
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return -1.0;
        return seconds(t);
    };
    // Warm the page cache so that both measure the same thing: hashing plus reading from memory.
    runOpenssl();
    const double opensslBefore = runOpenssl();

    timer.restart();
    PackVerifier verifier(pack);
    verifier.setExpectedKey(key->fingerprint());
    const PackVerification result = verifier.verify();
    const double verifySeconds = seconds(timer);
    const double opensslAfter = runOpenssl();
    if (!result.ok() || opensslBefore < 0 || opensslAfter < 0) {
        std::fprintf(stderr, "bench_pack: verification failed:\n%s\n",
                     qPrintable(result.summary()));
        return 1;
    }
    const double opensslSeconds = std::min(opensslBefore, opensslAfter);
    const double verifyMbs = packMb / verifySeconds;
    const double opensslMbs = packMb / opensslSeconds;
    std::printf("\npack:                 %.0f MB, %d files verified\n", packMb,
                result.filesChecked);
    std::printf("verification:         %.2f s (%.0f MB/s)\n", verifySeconds, verifyMbs);
    std::printf("openssl dgst -sha256: %.2f s (%.0f MB/s, best of two)\n", opensslSeconds,
                opensslMbs);
    std::printf("ratio:                %.2f (goal >= 0.8)\n", verifyMbs / opensslMbs);
    std::printf("peak RSS:             %.1f MB\n", peakRssMb());
    return 0;
}
