#pragma once

#include "testpaths.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <ostream>

// Catch2 prints QStrings in failure messages.
QT_BEGIN_NAMESPACE
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << '"' << s.toStdString() << '"';
}
QT_END_NAMESPACE

namespace test {

// A fixture file under tests/data.
QString dataPath(const QString &relative);

// A fresh temporary folder that removes itself; fails the test if it cannot be made.
class TempDir
{
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

// Result of running the command-line program.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs SQL statements on a workspace file behind the program's back, as someone tampering
// with it would, through a connection of its own that is closed again; fails the test when a
// statement fails.
void runSql(const QString &workspacePath, const QStringList &statements);

// The seqohs-tracker-cli program under test, for a test that drives the process itself.
QString cliProgram();

// Runs seqohs-tracker-cli with these arguments and waits up to timeoutMs.
CliRun runCli(const QStringList &args, int timeoutMs = 60000, const QByteArray &stdinData = {});

// A folder for "add every file in a folder": files a folder import takes (minutes.txt,
// policy.md, sub/audit.txt) beside files it must leave out (hidden files, a file in a hidden
// folder, a workspace with its log, shared memory, journal and lock). Returns the folder.
QString makeMixedEvidenceFolder(const TempDir &dir);

// The file names that makeMixedEvidenceFolder's folder import takes, sorted.
QStringList mixedEvidenceFolderTaken();

} // namespace test
