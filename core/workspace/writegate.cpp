#include "writegate.h"

#include "filestate.h"
#include "workspace.h"

#include <QFile>
#include <QFileInfo>

namespace seqohs {

namespace {

Status damaged(const QString &path, const Status &structure)
{
    ErrorList errors;
    errors << Error{WriteGate::tr("The workspace is damaged, so it will not be changed"), path,
                    QString(),
                    WriteGate::tr("Reading it still works. Check its integrity (Workspace > "
                                  "Check integrity in the window, or 'seqohs-tracker-cli "
                                  "integrity') for the whole report, then restore the "
                                  "workspace from a backup or from the last submission pack.")};
    // A log left beside a file copied over the workspace belongs to the file that was there
    // before, and makes a sound copy look damaged: the likeliest cause comes first.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.isFile() && wal.size() > 32) {
        errors << Error{
            WriteGate::tr("A write-ahead log, %1, lies beside the workspace: if the "
                          "workspace was copied or restored over an older one, "
                          "that log belongs to the older file")
                .arg(wal.fileName()),
            path, QString(),
            WriteGate::tr("It was left as it is. Move %1 (and %2, if there) to "
                          "another folder and open the workspace again.")
                .arg(wal.fileName(), QFileInfo(path + QStringLiteral("-shm")).fileName())};
    }
    // The first few problems; the integrity check lists them all.
    constexpr qsizetype Shown = 5;
    const ErrorList &problems = structure.errors();
    errors << problems.mid(0, Shown);
    if (problems.size() > Shown) {
        errors << Error{
            WriteGate::tr("… and %n more problem(s).", nullptr, int(problems.size() - Shown)),
            path};
    }
    return errors;
}

} // namespace

Status WriteGate::checkFile(const QString &path)
{
    if (FileState::matches(QStringLiteral("writeGate"), path))
        return success();
    Expected<std::unique_ptr<Workspace>> opened = Workspace::open(path, Workspace::ReadOnly);
    if (!opened)
        return opened.errors();
    Status structure = (*opened)->checkStructure();
    if (structure)
        return success();
    return damaged(path, structure);
}

Status WriteGate::check(const Workspace &workspace)
{
    if (workspace.isReadOnly())
        return success();
    const QString path = workspace.path();
    if (FileState::matches(QStringLiteral("writeGate"), path))
        return success();
    Status structure = workspace.checkStructure();
    if (structure)
        return success();
    return damaged(path, structure);
}

void WriteGate::remember(const QString &path)
{
    FileState::record(QStringLiteral("writeGate"), path);
    // What this program left passes the engine's own check as well.
    FileState::record(QStringLiteral("engineCheck"), path);
}

} // namespace seqohs
