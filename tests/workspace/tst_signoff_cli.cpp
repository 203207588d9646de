#include "testsupport.h"
#include "workspacetesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

test::CliRun cli(const QString &ws, QStringList args)
{
    args << QStringLiteral("-w") << ws;
    return test::runCli(args);
}

} // namespace

TEST_CASE("CLI: signoff add, list and show; a change voids it and says what changed")
{
    test::TempDir dir;
    const QString ws = dir.filePath(QStringLiteral("s.seqohs"));
    test::createWorkspace(ws).reset();
    test::CliRun run =
        cli(ws, {QStringLiteral("assess"), QStringLiteral("t-a1-1"), QStringLiteral("--result"),
                 QStringLiteral("met"), QStringLiteral("--owner"), QStringLiteral("Tom Okafor")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);

    // Usage errors: nothing said about what, two things, no signer.
    CHECK(cli(ws, {QStringLiteral("signoff"), QStringLiteral("add"), QStringLiteral("--by"),
                   QStringLiteral("X")})
              .exitCode == 2);
    CHECK(cli(ws, {QStringLiteral("signoff"), QStringLiteral("add"), QStringLiteral("--whole"),
                   QStringLiteral("--domain"), QStringLiteral("A"), QStringLiteral("--by"),
                   QStringLiteral("X")})
              .exitCode == 2);
    CHECK(cli(ws, {QStringLiteral("signoff"), QStringLiteral("add"), QStringLiteral("--whole")})
              .exitCode == 2);
    run = cli(ws, {QStringLiteral("signoff"), QStringLiteral("add"), QStringLiteral("--standard"),
                   QStringLiteral("Z9"), QStringLiteral("--by"), QStringLiteral("X")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("no standard 'Z9'")));

    run = cli(ws, {QStringLiteral("signoff"), QStringLiteral("add"), QStringLiteral("--standard"),
                   QStringLiteral("A1"), QStringLiteral("--by"), QStringLiteral("Dr Priya Shah"),
                   QStringLiteral("--comment"), QStringLiteral("Reviewed in committee")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Sign-off 1: standard A1")));
    run = cli(ws, {QStringLiteral("signoff"), QStringLiteral("add"), QStringLiteral("--criterion"),
                   QStringLiteral("t-b1-1"), QStringLiteral("--by"), QStringLiteral("Dr Shah")});
    REQUIRE(run.exitCode == 0);

    // Owners forbidden: the owner of A1.1 cannot sign off its domain.
    CHECK(cli(ws, {QStringLiteral("signoff"), QStringLiteral("owners"), QStringLiteral("forbid")})
              .out.contains(QStringLiteral("may not")));
    run = cli(ws, {QStringLiteral("signoff"), QStringLiteral("add"), QStringLiteral("--domain"),
                   QStringLiteral("A"), QStringLiteral("--by"), QStringLiteral("Tom Okafor")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("Tom Okafor owns the assessment of A1.1")));

    run = cli(ws, {QStringLiteral("signoff"), QStringLiteral("list")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.count(QStringLiteral("holds")) == 2);

    // A change under sign-off 1 voids it; sign-off 2 still holds.
    REQUIRE(cli(ws, {QStringLiteral("assess"), QStringLiteral("t-a1-2"), QStringLiteral("--result"),
                     QStringLiteral("not-met")})
                .exitCode == 0);
    run = cli(ws, {QStringLiteral("signoff"), QStringLiteral("show"), QStringLiteral("1")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("VOID since")));
    CHECK(
        run.out.contains(QStringLiteral("A1.2: the result changed from Not assessed to Not met")));
    CHECK(run.out.contains(QStringLiteral("Reviewed in committee")));
    run = cli(ws, {QStringLiteral("signoff"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8())
                                .object()
                                .value(QStringLiteral("signOffs"))
                                .toArray();
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).toObject().value(QStringLiteral("status")).toString() ==
          QStringLiteral("void"));
    CHECK(list.at(0).toObject().value(QStringLiteral("changes")).toArray().size() == 1);
    CHECK(list.at(1).toObject().value(QStringLiteral("status")).toString() ==
          QStringLiteral("holds"));
    CHECK(cli(ws, {QStringLiteral("signoff"), QStringLiteral("show"), QStringLiteral("9")})
              .exitCode == 1);

#ifdef SEQOHS_WITH_REPORTS
    // The report says which hold.
    const QString html = dir.filePath(QStringLiteral("r.html"));
    run = cli(ws, {QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("html"),
                   QStringLiteral("--out"), html});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString text = QString::fromUtf8(test::readFile(html));
    CHECK(text.contains(QStringLiteral("Sign-offs")));
    CHECK(text.contains(QStringLiteral("Void: changed since")));
    CHECK(text.contains(QStringLiteral("A1.2: the result changed from Not assessed to Not met")));
#endif
    CHECK(cli(ws, {QStringLiteral("integrity")}).exitCode == 0);
}

TEST_CASE("CLI: a move to another standards set voids every sign-off, in one line")
{
    // Even over a self-assessment with nothing in it yet: it was signed against the other set.
    test::TempDir dir;
    const QString ws = dir.filePath(QStringLiteral("m.seqohs"));
    test::CliRun run = test::runCli({QStringLiteral("init"), ws, QStringLiteral("--name"),
                                     QStringLiteral("Move OH"), QStringLiteral("--edition"),
                                     QStringLiteral("seqohs-2015-summary")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    REQUIRE(cli(ws, {QStringLiteral("signoff"), QStringLiteral("add"), QStringLiteral("--whole"),
                     QStringLiteral("--by"), QStringLiteral("Dr Lead")})
                .exitCode == 0);
    run = cli(ws, {QStringLiteral("migrate"), QStringLiteral("apply"), QStringLiteral("--to"),
                   QStringLiteral("seqohs-2023-summary"), QStringLiteral("--yes")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    run = cli(ws, {QStringLiteral("signoff"), QStringLiteral("show"), QStringLiteral("1"),
                   QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject shown = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(shown.value(QStringLiteral("status")).toString() == QStringLiteral("void"));
    const QJsonArray changes = shown.value(QStringLiteral("changes")).toArray();
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().toString().startsWith(
        QStringLiteral("The workspace moved from the standards set seqohs-2015-summary")));
    CHECK(cli(ws, {QStringLiteral("integrity")}).exitCode == 0);
}
