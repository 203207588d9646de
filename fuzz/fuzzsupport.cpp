#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace seqohs::fuzz {

namespace {

std::unique_ptr<QTemporaryDir> &scratch()
{
    static std::unique_ptr<QTemporaryDir> dir;
    return dir;
}

void quiet(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // Warnings about damaged input are expected thousands of times a second; only Qt's own
    // fatal messages matter, and those end the run anyway.
    if (type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

QString scratchDir()
{
    return scratch()->path();
}

QString writeScratchFile(const QString &name, const QByteArray &data)
{
    const QString path = QDir(scratchDir()).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size() ||
        !file.flush())
        fail("cannot write the scratch file", path);
    return path;
}

void forgetWorkspace(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        QFile::remove(path + QLatin1String(suffix));
    QSettings().remove(QStringLiteral("auditAnchors"));
}

void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz target: %s %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace seqohs::fuzz

// Called once by libFuzzer (and by the replay program) before the first input.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    using namespace seqohs::fuzz;
    // The settings (the audit trail's anchor, the user name) go to a folder of this process
    // only, so that fuzzing neither reads nor changes the user's own.
    static QTemporaryDir home;
    if (!home.isValid())
        fail("cannot create a temporary folder");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(QStringLiteral("cache"))));
    qInstallMessageHandler(quiet);
    static QCoreApplication app(*argc, *argv);
    QCoreApplication::setOrganizationName(QStringLiteral("seqohs-fuzz"));
    QCoreApplication::setApplicationName(QStringLiteral("seqohs-fuzz"));
    scratch() = std::make_unique<QTemporaryDir>(home.filePath(QStringLiteral("scratch-XXXXXX")));
    if (!scratch()->isValid())
        fail("cannot create the scratch folder");
    return 0;
}
