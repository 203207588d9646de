#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {
QString makeDemo(const test::TempDir &dir)
{
    QString path = dir.filePath(QStringLiteral("demo.seqohs"));
    const test::CliRun demo = test::runCli({QStringLiteral("demo"), QStringLiteral("--out"), path});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    return path;
}
} // namespace

TEST_CASE("score prints the verdict and a table by domain, and JSON for machines")
{
    test::TempDir dir;
    const QString ws = makeDemo(dir);
    const test::CliRun table = test::runCli({QStringLiteral("score"), QStringLiteral("-w"), ws});
    INFO(table.err.toStdString());
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("Verdict: ")));
    CHECK(table.out.contains(QStringLiteral("Overall")));
    CHECK(table.out.contains(QStringLiteral("Governance and Finance")));
    CHECK(table.out.contains(QStringLiteral("\nEvidence: 12 items, ")));

    const test::CliRun json =
        test::runCli({QStringLiteral("score"), QStringLiteral("-w"), ws, QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(o.value(QLatin1String("domains")).toArray().size() == 6);
    CHECK(o.value(QLatin1String("overall")).toObject().contains(QLatin1String("score")));
    const QString verdict = o.value(QLatin1String("verdict")).toString();
    CHECK((verdict == QLatin1String("ready") || verdict == QLatin1String("nearly-ready") ||
           verdict == QLatin1String("not-ready")));
    // The table and the JSON say the same.
    const QString shown = verdict == QLatin1String("not-ready") ? QStringLiteral("Not ready")
                          : verdict == QLatin1String("nearly-ready")
                              ? QStringLiteral("Nearly ready")
                              : QStringLiteral("Ready");
    CHECK(table.out.contains(QStringLiteral("Verdict: ") + shown));
}

TEST_CASE("score --at forecasts, and expiring evidence shows up")
{
    test::TempDir dir;
    const QString ws = makeDemo(dir);
    const test::CliRun later =
        test::runCli({QStringLiteral("score"), QStringLiteral("-w"), ws, QStringLiteral("--at"),
                      QStringLiteral("2099-01-01"), QStringLiteral("--json")});
    REQUIRE(later.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(later.out.toUtf8()).object();
    CHECK(o.value(QLatin1String("asOf")).toString() == QStringLiteral("2099-01-01"));
    const QJsonObject currency = o.value(QLatin1String("currency")).toObject();
    CHECK(currency.value(QLatin1String("expired")).toInt() == 12); // every item has a review date

    const test::CliRun bad = test::runCli({QStringLiteral("score"), QStringLiteral("-w"), ws,
                                           QStringLiteral("--at"), QStringLiteral("soon")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("soon")));
}

TEST_CASE("score --explain lists the contributions of a domain")
{
    test::TempDir dir;
    const QString ws = makeDemo(dir);
    const test::CliRun run = test::runCli({QStringLiteral("score"), QStringLiteral("-w"), ws,
                                           QStringLiteral("--explain"), QStringLiteral("overall"),
                                           QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray items = QJsonDocument::fromJson(run.out.toUtf8()).array();
    CHECK(items.size() > 40);
    const test::CliRun unknown =
        test::runCli({QStringLiteral("score"), QStringLiteral("-w"), ws,
                      QStringLiteral("--explain"), QStringLiteral("no-such-node")});
    CHECK(unknown.exitCode == 1);
}

TEST_CASE("readiness-checks lists blockers first and counts them")
{
    test::TempDir dir;
    const QString ws = makeDemo(dir);
    const test::CliRun run =
        test::runCli({QStringLiteral("readiness-checks"), QStringLiteral("-w"), ws});
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.out.contains(QStringLiteral("blocking readiness")));
    const test::CliRun json = test::runCli(
        {QStringLiteral("readiness-checks"), QStringLiteral("-w"), ws, QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    // The demo's dates count from the day it is made, and the checks from today: the same day.
    const QJsonArray checks = QJsonDocument::fromJson(json.out.toUtf8()).array();
    CHECK(checks.size() == 25);
    int blockers = 0;
    for (const auto &c : checks)
        blockers +=
            c.toObject().value(QLatin1String("severity")).toString() == QLatin1String("blocker")
                ? 1
                : 0;
    CHECK(run.out.endsWith(QStringLiteral("\n25 checks, %1 blocking readiness.\n").arg(blockers)));

    // The former name still runs for one release: the same stdout, a note on stderr.
    const test::CliRun former = test::runCli({QStringLiteral("checks"), QStringLiteral("-w"), ws});
    CHECK(former.exitCode == 0);
    CHECK(former.out == run.out);
    CHECK(former.err == QStringLiteral("seqohs-tracker-cli: 'checks' is deprecated and will be "
                                       "removed; use 'readiness-checks'.\n"));
    const test::CliRun formerJson = test::runCli(
        {QStringLiteral("checks"), QStringLiteral("-w"), ws, QStringLiteral("--json")});
    CHECK(formerJson.exitCode == 0);
    CHECK(formerJson.out == json.out);
}

TEST_CASE("snapshot save, list and diff against the current figures")
{
    test::TempDir dir;
    const QString ws = makeDemo(dir);
    const test::CliRun saved =
        test::runCli({QStringLiteral("snapshot"), QStringLiteral("save"),
                      QStringLiteral("Annual return 2026"), QStringLiteral("-w"), ws});
    INFO(saved.err.toStdString());
    REQUIRE(saved.exitCode == 0);
    const test::CliRun list = test::runCli({QStringLiteral("snapshot"), QStringLiteral("list"),
                                            QStringLiteral("-w"), ws, QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray snapshots = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(snapshots.size() == 5); // the demo's four and this one

    // Change a result, then compare the snapshot with now.
    const test::CliRun items = test::runCli({QStringLiteral("score"), QStringLiteral("-w"), ws,
                                             QStringLiteral("--explain"), QStringLiteral("overall"),
                                             QStringLiteral("--json")});
    const QJsonArray all = QJsonDocument::fromJson(items.out.toUtf8()).array();
    QString target;
    for (const auto &v : all) {
        const QJsonObject i = v.toObject();
        if (i.value(QLatin1String("included")).toBool() &&
            i.value(QLatin1String("result")).toString() != QLatin1String("not-met")) {
            target = i.value(QLatin1String("id")).toString();
            break;
        }
    }
    REQUIRE_FALSE(target.isEmpty());
    const test::CliRun assess =
        test::runCli({QStringLiteral("assess"), target, QStringLiteral("--result"),
                      QStringLiteral("not-met"), QStringLiteral("-w"), ws});
    INFO(assess.err.toStdString());
    REQUIRE(assess.exitCode == 0);
    const test::CliRun diff = test::runCli(
        {QStringLiteral("snapshot"), QStringLiteral("diff"), QStringLiteral("Annual return 2026"),
         QStringLiteral("current"), QStringLiteral("-w"), ws, QStringLiteral("--json")});
    INFO(diff.err.toStdString());
    REQUIRE(diff.exitCode == 0);
    const QJsonObject d = QJsonDocument::fromJson(diff.out.toUtf8()).object();
    const QJsonArray changed = d.value(QLatin1String("resultsChanged")).toArray();
    REQUIRE(changed.size() == 1);
    CHECK(changed.first().toObject().value(QLatin1String("id")).toString() == target);
    CHECK(changed.first().toObject().value(QLatin1String("after")).toString() ==
          QStringLiteral("not-met"));

    const test::CliRun missing =
        test::runCli({QStringLiteral("snapshot"), QStringLiteral("diff"), QStringLiteral("nope"),
                      QStringLiteral("current"), QStringLiteral("-w"), ws});
    CHECK(missing.exitCode == 1);
}

TEST_CASE("A read that fails makes the command fail and says what could not be read")
{
    test::TempDir dir;
    const QString ws = makeDemo(dir);
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 {ws, QStringLiteral("ALTER TABLE evidence_link RENAME TO evidence_link_gone")});
    REQUIRE(sqlite.waitForFinished(20000));
    REQUIRE(sqlite.exitCode() == 0);
    const test::CliRun run = test::runCli({QStringLiteral("score"), QStringLiteral("-w"), ws});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("Reading the evidence links failed")));
    CHECK(run.err.contains(ws));
}
