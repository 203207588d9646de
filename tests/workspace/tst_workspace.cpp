#include "testsupport.h"
#include "workspacetesthelpers.h"

#include "catalogue/standardsformat.h"
#include "catalogue/standardslibrary.h"
#include "common/clock.h"
#include "workspace/blobstore.h"
#include "workspace/demoworkspace.h"
#include "workspace/workspace.h"
#include "workspace/writebehind.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

#if defined(Q_OS_LINUX)
#include <fcntl.h>
#include <sys/stat.h>
#endif

using namespace seqohs;

TEST_CASE("A workspace round-trips profile, set, assessments, evidence and actions")
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("service.seqohs"));
    qint64 fileId = 0;
    {
        auto ws = test::createWorkspace(path);
        if (!test::onServer())
            CHECK(ws->path() == QFileInfo(path).absoluteFilePath());
        CHECK(ws->profile() == test::tinyProfile());
        CHECK(ws->standardsSet() == test::tinySet());
        CHECK(ws->setContentHash() ==
              QString::fromLatin1(StandardsFormat::contentHash(test::tinySet())));

        Assessment a;
        a.itemId = QStringLiteral("t-a1-1");
        a.result = AssessmentResult::PartiallyMet;
        a.workflow = WorkflowStatus::InProgress;
        a.narrative = QStringLiteral("Policy drafted; «quotes» and ünïcode survive.");
        a.owner = QStringLiteral("Lead nurse");
        a.lastReviewed = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
        REQUIRE(ws->setAssessment(a).ok());
        CHECK(ws->assessment(QStringLiteral("t-a1-1")) == a);
        CHECK(ws->assessment(QStringLiteral("t-a1-2"))->result == AssessmentResult::NotAssessed);

        test::writeFile(dir.filePath(QStringLiteral("policy.txt")), "A policy\n");
        EvidenceItem meta;
        meta.description = QStringLiteral("The policy");
        meta.owner = QStringLiteral("Manager");
        meta.documentDate = QDate(2025, 10, 1);
        meta.reviewBy = QDate(2026, 10, 1);
        meta.coversFrom = QDate(2025, 1, 1);
        meta.coversTo = QDate(2025, 12, 31);
        Expected<qint64> id = ws->addEvidenceFile(
            dir.filePath(QStringLiteral("policy.txt")), meta,
            {EvidenceLink{0, QStringLiteral("t-a1-1"), QStringLiteral("section 2")},
             EvidenceLink{0, QStringLiteral("t-a2"), QString()}});
        REQUIRE(id.ok());
        fileId = *id;

        Action action;
        action.text = QStringLiteral("Finish the policy");
        action.itemId = QStringLiteral("t-a1-1");
        action.due = QDate(2026, 3, 1);
        REQUIRE(ws->addAction(action).ok());
        ServiceProfile p = *ws->profile();
        p.sites << QStringLiteral("Third site");
        REQUIRE(ws->setProfile(p).ok());
        if (!test::onServer())
            CHECK(QFileInfo::exists(path + QStringLiteral(".lock")));
    }
    // Closing leaves the file alone: no lock, no log beside it.
    if (!test::onServer()) {
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    }
    auto ws = test::openWorkspace(path);
    CHECK(ws->standardsSet() == test::tinySet());
    CHECK(ws->profile()->sites.size() == 3);
    CHECK(ws->assessments()->size() == 1);
    CHECK(ws->assessment(QStringLiteral("t-a1-1"))->narrative.contains(QStringLiteral("ünïcode")));
    const std::optional<EvidenceItem> item = *ws->evidenceItem(fileId);
    REQUIRE(item);
    CHECK(item->title == QStringLiteral("policy.txt"));
    CHECK(item->fileName == QStringLiteral("policy.txt"));
    CHECK(item->size == 9);
    CHECK(item->version == 1);
    CHECK(item->reviewBy == QDate(2026, 10, 1));
    CHECK(item->coversTo == QDate(2025, 12, 31));
    CHECK(item->sha256 ==
          QCryptographicHash::hash("A policy\n", QCryptographicHash::Sha256).toHex());
    CHECK(ws->links()->size() == 2);
    CHECK(ws->linksFor(fileId)->first().note == QStringLiteral("section 2"));
    REQUIRE(ws->actions()->size() == 1);
    CHECK(ws->actions()->first().due == QDate(2026, 3, 1));
    CHECK(ws->checkIntegrity().ok());
    CHECK(ws->auditTrail()->size() == 5); // create, assess, evidence, action, profile
}

TEST_CASE("A backup after every kind of change is the same workspace and passes its check")
{
    // On a team workspace the backup is a download into a file, whose integrity check holds the
    // server's changes to the file's audit chain and row digests.
    test::TempDir dir;
    auto ws = test::createWorkspace(dir.filePath(QStringLiteral("w.seqohs")));
    Assessment a;
    a.itemId = QStringLiteral("t-a1-1");
    a.result = AssessmentResult::Met;
    a.narrative = QStringLiteral("First");
    REQUIRE(ws->setAssessment(a).ok());
    a.narrative = QStringLiteral("Second");
    REQUIRE(ws->setAssessment(a).ok());
    const QByteArray content = test::randomBytes(BlobStore::ChunkSize + 77, 3);
    test::writeFile(dir.filePath(QStringLiteral("big.bin")), content);
    Expected<qint64> file =
        ws->addEvidenceFile(dir.filePath(QStringLiteral("big.bin")), {},
                            {EvidenceLink{0, QStringLiteral("t-a1-1"), QStringLiteral("all")}});
    REQUIRE(file.ok());
    Expected<qint64> gone = ws->addEvidenceFile(dir.filePath(QStringLiteral("big.bin")), {}, {});
    REQUIRE(gone.ok());
    REQUIRE(ws->removeEvidence(*gone).ok());
    Action action;
    action.text = QStringLiteral("Write it down");
    action.itemId = QStringLiteral("t-a1-2");
    REQUIRE(ws->addAction(action).ok());
    CHECK(ws->checkIntegrity().ok());

    const QString copyPath = dir.filePath(QStringLiteral("copy.seqohs"));
    const Status backedUp = ws->backupTo(copyPath);
    INFO(backedUp.errorString());
    REQUIRE(backedUp.ok());
    Expected<std::unique_ptr<Workspace>> copy = Workspace::open(copyPath, Workspace::ReadOnly);
    INFO(copy.errorString());
    REQUIRE(copy.ok());
    const Status checked = (*copy)->checkIntegrity();
    INFO(checked.errorString());
    CHECK(checked.ok());
    CHECK((*copy)->assessment(QStringLiteral("t-a1-1"))->narrative == QStringLiteral("Second"));
    CHECK((*copy)->evidence()->size() == 1);
    CHECK((*copy)->actions()->size() == 1);
    CHECK((*copy)->auditTrail()->size() == ws->auditTrail()->size());
    const QString exported = dir.filePath(QStringLiteral("out.bin"));
    REQUIRE((*copy)->exportEvidenceFile(*file, exported).ok());
    CHECK(test::readFile(exported) == content);
    // Read where it is kept, across the chunk boundary.
    Expected<std::unique_ptr<QIODevice>> device = ws->openEvidenceContent(*file);
    REQUIRE(device.ok());
    REQUIRE((*device)->open(QIODevice::ReadOnly));
    REQUIRE((*device)->seek(BlobStore::ChunkSize - 10));
    CHECK((*device)->read(20) == content.mid(BlobStore::ChunkSize - 10, 20));
}

namespace {

// How many POSIX locks this process holds on `path`, as the kernel lists them (Linux only).
int posixLocksOnFile(const QString &path)
{
    int count = 0;
#if defined(Q_OS_LINUX)
    struct stat file = {};
    QFile locks(QStringLiteral("/proc/locks"));
    if (::stat(QFile::encodeName(path).constData(), &file) != 0 || !locks.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray inode = QByteArray::number(qulonglong(file.st_ino));
    const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid());
    // "1: POSIX  ADVISORY  WRITE 4242 08:01:123456 1073741825 1073741825"
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 6 && fields.at(1) == "POSIX" && fields.at(4) == pid &&
            fields.at(5).split(':').value(2) == inode)
            ++count;
    }
#else
    Q_UNUSED(path);
#endif
    return count;
}

} // namespace

TEST_CASE("Content past several write-behind steps is stored whole, alone and in a unit of work")
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir.filePath(QStringLiteral("w.seqohs")));
    // The store asks the kernel to write the file behind it every few megabytes: more than two
    // steps of it, through the write-ahead log (alone) and with a rollback journal (a unit of
    // work, whose locks are checked below). Each file is under the connection's 16 MiB cache,
    // so no spill takes the locks again before the check.
    const QByteArray first = test::randomBytes(9 * 1024 * 1024 + 5, 11);
    const QByteArray second = test::randomBytes(9 * 1024 * 1024 + 7, 12);
    test::writeFile(dir.filePath(QStringLiteral("first.bin")), first);
    test::writeFile(dir.filePath(QStringLiteral("second.bin")), second);
    Expected<qint64> alone = ws->addEvidenceFile(dir.filePath(QStringLiteral("first.bin")), {}, {});
    REQUIRE(alone.ok());
    qint64 together = 0;
    int heldLocks = 0;
    const Status unit = ws->importTogether([&]() -> Status {
        Expected<qint64> id =
            ws->addEvidenceFile(dir.filePath(QStringLiteral("second.bin")), {}, {});
        if (!id.ok())
            return id.errors();
        together = *id;
        // SQLite's own locks on the file still hold after the hints: a descriptor of the file
        // opened and closed beside SQLite's would have dropped them, letting another process
        // read or roll back the unit of work under way.
        heldLocks = posixLocksOnFile(ws->path());
        return success();
    });
    INFO(unit.errorString());
    REQUIRE(unit.ok());
#if defined(Q_OS_LINUX)
    // A file's locks; a team workspace's content goes to its server.
    if (!Workspace::isServerLocation(ws->path()))
        CHECK(heldLocks > 0);
#endif
    CHECK(ws->checkIntegrity().ok());
    const QString out = dir.filePath(QStringLiteral("out.bin"));
    REQUIRE(ws->exportEvidenceFile(*alone, out).ok());
    CHECK(test::readFile(out) == first);
    REQUIRE(ws->exportEvidenceFile(together, out).ok());
    CHECK(test::readFile(out) == second);
    // Only a hint: a file that is not there is no error.
    WriteBehind nowhere(dir.filePath(QStringLiteral("missing.seqohs")), 1);
    nowhere.wrote(2);
}

namespace {

// Whether this process has `path` open (Linux only): the read-ahead holds the file it reads.
bool openHere(const QString &path)
{
    const QString target = QFileInfo(path).canonicalFilePath();
    const QDir descriptors(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : descriptors.entryList(QDir::Files | QDir::System)) {
        if (QFile::symLinkTarget(descriptors.filePath(fd)) == target)
            return true;
    }
    return false;
}

// Gives `path` new content of the same size and its old time of modification, in place or by
// renaming another file over it: only the time of change, or the inode, tells.
void replaceKeepingStamp(const QString &path, const QByteArray &content, bool byRename)
{
    struct stat was = {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &was) == 0);
    const QString written = byRename ? path + QStringLiteral(".new") : path;
    test::writeFile(written, content);
    // To the nanosecond: QFileInfo's milliseconds would leave a difference that tells.
    const struct timespec times[2] = {was.st_atim, was.st_mtim};
    REQUIRE(::utimensat(AT_FDCWD, QFile::encodeName(written).constData(), times, 0) == 0);
    if (byRename)
        REQUIRE(std::rename(QFile::encodeName(written).constData(),
                            QFile::encodeName(path).constData()) == 0);
    struct stat is = {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &is) == 0);
    REQUIRE(is.st_size == was.st_size);
    REQUIRE(is.st_mtim.tv_sec == was.st_mtim.tv_sec);
    REQUIRE(is.st_mtim.tv_nsec == was.st_mtim.tv_nsec);
}

} // namespace

TEST_CASE("Files read ahead are stored as they are when stored: in order, passed over, again, "
          "outside the list, and changed or replaced after they were read")
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir.filePath(QStringLiteral("w.seqohs")));
    // Three chunks each: once the first is stored, the second and third are read whole and the
    // fourth is held open with two chunks read (the read-ahead keeps eight).
    QStringList files;
    QList<QByteArray> contents;
    for (int i = 0; i < 6; ++i) {
        files << dir.filePath(QStringLiteral("file-%1.bin").arg(i));
        contents << test::randomBytes(2 * 1024 * 1024 + 1000 * i + 1, quint32(40 + i));
        test::writeFile(files.last(), contents.last());
    }
    // The last file is not in the list.
    ws->readAhead(files.mid(0, 5));
    QList<std::pair<qint64, QByteArray>> stored;
    const auto add = [&](int i) {
        Expected<qint64> id = ws->addEvidenceFile(files.at(i), {}, {});
        if (id.ok())
            stored.append({*id, contents.at(i)});
        return id;
    };
    const bool readAheadHere = !Workspace::isServerLocation(ws->path());
    const Status unit = ws->importTogether([&]() -> Status {
        if (Expected<qint64> id = add(0); !id.ok())
            return id.errors();
#if defined(Q_OS_LINUX)
        if (readAheadHere) {
            // The second file is passed over; the third is read and the fourth open.
            QElapsedTimer waited;
            waited.start();
            while (!openHere(files.at(3)) && waited.elapsed() < 20000)
                QThread::msleep(5);
            REQUIRE(openHere(files.at(3)));
        }
#endif
        contents[2] = test::randomBytes(contents.at(2).size(), 98);
        replaceKeepingStamp(files.at(2), contents.at(2), false);
        contents[3] = test::randomBytes(contents.at(3).size(), 99);
        replaceKeepingStamp(files.at(3), contents.at(3), true);
        for (const int i : {2, 3}) {
            const Expected<qint64> id = add(i);
            INFO(i);
            INFO(id.errorString());
            // As read ahead, before the change: refused. Read when stored (a team workspace's
            // store has no read-ahead): stored as it is now.
            if (readAheadHere) {
                REQUIRE_FALSE(id.ok());
                CHECK(id.errorString().contains(QStringLiteral("changed while it was being read")));
            } else {
                REQUIRE(id.ok());
            }
        }
        for (const int i : {4, 1, 5, 0, 2, 3}) {
            if (Expected<qint64> id = add(i); !id.ok())
                return id.errors();
        }
        return success();
    });
    INFO(unit.errorString());
    REQUIRE(unit.ok());
    ws->readAhead({});
    REQUIRE(add(5).ok());
    CHECK(ws->checkIntegrity().ok());
    const QString out = dir.filePath(QStringLiteral("out.bin"));
    for (const auto &[id, content] : std::as_const(stored)) {
        INFO(id);
        REQUIRE(ws->exportEvidenceFile(id, out).ok());
        const bool same = test::readFile(out) == content; // megabytes: not to be printed
        CHECK(same);
    }

    SECTION("Stores stopped part-way, more of them than the read-ahead has buffers")
    {
        // A path may come more than once; each store takes the next.
        QStringList again;
        for (int round = 0; round < 3; ++round)
            again << files.mid(0, 5);
        again << files.at(4);
        ws->readAhead(again);
        const Workspace::Progress stop = [](qint64, qint64) { return false; };
        for (int n = 0; n < 15; ++n) {
            const Expected<qint64> id = ws->addEvidenceFile(files.at(n % 5), {}, {}, stop);
            REQUIRE_FALSE(id.ok());
            CHECK(id.errorString().contains(QStringLiteral("cancelled")));
        }
        // Through the read-ahead still: every buffer came back.
        REQUIRE(add(4).ok());
    }
    SECTION("Stores that fail part-way in SQLite, more of them than the read-ahead has buffers")
    {
        if (!readAheadHere)
            return; // a team workspace's store reads as it stores
        // The workspace's own connection is given room for one chunk more, as a nearly full
        // disk would: each file's second chunk fails to be written.
        QSqlDatabase connection;
        for (const QString &name : QSqlDatabase::connectionNames()) {
            const QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen() && QFileInfo(db.databaseName()) == QFileInfo(ws->path()))
                connection = db;
        }
        REQUIRE(connection.isValid());
        QSqlQuery pragma(connection);
        REQUIRE(pragma.exec(QStringLiteral("PRAGMA page_count")));
        REQUIRE(pragma.next());
        const qint64 pages = pragma.value(0).toLongLong();
        REQUIRE(pragma.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 24)));
        QStringList again;
        for (int round = 0; round < 3; ++round)
            again << files.mid(0, 5);
        again << files.at(4);
        ws->readAhead(again);
        for (int n = 0; n < 15; ++n) {
            const Expected<qint64> id = ws->addEvidenceFile(files.at(n % 5), {}, {});
            REQUIRE_FALSE(id.ok());
            CHECK(id.errorString().contains(QStringLiteral("the disk is full")));
        }
        REQUIRE(pragma.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        // Through the read-ahead still: every buffer came back.
        REQUIRE(add(4).ok());
        CHECK(ws->checkIntegrity().ok());
    }
    SECTION("Closing the workspace with files still to be read ahead")
    {
        ws->readAhead(files);
        REQUIRE(add(0).ok());
        ws.reset();
    }
}

TEST_CASE("Not applicable needs a justification and unknown items are refused")
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir.filePath(QStringLiteral("w.seqohs")));
    Assessment a;
    a.itemId = QStringLiteral("t-a1-2");
    a.result = AssessmentResult::NotApplicable;
    Status refused = ws->setAssessment(a);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("justification")));
    CHECK(refused.error().file == ws->path());
    a.justification = QStringLiteral("   ");
    CHECK_FALSE(ws->setAssessment(a).ok());
    a.justification = QStringLiteral("We see no NHS staff.");
    CHECK(ws->setAssessment(a).ok());

    a.itemId = QStringLiteral("no-such-item");
    CHECK_FALSE(ws->setAssessment(a).ok());
    CHECK(ws->auditTrail()->size() == 2);
}

TEST_CASE("Identical content is stored once and exports byte-identical", "[file]")
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir.filePath(QStringLiteral("w.seqohs")));
    // Larger than one chunk, with a ragged end, to exercise chunking.
    const QByteArray content = test::randomBytes(2 * 1024 * 1024 + 12345, 7);
    test::writeFile(dir.filePath(QStringLiteral("a.bin")), content);
    test::writeFile(dir.filePath(QStringLiteral("b.bin")), content);
    Expected<qint64> a = ws->addEvidenceFile(dir.filePath(QStringLiteral("a.bin")), {}, {});
    Expected<qint64> b = ws->addEvidenceFile(dir.filePath(QStringLiteral("b.bin")), {}, {});
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(*a != *b);
    CHECK(ws->evidenceItem(*a).value()->sha256 == ws->evidenceItem(*b).value()->sha256);

    QSqlDatabase raw =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dedup"));
    raw.setDatabaseName(ws->path());
    raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    REQUIRE(raw.open());
    {
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*), SUM(size) FROM blob")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
        CHECK(q.value(1).toLongLong() == content.size());
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*), MAX(length(data)) FROM blob_chunk")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 3);
        CHECK(q.value(1).toInt() == 1024 * 1024);
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("dedup"));

    const QString out = dir.filePath(QStringLiteral("out.bin"));
    REQUIRE(ws->exportEvidenceFile(*b, out).ok());
    CHECK(test::readFile(out) == content);

    // Removing one item keeps the shared content; removing both drops it.
    REQUIRE(ws->removeEvidence(*a).ok());
    REQUIRE(ws->exportEvidenceFile(*b, out).ok());
    CHECK(test::readFile(out) == content);
    REQUIRE(ws->removeEvidence(*b).ok());
    CHECK(ws->evidence()->isEmpty());
    CHECK(ws->checkIntegrity().ok());

    // An empty file is evidence too.
    test::writeFile(dir.filePath(QStringLiteral("empty.txt")), QByteArray());
    Expected<qint64> empty = ws->addEvidenceFile(dir.filePath(QStringLiteral("empty.txt")), {}, {});
    REQUIRE(empty.ok());
    REQUIRE(ws->exportEvidenceFile(*empty, out).ok());
    CHECK(QFileInfo(out).size() == 0);
}

TEST_CASE("Replacing a file keeps earlier versions")
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir.filePath(QStringLiteral("w.seqohs")));
    test::writeFile(dir.filePath(QStringLiteral("v1.txt")), "first\n");
    test::writeFile(dir.filePath(QStringLiteral("v2.txt")), "second version\n");
    Expected<qint64> id = ws->addEvidenceFile(dir.filePath(QStringLiteral("v1.txt")), {}, {});
    REQUIRE(id.ok());
    REQUIRE(ws->replaceEvidenceFile(*id, dir.filePath(QStringLiteral("v2.txt"))).ok());
    const QList<EvidenceVersion> versions = *ws->versions(*id);
    REQUIRE(versions.size() == 2);
    CHECK(versions.at(0).fileName == QStringLiteral("v1.txt"));
    CHECK(versions.at(1).fileName == QStringLiteral("v2.txt"));
    CHECK(versions.at(1).size == 15);
    CHECK(ws->evidenceItem(*id).value()->version == 2);
    CHECK(ws->evidenceItem(*id).value()->fileName == QStringLiteral("v2.txt"));
    const QString out = dir.filePath(QStringLiteral("out.txt"));
    REQUIRE(ws->exportEvidenceFile(*id, out, 1).ok());
    CHECK(test::readFile(out) == "first\n");
    REQUIRE(ws->exportEvidenceFile(*id, out).ok());
    CHECK(test::readFile(out) == "second version\n");
    CHECK_FALSE(ws->exportEvidenceFile(*id, out, 3).ok());

    Expected<qint64> link = ws->addEvidenceLink(QStringLiteral("https://example.org/x"), {}, {});
    REQUIRE(link.ok());
    CHECK_FALSE(ws->replaceEvidenceFile(*link, dir.filePath(QStringLiteral("v2.txt"))).ok());
}

TEST_CASE("Links, statements, updates, links to criteria and actions")
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir.filePath(QStringLiteral("w.seqohs")));
    EvidenceItem meta;
    meta.title = QStringLiteral("Intranet leaflet");
    Expected<qint64> link =
        ws->addEvidenceLink(QStringLiteral("https://intranet.example/leaflet"), meta, {});
    REQUIRE(link.ok());
    Expected<qint64> statement =
        ws->addEvidenceStatement(QStringLiteral("We audit every quarter."), {},
                                 {EvidenceLink{0, QStringLiteral("t-a2"), {}}});
    REQUIRE(statement.ok());
    CHECK(ws->evidenceItem(*link).value()->kind == EvidenceItem::Kind::Link);
    CHECK(ws->evidenceItem(*link).value()->url ==
          QStringLiteral("https://intranet.example/leaflet"));
    CHECK(ws->evidenceItem(*statement).value()->statement ==
          QStringLiteral("We audit every quarter."));
    CHECK_FALSE(ws->addEvidenceStatement(QStringLiteral("  "), {}, {}).ok());
    CHECK_FALSE(
        ws->addEvidenceLink(QStringLiteral("x"), {}, {EvidenceLink{0, QStringLiteral("nope"), {}}})
            .ok());
    CHECK(ws->evidence()->size() == 2);

    EvidenceItem changed = **ws->evidenceItem(*link);
    changed.reviewBy = QDate(2027, 1, 1);
    changed.title = QStringLiteral("Leaflet");
    REQUIRE(ws->updateEvidence(changed).ok());
    CHECK(ws->evidenceItem(*link).value()->reviewBy == QDate(2027, 1, 1));
    changed.title.clear();
    CHECK_FALSE(ws->updateEvidence(changed).ok());

    REQUIRE(ws->link(EvidenceLink{*link, QStringLiteral("t-a1-1"), QStringLiteral("p. 2")}).ok());
    REQUIRE(ws->link(EvidenceLink{*link, QStringLiteral("t-a1-1"), QStringLiteral("p. 3")}).ok());
    CHECK(ws->linksFor(*link)->size() == 1);
    CHECK(ws->linksFor(*link)->first().note == QStringLiteral("p. 3"));
    REQUIRE(ws->unlink(*link, QStringLiteral("t-a1-1")).ok());
    CHECK_FALSE(ws->unlink(*link, QStringLiteral("t-a1-1")).ok());

    Clock::setFixed(QDateTime(QDate(2026, 2, 3), QTime(10, 0), Qt::UTC));
    Action action;
    action.text = QStringLiteral("Write the policy");
    Expected<qint64> id = ws->addAction(action);
    REQUIRE(id.ok());
    Action done = **ws->action(*id);
    done.status = Action::Status::Done;
    REQUIRE(ws->updateAction(done).ok());
    CHECK(ws->action(*id).value()->completed == QDate(2026, 2, 3));
    Clock::setFixed(QDateTime());
    CHECK_FALSE(ws->addAction(Action{}).ok());
    REQUIRE(ws->removeAction(*id).ok());
    CHECK(ws->actions()->isEmpty());
    CHECK_FALSE(ws->removeAction(*id).ok());
    CHECK(ws->verifyAuditChain().ok());
}

TEST_CASE("Snapshots and meta values are stored as given")
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir.filePath(QStringLiteral("w.seqohs")));
    QSignalSpy spy(ws.get(), &Workspace::snapshotsChanged);
    REQUIRE(ws->saveSnapshot(QStringLiteral("Annual return 2026"), "{\"a\":1}").ok());
    CHECK_FALSE(ws->saveSnapshot(QStringLiteral("Annual return 2026"), "{}").ok());
    CHECK(spy.count() == 1);
    REQUIRE(ws->snapshots()->size() == 1);
    CHECK(ws->snapshots()->first().name == QStringLiteral("Annual return 2026"));
    CHECK(*ws->snapshot(QStringLiteral("Annual return 2026")) == "{\"a\":1}");
    CHECK_FALSE(ws->snapshot(QStringLiteral("missing")).ok());
    REQUIRE(ws->removeSnapshot(QStringLiteral("Annual return 2026")).ok());
    CHECK(ws->snapshots()->isEmpty());

    REQUIRE(ws->setMetaValue(QStringLiteral("app.lastView"), QStringLiteral("dashboard")).ok());
    CHECK(ws->metaValue(QStringLiteral("app.lastView"))->toString() == QStringLiteral("dashboard"));
    CHECK_FALSE(ws->setMetaValue(QStringLiteral("workspace.audit_head"), QStringLiteral("x")).ok());
}

TEST_CASE("Changes are announced after they are stored")
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir.filePath(QStringLiteral("w.seqohs")));
    QSignalSpy added(ws.get(), &Workspace::evidenceAdded);
    QSignalSpy changed(ws.get(), &Workspace::evidenceChanged);
    QSignalSpy removed(ws.get(), &Workspace::evidenceRemoved);
    QSignalSpy linksChanged(ws.get(), &Workspace::linksChanged);
    QSignalSpy assessment(ws.get(), &Workspace::assessmentChanged);
    QSignalSpy actionAdded(ws.get(), &Workspace::actionAdded);
    QSignalSpy actionChanged(ws.get(), &Workspace::actionChanged);
    QSignalSpy actionRemoved(ws.get(), &Workspace::actionRemoved);
    QSignalSpy profile(ws.get(), &Workspace::profileChanged);

    Expected<qint64> id = ws->addEvidenceStatement(QStringLiteral("Statement"), {},
                                                   {EvidenceLink{0, QStringLiteral("t-a2"), {}}});
    REQUIRE(id.ok());
    REQUIRE(added.count() == 1);
    CHECK(added.first().first().toLongLong() == *id);
    CHECK(linksChanged.count() == 1);
    EvidenceItem e = **ws->evidenceItem(*id);
    e.owner = QStringLiteral("Someone");
    REQUIRE(ws->updateEvidence(e).ok());
    REQUIRE(ws->updateEvidence(e).ok()); // unchanged: no signal, no audit row
    CHECK(changed.count() == 1);
    REQUIRE(ws->link(EvidenceLink{*id, QStringLiteral("t-a1-1"), {}}).ok());
    CHECK(linksChanged.count() == 2);
    REQUIRE(ws->removeEvidence(*id).ok());
    CHECK(removed.count() == 1);

    Assessment a;
    a.itemId = QStringLiteral("t-a2");
    a.result = AssessmentResult::Met;
    REQUIRE(ws->setAssessment(a).ok());
    REQUIRE(assessment.count() == 1);
    CHECK(assessment.first().first().toString() == QStringLiteral("t-a2"));

    Action action;
    action.text = QStringLiteral("Do it");
    Expected<qint64> actionId = ws->addAction(action);
    REQUIRE(actionId.ok());
    Action updated = **ws->action(*actionId);
    updated.owner = QStringLiteral("Me");
    REQUIRE(ws->updateAction(updated).ok());
    REQUIRE(ws->removeAction(*actionId).ok());
    CHECK(actionAdded.count() == 1);
    CHECK(actionChanged.count() == 1);
    CHECK(actionRemoved.count() == 1);

    ServiceProfile p = *ws->profile();
    p.servesNhs = false;
    REQUIRE(ws->setProfile(p).ok());
    CHECK(profile.count() == 1);

    // A failed call announces nothing.
    a.result = AssessmentResult::NotApplicable;
    CHECK_FALSE(ws->setAssessment(a).ok());
    CHECK(assessment.count() == 1);
}

TEST_CASE("Inside one unit of work, signals wait for its commit and a rollback drops them")
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir.filePath(QStringLiteral("w.seqohs")));
    QSignalSpy actionAdded(ws.get(), &Workspace::actionAdded);
    QSignalSpy snapshots(ws.get(), &Workspace::snapshotsChanged);
    Action action;
    action.text = QStringLiteral("Do it");

    qint64 id = 0;
    Status done = ws->change(QStringLiteral("Two changes"), [&]() -> Status {
        Expected<qint64> added = ws->addAction(action);
        if (!added)
            return added.errors();
        id = *added;
        CHECK(actionAdded.count() == 0); // stored, not yet committed
        return ws->saveSnapshot(QStringLiteral("Annual return 2026"), "{}");
    });
    REQUIRE(done.ok());
    REQUIRE(actionAdded.count() == 1);
    CHECK(actionAdded.first().first().toLongLong() == id);
    CHECK(snapshots.count() == 1);

    // The snapshot's name is in use: the action added before it goes too, unannounced.
    Status failed = ws->change(QStringLiteral("Two changes"), [&]() -> Status {
        if (Expected<qint64> added = ws->addAction(action); !added)
            return added.errors();
        return ws->saveSnapshot(QStringLiteral("Annual return 2026"), "{}");
    });
    CHECK_FALSE(failed.ok());
    CHECK(actionAdded.count() == 1);
    CHECK(snapshots.count() == 1);
    CHECK(ws->actions()->size() == 1);
}

TEST_CASE("Importing can be cancelled and reports progress")
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir.filePath(QStringLiteral("w.seqohs")));
    test::writeFile(dir.filePath(QStringLiteral("big.bin")), test::randomBytes(5 * 1024 * 1024, 3));
    QList<qint64> seen;
    Expected<qint64> cancelled = ws->addEvidenceFile(dir.filePath(QStringLiteral("big.bin")), {},
                                                     {}, [&](qint64 done, qint64 total) {
                                                         seen << done;
                                                         CHECK(total == 5 * 1024 * 1024);
                                                         return done < 2 * 1024 * 1024;
                                                     });
    CHECK_FALSE(cancelled.ok());
    CHECK(seen.size() == 2);
    CHECK(ws->evidence()->isEmpty());
    CHECK(ws->auditTrail()->size() == 1);
    CHECK(ws->checkIntegrity().ok());

    seen.clear();
    Expected<qint64> done =
        ws->addEvidenceFile(dir.filePath(QStringLiteral("big.bin")), {}, {}, [&](qint64 d, qint64) {
            seen << d;
            return true;
        });
    REQUIRE(done.ok());
    CHECK(seen.last() == 5 * 1024 * 1024);
    CHECK_FALSE(ws->addEvidenceFile(dir.filePath(QStringLiteral("missing.bin")), {}, {}).ok());
    CHECK_FALSE(ws->addEvidenceFile(dir.path(), {}, {}).ok());
}

TEST_CASE("A read-only workspace refuses changes and takes no lock")
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("w.seqohs"));
    test::createWorkspace(path);
    const QByteArray before = test::fileHash(path);
    {
        Expected<std::unique_ptr<Workspace>> ro = Workspace::open(path, Workspace::ReadOnly);
        INFO(ro.errorString());
        REQUIRE(ro.ok());
        CHECK((*ro)->isReadOnly());
        CHECK((*ro)->profile()->name == QStringLiteral("Test OH Service"));
        Assessment a;
        a.itemId = QStringLiteral("t-a2");
        a.result = AssessmentResult::Met;
        const Status refused = (*ro)->setAssessment(a);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("read-only")));
        // A second reader, and a writer, may open it at the same time.
        CHECK(Workspace::open(path, Workspace::ReadOnly).ok());
        CHECK((*ro)->checkIntegrity().ok());
    }
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("A backup is a consistent workspace of its own")
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir.filePath(QStringLiteral("w.seqohs")));
    test::writeFile(dir.filePath(QStringLiteral("a.bin")), test::randomBytes(1500000, 9));
    REQUIRE(ws->addEvidenceFile(dir.filePath(QStringLiteral("a.bin")), {}, {}).ok());
    const QString copy = dir.filePath(QStringLiteral("copy.seqohs"));
    REQUIRE(ws->backupTo(copy).ok());
    CHECK_FALSE(QFileInfo::exists(copy + QStringLiteral(".partial")));
    CHECK_FALSE(ws->backupTo(ws->path()).ok());
    auto restored = test::openWorkspace(copy);
    CHECK(restored->evidence()->size() == 1);
    CHECK(restored->checkIntegrity().ok());
    CHECK(restored->auditTrail() == ws->auditTrail());
}

TEST_CASE("Creating refuses an existing file and leaves nothing behind on failure")
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("w.seqohs"));
    test::writeFile(path, "precious");
    CHECK_FALSE(Workspace::create(path, test::tinyProfile(), test::tinySet()).ok());
    CHECK(test::readFile(path) == "precious");
    ServiceProfile nameless;
    CHECK_FALSE(
        Workspace::create(dir.filePath(QStringLiteral("x.seqohs")), nameless, test::tinySet())
            .ok());
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.seqohs"))));
    CHECK_FALSE(Workspace::create(dir.filePath(QStringLiteral("no/such/dir/x.seqohs")),
                                  test::tinyProfile(), test::tinySet())
                    .ok());
}

TEST_CASE("The demo workspace covers every kind of content")
{
    test::TempDir dir;
    const QDate today(2026, 3, 10);
    Expected<std::unique_ptr<Workspace>> demo =
        DemoWorkspace::create(dir.filePath(QStringLiteral("demo.seqohs")), today);
    INFO(demo.errorString());
    REQUIRE(demo.ok());
    Workspace &ws = **demo;
    CHECK(ws.profile()->name == QStringLiteral("Northgate Occupational Health"));
    CHECK(ws.standardsSet().id == StandardsLibrary::defaultId());

    QSet<int> domainsAssessed;
    const QHash<QString, Assessment> assessments = *ws.assessments();
    for (const AssessableItem &item : ws.standardsSet().assessables()) {
        if (assessments.contains(item.id))
            domainsAssessed.insert(item.domainIndex);
    }
    CHECK(domainsAssessed.size() == ws.standardsSet().domains.size());
    bool notApplicable = false;
    for (const Assessment &a : assessments)
        notApplicable |= a.result == AssessmentResult::NotApplicable;
    CHECK(notApplicable);

    QSet<EvidenceItem::Kind> kinds;
    int expired = 0;
    int expiringBeforeVisit = 0;
    for (const EvidenceItem &e : *ws.evidence()) {
        kinds.insert(e.kind);
        if (!e.isCurrentOn(today))
            ++expired;
        else if (!e.isCurrentOn(ws.profile()->plannedAssessment))
            ++expiringBeforeVisit;
    }
    CHECK(kinds.size() == 3);
    // Past review: two files and the complaints statement; due before the visit: two files
    // and the retention schedule.
    CHECK(expired == 3);
    CHECK(expiringBeforeVisit == 3);
    int overdue = 0;
    int done = 0;
    for (const Action &a : *ws.actions()) {
        overdue += a.isOverdueOn(today) ? 1 : 0;
        done += a.status == Action::Status::Done ? 1 : 0;
    }
    CHECK(overdue == 2);
    CHECK(done == 2); // of the 8 actions
    CHECK(ws.checkIntegrity().ok());

    // Deterministic given the date: a second demo has the same content.
    Expected<std::unique_ptr<Workspace>> again =
        DemoWorkspace::create(dir.filePath(QStringLiteral("again.seqohs")), today);
    REQUIRE(again.ok());
    CHECK((*again)->actions() == ws.actions());
    CHECK((*again)->links() == ws.links());
    QList<EvidenceItem> a = *ws.evidence();
    QList<EvidenceItem> b = *(*again)->evidence();
    REQUIRE(a.size() == b.size());
    for (int i = 0; i < a.size(); ++i) {
        a[i].added = QDateTime();
        b[i].added = QDateTime();
    }
    CHECK(a == b);
}

namespace {
// Bytes 18 and 19 of a SQLite file: 2 and 2 when it keeps a write-ahead log, 1 and 1 with a
// rollback journal.
QByteArray journalModeBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.read(20).mid(18);
}
} // namespace

TEST_CASE("Files imported together: one that fails leaves nothing of itself, the others are "
          "kept, and the file keeps its log afterwards",
          "[file]")
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("together.seqohs"));
    auto ws = test::createWorkspace(path);
    const qsizetype before = ws->evidence()->size();
    const qint64 auditBefore = ws->auditTrail()->size();
    QStringList files;
    for (int i = 0; i < 3; ++i) {
        files << dir.filePath(QStringLiteral("file-%1.bin").arg(i));
        test::writeFile(files.last(), test::randomBytes(3 * 1024 * 1024 + i, quint32(i + 1)));
    }
    const QList<EvidenceLink> links{EvidenceLink{0, QStringLiteral("t-a1-1"), QString()}};
    QList<qint64> ids;
    QByteArray modeDuring;
    bool appended = false;
    // The second file grows while it is read, as if another program wrote to it.
    const Workspace::Progress grow = [&](qint64, qint64) {
        if (!appended) {
            QFile f(files.at(1));
            REQUIRE(f.open(QIODevice::Append));
            f.write(QByteArray(1024, 'b'));
            appended = true;
        }
        return true;
    };
    const Status done = ws->importTogether([&]() -> Status {
        for (int i = 0; i < 3; ++i) {
            const Expected<qint64> id = ws->addEvidenceFile(files.at(i), EvidenceItem{}, links,
                                                            i == 1 ? grow : Workspace::Progress{});
            if (i == 1) {
                REQUIRE_FALSE(id.ok());
                CHECK(id.errorString().contains(QStringLiteral("changed while it was being read")));
            } else {
                REQUIRE(id.ok());
                ids << *id;
            }
        }
        // A part that fails after writing: its rows and its audit row go with it.
        const Status part = ws->change(QStringLiteral("two steps"), [&]() -> Status {
            REQUIRE(ws->addEvidenceLink(QStringLiteral("https://example.org/policy"),
                                        EvidenceItem{}, links)
                        .ok());
            return Error{QStringLiteral("the second step failed"), path, QString(), QString()};
        });
        CHECK_FALSE(part.ok());
        modeDuring = journalModeBytes(path);
        return success();
    });
    REQUIRE(done.ok());
    // Written straight into the file while nothing else had it open, then back to the log.
    CHECK(modeDuring == QByteArray("\x01\x01", 2));
    CHECK(journalModeBytes(path) == QByteArray("\x02\x02", 2));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    const Expected<QList<EvidenceItem>> items = ws->evidence();
    REQUIRE(items);
    CHECK(items->size() == before + 2);
    for (int k = 0; k < 2; ++k) {
        const Expected<std::optional<EvidenceItem>> item = ws->evidenceItem(ids.at(k));
        REQUIRE(item);
        REQUIRE(item->has_value());
        CHECK((*item)->sha256 == test::fileHash(files.at(k == 0 ? 0 : 2)));
    }
    CHECK(ws->auditTrail()->size() == auditBefore + 2);
    const Status integrity = ws->checkIntegrity();
    INFO(integrity.errorString().toStdString());
    CHECK(integrity.ok());
    CHECK(ws->verifyAuditChain().ok());

    SECTION("A unit whose work fails keeps nothing")
    {
        const Status failed = ws->importTogether([&]() -> Status {
            REQUIRE(ws->addEvidenceFile(files.at(1), EvidenceItem{}, links).ok());
            return Error{QStringLiteral("stopped"), path, QString(), QString()};
        });
        CHECK_FALSE(failed.ok());
        CHECK(ws->evidence()->size() == before + 2);
        CHECK(ws->checkIntegrity().ok());
        CHECK(journalModeBytes(path) == QByteArray("\x02\x02", 2));
    }
    SECTION("With a second connection open the unit goes through the log, with the same result")
    {
        Expected<std::unique_ptr<Workspace>> companion = Workspace::openCompanion(path);
        REQUIRE(companion.ok());
        const Status again = ws->importTogether([&]() -> Status {
            const Expected<qint64> id = ws->addEvidenceFile(files.at(1), EvidenceItem{}, links);
            REQUIRE(id.ok());
            modeDuring = journalModeBytes(path);
            return success();
        });
        REQUIRE(again.ok());
        CHECK(modeDuring == QByteArray("\x02\x02", 2));
        CHECK(ws->evidence()->size() == before + 3);
        CHECK((*companion)->evidence()->size() == before + 3);
        CHECK(ws->checkIntegrity().ok());
    }
}
