#include "testsupport.h"
#include "workspacetesthelpers.h"

#include "catalogue/standardsformat.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// A tiny standards file, so the CLI tests do not depend on the bundled sets' ids.
QString tinySetFile(const test::TempDir &dir)
{
    QString path = dir.filePath(QStringLiteral("tiny.json"));
    test::writeFile(path, seqohs::StandardsFormat::write(test::tinySet()));
    return path;
}

QStringList withWorkspace(const QString &path, QStringList args)
{
    args << QStringLiteral("-w") << path;
    return args;
}

} // namespace

TEST_CASE("CLI: init, assess, info, check and backup")
{
    test::TempDir dir;
    const QString ws = dir.filePath(QStringLiteral("cli.seqohs"));
    test::CliRun run = test::runCli({QStringLiteral("init"), ws, QStringLiteral("--name"),
                                     QStringLiteral("CLI Service"), QStringLiteral("--nhs"),
                                     QStringLiteral("--edition"), tinySetFile(dir),
                                     QStringLiteral("--visit"), QStringLiteral("2026-09-01")});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("tiny-test")));
    CHECK(test::runCli({QStringLiteral("init"), ws, QStringLiteral("--name"), QStringLiteral("x")})
              .exitCode == 1);
    CHECK(
        test::runCli({QStringLiteral("init"), dir.filePath(QStringLiteral("y.seqohs"))}).exitCode ==
        2);
    CHECK(test::runCli({QStringLiteral("init"), dir.filePath(QStringLiteral("y.seqohs")),
                        QStringLiteral("--name"), QStringLiteral("Y"), QStringLiteral("--visit"),
                        QStringLiteral("31/12/2026")})
              .exitCode == 2);

    run = test::runCli(withWorkspace(ws, {QStringLiteral("assess"), QStringLiteral("t-a1-1"),
                                          QStringLiteral("--result"), QStringLiteral("met"),
                                          QStringLiteral("--note"), QStringLiteral("All good"),
                                          QStringLiteral("--status"), QStringLiteral("done")}));
    INFO(run.err);
    CHECK(run.exitCode == 0);
    run = test::runCli(
        withWorkspace(ws, {QStringLiteral("assess"), QStringLiteral("t-a1-2"),
                           QStringLiteral("--result"), QStringLiteral("not-applicable")}));
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("justification")));
    CHECK(run.err.contains(QFileInfo(ws).absoluteFilePath()));
    run = test::runCli(withWorkspace(ws, {QStringLiteral("assess"), QStringLiteral("t-a1-2"),
                                          QStringLiteral("--result"), QStringLiteral("nearly")}));
    CHECK(run.exitCode == 2);
    run = test::runCli({QStringLiteral("assess"), QStringLiteral("t-a1-2"),
                        QStringLiteral("--result"), QStringLiteral("met")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--workspace")));

    run = test::runCli(withWorkspace(ws, {QStringLiteral("info"), QStringLiteral("--json")}));
    REQUIRE(run.exitCode == 0);
    const QJsonObject info = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(
        info.value(QStringLiteral("service")).toObject().value(QStringLiteral("name")).toString() ==
        QStringLiteral("CLI Service"));
    CHECK(info.value(QStringLiteral("results")).toObject().value(QStringLiteral("met")).toInt() ==
          1);
    CHECK(info.value(QStringLiteral("applicableItems")).toInt() == 4);
    run = test::runCli(withWorkspace(ws, {QStringLiteral("info")}));
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("CLI Service")));
    CHECK(run.out.contains(QStringLiteral("\nAssessments:    4 applicable items\n")));
    CHECK(
        run.out.contains(QStringLiteral("\nEvidence:       0 items (0 past their review date)\n")));

    run = test::runCli(withWorkspace(ws, {QStringLiteral("integrity")}));
    INFO(run.err);
    CHECK(run.exitCode == 0);
    const QString copy = dir.filePath(QStringLiteral("copy.seqohs"));
    run =
        test::runCli(withWorkspace(ws, {QStringLiteral("backup"), QStringLiteral("--out"), copy}));
    CHECK(run.exitCode == 0);
    CHECK(test::runCli(withWorkspace(copy, {QStringLiteral("integrity")})).exitCode == 0);

    // A damaged file: integrity names the problem and exits 1.
    const QString broken = dir.filePath(QStringLiteral("broken.seqohs"));
    test::writeFile(broken, "not a workspace");
    run = test::runCli(withWorkspace(broken, {QStringLiteral("integrity")}));
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("not a workspace")));

    // The former name still runs for one release: the same stdout, a note on stderr.
    const test::CliRun current = test::runCli(withWorkspace(ws, {QStringLiteral("integrity")}));
    const test::CliRun former = test::runCli(withWorkspace(ws, {QStringLiteral("check")}));
    CHECK(former.exitCode == 0);
    CHECK(former.out == current.out);
    CHECK(former.out.startsWith(QFileInfo(ws).absoluteFilePath() +
                                QStringLiteral(": no problems found")));
    CHECK(former.err == QStringLiteral("seqohs-tracker-cli: 'check' is deprecated and will be "
                                       "removed; use 'integrity'.\n"));
    CHECK(current.err.isEmpty());
    const test::CliRun formerBroken =
        test::runCli(withWorkspace(broken, {QStringLiteral("check")}));
    CHECK(formerBroken.exitCode == 1);
    CHECK(formerBroken.err.contains(QStringLiteral("not a workspace")));
}

TEST_CASE("CLI: evidence add, list and export; personal data is refused")
{
    test::TempDir dir;
    const QString ws = dir.filePath(QStringLiteral("cli.seqohs"));
    REQUIRE(
        test::runCli({QStringLiteral("init"), ws, QStringLiteral("--name"),
                      QStringLiteral("CLI Service"), QStringLiteral("--edition"), tinySetFile(dir)})
            .exitCode == 0);
    const QString policy = dir.filePath(QStringLiteral("policy.txt"));
    test::writeFile(policy, "Our policy.\n");
    const QByteArray binary = test::randomBytes(1500000, 4);
    const QString data = dir.filePath(QStringLiteral("data.bin"));
    test::writeFile(data, binary);
    test::CliRun run = test::runCli(
        withWorkspace(ws, {QStringLiteral("evidence"), QStringLiteral("add"), policy, data,
                           QStringLiteral("--criteria"), QStringLiteral("t-a1-1,t-a2"),
                           QStringLiteral("--review-by"), QStringLiteral("2020-01-01")}));
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.count(QStringLiteral("Added evidence")) == 2);

    run = test::runCli(withWorkspace(
        ws, {QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--link"),
             QStringLiteral("https://intranet.example/p"), QStringLiteral("--criteria"),
             QStringLiteral("t-a2"), QStringLiteral("--title"), QStringLiteral("Intranet")}));
    CHECK(run.exitCode == 0);
    run = test::runCli(
        withWorkspace(ws, {QStringLiteral("evidence"), QStringLiteral("add"),
                           QStringLiteral("--statement"), QStringLiteral("We audit quarterly."),
                           QStringLiteral("--criteria"), QStringLiteral("t-a1-2")}));
    CHECK(run.exitCode == 0);
    run = test::runCli(
        withWorkspace(ws, {QStringLiteral("evidence"), QStringLiteral("add"), policy,
                           QStringLiteral("--criteria"), QStringLiteral("no-such-item")}));
    CHECK(run.exitCode == 1);
    run = test::runCli(
        withWorkspace(ws, {QStringLiteral("evidence"), QStringLiteral("add"), policy}));
    CHECK(run.exitCode == 2);

    // Personal data: refused, nothing stored, the number never echoed.
    const QString patient = dir.filePath(QStringLiteral("patient.csv"));
    test::writeFile(patient, "name,nhs\nA,943 476 5919\n");
    const QString folder = dir.filePath(QStringLiteral("folder"));
    REQUIRE(QDir().mkpath(folder));
    test::writeFile(folder + QStringLiteral("/a.txt"), "fine\n");
    test::writeFile(folder + QStringLiteral("/b.txt"), "DOB: 01/02/1980\n");
    run =
        test::runCli(withWorkspace(ws, {QStringLiteral("evidence"), QStringLiteral("add"), patient,
                                        QStringLiteral("--criteria"), QStringLiteral("t-a2")}));
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("NHS number")));
    CHECK(run.err.contains(QStringLiteral("line 2")));
    CHECK_FALSE(run.err.contains(QStringLiteral("5919")));
    run = test::runCli(withWorkspace(ws, {QStringLiteral("evidence"), QStringLiteral("add"),
                                          QStringLiteral("--folder"), folder,
                                          QStringLiteral("--criteria"), QStringLiteral("t-a2")}));
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("date of birth")));
    run = test::runCli(withWorkspace(
        ws, {QStringLiteral("evidence"), QStringLiteral("list"), QStringLiteral("--json")}));
    REQUIRE(run.exitCode == 0);
    CHECK(QJsonDocument::fromJson(run.out.toUtf8()).array().size() == 4);

    run = test::runCli(
        withWorkspace(ws, {QStringLiteral("evidence"), QStringLiteral("add"),
                           QStringLiteral("--folder"), folder, QStringLiteral("--criteria"),
                           QStringLiteral("t-a2"), QStringLiteral("--allow-personal-data")}));
    CHECK(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("Warning")));

    run = test::runCli(withWorkspace(
        ws, {QStringLiteral("evidence"), QStringLiteral("list"), QStringLiteral("--json")}));
    REQUIRE(run.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE(list.size() == 6);
    const QJsonObject second = list.at(1).toObject();
    CHECK(second.value(QStringLiteral("fileName")).toString() == QStringLiteral("data.bin"));
    CHECK(second.value(QStringLiteral("size")).toInteger() == binary.size());
    CHECK(second.value(QStringLiteral("current")).toBool() == false);
    CHECK(second.value(QStringLiteral("criteria")).toArray().size() == 2);
    run = test::runCli(withWorkspace(ws, {QStringLiteral("evidence"), QStringLiteral("list")}));
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("EXPIRED")));

    const QString out = dir.filePath(QStringLiteral("out.bin"));
    run = test::runCli(
        withWorkspace(ws, {QStringLiteral("evidence"), QStringLiteral("export"),
                           QString::number(second.value(QStringLiteral("id")).toInteger()),
                           QStringLiteral("--out"), out}));
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(test::readFile(out) == binary);
    run = test::runCli(withWorkspace(ws, {QStringLiteral("evidence"), QStringLiteral("export"),
                                          QStringLiteral("999"), QStringLiteral("--out"), out}));
    CHECK(run.exitCode == 1);
    CHECK(test::runCli(withWorkspace(ws, {QStringLiteral("integrity")})).exitCode == 0);
    CHECK(test::runCli({QStringLiteral("evidence"), QStringLiteral("frob")}).exitCode == 2);
}

TEST_CASE("CLI: evidence add --folder leaves out hidden files and workspaces, as the window does",
          "[folderimport]")
{
    test::TempDir dir;
    const QString ws = dir.filePath(QStringLiteral("cli.seqohs"));
    REQUIRE(
        test::runCli({QStringLiteral("init"), ws, QStringLiteral("--name"),
                      QStringLiteral("CLI Service"), QStringLiteral("--edition"), tinySetFile(dir)})
            .exitCode == 0);
    const QString folder = test::makeMixedEvidenceFolder(dir);
    test::CliRun run = test::runCli(withWorkspace(
        ws, {QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--folder"), folder,
             QStringLiteral("--criteria"), QStringLiteral("t-a2")}));
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.count(QStringLiteral("Added evidence")) == 3);
    run = test::runCli(withWorkspace(
        ws, {QStringLiteral("evidence"), QStringLiteral("list"), QStringLiteral("--json")}));
    REQUIRE(run.exitCode == 0);
    QStringList names;
    const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
    for (const auto &item : list)
        names << item.toObject().value(QStringLiteral("fileName")).toString();
    names.sort();
    CHECK(names == test::mixedEvidenceFolderTaken());
}

TEST_CASE("CLI: actions add, list and done")
{
    test::TempDir dir;
    const QString ws = dir.filePath(QStringLiteral("cli.seqohs"));
    REQUIRE(
        test::runCli({QStringLiteral("init"), ws, QStringLiteral("--name"),
                      QStringLiteral("CLI Service"), QStringLiteral("--edition"), tinySetFile(dir)})
            .exitCode == 0);
    test::CliRun run = test::runCli(withWorkspace(
        ws, {QStringLiteral("actions"), QStringLiteral("add"), QStringLiteral("Write the policy"),
             QStringLiteral("--criterion"), QStringLiteral("t-a1-1"), QStringLiteral("--owner"),
             QStringLiteral("Lead"), QStringLiteral("--due"), QStringLiteral("2020-01-31")}));
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    run = test::runCli(withWorkspace(ws, {QStringLiteral("actions"), QStringLiteral("list")}));
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("OVERDUE")));
    run = test::runCli(withWorkspace(
        ws, {QStringLiteral("actions"), QStringLiteral("done"), QStringLiteral("1")}));
    CHECK(run.exitCode == 0);
    run = test::runCli(withWorkspace(
        ws, {QStringLiteral("actions"), QStringLiteral("list"), QStringLiteral("--json")}));
    REQUIRE(run.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE(list.size() == 1);
    CHECK(list.at(0).toObject().value(QStringLiteral("status")).toString() ==
          QStringLiteral("done"));
    CHECK(list.at(0).toObject().value(QStringLiteral("overdue")).toBool() == false);
    CHECK(test::runCli(withWorkspace(ws, {QStringLiteral("actions"), QStringLiteral("done"),
                                          QStringLiteral("7")}))
              .exitCode == 1);
    CHECK(test::runCli(withWorkspace(ws, {QStringLiteral("actions"), QStringLiteral("add")}))
              .exitCode == 2);
}

TEST_CASE("CLI: demo builds a workspace that passes check")
{
    test::TempDir dir;
    const QString ws = dir.filePath(QStringLiteral("demo.seqohs"));
    test::CliRun run = test::runCli({QStringLiteral("demo"), QStringLiteral("--out"), ws,
                                     QStringLiteral("--today"), QStringLiteral("2026-03-10")});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(test::runCli(withWorkspace(ws, {QStringLiteral("integrity")})).exitCode == 0);
    run = test::runCli(withWorkspace(ws, {QStringLiteral("info")}));
    CHECK(run.out.contains(QStringLiteral("Northgate Occupational Health")));
}
