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

TEST_CASE("Each command says whether it needs Qt Gui: only what renders starts a QApplication")
{
    // With a platform that does not exist, a command that starts a QApplication aborts (the
    // run ends abnormally, exit code -1); one on Qt Core alone ends normally.
    const bool wasSet = qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
    const QByteArray saved = qgetenv("QT_QPA_PLATFORM");
    qputenv("QT_QPA_PLATFORM", "no-such-platform");
    test::TempDir dir;
    const QString key = dir.filePath(QStringLiteral("k.key"));
    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    const QString ws = dir.filePath(QStringLiteral("none.seqohs"));
    const test::CliRun keygen = test::runCli(
        {QStringLiteral("pack"), QStringLiteral("keygen"), QStringLiteral("--out"), key});
    const test::CliRun verify = test::runCli({QStringLiteral("pack"), QStringLiteral("verify"),
                                              dir.filePath(QStringLiteral("none.zip"))});
    const test::CliRun create =
        test::runCli({QStringLiteral("pack"), QStringLiteral("create"), QStringLiteral("-w"), ws,
                      QStringLiteral("--out"), dir.filePath(QStringLiteral("p.zip")),
                      QStringLiteral("--key"), key});
    const test::CliRun show =
        test::runCli({QStringLiteral("review"), QStringLiteral("show"), missing});
    const test::CliRun report =
        test::runCli({QStringLiteral("review"), QStringLiteral("report"), missing,
                      QStringLiteral("--out"), dir.filePath(QStringLiteral("r.pdf"))});
    const test::CliRun response = test::runCli(
        {QStringLiteral("response"), QStringLiteral("show"), QStringLiteral("-w"), ws});
    if (wasSet)
        qputenv("QT_QPA_PLATFORM", saved);
    else
        qunsetenv("QT_QPA_PLATFORM");
    INFO(keygen.err);
    CHECK(keygen.exitCode == 0);
    CHECK(verify.exitCode == 1);
    CHECK(show.exitCode == 1);
    CHECK(response.exitCode == 1);
#ifdef SEQOHS_HAVE_REPORT
    CHECK(create.exitCode == -1);
    CHECK(report.exitCode == -1);
#else
    // Without the report renderer nothing starts a QApplication: both end normally, refusing.
    CHECK(create.exitCode == 1);
    CHECK(report.exitCode == 1);
#endif
}
