// Repeating actions: the rule, the next occurrence made on completion, and undo.
#include "testsupport.h"
#include "workspacetesthelpers.h"

#include "reporting/assessmentimport.h"
#include "reporting/assessmentjson.h"
#include "scoring/scoringinput.h"
#include "workspace/recurrence.h"
#include "workspace/scoringinputbuilder.h"

using namespace seqohs;

TEST_CASE("A repetition rule gives the next due date, never one already past")
{
    const Recurrence quarterly = Recurrence::everyMonths(3);
    CHECK(quarterly.nextDue(QDate(2026, 1, 31), QDate(2026, 1, 20)) == QDate(2026, 4, 30));
    // Done four months late: the next one is not overdue from the start.
    CHECK(quarterly.nextDue(QDate(2026, 1, 15), QDate(2026, 5, 20)) == QDate(2026, 7, 15));
    // No due date: counted from the day it was done.
    CHECK(quarterly.nextDue(QDate(), QDate(2026, 2, 10)) == QDate(2026, 5, 10));

    const Recurrence march = Recurrence::yearlyOn(3, 31);
    CHECK(march.nextDue(QDate(2026, 3, 31), QDate(2026, 3, 1)) == QDate(2027, 3, 31));
    CHECK(march.nextDue(QDate(2026, 1, 10), QDate(2026, 1, 9)) == QDate(2026, 3, 31));
    const Recurrence leap = Recurrence::yearlyOn(2, 29);
    REQUIRE(leap.repeats());
    CHECK(leap.nextDue(QDate(2024, 2, 29), QDate(2024, 2, 20)) == QDate(2025, 2, 28));
    CHECK(leap.nextDue(QDate(2027, 3, 1), QDate(2027, 3, 1)) == QDate(2028, 2, 29));

    CHECK_FALSE(Recurrence().nextDue(QDate(2026, 1, 1), QDate(2026, 1, 1)).isValid());

    for (const Recurrence &r : {Recurrence(), quarterly, march, leap})
        CHECK(Recurrence::fromString(r.toString()) == r);
    for (const char *bad : {"every-months:0", "every-months:61", "yearly:02-30", "yearly:13-01",
                            "weekly", "every-months:x"})
        CHECK_FALSE(Recurrence::fromString(QLatin1String(bad)).has_value());
    CHECK(quarterly.describe().startsWith(QStringLiteral("Every 3 month")));
}

TEST_CASE("Completing a repeating action adds the next; undoing it takes that back")
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("w.seqohs"));
    auto ws = test::createWorkspace(path);
    Action audit;
    audit.text = QStringLiteral("Audit hand hygiene at every site");
    audit.itemId = QStringLiteral("t-a1-1");
    audit.owner = QStringLiteral("Ann");
    audit.due = QDate(2026, 12, 15);
    audit.recurrence = Recurrence::everyMonths(3);
    const Expected<qint64> id = ws->addAction(audit);
    REQUIRE(id.ok());
    audit.id = *id;

    QList<qint64> added;
    QList<qint64> removed;
    QObject::connect(ws.get(), &Workspace::actionAdded, [&](qint64 a) { added << a; });
    QObject::connect(ws.get(), &Workspace::actionRemoved, [&](qint64 a) { removed << a; });

    Action done = audit;
    done.status = Action::Status::Done;
    done.completed = QDate(2026, 12, 10);
    REQUIRE(ws->updateAction(done).ok());
    REQUIRE(added.size() == 1);
    const Action next = **ws->action(added.first());
    CHECK(next.follows == audit.id);
    CHECK(next.text == audit.text);
    CHECK(next.itemId == audit.itemId);
    CHECK(next.owner == audit.owner);
    CHECK(next.status == Action::Status::Open);
    CHECK(next.due == QDate(2027, 3, 15));
    CHECK(next.recurrence == audit.recurrence);
    // Both steps are in the trail, in one unit of work, and the file checks out.
    const QList<AuditEntry> trail = *ws->auditTrail();
    REQUIRE(trail.size() >= 2);
    CHECK(trail.at(trail.size() - 2).what == QStringLiteral("action.update"));
    CHECK(trail.last().what == QStringLiteral("action.add"));
    CHECK(ws->checkIntegrity().ok());

    // Saving it done again makes no second one.
    REQUIRE(ws->updateAction(done).ok());
    CHECK(ws->actions()->size() == 2);

    // Undo (not done again): the untouched next occurrence goes.
    REQUIRE(ws->updateAction(audit).ok());
    CHECK(removed == QList<qint64>{next.id});
    CHECK(ws->actions()->size() == 1);
    CHECK(ws->checkIntegrity().ok());

    // Once someone has worked on the next one, it stays.
    REQUIRE(ws->updateAction(done).ok());
    const qint64 second = added.last();
    Action worked = **ws->action(second);
    worked.status = Action::Status::InProgress;
    REQUIRE(ws->updateAction(worked).ok());
    REQUIRE(ws->updateAction(audit).ok());
    CHECK(ws->action(second)->has_value());
    CHECK(ws->actions()->size() == 2);

    // A series survives export to JSON and import into a new workspace.
    REQUIRE(ws->updateAction(done).ok());
    CHECK(ws->actions()->size() == 2); // it already has its next occurrence
    const Expected<ScoringInput> input = scoringInputFor(*ws, QDate(2026, 12, 1));
    REQUIRE(input.ok());
    const QByteArray json = AssessmentJson::toJson(*input, QDateTime::currentDateTimeUtc());
    const Expected<AssessmentJson::Document> document =
        AssessmentJson::read(json, QStringLiteral("copy.json"));
    INFO(document.errorString());
    REQUIRE(document.ok());
    const QString copy = dir.filePath(QStringLiteral("copy.seqohs"));
    const Expected<AssessmentImport::Result> imported =
        AssessmentImport::createWorkspace(*document, copy);
    INFO(imported.errorString());
    REQUIRE(imported.ok());
    const QList<Action> copied = *imported->workspace->actions();
    REQUIRE(copied.size() == 2);
    CHECK(copied.at(0).recurrence == audit.recurrence);
    CHECK(copied.at(1).follows == copied.at(0).id);
}

TEST_CASE("actions add --every-months and --yearly repeat, and actions done names the next one")
{
    test::TempDir dir;
    const QString ws = dir.filePath(QStringLiteral("w.seqohs"));
    REQUIRE(test::runCli(
                {QStringLiteral("init"), ws, QStringLiteral("--name"), QStringLiteral("Test OH")})
                .exitCode == 0);
    const auto cli = [&ws](QStringList args) {
        args << QStringLiteral("-w") << ws;
        return test::runCli(args);
    };
    const test::CliRun quarterly =
        cli({QStringLiteral("actions"), QStringLiteral("add"), QStringLiteral("Audit records"),
             QStringLiteral("--due"), QStringLiteral("2027-01-31"),
             QStringLiteral("--every-months"), QStringLiteral("3")});
    INFO(quarterly.err.toStdString());
    REQUIRE(quarterly.exitCode == 0);
    CHECK(quarterly.out.contains(QStringLiteral("Every 3 months")));
    REQUIRE(cli({QStringLiteral("actions"), QStringLiteral("add"), QStringLiteral("Policy review"),
                 QStringLiteral("--due"), QStringLiteral("2027-03-31"), QStringLiteral("--yearly"),
                 QStringLiteral("03-31")})
                .exitCode == 0);
    const test::CliRun done =
        cli({QStringLiteral("actions"), QStringLiteral("done"), QStringLiteral("1")});
    INFO(done.err.toStdString());
    REQUIRE(done.exitCode == 0);
    CHECK(done.out.contains(QStringLiteral("The next one is action 3, due 2027-04-30.")));
    const test::CliRun listed = cli({QStringLiteral("actions"), QStringLiteral("list")});
    CHECK(listed.out.contains(QStringLiteral("(after action 1)")));
    CHECK(listed.out.contains(QStringLiteral("Every year on 31 March")));

    for (const QStringList &bad :
         {QStringList{QStringLiteral("--every-months"), QStringLiteral("0")},
          QStringList{QStringLiteral("--yearly"), QStringLiteral("02-30")},
          QStringList{QStringLiteral("--every-months"), QStringLiteral("2"),
                      QStringLiteral("--yearly"), QStringLiteral("01-01")}}) {
        const test::CliRun refused =
            cli(QStringList{QStringLiteral("actions"), QStringLiteral("add"), QStringLiteral("x")}
                << bad);
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        CHECK(refused.exitCode == 2);
    }
    CHECK(cli({QStringLiteral("integrity")}).exitCode == 0);
}
