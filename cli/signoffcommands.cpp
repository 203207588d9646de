// The "signoff" command group: signing off part of the self-assessment, and seeing which
// sign-offs still hold.

#include "command.h"
#include "workspacecli.h"

#include "workspace/signoffcoverage.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace seqohs;
using Cli = WorkspaceCli;

namespace {

QString status(const SignOff &s)
{
    return s.isVoid() ? WorkspaceCli::tr("VOID") : WorkspaceCli::tr("holds");
}

QJsonObject toJson(const Workspace &ws, const SignOff &s, const QStringList &changes)
{
    QJsonObject o{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("scope"), signOffScopeToString(s.scope)},
        {QStringLiteral("target"), s.target},
        {QStringLiteral("covers"), SignOffCoverage::describe(ws.standardsSet(), s.scope, s.target)},
        {QStringLiteral("signer"), s.signer},
        {QStringLiteral("comment"), s.comment},
        {QStringLiteral("signed"), s.signedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("coveredHash"), s.coveredHash},
        {QStringLiteral("status"), s.isVoid() ? QStringLiteral("void") : QStringLiteral("holds")},
        {QStringLiteral("changes"), QJsonArray::fromStringList(changes)}};
    if (s.isVoid())
        o.insert(QStringLiteral("voided"), s.voided.toString(Qt::ISODateWithMs));
    return o;
}

int runAdd(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("signoff add"),
        QStringLiteral("seqohs-tracker-cli signoff add -w FILE (--criterion ID | --standard ID | "
                       "--domain ID | --whole) --by NAME [--comment TEXT]"),
        WorkspaceCli::tr(
            "Signs off a criterion, a standard, a domain or the whole self-assessment in NAME's "
            "name. The sign-off records what it covers: the assessments and the content of the "
            "evidence linked to them. Any later change to those voids it, and 'signoff show' "
            "then says what changed. Give ids or codes as 'standards show' prints them.")};
    QCommandLineParser parser;
    const QCommandLineOption criterion(QStringLiteral("criterion"),
                                       WorkspaceCli::tr("Sign off one criterion."),
                                       QStringLiteral("ID"));
    const QCommandLineOption standard(QStringLiteral("standard"),
                                      WorkspaceCli::tr("Sign off a standard (all its criteria)."),
                                      QStringLiteral("ID"));
    const QCommandLineOption domain(QStringLiteral("domain"),
                                    WorkspaceCli::tr("Sign off a domain (all its standards)."),
                                    QStringLiteral("ID"));
    const QCommandLineOption whole(QStringLiteral("whole"),
                                   WorkspaceCli::tr("Sign off the whole self-assessment."));
    const QCommandLineOption by(QStringLiteral("by"),
                                WorkspaceCli::tr("The name of the person signing off."),
                                QStringLiteral("NAME"));
    const QCommandLineOption comment(QStringLiteral("comment"),
                                     WorkspaceCli::tr("What the sign-off says."),
                                     QStringLiteral("TEXT"));
    parser.addOptions({Cli::workspaceOption(), criterion, standard, domain, whole, by, comment,
                       Cli::allowPersonalDataOption()});
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (int code = Cli::unexpectedArguments(parser, 0, command, err))
        return code;
    QList<std::pair<SignOff::Scope, QString>> chosen;
    if (parser.isSet(criterion))
        chosen.append({SignOff::Scope::Criterion, parser.value(criterion)});
    if (parser.isSet(standard))
        chosen.append({SignOff::Scope::Standard, parser.value(standard)});
    if (parser.isSet(domain))
        chosen.append({SignOff::Scope::Domain, parser.value(domain)});
    if (parser.isSet(whole))
        chosen.append({SignOff::Scope::Whole, QString()});
    if (chosen.size() != 1) {
        return Cli::usageError(
            err,
            WorkspaceCli::tr("Say what is signed off: one of --criterion, --standard, --domain "
                             "or --whole."),
            command);
    }
    if (parser.value(by).trimmed().isEmpty())
        return Cli::usageError(
            err, WorkspaceCli::tr("Give the name of the person signing off with --by NAME."),
            command);
    if (!Cli::freeTextAllowed({{WorkspaceCli::tr("The comment"), parser.value(comment)}},
                              parser.isSet(QStringLiteral("allow-personal-data")), err))
        return Cli::Failure;
    int code = Cli::Failure;
    auto ws = Cli::openWorkspace(parser, command, err, code);
    if (!ws)
        return code;
    Expected<qint64> id = ws->addSignOff(chosen.first().first, chosen.first().second,
                                         parser.value(by), parser.value(comment));
    if (!id)
        return Cli::printErrors(err, id.errors());
    const std::optional<std::optional<SignOff>> s = Cli::take(ws->signOff(*id), err);
    if (!s || !*s)
        return Cli::Failure;
    out << WorkspaceCli::tr("Sign-off %1: %2 signed off by %3.")
               .arg(*id)
               .arg(SignOffCoverage::describe(ws->standardsSet(), (*s)->scope, (*s)->target),
                    (*s)->signer)
        << '\n'
        << WorkspaceCli::tr("It covers hash %1; any change under it voids it.")
               .arg((*s)->coveredHash)
        << '\n';
    return Cli::Success;
}

int runList(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("signoff list"),
        QStringLiteral("seqohs-tracker-cli signoff list -w FILE [--json]"),
        WorkspaceCli::tr("Lists the sign-offs, oldest first, each with whether it still holds.")};
    QCommandLineParser parser;
    parser.addOptions({Cli::workspaceOption(), Cli::jsonOption()});
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (int code = Cli::unexpectedArguments(parser, 0, command, err))
        return code;
    int code = Cli::Failure;
    auto ws = Cli::openWorkspace(parser, command, err, code, Workspace::ReadOnly);
    if (!ws)
        return code;
    const std::optional<QList<SignOff>> all = Cli::take(ws->signOffs(), err);
    if (!all)
        return Cli::Failure;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SignOff &s : *all) {
            const std::optional<QStringList> changes = Cli::take(ws->signOffChanges(s), err);
            if (!changes)
                return Cli::Failure;
            array.append(toJson(*ws, s, *changes));
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("signOffs"), array}})
                   .toJson(QJsonDocument::Indented);
        return Cli::Success;
    }
    if (all->isEmpty())
        out << WorkspaceCli::tr("No sign-offs yet. Sign off with 'signoff add'.") << '\n';
    for (const SignOff &s : *all) {
        out << QStringLiteral("%1  %2  ").arg(s.id, 3).arg(status(s), -5)
            << s.signedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
            << SignOffCoverage::describe(ws->standardsSet(), s.scope, s.target) << "  "
            << WorkspaceCli::tr("by %1").arg(s.signer) << '\n';
    }
    return Cli::Success;
}

int runShow(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("signoff show"),
        QStringLiteral("seqohs-tracker-cli signoff show -w FILE ID [--json]"),
        WorkspaceCli::tr("Shows one sign-off: what it covers, who signed it, whether it still "
                         "holds and, if not, what changed since.")};
    QCommandLineParser parser;
    parser.addOptions({Cli::workspaceOption(), Cli::jsonOption()});
    parser.addPositionalArgument(QStringLiteral("ID"), WorkspaceCli::tr("The sign-off's id."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    bool isNumber = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&isNumber);
    if (parser.positionalArguments().size() != 1 || !isNumber)
        return Cli::usageError(
            err, WorkspaceCli::tr("Give one sign-off id, as 'signoff list' prints it."), command);
    int code = Cli::Failure;
    auto ws = Cli::openWorkspace(parser, command, err, code, Workspace::ReadOnly);
    if (!ws)
        return code;
    const std::optional<std::optional<SignOff>> s = Cli::take(ws->signOff(id), err);
    if (!s)
        return Cli::Failure;
    if (!*s) {
        err << ws->path() << ": "
            << WorkspaceCli::tr("There is no sign-off %1. List them with 'signoff list'.").arg(id)
            << '\n';
        return Cli::Failure;
    }
    const std::optional<QStringList> changes = Cli::take(ws->signOffChanges(**s), err);
    if (!changes)
        return Cli::Failure;
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(toJson(*ws, **s, *changes)).toJson(QJsonDocument::Indented);
        return Cli::Success;
    }
    const SignOff &so = **s;
    out << WorkspaceCli::tr("Sign-off %1").arg(so.id) << '\n'
        << WorkspaceCli::tr("Covers:    %1")
               .arg(SignOffCoverage::describe(ws->standardsSet(), so.scope, so.target))
        << '\n'
        << WorkspaceCli::tr("Signed by: %1 on %2")
               .arg(so.signer,
                    so.signedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
        << '\n';
    if (!so.comment.isEmpty())
        out << WorkspaceCli::tr("Comment:   %1").arg(so.comment) << '\n';
    out << WorkspaceCli::tr("Hash:      %1").arg(so.coveredHash) << '\n';
    if (!so.isVoid()) {
        out << WorkspaceCli::tr("Status:    holds: nothing it covers has changed.") << '\n';
        return Cli::Success;
    }
    out << WorkspaceCli::tr("Status:    VOID since %1: what it covers changed.")
               .arg(so.voided.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
        << '\n'
        << WorkspaceCli::tr("Changed since the sign-off:") << '\n';
    for (const QString &c : *changes)
        out << "  " << c << '\n';
    return Cli::Success;
}

int runPolicy(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("signoff owners"),
        QStringLiteral("seqohs-tracker-cli signoff owners -w FILE [allow|forbid]"),
        WorkspaceCli::tr("Says, or sets, whether the owner of an assessment may sign it off "
                         "(this workspace's rule; owners may unless forbidden).")};
    QCommandLineParser parser;
    parser.addOptions({Cli::workspaceOption()});
    parser.addPositionalArgument(QStringLiteral("RULE"), WorkspaceCli::tr("allow or forbid."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 ||
        (positional.size() == 1 && positional.first() != QLatin1String("allow") &&
         positional.first() != QLatin1String("forbid"))) {
        return Cli::usageError(err, WorkspaceCli::tr("Give 'allow' or 'forbid', or nothing."),
                               command);
    }
    int code = Cli::Failure;
    auto ws = Cli::openWorkspace(parser, command, err, code,
                                 positional.isEmpty() ? Workspace::ReadOnly : Workspace::ReadWrite);
    if (!ws)
        return code;
    if (!positional.isEmpty()) {
        if (Status set = ws->setOwnersMaySignOff(positional.first() == QLatin1String("allow"));
            !set)
            return Cli::printErrors(err, set.errors());
    }
    const std::optional<bool> may = Cli::take(ws->ownersMaySignOff(), err);
    if (!may)
        return Cli::Failure;
    out << (*may ? WorkspaceCli::tr("Owners may sign off their own assessments.")
                 : WorkspaceCli::tr("Owners may not sign off their own assessments."))
        << '\n';
    return Cli::Success;
}

int runSignOff(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Cli::dispatch(QStringLiteral("signoff"),
                         {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("show"),
                          QStringLiteral("owners")},
                         QStringLiteral("seqohs-tracker-cli signoff add|list|show|owners ..."),
                         {runAdd, runList, runShow, runPolicy}, args, out, err);
}

Command signOffGroup()
{
    return {QStringLiteral("signoff"),
            QStringLiteral("signoff add -w FILE (--criterion|--standard|--domain ID | --whole)\n"
                           "            --by NAME [--comment TEXT]      sign off, voided by any "
                           "change\n"
                           "signoff list|show [ID] -w FILE [--json]     which sign-offs hold\n"
                           "signoff owners -w FILE [allow|forbid]       may owners sign off"),
            25, runSignOff};
}

} // namespace

SEQOHS_REGISTER_COMMAND(signOffGroup)
