#include "testsupport.h"

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
