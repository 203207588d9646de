#include "migrationtesthelpers.h"
#include "testsupport.h"

#include "catalogue/crosswalkformat.h"
#include "catalogue/standardsformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace seqohs;

namespace {

QString data(const char *name)
{
    return test::dataPath(QStringLiteral("migration/") + QLatin1String(name));
}

} // namespace

TEST_CASE("CLI: migrate plan, apply and reconfirm on the version 1 fixture")
{
    test::TempDir dir;
    const QString ws = dir.filePath(QStringLiteral("ws.seqohs"));
    test::unpackV1Fixture(ws);
    const QString to = data("new-set.json");
    const QString cw = data("crosswalk.json");

    // Without a crosswalk and none bundled: told how to make one.
    test::CliRun run = test::runCli({QStringLiteral("migrate"), QStringLiteral("plan"),
                                     QStringLiteral("-w"), ws, QStringLiteral("--to"), to});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("crosswalk suggest")));

    run = test::runCli({QStringLiteral("migrate"), QStringLiteral("plan"), QStringLiteral("-w"), ws,
                        QStringLiteral("--to"), to, QStringLiteral("--crosswalk"), cw,
                        QStringLiteral("--json")});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const QJsonObject plan = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonObject counts = plan.value(QStringLiteral("counts")).toObject();
    CHECK(counts.value(QStringLiteral("linksBefore")).toInt() == 9);
    CHECK(counts.value(QStringLiteral("linksAddUp")).toBool());
    CHECK(plan.value(QStringLiteral("targets")).toArray().size() == 8);
    CHECK(plan.value(QStringLiteral("notCarried")).toArray().size() == 1);

    run = test::runCli({QStringLiteral("migrate"), QStringLiteral("plan"), QStringLiteral("-w"), ws,
                        QStringLiteral("--to"), to, QStringLiteral("--crosswalk"), cw});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("needs re-confirmation")));

    // Planning is read-only; apply without --yes and no answer changes nothing.
    run = test::runCli({QStringLiteral("migrate"), QStringLiteral("apply"), QStringLiteral("-w"),
                        ws, QStringLiteral("--to"), to, QStringLiteral("--crosswalk"), cw});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("Nothing was changed")));

    run = test::runCli({QStringLiteral("migrate"), QStringLiteral("apply"), QStringLiteral("-w"),
                        ws, QStringLiteral("--to"), to, QStringLiteral("--crosswalk"), cw,
                        QStringLiteral("--yes")});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Before move to")));

    run = test::runCli({QStringLiteral("reconfirm"), QStringLiteral("list"), QStringLiteral("-w"),
                        ws, QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray queue = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE(queue.size() == 4);
    CHECK(queue.at(0).toObject().value(QStringLiteral("itemId")).toString() ==
          QStringLiteral("n-3"));

    run = test::runCli({QStringLiteral("reconfirm"), QStringLiteral("done"), QStringLiteral("n-3"),
                        QStringLiteral("-w"), ws});
    INFO(run.err);
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("n-3: ")));
    CHECK(run.out.endsWith(QStringLiteral("; 3 items still need re-confirmation.\n")));
    run = test::runCli({QStringLiteral("reconfirm"), QStringLiteral("done"), QStringLiteral("n-4"),
                        QStringLiteral("-w"), ws, QStringLiteral("--result"),
                        QStringLiteral("partially-met")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Partially met")));
    run = test::runCli({QStringLiteral("reconfirm"), QStringLiteral("done"), QStringLiteral("n-4"),
                        QStringLiteral("-w"), ws});
    CHECK(run.exitCode == 1);
    run = test::runCli({QStringLiteral("reconfirm"), QStringLiteral("done"), QStringLiteral("n-5"),
                        QStringLiteral("-w"), ws, QStringLiteral("--result"),
                        QStringLiteral("maybe")});
    CHECK(run.exitCode == 2);
    run = test::runCli(
        {QStringLiteral("reconfirm"), QStringLiteral("list"), QStringLiteral("-w"), ws});
    CHECK(run.out.endsWith(QStringLiteral("\n2 items need re-confirmation.\n")));

    // The count in the singular once only one is left.
    run = test::runCli({QStringLiteral("reconfirm"), QStringLiteral("list"), QStringLiteral("-w"),
                        ws, QStringLiteral("--json")});
    const QJsonArray left = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE(left.size() == 2);
    const QString next = left.at(0).toObject().value(QStringLiteral("itemId")).toString();
    run = test::runCli(
        {QStringLiteral("reconfirm"), QStringLiteral("done"), next, QStringLiteral("-w"), ws});
    INFO(run.err);
    CHECK(run.exitCode == 0);
    CHECK(run.out.endsWith(QStringLiteral("; 1 item still needs re-confirmation.\n")));
    run = test::runCli(
        {QStringLiteral("reconfirm"), QStringLiteral("list"), QStringLiteral("-w"), ws});
    CHECK(run.out.endsWith(QStringLiteral("\n1 item needs re-confirmation.\n")));

    run = test::runCli({QStringLiteral("integrity"), QStringLiteral("-w"), ws});
    CHECK(run.exitCode == 0);
}

TEST_CASE("CLI: crosswalk suggest writes a file that validates")
{
    test::TempDir dir;
    const QString out = dir.filePath(QStringLiteral("suggested.json"));
    test::CliRun run = test::runCli(
        {QStringLiteral("crosswalk"), QStringLiteral("suggest"), QStringLiteral("--from"),
         data("old-set.json"), QStringLiteral("--to"), data("new-set.json"),
         QStringLiteral("--out"), out, QStringLiteral("--min-score"), QStringLiteral("0.5")});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    Expected<Crosswalk> c = CrosswalkFormat::readFile(out);
    REQUIRE(c.ok());
    CHECK(CrosswalkFormat::validate(*c, test::oldSet(), test::newSet(), out).isEmpty());
    CHECK(!c->mappings.isEmpty());

    run = test::runCli({QStringLiteral("crosswalk"), QStringLiteral("suggest"),
                        QStringLiteral("--from"), data("old-set.json")});
    CHECK(run.exitCode == 2);
    run = test::runCli({QStringLiteral("crosswalk"), QStringLiteral("suggest"),
                        QStringLiteral("--from"), data("old-set.json"), QStringLiteral("--to"),
                        data("new-set.json"), QStringLiteral("--out"), out,
                        QStringLiteral("--min-score"), QStringLiteral("2")});
    CHECK(run.exitCode == 2);
    run = test::runCli({QStringLiteral("crosswalk")});
    CHECK(run.exitCode == 2);
    run = test::runCli({QStringLiteral("--help")});
    CHECK(run.out.contains(QStringLiteral("migrate plan")));
    CHECK(run.out.contains(QStringLiteral("reconfirm list")));
}

TEST_CASE("CLI: migrate plan uses the bundled crosswalk when there is one")
{
    test::TempDir dir;
    const QString ws = dir.filePath(QStringLiteral("ws.seqohs"));
    test::CliRun run = test::runCli({QStringLiteral("init"), ws, QStringLiteral("--name"),
                                     QStringLiteral("Old service"), QStringLiteral("--edition"),
                                     QStringLiteral("seqohs-2015-summary")});
    REQUIRE(run.exitCode == 0);
    run = test::runCli({QStringLiteral("migrate"), QStringLiteral("plan"), QStringLiteral("-w"), ws,
                        QStringLiteral("--to"), QStringLiteral("seqohs-2023-summary")});
    INFO(run.err);
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("seqohs-2015-to-2023-summary")));
}
