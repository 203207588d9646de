#include "rollupfixture.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

TEST_CASE("CLI rollup prints the services side by side and names a file it cannot read")
{
    test::TempDir dir;
    const QString a =
        test::demoService(dir, QStringLiteral("a.seqohs"), QStringLiteral("Alpha OH"));
    const QString b = test::demoService(dir, QStringLiteral("b.seqohs"), QStringLiteral("Beta OH"));
    const QString at = test::rollUpToday().toString(Qt::ISODate);

    test::CliRun run = test::runCli({QStringLiteral("rollup"), a, b, QStringLiteral("--at"), at});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    // "service(s)" until the plural forms are in the translation.
    CHECK(run.out.contains(QStringLiteral("Roll-up of 2 service")));
    CHECK(run.out.contains(QStringLiteral("as of %1").arg(at)));
    CHECK(run.out.contains(QStringLiteral("Alpha OH")));
    CHECK(run.out.contains(QStringLiteral("Beta OH")));
    CHECK(run.out.contains(QStringLiteral("Shared gaps")));
    CHECK(run.out.contains(QStringLiteral("2/2")));

    const QString newer =
        test::demoService(dir, QStringLiteral("newer.seqohs"), QStringLiteral("Newer OH"));
    test::makeNewer(newer);
    run = test::runCli({QStringLiteral("rollup"), a, newer, b, a, QStringLiteral("--at"), at,
                        QStringLiteral("--json")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("newer.seqohs")));
    CHECK(run.err.contains(QStringLiteral("newer version")));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray services = json.value(QStringLiteral("services")).toArray();
    REQUIRE(services.size() == 3); // a named twice counts once
    CHECK(services.at(0).toObject().value(QStringLiteral("name")).toString() ==
          QStringLiteral("Alpha OH"));
    CHECK_FALSE(services.at(1).toObject().value(QStringLiteral("read")).toBool());
    CHECK(services.at(1).toObject().value(QStringLiteral("errors")).toArray().size() >= 1);
    CHECK(services.at(2).toObject().value(QStringLiteral("verdict")).toString() ==
          QStringLiteral("not-ready"));
    CHECK(json.value(QStringLiteral("asOf")).toString() == at);
    CHECK(json.value(QStringLiteral("sharedGaps")).toArray().size() > 0);

    run = test::runCli({QStringLiteral("rollup")});
    CHECK(run.exitCode == 2);
    run = test::runCli(
        {QStringLiteral("rollup"), a, QStringLiteral("--at"), QStringLiteral("tomorrow")});
    CHECK(run.exitCode == 2);
}
