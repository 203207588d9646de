// The "response" command: import and show, for the service receiving the assessor's signed
// findings.

#include "command.h"
#include "workspacecli.h"

#include "pack/rereviewrule.h"
#include "pack/responseimport.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>

using namespace seqohs;
using Cli = WorkspaceCli;

namespace {

int runResponseImport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("response import"),
        QStringLiteral("seqohs-tracker-cli response import RESPONSE.json -w FILE "
                       "[--assessor-key FINGERPRINT]"),
        WorkspaceCli::tr(
            "Imports the assessor's signed response into the workspace that made the pack: the "
            "findings appear on the criteria and the required actions become actions.")};
    QCommandLineParser parser;
    parser.addOption(Cli::workspaceOption());
    parser.addOption(QCommandLineOption(QStringLiteral("assessor-key"),
                                        WorkspaceCli::tr("The fingerprint of your assessor's key."),
                                        QStringLiteral("FINGERPRINT")));
    parser.addPositionalArgument(QStringLiteral("RESPONSE"),
                                 WorkspaceCli::tr("The response file."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(err, WorkspaceCli::tr("Name one response file."), command);
    int exitCode = Cli::Failure;
    std::unique_ptr<Workspace> ws = Cli::openWorkspace(parser, command, err, exitCode);
    if (!ws)
        return exitCode;
    Expected<ResponseImport::Result> result = ResponseImport::importFile(
        *ws, parser.positionalArguments().first(), parser.value(QStringLiteral("assessor-key")));
    if (!result)
        return Cli::printErrors(err, result.errors());
    const ResponseFile &r = result->response;
    if (!result->historyWarning.isEmpty())
        err << WorkspaceCli::tr("Warning: %1").arg(result->historyWarning) << '\n';
    if (!result->keyWarning.isEmpty())
        err << WorkspaceCli::tr("Warning: %1").arg(result->keyWarning) << '\n';
    out << WorkspaceCli::tr("Imported the response of %1: %2, %3, %4.")
               .arg(r.assessor, recommendationDisplayName(r.recommendation),
                    WorkspaceCli::tr("%n finding(s)", nullptr, int(r.findings.size())),
                    WorkspaceCli::tr("%n required action(s) added", nullptr, result->actionsAdded))
        << '\n';
    if (!parser.isSet(QStringLiteral("assessor-key"))) {
        out << WorkspaceCli::tr("Signed by key %1: check this fingerprint with your assessor.")
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
        WorkspaceCli::tr(
            "Lists the imported responses and their findings; with --item, the findings about one "
            "criterion or standard, marked when the item changed after the response.")};
    QCommandLineParser parser;
    parser.addOption(Cli::workspaceOption());
    parser.addOption(QCommandLineOption(QStringLiteral("item"),
                                        WorkspaceCli::tr("A criterion or standard id."),
                                        QStringLiteral("ID")));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (int code = Cli::unexpectedArguments(parser, 0, command, err))
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
            out << WorkspaceCli::tr("No assessor finding concerns %1.")
                       .arg(parser.value(QStringLiteral("item")))
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
        out << WorkspaceCli::tr("No assessor response has been imported.") << '\n';
    for (const StoredResponse &s : responses) {
        out << WorkspaceCli::tr("Response from %1 (key %2), imported %3: %4")
                   .arg(s.response.assessor, s.response.assessorKey.fingerprint(),
                        s.imported.toLocalTime().toString(Qt::ISODate),
                        recommendationDisplayName(s.response.recommendation))
            << '\n';
        for (const StandardFinding &f : s.response.findings) {
            const std::optional<bool> reReview =
                Cli::take(ReReviewRule::needsReReview(*ws, f, s.imported), err);
            if (!reReview)
                return Cli::Failure;
            out << QStringLiteral("  %1  %2")
                       .arg(f.standardCode, -8)
                       .arg(findingResultDisplayName(f.result));
            if (f.grade != FindingGrade::None)
                out << QStringLiteral(" (%1)").arg(findingGradeDisplayName(f.grade));
            if (*reReview)
                out << ' ' << WorkspaceCli::tr("[changed since: needs re-review]");
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
    err << WorkspaceCli::tr("Usage: seqohs-tracker-cli response import|show ... (--help for each)")
        << '\n';
    return Cli::Usage;
}

Command responseCommand()
{
    return {QStringLiteral("response"),
            QStringLiteral("response import|show -w FILE ...             the assessor's findings"),
            67, runResponse};
}

} // namespace

SEQOHS_REGISTER_COMMAND(responseCommand)
