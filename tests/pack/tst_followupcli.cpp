// Follow-up packs through seqohs-tracker-cli: rounds of "further evidence required" from the first
// pack to the third response, and the follow-ups the assessor's side refuses.

#include "packtesthelpers.h"
#include "testsupport.h"

#include "pack/packmanifest.h"
#include "pack/review.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace seqohs;

namespace {

QString arg(const char *text)
{
    return QString::fromUtf8(text);
}

test::CliRun cli(const QStringList &args)
{
    test::CliRun run = test::runCli(args, 120000);
    INFO(args.join(QLatin1Char(' ')).toStdString()
         << "\n"
         << run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

QJsonObject zipJson(const QString &zip, const QString &name)
{
    return QJsonDocument::fromJson(packtest::zipEntry(zip, name)).object();
}

// The evidence paths a zip holds.
QStringList evidenceIn(const QString &zip)
{
    return packtest::zipNames(zip).filter(QRegularExpression(QStringLiteral("^evidence/")));
}

// The assessor's actions in the workspace, by text.
QList<Action> assessorActions(const QString &ws)
{
    auto workspace = Workspace::open(ws, Workspace::ReadOnly);
    REQUIRE(workspace.ok());
    QList<Action> out;
    for (const Action &a : *(*workspace)->actions()) {
        if (a.source == QLatin1String("assessor"))
            out << a;
    }
    return out;
}

qint64 actionId(const QString &ws, const QString &startsWith)
{
    for (const Action &a : assessorActions(ws)) {
        if (a.text.startsWith(startsWith))
            return a.id;
    }
    FAIL("no assessor action " << startsWith.toStdString());
    return 0;
}

// A workspace at dir/ws.seqohs with a full pack, reviewed by the assessor (GOV-T1 further evidence
// required, GOV-T2 not met, RES-T1 met), the response imported. Keys in dir/keys.
struct FirstRound
{
    QString ws, serviceKey, assessorKey, pack, review;

    explicit FirstRound(const test::TempDir &dir)
        : ws(dir.filePath(arg("ws.seqohs")))
        , serviceKey(dir.filePath(arg("keys/service.key")))
        , assessorKey(dir.filePath(arg("keys/assessor.key")))
        , pack(dir.filePath(arg("submission.zip")))
        , review(dir.filePath(arg("review.json")))
    {
        cli({arg("demo"), arg("--out"), ws, arg("--today"), arg("2026-03-01")});
        cli({arg("pack"), arg("keygen"), arg("--out"), serviceKey});
        cli({arg("pack"), arg("keygen"), arg("--out"), assessorKey});
        cli({arg("pack"), arg("create"), arg("-w"), ws, arg("--out"), pack, arg("--key"),
             serviceKey, arg("--no-report")});
        cli({arg("review"), arg("open"), pack, arg("--review"), review, arg("--assessor"),
             arg("Dr Ann Assessor")});
        cli({arg("review"), arg("set"), review, arg("S23-GOV-T1"), arg("--finding"),
             arg("further-evidence-required"), arg("--action"), arg("Send the signed policy"),
             arg("--due"), arg("2026-09-30")});
        cli({arg("review"), arg("set"), review, arg("S23-GOV-T2"), arg("--finding"), arg("not-met"),
             arg("--grade"), arg("minor-non-conformity"), arg("--action"),
             arg("Show the approved budget")});
        cli({arg("review"), arg("set"), review, arg("S23-RES-T1"), arg("--finding"), arg("met")});
        cli({arg("review"), arg("recommend"), review, arg("defer-with-actions")});
        respond(dir.filePath(arg("response-1.json")));
    }

    void respond(const QString &response) const
    {
        cli({arg("review"), arg("respond"), review, arg("--out"), response, arg("--key"),
             assessorKey});
        cli({arg("response"), arg("import"), response, arg("-w"), ws});
    }

    // Writes a follow-up pack; returns the command's output.
    test::CliRun followUp(const QString &zip) const
    {
        return cli({arg("pack"), arg("followup"), arg("-w"), ws, arg("--out"), zip, arg("--key"),
                    serviceKey});
    }
};

} // namespace

TEST_CASE("CLI: three rounds of follow-up packs, from the first pack to the third response",
          "[pack][cli][followup]")
{
    test::TempDir dir;
    const FirstRound first(dir);
    REQUIRE(assessorActions(first.ws).size() == 2);

    // The pack recorded what it held, so that a follow-up can tell what changed.
    qint64 policyFile = 0; // a file evidence item supporting GOV-T1 in the first pack
    {
        auto ws = Workspace::open(first.ws, Workspace::ReadOnly);
        REQUIRE(ws.ok());
        const QList<PackRecord> packs = *(*ws)->packs();
        REQUIRE(packs.size() == 1);
        CHECK(packs.first().kind == PackRecord::Kind::Full);
        const QJsonObject contents = QJsonDocument::fromJson(packs.first().contents).object();
        CHECK(contents.value(arg("evidence")).toObject().size() == (*ws)->evidence()->size());
        CHECK_FALSE(contents.value(arg("assessments")).toObject().isEmpty());
        for (const EvidenceLink &l : *(*ws)->links()) {
            const auto item = (*(*ws)->evidenceItem(l.evidenceId));
            if (l.itemId.startsWith(arg("s23-gov-0")) && item &&
                item->kind == EvidenceItem::Kind::File && l.itemId <= arg("s23-gov-03"))
                policyFile = l.evidenceId;
        }
    }
    REQUIRE(policyFile > 0);

    // Nothing changed yet: a follow-up would cost the assessor a round for nothing.
    {
        const test::CliRun empty =
            test::runCli({arg("pack"), arg("followup"), arg("-w"), first.ws, arg("--out"),
                          dir.filePath(arg("empty.zip")), arg("--key"), first.serviceKey});
        CHECK(empty.exitCode == 1);
        CHECK(empty.err.contains(arg("Nothing has changed for")));
        CHECK_FALSE(QFileInfo::exists(dir.filePath(arg("empty.zip"))));
    }

    // ---- the service answers round 1 ----
    cli({arg("actions"), arg("answer"), arg("-w"), first.ws,
         QString::number(actionId(first.ws, arg("Send the signed policy"))),
         arg("The signed policy is attached")});
    const QString newFile = dir.filePath(arg("signed-policy.txt"));
    packtest::writeFile(newFile, "Signed by the board on 2 April.\n");
    cli({arg("evidence"), arg("add"), arg("-w"), first.ws, newFile, arg("--criteria"),
         arg("s23-gov-01"), arg("--title"), arg("Signed policy")});
    {
        // A new version of evidence the assessor has seen.
        auto ws = Workspace::open(first.ws);
        REQUIRE(ws.ok());
        const QString v2 = dir.filePath(arg("policy-v2.txt"));
        packtest::writeFile(v2, "Version two of the policy.\n");
        REQUIRE((*ws)->replaceEvidenceFile(policyFile, v2).ok());
    }
    // GOV-T2 was signed off; the change to GOV-04 below voids that, which the follow-up says.
    cli({arg("signoff"), arg("add"), arg("-w"), first.ws, arg("--standard"), arg("S23-GOV-T2"),
         arg("--by"), arg("Dr Lead")});
    cli({arg("assess"), arg("-w"), first.ws, arg("s23-gov-04"), arg("--result"), arg("met"),
         arg("--note"), arg("The budget was approved by the board")});
    // Not applicable, with its reason, which the follow-up carries.
    cli({arg("assess"), arg("-w"), first.ws, arg("s23-gov-03"), arg("--result"),
         arg("not-applicable"), arg("--justification"), arg("We hold no contracts of our own")});

    const QString followUp1 = dir.filePath(arg("follow-up-1.zip"));
    const test::CliRun made1 = first.followUp(followUp1);
    CHECK(made1.out.contains(arg("round 2")));
    // The unanswered action is a warning, not a refusal.
    CHECK(made1.err.contains(arg("\"Show the approved budget\" has no answer yet")));

    // Only what changed: the new file and the new version, no snapshot, no other evidence.
    QStringList files = evidenceIn(followUp1);
    CHECK(files.size() == 2);
    CHECK(files.filter(QRegularExpression(QStringLiteral("signed-policy"))).size() == 1);
    CHECK(
        files.filter(QRegularExpression(QStringLiteral("^evidence/%1-").arg(policyFile))).size() ==
        1);
    CHECK_FALSE(packtest::zipNames(followUp1).contains(PackManifest::WorkspacePath));
    const QJsonObject manifest1 = zipJson(followUp1, PackManifest::ManifestPath);
    CHECK(manifest1.value(arg("kind")).toString() == arg("follow-up"));
    const QJsonObject fu1 = manifest1.value(arg("followUp")).toObject();
    const QString firstRoot =
        zipJson(first.pack, PackManifest::ManifestPath).value(arg("rootHash")).toString();
    CHECK(fu1.value(arg("base")).toString() == firstRoot);
    CHECK(fu1.value(arg("chain")).toArray() == QJsonArray{firstRoot});
    CHECK(fu1.value(arg("round")).toString() == arg("2"));
    {
        const QJsonObject content = zipJson(followUp1, PackManifest::FollowUpPath);
        const QJsonArray standards = content.value(arg("standards")).toArray();
        REQUIRE(standards.size() == 2); // GOV-T1 and GOV-T2; RES-T1 was met
        const QJsonObject gov1 = standards.at(0).toObject();
        CHECK(gov1.value(arg("standardCode")).toString() == arg("S23-GOV-T1"));
        CHECK(gov1.value(arg("earlierFinding")).toObject().value(arg("finding")).toString() ==
              arg("further-evidence-required"));
        CHECK(gov1.value(arg("evidence")).toArray().size() == 2);
        CHECK(
            gov1.value(arg("answers")).toArray().at(0).toObject().value(arg("answer")).toString() ==
            arg("The signed policy is attached"));
        const QJsonObject gov2 = standards.at(1).toObject();
        const QJsonArray assessed = gov2.value(arg("assessments")).toArray();
        REQUIRE(assessed.size() == 1);
        CHECK(assessed.at(0).toObject().value(arg("now")).toObject().value(arg("narrative")) ==
              arg("The budget was approved by the board"));
        CHECK(gov2.value(arg("answers")).toArray().at(0).toObject().value(arg("answer")) ==
              QString());
        bool justified = false;
        for (const auto &a : gov1.value(arg("assessments")).toArray()) {
            const QJsonObject now = a.toObject().value(arg("now")).toObject();
            justified =
                justified || (now.value(arg("result")).toString() == arg("not-applicable") &&
                              now.value(arg("justification")).toString() ==
                                  arg("We hold no contracts of our own"));
        }
        CHECK(justified);
    }
    {
        // The sign-off, void since the change to GOV-04, with what changed.
        const QJsonArray signOffs = manifest1.value(arg("signOffs")).toArray();
        REQUIRE(signOffs.size() == 1);
        const QJsonObject s = signOffs.first().toObject();
        CHECK(s.value(arg("status")).toString() == arg("void"));
        CHECK(s.value(arg("changes"))
                  .toArray()
                  .contains(QJsonValue(arg("S23-GOV-04: the narrative was edited"))));
    }

    // The chain can be checked without the program: the base's root hash recomputed from its
    // manifest with Python, as docs/pack-format.md says.
    {
        test::TempDir unzipped;
        packtest::writeFile(unzipped.filePath(arg("base.json")),
                            packtest::zipEntry(first.pack, PackManifest::ManifestPath));
        QProcess python;
        python.setWorkingDirectory(unzipped.path());
        python.start(arg("python3"),
                     {arg("-c"),
                      arg("import json,hashlib; m=json.load(open('base.json')); m.pop('rootHash'); "
                          "print(hashlib.sha256(json.dumps(m, sort_keys=True, "
                          "separators=(',',':'), ensure_ascii=False).encode()).hexdigest())")});
        REQUIRE(python.waitForFinished(30000));
        INFO(QString::fromUtf8(python.readAllStandardError()).toStdString());
        CHECK(QString::fromUtf8(python.readAllStandardOutput()).trimmed() == firstRoot);
    }

    // ---- the assessor's round 2 ----
    const test::CliRun applied =
        cli({arg("review"), arg("followup"), followUp1, arg("--review"), first.review});
    CHECK(applied.out.contains(arg("round 2")));
    {
        const test::CliRun show = cli({arg("review"), arg("show"), first.review});
        CHECK(show.out.contains(arg("Earlier finding (round 1): Further evidence required")));
        CHECK(show.out.contains(arg("Earlier finding (round 1): Not met")));
        CHECK(show.out.contains(arg("New since last round:")));
        CHECK(show.out.contains(arg("Signed policy")));
        CHECK(show.out.contains(arg("answer: The signed policy is attached")));
        CHECK(show.out.contains(arg("S23-GOV-04: Met -> Met")));
        CHECK(show.out.contains(arg("\"Show the approved budget\": no answer")));
        Expected<Review> review = Review::load(first.review);
        REQUIRE(review.ok());
        CHECK(review->round() == 2);
        CHECK(review->finding(arg("S23-GOV-T1"))->result == FindingResult::NotRecorded);
        CHECK(review->finding(arg("S23-RES-T1"))->result == FindingResult::Met);
        REQUIRE(review->earlierFinding(arg("s23-gov-t2")));
        CHECK(review->earlierFinding(arg("s23-gov-t2"))->grade == FindingGrade::MinorNonConformity);
    }
    cli({arg("review"), arg("set"), first.review, arg("S23-GOV-T1"), arg("--finding"), arg("met")});
    cli({arg("review"), arg("recommend"), first.review, arg("defer-with-actions")});
    {
        // GOV-T2 was re-opened by the follow-up and has no finding in this round yet.
        const test::CliRun early =
            test::runCli({arg("review"), arg("respond"), first.review, arg("--out"),
                          dir.filePath(arg("early.json")), arg("--key"), first.assessorKey});
        CHECK(early.exitCode == 1);
        CHECK(early.err.contains(arg("re-opened S23-GOV-T2, which has no finding")));
        CHECK_FALSE(QFileInfo::exists(dir.filePath(arg("early.json"))));
    }
    cli({arg("review"), arg("set"), first.review, arg("S23-GOV-T2"), arg("--finding"),
         arg("further-evidence-required"), arg("--action"), arg("Send the board minutes")});
    first.respond(dir.filePath(arg("response-2.json")));
    // Only the follow-up's standards bring actions again.
    CHECK(assessorActions(first.ws).size() == 3);

    // ---- round 3 ----
    cli({arg("actions"), arg("answer"), arg("-w"), first.ws,
         QString::number(actionId(first.ws, arg("Send the board minutes"))),
         arg("Minutes of 1 May attached")});
    cli({arg("evidence"), arg("add"), arg("-w"), first.ws, arg("--statement"),
         arg("The board approved the budget on 1 May."), arg("--criteria"), arg("s23-gov-05"),
         arg("--title"), arg("Board statement")});
    const QString followUp2 = dir.filePath(arg("follow-up-2.zip"));
    const test::CliRun made2 = first.followUp(followUp2);
    CHECK(made2.out.contains(arg("round 3")));
    CHECK_FALSE(made2.err.contains(arg("no answer yet")));
    // Nothing changed in a file since round 2: no file, and the statement as a record.
    CHECK(evidenceIn(followUp2).isEmpty());
    {
        const QJsonObject fu2 =
            zipJson(followUp2, PackManifest::ManifestPath).value(arg("followUp")).toObject();
        const QString followUp1Root =
            zipJson(followUp1, PackManifest::ManifestPath).value(arg("rootHash")).toString();
        CHECK(fu2.value(arg("base")).toString() == followUp1Root);
        CHECK(fu2.value(arg("chain")).toArray() == (QJsonArray{firstRoot, followUp1Root}));
        const QJsonArray standards =
            zipJson(followUp2, PackManifest::FollowUpPath).value(arg("standards")).toArray();
        REQUIRE(standards.size() == 1);
        const QJsonArray evidence = standards.at(0).toObject().value(arg("evidence")).toArray();
        REQUIRE(evidence.size() == 1);
        CHECK(evidence.at(0).toObject().value(arg("statement")).toString() ==
              arg("The board approved the budget on 1 May."));
    }
    cli({arg("review"), arg("followup"), followUp2, arg("--review"), first.review});
    {
        const test::CliRun show = cli({arg("review"), arg("show"), first.review});
        CHECK(show.out.contains(arg("Earlier finding (round 2): Further evidence required")));
        CHECK(show.out.contains(arg("The board approved the budget on 1 May.")));
        CHECK(show.out.contains(arg("answer: Minutes of 1 May attached")));
    }
    cli({arg("review"), arg("set"), first.review, arg("S23-GOV-T2"), arg("--finding"), arg("met")});
    cli({arg("review"), arg("recommend"), first.review, arg("accredit")});
    first.respond(dir.filePath(arg("response-3.json")));

    // ---- the rounds as the service sees them ----
    const test::CliRun rounds = cli({arg("pack"), arg("rounds"), arg("-w"), first.ws});
    CHECK(rounds.out.contains(arg("Round 3: follow-up")));
    const QJsonArray roundsJson =
        QJsonDocument::fromJson(
            cli({arg("pack"), arg("rounds"), arg("-w"), first.ws, arg("--json")}).out.toUtf8())
            .array();
    REQUIRE(roundsJson.size() == 3);
    const auto findingIn = [&](int round, const char *standard) {
        return roundsJson.at(round)
            .toObject()
            .value(arg("findings"))
            .toObject()
            .value(arg(standard))
            .toString();
    };
    CHECK(findingIn(0, "S23-GOV-T1") == arg("further-evidence-required"));
    CHECK(findingIn(1, "S23-GOV-T1") == arg("met"));
    CHECK(findingIn(0, "S23-GOV-T2") == arg("not-met"));
    CHECK(findingIn(1, "S23-GOV-T2") == arg("further-evidence-required"));
    CHECK(findingIn(2, "S23-GOV-T2") == arg("met"));
    CHECK(roundsJson.at(2).toObject().value(arg("recommendation")).toString() == arg("accredit"));
    CHECK(roundsJson.at(1).toObject().value(arg("kind")).toString() == arg("follow-up"));

    // With every finding met there is nothing to follow up.
    const test::CliRun none =
        test::runCli({arg("pack"), arg("followup"), arg("-w"), first.ws, arg("--out"),
                      dir.filePath(arg("none.zip")), arg("--key"), first.serviceKey});
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(arg("nothing to follow up")));

    // A response signed with another assessor's key is imported with a warning that names both.
    const QString otherKey = dir.filePath(arg("keys/other.key"));
    cli({arg("pack"), arg("keygen"), arg("--out"), otherKey});
    const QString other = dir.filePath(arg("response-other.json"));
    cli({arg("review"), arg("respond"), first.review, arg("--out"), other, arg("--key"), otherKey});
    const test::CliRun imported = cli({arg("response"), arg("import"), other, arg("-w"), first.ws});
    CHECK(imported.err.contains(arg("but an earlier response came from key")));
}

TEST_CASE("CLI: a follow-up that was altered, or does not follow up the pack reviewed last, is "
          "refused with the reason",
          "[pack][cli][followup]")
{
    test::TempDir dir;
    const FirstRound first(dir);
    const QString newFile = dir.filePath(arg("signed-policy.txt"));
    packtest::writeFile(newFile, "Signed by the board on 2 April.\n");
    cli({arg("evidence"), arg("add"), arg("-w"), first.ws, newFile, arg("--criteria"),
         arg("s23-gov-01"), arg("--title"), arg("Signed policy")});
    const QString followUp = dir.filePath(arg("follow-up.zip"));
    first.followUp(followUp);
    const QString evidencePath = evidenceIn(followUp).value(0);
    REQUIRE_FALSE(evidencePath.isEmpty());
    const QByteArray reviewBefore = packtest::readFile(first.review);

    const auto refused = [&](const QString &zip, const QString &why) {
        const test::CliRun run =
            test::runCli({arg("review"), arg("followup"), zip, arg("--review"), first.review});
        INFO(run.out.toStdString() << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(why));
        // A refused follow-up leaves the review as it was.
        CHECK(packtest::readFile(first.review) == reviewBefore);
    };

    SECTION("a byte changed in the manifest, follow-up.json or an evidence file")
    {
        for (const QString &name :
             {PackManifest::ManifestPath, PackManifest::FollowUpPath, evidencePath}) {
            INFO(name.toStdString());
            QByteArray bytes = packtest::zipEntry(followUp, name);
            const qsizetype at = bytes.indexOf(name == evidencePath ? "board" : "standard");
            REQUIRE(at >= 0);
            bytes[at] = bytes[at] == 'b' ? 'B' : 'S';
            const QString tampered =
                dir.filePath(QStringLiteral("tampered-%1.zip")
                                 .arg(QString(name).replace(QLatin1Char('/'), QLatin1Char('_'))));
            packtest::rewriteZip(followUp, tampered, {{name, bytes}});
            refused(tampered,
                    name == PackManifest::ManifestPath ? PackManifest::SignaturePath : name);
            refused(tampered, arg("did not verify"));
        }
    }

    SECTION("a follow-up opened as if it were a full pack")
    {
        const test::CliRun run =
            test::runCli({arg("review"), arg("open"), followUp, arg("--review"),
                          dir.filePath(arg("new-review.json"))});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(arg("is a follow-up pack")));
        CHECK_FALSE(QFileInfo::exists(dir.filePath(arg("new-review.json"))));
    }

    SECTION("a follow-up signed by another key")
    {
        const QString otherKey = dir.filePath(arg("keys/other.key"));
        cli({arg("pack"), arg("keygen"), arg("--out"), otherKey});
        // The service itself refuses to sign with a key other than the pack's.
        const test::CliRun other =
            test::runCli({arg("pack"), arg("followup"), arg("-w"), first.ws, arg("--out"),
                          dir.filePath(arg("other.zip")), arg("--key"), otherKey});
        CHECK(other.exitCode == 1);
        CHECK(other.err.contains(arg("Sign the follow-up with the key that signed the pack")));
    }

    SECTION("a follow-up of another pack")
    {
        // Another review of another pack of the same service: the follow-up does not chain to it.
        const QString otherPack = dir.filePath(arg("other-submission.zip"));
        cli({arg("pack"), arg("create"), arg("-w"), first.ws, arg("--out"), otherPack, arg("--key"),
             first.serviceKey, arg("--no-report")});
        const QString otherReview = dir.filePath(arg("other-review.json"));
        cli({arg("review"), arg("open"), otherPack, arg("--review"), otherReview});
        const test::CliRun run =
            test::runCli({arg("review"), arg("followup"), followUp, arg("--review"), otherReview});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(arg("does not chain to a pack this review holds")));
    }

    SECTION("a follow-up against an earlier round than the last reviewed")
    {
        // The service made a second follow-up of the first pack, which reaches the assessor
        // after they reviewed round 2.
        const QString late = dir.filePath(arg("late-follow-up.zip"));
        first.followUp(late);
        cli({arg("review"), arg("followup"), followUp, arg("--review"), first.review});
        cli({arg("review"), arg("set"), first.review, arg("S23-GOV-T1"), arg("--finding"),
             arg("further-evidence-required"), arg("--action"), arg("More, please")});
        cli({arg("review"), arg("set"), first.review, arg("S23-GOV-T2"), arg("--finding"),
             arg("met")});
        cli({arg("review"), arg("recommend"), first.review, arg("defer-with-actions")});
        first.respond(dir.filePath(arg("response-2.json")));
        const QByteArray reviewRound2 = packtest::readFile(first.review);
        const test::CliRun again =
            test::runCli({arg("review"), arg("followup"), followUp, arg("--review"), first.review});
        CHECK(again.exitCode == 1);
        CHECK(again.err.contains(arg("in the review already")));
        CHECK(packtest::readFile(first.review) == reviewRound2);
        const test::CliRun run =
            test::runCli({arg("review"), arg("followup"), late, arg("--review"), first.review});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(arg("answers round 1")));
        CHECK(run.err.contains(arg("made against an earlier round")));
        CHECK(packtest::readFile(first.review) == reviewRound2);
    }
}
