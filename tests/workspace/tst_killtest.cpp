#include "testsupport.h"
#include "workspacetesthelpers.h"

#include "workspace/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

using namespace seqohs;

// SIGKILL at chosen points of an import must lose nothing committed and leave the file intact.
// The child stops after each chunk it stores (inside the import's transaction) and after each
// commit, and goes on only when told to, so each round kills it at an exact point: half the
// rounds right after the Nth commit, half in the middle of storing a file.
TEST_CASE("A workspace survives kill -9 at chosen points of an import", "[file][kill]")
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("killed.seqohs"));
    test::createWorkspace(path);
    const QString scratch = dir.filePath(QStringLiteral("scratch"));
    REQUIRE(QDir().mkpath(scratch));

    QHash<qint64, QByteArray> committed;
    constexpr int Iterations = 12;
    int killedMidImport = 0;
    for (int round = 0; round < Iterations; ++round) {
        const bool atCommit = round % 2 == 0;
        const int nth = 1 + (round / 2) % 3; // which commit, or which chunk, to die at
        INFO("round " << round << (atCommit ? ": after commit " : ": at chunk ") << nth);
        QProcess child;
        child.start(test::importChildPath(),
                    {QStringLiteral("import"), path, scratch, QString::number(round)});
        REQUIRE(child.waitForStarted());
        int commits = 0;
        int chunks = 0;
        bool killed = false;
        bool ready = false;
        QByteArray pending;
        while (!killed) {
            if (!child.canReadLine()) {
                INFO(child.readAllStandardError().toStdString());
                // A generous bound so that a hung child fails the test instead of hanging it.
                REQUIRE(child.waitForReadyRead(30000));
                continue;
            }
            const QByteArray line = child.readLine().trimmed();
            if (line == "ready") {
                ready = true;
                continue;
            }
            REQUIRE(ready);
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 3 && parts.at(0) == "committed") {
                committed.insert(parts.at(1).toLongLong(), parts.at(2));
                ++commits;
                killed = atCommit && commits == nth;
            } else {
                REQUIRE(parts.size() == 2);
                REQUIRE(parts.at(0) == QByteArray("chunk"));
                ++chunks;
                killed = !atCommit && chunks == nth;
                if (killed)
                    ++killedMidImport;
            }
            if (killed)
                child.kill();
            else
                REQUIRE(child.write("\n") == 1);
        }
        REQUIRE(child.waitForFinished(30000));
        CHECK(child.exitStatus() == QProcess::CrashExit);
        if (atCommit)
            CHECK(commits == nth);

        auto ws = test::openWorkspace(path);
        const Status integrity = ws->checkIntegrity();
        INFO(integrity.errorString().toStdString());
        REQUIRE(integrity.ok());
        REQUIRE(ws->verifyAuditChain().ok());
        // The child was stopped at a known point: what it reported committed is all there is;
        // an import cut off mid-file left nothing.
        const Expected<QList<EvidenceItem>> items = ws->evidence();
        REQUIRE(items);
        REQUIRE(items.value().size() == committed.size());
        for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
            const Expected<std::optional<EvidenceItem>> item = ws->evidenceItem(it.key());
            REQUIRE(item);
            REQUIRE(item.value());
            CHECK(item.value()->sha256 == it.value());
        }
        const Expected<QList<AuditEntry>> trail = ws->auditTrail();
        REQUIRE(trail);
        CHECK(trail.value().size() == items.value().size() + 1);
    }
    CHECK(killedMidImport == Iterations / 2);
}

// A bulk unit (Workspace::importTogether) is written through a rollback journal: killed in the
// middle, it leaves the journal and a part-written file, which the next opening, even a
// read-only one, undoes before it reads.
TEST_CASE("A workspace survives kill -9 in the middle of a bulk import, and its next reader "
          "undoes the unit",
          "[file][kill]")
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("bulk.seqohs"));
    test::createWorkspace(path);
    const QString scratch = dir.filePath(QStringLiteral("scratch"));
    REQUIRE(QDir().mkpath(scratch));

    QHash<qint64, QByteArray> committed;
    for (int round = 0; round < 4; ++round) {
        // A unit is three files of six to nine chunks; past its 20th chunk it has outgrown the
        // page cache, and pages have gone into the file. Killed there, in a round's first unit
        // or in its second.
        const int unit = round % 2;
        INFO("round " << round << ": unit " << unit);
        QProcess child;
        child.start(test::importChildPath(),
                    {QStringLiteral("bulk"), path, scratch, QString::number(round)});
        REQUIRE(child.waitForStarted());
        int units = 0;
        int chunks = 0;
        int unitLines = 0;
        bool ready = false;
        for (bool killed = false; !killed;) {
            if (!child.canReadLine()) {
                INFO(child.readAllStandardError().toStdString());
                REQUIRE(child.waitForReadyRead(30000));
                continue;
            }
            const QByteArray line = child.readLine().trimmed();
            if (line == "ready") {
                ready = true;
                continue;
            }
            REQUIRE(ready);
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 3 && parts.at(0) == "committed") {
                committed.insert(parts.at(1).toLongLong(), parts.at(2));
                if (++unitLines < 3)
                    continue; // the child goes on after the unit's last line
                unitLines = 0;
                chunks = 0;
                ++units;
            } else {
                REQUIRE(parts.size() == 2);
                REQUIRE(parts.at(0) == QByteArray("chunk"));
                killed = units == unit && ++chunks == 20;
            }
            if (killed)
                child.kill();
            else
                REQUIRE(child.write("\n") == 1);
        }
        REQUIRE(child.waitForFinished(30000));
        CHECK(child.exitStatus() == QProcess::CrashExit);
        // The unit was being written into the file, not through the log, and its journal is
        // live: the file holds pages of the unit that only the journal can undo.
        {
            QFile journal(path + QStringLiteral("-journal"));
            REQUIRE(journal.open(QIODevice::ReadOnly));
            const QByteArray header = journal.read(8);
            REQUIRE(header.size() == 8);
            CHECK(header != QByteArray(8, '\0'));
        }

        {
            Expected<std::unique_ptr<Workspace>> reader =
                Workspace::open(path, Workspace::ReadOnly);
            INFO((reader ? QString() : reader.errorString()).toStdString());
            REQUIRE(reader.ok());
            const Expected<QList<EvidenceItem>> items = (*reader)->evidence();
            REQUIRE(items);
            CHECK(items.value().size() == committed.size());
        }
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
        auto ws = test::openWorkspace(path);
        const Status integrity = ws->checkIntegrity();
        INFO(integrity.errorString().toStdString());
        REQUIRE(integrity.ok());
        REQUIRE(ws->verifyAuditChain().ok());
        const Expected<QList<EvidenceItem>> items = ws->evidence();
        REQUIRE(items);
        REQUIRE(items.value().size() == committed.size());
        for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
            const Expected<std::optional<EvidenceItem>> item = ws->evidenceItem(it.key());
            REQUIRE(item);
            REQUIRE(item.value());
            CHECK(item.value()->sha256 == it.value());
        }
    }
    CHECK(committed.size() >= 6);
}
