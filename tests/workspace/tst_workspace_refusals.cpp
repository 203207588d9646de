#include "testsupport.h"
#include "workspacetesthelpers.h"

#include "workspace/schema.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <iostream>

using namespace seqohs;

namespace {

// Opening must fail with a message naming the file, and leave the file byte-identical.
Error refusedUnchanged(const QString &path, Workspace::OpenMode mode = Workspace::ReadWrite)
{
    const QByteArray before = test::fileHash(path);
    const qint64 size = QFileInfo(path).size();
    Expected<std::unique_ptr<Workspace>> ws = Workspace::open(path, mode);
    REQUIRE_FALSE(ws.ok());
    CHECK(test::fileHash(path) == before);
    CHECK(QFileInfo(path).size() == size);
    CHECK(ws.error().file == QFileInfo(path).absoluteFilePath());
    CHECK_FALSE(ws.error().hint.isEmpty());
    return ws.error();
}

QString workspaceWithEvidence(const test::TempDir &dir)
{
    QString path = dir.filePath(QStringLiteral("w.seqohs"));
    auto ws = test::createWorkspace(path);
    for (int i = 0; i < 3; ++i) {
        const QString source = dir.filePath(QStringLiteral("e%1.bin").arg(i));
        test::writeFile(source, test::randomBytes(300000 + i, quint32(i)));
        REQUIRE(ws->addEvidenceFile(source, {}, {}).ok());
    }
    return path;
}

void patch(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("A workspace from a newer version is refused, untouched", "[file]")
{
    test::TempDir dir;
    const QString path = workspaceWithEvidence(dir);
    // PRAGMA user_version lives at offset 60, big-endian.
    patch(path, 60, QByteArray("\x00\x00\x00\x63", 4));
    const Error e = refusedUnchanged(path);
    CHECK(e.message.contains(QStringLiteral("newer version")));
    CHECK(e.message.contains(QStringLiteral("99")));
    refusedUnchanged(path, Workspace::ReadOnly);
}

TEST_CASE("A damaged workspace is refused, untouched", "[file]")
{
    test::TempDir dir;
    const QString path = workspaceWithEvidence(dir);
    const Expected<Schema::FileHeader> header = Schema::inspect(path);
    REQUIRE(header.ok());
    // Scribble over the b-tree headers of pages 2 to 4.
    for (int page = 1; page < 4; ++page)
        patch(path, qint64(page) * header->pageSize, QByteArray(64, '\x5a'));
    const Error e = refusedUnchanged(path);
    CHECK(e.message.contains(QStringLiteral("damaged")));
    refusedUnchanged(path, Workspace::ReadOnly);
}

TEST_CASE("A truncated workspace is refused, untouched", "[file]")
{
    test::TempDir dir;
    const QString path = workspaceWithEvidence(dir);
    QFile file(path);
    REQUIRE(file.resize(file.size() / 2));
    const Error e = refusedUnchanged(path);
    CHECK(e.message.contains(QStringLiteral("truncated")));
}

TEST_CASE("A file that is not SQLite is refused, untouched", "[file]")
{
    test::TempDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.seqohs"));
    test::writeFile(text, "These are my notes, not a workspace.\n");
    CHECK(refusedUnchanged(text).message.contains(QStringLiteral("not a workspace")));
    const QString empty = dir.filePath(QStringLiteral("empty.seqohs"));
    test::writeFile(empty, QByteArray());
    CHECK(refusedUnchanged(empty).message.contains(QStringLiteral("empty")));
    const Expected<std::unique_ptr<Workspace>> missing =
        Workspace::open(dir.filePath(QStringLiteral("missing.seqohs")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("missing.seqohs"))));
}

TEST_CASE("An SQLite file of another application is refused, untouched", "[file]")
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("other.seqohs"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO contacts VALUES ('x')")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    CHECK(refusedUnchanged(path).message.contains(QStringLiteral("another application")));
}

TEST_CASE("A workspace open in another process is refused, untouched", "[file]")
{
    test::TempDir dir;
    const QString path = workspaceWithEvidence(dir);
    QProcess holder;
    holder.start(test::importChildPath(), {QStringLiteral("hold"), path});
    REQUIRE(holder.waitForStarted());
    REQUIRE(holder.waitForReadyRead(15000));
    REQUIRE(holder.readLine().trimmed() == "ready");

    const Error e = refusedUnchanged(path);
    CHECK(e.message.contains(QStringLiteral("open in another program")));
    CHECK(e.message.contains(QString::number(holder.processId())));
    // Reading alongside the holder is allowed.
    CHECK(Workspace::open(path, Workspace::ReadOnly).ok());

    holder.kill();
    REQUIRE(holder.waitForFinished(10000));
    // The dead holder's lock is stale and taken over.
    auto ws = test::openWorkspace(path);
    CHECK(ws->evidence()->size() == 3);
}

TEST_CASE("A workspace already open in this process is refused", "[file]")
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("w.seqohs"));
    auto first = test::createWorkspace(path);
    Expected<std::unique_ptr<Workspace>> second = Workspace::open(path);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().message.contains(QStringLiteral("open in another program")));
    first.reset();
    CHECK(Workspace::open(path).ok());
}

TEST_CASE("A full disk fails the import cleanly", "[file][diskfull]")
{
    // A 4 MiB tmpfs is the cheapest full disk that still holds an empty workspace (about 2 MiB
    // of 64 KiB pages) with room for an edit; mounting needs root, so elsewhere this is skipped.
    test::TempDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("small"));
    REQUIRE(QDir().mkpath(mountPoint));
    if (QProcess::execute(QStringLiteral("mount"),
                          {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                           QStringLiteral("size=4m"), QStringLiteral("tmpfs"), mountPoint}) != 0) {
        std::cout << "SKIPPED: a small tmpfs cannot be mounted here (that needs root)\n";
        return;
    }
    struct Unmount
    {
        QString point;
        ~Unmount() { QProcess::execute(QStringLiteral("umount"), {point}); }
    } unmount{mountPoint};

    const QString path = mountPoint + QStringLiteral("/w.seqohs");
    {
        auto ws = test::createWorkspace(path);
        const QString small = dir.filePath(QStringLiteral("small.bin"));
        test::writeFile(small, test::randomBytes(200000, 1));
        REQUIRE(ws->addEvidenceFile(small, {}, {}).ok());
        const QString big = dir.filePath(QStringLiteral("big.bin"));
        test::writeFile(big, test::randomBytes(8 * 1024 * 1024, 2));
        Expected<qint64> failed = ws->addEvidenceFile(big, {}, {});
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.errorString().contains(QStringLiteral("disk is full")));
        CHECK(ws->evidence()->size() == 1);
        // Still usable once the failed import is gone.
        Assessment a;
        a.itemId = QStringLiteral("t-a2");
        a.result = AssessmentResult::Met;
        const Status set = ws->setAssessment(a);
        INFO(set.errorString().toStdString());
        CHECK(set.ok());
    }
    auto ws = test::openWorkspace(path);
    CHECK(ws->evidence()->size() == 1);
    CHECK(ws->checkIntegrity().ok());
}
