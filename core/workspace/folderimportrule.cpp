#include "folderimportrule.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>

#include <dirent.h>
#include <sys/stat.h>

namespace seqohs {

bool FolderImportRule::isWorkspaceFile(const QString &fileName)
{
    // The names SQLite and QLockFile give a workspace's companions ("x.seqohs-wal",
    // "x.seqohs.lock"), matched without regard to case as the window's open dialog does.
    static const QLatin1String suffixes[] = {
        QLatin1String(".seqohs"),      QLatin1String(".seqohs-wal"),
        QLatin1String(".seqohs-shm"),  QLatin1String(".seqohs-journal"),
        QLatin1String(".seqohs.lock"),
    };
    for (const QLatin1String &suffix : suffixes) {
        if (fileName.endsWith(suffix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool FolderImportRule::takes(const QString &fileName)
{
    return !fileName.isEmpty() && !fileName.startsWith(QLatin1Char('.')) &&
           !isWorkspaceFile(fileName);
}

QStringList FolderImportRule::files(const QString &folder)
{
    QStringList found;
    if (!QFileInfo(folder).isDir())
        return found;
    // Without QDir::Hidden the iterator leaves hidden files and folders out; the names are
    // checked again here so that the rule does not rest on that flag alone.
    const QDir root(folder);
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (!takes(it.fileName()))
            continue;
        const QStringList parts = root.relativeFilePath(file).split(QLatin1Char('/'));
        const bool inHiddenFolder =
            std::any_of(parts.begin(), parts.end() - 1,
                        [](const QString &part) { return part.startsWith(QLatin1Char('.')); });
        if (!inHiddenFolder)
            found << file;
    }
    found.sort();
    return found;
}

namespace {

bool validUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

// Walks the folder by its bytes, as the system names things, collecting the relative names
// (as bytes) of the files a folder import would take whose names are not valid UTF-8.
void collectInvalid(const QByteArray &dir, const QByteArray &relative, QList<QByteArray> &found)
{
    DIR *handle = ::opendir(dir.constData());
    if (!handle)
        return;
    while (const dirent *entry = ::readdir(handle)) {
        const QByteArray name(entry->d_name);
        if (name.startsWith('.'))
            continue; // hidden (and . and ..): never taken
        const QByteArray path = dir + '/' + name;
        const QByteArray rel = relative.isEmpty() ? name : relative + '/' + name;
        struct stat info = {};
        if (::lstat(path.constData(), &info) != 0)
            continue;
        if (S_ISDIR(info.st_mode)) {
            collectInvalid(path, rel, found);
        } else if (S_ISREG(info.st_mode) && !validUtf8(name)) {
            found << rel;
        }
    }
    ::closedir(handle);
}

} // namespace

QString FolderImportRule::displayName(const QByteArray &bytes)
{
    QString out;
    qsizetype at = 0;
    while (at < bytes.size()) {
        // The longest valid run from here, then one invalid byte shown as \xNN.
        qsizetype end = bytes.size();
        while (end > at && !validUtf8(bytes.mid(at, end - at)))
            --end;
        if (end > at) {
            out += QString::fromUtf8(bytes.mid(at, end - at));
            at = end;
        }
        if (at < bytes.size()) {
            out += QStringLiteral("\\x%1").arg(uchar(bytes.at(at)), 2, 16, QLatin1Char('0'));
            ++at;
        }
    }
    return out;
}

Status FolderImportRule::checkNames(const QString &folder)
{
    QList<QByteArray> invalid;
    collectInvalid(QFile::encodeName(QDir(folder).absolutePath()), QByteArray(), invalid);
    if (invalid.isEmpty())
        return success();
    std::sort(invalid.begin(), invalid.end());
    QStringList names;
    for (const QByteArray &name : std::as_const(invalid))
        names << displayName(name);
    return Error{tr("%n file name(s) in the folder are not valid UTF-8, so they cannot be read: "
                    "%1. Nothing was imported.",
                    nullptr, int(names.size()))
                     .arg(names.join(QStringLiteral(", "))),
                 folder, QString(),
                 tr("Rename those files (for example with the convmv tool), then import the "
                    "folder again.")};
}

} // namespace seqohs
