// The submission pack command groups: "pack" (keygen, create, verify) for the service,
// "review" (open, set, recommend, show, report, respond) for the assessor, and "response"
// (import, show) for the service receiving the assessor's findings.

#include "commandgroup.h"
#include "common/savefile.h"
#include "workspacecli.h"

#include "common/clock.h"
#include "pack/packmanifest.h"
#include "pack/packverifier.h"
#include "pack/packwriter.h"
#include "pack/responsefile.h"
#include "pack/responseimport.h"
#include "pack/review.h"
#include "pack/signingkey.h"
#include "workspace/workspace.h"

#ifdef SEQOHS_HAVE_REPORT
#include "assessorreportrenderer.h"
#include "reporting/readinessreportbuilder.h"
#include "reportrenderer.h"
#include "scoring/scorer.h"
#include "workspace/scoringinputbuilder.h"
#endif

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace seqohs;
using Cli = WorkspaceCli;

namespace {

QString tr(const char *text)
{
    return Cli::tr(text);
}

QCommandLineOption outOption(const QString &what)
{
    return QCommandLineOption(QStringLiteral("out"), what, QStringLiteral("FILE"));
}

int unexpected(const QCommandLineParser &parser, int allowed, const Cli::Command &command,
               QTextStream &err)
{
    if (parser.positionalArguments().size() > allowed) {
        return Cli::usageError(
            err, tr("Unexpected argument '%1'.").arg(parser.positionalArguments().at(allowed)),
            command);
    }
    return Cli::Success;
}

// ---- pack ------------------------------------------------------------------------------------

int runKeygen(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("pack keygen"),
        QStringLiteral("seqohs-tracker-cli pack keygen [--out KEYFILE]"),
        tr("Creates an Ed25519 signing key, kept outside any workspace (default: %1), and prints "
           "its fingerprint: give that to whoever checks your signatures (your assessor, or "
           "the service you assess). Also writes the public key beside it as KEYFILE.pub "
           "(minisign format).")
            .arg(SigningKey::defaultPath())};
    QCommandLineParser parser;
    parser.addOption(outOption(tr("Where to keep the key.")));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (int code = unexpected(parser, 0, command, err))
        return code;
    const QString path = parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out"))
                                                             : SigningKey::defaultPath();
    Expected<SigningKey> key = SigningKey::generate();
    if (!key)
        return Cli::printErrors(err, key.errors());
    if (Status s = key->save(path); !s)
        return Cli::printErrors(err, s.errors());
    // The public key beside it, for the assessor (minisign -V -p FILE). The key was saved only
    // because no key file existed, so an old .pub here would belong to a key that is gone.
    const QString pub = path + QStringLiteral(".pub");
    if (Status s = saveFileAtomically(pub, key->publicKey().toMinisignFile().toUtf8()); !s)
        return Cli::printErrors(err, s.errors());
    out << tr("Created the signing key %1 (readable by you only).").arg(path) << '\n';
    out << tr("Public key:  %1").arg(key->publicKey().toMinisign()) << '\n';
    out << tr("Fingerprint: %1").arg(key->fingerprint()) << '\n';
    return Cli::Success;
}

#ifdef SEQOHS_HAVE_REPORT
// The readiness report as a PDF in dir, for the pack.
Expected<QString> renderReadinessPdf(const Workspace &ws, const QString &dir)
{
    const Expected<ScoringInput> read = scoringInputFor(ws, Clock::today());
    if (!read)
        return read.errors();
    const ScoringInput &input = *read;
    const ReadinessReport report = ReadinessReportBuilder::build(input, Scorer::score(input));
    const QString path = QDir(dir).filePath(QStringLiteral("readiness.pdf"));
    if (Status s = ReportRenderer(report).writePdf(path); !s)
        return s.errors();
    return path;
}
#endif

int runCreate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("pack create"),
        QStringLiteral("seqohs-tracker-cli pack create -w FILE --out PACK.zip [--key KEYFILE] "
                       "[--no-report]"),
        tr("Writes a signed submission pack for the assessor: a zip with a read-only snapshot "
           "of the workspace, every evidence file, the readiness report (PDF), a manifest of "
           "SHA-256 hashes and its signature. Signs with KEYFILE, or with your default key "
           "(%1), which is created on first use.")
            .arg(SigningKey::defaultPath())};
    QCommandLineParser parser;
    parser.addOption(Cli::workspaceOption());
    parser.addOption(outOption(tr("The pack to write (.zip).")));
    parser.addOption(QCommandLineOption(QStringLiteral("key"), tr("The signing key file."),
                                        QStringLiteral("KEYFILE")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("no-report"), tr("Leave the readiness report out.")));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (int code = unexpected(parser, 0, command, err))
        return code;
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return Cli::usageError(err, tr("Name the pack with --out PACK.zip."), command);

    QString keyPath = parser.value(QStringLiteral("key"));
    bool created = false;
    if (keyPath.isEmpty()) {
        keyPath = SigningKey::defaultPath();
        if (!QFileInfo::exists(keyPath)) {
            Expected<SigningKey> fresh = SigningKey::generate();
            if (!fresh)
                return Cli::printErrors(err, fresh.errors());
            if (Status s = fresh->save(keyPath); !s)
                return Cli::printErrors(err, s.errors());
            created = true;
        }
    }
    Expected<SigningKey> key = SigningKey::load(keyPath);
    if (!key)
        return Cli::printErrors(err, key.errors());

    int exitCode = Cli::Failure;
    // Read-write: the pack is recorded in the workspace so that the response can be matched.
    std::unique_ptr<Workspace> ws = Cli::openWorkspace(parser, command, err, exitCode);
    if (!ws)
        return exitCode;
    PackWriter writer(*ws, *key);
    QTemporaryDir reportDir;
    if (!reportDir.isValid()) {
        err << tr("Cannot create a private temporary folder for the report: %1")
                   .arg(reportDir.errorString())
            << '\n';
        return Cli::Failure;
    }
    if (!parser.isSet(QStringLiteral("no-report"))) {
#ifdef SEQOHS_HAVE_REPORT
        Expected<QString> pdf = renderReadinessPdf(*ws, reportDir.path());
        if (!pdf)
            return Cli::printErrors(err, pdf.errors());
        writer.setReadinessReportPdf(*pdf);
#else
        err << tr("Note: this build has no report renderer; the pack has no readiness report.")
            << '\n';
#endif
    }
    Expected<PackSummary> summary = writer.write(outPath);
    if (!summary)
        return Cli::printErrors(err, summary.errors());
    if (Status s = PackWriter::recordCreatedPack(*ws, *summary); !s) {
        // Without the record the assessor's response cannot be matched to this pack.
        err << tr("The pack was written but the workspace could not record it; create it "
                  "again before sending it.")
            << '\n';
        return Cli::printErrors(err, s.errors());
    }
    if (created)
        out << tr("Created your signing key %1.").arg(keyPath) << '\n';
    out << tr("Wrote the pack %1: %2 evidence files, %3 bytes of content.")
               .arg(summary->path)
               .arg(summary->evidenceFiles)
               .arg(summary->contentBytes)
        << '\n';
    out << tr("Root hash:   %1").arg(summary->rootHash) << '\n';
    out << tr("Fingerprint: %1").arg(summary->signerFingerprint) << '\n';
    out << tr("Give the fingerprint to your assessor by a separate channel (telephone, letter), "
              "so they can tell the pack is yours.")
        << '\n';
    return Cli::Success;
}

int runVerify(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("pack verify"),
        QStringLiteral("seqohs-tracker-cli pack verify PACK.zip [--public-key FINGERPRINT|FILE]"),
        tr("Checks a pack without changing it: refuses unsafe or oversized content, checks the "
           "signature (against the key you name, or else the pack's own key, whose fingerprint "
           "you then check with the service) and the SHA-256 of every file. Exits with 1 and "
           "names every failure.")};
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(
        QStringLiteral("public-key"),
        tr("The signer's fingerprint, minisign public key or .pub file."), QStringLiteral("KEY")));
    parser.addPositionalArgument(QStringLiteral("PACK"), tr("The pack."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(err, tr("Name one pack."), command);
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
    err << tr("Usage: seqohs-tracker-cli pack keygen|create|verify ... (--help for each)") << '\n';
    return Cli::Usage;
}

// ---- review ----------------------------------------------------------------------------------

Expected<Review> loadReview(const QCommandLineParser &parser)
{
    return Review::load(parser.positionalArguments().value(0));
}

int saveReview(Review &review, const QString &path, QTextStream &err)
{
    review.updated = Clock::now().toUTC();
    if (Status s = review.save(path); !s)
        return Cli::printErrors(err, s.errors());
    return Cli::Success;
}

int runReviewOpen(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("review open"),
        QStringLiteral("seqohs-tracker-cli review open PACK.zip --review REVIEW [--assessor NAME] "
                       "[--public-key FINGERPRINT|FILE]"),
        tr("Verifies a pack and starts your review of it: REVIEW is your own file, kept beside "
           "the pack (never inside it), with one finding per standard that applies to the "
           "service.")};
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("review"), tr("The review file to create."),
                                        QStringLiteral("REVIEW")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("assessor"), tr("Your name."), QStringLiteral("NAME")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("public-key"),
                           tr("The service's key fingerprint, minisign public key or .pub file."),
                           QStringLiteral("KEY")));
    parser.addPositionalArgument(QStringLiteral("PACK"), tr("The pack."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(err, tr("Name one pack."), command);
    const QString reviewPath = parser.value(QStringLiteral("review"));
    if (reviewPath.isEmpty())
        return Cli::usageError(err, tr("Name your review file with --review FILE."), command);
    if (QFileInfo::exists(reviewPath)) {
        err << tr("%1: a review file exists already; it is never overwritten. Choose another "
                  "name, or carry on with 'review set'.")
                   .arg(reviewPath)
            << '\n';
        return Cli::Failure;
    }
    const QString packPath = parser.positionalArguments().first();
    QTemporaryDir extract;
    if (!extract.isValid()) {
        err << tr("Cannot create a private temporary folder: %1").arg(extract.errorString())
            << '\n';
        return Cli::Failure;
    }
    PackVerifier verifier(packPath);
    verifier.setExpectedKey(parser.value(QStringLiteral("public-key")));
    verifier.setExtractTo(extract.path(), {PackManifest::WorkspacePath});
    const PackVerification result = verifier.verify();
    if (!result.ok()) {
        err << result.summary() << '\n';
        return Cli::Failure;
    }
    out << result.summary() << '\n';
    Expected<std::unique_ptr<Workspace>> ws = Workspace::open(
        QDir(extract.path()).filePath(PackManifest::WorkspacePath), Workspace::ReadOnly);
    if (!ws)
        return Cli::printErrors(err, ws.errors());
    QString assessor = parser.value(QStringLiteral("assessor"));
    if (assessor.isEmpty())
        assessor = Workspace::userName();
    const std::optional<ServiceProfile> profile = Cli::take((*ws)->profile(), err);
    if (!profile)
        return Cli::Failure;
    Review review = Review::begin(result, packPath, (*ws)->standardsSet(), *profile, assessor);
    if (int code = saveReview(review, reviewPath, err))
        return code;
    out << tr("Started the review %1 of %2: %3 standards to assess.")
               .arg(reviewPath, review.serviceName)
               .arg(review.findings.size())
        << '\n';
    return Cli::Success;
}

int runReviewSet(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("review set"),
        QStringLiteral("seqohs-tracker-cli review set REVIEW STANDARD --finding F [--grade G] "
                       "[--comment TEXT] [--action TEXT [--due DATE]]..."),
        tr("Records the finding for one standard (id or code). F: met, not-met, "
           "further-evidence-required. G: major-non-conformity, minor-non-conformity, "
           "observation, good-practice, none. --action replaces the standard's required "
           "actions; the n-th --due belongs to the n-th --action.")};
    QCommandLineParser parser;
    const QCommandLineOption finding(QStringLiteral("finding"), tr("The finding."),
                                     QStringLiteral("F"));
    const QCommandLineOption grade(QStringLiteral("grade"), tr("The grade."), QStringLiteral("G"));
    const QCommandLineOption comment(QStringLiteral("comment"), tr("Your comments."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption action(QStringLiteral("action"),
                                    tr("A required action (repeat for more)."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption due(QStringLiteral("due"), tr("The due date of the action before it."),
                                 QStringLiteral("DATE"));
    parser.addOptions({finding, grade, comment, action, due});
    parser.addPositionalArgument(QStringLiteral("REVIEW"), tr("Your review file."));
    parser.addPositionalArgument(QStringLiteral("STANDARD"), tr("Standard id or code."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (parser.positionalArguments().size() != 2)
        return Cli::usageError(err, tr("Name the review file and one standard."), command);
    Expected<Review> review = loadReview(parser);
    if (!review)
        return Cli::printErrors(err, review.errors());
    const QString standard = parser.positionalArguments().at(1);
    StandardFinding *f = review->finding(standard);
    if (!f) {
        err << tr("%1: the review has no standard \"%2\"; use a standard's id or code as 'review "
                  "show' lists them.")
                   .arg(parser.positionalArguments().first(), standard)
            << '\n';
        return Cli::Failure;
    }
    const auto result = findingResultFromString(parser.value(finding));
    if (!result || *result == FindingResult::NotRecorded) {
        return Cli::usageError(
            err, tr("--finding must be met, not-met or further-evidence-required."), command);
    }
    std::optional<FindingGrade> g = FindingGrade::None;
    if (parser.isSet(grade)) {
        g = findingGradeFromString(parser.value(grade));
        if (!g)
            return Cli::usageError(err,
                                   tr("--grade must be major-non-conformity, minor-non-conformity, "
                                      "observation, good-practice or none."),
                                   command);
    }
    const QStringList actions = parser.values(action);
    const QStringList dues = parser.values(due);
    if (dues.size() > actions.size())
        return Cli::usageError(err, tr("Each --due follows the --action it belongs to."), command);
    QList<RequiredAction> required;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        RequiredAction a{actions.at(i), {}};
        if (i < dues.size()) {
            a.due = QDate::fromString(dues.at(i), Qt::ISODate);
            if (!a.due.isValid())
                return Cli::usageError(
                    err, tr("--due: '%1' is not a date; write it as YYYY-MM-DD.").arg(dues.at(i)),
                    command);
        }
        required.append(a);
    }
    f->result = *result;
    if (parser.isSet(grade))
        f->grade = *g;
    if (parser.isSet(comment))
        f->comments = parser.value(comment);
    if (parser.isSet(action))
        f->actions = required;
    f->recorded = Clock::now().toUTC();
    const QString code = f->standardCode;
    const QString text = findingResultDisplayName(f->result);
    if (int c = saveReview(*review, parser.positionalArguments().first(), err))
        return c;
    out << tr("%1: %2.").arg(code, text) << ' '
        << tr("%1 standards still without a finding.").arg(review->unrecorded()) << '\n';
    return Cli::Success;
}

int runReviewRecommend(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("review recommend"),
        QStringLiteral("seqohs-tracker-cli review recommend REVIEW accredit|defer-with-actions|"
                       "not-accredit [--summary TEXT]"),
        tr("Records your overall recommendation and, optionally, your overall comments.")};
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("summary"), tr("Overall comments."),
                                        QStringLiteral("TEXT")));
    parser.addPositionalArgument(QStringLiteral("REVIEW"), tr("Your review file."));
    parser.addPositionalArgument(QStringLiteral("RECOMMENDATION"), tr("The recommendation."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (parser.positionalArguments().size() != 2)
        return Cli::usageError(err, tr("Name the review file and the recommendation."), command);
    const auto rec = recommendationFromString(parser.positionalArguments().at(1));
    if (!rec || *rec == Recommendation::None)
        return Cli::usageError(
            err, tr("The recommendation is accredit, defer-with-actions or not-accredit."),
            command);
    Expected<Review> review = loadReview(parser);
    if (!review)
        return Cli::printErrors(err, review.errors());
    review->recommendation = *rec;
    if (parser.isSet(QStringLiteral("summary")))
        review->summary = parser.value(QStringLiteral("summary"));
    if (int c = saveReview(*review, parser.positionalArguments().first(), err))
        return c;
    out << tr("Recommendation: %1.").arg(recommendationDisplayName(*rec)) << '\n';
    if (review->unrecorded() > 0)
        out << tr("Note: %1 standards have no finding yet.").arg(review->unrecorded()) << '\n';
    return Cli::Success;
}

int runReviewShow(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{QStringLiteral("review show"),
                               QStringLiteral("seqohs-tracker-cli review show REVIEW"),
                               tr("Lists every standard of the review with its finding.")};
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("REVIEW"), tr("Your review file."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(err, tr("Name the review file."), command);
    Expected<Review> review = loadReview(parser);
    if (!review)
        return Cli::printErrors(err, review.errors());
    out << tr("Review of %1 by %2 (pack %3)")
               .arg(review->serviceName, review->assessor, review->packRootHash.left(16))
        << '\n';
    out << tr("Recommendation: %1").arg(recommendationDisplayName(review->recommendation)) << '\n';
    for (const StandardFinding &f : review->findings) {
        out << QStringLiteral("  %1  %2  %3")
                   .arg(f.standardCode, -8)
                   .arg(findingResultDisplayName(f.result), -26)
                   .arg(f.standardTitle);
        if (f.grade != FindingGrade::None)
            out << QStringLiteral(" [%1]").arg(findingGradeDisplayName(f.grade));
        out << '\n';
        for (const RequiredAction &a : f.actions)
            out << QStringLiteral("      - %1 (due %2)").arg(a.text, a.due.toString(Qt::ISODate))
                << '\n';
    }
    return Cli::Success;
}

int runReviewReport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("review report"),
        QStringLiteral("seqohs-tracker-cli review report REVIEW --out FILE.pdf"),
        tr("Writes the assessor report (PDF): the recommendation, the "
           "finding per standard with grades, comments and required actions.")};
    QCommandLineParser parser;
    parser.addOption(outOption(tr("The PDF to write.")));
    parser.addPositionalArgument(QStringLiteral("REVIEW"), tr("Your review file."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(err, tr("Name the review file."), command);
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return Cli::usageError(err, tr("Name the report with --out FILE.pdf."), command);
    Expected<Review> review = loadReview(parser);
    if (!review)
        return Cli::printErrors(err, review.errors());
#ifdef SEQOHS_HAVE_REPORT
    AssessorReportRenderer renderer(*review);
    // The pack is kept beside the review: when it is there and still verifies, each finding
    // shows its criteria with the service's result and evidence from the snapshot.
    const QString packPath =
        QFileInfo(parser.positionalArguments().first()).dir().filePath(review->packFile);
    if (!review->packFile.isEmpty() && QFileInfo(packPath).isFile()) {
        QTemporaryDir extract;
        PackVerifier verifier(packPath);
        verifier.setExtractTo(extract.path(), {PackManifest::WorkspacePath});
        const PackVerification verified = verifier.verify();
        if (verified.ok() && verified.manifest.rootHash == review->packRootHash) {
            auto snapshot = Workspace::open(
                QDir(extract.path()).filePath(PackManifest::WorkspacePath), Workspace::ReadOnly);
            if (snapshot) {
                auto criteria = AssessorReportRenderer::criteriaOf(**snapshot);
                if (!criteria)
                    return Cli::printErrors(err, criteria.errors());
                renderer.setCriteria(*criteria);
            }
        }
    }
    if (Status s = renderer.writePdf(outPath); !s)
        return Cli::printErrors(err, s.errors());
    out << tr("Wrote the assessor report to %1.").arg(outPath) << '\n';
    return Cli::Success;
#else
    err << tr("seqohs-tracker-cli: this build has no report renderer; build with SEQOHS_GUI=ON "
              "to write the assessor report.")
        << '\n';
    return Cli::Failure;
#endif
}

int runReviewRespond(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("review respond"),
        QStringLiteral(
            "seqohs-tracker-cli review respond REVIEW --out RESPONSE.json --key ASSESSOR-KEY"),
        tr("Writes the response for the service: your findings and recommendation, signed with "
           "your key. Give the service your key's fingerprint so it can check the signature.")};
    QCommandLineParser parser;
    parser.addOption(outOption(tr("The response file to write.")));
    parser.addOption(QCommandLineOption(QStringLiteral("key"), tr("Your signing key file."),
                                        QStringLiteral("KEYFILE")));
    parser.addPositionalArgument(QStringLiteral("REVIEW"), tr("Your review file."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(err, tr("Name the review file."), command);
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty() || !parser.isSet(QStringLiteral("key")))
        return Cli::usageError(err, tr("Give --out RESPONSE.json and --key KEYFILE."), command);
    Expected<Review> review = loadReview(parser);
    if (!review)
        return Cli::printErrors(err, review.errors());
    Expected<SigningKey> key = SigningKey::load(parser.value(QStringLiteral("key")));
    if (!key)
        return Cli::printErrors(err, key.errors());
    Expected<ResponseFile> response = ResponseFile::fromReview(*review);
    if (!response)
        return Cli::printErrors(err, response.errors());
    if (Status s = response->save(outPath, *key); !s)
        return Cli::printErrors(err, s.errors());
    out << tr("Wrote the signed response %1: %2 findings, recommendation %3.")
               .arg(outPath)
               .arg(response->findings.size())
               .arg(recommendationDisplayName(response->recommendation))
        << '\n';
    out << tr("Your key's fingerprint: %1").arg(key->fingerprint()) << '\n';
    if (review->unrecorded() > 0)
        out << tr("Note: %1 standards have no finding and are not in the response.")
                   .arg(review->unrecorded())
            << '\n';
    return Cli::Success;
}

int runReview(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("open"))
        return runReviewOpen(args, out, err);
    if (sub == QLatin1String("set"))
        return runReviewSet(args, out, err);
    if (sub == QLatin1String("recommend"))
        return runReviewRecommend(args, out, err);
    if (sub == QLatin1String("show"))
        return runReviewShow(args, out, err);
    if (sub == QLatin1String("report"))
        return runReviewReport(args, out, err);
    if (sub == QLatin1String("respond"))
        return runReviewRespond(args, out, err);
    err << tr("Usage: seqohs-tracker-cli review open|set|recommend|show|report|respond ... "
              "(--help for each)")
        << '\n';
    return Cli::Usage;
}

// ---- response --------------------------------------------------------------------------------

int runResponseImport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("response import"),
        QStringLiteral("seqohs-tracker-cli response import RESPONSE.json -w FILE "
                       "[--assessor-key FINGERPRINT]"),
        tr("Imports the assessor's signed response into the workspace that made the pack: the "
           "findings appear on the criteria and the required actions become actions.")};
    QCommandLineParser parser;
    parser.addOption(Cli::workspaceOption());
    parser.addOption(QCommandLineOption(QStringLiteral("assessor-key"),
                                        tr("The fingerprint of your assessor's key."),
                                        QStringLiteral("FINGERPRINT")));
    parser.addPositionalArgument(QStringLiteral("RESPONSE"), tr("The response file."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(err, tr("Name one response file."), command);
    int exitCode = Cli::Failure;
    std::unique_ptr<Workspace> ws = Cli::openWorkspace(parser, command, err, exitCode);
    if (!ws)
        return exitCode;
    Expected<ResponseImport::Result> result = ResponseImport::importFile(
        *ws, parser.positionalArguments().first(), parser.value(QStringLiteral("assessor-key")));
    if (!result)
        return Cli::printErrors(err, result.errors());
    const ResponseFile &r = result->response;
    out << tr("Imported the response of %1: %2, %3 findings, %4 required actions added.")
               .arg(r.assessor, recommendationDisplayName(r.recommendation))
               .arg(r.findings.size())
               .arg(result->actionsAdded)
        << '\n';
    if (!parser.isSet(QStringLiteral("assessor-key"))) {
        out << tr("Signed by key %1: check this fingerprint with your assessor.")
                   .arg(r.assessorKey.fingerprint())
            << '\n';
    }
    return Cli::Success;
}

int runResponseShow(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("response show"),
        QStringLiteral("seqohs-tracker-cli response show -w FILE [--item ID]"),
        tr("Lists the imported responses and their findings; with --item, the findings about one "
           "criterion or standard, marked when the item changed after the response.")};
    QCommandLineParser parser;
    parser.addOption(Cli::workspaceOption());
    parser.addOption(QCommandLineOption(QStringLiteral("item"), tr("A criterion or standard id."),
                                        QStringLiteral("ID")));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (int code = unexpected(parser, 0, command, err))
        return code;
    int exitCode = Cli::Failure;
    std::unique_ptr<Workspace> ws =
        Cli::openWorkspace(parser, command, err, exitCode, Workspace::ReadOnly);
    if (!ws)
        return exitCode;
    if (parser.isSet(QStringLiteral("item"))) {
        const std::optional<QList<ImportedFinding>> read =
            Cli::take(ResponseImport::findingsFor(*ws, parser.value(QStringLiteral("item"))), err);
        if (!read)
            return Cli::Failure;
        const QList<ImportedFinding> &findings = *read;
        if (findings.isEmpty())
            out << tr("No assessor finding concerns %1.").arg(parser.value(QStringLiteral("item")))
                << '\n';
        for (const ImportedFinding &f : findings)
            out << f.displayText() << '\n';
        return Cli::Success;
    }
    const std::optional<QList<StoredResponse>> read =
        Cli::take(ResponseImport::responses(*ws), err);
    if (!read)
        return Cli::Failure;
    const QList<StoredResponse> &responses = *read;
    if (responses.isEmpty())
        out << tr("No assessor response has been imported.") << '\n';
    for (const StoredResponse &s : responses) {
        out << tr("Response from %1 (key %2), imported %3: %4")
                   .arg(s.response.assessor, s.response.assessorKey.fingerprint(),
                        s.imported.toLocalTime().toString(Qt::ISODate),
                        recommendationDisplayName(s.response.recommendation))
            << '\n';
        for (const StandardFinding &f : s.response.findings) {
            bool reReview = false;
            for (const QString &id : f.criterionIds) {
                const std::optional<Assessment> a = Cli::take(ws->assessment(id), err);
                if (!a)
                    return Cli::Failure;
                const QDateTime reviewed = a->lastReviewed;
                reReview = reReview || (reviewed.isValid() && reviewed > s.imported);
            }
            out << QStringLiteral("  %1  %2")
                       .arg(f.standardCode, -8)
                       .arg(findingResultDisplayName(f.result));
            if (f.grade != FindingGrade::None)
                out << QStringLiteral(" (%1)").arg(findingGradeDisplayName(f.grade));
            if (reReview)
                out << ' ' << tr("[changed since: needs re-review]");
            out << '\n';
        }
    }
    return Cli::Success;
}

int runResponse(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("import"))
        return runResponseImport(args, out, err);
    if (sub == QLatin1String("show"))
        return runResponseShow(args, out, err);
    err << tr("Usage: seqohs-tracker-cli response import|show ... (--help for each)") << '\n';
    return Cli::Usage;
}

CommandGroup packGroup()
{
    return {QStringLiteral("pack"),
            QStringLiteral("pack keygen|create|verify ...               signed submission packs"),
            60, runPack};
}
CommandGroup reviewGroup()
{
    return {QStringLiteral("review"),
            QStringLiteral("review open|set|recommend|show|report|respond   assess a pack"), 61,
            runReview};
}
CommandGroup responseGroup()
{
    return {QStringLiteral("response"),
            QStringLiteral("response import|show -w FILE ...             the assessor's findings"),
            62, runResponse};
}

} // namespace

SEQOHS_REGISTER_COMMAND_GROUP(packGroup)
SEQOHS_REGISTER_COMMAND_GROUP(reviewGroup)
SEQOHS_REGISTER_COMMAND_GROUP(responseGroup)
