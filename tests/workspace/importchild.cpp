// Helper for the workspace tests, run as a child process:
//   workspace_import_child import WORKSPACE SCRATCH-DIR SEED
//     imports pseudo-random files (0 to 3 MiB) one after another until killed, printing
//     "chunk N" for each 1 MiB stored (inside the import's transaction) and "committed ID SHA256"
//     after each commit. After each such line it waits for a line on its standard input before
//     it goes on, so that the parent can kill it at an exact point;
//   workspace_import_child bulk WORKSPACE SCRATCH-DIR SEED
//     the same, three files at a time in one unit of work (Workspace::importTogether):
//     "committed" lines come after each unit's commit, for every item in it;
//   workspace_import_child hold WORKSPACE
//     opens the workspace, prints "ready" and waits to be killed.
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

using namespace seqohs;

namespace {

QByteArray randomBytes(qint64 size, quint64 &state)
{
    QByteArray bytes(size, Qt::Uninitialized);
    auto *words = reinterpret_cast<quint64 *>(bytes.data());
    for (qint64 i = 0; i < size / 8; ++i) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        words[i] = state;
    }
    return bytes;
}

// Waits for the parent's go-ahead; stops the child when the parent is gone.
void waitForParent()
{
    std::string line;
    if (!std::getline(std::cin, line))
        std::exit(3);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3)
        return 2;
    Workspace::setUserName(QStringLiteral("import-child"));
    Expected<std::unique_ptr<Workspace>> ws = Workspace::open(args.at(2));
    if (!ws.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.errorString()));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    if (args.at(1) == QLatin1String("hold")) {
        for (;;)
            QThread::sleep(1);
    }
    const bool bulk = args.at(1) == QLatin1String("bulk");
    if ((!bulk && args.at(1) != QLatin1String("import")) || args.size() < 5)
        return 2;
    const QString &scratch = args.at(3);
    quint64 state = 0x2545F4914F6CDD1Dull ^ args.at(4).toULongLong();
    const QList<QString> items{QStringLiteral("t-a1-1"), QStringLiteral("t-a1-2")};
    const auto makeFile = [&](int i) -> QString {
        QString source = scratch + QStringLiteral("/file-%1.bin").arg(i);
        QFile file(source);
        if (!file.open(QIODevice::WriteOnly))
            std::exit(1);
        // Six to nine chunks: a unit outgrows the page cache, so that pages reach the file
        // before the commit.
        const qint64 size = (6 * 1024 * 1024 + qint64(state % (3 * 1024 * 1024))) & ~qint64(7);
        file.write(randomBytes(size, state));
        return source;
    };
    const auto printChunk = [](int &chunk) {
        return [&chunk](qint64, qint64) {
            std::printf("chunk %d\n", ++chunk);
            std::fflush(stdout);
            waitForParent();
            return true;
        };
    };
    for (int unit = 0; bulk; ++unit) {
        QList<qint64> ids;
        int chunk = 0;
        const Status done = (*ws)->importTogether([&]() -> Status {
            for (int k = 0; k < 3; ++k) {
                const int i = unit * 3 + k;
                EvidenceItem meta;
                meta.title = QStringLiteral("Child import %1").arg(i);
                Expected<qint64> id = (*ws)->addEvidenceFile(
                    makeFile(i), meta, {EvidenceLink{0, items.at(i % 2), QString()}},
                    printChunk(chunk));
                if (!id.ok())
                    return id.errors();
                ids << *id;
            }
            return success();
        });
        if (!done.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(done.errorString()));
            return 1;
        }
        for (qint64 id : std::as_const(ids)) {
            const Expected<std::optional<EvidenceItem>> item = (*ws)->evidenceItem(id);
            std::printf("committed %lld %s\n", static_cast<long long>(id),
                        item && *item ? (*item)->sha256.constData() : "");
        }
        std::fflush(stdout);
        waitForParent();
    }
    for (int i = 0;; ++i) {
        const QString source = scratch + QStringLiteral("/file-%1.bin").arg(i);
        {
            QFile file(source);
            if (!file.open(QIODevice::WriteOnly))
                return 1;
            // Sizes from empty to three chunks and a bit, so kills land mid-stream too.
            const qint64 size = qint64(state % (3 * 1024 * 1024 + 4096)) & ~qint64(7);
            file.write(randomBytes(size, state));
        }
        EvidenceItem meta;
        meta.title = QStringLiteral("Child import %1").arg(i);
        int chunk = 0;
        const Workspace::Progress progress = [&chunk](qint64, qint64) {
            std::printf("chunk %d\n", ++chunk);
            std::fflush(stdout);
            waitForParent();
            return true;
        };
        Expected<qint64> id = (*ws)->addEvidenceFile(
            source, meta, {EvidenceLink{0, items.at(i % 2), QString()}}, progress);
        if (!id.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(id.errorString()));
            return 1;
        }
        const Expected<std::optional<EvidenceItem>> item = (*ws)->evidenceItem(*id);
        std::printf("committed %lld %s\n", static_cast<long long>(*id),
                    item && *item ? (*item)->sha256.constData() : "");
        std::fflush(stdout);
        QFile::remove(source);
        waitForParent();
    }
}
