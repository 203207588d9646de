#include "testsupport.h"

#include <QFileInfo>

TEST_CASE("The CLI answers --help and --version")
{
    const test::CliRun help = test::runCli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("Usage: seqohs-tracker-cli")));

    const test::CliRun version = test::runCli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed() == QStringLiteral("seqohs-tracker-cli " SEQOHS_VERSION));
}

TEST_CASE("--help lists integrity and readiness-checks, not their former names")
{
    const test::CliRun help = test::runCli({QStringLiteral("--help")});
    REQUIRE(help.exitCode == 0);
    QStringList commands;
    const QStringList lines = help.out.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        // Command lines are indented by two spaces and start with the command's name.
        if (line.startsWith(QLatin1String("  ")) && !line.startsWith(QLatin1String("   ")))
            commands << line.trimmed().section(QLatin1Char(' '), 0, 0);
    }
    CHECK(commands.contains(QStringLiteral("integrity")));
    CHECK(commands.contains(QStringLiteral("readiness-checks")));
    CHECK(commands.contains(QStringLiteral("score")));
    CHECK_FALSE(commands.contains(QStringLiteral("check")));
    CHECK_FALSE(commands.contains(QStringLiteral("checks")));

    const test::CliRun integrityHelp =
        test::runCli({QStringLiteral("integrity"), QStringLiteral("--help")});
    CHECK(integrityHelp.exitCode == 0);
    CHECK(integrityHelp.out.contains(QStringLiteral("seqohs-tracker-cli integrity -w FILE")));
}

TEST_CASE("An unknown CLI command exits non-zero with the usage")
{
    const test::CliRun run = test::runCli({QStringLiteral("frobnicate")});
    CHECK(run.exitCode != 0);
    CHECK(run.err.contains(QStringLiteral("unknown command 'frobnicate'")));
    CHECK(run.err.contains(QStringLiteral("Usage: seqohs-tracker-cli")));

    const test::CliRun none = test::runCli({});
    CHECK(none.exitCode != 0);
}

TEST_CASE("demo runs on Qt Core alone; report needs Qt Gui")
{
    // With a platform that does not exist, any command that starts a QApplication aborts.
    const bool wasSet = qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
    const QByteArray saved = qgetenv("QT_QPA_PLATFORM");
    qputenv("QT_QPA_PLATFORM", "no-such-platform");
    test::TempDir dir;
    const QString ws = dir.filePath(QStringLiteral("demo.seqohs"));
    const test::CliRun demo =
        test::runCli({QStringLiteral("demo"), QStringLiteral("--out"), ws,
                      QStringLiteral("--today"), QStringLiteral("2026-06-01")});
    const test::CliRun report = test::runCli(
        {QStringLiteral("report"), QStringLiteral("-w"), ws, QStringLiteral("--format"),
         QStringLiteral("html"), QStringLiteral("--out"), dir.filePath(QStringLiteral("r.html"))});
    if (wasSet)
        qputenv("QT_QPA_PLATFORM", saved);
    else
        qunsetenv("QT_QPA_PLATFORM");
    INFO(demo.err);
    CHECK(demo.exitCode == 0);
    CHECK(QFileInfo::exists(ws));
    CHECK(report.exitCode != 0);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("r.html"))));
}
