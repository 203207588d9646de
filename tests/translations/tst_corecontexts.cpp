#include "testsupport.h"

#include "catalogue/standardsformat.h"
#include "pack/packverifier.h"
#include "packtesthelpers.h"
#include "reporting/assessmentjson.h"
#include "translations.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFile>

using namespace seqohs;

// The messages of the core, the reports and the command line must be found in the translation
// at run time: each tr() has to pass the context under which lupdate filed its text. In the
// pseudo-locale en_XA every translated text is wrapped in ⟦ ⟧, so a message that comes out bare
// was looked up under another context than the one in the translation file.

namespace {

const QString Open = QStringLiteral("\u27e6");
const QString Close = QStringLiteral("\u27e7");

QString wrapped(const QString &text)
{
    return Open + text + Close;
}

bool isWrapped(const QString &text)
{
    return text.startsWith(Open) && text.endsWith(Close);
}

// Every message and hint of these errors came through the translation.
void checkWrapped(const QList<Error> &errors)
{
    REQUIRE_FALSE(errors.isEmpty());
    for (const Error &e : errors) {
        INFO(e.toString());
        CHECK(isWrapped(e.message));
        if (!e.hint.isEmpty())
            CHECK(isWrapped(e.hint));
    }
}

// Loads the pseudo-locale into this process for one test, and the default one again after it.
class PseudoLocale
{
public:
    PseudoLocale()
    {
        REQUIRE(Translations::install(*QCoreApplication::instance(), QStringLiteral("en_XA")) ==
                QStringLiteral("en_XA"));
    }
    ~PseudoLocale() { Translations::uninstall(*QCoreApplication::instance()); }
    PseudoLocale(const PseudoLocale &) = delete;
    PseudoLocale &operator=(const PseudoLocale &) = delete;
};

// Runs the command-line program in the pseudo-locale.
test::CliRun runPseudoCli(const QStringList &args)
{
    const QByteArray before = qgetenv("SEQOHS_LANGUAGE");
    qputenv("SEQOHS_LANGUAGE", "en_XA");
    test::CliRun run = test::runCli(args);
    if (before.isNull())
        qunsetenv("SEQOHS_LANGUAGE");
    else
        qputenv("SEQOHS_LANGUAGE", before);
    return run;
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(text) == text.size());
}

// The sample pack with its evidence file changed: the manifest's hash no longer matches.
QString tamperedPack(const test::TempDir &dir)
{
    const QString sample = test::dataPath(QStringLiteral("pack/sample-pack.zip"));
    const QString evidence = QStringLiteral("evidence/1-policy.txt");
    QByteArray content = packtest::zipEntry(sample, evidence);
    REQUIRE_FALSE(content.isEmpty());
    content[0] = char(content.at(0) ^ 0x20);
    QString tampered = dir.filePath(QStringLiteral("tampered.zip"));
    packtest::rewriteZip(sample, tampered, {{evidence, content}});
    return tampered;
}

// An assessment file of the right format that lacks every member after the header.
const QByteArray incompleteAssessment = R"({"format": "seqohs-assessment", "formatVersion": 1})";

} // namespace

TEST_CASE("core messages are translated under the context lupdate gave them")
{
    const PseudoLocale pseudo;
    const test::TempDir dir;

    SECTION("opening a file that is not a workspace (Schema)")
    {
        const QString notes = dir.filePath(QStringLiteral("notes.seqohs"));
        writeText(notes, "These are my notes, not a workspace.\n");
        const auto ws = Workspace::open(notes);
        REQUIRE_FALSE(ws.ok());
        CHECK(ws.error().message ==
              wrapped(QStringLiteral("The file is not a workspace (not an SQLite database).")));
        checkWrapped(ws.errors());
    }

    SECTION("a malformed standards file (json, SetReader)")
    {
        const auto syntax = StandardsFormat::readFile(
            test::dataPath(QStringLiteral("standards/syntax-error.json")));
        REQUIRE_FALSE(syntax.ok());
        CHECK(syntax.error().message.startsWith(Open + QStringLiteral("JSON syntax error: ")));
        checkWrapped(syntax.errors());

        const auto level = StandardsFormat::readFile(
            test::dataPath(QStringLiteral("standards/unknown-level.json")));
        REQUIRE_FALSE(level.ok());
        CHECK(level.error().message.startsWith(Open + QStringLiteral("Unknown level \"")));
        checkWrapped(level.errors());
    }

    SECTION("a malformed assessment file (AssessmentJson, Reader)")
    {
        const auto read = AssessmentJson::read(incompleteAssessment, QStringLiteral("a.json"));
        REQUIRE_FALSE(read.ok());
        QStringList messages;
        for (const Error &e : read.errors())
            messages << e.message;
        // One from AssessmentJson itself, one from the Reader it uses.
        CHECK(messages.contains(wrapped(QStringLiteral("The service profile is missing"))));
        CHECK(messages.contains(wrapped(QStringLiteral("A required member is missing"))));
        checkWrapped(read.errors());
    }

    SECTION("a tampered pack (PackVerifier, PackVerification with a plural)")
    {
        const PackVerification result = PackVerifier(tamperedPack(dir)).verify();
        REQUIRE_FALSE(result.ok());
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems.first().message ==
              wrapped(QStringLiteral("Content does not match the manifest")));
        checkWrapped(result.problems);
        CHECK(result.summary().section(QLatin1Char('\n'), 0, 0) ==
              wrapped(QStringLiteral("FAILED: 1 problem found.")));
    }
}

TEST_CASE("the command line prints core messages in the user's language")
{
    const test::TempDir dir;

    SECTION("info on a file that is not a workspace")
    {
        const QString notes = dir.filePath(QStringLiteral("notes.seqohs"));
        writeText(notes, "These are my notes, not a workspace.\n");
        const test::CliRun run =
            runPseudoCli({QStringLiteral("info"), QStringLiteral("-w"), notes});
        INFO(run.err);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(
            wrapped(QStringLiteral("The file is not a workspace (not an SQLite database)."))));
        CHECK(run.err.contains(
            wrapped(QStringLiteral("Choose a .seqohs workspace file. The file was not changed."))));
    }

    SECTION("pack verify of a tampered pack")
    {
        const test::CliRun run =
            runPseudoCli({QStringLiteral("pack"), QStringLiteral("verify"), tamperedPack(dir)});
        const QString printed = run.out + run.err;
        INFO(printed);
        CHECK(run.exitCode == 1);
        CHECK(printed.contains(wrapped(QStringLiteral("FAILED: 1 problem found."))));
        CHECK(printed.contains(wrapped(QStringLiteral("Content does not match the manifest"))));
    }

    SECTION("standards validate of a malformed file")
    {
        const test::CliRun run =
            runPseudoCli({QStringLiteral("standards"), QStringLiteral("validate"),
                          test::dataPath(QStringLiteral("standards/syntax-error.json"))});
        const QString printed = run.out + run.err;
        INFO(printed);
        CHECK(run.exitCode == 1);
        CHECK(printed.contains(Open + QStringLiteral("JSON syntax error: ")));
    }

    SECTION("import of a malformed assessment file")
    {
        const QString json = dir.filePath(QStringLiteral("assessment.json"));
        writeText(json, incompleteAssessment);
        const test::CliRun run =
            runPseudoCli({QStringLiteral("import"), json, QStringLiteral("--out"),
                          dir.filePath(QStringLiteral("n.seqohs"))});
        INFO(run.err);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(wrapped(QStringLiteral("A required member is missing"))));
    }

    SECTION("score and readiness-checks, whose counts are plural messages")
    {
        const QString demo = dir.filePath(QStringLiteral("demo.seqohs"));
        REQUIRE(test::runCli({QStringLiteral("demo"), QStringLiteral("--out"), demo}).exitCode ==
                0);
        const test::CliRun score =
            runPseudoCli({QStringLiteral("score"), QStringLiteral("-w"), demo});
        INFO(score.out);
        CHECK(score.exitCode == 0);
        CHECK(score.out.contains(Open + QStringLiteral("Verdict: ")));
        CHECK(score.out.contains(Open + QStringLiteral("Evidence: ") +
                                 wrapped(QStringLiteral("12 items")) + QStringLiteral(", ")));

        const test::CliRun checks =
            runPseudoCli({QStringLiteral("readiness-checks"), QStringLiteral("-w"), demo});
        INFO(checks.out);
        CHECK(checks.exitCode == 0);
        const QString last = checks.out.trimmed().split(QLatin1Char('\n')).constLast();
        CHECK(isWrapped(last));
        CHECK(last.startsWith(Open + QStringLiteral("25 checks, ")));
    }

    SECTION("the command line's own messages")
    {
        const test::CliRun info = runPseudoCli({QStringLiteral("info")});
        INFO(info.err);
        CHECK(info.exitCode == 2);
        CHECK(info.err.contains(
            wrapped(QStringLiteral("Name the workspace with --workspace FILE (-w FILE)."))));

        const test::CliRun verify =
            runPseudoCli({QStringLiteral("pack"), QStringLiteral("verify")});
        INFO(verify.err);
        CHECK(verify.exitCode == 2);
        CHECK(verify.err.contains(wrapped(QStringLiteral("Name one pack."))));
    }
}
