#include "filestate.h"

#include "sha256.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStringList>

#include <sys/stat.h>

namespace seqohs {

namespace {

QString settingsKey(const QString &key, const QString &path)
{
    return key + QLatin1Char('/') +
           QString::fromLatin1(Sha256::hexHash(QFileInfo(path).absoluteFilePath().toUtf8()));
}

} // namespace

QString FileState::of(const QString &path)
{
    QString state;
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
        struct stat st = {};
        // An empty log is what opening the workspace makes; it holds no change.
        if (::stat(QFile::encodeName(file).constData(), &st) != 0 ||
            (file != path && st.st_size == 0)) {
            state += QStringLiteral("-;");
            continue;
        }
        state += QStringLiteral("%1:%2:%3.%4;")
                     .arg(st.st_ino)
                     .arg(st.st_size)
                     .arg(st.st_mtim.tv_sec)
                     .arg(st.st_mtim.tv_nsec);
    }
    return state;
}

bool FileState::matches(const QString &key, const QString &path)
{
    const QString recorded = QSettings().value(settingsKey(key, path)).toString();
    return !recorded.isEmpty() && recorded == of(path);
}

void FileState::record(const QString &key, const QString &path)
{
    if (!QFileInfo(path).isFile())
        return;
    QSettings settings;
    const QString state = of(path);
    if (settings.value(settingsKey(key, path)).toString() != state)
        settings.setValue(settingsKey(key, path), state);
}

} // namespace seqohs
