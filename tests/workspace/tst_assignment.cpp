#include "testsupport.h"
#include "workspacetesthelpers.h"

#include "workspace/assignedwork.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace seqohs;

namespace {

QList<Assignment> assignments(const Workspace &ws)
{
    const Expected<QList<Assignment>> read = ws.assignments();
    INFO(read.errorString().toStdString());
    REQUIRE(read.ok());
    return *read;
}

} // namespace

TEST_CASE("People are assigned criteria, standards and domains, with an audit row each, and "
          "the assignment survives reopening")
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("a.seqohs"));
    {
        auto ws = test::createWorkspace(path);
        QSignalSpy changed(ws.get(), &Workspace::assignmentsChanged);
        REQUIRE(ws->assign(QStringLiteral("Priya Shah"), QStringLiteral("t-a1")).ok());
        REQUIRE(ws->assign(QStringLiteral("Sam Lee"), QStringLiteral("t-a1-2")).ok());
        REQUIRE(ws->assign(QStringLiteral("Sam Lee"), QStringLiteral("t-b")).ok());
        CHECK(changed.count() == 3);

        // Refused, changing nothing: nobody named, an id the set does not have, twice the same.
        const Status nobody = ws->assign(QStringLiteral("  "), QStringLiteral("t-a2"));
        CHECK_FALSE(nobody.ok());
        const Status unknown = ws->assign(QStringLiteral("Sam Lee"), QStringLiteral("t-z9"));
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.errorString().contains(QLatin1String("t-z9")));
        const Status twice = ws->assign(QStringLiteral("Priya Shah"), QStringLiteral("t-a1"));
        REQUIRE_FALSE(twice.ok());
        CHECK(twice.errorString().contains(QLatin1String("already")));
        CHECK(changed.count() == 3);

        QStringList kinds;
        for (const AuditEntry &e : *ws->auditTrail())
            kinds << e.what;
        CHECK(kinds.count(QStringLiteral("assignment.add")) == 3);
        REQUIRE(ws->unassign(QStringLiteral("Sam Lee"), QStringLiteral("t-b")).ok());
        CHECK_FALSE(ws->unassign(QStringLiteral("Sam Lee"), QStringLiteral("t-b")).ok());
        CHECK(ws->auditTrail()->last().what == QLatin1String("assignment.remove"));
        CHECK(ws->verifyAuditChain().ok());
    }
    auto ws = test::openWorkspace(path);
    const QList<Assignment> list = assignments(*ws);
    REQUIRE(list.size() == 2);
    CHECK(list.at(0) == Assignment{QStringLiteral("Priya Shah"), QStringLiteral("t-a1")});
    CHECK(list.at(1) == Assignment{QStringLiteral("Sam Lee"), QStringLiteral("t-a1-2")});
    CHECK(ws->checkIntegrity().ok());
}

TEST_CASE("Each person's items come through what they were assigned, and their progress counts "
          "each item once")
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir.filePath(QStringLiteral("p.seqohs")));
    REQUIRE(ws->assign(QStringLiteral("priya"), QStringLiteral("t-a")).ok());    // a domain
    REQUIRE(ws->assign(QStringLiteral("priya"), QStringLiteral("t-a1-1")).ok()); // inside it
    REQUIRE(ws->assign(QStringLiteral("sam"), QStringLiteral("t-a1")).ok());     // a standard
    REQUIRE(ws->assign(QStringLiteral("nhs-lead"), QStringLiteral("t-b1-1")).ok());

    Assessment met = *ws->assessment(QStringLiteral("t-a1-1"));
    met.result = AssessmentResult::Met;
    met.workflow = WorkflowStatus::Done;
    REQUIRE(ws->setAssessment(met).ok());
    Assessment started = *ws->assessment(QStringLiteral("t-a2"));
    started.workflow = WorkflowStatus::InProgress;
    REQUIRE(ws->setAssessment(started).ok());

    const AssignedWork work(ws->standardsSet(), assignments(*ws), test::tinyProfile().tags());
    CHECK(work.members() ==
          QStringList{QStringLiteral("nhs-lead"), QStringLiteral("priya"), QStringLiteral("sam")});
    CHECK(work.itemsOf(QStringLiteral("priya")) ==
          QStringList{QStringLiteral("t-a1-1"), QStringLiteral("t-a1-2"), QStringLiteral("t-a2")});
    CHECK(work.itemsOf(QStringLiteral("sam")) ==
          QStringList{QStringLiteral("t-a1-1"), QStringLiteral("t-a1-2")});
    CHECK(work.itemsOf(QStringLiteral("nobody")).isEmpty());
    CHECK(work.membersFor(QStringLiteral("t-a1-1")) ==
          QStringList{QStringLiteral("priya"), QStringLiteral("sam")});

    const QList<AssignedWork::Progress> progress = work.progress(*ws->assessments());
    REQUIRE(progress.size() == 3);
    CHECK(progress.at(1).member == QLatin1String("priya"));
    CHECK(progress.at(1).items == 3);
    CHECK(progress.at(1).assessed == 1);
    CHECK(progress.at(1).done == 1);
    CHECK(progress.at(2).items == 2);
    CHECK(progress.at(2).assessed == 1);

    // An item that does not apply to the service is nobody's work.
    CHECK(AssignedWork(ws->standardsSet(), assignments(*ws), {})
              .itemsOf(QStringLiteral("nhs-lead"))
              .isEmpty());
    CHECK(AssignedWork(ws->standardsSet(), assignments(*ws), test::tinyProfile().tags())
              .itemsOf(QStringLiteral("nhs-lead")) == QStringList{QStringLiteral("t-b1-1")});
    // Codes name what they stand for in any case.
    CHECK(AssignedWork::scopeNamed(ws->standardsSet(), QStringLiteral("a1.2")) ==
          QLatin1String("t-a1-2"));
    CHECK(AssignedWork::describe(ws->standardsSet(), QStringLiteral("t-a1"))
              .startsWith(QLatin1String("standard A1")));
}

TEST_CASE("CLI: assign add, list, mine and remove")
{
    test::TempDir dir;
    const QString ws = dir.filePath(QStringLiteral("c.seqohs"));
    test::createWorkspace(ws).reset();
    const auto cli = [&](QStringList args) {
        args << QStringLiteral("-w") << ws;
        return test::runCli(args);
    };
    test::CliRun run =
        cli({QStringLiteral("assign"), QStringLiteral("add"), QStringLiteral("Priya Shah"),
             QStringLiteral("A1"), QStringLiteral("a2")});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QLatin1String("Assigned to Priya Shah: standard A1")));

    // One id the set does not have: nothing of the command is kept.
    run = cli({QStringLiteral("assign"), QStringLiteral("add"), QStringLiteral("Sam"),
               QStringLiteral("A1.1"), QStringLiteral("Z9")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QLatin1String("Z9")));
    CHECK(cli({QStringLiteral("assign"), QStringLiteral("add"), QStringLiteral("Sam")}).exitCode ==
          2);

    run = cli({QStringLiteral("assign"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray people =
        QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("people")).toArray();
    REQUIRE(people.size() == 1);
    CHECK(people.at(0).toObject().value(QLatin1String("person")).toString() ==
          QLatin1String("Priya Shah"));
    CHECK(people.at(0).toObject().value(QLatin1String("items")).toInt() == 3);
    CHECK(people.at(0).toObject().value(QLatin1String("assigned")).toArray().size() == 2);

    run = cli({QStringLiteral("assign"), QStringLiteral("mine"), QStringLiteral("--person"),
               QStringLiteral("Priya Shah")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QLatin1String("Items assigned to Priya Shah (3)")));
    CHECK(run.out.contains(QLatin1String("A1.2")));
    run = cli({QStringLiteral("assign"), QStringLiteral("mine"), QStringLiteral("--person"),
               QStringLiteral("Sam")});
    CHECK(run.out.contains(QLatin1String("Nothing is assigned to Sam.")));

    run = cli({QStringLiteral("assign"), QStringLiteral("remove"), QStringLiteral("Priya Shah"),
               QStringLiteral("A2")});
    REQUIRE(run.exitCode == 0);
    run = cli({QStringLiteral("assign"), QStringLiteral("list")});
    CHECK(run.out.contains(QLatin1String("Priya Shah: 0 of 2 items assessed, 0 done")));
}
