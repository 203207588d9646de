// A team workspace worked on through the program: two people changing the same rows, and a
// contributor's change the server refuses.

#include "teamfixture.h"
#include "testserver.h"
#include "testsupport.h"

#include "server/serveraddress.h"
#include "workspace/demoworkspace.h"
#include "workspace/storagekernel.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using seqohs::Workspace;

namespace {

// The demo workspace as a file, and the same uploaded into the fixture's team workspace.
QString uploadDemo(const test::TempDir &dir, test::TeamFixture &team)
{
    QString path = dir.filePath(QStringLiteral("clinic.seqohs"));
    REQUIRE(test::serverCli({QStringLiteral("demo"), QStringLiteral("--out"), path}).exitCode == 0);
    REQUIRE(test::serverCli({QStringLiteral("workspace"), QStringLiteral("upload"), path,
                             QStringLiteral("--to"), team.server.url(team.database, team.lead)})
                .exitCode == 0);
    return path;
}

std::unique_ptr<Workspace> open(const test::TeamFixture &team, const QString &login)
{
    auto address = seqohs::ServerAddress::parse(team.server.url(team.database, login));
    REQUIRE(address.ok());
    auto ws = Workspace::openServer(*address);
    INFO(ws.errorString());
    REQUIRE(ws.ok());
    return std::move(*ws);
}

} // namespace

TEST_CASE("Two people change the same rows: the second is told, nothing is lost", "[server]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    test::TeamFixture team(server);
    test::TempDir dir;
    uploadDemo(dir, team);
    const QString otherLead =
        server.createLogin(QStringLiteral("lead_"), team.database + QStringLiteral("_lead"));
    auto first = open(team, team.lead);
    auto second = open(team, otherLead);
    const QString item = first->standardsSet().assessables().first().id;

    // Both look at the criterion; the first saves; the second's save is refused and says why.
    seqohs::Assessment mine = *first->assessment(item);
    seqohs::Assessment theirs = *second->assessment(item);
    mine.narrative = QStringLiteral("First person's words");
    theirs.narrative = QStringLiteral("Second person's words");
    REQUIRE(first->setAssessment(mine).ok());
    const seqohs::Status lost = second->setAssessment(theirs);
    REQUIRE_FALSE(lost.ok());
    CHECK(lost.errorString().contains(QStringLiteral("Someone else changed this")));
    CHECK(second->assessment(item)->narrative == QStringLiteral("First person's words"));
    // Having looked again, the second person's change goes in.
    theirs = *second->assessment(item);
    theirs.narrative = QStringLiteral("Second person's words");
    CHECK(second->setAssessment(theirs).ok());
    CHECK(first->assessment(item)->narrative == QStringLiteral("Second person's words"));

    // The same for evidence and actions.
    const seqohs::EvidenceItem evidenceMine = first->evidence()->first();
    seqohs::EvidenceItem evidenceTheirs = *second->evidenceItem(evidenceMine.id).value();
    seqohs::EvidenceItem renamed = evidenceMine;
    renamed.title = QStringLiteral("Renamed by the first");
    REQUIRE(first->updateEvidence(renamed).ok());
    evidenceTheirs.title = QStringLiteral("Renamed by the second");
    const seqohs::Status evidenceLost = second->updateEvidence(evidenceTheirs);
    REQUIRE_FALSE(evidenceLost.ok());
    CHECK(evidenceLost.errorString().contains(QStringLiteral("Someone else changed this")));

    seqohs::Action actionMine = first->actions()->first();
    seqohs::Action actionTheirs = second->actions()->first();
    actionMine.owner = QStringLiteral("First");
    actionTheirs.owner = QStringLiteral("Second");
    REQUIRE(first->updateAction(actionMine).ok());
    const seqohs::Status actionLost = second->updateAction(actionTheirs);
    REQUIRE_FALSE(actionLost.ok());
    CHECK(actionLost.errorString().contains(QStringLiteral("Someone else changed this")));
    CHECK(second->actions()->first().owner == QStringLiteral("First"));

    // Every change is in the workspace's chain and in the server's own trail, which both check.
    CHECK(first->checkIntegrity().ok());
}

TEST_CASE("A change that meets another made without taking the writers' turn is run again, a "
          "bounded number of times",
          "[server]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    test::TeamFixture team(server);
    test::TempDir dir;
    uploadDemo(dir, team);
    auto ws = open(team, team.lead);
    // The lead's own SQL on the side: it takes no turn, so the server alone keeps the two apart.
    auto side = team.connect(team.lead);
    const QString key = QStringLiteral("clinic.note");
    REQUIRE(ws->setMetaValue(key, QStringLiteral("before")).ok());
    const auto sideWrites = [&](const QString &value) {
        REQUIRE(test::tryExec(*side, QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"),
                              {value, key}));
    };

    SECTION("Met once: run again, saved once, and the chain holds")
    {
        int attempts = 0;
        const seqohs::Status done = ws->change(QStringLiteral("Saving a note"), [&] {
            // The unit's snapshot is taken when it begins: a row committed after that, by a
            // session that took no turn, cannot be written over in the same transaction.
            if (++attempts == 1)
                sideWrites(QStringLiteral("theirs"));
            return ws->setMetaValue(key, QStringLiteral("mine"));
        });
        INFO(done.errorString());
        CHECK(done.ok());
        CHECK(attempts == 2);
        CHECK(ws->metaValue(key)->toString() == QStringLiteral("mine"));
        // The first attempt's audit row went with its rollback: one row for the change.
        const seqohs::Status checked = ws->checkIntegrity();
        INFO(checked.errorString());
        CHECK(checked.ok());
    }

    SECTION("Met every time: told after the last attempt, and nothing of it kept")
    {
        const qint64 auditBefore = *ws->auditCount();
        int attempts = 0;
        const seqohs::Status done = ws->change(QStringLiteral("Saving a note"), [&] {
            sideWrites(QStringLiteral("theirs %1").arg(++attempts));
            return ws->setMetaValue(key, QStringLiteral("mine"));
        });
        REQUIRE_FALSE(done.ok());
        CHECK(attempts == seqohs::StorageKernel::UnitAttempts);
        CHECK(done.errorString().contains(QStringLiteral("another person's change")));
        CHECK(ws->metaValue(key)->toString() ==
              QStringLiteral("theirs %1").arg(seqohs::StorageKernel::UnitAttempts));
        CHECK(*ws->auditCount() == auditBefore);
    }

    SECTION("Run again, a change checks the row against what the person saw, as the first time")
    {
        const seqohs::EvidenceItem seen = *ws->evidenceItem(ws->evidence()->first().id).value();
        int attempts = 0;
        const seqohs::Status done = ws->change(QStringLiteral("Renaming"), [&] {
            if (++attempts == 1) {
                REQUIRE(test::tryExec(*side,
                                      QStringLiteral("UPDATE evidence SET title = ? WHERE id = ?"),
                                      {QStringLiteral("Theirs"), seen.id}));
            }
            seqohs::EvidenceItem mine = seen;
            mine.title = QStringLiteral("Mine");
            return ws->updateEvidence(mine);
        });
        CHECK(attempts == 2);
        REQUIRE_FALSE(done.ok());
        CHECK(done.errorString().contains(QStringLiteral("Someone else changed this")));
        CHECK(ws->evidenceItem(seen.id)->value().title == QStringLiteral("Theirs"));
    }

    SECTION("A change that fails for another reason is not run again")
    {
        int attempts = 0;
        const seqohs::Status done = ws->change(QStringLiteral("Saving a note"), [&] {
            ++attempts;
            return ws->setMetaValue(QStringLiteral("workspace.mine"), QStringLiteral("x"));
        });
        CHECK_FALSE(done.ok());
        CHECK(attempts == 1);
    }
}

TEST_CASE("A contributor changes what is assigned to them, and is told when refused", "[server]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    test::TeamFixture team(server);
    test::TempDir dir;
    uploadDemo(dir, team);
    auto lead = open(team, team.lead);
    const QList<seqohs::AssessableItem> items = lead->standardsSet().assessables();
    const QString assigned = items.first().id;
    const QString other = items.last().id;
    // The lead assigns it through the program; the server's policies then follow it.
    const seqohs::Status assignedByLead = lead->assign(team.contributor, assigned);
    INFO(assignedByLead.errorString());
    REQUIRE(assignedByLead.ok());
    auto contributor = open(team, team.contributor);
    CHECK(contributor->person() == team.contributor);
    REQUIRE(contributor->assignments().ok());
    CHECK(contributor->assignments()->size() == 1);
    // Only a lead assigns: a contributor giving themself more is refused by the server.
    const seqohs::Status selfAssigned = contributor->assign(team.contributor, other);
    REQUIRE_FALSE(selfAssigned.ok());
    CHECK(selfAssigned.errorString().contains(QStringLiteral("not permitted")));
    // My items, from the command line as the contributor.
    const test::CliRun mine =
        test::serverCli({QStringLiteral("assign"), QStringLiteral("mine"), QStringLiteral("-w"),
                         server.url(team.database, team.contributor)});
    CHECK(mine.exitCode == 0);
    CHECK(mine.out.contains(QStringLiteral("Items assigned to %1 (1)").arg(team.contributor)));
    CHECK(mine.out.contains(items.first().code));

    seqohs::Assessment a = *contributor->assessment(assigned);
    a.narrative = QStringLiteral("Written by the contributor");
    const seqohs::Status allowed = contributor->setAssessment(a);
    INFO(allowed.errorString());
    CHECK(allowed.ok());
    CHECK(lead->assessment(assigned)->narrative == QStringLiteral("Written by the contributor"));

    seqohs::Assessment b = *contributor->assessment(other);
    b.narrative = QStringLiteral("Not theirs");
    const seqohs::Status refused = contributor->setAssessment(b);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorString().contains(QStringLiteral("not permitted")));
    CHECK(lead->assessment(other)->narrative != QStringLiteral("Not theirs"));

    // Evidence they did not add and that serves nothing of theirs: the server changes no row,
    // and the program says that their role does not allow it, not that someone else changed it.
    seqohs::EvidenceItem evidence = contributor->evidence()->first();
    evidence.title = QStringLiteral("Not theirs either");
    const seqohs::Status notTheirs = contributor->updateEvidence(evidence);
    REQUIRE_FALSE(notTheirs.ok());
    CHECK(notTheirs.errorString().contains(QStringLiteral("Your role does not allow")));

    // What went in is whole: a download passes the file's integrity check.
    const test::CliRun down =
        test::serverCli({QStringLiteral("workspace"), QStringLiteral("download"),
                         server.url(team.database, team.viewer), QStringLiteral("--out"),
                         dir.filePath(QStringLiteral("copy.seqohs"))});
    CHECK(down.exitCode == 0);
    // and carries the assignment.
    const test::CliRun list =
        test::serverCli({QStringLiteral("assign"), QStringLiteral("list"), QStringLiteral("-w"),
                         dir.filePath(QStringLiteral("copy.seqohs"))});
    CHECK(list.out.contains(team.contributor + QStringLiteral(": 1 of 1 items assessed")));
}

TEST_CASE("A workspace that follows others hears each change they commit, as they commit it",
          "[server]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    test::TeamFixture team(server);
    test::TempDir dir;
    const QString file = uploadDemo(dir, team);
    const QString otherLead =
        server.createLogin(QStringLiteral("lead_"), team.database + QStringLiteral("_lead"));
    auto watching = open(team, team.lead);
    auto other = open(team, otherLead);
    REQUIRE(watching->followOthersChanges());
    QSignalSpy assessments(watching.get(), &Workspace::assessmentChanged);
    QSignalSpy actions(watching.get(), &Workspace::actionAdded);
    QSignalSpy links(watching.get(), &Workspace::linksChanged);
    QSignalSpy others(watching.get(), &Workspace::othersChanged);
    const QString item = watching->standardsSet().assessables().first().id;
    const seqohs::Assessment seen = *watching->assessment(item);

    // Another lead writes the criterion's narrative: the change is heard, by its id.
    seqohs::Assessment theirs = *other->assessment(item);
    theirs.narrative = QStringLiteral("Written by the other lead");
    REQUIRE(other->setAssessment(theirs).ok());
    REQUIRE(assessments.wait(5000));
    CHECK(assessments.first().first().toString() == item);
    REQUIRE_FALSE(others.isEmpty());
    CHECK(others.first().first().toString() == otherLead);
    CHECK(watching->assessment(item)->narrative == QStringLiteral("Written by the other lead"));

    // Heard, it is what this person saw: their next change goes in over it, not refused.
    CHECK(seen.narrative != QStringLiteral("Written by the other lead"));
    seqohs::Assessment mine = *watching->assessment(item);
    mine.narrative = QStringLiteral("Written after reading theirs");
    const seqohs::Status after = watching->setAssessment(mine);
    INFO(after.errorString());
    CHECK(after.ok());

    // An action added and evidence linked by the other lead.
    seqohs::Action action;
    action.text = QStringLiteral("Added by the other lead");
    action.itemId = item;
    const seqohs::Expected<qint64> added = other->addAction(action);
    REQUIRE(added.ok());
    REQUIRE((actions.count() > 0 || actions.wait(5000)));
    CHECK(actions.first().first().toLongLong() == *added);
    const seqohs::EvidenceItem evidence = other->evidence()->first();
    REQUIRE(other
                ->link(seqohs::EvidenceLink{
                    evidence.id, watching->standardsSet().assessables().last().id, QString()})
                .ok());
    REQUIRE((links.count() > 0 || links.wait(5000)));
    CHECK(links.last().first().toLongLong() == evidence.id);

    // Its own changes are not announced twice.
    const qsizetype heard = others.count();
    mine = *watching->assessment(item);
    mine.narrative = QStringLiteral("Once more, by the watching lead");
    REQUIRE(watching->setAssessment(mine).ok());
    QTest::qWait(500);
    CHECK(others.count() == heard);

    // A file has no one else to follow.
    auto alone = Workspace::open(file, Workspace::ReadOnly);
    REQUIRE(alone.ok());
    CHECK_FALSE((*alone)->followOthersChanges());
}

TEST_CASE("A workspace whose connection drops says so, connects again and hears changes again",
          "[server]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    test::TeamFixture team(server);
    test::TempDir dir;
    uploadDemo(dir, team);
    const QString otherLead =
        server.createLogin(QStringLiteral("lead_"), team.database + QStringLiteral("_lead"));
    auto watching = open(team, team.lead);
    REQUIRE(watching->followOthersChanges());
    CHECK(watching->checkConnection().ok());
    const QString item = watching->standardsSet().assessables().first().id;
    const seqohs::Assessment seen = *watching->assessment(item);

    // The server ends the lead's session, as a restart or a dropped network would.
    server.runAsSuperuser(QStringLiteral("postgres"),
                          {QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                          "pg_stat_activity WHERE usename = '%1'")
                               .arg(team.lead)});
    const seqohs::Status lost = watching->checkConnection();
    REQUIRE_FALSE(lost.ok());
    CHECK(lost.errorString().contains(QStringLiteral("was lost")));

    // Meanwhile someone else changes the criterion; nobody tells the dropped session.
    auto other = open(team, otherLead);
    seqohs::Assessment theirs = *other->assessment(item);
    theirs.narrative = QStringLiteral("Written while the lead was cut off");
    REQUIRE(other->setAssessment(theirs).ok());

    QSignalSpy reconnected(watching.get(), &Workspace::reconnected);
    const seqohs::Status again = watching->reconnect({});
    INFO(again.errorString());
    REQUIRE(again.ok());
    CHECK(reconnected.count() == 1);
    CHECK(watching->checkConnection().ok());
    CHECK(watching->assessment(item)->narrative ==
          QStringLiteral("Written while the lead was cut off"));

    // What the lead saw before the drop is what a save is checked against: not overwritten.
    seqohs::Assessment stale = seen;
    stale.narrative = QStringLiteral("Typed before the drop");
    const seqohs::Status refused = watching->setAssessment(stale);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorString().contains(QStringLiteral("Someone else changed")));
    // Shown afresh, the next save goes in.
    watching->seeAfresh();
    seqohs::Assessment fresh = *watching->assessment(item);
    fresh.narrative = QStringLiteral("Written after reconnecting");
    CHECK(watching->setAssessment(fresh).ok());

    // Following again: the other lead's next change is heard.
    QSignalSpy actions(watching.get(), &Workspace::actionAdded);
    seqohs::Action action;
    action.text = QStringLiteral("Added after the reconnection");
    action.itemId = item;
    REQUIRE(other->addAction(action).ok());
    CHECK((actions.count() > 0 || actions.wait(5000)));
}

TEST_CASE("The command line works on a team workspace named by its address", "[server]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    test::TeamFixture team(server);
    test::TempDir dir;
    const QString file = uploadDemo(dir, team);
    const QString url = server.url(team.database, team.lead);
    const test::CliRun onFile = test::serverCli(
        {QStringLiteral("score"), QStringLiteral("-w"), file, QStringLiteral("--json")});
    const test::CliRun onServer = test::serverCli(
        {QStringLiteral("score"), QStringLiteral("-w"), url, QStringLiteral("--json")});
    REQUIRE(onServer.exitCode == 0);
    // The same scores from the same content.
    CHECK(onServer.out == onFile.out);
    const test::CliRun added = test::serverCli(
        {QStringLiteral("actions"), QStringLiteral("add"), QStringLiteral("Check the eyewash"),
         QStringLiteral("--due"), QStringLiteral("2027-03-01"), QStringLiteral("-w"), url});
    CHECK(added.exitCode == 0);
    CHECK(open(team, team.viewer)->actions()->last().text == QStringLiteral("Check the eyewash"));
    // A viewer's change is refused by the server, and the exit code says so.
    const test::CliRun refused = test::serverCli(
        {QStringLiteral("actions"), QStringLiteral("add"), QStringLiteral("Not allowed"),
         QStringLiteral("-w"), server.url(team.database, team.viewer)});
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(QStringLiteral("not permitted")));
    // The reason comes alone: no driver's complaint about the statement it could not free.
    CHECK_FALSE(refused.err.contains(QStringLiteral("Unable to free statement")));

    // A folder of evidence, imported in units of work as on a file.
    const QString folder = test::makeMixedEvidenceFolder(dir);
    const qsizetype before = open(team, team.viewer)->evidence()->size();
    const test::CliRun imported =
        test::serverCli({QStringLiteral("evidence"), QStringLiteral("add"),
                         QStringLiteral("--folder"), folder, QStringLiteral("--criteria"),
                         open(team, team.viewer)->standardsSet().assessables().first().id,
                         QStringLiteral("-w"), url});
    CHECK(imported.exitCode == 0);
    CHECK(open(team, team.viewer)->evidence()->size() ==
          before + test::mixedEvidenceFolderTaken().size());
}

TEST_CASE("Stored content goes to the server as bytes and back, and a refused chunk keeps "
          "nothing",
          "[server]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    test::TeamFixture team(server);
    test::TempDir dir;
    uploadDemo(dir, team);
    auto lead = open(team, team.lead);
    const QString item = lead->standardsSet().assessables().first().id;

    // Three chunks, the last a short one, with every byte value (zeros and backslashes among
    // them, which text would have had to escape).
    QByteArray content;
    for (int i = 0; i < 2 * 1024 * 1024 + 1000; ++i)
        content.append(char((i * 7 + i / 256) & 0xff));
    const QString source = dir.filePath(QStringLiteral("minutes.bin"));
    {
        QFile f(source);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(content) == content.size());
    }
    const seqohs::Expected<qint64> id =
        lead->addEvidenceFile(source, {}, {seqohs::EvidenceLink{0, item, QString()}});
    INFO(id.errorString());
    REQUIRE(id.ok());
    const QByteArray sha = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();

    // What the server holds, as the server itself counts and hashes it.
    auto owner = team.connect(team.owner);
    QSqlQuery held(owner->database());
    REQUIRE(held.prepare(QStringLiteral(
        "SELECT count(*), sum(octet_length(c.data)), encode(sha256(string_agg(c.data, ''::bytea "
        "ORDER BY c.seq)), 'hex') FROM blob_chunk c JOIN blob b ON b.id = c.blob_id WHERE "
        "b.sha256 = ?")));
    held.addBindValue(QString::fromLatin1(sha));
    REQUIRE(held.exec());
    REQUIRE(held.next());
    CHECK(held.value(0).toInt() == 3);
    CHECK(held.value(1).toLongLong() == content.size());
    CHECK(held.value(2).toString().toLatin1() == sha);
    held.finish();

    const QString out = dir.filePath(QStringLiteral("out.bin"));
    const seqohs::Status exported = lead->exportEvidenceFile(*id, out);
    INFO(exported.errorString());
    REQUIRE(exported.ok());
    QFile back(out);
    REQUIRE(back.open(QIODevice::ReadOnly));
    CHECK(back.readAll() == content);
    back.close();

    SECTION("content damaged on the server is told, and not exported")
    {
        REQUIRE(test::tryExec(*owner,
                              QStringLiteral("UPDATE blob_chunk SET data = overlay(data placing "
                                             "'\\x00'::bytea from 5) WHERE seq = 1 AND blob_id = "
                                             "(SELECT id FROM blob WHERE sha256 = ?)"),
                              {QString::fromLatin1(sha)}));
        const QString damagedOut = dir.filePath(QStringLiteral("damaged.bin"));
        const seqohs::Status refused = lead->exportEvidenceFile(*id, damagedOut);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.errorString().contains(QStringLiteral("damaged")));
        CHECK_FALSE(QFile::exists(damagedOut));
    }

    SECTION("a chunk the server refuses is told as such, and nothing of the file is kept")
    {
        const QString leadRole = team.database + QStringLiteral("_lead");
        REQUIRE(test::tryExec(*owner,
                              QStringLiteral("REVOKE INSERT ON blob_chunk FROM %1").arg(leadRole)));
        const QString other = dir.filePath(QStringLiteral("other.bin"));
        {
            QFile f(other);
            REQUIRE(f.open(QIODevice::WriteOnly));
            REQUIRE(f.write(QByteArray(5000, 'x')) == 5000);
        }
        const qsizetype before = lead->evidence()->size();
        const seqohs::Expected<qint64> refused =
            lead->addEvidenceFile(other, {}, {seqohs::EvidenceLink{0, item, QString()}});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.errorString().contains(QStringLiteral("not permitted")));
        CHECK(lead->evidence()->size() == before);
        QSqlQuery blobs(owner->database());
        REQUIRE(blobs.exec(QStringLiteral("SELECT count(*) FROM blob WHERE size = 5000")));
        REQUIRE(blobs.next());
        CHECK(blobs.value(0).toInt() == 0);
        // The session is still usable after the refusal.
        seqohs::Assessment a = *lead->assessment(item);
        a.narrative = QStringLiteral("Still working");
        const seqohs::Status saved = lead->setAssessment(a);
        INFO(saved.errorString());
        CHECK(saved.ok());
    }
}
