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

TEST_CASE("An unknown CLI command exits non-zero with the usage")
{
    const test::CliRun run = test::runCli({QStringLiteral("frobnicate")});
    CHECK(run.exitCode != 0);
    CHECK(run.err.contains(QStringLiteral("unknown command 'frobnicate'")));
    CHECK(run.err.contains(QStringLiteral("Usage: seqohs-tracker-cli")));

    const test::CliRun none = test::runCli({});
    CHECK(none.exitCode != 0);
}
