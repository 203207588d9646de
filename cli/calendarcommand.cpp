// The "calendar" command: review-by and due dates for the calendar people already use.

#include "command.h"
#include "workspacecli.h"

#include "common/clock.h"
#include "reporting/calendarexport.h"
#include "workspace/workspace.h"

#include <QFileInfo>

using namespace seqohs;
using Cli = WorkspaceCli;

namespace {

int runCalendar(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("calendar"),
        QStringLiteral("seqohs-tracker-cli calendar -w FILE --out FILE.ics [--months N]"),
        WorkspaceCli::tr(
            "Writes an iCalendar file with each evidence item's review-by date, each open "
            "action's due date, the planned assessment visit and the annual return, up to N "
            "months ahead (12 unless given; overdue ones are always in). Each entry keeps its "
            "identity, so importing the file again, or subscribing to it, updates the entries "
            "rather than adding them twice.")};
    QCommandLineParser parser;
    const QCommandLineOption months(QStringLiteral("months"),
                                    WorkspaceCli::tr("How many months ahead (1 to 120)."),
                                    QStringLiteral("N"), QStringLiteral("12"));
    const QCommandLineOption outOption = Cli::outOption(WorkspaceCli::tr("The .ics file to write"));
    parser.addOptions({Cli::workspaceOption(), outOption, months});
    if (auto code = Cli::parse(parser, args, 1, command, out, err))
        return *code;
    if (!parser.isSet(outOption))
        return Cli::usageError(err, WorkspaceCli::tr("Name the file with --out FILE.ics."),
                               command);
    bool monthsOk = false;
    const int monthCount = parser.value(months).toInt(&monthsOk);
    if (!monthsOk || monthCount < 1 || monthCount > 120)
        return Cli::usageError(
            err, WorkspaceCli::tr("--months takes a whole number from 1 to 120."), command);
    int code = Cli::Failure;
    auto ws = Cli::openWorkspace(parser, command, err, code, Workspace::ReadOnly);
    if (!ws)
        return code;
    const QString path = parser.value(outOption);
    const Expected<CalendarExport::Calendar> written =
        CalendarExport::write(*ws, path, {Clock::today(), monthCount});
    if (!written)
        return Cli::printErrors(err, written.errors());
    out << WorkspaceCli::tr("Wrote %1: %n entries (%2 evidence reviews, %3 actions, %4 service "
                            "dates).",
                            nullptr, written->events())
               .arg(QFileInfo(path).absoluteFilePath())
               .arg(written->evidenceReviews)
               .arg(written->actions)
               .arg(written->serviceDates)
        << '\n';
    return Cli::Success;
}

Command calendarCommand()
{
    return {QStringLiteral("calendar"),
            QStringLiteral("calendar -w FILE --out FILE.ics [--months N]\n"
                           "                                            dates due, for a calendar"),
            64, runCalendar};
}

} // namespace

SEQOHS_REGISTER_COMMAND(calendarCommand)
