#include "benchsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

#include <cmath>
#include <cstdio>

#include <sys/resource.h>

using namespace seqohs;

StandardsSet benchStandardsSet()
{
    Criterion c;
    c.id = QStringLiteral("bench-1");
    c.code = QStringLiteral("B1");
    c.title = QStringLiteral("Benchmark criterion");
    Standard s;
    s.id = QStringLiteral("bench");
    s.code = QStringLiteral("B");
    s.title = QStringLiteral("Benchmark standard");
    s.criteria = {c};
    Domain d;
    d.id = QStringLiteral("bench-domain");
    d.code = QStringLiteral("D");
    d.title = QStringLiteral("Benchmark domain");
    d.standards = {s};
    StandardsSet set;
    set.id = QStringLiteral("bench-set");
    set.title = QStringLiteral("Benchmark set");
    set.version = QStringLiteral("1");
    set.domains = {d};
    return set;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

namespace {

// Mixed sizes: log-uniform weights over four decades, scaled to the requested total.
QList<qint64> fileSizes(int files, qint64 totalBytes, QRandomGenerator &random)
{
    QList<double> weights;
    double sum = 0;
    for (int i = 0; i < files; ++i) {
        const double w = std::exp(random.generateDouble() * std::log(10000.0));
        weights << w;
        sum += w;
    }
    QList<qint64> sizes;
    for (double w : weights)
        sizes << qint64(double(totalBytes) * w / sum);
    return sizes;
}

} // namespace

bool writeRandomFile(const QString &path, qint64 size, quint64 &state)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    while (size > 0) {
        auto *words = reinterpret_cast<quint64 *>(buffer.data());
        for (qsizetype w = 0; w < buffer.size() / 8; ++w) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            words[w] = state;
        }
        const qint64 n = qMin<qint64>(size, buffer.size());
        if (file.write(buffer.constData(), n) != n)
            return false;
        size -= n;
    }
    return true;
}

bool generate(const QString &dir, int files, qint64 totalBytes)
{
    QRandomGenerator random(4242);
    const QList<qint64> sizes = fileSizes(files, totalBytes, random);
    quint64 state = 0x9E3779B97F4A7C15ull;
    for (int i = 0; i < files; ++i) {
        const QString folder =
            dir + QStringLiteral("/folder-%1").arg(i % 20, 2, 10, QLatin1Char('0'));
        if (!QDir().mkpath(folder))
            return false;
        if (!writeRandomFile(folder +
                                 QStringLiteral("/evidence-%1.bin").arg(i, 5, 10, QLatin1Char('0')),
                             sizes.at(i), state))
            return false;
    }
    return true;
}

double timeShell(const QString &script)
{
    QElapsedTimer timer;
    timer.start();
    QProcess shell;
    shell.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    shell.waitForFinished(-1);
    if (shell.exitStatus() != QProcess::NormalExit || shell.exitCode() != 0) {
        std::fprintf(stderr, "failed: %s\n", qPrintable(script));
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

QString quoted(const QString &path)
{
    QString q = path;
    q.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}
