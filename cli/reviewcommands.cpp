// The "review" command: open, set, recommend, show, report and respond, for the assessor who
// reviews a submission pack.

#include "command.h"
#include "workspacecli.h"

#include "pack/findingupdate.h"
#include "pack/followupreader.h"
#include "pack/packmanifest.h"
#include "pack/packverifier.h"
#include "pack/responsefile.h"
#include "pack/review.h"
#include "pack/signingkey.h"
#include "workspace/workspace.h"

#ifdef SEQOHS_HAVE_REPORT
#include "assessorreportrenderer.h"
#endif

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace seqohs;
using Cli = WorkspaceCli;

namespace {

Expected<Review> loadReview(const QCommandLineParser &parser)
{
    return Review::load(parser.positionalArguments().value(0));
}

int saveReview(Review &review, const QString &path, QTextStream &err)
{
    if (Status s = FindingUpdate::saveChanged(review, path); !s)
        return Cli::printErrors(err, s.errors());
    return Cli::Success;
}

int runReviewOpen(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("review open"),
        QStringLiteral("seqohs-tracker-cli review open PACK.zip --review REVIEW [--assessor NAME] "
                       "[--public-key FINGERPRINT|FILE]"),
        WorkspaceCli::tr(
            "Verifies a pack and starts your review of it: REVIEW is your own file, kept beside "
            "the pack (never inside it), with one finding per standard that applies to the "
            "service.")};
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("review"),
                                        WorkspaceCli::tr("The review file to create."),
                                        QStringLiteral("REVIEW")));
    parser.addOption(QCommandLineOption(QStringLiteral("assessor"), WorkspaceCli::tr("Your name."),
                                        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("public-key"),
        WorkspaceCli::tr("The service's key fingerprint, minisign public key or .pub file."),
        QStringLiteral("KEY")));
    parser.addPositionalArgument(QStringLiteral("PACK"), WorkspaceCli::tr("The pack."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(err, WorkspaceCli::tr("Name one pack."), command);
    const QString reviewPath = parser.value(QStringLiteral("review"));
    if (reviewPath.isEmpty())
        return Cli::usageError(err, WorkspaceCli::tr("Name your review file with --review FILE."),
                               command);
    if (QFileInfo::exists(reviewPath)) {
        err << WorkspaceCli::tr(
                   "%1: a review file exists already; it is never overwritten. Choose another "
                   "name, or carry on with 'review set'.")
                   .arg(reviewPath)
            << '\n';
        return Cli::Failure;
    }
    const QString packPath = parser.positionalArguments().first();
    QTemporaryDir extract;
    if (!extract.isValid()) {
        err << WorkspaceCli::tr("Cannot create a private temporary folder: %1")
                   .arg(extract.errorString())
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
    if (result.manifest.isFollowUp()) {
        err << WorkspaceCli::tr("%1 is a follow-up pack: apply it to the review of the pack it "
                                "follows up with 'review followup %1 --review REVIEW'.")
                   .arg(packPath)
            << '\n';
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
    out << WorkspaceCli::tr("Started the review %1 of %2: %n standard(s) to assess.", nullptr,
                            int(review.findings.size()))
               .arg(reviewPath, review.serviceName)
        << '\n';
    return Cli::Success;
}

int runReviewSet(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("review set"),
        QStringLiteral("seqohs-tracker-cli review set REVIEW STANDARD --finding F [--grade G] "
                       "[--comment TEXT] [--action TEXT [--due DATE]]..."),
        WorkspaceCli::tr(
            "Records the finding for one standard (id or code). F: met, not-met, "
            "further-evidence-required. G: major-non-conformity, minor-non-conformity, "
            "observation, good-practice, none. --action replaces the standard's required "
            "actions; the n-th --due belongs to the n-th --action.")};
    QCommandLineParser parser;
    const QCommandLineOption finding(QStringLiteral("finding"), WorkspaceCli::tr("The finding."),
                                     QStringLiteral("F"));
    const QCommandLineOption grade(QStringLiteral("grade"), WorkspaceCli::tr("The grade."),
                                   QStringLiteral("G"));
    const QCommandLineOption comment(QStringLiteral("comment"), WorkspaceCli::tr("Your comments."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption action(QStringLiteral("action"),
                                    WorkspaceCli::tr("A required action (repeat for more)."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption due(QStringLiteral("due"),
                                 WorkspaceCli::tr("The due date of the action before it."),
                                 QStringLiteral("DATE"));
    parser.addOptions({finding, grade, comment, action, due});
    parser.addPositionalArgument(QStringLiteral("REVIEW"), WorkspaceCli::tr("Your review file."));
    parser.addPositionalArgument(QStringLiteral("STANDARD"),
                                 WorkspaceCli::tr("Standard id or code."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (parser.positionalArguments().size() != 2)
        return Cli::usageError(err, WorkspaceCli::tr("Name the review file and one standard."),
                               command);
    Expected<Review> review = loadReview(parser);
    if (!review)
        return Cli::printErrors(err, review.errors());
    const QString standard = parser.positionalArguments().at(1);
    StandardFinding *f = review->finding(standard);
    if (!f) {
        err << WorkspaceCli::tr(
                   "%1: the review has no standard \"%2\"; use a standard's id or code as 'review "
                   "show' lists them.")
                   .arg(parser.positionalArguments().first(), standard)
            << '\n';
        return Cli::Failure;
    }
    const auto result = findingResultFromString(parser.value(finding));
    if (!result || *result == FindingResult::NotRecorded) {
        return Cli::usageError(
            err, WorkspaceCli::tr("--finding must be met, not-met or further-evidence-required."),
            command);
    }
    std::optional<FindingGrade> g = FindingGrade::None;
    if (parser.isSet(grade)) {
        g = findingGradeFromString(parser.value(grade));
        if (!g)
            return Cli::usageError(
                err,
                WorkspaceCli::tr("--grade must be major-non-conformity, minor-non-conformity, "
                                 "observation, good-practice or none."),
                command);
    }
    const QStringList actions = parser.values(action);
    const QStringList dues = parser.values(due);
    if (dues.size() > actions.size())
        return Cli::usageError(
            err, WorkspaceCli::tr("Each --due follows the --action it belongs to."), command);
    QList<RequiredAction> required;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        RequiredAction a{actions.at(i), {}};
        if (i < dues.size()) {
            a.due = QDate::fromString(dues.at(i), Qt::ISODate);
            if (!a.due.isValid())
                return Cli::usageError(
                    err,
                    WorkspaceCli::tr("--due: '%1' is not a date; write it as YYYY-MM-DD.")
                        .arg(dues.at(i)),
                    command);
        }
        required.append(a);
    }
    FindingUpdate update;
    update.result = *result;
    if (parser.isSet(grade))
        update.grade = *g;
    if (parser.isSet(comment))
        update.comments = parser.value(comment);
    if (parser.isSet(action))
        update.actions = required;
    update.applyTo(*f);
    const QString code = f->standardCode;
    const QString text = findingResultDisplayName(f->result);
    if (int c = saveReview(*review, parser.positionalArguments().first(), err))
        return c;
    out << WorkspaceCli::tr("%1: %2.").arg(code, text) << ' '
        << WorkspaceCli::tr("%n standard(s) still without a finding.", nullptr,
                            review->unrecorded())
        << '\n';
    return Cli::Success;
}

int runReviewRecommend(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("review recommend"),
        QStringLiteral("seqohs-tracker-cli review recommend REVIEW accredit|defer-with-actions|"
                       "not-accredit [--summary TEXT]"),
        WorkspaceCli::tr(
            "Records your overall recommendation and, optionally, your overall comments.")};
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(
        QStringLiteral("summary"), WorkspaceCli::tr("Overall comments."), QStringLiteral("TEXT")));
    parser.addPositionalArgument(QStringLiteral("REVIEW"), WorkspaceCli::tr("Your review file."));
    parser.addPositionalArgument(QStringLiteral("RECOMMENDATION"),
                                 WorkspaceCli::tr("The recommendation."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (parser.positionalArguments().size() != 2)
        return Cli::usageError(
            err, WorkspaceCli::tr("Name the review file and the recommendation."), command);
    const auto rec = recommendationFromString(parser.positionalArguments().at(1));
    if (!rec || *rec == Recommendation::None)
        return Cli::usageError(
            err,
            WorkspaceCli::tr("The recommendation is accredit, defer-with-actions or not-accredit."),
            command);
    Expected<Review> review = loadReview(parser);
    if (!review)
        return Cli::printErrors(err, review.errors());
    review->recommendation = *rec;
    if (parser.isSet(QStringLiteral("summary")))
        review->summary = parser.value(QStringLiteral("summary"));
    if (int c = saveReview(*review, parser.positionalArguments().first(), err))
        return c;
    out << WorkspaceCli::tr("Recommendation: %1.").arg(recommendationDisplayName(*rec)) << '\n';
    if (review->unrecorded() > 0)
        out << WorkspaceCli::tr("Note: %n standard(s) have no finding yet.", nullptr,
                                review->unrecorded())
            << '\n';
    return Cli::Success;
}

// A standard's earlier finding and what the current round's follow-up says is new for it.
void printNewSinceLastRound(const Review &review, const QString &standardId, QTextStream &out)
{
    const QString indent = QStringLiteral("      ");
    for (const auto &[round, earlier] : review.history(standardId)) {
        out << indent
            << WorkspaceCli::tr("Earlier finding (round %1): %2")
                   .arg(round)
                   .arg(findingResultDisplayName(earlier.result));
        if (!earlier.comments.isEmpty())
            out << QStringLiteral(" - ") << earlier.comments;
        out << '\n';
    }
    const FollowUpContent::Standard *s = review.newSinceLastRound(standardId);
    if (!s)
        return;
    out << indent << WorkspaceCli::tr("New since last round:") << '\n';
    if (s->evidence.isEmpty() && s->assessments.isEmpty())
        out << indent << "  " << WorkspaceCli::tr("no evidence or assessment changed") << '\n';
    for (const FollowUpContent::EvidenceChange &e : s->evidence) {
        QString where = e.path;
        if (e.kind == QLatin1String("link"))
            where = e.url;
        out << indent << "  "
            << WorkspaceCli::tr("evidence %1 (%2, %3): %4")
                   .arg(e.id)
                   .arg(e.change, e.kind, e.title);
        if (!where.isEmpty())
            out << QStringLiteral(" [%1]").arg(where);
        out << '\n';
        if (e.kind == QLatin1String("statement"))
            out << indent << "    " << e.statement << '\n';
    }
    for (const FollowUpContent::AssessmentChange &a : s->assessments) {
        out << indent << "  "
            << WorkspaceCli::tr("assessment %1: %2 -> %3")
                   .arg(a.itemCode,
                        resultDisplayName(resultFromString(a.resultBefore)
                                              .value_or(AssessmentResult::NotAssessed)),
                        resultDisplayName(
                            resultFromString(a.resultNow).value_or(AssessmentResult::NotAssessed)))
            << '\n';
        if (a.narrativeBefore != a.narrativeNow)
            out << indent << "    " << WorkspaceCli::tr("narrative now: %1").arg(a.narrativeNow)
                << '\n';
        if (a.justificationBefore != a.justificationNow)
            out << indent << "    "
                << WorkspaceCli::tr("justification now: %1").arg(a.justificationNow) << '\n';
    }
    for (const FollowUpContent::Answer &a : s->answers) {
        out << indent << "  "
            << (a.answer.isEmpty()
                    ? WorkspaceCli::tr("required action \"%1\": no answer").arg(a.requiredAction)
                    : WorkspaceCli::tr("required action \"%1\": answer: %2")
                          .arg(a.requiredAction, a.answer))
            << '\n';
    }
}

int runReviewShow(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("review show"), QStringLiteral("seqohs-tracker-cli review show REVIEW"),
        WorkspaceCli::tr("Lists every standard of the review with its finding.")};
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("REVIEW"), WorkspaceCli::tr("Your review file."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(err, WorkspaceCli::tr("Name the review file."), command);
    Expected<Review> review = loadReview(parser);
    if (!review)
        return Cli::printErrors(err, review.errors());
    out << WorkspaceCli::tr("Review of %1 by %2 (pack %3)")
               .arg(review->serviceName, review->assessor, review->packRootHash.left(16))
        << '\n';
    out << WorkspaceCli::tr("Recommendation: %1")
               .arg(recommendationDisplayName(review->recommendation))
        << '\n';
    if (review->round() > 1)
        out << WorkspaceCli::tr("Round %1: follow-up pack %2")
                   .arg(review->round())
                   .arg(review->packFile)
            << '\n';
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
        printNewSinceLastRound(*review, f.standardId, out);
    }
    return Cli::Success;
}

int runReviewFollowUp(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("review followup"),
        QStringLiteral("seqohs-tracker-cli review followup FOLLOWUP.zip --review REVIEW "
                       "[--public-key FINGERPRINT|FILE]"),
        WorkspaceCli::tr(
            "Verifies a follow-up pack (signed by the key of the pack under review, unless you "
            "name one) and applies it to your review as its next round: the standards it answers "
            "keep their earlier finding and wait for a new one. Refused when it does not follow "
            "up the pack you reviewed last.")};
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(
        QStringLiteral("review"), WorkspaceCli::tr("Your review file."), QStringLiteral("REVIEW")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("public-key"),
        WorkspaceCli::tr("The service's key fingerprint, minisign public key or .pub file."),
        QStringLiteral("KEY")));
    parser.addPositionalArgument(QStringLiteral("FOLLOWUP"),
                                 WorkspaceCli::tr("The follow-up pack."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(err, WorkspaceCli::tr("Name one follow-up pack."), command);
    const QString reviewPath = parser.value(QStringLiteral("review"));
    if (reviewPath.isEmpty())
        return Cli::usageError(err, WorkspaceCli::tr("Name your review file with --review FILE."),
                               command);
    Expected<Review> review = Review::load(reviewPath);
    if (!review)
        return Cli::printErrors(err, review.errors());
    const QString packPath = parser.positionalArguments().first();
    Expected<FollowUpRead> read =
        FollowUpReader::read(packPath, *review, parser.value(QStringLiteral("public-key")));
    if (!read)
        return Cli::printErrors(err, read.errors());
    if (Status s = review->applyFollowUp(*read, packPath); !s)
        return Cli::printErrors(err, s.errors());
    out << read->verification.summary() << '\n';
    if (int code = saveReview(*review, reviewPath, err))
        return code;
    out << WorkspaceCli::tr("Applied the follow-up as round %1 of %2: %n standard(s) to assess "
                            "again.",
                            nullptr, int(read->content.standards.size()))
               .arg(review->round())
               .arg(reviewPath)
        << '\n';
    out << WorkspaceCli::tr("See what is new with 'review show %1'.").arg(reviewPath) << '\n';
    return Cli::Success;
}

int runReviewReport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("review report"),
        QStringLiteral("seqohs-tracker-cli review report REVIEW --out FILE.pdf"),
        WorkspaceCli::tr("Writes the assessor report (PDF): the recommendation, the "
                         "finding per standard with grades, comments and required actions.")};
    QCommandLineParser parser;
    parser.addOption(Cli::outOption(WorkspaceCli::tr("The PDF to write.")));
    parser.addPositionalArgument(QStringLiteral("REVIEW"), WorkspaceCli::tr("Your review file."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(err, WorkspaceCli::tr("Name the review file."), command);
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return Cli::usageError(err, WorkspaceCli::tr("Name the report with --out FILE.pdf."),
                               command);
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
    out << WorkspaceCli::tr("Wrote the assessor report to %1.").arg(outPath) << '\n';
    return Cli::Success;
#else
    err << WorkspaceCli::tr(
               "seqohs-tracker-cli: this build has no report renderer; build with SEQOHS_GUI=ON "
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
        WorkspaceCli::tr(
            "Writes the response for the service: your findings and recommendation, signed with "
            "your key. Give the service your key's fingerprint so it can check the signature.")};
    QCommandLineParser parser;
    parser.addOption(Cli::outOption(WorkspaceCli::tr("The response file to write.")));
    parser.addOption(QCommandLineOption(QStringLiteral("key"),
                                        WorkspaceCli::tr("Your signing key file."),
                                        QStringLiteral("KEYFILE")));
    parser.addPositionalArgument(QStringLiteral("REVIEW"), WorkspaceCli::tr("Your review file."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(err, WorkspaceCli::tr("Name the review file."), command);
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty() || !parser.isSet(QStringLiteral("key")))
        return Cli::usageError(err, WorkspaceCli::tr("Give --out RESPONSE.json and --key KEYFILE."),
                               command);
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
    out << WorkspaceCli::tr("Wrote the signed response %1: %2, recommendation %3.")
               .arg(outPath,
                    WorkspaceCli::tr("%n finding(s)", nullptr, int(response->findings.size())),
                    recommendationDisplayName(response->recommendation))
        << '\n';
    out << WorkspaceCli::tr("Your key's fingerprint: %1").arg(key->fingerprint()) << '\n';
    if (review->unrecorded() > 0)
        out << WorkspaceCli::tr("Note: %n standard(s) have no finding and are not in the response.",
                                nullptr, review->unrecorded())
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
    if (sub == QLatin1String("followup"))
        return runReviewFollowUp(args, out, err);
    if (sub == QLatin1String("respond"))
        return runReviewRespond(args, out, err);
    err << WorkspaceCli::tr(
               "Usage: seqohs-tracker-cli review open|set|recommend|show|report|respond|followup "
               "... (--help for each)")
        << '\n';
    return Cli::Usage;
}

Command reviewCommand()
{
    // Only report renders (the assessor report PDF).
    return Command(QStringLiteral("review"),
                   QStringLiteral("review open|set|recommend|show|report|respond   assess a pack\n"
                                  "review followup FOLLOWUP.zip --review REVIEW  the next round"),
                   64, runReview)
        .needingGui({QStringLiteral("report")});
}

} // namespace

SEQOHS_REGISTER_COMMAND(reviewCommand)
