// The "actions" command group: the action plan.

#include "command.h"
#include "workspacecli.h"

#include "common/clock.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace seqohs;
using Cli = WorkspaceCli;

namespace {

int runAdd(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("actions add"),
        QStringLiteral("seqohs-tracker-cli actions add -w FILE TEXT [--criterion ID] [--owner O] "
                       "[--due DATE] [--every-months N | --yearly MM-DD] [--allow-personal-data]"),
        WorkspaceCli::tr(
            "Adds an action to the plan. The text is checked for NHS numbers and dates of "
            "birth first, as evidence is. A repeating action gets its next occurrence when it "
            "is done: N months after its due date, or on the next MM-DD.")};
    QCommandLineParser parser;
    const QCommandLineOption criterion(
        QStringLiteral("criterion"),
        WorkspaceCli::tr("The criterion it serves, or a standard's id for the whole standard."),
        QStringLiteral("ID"));
    const QCommandLineOption owner(QStringLiteral("owner"), WorkspaceCli::tr("Who does it."),
                                   QStringLiteral("O"));
    const QCommandLineOption due(QStringLiteral("due"), WorkspaceCli::tr("Due date."),
                                 QStringLiteral("DATE"));
    const QCommandLineOption everyMonths(QStringLiteral("every-months"),
                                         WorkspaceCli::tr("Repeats every N months (1 to 60)."),
                                         QStringLiteral("N"));
    const QCommandLineOption yearly(QStringLiteral("yearly"),
                                    WorkspaceCli::tr("Repeats every year on this day (MM-DD)."),
                                    QStringLiteral("MM-DD"));
    parser.addOptions({Cli::workspaceOption(), criterion, owner, due, everyMonths, yearly,
                       Cli::allowPersonalDataOption()});
    parser.addPositionalArgument(QStringLiteral("TEXT"), WorkspaceCli::tr("What is to be done."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(
            err, WorkspaceCli::tr("Give the action's text as one argument (quote it)."), command);
    const auto dueDate = Cli::date(parser, QStringLiteral("due"), command, err);
    if (!dueDate)
        return Cli::Usage;
    Recurrence recurrence;
    if (parser.isSet(everyMonths) && parser.isSet(yearly))
        return Cli::usageError(err, WorkspaceCli::tr("Give --every-months or --yearly, not both."),
                               command);
    if (parser.isSet(everyMonths)) {
        const auto rule =
            Recurrence::fromString(QStringLiteral("every-months:") + parser.value(everyMonths));
        if (!rule)
            return Cli::usageError(
                err, WorkspaceCli::tr("--every-months takes a whole number from 1 to 60."),
                command);
        recurrence = *rule;
    }
    if (parser.isSet(yearly)) {
        const auto rule = Recurrence::fromString(QStringLiteral("yearly:") + parser.value(yearly));
        if (!rule)
            return Cli::usageError(
                err, WorkspaceCli::tr("--yearly takes a day of the year as MM-DD, such as 03-31."),
                command);
        recurrence = *rule;
    }
    if (!Cli::freeTextAllowed(
            {{WorkspaceCli::tr("The action's text"), parser.positionalArguments().first()},
             {WorkspaceCli::tr("The owner"), parser.value(owner)}},
            parser.isSet(QStringLiteral("allow-personal-data")), err))
        return Cli::Failure;
    int code = Cli::Failure;
    auto ws = Cli::openWorkspace(parser, command, err, code);
    if (!ws)
        return code;
    Action a;
    a.text = parser.positionalArguments().first();
    a.itemId = parser.value(criterion);
    a.owner = parser.value(owner);
    a.due = *dueDate;
    a.recurrence = recurrence;
    Expected<qint64> id = ws->addAction(a);
    if (!id.ok())
        return Cli::printErrors(err, id.errors());
    out << WorkspaceCli::tr("Added action %1.").arg(*id);
    if (recurrence.repeats())
        out << " (" << recurrence.describe() << ')';
    out << '\n';
    return Cli::Success;
}

int runList(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{QStringLiteral("actions list"),
                               QStringLiteral("seqohs-tracker-cli actions list -w FILE [--json]"),
                               WorkspaceCli::tr("Lists the action plan.")};
    QCommandLineParser parser;
    parser.addOptions({Cli::workspaceOption(), Cli::jsonOption()});
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    int code = Cli::Failure;
    auto ws = Cli::openWorkspace(parser, command, err, code, Workspace::ReadOnly);
    if (!ws)
        return code;
    const QDate today = Clock::today();
    const std::optional<QList<Action>> read = Cli::take(ws->actions(), err);
    if (!read)
        return Cli::Failure;
    const QList<Action> &actions = *read;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        const auto date = [](const QDate &d) {
            return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
        };
        for (const Action &a : actions) {
            array.append(QJsonObject{{QStringLiteral("id"), a.id},
                                     {QStringLiteral("text"), a.text},
                                     {QStringLiteral("criterion"), a.itemId},
                                     {QStringLiteral("owner"), a.owner},
                                     {QStringLiteral("due"), date(a.due)},
                                     {QStringLiteral("status"), actionStatusToString(a.status)},
                                     {QStringLiteral("completed"), date(a.completed)},
                                     {QStringLiteral("overdue"), a.isOverdueOn(today)},
                                     {QStringLiteral("source"), a.source},
                                     {QStringLiteral("recurrence"), a.recurrence.toString()},
                                     {QStringLiteral("follows"), a.follows},
                                     {QStringLiteral("answer"), a.answer}});
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Cli::Success;
    }
    for (const Action &a : actions) {
        out << QStringLiteral("%1  %2  %3")
                   .arg(a.id, 4)
                   .arg(actionStatusToString(a.status), -11)
                   .arg(a.text);
        if (!a.owner.isEmpty())
            out << "  (" << a.owner << ')';
        if (a.due.isValid()) {
            out << "  "
                << (a.isOverdueOn(today) ? WorkspaceCli::tr("OVERDUE since %1")
                                         : WorkspaceCli::tr("due %1"))
                       .arg(a.due.toString(Qt::ISODate));
        }
        if (!a.itemId.isEmpty())
            out << "  -> " << a.itemId;
        if (a.recurrence.repeats())
            out << "  [" << a.recurrence.describe() << ']';
        if (a.follows)
            out << "  " << WorkspaceCli::tr("(after action %1)").arg(a.follows);
        out << '\n';
        if (!a.answer.isEmpty())
            out << "        " << WorkspaceCli::tr("Answer: %1").arg(a.answer) << '\n';
    }
    if (actions.isEmpty())
        out << WorkspaceCli::tr("No actions yet.") << '\n';
    return Cli::Success;
}

int runDone(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{QStringLiteral("actions done"),
                               QStringLiteral("seqohs-tracker-cli actions done -w FILE ID"),
                               WorkspaceCli::tr("Marks an action done today.")};
    QCommandLineParser parser;
    parser.addOptions({Cli::workspaceOption()});
    parser.addPositionalArgument(QStringLiteral("ID"), WorkspaceCli::tr("The action's id."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    bool idOk = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&idOk);
    if (parser.positionalArguments().size() != 1 || !idOk)
        return Cli::usageError(err, WorkspaceCli::tr("Give one action id (a number)."), command);
    int code = Cli::Failure;
    auto ws = Cli::openWorkspace(parser, command, err, code);
    if (!ws)
        return code;
    const std::optional<std::optional<Action>> found = Cli::take(ws->action(id), err);
    if (!found)
        return Cli::Failure;
    std::optional<Action> a = *found;
    if (!a) {
        return Cli::printErrors(
            err, {Error{WorkspaceCli::tr("There is no action %1.").arg(id), ws->path(), QString(),
                        WorkspaceCli::tr("List the actions to see the ids.")}});
    }
    a->status = Action::Status::Done;
    a->completed = QDate();
    const Status saved = ws->updateAction(*a);
    if (!saved.ok())
        return Cli::printErrors(err, saved.errors());
    out << WorkspaceCli::tr("Action %1 done.").arg(id);
    if (a->recurrence.repeats()) {
        const std::optional<QList<Action>> all = Cli::take(ws->actions(), err);
        if (!all)
            return Cli::Failure;
        for (const Action &next : *all) {
            if (next.follows == id) {
                out << ' '
                    << WorkspaceCli::tr("The next one is action %1, due %2.")
                           .arg(next.id)
                           .arg(next.due.toString(Qt::ISODate));
            }
        }
    }
    out << '\n';
    return Cli::Success;
}

int runAnswer(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("actions answer"),
        QStringLiteral("seqohs-tracker-cli actions answer -w FILE ID TEXT [--allow-personal-data]"),
        WorkspaceCli::tr(
            "Records your answer to an action the assessor required; the next follow-up pack "
            "carries it to the assessor. An empty TEXT removes the answer.")};
    QCommandLineParser parser;
    parser.addOptions({Cli::workspaceOption(), Cli::allowPersonalDataOption()});
    parser.addPositionalArgument(QStringLiteral("ID"), WorkspaceCli::tr("The action's id."));
    parser.addPositionalArgument(QStringLiteral("TEXT"), WorkspaceCli::tr("Your answer."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    bool idOk = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&idOk);
    if (parser.positionalArguments().size() != 2 || !idOk)
        return Cli::usageError(
            err, WorkspaceCli::tr("Give one action id (a number) and the answer (quote it)."),
            command);
    const QString answer = parser.positionalArguments().at(1).trimmed();
    if (!Cli::freeTextAllowed({{WorkspaceCli::tr("The answer"), answer}},
                              parser.isSet(QStringLiteral("allow-personal-data")), err))
        return Cli::Failure;
    int code = Cli::Failure;
    auto ws = Cli::openWorkspace(parser, command, err, code);
    if (!ws)
        return code;
    const std::optional<std::optional<Action>> found = Cli::take(ws->action(id), err);
    if (!found)
        return Cli::Failure;
    std::optional<Action> a = *found;
    if (!a) {
        return Cli::printErrors(
            err, {Error{WorkspaceCli::tr("There is no action %1.").arg(id), ws->path(), QString(),
                        WorkspaceCli::tr("List the actions to see the ids.")}});
    }
    if (a->source != QLatin1String("assessor")) {
        // Only what the assessor required goes back to the assessor.
        return Cli::printErrors(
            err, {Error{WorkspaceCli::tr("Action %1 is your own, not one the assessor required; "
                                         "only those take an answer.")
                            .arg(id),
                        ws->path(), QString(),
                        WorkspaceCli::tr("List the actions: the assessor's name the standard "
                                         "they concern.")}});
    }
    a->answer = answer;
    if (const Status saved = ws->updateAction(*a); !saved.ok())
        return Cli::printErrors(err, saved.errors());
    out << (answer.isEmpty() ? WorkspaceCli::tr("Removed the answer to action %1.").arg(id)
                             : WorkspaceCli::tr("Recorded the answer to action %1.").arg(id))
        << '\n';
    return Cli::Success;
}

int runActions(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Cli::dispatch(QStringLiteral("actions"),
                         {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("done"),
                          QStringLiteral("answer")},
                         QStringLiteral("seqohs-tracker-cli actions add|list|done|answer ..."),
                         {runAdd, runList, runDone, runAnswer}, args, out, err);
}

Command actionsGroup()
{
    return {
        QStringLiteral("actions"),
        QStringLiteral("actions add -w FILE TEXT [--criterion ID] [--owner O] [--due DATE]\n"
                       "            [--every-months N | --yearly MM-DD]\n"
                       "actions list -w FILE [--json]               the action plan\n"
                       "actions done -w FILE ID                     mark an action done\n"
                       "actions answer -w FILE ID TEXT              answer an assessor's action"),
        24, runActions};
}

} // namespace

SEQOHS_REGISTER_COMMAND(actionsGroup)
