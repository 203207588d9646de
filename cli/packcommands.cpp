// The "pack" command: keygen, create and verify, for the service that sends its submission
// pack to the assessor.

#include "command.h"
#include "interruption.h"
#include "workspacecli.h"

#include "common/savefile.h"
#include "pack/assessmentrounds.h"
#include "pack/followupplan.h"
#include "pack/followupwriter.h"
#include "pack/packjob.h"
#include "pack/packverifier.h"
#include "pack/signingkey.h"
#include "workspace/workspace.h"

#ifdef SEQOHS_HAVE_REPORT
#include "reportrenderer.h"
#endif

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace seqohs;
using Cli = WorkspaceCli;

namespace {

int runKeygen(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("pack keygen"),
        QStringLiteral("seqohs-tracker-cli pack keygen [--out KEYFILE]"),
        WorkspaceCli::tr(
            "Creates an Ed25519 signing key, kept outside any workspace (default: %1), and prints "
            "its fingerprint: give that to whoever checks your signatures (your assessor, or "
            "the service you assess). Also writes the public key beside it as KEYFILE.pub "
            "(minisign format).")
            .arg(SigningKey::defaultPath())};
    QCommandLineParser parser;
    parser.addOption(Cli::outOption(WorkspaceCli::tr("Where to keep the key.")));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (int code = Cli::unexpectedArguments(parser, 0, command, err))
        return code;
    const QString path = parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out"))
                                                             : SigningKey::defaultPath();
    const QString pub = path + QStringLiteral(".pub");
    // A key whose public half was never written (a run stopped between the two): write it now
    // rather than refuse, as the key is never overwritten.
    if (QFileInfo::exists(path) && !QFileInfo::exists(pub)) {
        Expected<SigningKey> existing = SigningKey::load(path);
        if (!existing)
            return Cli::printErrors(err, existing.errors());
        if (Status s = saveFileAtomically(pub, existing->publicKey().toMinisignFile().toUtf8()); !s)
            return Cli::printErrors(err, s.errors());
        out << WorkspaceCli::tr("The key %1 exists; wrote its missing public key %2.")
                   .arg(path, pub)
            << '\n';
        out << WorkspaceCli::tr("Fingerprint: %1").arg(existing->fingerprint()) << '\n';
        return Cli::Success;
    }
    Expected<SigningKey> key = SigningKey::generate();
    if (!key)
        return Cli::printErrors(err, key.errors());
    if (QFileInfo::exists(path)) {
        // Refused by save() with its message; nothing is written.
        if (Status s = key->save(path); !s)
            return Cli::printErrors(err, s.errors());
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return Cli::printErrors(
            err, {Error{WorkspaceCli::tr("Cannot create the folder for the key"), folder}});
    }
    // The public key first, then the key: a run stopped between the two leaves a public key
    // whose key does not exist, which the next run replaces with a new pair. (An old .pub here
    // belongs to a key that is gone, as no key file exists.)
    if (Status s = saveFileAtomically(pub, key->publicKey().toMinisignFile().toUtf8()); !s)
        return Cli::printErrors(err, s.errors());
    if (Status s = key->save(path); !s) {
        QFile::remove(pub);
        return Cli::printErrors(err, s.errors());
    }
    out << WorkspaceCli::tr("Created the signing key %1 (readable by you only).").arg(path) << '\n';
    out << WorkspaceCli::tr("Public key:  %1").arg(key->publicKey().toMinisign()) << '\n';
    out << WorkspaceCli::tr("Fingerprint: %1").arg(key->fingerprint()) << '\n';
    return Cli::Success;
}

int runCreate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("pack create"),
        QStringLiteral("seqohs-tracker-cli pack create -w FILE --out PACK.zip [--key KEYFILE] "
                       "[--no-report] [--include-personal-data ID=REASON]..."),
        WorkspaceCli::tr(
            "Writes a signed submission pack for the assessor: a zip with a read-only snapshot "
            "of the workspace, every evidence file, the readiness report (PDF), a manifest of "
            "SHA-256 hashes and its signature. Signs with KEYFILE, or with your default key "
            "(%1), which is created on first use. Evidence marked as containing personal data "
            "is left out (from the snapshot too) unless it is included by id with a reason, "
            "which the audit trail records.")
            .arg(SigningKey::defaultPath())};
    QCommandLineParser parser;
    parser.addOption(Cli::workspaceOption());
    parser.addOption(Cli::outOption(WorkspaceCli::tr("The pack to write (.zip).")));
    parser.addOption(QCommandLineOption(QStringLiteral("key"),
                                        WorkspaceCli::tr("The signing key file."),
                                        QStringLiteral("KEYFILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("no-report"),
                                        WorkspaceCli::tr("Leave the readiness report out.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("include-personal-data"),
        WorkspaceCli::tr("Include evidence ID, marked as containing personal data, for REASON "
                         "(repeat for more)."),
        QStringLiteral("ID=REASON")));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    QHash<qint64, QString> includePersonal;
    for (const QString &given : parser.values(QStringLiteral("include-personal-data"))) {
        const qsizetype eq = given.indexOf(QLatin1Char('='));
        bool idOk = false;
        const qint64 id = given.left(eq).trimmed().toLongLong(&idOk);
        const QString reason = eq < 0 ? QString() : given.mid(eq + 1).trimmed();
        if (!idOk || reason.isEmpty()) {
            return Cli::usageError(
                err,
                WorkspaceCli::tr("--include-personal-data takes an evidence id and a reason, "
                                 "as in 12=\"the assessor asked for the signed original\"."),
                command);
        }
        includePersonal.insert(id, reason);
    }
    if (int code = Cli::unexpectedArguments(parser, 0, command, err))
        return code;
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return Cli::usageError(err, WorkspaceCli::tr("Name the pack with --out PACK.zip."),
                               command);

    Expected<PackJob::Key> key = PackJob::signingKey(parser.value(QStringLiteral("key")));
    if (!key)
        return Cli::printErrors(err, key.errors());

    int exitCode = Cli::Failure;
    // Read-write: the pack is recorded in the workspace so that the response can be matched.
    std::unique_ptr<Workspace> ws = Cli::openWorkspace(parser, command, err, exitCode);
    if (!ws)
        return exitCode;
    PackJob job(key->key);
    if (!parser.isSet(QStringLiteral("no-report"))) {
#ifdef SEQOHS_HAVE_REPORT
        job.setReportWriter([&workspace = *ws](const QString &pdf) -> Status {
            const Expected<ReadinessReport> report = PackJob::readinessReport(workspace);
            if (!report)
                return report.errors();
            return ReportRenderer(*report).writePdf(pdf);
        });
#else
        err << WorkspaceCli::tr(
                   "Note: this build has no report renderer; the pack has no readiness report.")
            << '\n';
#endif
    }
    // Ctrl-C or SIGTERM stops the pack at the next step and removes what was begun, rather
    // than leaving a copy of the workspace and every evidence file in a hidden folder.
    const Interruption interruption;
    job.setProgress([](qint64, qint64) { return !Interruption::requested(); });
    job.setPersonalDataIncluded(includePersonal);
    // Recorded before it takes its name: without the record the assessor's response could not
    // be matched to this pack, and a kill between the two must not leave such a pack.
    job.setBeforePublish(
        [&workspace = *ws](const PackSummary &made) { return PackJob::record(workspace, made); });
    Expected<PackSummary> summary = job.write(*ws, outPath);
    if (!summary)
        return Cli::printErrors(err, summary.errors());
    if (key->created)
        out << WorkspaceCli::tr("Created your signing key %1.").arg(key->path) << '\n';
    out << WorkspaceCli::tr("Wrote the pack %1: %2, %3 bytes of content.")
               .arg(summary->path,
                    WorkspaceCli::tr("%n evidence file(s)", nullptr, summary->evidenceFiles),
                    QString::number(summary->contentBytes))
        << '\n';
    if (summary->personalDataLeftOut > 0) {
        out << WorkspaceCli::tr("Left out %n evidence item(s) marked as containing personal "
                                "data; the manifest says so.",
                                nullptr, summary->personalDataLeftOut)
            << '\n';
    }
    for (const auto &[id, reason] : std::as_const(summary->personalDataIncluded)) {
        out << WorkspaceCli::tr("Included evidence %1, which holds personal data: %2")
                   .arg(id)
                   .arg(reason)
            << '\n';
    }
    out << WorkspaceCli::tr("Root hash:   %1").arg(summary->rootHash) << '\n';
    out << WorkspaceCli::tr("Fingerprint: %1").arg(summary->signerFingerprint) << '\n';
    out << WorkspaceCli::tr(
               "Give the fingerprint to your assessor by a separate channel (telephone, letter), "
               "so they can tell the pack is yours.")
        << '\n';
    return Cli::Success;
}

int runVerify(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("pack verify"),
        QStringLiteral("seqohs-tracker-cli pack verify PACK.zip [--public-key FINGERPRINT|FILE]"),
        WorkspaceCli::tr(
            "Checks a pack without changing it: refuses unsafe or oversized content, checks the "
            "signature (against the key you name, or else the pack's own key, whose fingerprint "
            "you then check with the service) and the SHA-256 of every file. Exits with 1 and "
            "names every failure.")};
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(
        QStringLiteral("public-key"),
        WorkspaceCli::tr("The signer's fingerprint, minisign public key or .pub file."),
        QStringLiteral("KEY")));
    parser.addPositionalArgument(QStringLiteral("PACK"), WorkspaceCli::tr("The pack."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(err, WorkspaceCli::tr("Name one pack."), command);
    PackVerifier verifier(parser.positionalArguments().first());
    verifier.setExpectedKey(parser.value(QStringLiteral("public-key")));
    const PackVerification result = verifier.verify();
    (result.ok() ? out : err) << result.summary() << '\n';
    return result.ok() ? Cli::Success : Cli::Failure;
}

int runFollowUp(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("pack followup"),
        QStringLiteral("seqohs-tracker-cli pack followup -w FILE --out FOLLOWUP.zip "
                       "[--key KEYFILE] [--response ID]"),
        WorkspaceCli::tr(
            "Writes a signed follow-up pack answering the latest assessor's response: for each "
            "standard found not met or needing further evidence, the evidence that is new or "
            "changed since the pack the assessor reviewed, the assessments that changed, and "
            "your answers to the required actions (actions answer). Sign it with the key that "
            "signed the reviewed pack (default: %1).")
            .arg(SigningKey::defaultPath())};
    QCommandLineParser parser;
    parser.addOption(Cli::workspaceOption());
    parser.addOption(Cli::outOption(WorkspaceCli::tr("The follow-up pack to write (.zip).")));
    parser.addOption(QCommandLineOption(QStringLiteral("key"),
                                        WorkspaceCli::tr("The signing key file."),
                                        QStringLiteral("KEYFILE")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("response"),
                           WorkspaceCli::tr("The response it answers (the latest one imported)."),
                           QStringLiteral("ID")));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (int code = Cli::unexpectedArguments(parser, 0, command, err))
        return code;
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return Cli::usageError(err, WorkspaceCli::tr("Name the pack with --out FOLLOWUP.zip."),
                               command);
    int exitCode = Cli::Failure;
    std::unique_ptr<Workspace> ws = Cli::openWorkspace(parser, command, err, exitCode);
    if (!ws)
        return exitCode;
    Expected<FollowUpPlan> plan = FollowUpPlan::make(*ws, parser.value(QStringLiteral("response")));
    if (!plan)
        return Cli::printErrors(err, plan.errors());
    // The key must be the one that signed the reviewed pack: never make a new one here.
    const QString keyPath = parser.isSet(QStringLiteral("key"))
                                ? parser.value(QStringLiteral("key"))
                                : SigningKey::defaultPath();
    Expected<SigningKey> key = SigningKey::load(keyPath);
    if (!key)
        return Cli::printErrors(err, key.errors());
    const Interruption interruption;
    FollowUpWriter writer(*ws, *key);
    writer.setProgress([](qint64, qint64) { return !Interruption::requested(); });
    // Recorded before it takes its name, so that a kill never leaves a follow-up the workspace
    // does not know (its response could not be imported).
    writer.setBeforePublish([&workspace = *ws, &planned = *plan](const PackSummary &made) {
        return FollowUpWriter::record(workspace, planned, made);
    });
    Expected<PackSummary> summary = writer.write(*plan, outPath);
    if (!summary)
        return Cli::printErrors(err, summary.errors());
    out << WorkspaceCli::tr("Wrote the follow-up pack %1 (round %2), answering response %3 on "
                            "pack %4.")
               .arg(summary->path)
               .arg(plan->round())
               .arg(plan->response.id, plan->base.rootHash.left(16))
        << '\n';
    for (const FollowUpContent::Standard &s : std::as_const(plan->content.standards)) {
        out << QStringLiteral("  %1  %2: ")
                   .arg(s.standardCode, -8)
                   .arg(findingResultDisplayName(s.earlier.result))
            << WorkspaceCli::tr("%n evidence item(s) new or changed", nullptr,
                                int(s.evidence.size()))
            << ", "
            << WorkspaceCli::tr("%n assessment(s) changed", nullptr, int(s.assessments.size()))
            << ", "
            << WorkspaceCli::tr("%1 of %2 required action(s) answered")
                   .arg(s.answers.size() - s.unanswered())
                   .arg(s.answers.size())
            << '\n';
    }
    for (const QString &warning : std::as_const(plan->warnings))
        err << WorkspaceCli::tr("Warning: %1").arg(warning) << '\n';
    if (plan->content.unanswered() > 0) {
        err << WorkspaceCli::tr("The pack was made all the same; answer with 'actions answer' and "
                                "make it again if the assessor should read the answers.")
            << '\n';
    }
    out << WorkspaceCli::tr("%n evidence file(s) in the pack.", nullptr, summary->evidenceFiles)
        << '\n';
    out << WorkspaceCli::tr("Root hash:   %1").arg(summary->rootHash) << '\n';
    out << WorkspaceCli::tr("Fingerprint: %1").arg(summary->signerFingerprint) << '\n';
    return Cli::Success;
}

int runRounds(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("pack rounds"),
        QStringLiteral("seqohs-tracker-cli pack rounds -w FILE [--json]"),
        WorkspaceCli::tr("Lists the rounds with the assessor: the full pack, then each follow-up, "
                         "each with the response to it and the finding per standard.")};
    QCommandLineParser parser;
    parser.addOptions({Cli::workspaceOption(), Cli::jsonOption()});
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (int code = Cli::unexpectedArguments(parser, 0, command, err))
        return code;
    int exitCode = Cli::Failure;
    std::unique_ptr<Workspace> ws =
        Cli::openWorkspace(parser, command, err, exitCode, Workspace::ReadOnly);
    if (!ws)
        return exitCode;
    const std::optional<QList<AssessmentRound>> rounds = Cli::take(AssessmentRounds::of(*ws), err);
    if (!rounds)
        return Cli::Failure;
    const QList<AssessmentRounds::StandardRow> standards =
        AssessmentRounds::standards(*ws, *rounds);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray roundsJson;
        for (const AssessmentRound &r : *rounds) {
            QJsonObject findings;
            for (const AssessmentRounds::StandardRow &s : standards) {
                if (r.response)
                    findings.insert(s.standardCode,
                                    findingResultToString(r.findingFor(s.standardId)));
            }
            QJsonObject o{{QStringLiteral("round"), r.number},
                          {QStringLiteral("kind"), r.pack.kind == PackRecord::Kind::FollowUp
                                                       ? QStringLiteral("follow-up")
                                                       : QStringLiteral("full")},
                          {QStringLiteral("pack"), r.pack.rootHash},
                          {QStringLiteral("file"), r.pack.fileName},
                          {QStringLiteral("created"), r.pack.created.toString(Qt::ISODateWithMs)},
                          {QStringLiteral("base"), r.pack.baseRootHash},
                          {QStringLiteral("findings"), findings}};
            if (r.response) {
                o.insert(QStringLiteral("response"), r.response->response.id);
                o.insert(QStringLiteral("recommendation"),
                         recommendationToString(r.response->response.recommendation));
            }
            roundsJson.append(o);
        }
        out << QJsonDocument(roundsJson).toJson(QJsonDocument::Indented);
        return Cli::Success;
    }
    if (rounds->isEmpty()) {
        out << WorkspaceCli::tr("No pack has been made from this workspace.") << '\n';
        return Cli::Success;
    }
    for (const AssessmentRound &r : *rounds) {
        out << WorkspaceCli::tr("Round %1: %2 %3 (%4), made %5")
                   .arg(r.number)
                   .arg(r.pack.kind == PackRecord::Kind::FollowUp ? WorkspaceCli::tr("follow-up")
                                                                  : WorkspaceCli::tr("full pack"),
                        r.pack.fileName, r.pack.rootHash.left(16),
                        r.pack.created.toLocalTime().toString(Qt::ISODate))
            << '\n';
        out << "         "
            << (r.response
                    ? WorkspaceCli::tr("response %1 from %2: %3")
                          .arg(r.response->response.id, r.response->response.assessor,
                               recommendationDisplayName(r.response->response.recommendation))
                    : WorkspaceCli::tr("no response yet"))
            << '\n';
    }
    if (standards.isEmpty())
        return Cli::Success;
    int width = int(WorkspaceCli::tr("Standard").size());
    for (const AssessmentRounds::StandardRow &s : standards)
        width = std::max(width, int(s.standardCode.size()));
    width += 2;
    out << '\n' << QStringLiteral("%1").arg(WorkspaceCli::tr("Standard"), -width);
    for (const AssessmentRound &r : *rounds)
        out << QStringLiteral("%1").arg(WorkspaceCli::tr("Round %1").arg(r.number), -28);
    out << '\n';
    for (const AssessmentRounds::StandardRow &s : standards) {
        out << QStringLiteral("%1").arg(s.standardCode, -width);
        for (const AssessmentRound &r : *rounds) {
            out << QStringLiteral("%1").arg(
                r.response ? findingResultDisplayName(r.findingFor(s.standardId))
                           : QStringLiteral("-"),
                -28);
        }
        out << '\n';
    }
    return Cli::Success;
}

int runPack(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("keygen"))
        return runKeygen(args, out, err);
    if (sub == QLatin1String("create"))
        return runCreate(args, out, err);
    if (sub == QLatin1String("verify"))
        return runVerify(args, out, err);
    if (sub == QLatin1String("followup"))
        return runFollowUp(args, out, err);
    if (sub == QLatin1String("rounds"))
        return runRounds(args, out, err);
    err << WorkspaceCli::tr("Usage: seqohs-tracker-cli pack keygen|create|verify|followup|rounds "
                            "... (--help for each)")
        << '\n';
    return Cli::Usage;
}

Command packCommand()
{
    // Only create renders (the readiness report that goes into the pack).
    return Command(QStringLiteral("pack"),
                   QStringLiteral(
                       "pack keygen|create|verify ...               signed submission packs\n"
                       "pack followup|rounds -w FILE ...            rounds with the assessor"),
                   61, runPack)
        .needingGui({QStringLiteral("create")});
}

} // namespace

SEQOHS_REGISTER_COMMAND(packCommand)
