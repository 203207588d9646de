// The workspace command groups: init, info, assess, integrity, backup and demo.

#include "command.h"
#include "workspacecli.h"

#include "catalogue/standardslibrary.h"
#include "common/clock.h"
#include "workspace/demoworkspace.h"
#include "workspace/workspace.h"
#include "workspace/workspacesummary.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

using namespace seqohs;
using Cli = WorkspaceCli;

namespace {

int runInit(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("init"),
        QStringLiteral("seqohs-tracker-cli init FILE --name NAME [--organisation ORG] [--nhs] "
                       "[--site SITE]... [--edition SET-ID|FILE] [--visit DATE] [--return DATE]"),
        WorkspaceCli::tr("Creates a workspace for a service, following a bundled standards set (by "
                         "default %1) or one loaded from a file.")
            .arg(StandardsLibrary::defaultId())};
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), WorkspaceCli::tr("The service's name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption organisation(QStringLiteral("organisation"),
                                          WorkspaceCli::tr("The organisation it belongs to."),
                                          QStringLiteral("ORG"));
    const QCommandLineOption nhs(QStringLiteral("nhs"),
                                 WorkspaceCli::tr("The service serves NHS organisations."));
    const QCommandLineOption site(QStringLiteral("site"),
                                  WorkspaceCli::tr("A site (repeat for more)."),
                                  QStringLiteral("SITE"));
    const QCommandLineOption edition(
        QStringLiteral("edition"),
        WorkspaceCli::tr("The standards set to follow (an edition of the "
                         "standards): a bundled set's id or a file."),
        QStringLiteral("SET"));
    const QCommandLineOption visit(QStringLiteral("visit"),
                                   WorkspaceCli::tr("Planned assessment date."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption annual(
        QStringLiteral("return"), WorkspaceCli::tr("Annual return date."), QStringLiteral("DATE"));
    parser.addOptions({name, organisation, nhs, site, edition, visit, annual});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 WorkspaceCli::tr("The new workspace file."));
    if (auto code = Cli::parse(parser, args, 1, command, out, err))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(err, WorkspaceCli::tr("Name one new workspace file."), command);
    if (parser.value(name).trimmed().isEmpty())
        return Cli::usageError(err, WorkspaceCli::tr("Give the service's name with --name."),
                               command);
    const auto visitDate = Cli::date(parser, QStringLiteral("visit"), command, err);
    const auto returnDate = Cli::date(parser, QStringLiteral("return"), command, err);
    if (!visitDate || !returnDate)
        return Cli::Usage;
    const QString setName =
        parser.isSet(edition) ? parser.value(edition) : StandardsLibrary::defaultId();
    Expected<StandardsSet> set = StandardsLibrary::resolve(setName);
    if (!set.ok())
        return Cli::printErrors(err, set.errors());
    ServiceProfile profile;
    profile.name = parser.value(name).trimmed();
    profile.organisation = parser.value(organisation).trimmed();
    profile.servesNhs = parser.isSet(nhs);
    profile.sites = parser.values(site);
    profile.plannedAssessment = *visitDate;
    profile.annualReturn = *returnDate;
    const QString file = parser.positionalArguments().first();
    Expected<std::unique_ptr<Workspace>> ws = Workspace::create(file, profile, *set);
    if (!ws.ok())
        return Cli::printErrors(err, ws.errors());
    out << WorkspaceCli::tr("Created %1 for %2, following %3 (version %4).")
               .arg((*ws)->path(), profile.name, set->id, set->version)
        << '\n';
    if (set->isSummary()) {
        out << WorkspaceCli::tr(
                   "Note: %1 is a summary in our own words, not the official standards.")
                   .arg(set->id)
            << '\n';
    }
    return Cli::Success;
}

int runInfo(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("info"), QStringLiteral("seqohs-tracker-cli info -w FILE [--json]"),
        WorkspaceCli::tr("Shows the service profile, the standards set and what "
                         "the workspace holds.")};
    QCommandLineParser parser;
    parser.addOptions({Cli::workspaceOption(), Cli::jsonOption()});
    if (auto code = Cli::parse(parser, args, 1, command, out, err))
        return *code;
    int code = Cli::Failure;
    auto ws = Cli::openWorkspace(parser, command, err, code, Workspace::ReadOnly);
    if (!ws)
        return code;
    const std::optional<ServiceProfile> readProfile = Cli::take(ws->profile(), err);
    if (!readProfile)
        return Cli::Failure;
    const std::optional<WorkspaceSummary> summary =
        Cli::take(WorkspaceSummary::of(*ws, Clock::today()), err);
    if (!summary)
        return Cli::Failure;
    const ServiceProfile &profile = *readProfile;
    const StandardsSet &set = ws->standardsSet();

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject resultsJson;
        for (auto it = summary->results.cbegin(); it != summary->results.cend(); ++it)
            resultsJson.insert(it.key(), it.value());
        QJsonObject kindsJson;
        for (auto it = summary->evidenceKinds.cbegin(); it != summary->evidenceKinds.cend(); ++it)
            kindsJson.insert(it.key(), it.value());
        const QJsonObject json{
            {QStringLiteral("path"), ws->path()},
            {QStringLiteral("service"),
             QJsonObject{
                 {QStringLiteral("name"), profile.name},
                 {QStringLiteral("organisation"), profile.organisation},
                 {QStringLiteral("sites"), QJsonArray::fromStringList(profile.sites)},
                 {QStringLiteral("servesNhs"), profile.servesNhs},
                 {QStringLiteral("plannedAssessment"),
                  profile.plannedAssessment.toString(Qt::ISODate)},
                 {QStringLiteral("annualReturn"), profile.annualReturn.toString(Qt::ISODate)}}},
            {QStringLiteral("standardsSet"),
             QJsonObject{{QStringLiteral("id"), set.id},
                         {QStringLiteral("version"), set.version},
                         {QStringLiteral("title"), set.title},
                         {QStringLiteral("provenance"), provenanceToString(set.provenance)},
                         {QStringLiteral("contentHash"), ws->setContentHash()}}},
            {QStringLiteral("applicableItems"), summary->applicableItems},
            {QStringLiteral("results"), resultsJson},
            {QStringLiteral("evidence"),
             QJsonObject{{QStringLiteral("total"), summary->evidence},
                         {QStringLiteral("byKind"), kindsJson},
                         {QStringLiteral("expired"), summary->evidencePastReview}}},
            {QStringLiteral("actions"),
             QJsonObject{{QStringLiteral("total"), summary->actions},
                         {QStringLiteral("open"), summary->openActions},
                         {QStringLiteral("overdue"), summary->overdueActions}}},
            {QStringLiteral("auditRows"), summary->auditEntries}};
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Cli::Success;
    }
    out << WorkspaceCli::tr("Workspace:      %1").arg(ws->path()) << '\n';
    out << WorkspaceCli::tr("Service:        %1").arg(profile.name) << '\n';
    if (!profile.organisation.isEmpty())
        out << WorkspaceCli::tr("Organisation:   %1").arg(profile.organisation) << '\n';
    if (!profile.sites.isEmpty())
        out << WorkspaceCli::tr("Sites:          %1").arg(profile.sites.join(QLatin1String("; ")))
            << '\n';
    out << WorkspaceCli::tr("Serves NHS:     %1")
               .arg(profile.servesNhs ? WorkspaceCli::tr("yes") : WorkspaceCli::tr("no"))
        << '\n';
    if (profile.plannedAssessment.isValid())
        out << WorkspaceCli::tr("Planned visit:  %1")
                   .arg(profile.plannedAssessment.toString(Qt::ISODate))
            << '\n';
    if (profile.annualReturn.isValid())
        out << WorkspaceCli::tr("Annual return:  %1")
                   .arg(profile.annualReturn.toString(Qt::ISODate))
            << '\n';
    out << WorkspaceCli::tr("Standards set:  %1 (version %2%3)")
               .arg(set.id, set.version,
                    set.isSummary() ? WorkspaceCli::tr(", a summary, not the official text")
                                    : QString())
        << '\n';
    out << WorkspaceCli::tr("Assessments:    %n applicable item(s)", nullptr,
                            summary->applicableItems)
        << '\n';
    for (auto it = summary->results.cbegin(); it != summary->results.cend(); ++it)
        out << QStringLiteral("  %1 %2\n").arg(it.value(), 4).arg(it.key());
    out << WorkspaceCli::tr("Evidence:       %1 (%2)")
               .arg(WorkspaceCli::tr("%n item(s)", nullptr, summary->evidence),
                    WorkspaceCli::tr("%n past their review date", nullptr,
                                     summary->evidencePastReview))
        << '\n';
    out << WorkspaceCli::tr("Actions:        %1 (%2 open, %3 overdue)")
               .arg(summary->actions)
               .arg(summary->openActions)
               .arg(summary->overdueActions)
        << '\n';
    out << WorkspaceCli::tr("Audit trail:    %n entries", nullptr, int(summary->auditEntries))
        << '\n';
    return Cli::Success;
}

int runAssess(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("assess"),
        QStringLiteral(
            "seqohs-tracker-cli assess -w FILE ITEM-ID --result RESULT [--status S] "
            "[--note TEXT] [--justification TEXT] [--owner NAME] [--allow-personal-data]"),
        WorkspaceCli::tr(
            "Records the service's own result for one criterion (or a standard assessed as "
            "a whole). RESULT: not-assessed, not-met, partially-met, met, not-applicable "
            "(which needs --justification). S: to-do, in-progress, ready-for-review, done. "
            "Options not given keep their current values.")};
    QCommandLineParser parser;
    const QCommandLineOption result(QStringLiteral("result"), WorkspaceCli::tr("The result."),
                                    QStringLiteral("RESULT"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    WorkspaceCli::tr("The workflow status."), QStringLiteral("S"));
    const QCommandLineOption note(QStringLiteral("note"), WorkspaceCli::tr("The narrative."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption justification(QStringLiteral("justification"),
                                           WorkspaceCli::tr("Why it does not apply."),
                                           QStringLiteral("TEXT"));
    const QCommandLineOption owner(QStringLiteral("owner"), WorkspaceCli::tr("Who owns it."),
                                   QStringLiteral("NAME"));
    parser.addOptions({Cli::workspaceOption(), result, status, note, justification, owner,
                       Cli::allowPersonalDataOption()});
    parser.addPositionalArgument(QStringLiteral("ITEM-ID"),
                                 WorkspaceCli::tr("The criterion's id."));
    if (auto code = Cli::parse(parser, args, 1, command, out, err))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(err, WorkspaceCli::tr("Name one criterion id."), command);
    if (!parser.isSet(result))
        return Cli::usageError(err, WorkspaceCli::tr("Give the result with --result."), command);
    const std::optional<AssessmentResult> r = resultFromString(parser.value(result));
    if (!r) {
        return Cli::usageError(err,
                               WorkspaceCli::tr("'%1' is not a result; use not-assessed, not-met, "
                                                "partially-met, met or not-applicable.")
                                   .arg(parser.value(result)),
                               command);
    }
    std::optional<WorkflowStatus> s;
    if (parser.isSet(status)) {
        s = workflowFromString(parser.value(status));
        if (!s) {
            return Cli::usageError(err,
                                   WorkspaceCli::tr("'%1' is not a status; use to-do, in-progress, "
                                                    "ready-for-review or done.")
                                       .arg(parser.value(status)),
                                   command);
        }
    }
    if (!Cli::freeTextAllowed(
            {{WorkspaceCli::tr("The narrative"), parser.value(note)},
             {WorkspaceCli::tr("The justification"), parser.value(justification)}},
            parser.isSet(QStringLiteral("allow-personal-data")), err))
        return Cli::Failure;
    int code = Cli::Failure;
    auto ws = Cli::openWorkspace(parser, command, err, code);
    if (!ws)
        return code;
    // Read, change and write back: a failed read stops here rather than blank the rest.
    const std::optional<Assessment> current =
        Cli::take(ws->assessment(parser.positionalArguments().first()), err);
    if (!current)
        return Cli::Failure;
    Assessment a = *current;
    a.result = *r;
    if (s)
        a.workflow = *s;
    if (parser.isSet(note))
        a.narrative = parser.value(note);
    if (parser.isSet(justification))
        a.justification = parser.value(justification);
    if (parser.isSet(owner))
        a.owner = parser.value(owner);
    a.lastReviewed = QDateTime();
    const Status saved = ws->setAssessment(a);
    if (!saved.ok())
        return Cli::printErrors(err, saved.errors());
    out << WorkspaceCli::tr("%1: %2").arg(a.itemId, resultDisplayName(a.result)) << '\n';
    return Cli::Success;
}

int runIntegrity(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("integrity"), QStringLiteral("seqohs-tracker-cli integrity -w FILE"),
        WorkspaceCli::tr("Checks the workspace: SQLite's integrity check, the "
                         "audit trail's hash chain and the hash of every stored "
                         "file. Exits 1 and names every problem found.")};
    QCommandLineParser parser;
    parser.addOptions({Cli::workspaceOption()});
    if (auto code = Cli::parse(parser, args, 1, command, out, err))
        return *code;
    int code = Cli::Failure;
    auto ws = Cli::openWorkspace(parser, command, err, code, Workspace::ReadOnly);
    if (!ws)
        return code;
    const Status checked = ws->checkIntegrity();
    if (!checked.ok()) {
        err << WorkspaceCli::tr("%n problem(s) found:", nullptr, int(checked.errors().size()))
            << '\n';
        return Cli::printErrors(err, checked.errors());
    }
    const std::optional<QList<EvidenceItem>> items = Cli::take(ws->evidence(), err);
    const std::optional<qint64> rows = Cli::take(ws->auditCount(), err);
    if (!items || !rows)
        return Cli::Failure;
    out << WorkspaceCli::tr("%1: no problems found (%2, %3).")
               .arg(ws->path(),
                    WorkspaceCli::tr("%n evidence item(s)", nullptr, int(items->size())),
                    WorkspaceCli::tr("%n audit entries", nullptr, int(*rows)))
        << '\n';
    return Cli::Success;
}

int runBackup(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("backup"), QStringLiteral("seqohs-tracker-cli backup -w FILE --out PATH"),
        WorkspaceCli::tr("Writes a consistent copy of the workspace, safe to take "
                         "while it is in use.")};
    QCommandLineParser parser;
    const QCommandLineOption outOption(
        QStringLiteral("out"), WorkspaceCli::tr("The copy to write."), QStringLiteral("PATH"));
    parser.addOptions({Cli::workspaceOption(), outOption});
    if (auto code = Cli::parse(parser, args, 1, command, out, err))
        return *code;
    if (!parser.isSet(outOption))
        return Cli::usageError(err, WorkspaceCli::tr("Name the copy with --out PATH."), command);
    int code = Cli::Failure;
    auto ws = Cli::openWorkspace(parser, command, err, code, Workspace::ReadOnly);
    if (!ws)
        return code;
    const Status saved = ws->backupTo(parser.value(outOption));
    if (!saved.ok())
        return Cli::printErrors(err, saved.errors());
    out << WorkspaceCli::tr("Backed up to %1.")
               .arg(QFileInfo(parser.value(outOption)).absoluteFilePath())
        << '\n';
    return Cli::Success;
}

int runDemo(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("demo"), QStringLiteral("seqohs-tracker-cli demo --out FILE [--today DATE]"),
        WorkspaceCli::tr("Creates a demonstration workspace for a fictional service, Northgate "
                         "Occupational Health, with dates relative to today (or --today).")};
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       WorkspaceCli::tr("The workspace to create."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   WorkspaceCli::tr("The date to build around."),
                                   QStringLiteral("DATE"));
    parser.addOptions({outOption, today});
    if (auto code = Cli::parse(parser, args, 1, command, out, err))
        return *code;
    if (!parser.isSet(outOption))
        return Cli::usageError(err, WorkspaceCli::tr("Name the new workspace with --out FILE."),
                               command);
    const auto day = Cli::date(parser, QStringLiteral("today"), command, err);
    if (!day)
        return Cli::Usage;
    const QString outPath = QFileInfo(parser.value(outOption)).absoluteFilePath();
    if (QFileInfo::exists(outPath)) {
        return Cli::printErrors(
            err, {Error{WorkspaceCli::tr("A file with this name exists already."), outPath,
                        QString(), WorkspaceCli::tr("Choose a new name for the workspace.")}});
    }
    // Built whole under a temporary name: an interrupted demo leaves no half-filled workspace
    // under the name asked for.
    const QString building = Cli::buildingName(outPath);
    {
        Expected<std::unique_ptr<Workspace>> ws =
            DemoWorkspace::create(building, day->isValid() ? *day : Clock::today());
        if (!ws.ok())
            return Cli::printErrors(err, ws.errors());
    }
    if (Status published = Cli::publishBuilt(building, outPath); !published)
        return Cli::printErrors(err, published.errors());
    out << WorkspaceCli::tr("Created the demo workspace %1.").arg(outPath) << '\n';
    return Cli::Success;
}

Command initGroup()
{
    return {QStringLiteral("init"),
            QStringLiteral("init FILE --name NAME [--nhs] [--edition SET]   create a workspace"),
            20, runInit};
}
Command infoGroup()
{
    return {QStringLiteral("info"),
            QStringLiteral("info -w FILE [--json]                       what a workspace holds"),
            21, runInfo};
}
Command assessGroup()
{
    return {QStringLiteral("assess"),
            QStringLiteral("assess -w FILE ITEM-ID --result RESULT      record a self-assessment"),
            22, runAssess};
}
Command integrityGroup()
{
    return {QStringLiteral("integrity"),
            QStringLiteral("integrity -w FILE                           integrity, audit trail, "
                           "every file's hash"),
            28, runIntegrity};
}
Command backupGroup()
{
    return {QStringLiteral("backup"),
            QStringLiteral("backup -w FILE --out PATH                   a consistent copy"), 29,
            runBackup};
}
Command demoGroup()
{
    return {QStringLiteral("demo"),
            QStringLiteral("demo --out FILE                             a demonstration workspace"),
            90, runDemo};
}

} // namespace

SEQOHS_REGISTER_COMMAND(initGroup)
SEQOHS_REGISTER_COMMAND(infoGroup)
SEQOHS_REGISTER_COMMAND(assessGroup)
SEQOHS_REGISTER_COMMAND(integrityGroup)
SEQOHS_REGISTER_COMMAND(backupGroup)
SEQOHS_REGISTER_COMMAND(demoGroup)

namespace {
// The former name, until the next release.
const bool registeredCheckAlias =
    Command::addAlias(QStringLiteral("check"), QStringLiteral("integrity"));
} // namespace
