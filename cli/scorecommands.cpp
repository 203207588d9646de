// score, readiness-checks and snapshot: the readiness figures of a workspace.
#include "command.h"
#include "workspacecli.h"

#include "common/clock.h"
#include "reporting/scoreexplanation.h"
#include "reporting/snapshotdifftext.h"
#include "scoring/readinessjson.h"
#include "scoring/scorer.h"
#include "scoring/snapshot.h"
#include "workspace/scoringinputbuilder.h"
#include "workspace/workspace.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace seqohs;

namespace {

using Cli = WorkspaceCli;

void printJson(QTextStream &out, const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

// JSON already written as text goes to the device as it is: decoding and encoding again four
// megabytes of checks at 50,000 evidence items was a tenth of the command.
void printJson(QTextStream &out, const QByteArray &text)
{
    if (QIODevice *device = out.device()) {
        out.flush();
        device->write(text);
        device->write("\n");
    } else {
        out << QString::fromUtf8(text) << '\n';
    }
}

QString padded(const QString &text, int width)
{
    return text.size() > width ? text.left(width - 1) + QChar(0x2026) : text.leftJustified(width);
}

QString shareColumn(const std::optional<double> &share)
{
    return formatShare(share).rightJustified(8);
}

void printTable(QTextStream &out, const Workspace &ws, const Readiness &r)
{
    const StandardsSet &set = ws.standardsSet();
    const Expected<ServiceProfile> profile = ws.profile();
    out << (profile ? profile->name : QString()) << " - " << set.title;
    if (set.isSummary() && !set.title.contains(QLatin1String("summary"), Qt::CaseInsensitive))
        out << ' ' << WorkspaceCli::tr("(a summary in our own words, not the official wording)");
    out << '\n' << WorkspaceCli::tr("As of %1").arg(r.asOf.toString(Qt::ISODate));
    if (r.plannedVisit.isValid())
        out << ", "
            << WorkspaceCli::tr("planned visit %1").arg(r.plannedVisit.toString(Qt::ISODate));
    out << "\n\n" << WorkspaceCli::tr("Verdict: %1").arg(verdictDisplayName(r.verdict)) << '\n';
    for (const QString &reason : r.reasons)
        out << "  - " << reason << '\n';
    // The column headings are padded to the widths of the figures below them.
    out << '\n'
        << padded(WorkspaceCli::tr("Domain"), 44)
        << WorkspaceCli::tr("   Score Coverage  Met/Appl.  Must met", "column headings, aligned")
        << '\n';
    auto row = [&](const QString &label, const Figures &f) {
        out << padded(label, 44) << shareColumn(f.score()) << ' ' << shareColumn(f.coverage())
            << QStringLiteral("%1/%2")
                   .arg(f.count(AssessmentResult::Met))
                   .arg(f.applicable)
                   .rightJustified(11)
            << QStringLiteral("%1/%2").arg(f.mustMet).arg(f.mustApplicable).rightJustified(10)
            << '\n';
    };
    for (const NodeScore &d : r.domains)
        row(d.code + QLatin1Char(' ') + d.title, d.figures);
    row(WorkspaceCli::tr("Overall"), r.overall);
    out << '\n'
        << WorkspaceCli::tr("Evidence: %1, %2, %3")
               .arg(WorkspaceCli::tr("%n item(s)", nullptr, r.currency.total),
                    WorkspaceCli::tr("%n current", nullptr, r.currency.current),
                    WorkspaceCli::tr("%n expired", nullptr, r.currency.expired));
    if (r.plannedVisit.isValid()) {
        out << ", "
            << WorkspaceCli::tr("%n expiring before the visit", nullptr,
                                r.currency.expiringBeforeVisit);
    }
    out << '\n';
}

std::optional<QDate> asOfDate(const QCommandLineParser &parser, const Cli::Command &command,
                              QTextStream &err)
{
    const std::optional<QDate> at = Cli::date(parser, QStringLiteral("at"), command, err);
    if (!at)
        return std::nullopt;
    return at->isValid() ? *at : Clock::today();
}

QCommandLineOption atOption()
{
    return {QStringLiteral("at"),
            WorkspaceCli::tr("Score as of this date (a forecast when it is in the future)."),
            QStringLiteral("DATE")};
}

int runScore(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("score"),
        QStringLiteral("seqohs-tracker-cli score -w FILE [--at DATE] [--explain NODE] [--json]"),
        WorkspaceCli::tr("Readiness by domain: score, evidence coverage, must criteria met, the "
                         "verdict and why. --explain lists every item's contribution to a "
                         "domain, standard or item, or to 'overall'.")};
    QCommandLineParser parser;
    parser.addOption(Cli::workspaceOption());
    parser.addOption(Cli::jsonOption());
    parser.addOption(atOption());
    parser.addOption({QStringLiteral("explain"),
                      WorkspaceCli::tr("List every item's contribution to NODE."),
                      QStringLiteral("NODE")});
    if (auto stop = Cli::parse(parser, args, 1, command, out, err))
        return *stop;
    const std::optional<QDate> asOf = asOfDate(parser, command, err);
    if (!asOf)
        return Cli::Usage;
    int code = Cli::Success;
    auto ws = Cli::openWorkspace(parser, command, err, code, Workspace::ReadOnly);
    if (!ws)
        return code;
    const std::optional<ScoringInput> input =
        Cli::take(scoringInputFor(*ws, *asOf, EvidenceDetail::ForScoring), err);
    if (!input)
        return Cli::Failure;
    const Readiness r = Scorer::score(*input);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("explain"))) {
        // An empty NODE has always meant the whole set, as 'overall' does.
        const QString given = parser.value(QStringLiteral("explain"));
        const QString node = given.isEmpty() ? QStringLiteral("overall") : given;
        const QList<ItemScore> items = r.contributions(node);
        if (items.isEmpty()) {
            err << "seqohs-tracker-cli: "
                << WorkspaceCli::tr("\"%1\" is not a domain, standard or item of this workspace's "
                                    "standards set; see 'standards show'.")
                       .arg(node)
                << '\n';
            return Cli::Failure;
        }
        if (json) {
            printJson(out, itemScoresJson(items));
        } else {
            out << ScoreExplanation::text(r, node);
        }
        return Cli::Success;
    }
    if (json)
        printJson(out, readinessJson(r, true));
    else
        printTable(out, *ws, r);
    return Cli::Success;
}

int runReadinessChecks(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("readiness-checks"),
        QStringLiteral("seqohs-tracker-cli readiness-checks -w FILE [--at DATE] [--json]"),
        WorkspaceCli::tr("The readiness checks an accreditation office would run before a visit: "
                         "must criteria, evidence, justifications, overdue actions.")};
    QCommandLineParser parser;
    parser.addOption(Cli::workspaceOption());
    parser.addOption(Cli::jsonOption());
    parser.addOption(atOption());
    if (auto stop = Cli::parse(parser, args, 1, command, out, err))
        return *stop;
    const std::optional<QDate> asOf = asOfDate(parser, command, err);
    if (!asOf)
        return Cli::Usage;
    int code = Cli::Success;
    auto ws = Cli::openWorkspace(parser, command, err, code, Workspace::ReadOnly);
    if (!ws)
        return code;
    const std::optional<ScoringInput> input =
        Cli::take(scoringInputFor(*ws, *asOf, EvidenceDetail::ForScoring), err);
    if (!input)
        return Cli::Failure;
    const Readiness r = Scorer::score(*input);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(out, checksJson(r.checks));
        return Cli::Success;
    }
    int blockers = 0;
    for (auto severity : {ReadinessCheck::Severity::Blocker, ReadinessCheck::Severity::Warning,
                          ReadinessCheck::Severity::Info}) {
        for (const ReadinessCheck &c : r.checks) {
            if (c.severity != severity)
                continue;
            blockers += severity == ReadinessCheck::Severity::Blocker;
            out << severityToString(c.severity).leftJustified(8) << ' ' << c.message << '\n';
        }
    }
    out << WorkspaceCli::tr("%n check(s), %1 blocking readiness.", nullptr, int(r.checks.size()))
               .arg(blockers)
        << '\n';
    return Cli::Success;
}

// A snapshot by name, or the figures as they are now for the name "current".
Expected<Snapshot> loadSnapshot(const Workspace &ws, const QString &name)
{
    if (name == QLatin1String("current")) {
        const Expected<ScoringInput> input = scoringInputFor(ws, Clock::today());
        if (!input)
            return input.errors();
        return Snapshot::capture(name, Clock::now(), *input, Scorer::score(*input));
    }
    const Expected<QByteArray> json = ws.snapshot(name);
    if (!json.ok())
        return json.errors();
    return Snapshot::fromJson(*json, name);
}

int runSnapshot(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString sub = args.value(1);
    const QString usage = QStringLiteral(
        "seqohs-tracker-cli snapshot save NAME | list [--json] | diff A B [--json]  -w FILE");
    const Cli::Command command{
        QStringLiteral("snapshot ") + sub, usage,
        WorkspaceCli::tr("Save the current figures under a name (\"Annual return 2026\"), list the "
                         "snapshots, or compare two. In diff, 'current' stands for the figures "
                         "as they are now.")};
    QCommandLineParser parser;
    parser.addOption(Cli::workspaceOption());
    parser.addOption(Cli::jsonOption());
    parser.addPositionalArgument(QStringLiteral("names"), WorkspaceCli::tr("snapshot names"));
    if (sub != QLatin1String("save") && sub != QLatin1String("list") &&
        sub != QLatin1String("diff")) {
        if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            out << "Usage: " << usage << '\n' << command.description << '\n';
            return Cli::Success;
        }
        return Cli::usageError(err, WorkspaceCli::tr("snapshot: say save, list or diff."), command);
    }
    if (auto stop = Cli::parse(parser, args, 2, command, out, err))
        return *stop;
    const QStringList names = parser.positionalArguments();
    const bool json = parser.isSet(QStringLiteral("json"));
    int code = Cli::Success;
    if (sub == QLatin1String("save")) {
        if (names.size() != 1 || names.first().trimmed().isEmpty())
            return Cli::usageError(err, WorkspaceCli::tr("snapshot save: give one NAME."), command);
        if (names.first() == QLatin1String("current"))
            return Cli::usageError(
                err, WorkspaceCli::tr("snapshot save: 'current' is reserved; choose another name."),
                command);
        auto ws = Cli::openWorkspace(parser, command, err, code);
        if (!ws)
            return code;
        const std::optional<ScoringInput> read =
            Cli::take(scoringInputFor(*ws, Clock::today()), err);
        if (!read)
            return Cli::Failure;
        const ScoringInput &input = *read;
        const Readiness r = Scorer::score(input);
        const Snapshot s = Snapshot::capture(names.first().trimmed(), Clock::now(), input, r);
        const Status saved = ws->saveSnapshot(s.name, s.toJson());
        if (!saved.ok())
            return Cli::printErrors(err, saved.errors());
        out << WorkspaceCli::tr("Saved snapshot \"%1\": %2, score %3.")
                   .arg(s.name, verdictDisplayName(r.verdict), formatShare(r.overall.score()))
            << '\n';
        return Cli::Success;
    }
    auto ws = Cli::openWorkspace(parser, command, err, code, Workspace::ReadOnly);
    if (!ws)
        return code;
    if (sub == QLatin1String("list")) {
        QJsonArray a;
        const std::optional<QList<SnapshotInfo>> infos = Cli::take(ws->snapshots(), err);
        if (!infos)
            return Cli::Failure;
        for (const SnapshotInfo &info : *infos) {
            const Expected<Snapshot> s = loadSnapshot(*ws, info.name);
            const QString score = s.ok() ? formatShare(s->overall.score()) : QStringLiteral("?");
            const QString verdict = s.ok() ? verdictDisplayName(s->verdict) : QStringLiteral("?");
            if (json) {
                a << QJsonObject{
                    {QStringLiteral("name"), info.name},
                    {QStringLiteral("created"), info.created.toString(Qt::ISODate)},
                    {QStringLiteral("score"), s.ok() && s->overall.score()
                                                  ? QJsonValue(*s->overall.score())
                                                  : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("verdict"), s.ok() ? verdictToString(s->verdict) : QString()}};
            } else {
                out << padded(info.name, 32) << ' ' << info.created.toString(Qt::ISODate) << "  "
                    << score.rightJustified(4) << "  " << verdict << '\n';
            }
        }
        if (json)
            printJson(out, a);
        return Cli::Success;
    }
    if (names.size() != 2)
        return Cli::usageError(err, WorkspaceCli::tr("snapshot diff: give two names."), command);
    const Expected<Snapshot> a = loadSnapshot(*ws, names.at(0));
    if (!a.ok())
        return Cli::printErrors(err, a.errors());
    const Expected<Snapshot> b = loadSnapshot(*ws, names.at(1));
    if (!b.ok())
        return Cli::printErrors(err, b.errors());
    const SnapshotDiff d = SnapshotDiff::compare(*a, *b);
    if (json)
        printJson(out, snapshotDiffToJson(d));
    else
        out << SnapshotDiffText::text(d);
    return Cli::Success;
}

Command scoreGroup()
{
    return {
        QStringLiteral("score"),
        QStringLiteral("score -w FILE [--at DATE] [--explain NODE] [--json]   readiness by domain"),
        40, runScore};
}
Command readinessChecksGroup()
{
    return {
        QStringLiteral("readiness-checks"),
        QStringLiteral("readiness-checks -w FILE [--at DATE] [--json]         readiness checks"),
        41, runReadinessChecks};
}
Command snapshotGroup()
{
    return {
        QStringLiteral("snapshot"),
        QStringLiteral("snapshot save NAME | list | diff A B  -w FILE         figures over time"),
        42, runSnapshot};
}

} // namespace

SEQOHS_REGISTER_COMMAND(scoreGroup)
SEQOHS_REGISTER_COMMAND(readinessChecksGroup)
SEQOHS_REGISTER_COMMAND(snapshotGroup)

namespace {
// The former name, until the next release.
const bool registeredChecksAlias =
    Command::addAlias(QStringLiteral("checks"), QStringLiteral("readiness-checks"));
} // namespace
