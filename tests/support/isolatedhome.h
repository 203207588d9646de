#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace test {

// ctest runs test cases side by side, each in its own process. Settings such as the recent
// files list would otherwise be shared by all of them (and by earlier runs), so one case
// could see another's entries. Each test process gets a home of its own, removed at exit.
class IsolatedHome
{
public:
    IsolatedHome()
    {
        if (!m_dir.isValid())
            return;
        const QByteArray root = QFile::encodeName(m_dir.path());
        const QByteArray runtime = root + "/runtime";
        QDir().mkpath(QString::fromLocal8Bit(runtime));
        QFile::setPermissions(QString::fromLocal8Bit(runtime),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        // The font cache is only a cache: keeping the old one spares each process a rescan.
        if (qEnvironmentVariableIsEmpty("XDG_CACHE_HOME") && !qEnvironmentVariableIsEmpty("HOME"))
            qputenv("XDG_CACHE_HOME", qgetenv("HOME") + "/.cache");
        qputenv("HOME", root);
        qputenv("XDG_CONFIG_HOME", root + "/config");
        qputenv("XDG_DATA_HOME", root + "/data");
        qputenv("XDG_STATE_HOME", root + "/state");
        qputenv("XDG_RUNTIME_DIR", runtime);
    }

private:
    QTemporaryDir m_dir;
};

} // namespace test
