// The "due" command: what falls due in the next 90 days, and what passed since a date.

#include "command.h"
#include "workspacecli.h"

#include "common/clock.h"
#include "reporting/deadlines.h"
#include "workspace/scoringinputbuilder.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace seqohs;
using Cli = WorkspaceCli;

namespace {

QJsonArray toJson(const QList<Deadlines::Deadline> &list)
{
    QJsonArray array;
    for (const Deadlines::Deadline &d : list) {
        array.append(
            QJsonObject{{QStringLiteral("kind"), d.kind == Deadlines::Deadline::Kind::EvidenceReview
                                                     ? QStringLiteral("evidence-review")
                                                     : QStringLiteral("action-due")},
                        {QStringLiteral("id"), d.id},
                        {QStringLiteral("title"), d.title},
                        {QStringLiteral("owner"), d.owner},
                        {QStringLiteral("criterion"), d.itemId},
                        {QStringLiteral("date"), d.date.toString(Qt::ISODate)}});
    }
    return array;
}

void print(QTextStream &out, const QString &heading, const QList<Deadlines::Deadline> &list)
{
    out << heading << '\n';
    if (list.isEmpty())
        out << "  " << WorkspaceCli::tr("nothing") << '\n';
    for (const Deadlines::Deadline &d : list) {
        out << "  " << d.date.toString(Qt::ISODate) << "  " << d.describe();
        if (!d.owner.isEmpty())
            out << "  (" << d.owner << ')';
        out << '\n';
    }
}

int runDue(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("due"),
        QStringLiteral("seqohs-tracker-cli due -w FILE [--since DATE] [--json]"),
        WorkspaceCli::tr("Lists what falls due from today: evidence to review and actions not "
                         "done, within 30 days, in 31 to 60 and in 61 to 90. With --since, "
                         "also what expired or became overdue from that date until yesterday.")};
    QCommandLineParser parser;
    const QCommandLineOption since(QStringLiteral("since"),
                                   WorkspaceCli::tr("Also list what fell due from this date."),
                                   QStringLiteral("DATE"));
    parser.addOptions({Cli::workspaceOption(), since, Cli::jsonOption()});
    if (auto code = Cli::parse(parser, args, 1, command, out, err))
        return *code;
    const auto sinceDate = Cli::date(parser, QStringLiteral("since"), command, err);
    if (!sinceDate)
        return Cli::Usage;
    int code = Cli::Failure;
    auto ws = Cli::openWorkspace(parser, command, err, code, Workspace::ReadOnly);
    if (!ws)
        return code;
    const QDate today = Clock::today();
    const std::optional<ScoringInput> input = Cli::take(scoringInputFor(*ws, today), err);
    if (!input)
        return Cli::Failure;
    const Deadlines::Soon soon = Deadlines::dueSoon(*input, today);
    const QList<Deadlines::Deadline> passed =
        sinceDate->isValid() ? Deadlines::passedSince(*input, *sinceDate, today)
                             : QList<Deadlines::Deadline>();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("today"), today.toString(Qt::ISODate)},
                      {QStringLiteral("within30"), toJson(soon.within30)},
                      {QStringLiteral("within60"), toJson(soon.within60)},
                      {QStringLiteral("within90"), toJson(soon.within90)}};
        if (sinceDate->isValid()) {
            o.insert(QStringLiteral("since"), sinceDate->toString(Qt::ISODate));
            o.insert(QStringLiteral("passed"), toJson(passed));
        }
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Cli::Success;
    }
    if (sinceDate->isValid()) {
        print(
            out,
            WorkspaceCli::tr("Expired or overdue since %1:").arg(sinceDate->toString(Qt::ISODate)),
            passed);
    }
    print(out, WorkspaceCli::tr("Within 30 days:"), soon.within30);
    print(out, WorkspaceCli::tr("In 31 to 60 days:"), soon.within60);
    print(out, WorkspaceCli::tr("In 61 to 90 days:"), soon.within90);
    return Cli::Success;
}

Command dueCommand()
{
    return {QStringLiteral("due"),
            QStringLiteral("due -w FILE [--since DATE] [--json]         what falls due in 90 days"),
            27, runDue};
}

} // namespace

SEQOHS_REGISTER_COMMAND(dueCommand)
