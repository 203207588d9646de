// rollup: several services' readiness side by side, the gaps they share and the evidence
// expiring across them.
#include "command.h"
#include "passwordprompt.h"
#include "workspacecli.h"

#include "common/clock.h"
#include "rollup/rollupbuilder.h"
#include "rollup/rollupjson.h"
#include "server/serveraddress.h"
#include "server/serverdirectory.h"

#ifdef SEQOHS_HAVE_REPORT
#include "rollupreportrenderer.h"
#endif

#include <QJsonDocument>

#include <algorithm>

using namespace seqohs;

namespace {

using Cli = WorkspaceCli;

QString padded(const QString &text, int width)
{
    return text.size() > width ? text.left(width - 1) + QChar(0x2026) : text.leftJustified(width);
}

QString names(const RollUp &rollUp, const QList<int> &services)
{
    QStringList list;
    for (int s : services)
        list << rollUp.services.at(s).name;
    return list.join(QStringLiteral(", "));
}

void printTable(QTextStream &out, const RollUp &r)
{
    out << WorkspaceCli::tr("Roll-up of %n service(s) as of %1", nullptr, int(r.services.size()))
               .arg(r.asOf.toString(Qt::ISODate))
        << '\n';
    for (const RollUp::Set &set : r.sets) {
        out << WorkspaceCli::tr("%1 (%2, version %3): %4")
                   .arg(set.title, set.id, set.versions.join(QStringLiteral(", ")),
                        names(r, set.services))
            << '\n';
    }
    for (const RollUp::Service &s : r.services) {
        if (!s.read)
            out << WorkspaceCli::tr("Not read: %1").arg(s.path) << '\n';
    }

    // As wide as the longest name, up to a point: two services of one name differ at the end.
    int nameWidth = 32;
    for (const RollUp::Service &s : r.services)
        nameWidth = std::clamp(int(s.name.size()) + 1, nameWidth, 60);
    out << '\n'
        << padded(WorkspaceCli::tr("Service"), nameWidth) << ' '
        << padded(WorkspaceCli::tr("Verdict"), 13)
        << WorkspaceCli::tr("   Score Coverage  Must met", "column headings, aligned") << '\n';
    for (const RollUp::Service &s : r.services) {
        out << padded(s.name, nameWidth) << ' ';
        if (!s.read) {
            out << WorkspaceCli::tr("not read") << '\n';
            continue;
        }
        out << padded(verdictDisplayName(s.verdict), 13)
            << formatShare(s.overall.score()).rightJustified(8)
            << formatShare(s.overall.coverage()).rightJustified(9)
            << QStringLiteral("%1/%2")
                   .arg(s.overall.mustMet)
                   .arg(s.overall.mustApplicable)
                   .rightJustified(10)
            << '\n';
    }

    for (const RollUp::Set &set : r.sets) {
        out << '\n' << WorkspaceCli::tr("Score by domain, %1:").arg(set.title) << '\n';
        out << padded(QString(), nameWidth);
        for (const RollUp::DomainColumn &d : set.domains)
            out << d.code.left(6).rightJustified(7);
        out << '\n';
        for (int s : set.services) {
            const RollUp::Service &service = r.services.at(s);
            out << padded(service.name, nameWidth);
            for (const std::optional<Figures> &f : service.domains)
                out << (f ? formatShare(f->score()) : QStringLiteral("-")).rightJustified(7);
            out << '\n';
        }
        for (const RollUp::DomainColumn &d : set.domains)
            out << "  " << d.code << ' ' << d.title << '\n';
    }

    out << '\n'
        << WorkspaceCli::tr("Shared gaps (not met, or without current evidence, in two or more "
                            "services):")
        << '\n';
    for (const RollUp::Set &set : r.sets) {
        if (r.sets.size() > 1)
            out << "  " << set.title << '\n';
        int listed = 0;
        for (const RollUp::SharedGap &g : r.sharedGaps) {
            if (g.setId != set.id)
                continue;
            ++listed;
            out << QStringLiteral("%1/%2")
                       .arg(g.services.size())
                       .arg(set.services.size())
                       .rightJustified(7)
                << "  " << g.code << ' ' << g.title;
            if (g.level == Level::Must)
                out << ' ' << WorkspaceCli::tr("(must)");
            out << '\n' << "         " << names(r, g.services) << '\n';
        }
        if (listed == 0)
            out << "  " << WorkspaceCli::tr("none") << '\n';
    }

    out << '\n'
        << WorkspaceCli::tr("Evidence expiring within %n day(s) or before the planned visit:",
                            nullptr, RollUp::expiringWithinDays)
        << '\n';
    if (r.expiring.isEmpty())
        out << "  " << WorkspaceCli::tr("none") << '\n';
    for (const RollUp::ExpiringEvidence &e : r.expiring) {
        out << "  " << e.reviewBy.toString(Qt::ISODate) << "  "
            << padded(r.services.at(e.service).name, 28) << ' ' << e.title;
        if (e.beforeVisit)
            out << ' ' << WorkspaceCli::tr("(before the visit)");
        out << '\n';
    }
}

int runRollUp(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("rollup"),
        QStringLiteral("seqohs-tracker-cli rollup [WS ...] [--server URL] [--at DATE] [--json] "
                       "[--pdf FILE]"),
        WorkspaceCli::tr("Several services side by side: verdict, score, coverage and must "
                         "criteria met by service, the score by domain, the gaps two or more "
                         "services share, and the evidence expiring across them. A workspace "
                         "is a file or a team workspace's postgresql:// address; --server adds "
                         "every team workspace on that server your login belongs to. Each "
                         "workspace is read, never changed; one that cannot be read is named "
                         "and the others are still rolled up (the exit code is then 1). --pdf "
                         "writes the same as a report for the board.")};
    QCommandLineParser parser;
    parser.addOption(Cli::jsonOption());
    parser.addOption({QStringLiteral("at"),
                      WorkspaceCli::tr("The date the figures are for (YYYY-MM-DD). Default: "
                                       "today."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("pdf"), WorkspaceCli::tr("Also write the roll-up as a PDF."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("server"),
         WorkspaceCli::tr("Also roll up every team workspace on this server that your login "
                          "belongs to (URL: any database there you may connect to, such as one "
                          "of your sites or postgres). May be given more than once."),
         QStringLiteral("URL")});
    parser.addPositionalArgument(QStringLiteral("workspaces"),
                                 WorkspaceCli::tr("workspace files or team workspace addresses"));
    if (auto stop = Cli::parse(parser, args, 1, command, out, err))
        return *stop;
    QStringList paths = parser.positionalArguments();
    for (const QString &url : parser.values(QStringLiteral("server"))) {
        const Expected<ServerAddress> server = ServerAddress::parse(url);
        if (!server)
            return Cli::usageError(err, joinErrors(server.errors()), command);
        const Expected<QList<ServerAddress>> sites =
            ServerDirectory::readableWorkspaces(*server, PasswordPrompt::ask);
        if (!sites)
            return Cli::printErrors(err, sites.errors());
        if (sites->isEmpty()) {
            err << WorkspaceCli::tr("%1: your login belongs to no team workspace there.")
                       .arg(server->display())
                << '\n';
        }
        for (const ServerAddress &site : *sites)
            paths << site.url();
    }
    if (paths.isEmpty())
        return Cli::usageError(
            err, WorkspaceCli::tr("Name the workspaces to roll up, or a server with --server."),
            command);
    const std::optional<QDate> at = Cli::date(parser, QStringLiteral("at"), command, err);
    if (!at)
        return Cli::Usage;
    const QString pdf = parser.value(QStringLiteral("pdf"));
#ifndef SEQOHS_HAVE_REPORT
    if (parser.isSet(QStringLiteral("pdf"))) {
        err << WorkspaceCli::tr("seqohs-tracker-cli: this build has no report renderer (it was "
                                "configured without the GUI). Build with SEQOHS_GUI=ON to write "
                                "the roll-up as a PDF.")
            << '\n';
        return Cli::Failure;
    }
#endif
    const RollUp rollUp =
        RollUpBuilder::build(paths, at->isValid() ? *at : Clock::today(), {}, PasswordPrompt::ask);
    for (const RollUp::Service &s : rollUp.services) {
        if (!s.read)
            Cli::printErrors(err, s.errors);
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    if (json)
        out << QString::fromUtf8(QJsonDocument(rollUpJson(rollUp)).toJson(QJsonDocument::Indented));
    else
        printTable(out, rollUp);
#ifdef SEQOHS_HAVE_REPORT
    if (!pdf.isEmpty()) {
        const Status written = RollUpReportRenderer(rollUp).writePdf(pdf);
        if (!written)
            return Cli::printErrors(err, written.errors());
        // JSON on standard output stays JSON alone.
        (json ? err : out) << WorkspaceCli::tr("Wrote the roll-up to %1 (PDF).").arg(pdf) << '\n';
    }
#endif
    return rollUp.readCount() == rollUp.services.size() ? Cli::Success : Cli::Failure;
}

Command rollUpGroup()
{
    return Command(
               QStringLiteral("rollup"),
               QStringLiteral("rollup [WS ...] [--server URL] [--at DATE] [--json] [--pdf FILE]\n"
                              "                                            several services "
                              "at once"),
               43, runRollUp)
        .needingGuiWithOption(QStringLiteral("pdf"));
}

} // namespace

SEQOHS_REGISTER_COMMAND(rollUpGroup)
