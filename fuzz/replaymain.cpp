// Feeds files to a fuzz target without libFuzzer, so that the ordinary (GCC) build runs every
// target over its seed corpus and its regression inputs: a crash found once stays fixed.
//
// Usage: NAME_replay [--optional] FILE_OR_FOLDER... (folders are read recursively, files in
// name order; a path after --optional may be missing).

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char *argv[])
{
    LLVMFuzzerInitialize(&argc, &argv);
    QStringList files;
    bool optional = false;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QFile::decodeName(argv[i]);
        if (arg == QLatin1String("--optional")) {
            optional = true;
            continue;
        }
        const QFileInfo info(arg);
        if (info.isDir()) {
            QStringList inFolder;
            QDirIterator it(arg, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                inFolder << it.next();
            std::sort(inFolder.begin(), inFolder.end());
            files += inFolder;
        } else if (info.isFile()) {
            files << arg;
        } else if (!optional) {
            std::fprintf(stderr, "%s: no such file or folder\n", argv[i]);
            return 2;
        }
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "no inputs to replay\n");
        return 2;
    }
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: cannot read\n", qPrintable(path));
            return 2;
        }
        const QByteArray data = file.readAll();
        // Named before it runs: when an input crashes the program, the log says which.
        std::fprintf(stderr, "replaying %s\n", qPrintable(path));
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()),
                               size_t(data.size()));
    }
    std::printf("%lld inputs replayed without a crash\n", static_cast<long long>(files.size()));
    return 0;
}
