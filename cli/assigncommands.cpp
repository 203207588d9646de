// The "assign" command group: who is responsible for which criteria, standards and domains, each
// person's progress, and "my items".

#include "command.h"
#include "workspacecli.h"

#include "workspace/assignedwork.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace seqohs;
using Cli = WorkspaceCli;

namespace {

// add and remove: one person, one or more ids, all in one unit of work.
int runChange(const QStringList &args, QTextStream &out, QTextStream &err, bool adding)
{
    const Cli::Command command{
        adding ? QStringLiteral("assign add") : QStringLiteral("assign remove"),
        adding ? QStringLiteral("seqohs-tracker-cli assign add -w FILE PERSON ID...")
               : QStringLiteral("seqohs-tracker-cli assign remove -w FILE PERSON ID..."),
        adding
            ? WorkspaceCli::tr("Makes PERSON responsible for each criterion, standard or domain "
                               "ID (its id or code, e.g. S23-GOV-01 or 1 for the first "
                               "domain), and so for every item under it. PERSON is the name their "
                               "changes are recorded under; on a team workspace, their login.")
            : WorkspaceCli::tr("Takes back PERSON's assignment of each ID.")};
    QCommandLineParser parser;
    parser.addOptions({Cli::workspaceOption()});
    parser.addPositionalArgument(QStringLiteral("PERSON"), WorkspaceCli::tr("Who."));
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 WorkspaceCli::tr("Criterion, standard or domain ids."),
                                 QStringLiteral("ID..."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        return Cli::usageError(err, WorkspaceCli::tr("Give a person and at least one id."),
                               command);
    }
    int code = Cli::Failure;
    auto ws = Cli::openWorkspace(parser, command, err, code);
    if (!ws)
        return code;
    const QString &person = positional.first();
    QStringList ids;
    for (const QString &given : positional.mid(1))
        ids << AssignedWork::scopeNamed(ws->standardsSet(), given);
    const Status done = ws->change(
        adding ? WorkspaceCli::tr("Assigning failed") : WorkspaceCli::tr("Taking back failed"),
        [&]() -> Status {
            for (const QString &id : ids) {
                Status one = adding ? ws->assign(person, id) : ws->unassign(person, id);
                if (!one)
                    return one;
            }
            return success();
        });
    if (!done)
        return Cli::printErrors(err, done.errors());
    for (const QString &id : ids) {
        out << (adding ? WorkspaceCli::tr("Assigned to %1: %2")
                       : WorkspaceCli::tr("No longer assigned to %1: %2"))
                   .arg(person, AssignedWork::describe(ws->standardsSet(), id))
            << '\n';
    }
    return Cli::Success;
}

int runAdd(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return runChange(args, out, err, true);
}

int runRemove(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return runChange(args, out, err, false);
}

int runList(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("assign list"),
        QStringLiteral("seqohs-tracker-cli assign list -w FILE [--json]"),
        WorkspaceCli::tr("Lists each person's assignments and how far their items have got: "
                         "how many are assessed and how many are done.")};
    QCommandLineParser parser;
    parser.addOptions({Cli::workspaceOption(), Cli::jsonOption()});
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    int code = Cli::Failure;
    auto ws = Cli::openWorkspace(parser, command, err, code, Workspace::ReadOnly);
    if (!ws)
        return code;
    const std::optional<QList<Assignment>> assignments = Cli::take(ws->assignments(), err);
    if (!assignments)
        return Cli::Failure;
    const std::optional<QHash<QString, Assessment>> assessments = Cli::take(ws->assessments(), err);
    if (!assessments)
        return Cli::Failure;
    const std::optional<ServiceProfile> profile = Cli::take(ws->profile(), err);
    if (!profile)
        return Cli::Failure;
    const AssignedWork work(ws->standardsSet(), *assignments, profile->tags());
    const QList<AssignedWork::Progress> progress = work.progress(*assessments);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray people;
        for (const AssignedWork::Progress &p : progress) {
            QJsonArray scopes;
            for (const Assignment &a : *assignments) {
                if (a.member == p.member)
                    scopes.append(a.scopeId);
            }
            people.append(QJsonObject{{QStringLiteral("person"), p.member},
                                      {QStringLiteral("assigned"), scopes},
                                      {QStringLiteral("items"), p.items},
                                      {QStringLiteral("assessed"), p.assessed},
                                      {QStringLiteral("done"), p.done}});
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("people"), people}})
                   .toJson(QJsonDocument::Indented);
        return Cli::Success;
    }
    if (progress.isEmpty()) {
        out << WorkspaceCli::tr("Nobody is assigned anything yet. Assign with 'assign add -w FILE "
                                "PERSON ID...'.")
            << '\n';
        return Cli::Success;
    }
    for (const AssignedWork::Progress &p : progress) {
        out << WorkspaceCli::tr("%1: %2 of %3 items assessed, %4 done")
                   .arg(p.member)
                   .arg(p.assessed)
                   .arg(p.items)
                   .arg(p.done)
            << '\n';
        for (const Assignment &a : *assignments) {
            if (a.member == p.member)
                out << "  " << AssignedWork::describe(ws->standardsSet(), a.scopeId) << '\n';
        }
    }
    return Cli::Success;
}

int runMine(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("assign mine"),
        QStringLiteral("seqohs-tracker-cli assign mine -w FILE [--person NAME] [--json]"),
        WorkspaceCli::tr("My items: the items assigned to you (on a team workspace, your login; "
                         "on a file, the name your changes are recorded under), or to NAME, "
                         "with each one's result and how far its work has got.")};
    QCommandLineParser parser;
    const QCommandLineOption personOption(QStringLiteral("person"),
                                          WorkspaceCli::tr("Someone else's items."),
                                          QStringLiteral("NAME"));
    parser.addOptions({Cli::workspaceOption(), personOption, Cli::jsonOption()});
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    int code = Cli::Failure;
    auto ws = Cli::openWorkspace(parser, command, err, code, Workspace::ReadOnly);
    if (!ws)
        return code;
    const QString person =
        parser.isSet(personOption) ? parser.value(personOption).trimmed() : ws->person();
    const std::optional<QList<Assignment>> assignments = Cli::take(ws->assignments(), err);
    if (!assignments)
        return Cli::Failure;
    const std::optional<QHash<QString, Assessment>> assessments = Cli::take(ws->assessments(), err);
    if (!assessments)
        return Cli::Failure;
    const std::optional<ServiceProfile> profile = Cli::take(ws->profile(), err);
    if (!profile)
        return Cli::Failure;
    const AssignedWork work(ws->standardsSet(), *assignments, profile->tags());
    const QStringList items = work.itemsOf(person);
    const StandardsSet &set = ws->standardsSet();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const QString &id : items) {
            const Assessment a = assessments->value(id, Assessment{id});
            array.append(QJsonObject{{QStringLiteral("id"), id},
                                     {QStringLiteral("result"), resultToString(a.result)},
                                     {QStringLiteral("workflow"), workflowToString(a.workflow)}});
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("person"), person},
                                         {QStringLiteral("items"), array}})
                   .toJson(QJsonDocument::Indented);
        return Cli::Success;
    }
    if (items.isEmpty()) {
        out << WorkspaceCli::tr("Nothing is assigned to %1.").arg(person) << '\n';
        return Cli::Success;
    }
    out << WorkspaceCli::tr("Items assigned to %1 (%2):").arg(person).arg(items.size()) << '\n';
    for (const QString &id : items) {
        const Assessment a = assessments->value(id, Assessment{id});
        const std::optional<AssessableItem> item = set.findAssessable(id);
        out << "  " << (item ? item->code : id) << "  "
            << resultDisplayName(a.result).leftJustified(15) << ' '
            << workflowDisplayName(a.workflow).leftJustified(17) << ' '
            << (item ? item->title : QString()) << '\n';
    }
    return Cli::Success;
}

int runAssign(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Cli::dispatch(QStringLiteral("assign"),
                         {QStringLiteral("add"), QStringLiteral("remove"), QStringLiteral("list"),
                          QStringLiteral("mine")},
                         QStringLiteral("seqohs-tracker-cli assign add|remove|list|mine ..."),
                         {runAdd, runRemove, runList, runMine}, args, out, err);
}

Command assignGroup()
{
    return {QStringLiteral("assign"),
            QStringLiteral("assign add|remove -w FILE PERSON ID...   who is responsible for what\n"
                           "assign list -w FILE [--json]                each person's progress\n"
                           "assign mine -w FILE [--person NAME] [--json]   my items"),
            26, runAssign};
}

} // namespace

SEQOHS_REGISTER_COMMAND(assignGroup)
