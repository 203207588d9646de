#include "testsupport.h"
#include "workspacetesthelpers.h"

#include "workspace/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

using namespace seqohs;

// SIGKILL at random moments of an import must lose nothing committed and leave the file intact.
TEST_CASE("A workspace survives kill -9 at random points of an import", "[kill]")
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("killed.seqohs"));
    test::createWorkspace(path);
    const QString scratch = dir.filePath(QStringLiteral("scratch"));
    REQUIRE(QDir().mkpath(scratch));

    QRandomGenerator random(20260322);
    QHash<qint64, QByteArray> committed;
    constexpr int Iterations = 24;
    for (int round = 0; round < Iterations; ++round) {
        QProcess child;
        child.start(test::importChildPath(),
                    {QStringLiteral("import"), path, scratch, QString::number(round)});
        REQUIRE(child.waitForStarted());
        REQUIRE(child.waitForReadyRead(15000));
        QByteArray output = child.readAll();
        INFO(child.readAllStandardError().toStdString());
        REQUIRE(output.startsWith("ready"));
        QThread::msleep(random.bounded(20, 600));
        child.kill();
        REQUIRE(child.waitForFinished(15000));
        output += child.readAll();

        for (const QByteArray &line : output.split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 3 && parts.at(0) == "committed")
                committed.insert(parts.at(1).toLongLong(), parts.at(2));
        }

        auto ws = test::openWorkspace(path);
        const Status integrity = ws->checkIntegrity();
        INFO("round " << round << ": " << integrity.errorString().toStdString());
        REQUIRE(integrity.ok());
        REQUIRE(ws->verifyAuditChain().ok());
        const QList<EvidenceItem> items = *ws->evidence();
        // A kill between the commit and the child's report may leave one item more.
        REQUIRE(items.size() >= committed.size());
        REQUIRE(items.size() <= committed.size() + round + 1);
        for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
            const std::optional<EvidenceItem> item = *ws->evidenceItem(it.key());
            REQUIRE(item);
            CHECK(item->sha256 == it.value());
        }
        CHECK(ws->auditTrail()->size() == items.size() + 1);
    }
    CHECK(committed.size() >= Iterations / 2);
}
