// The command groups for moving a workspace to another standards set: migrate (plan, apply),
// crosswalk (suggest) and reconfirm (list, done). The rules are in docs/migration.md.

#include "command.h"
#include "workspacecli.h"

#include "catalogue/crosswalkformat.h"
#include "catalogue/standardslibrary.h"
#include "common/savefile.h"
#include "migration/crosswalksuggester.h"
#include "migration/migrationapplier.h"
#include "migration/migrationplanner.h"
#include "migration/reconfirmationqueue.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace seqohs;
using Cli = WorkspaceCli;

namespace {

QCommandLineOption toOption()
{
    return QCommandLineOption(
        QStringLiteral("to"),
        WorkspaceCli::tr("The standards set to move to: a bundled id or a file."),
        QStringLiteral("SET"));
}

QCommandLineOption crosswalkOption()
{
    return QCommandLineOption(
        QStringLiteral("crosswalk"),
        WorkspaceCli::tr("The crosswalk file (default: the bundled one for the pair)."),
        QStringLiteral("FILE"));
}

// The target set and the crosswalk to it from the workspace's set; errors already printed.
std::optional<MigrationPlan> planFor(const Workspace &ws, const QCommandLineParser &parser,
                                     QTextStream &err, int &code)
{
    code = Cli::Failure;
    Expected<StandardsSet> target = StandardsLibrary::resolve(parser.value(QStringLiteral("to")));
    if (!target.ok()) {
        Cli::printErrors(err, target.errors());
        return std::nullopt;
    }
    const QString fromId = ws.standardsSet().id;
    std::optional<Crosswalk> crosswalk;
    if (parser.isSet(QStringLiteral("crosswalk"))) {
        Expected<Crosswalk> read =
            CrosswalkFormat::readFile(parser.value(QStringLiteral("crosswalk")));
        if (!read.ok()) {
            Cli::printErrors(err, read.errors());
            return std::nullopt;
        }
        crosswalk = *read;
    } else {
        Expected<Crosswalk> bundled = StandardsLibrary::bundledCrosswalk(fromId, target->id);
        if (!bundled.ok()) {
            Cli::printErrors(
                err, {Error{WorkspaceCli::tr("No crosswalk from %1 to %2 is bundled.")
                                .arg(fromId, target->id),
                            QString(), QString(),
                            WorkspaceCli::tr(
                                "Build one: seqohs-tracker-cli crosswalk suggest --from %1 "
                                "--to %2 --out FILE; check it, then pass it with --crosswalk "
                                "FILE.")
                                .arg(fromId, parser.value(QStringLiteral("to")))}});
            return std::nullopt;
        }
        crosswalk = *bundled;
    }
    Expected<MigrationPlan> plan = MigrationPlanner::plan(ws, *target, *crosswalk);
    if (!plan.ok()) {
        Cli::printErrors(err, plan.errors());
        return std::nullopt;
    }
    code = Cli::Success;
    return std::move(plan.value());
}

int runPlan(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("migrate plan"),
        QStringLiteral("seqohs-tracker-cli migrate plan -w FILE --to SET [--crosswalk FILE] "
                       "[--json]"),
        WorkspaceCli::tr("Shows, without changing anything, what moving the workspace to another "
                         "standards set would do to each of its items.")};
    QCommandLineParser parser;
    parser.addOptions({Cli::workspaceOption(), toOption(), crosswalkOption(), Cli::jsonOption()});
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (!parser.isSet(QStringLiteral("to")))
        return Cli::usageError(err, WorkspaceCli::tr("Name the set to move to with --to SET."),
                               command);
    int code = Cli::Failure;
    auto ws = Cli::openWorkspace(parser, command, err, code, Workspace::ReadOnly);
    if (!ws)
        return code;
    const std::optional<MigrationPlan> plan = planFor(*ws, parser, err, code);
    if (!plan)
        return code;
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(plan->toJson()).toJson(QJsonDocument::Indented);
    else
        out << plan->toText();
    return Cli::Success;
}

int runApply(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("migrate apply"),
        QStringLiteral("seqohs-tracker-cli migrate apply -w FILE --to SET [--crosswalk FILE] "
                       "[--yes]"),
        WorkspaceCli::tr(
            "Moves the workspace to another standards set: prints the plan's summary, saves "
            "a snapshot of the figures, then moves everything in one step. Nothing is "
            "deleted: the old assessments stay readable with the old set. Without --yes it "
            "asks first.")};
    QCommandLineParser parser;
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 WorkspaceCli::tr("Do not ask before moving."));
    parser.addOptions({Cli::workspaceOption(), toOption(), crosswalkOption(), yes});
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (!parser.isSet(QStringLiteral("to")))
        return Cli::usageError(err, WorkspaceCli::tr("Name the set to move to with --to SET."),
                               command);
    int code = Cli::Failure;
    auto ws = Cli::openWorkspace(parser, command, err, code);
    if (!ws)
        return code;
    const std::optional<MigrationPlan> plan = planFor(*ws, parser, err, code);
    if (!plan)
        return code;
    out << plan->toText(true);
    if (!parser.isSet(yes)) {
        out << WorkspaceCli::tr("Move the workspace now? [y/N] ");
        out.flush();
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != QLatin1String("y") && answer != QLatin1String("yes")) {
            out << '\n';
            err << WorkspaceCli::tr(
                       "Nothing was changed. Run again with --yes to move without asking.")
                << '\n';
            return Cli::Failure;
        }
    }
    Expected<QString> applied = MigrationApplier::apply(*ws, *plan);
    if (!applied.ok())
        return Cli::printErrors(err, applied.errors());
    out << WorkspaceCli::tr(
               "Moved to %1 (version %2). The figures before the move are in the snapshot "
               "\"%3\"; %4 (reconfirm list).")
               .arg(plan->target.id, plan->target.version, *applied,
                    WorkspaceCli::tr("%n item(s) need re-confirmation", nullptr,
                                     plan->counts.needsReconfirmation))
        << '\n';
    return Cli::Success;
}

int runSuggest(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("crosswalk suggest"),
        QStringLiteral("seqohs-tracker-cli crosswalk suggest --from SET --to SET --out FILE "
                       "[--min-score X]"),
        WorkspaceCli::tr(
            "Suggests a crosswalk between two standards sets by code and by the similarity "
            "of titles and text, and writes it as a crosswalk file to check and edit. "
            "Near-identical wording is suggested as equal, other matches as intersect.")};
    QCommandLineParser parser;
    const QCommandLineOption fromOpt(
        QStringLiteral("from"), WorkspaceCli::tr("The set moved from."), QStringLiteral("SET"));
    const QCommandLineOption outOpt(QStringLiteral("out"),
                                    WorkspaceCli::tr("The crosswalk file to write."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption minOpt(
        QStringLiteral("min-score"),
        WorkspaceCli::tr("Leave out suggestions scoring below X (0 to 1, "
                         "default %1).")
            .arg(CrosswalkSuggester::DefaultMinScore),
        QStringLiteral("X"));
    parser.addOptions({fromOpt, toOption(), outOpt, minOpt});
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (!parser.isSet(fromOpt) || !parser.isSet(QStringLiteral("to")) || !parser.isSet(outOpt)) {
        return Cli::usageError(err, WorkspaceCli::tr("Give --from SET, --to SET and --out FILE."),
                               command);
    }
    double minScore = CrosswalkSuggester::DefaultMinScore;
    if (parser.isSet(minOpt)) {
        bool ok = false;
        minScore = parser.value(minOpt).toDouble(&ok);
        if (!ok || minScore < 0 || minScore > 1) {
            return Cli::usageError(
                err, WorkspaceCli::tr("--min-score: give a number from 0 to 1, e.g. 0.4."),
                command);
        }
    }
    Expected<StandardsSet> from = StandardsLibrary::resolve(parser.value(fromOpt));
    if (!from.ok())
        return Cli::printErrors(err, from.errors());
    Expected<StandardsSet> to = StandardsLibrary::resolve(parser.value(QStringLiteral("to")));
    if (!to.ok())
        return Cli::printErrors(err, to.errors());
    const Crosswalk crosswalk = CrosswalkSuggester::suggest(*from, *to, minScore);
    const ErrorList problems =
        CrosswalkFormat::validate(crosswalk, *from, *to, parser.value(outOpt));
    if (!problems.isEmpty())
        return Cli::printErrors(err, problems);
    Status saved = saveFileAtomically(parser.value(outOpt), CrosswalkFormat::write(crosswalk));
    if (!saved.ok())
        return Cli::printErrors(err, saved.errors());
    QSet<QString> covered;
    for (const Crosswalk::Mapping &m : crosswalk.mappings)
        covered.insert(m.from);
    out << WorkspaceCli::tr(
               "Wrote %1 (%2 of %3 matched) to %4. Check each one, and change the relations "
               "where the scope differs, before using it.")
               .arg(WorkspaceCli::tr("%n suggested mapping(s)", nullptr,
                                     int(crosswalk.mappings.size())),
                    WorkspaceCli::tr("%1 of %n item(s)", nullptr, int(from->assessables().size()))
                        .arg(covered.size()),
                    from->id, parser.value(outOpt))
        << '\n';
    return Cli::Success;
}

int runReconfirmList(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("reconfirm list"),
        QStringLiteral("seqohs-tracker-cli reconfirm list -w FILE [--json]"),
        WorkspaceCli::tr(
            "The items that need a fresh look after a move to another standards set, with "
            "what was carried into them and from where.")};
    QCommandLineParser parser;
    parser.addOptions({Cli::workspaceOption(), Cli::jsonOption()});
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    int code = Cli::Failure;
    auto ws = Cli::openWorkspace(parser, command, err, code, Workspace::ReadOnly);
    if (!ws)
        return code;
    const std::optional<QList<ReconfirmationQueue::Entry>> read =
        Cli::take(ReconfirmationQueue::entries(*ws), err);
    if (!read)
        return Cli::Failure;
    const QList<ReconfirmationQueue::Entry> &entries = *read;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ReconfirmationQueue::Entry &e : entries) {
            QJsonArray sources;
            for (const Reconfirmation::Source &s : e.flag.sources) {
                sources.append(QJsonObject{{QStringLiteral("itemId"), s.itemId},
                                           {QStringLiteral("code"), s.code},
                                           {QStringLiteral("relation"), s.relation},
                                           {QStringLiteral("result"), s.result}});
            }
            array.append(QJsonObject{{QStringLiteral("itemId"), e.item.id},
                                     {QStringLiteral("code"), e.item.code},
                                     {QStringLiteral("title"), e.item.title},
                                     {QStringLiteral("result"), resultToString(e.current.result)},
                                     {QStringLiteral("suggestedResult"), e.flag.suggestedResult},
                                     {QStringLiteral("reason"), e.flag.reason},
                                     {QStringLiteral("narrative"), e.current.narrative},
                                     {QStringLiteral("sources"), sources}});
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Cli::Success;
    }
    if (entries.isEmpty()) {
        out << WorkspaceCli::tr("Nothing needs re-confirmation.") << '\n';
        return Cli::Success;
    }
    for (const ReconfirmationQueue::Entry &e : entries) {
        out << e.item.code << "  " << e.item.title << "  [" << e.item.id << "]\n";
        out << "    " << WorkspaceCli::tr("now: %1").arg(resultDisplayName(e.current.result));
        if (!e.flag.suggestedResult.isEmpty())
            out << "; " << WorkspaceCli::tr("sources suggest: %1").arg(e.flag.suggestedResult);
        out << '\n';
        QStringList from;
        for (const Reconfirmation::Source &s : e.flag.sources)
            from << QStringLiteral("%1 (%2, %3)").arg(s.code, s.relation, s.result);
        out << "    " << WorkspaceCli::tr("from: %1").arg(from.join(QStringLiteral(", "))) << '\n';
        out << "    " << WorkspaceCli::tr("why: %1").arg(e.flag.reason) << '\n';
    }
    out << WorkspaceCli::tr("%n item(s) need re-confirmation.", nullptr, int(entries.size()))
        << '\n';
    return Cli::Success;
}

int runReconfirmDone(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("reconfirm done"),
        QStringLiteral("seqohs-tracker-cli reconfirm done ITEM-ID -w FILE [--result RESULT] "
                       "[--justification TEXT]"),
        WorkspaceCli::tr(
            "Clears an item's re-confirmation: without --result its result is confirmed as "
            "it is; with --result the new result is recorded. RESULT: not-met, "
            "partially-met, met, not-applicable (which needs --justification).")};
    QCommandLineParser parser;
    const QCommandLineOption result(QStringLiteral("result"),
                                    WorkspaceCli::tr("The result to record."),
                                    QStringLiteral("RESULT"));
    const QCommandLineOption justification(QStringLiteral("justification"),
                                           WorkspaceCli::tr("Why it does not apply."),
                                           QStringLiteral("TEXT"));
    parser.addOptions({Cli::workspaceOption(), result, justification});
    parser.addPositionalArgument(QStringLiteral("ITEM-ID"), WorkspaceCli::tr("The item's id."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(err, WorkspaceCli::tr("Name one item id."), command);
    std::optional<AssessmentResult> r;
    if (parser.isSet(result)) {
        r = resultFromString(parser.value(result));
        if (!r || *r == AssessmentResult::NotAssessed) {
            return Cli::usageError(err,
                                   WorkspaceCli::tr("--result: '%1' is not a result; use not-met, "
                                                    "partially-met, met or not-applicable.")
                                       .arg(parser.value(result)),
                                   command);
        }
    }
    int code = Cli::Failure;
    auto ws = Cli::openWorkspace(parser, command, err, code);
    if (!ws)
        return code;
    const QString itemId = parser.positionalArguments().first();
    Status done =
        r ? ReconfirmationQueue::changeResult(*ws, itemId, *r, parser.value(justification))
          : ReconfirmationQueue::confirm(*ws, itemId);
    if (!done.ok())
        return Cli::printErrors(err, done.errors());
    const std::optional<Assessment> now = Cli::take(ws->assessment(itemId), err);
    const std::optional<QList<Reconfirmation>> left = Cli::take(ws->reconfirmations(), err);
    if (!now || !left)
        return Cli::Failure;
    out << WorkspaceCli::tr("%1: %2; %n item(s) still need re-confirmation.", nullptr,
                            int(left->size()))
               .arg(itemId, resultDisplayName(now->result))
        << '\n';
    return Cli::Success;
}

int runMigrate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Cli::dispatch(
        QStringLiteral("migrate"), {QStringLiteral("plan"), QStringLiteral("apply")},
        QStringLiteral("seqohs-tracker-cli migrate plan|apply -w FILE --to SET ..."),
        {runPlan, runApply}, args, out, err);
}

int runCrosswalk(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Cli::dispatch(QStringLiteral("crosswalk"), {QStringLiteral("suggest")},
                         QStringLiteral("seqohs-tracker-cli crosswalk suggest --from SET --to SET "
                                        "--out FILE"),
                         {runSuggest}, args, out, err);
}

int runReconfirm(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Cli::dispatch(QStringLiteral("reconfirm"),
                         {QStringLiteral("list"), QStringLiteral("done")},
                         QStringLiteral("seqohs-tracker-cli reconfirm list|done -w FILE ..."),
                         {runReconfirmList, runReconfirmDone}, args, out, err);
}

Command migrateGroup()
{
    return {QStringLiteral("migrate"),
            QStringLiteral("migrate plan -w FILE --to SET [--crosswalk FILE] [--json]\n"
                           "                                            preview a move to "
                           "another set\n"
                           "migrate apply -w FILE --to SET [--crosswalk FILE] [--yes]\n"
                           "                                            move, after a snapshot"),
            60, runMigrate};
}
Command crosswalkGroup()
{
    return {QStringLiteral("crosswalk"),
            QStringLiteral("crosswalk suggest --from SET --to SET --out FILE [--min-score X]\n"
                           "                                            suggest a crosswalk"),
            63, runCrosswalk};
}
Command reconfirmGroup()
{
    return {QStringLiteral("reconfirm"),
            QStringLiteral("reconfirm list -w FILE [--json]             what needs a fresh look\n"
                           "reconfirm done ITEM-ID -w FILE [--result R] confirm or change it"),
            66, runReconfirm};
}

} // namespace

SEQOHS_REGISTER_COMMAND(migrateGroup)
SEQOHS_REGISTER_COMMAND(crosswalkGroup)
SEQOHS_REGISTER_COMMAND(reconfirmGroup)
