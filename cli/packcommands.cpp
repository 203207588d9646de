// The "pack" command: keygen, create and verify, for the service that sends its submission
// pack to the assessor.

#include "command.h"
#include "interruption.h"
#include "workspacecli.h"

#include "common/savefile.h"
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
    Expected<PackSummary> summary = job.write(*ws, outPath);
    if (!summary)
        return Cli::printErrors(err, summary.errors());
    if (Status s = PackJob::record(*ws, *summary); !s) {
        // Without the record the assessor's response cannot be matched to this pack.
        err << WorkspaceCli::tr(
                   "The pack was written but the workspace could not record it; create it "
                   "again before sending it.")
            << '\n';
        return Cli::printErrors(err, s.errors());
    }
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

int runPack(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("keygen"))
        return runKeygen(args, out, err);
    if (sub == QLatin1String("create"))
        return runCreate(args, out, err);
    if (sub == QLatin1String("verify"))
        return runVerify(args, out, err);
    err << WorkspaceCli::tr(
               "Usage: seqohs-tracker-cli pack keygen|create|verify ... (--help for each)")
        << '\n';
    return Cli::Usage;
}

Command packCommand()
{
    // Only create renders (the readiness report that goes into the pack).
    return Command(QStringLiteral("pack"),
                   QStringLiteral(
                       "pack keygen|create|verify ...               signed submission packs"),
                   61, runPack)
        .needingGui({QStringLiteral("create")});
}

} // namespace

SEQOHS_REGISTER_COMMAND(packCommand)
