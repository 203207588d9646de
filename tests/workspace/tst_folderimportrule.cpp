#include "testsupport.h"

#include "workspace/folderimportrule.h"

#include <QDir>
#include <QFileInfo>

using seqohs::FolderImportRule;

TEST_CASE("A folder import leaves out hidden files and a workspace's own files", "[folderimport]")
{
    CHECK(FolderImportRule::takes(QStringLiteral("minutes.txt")));
    CHECK(FolderImportRule::takes(QStringLiteral("seqohs.txt")));
    CHECK(FolderImportRule::takes(QStringLiteral("notes.seqohs.txt")));
    CHECK_FALSE(FolderImportRule::takes(QStringLiteral(".hidden.txt")));
    CHECK_FALSE(FolderImportRule::takes(QString()));
    for (const QString &name : {QStringLiteral("a.seqohs"), QStringLiteral("a.seqohs-wal"),
                                QStringLiteral("a.seqohs-shm"), QStringLiteral("a.seqohs-journal"),
                                QStringLiteral("a.seqohs.lock"), QStringLiteral("A.SEQOHS")}) {
        INFO(name);
        CHECK(FolderImportRule::isWorkspaceFile(name));
        CHECK_FALSE(FolderImportRule::takes(name));
    }
    CHECK_FALSE(FolderImportRule::isWorkspaceFile(QStringLiteral("a.seqohs.pdf")));
}

TEST_CASE("A folder import takes the files of the folder and its subfolders, sorted",
          "[folderimport]")
{
    test::TempDir dir;
    const QString folder = test::makeMixedEvidenceFolder(dir);
    const QStringList files = FolderImportRule::files(folder);
    const QDir root(folder);
    QStringList relative;
    for (const QString &file : files)
        relative << root.relativeFilePath(file);
    // Full paths, in path order: the same order on every run.
    CHECK(relative == QStringList{QStringLiteral("minutes.txt"), QStringLiteral("policy.md"),
                                  QStringLiteral("sub/audit.txt")});
    QStringList names;
    for (const QString &file : files)
        names << QFileInfo(file).fileName();
    names.sort();
    CHECK(names == test::mixedEvidenceFolderTaken());

    CHECK(FolderImportRule::files(dir.filePath(QStringLiteral("missing"))).isEmpty());
    CHECK(FolderImportRule::files(root.filePath(QStringLiteral("minutes.txt"))).isEmpty());
}
