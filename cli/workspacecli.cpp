#include "workspacecli.h"
#include "passwordprompt.h"

#include "server/serveraddress.h"

#include "workspace/personaldataguard.h"
#include "workspace/writegate.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace seqohs;

namespace {
const QString programName = QStringLiteral("seqohs-tracker-cli");
}

QCommandLineOption WorkspaceCli::workspaceOption()
{
    return QCommandLineOption(
        {QStringLiteral("w"), QStringLiteral("workspace")},
        tr("The workspace file, or the postgresql:// address of a team workspace."),
        QStringLiteral("FILE"));
}

QCommandLineOption WorkspaceCli::jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), tr("Print JSON for other programs."));
}

std::optional<int> WorkspaceCli::parse(QCommandLineParser &parser, const QStringList &args,
                                       int skip, const Command &command, QTextStream &out,
                                       QTextStream &err)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    QStringList argv{programName + QLatin1Char(' ') + command.words};
    argv << args.mid(skip);
    if (!parser.parse(argv))
        return usageError(err, parser.errorText(), command);
    if (parser.isSet(help)) {
        out << "Usage: " << command.usage << "\n\n" << command.description << '\n';
        const QString options = parser.helpText();
        const qsizetype at = options.indexOf(QLatin1String("Options:"));
        if (at >= 0)
            out << '\n' << options.mid(at);
        return Success;
    }
    return std::nullopt;
}

std::unique_ptr<Workspace> WorkspaceCli::openWorkspace(const QCommandLineParser &parser,
                                                       const Command &command, QTextStream &err,
                                                       int &exitCode, Workspace::OpenMode mode)
{
    const QString path = parser.value(QStringLiteral("workspace"));
    if (path.isEmpty()) {
        exitCode =
            usageError(err, tr("Name the workspace with --workspace FILE (-w FILE)."), command);
        return nullptr;
    }
    // A postgresql:// address names a team workspace (docs/team-server.md).
    const bool server = Workspace::isServerLocation(path);
    Expected<std::unique_ptr<Workspace>> ws = Workspace::openAt(path, mode, PasswordPrompt::ask);
    if (!ws.ok()) {
        exitCode = printErrors(err, ws.errors());
        return nullptr;
    }
    for (const QString &warning : (*ws)->openWarnings())
        err << path << ": " << tr("Warning: %1").arg(warning) << '\n';
    if (mode == Workspace::ReadWrite && !(*ws)->isReadOnly() && !server) {
        if (Status gate = WriteGate::check(**ws); !gate) {
            (*ws)->keepLogOnClose();
            exitCode = printErrors(err, gate.errors());
            return nullptr;
        }
        // Once the command has closed it, the file is recorded as this program left it.
        openedForWriting() << QFileInfo(path).absoluteFilePath();
    }
    // A read that fails mid-command leaves its list incomplete: say so, and make sure the
    // command does not end with success (main() checks hadReadFailure()).
    QObject::connect(ws->get(), &Workspace::readFailed, ws->get(), [&err](const ErrorList &errors) {
        readFailures() = true;
        printErrors(err, errors);
    });
    return std::move(ws.value());
}

namespace {
void removeWorkspaceFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        QFile::remove(path + QLatin1String(suffix));
}
} // namespace

QString WorkspaceCli::buildingName(const QString &outPath)
{
    QString building = outPath + QStringLiteral(".building");
    removeWorkspaceFiles(building);
    return building;
}

Status WorkspaceCli::publishBuilt(const QString &building, const QString &outPath)
{
    // Closed, the log is folded into the file; a log left means it is not complete.
    if (QFileInfo::exists(building + QStringLiteral("-wal")) || !QFile::rename(building, outPath)) {
        removeWorkspaceFiles(building);
        return Error{tr("The new workspace could not be given its name."), outPath, QString(),
                     tr("Check that the file does not exist yet and that you may write to the "
                        "folder, then try again.")};
    }
    return success();
}

QStringList &WorkspaceCli::openedForWriting()
{
    static QStringList paths;
    return paths;
}

void WorkspaceCli::rememberWrittenWorkspaces()
{
    for (const QString &path : std::as_const(openedForWriting()))
        WriteGate::remember(path);
    openedForWriting().clear();
}

bool &WorkspaceCli::readFailures()
{
    static bool failed = false;
    return failed;
}

bool WorkspaceCli::hadReadFailure()
{
    return readFailures();
}

std::optional<QDate> WorkspaceCli::date(const QCommandLineParser &parser, const QString &option,
                                        const Command &command, QTextStream &err)
{
    if (!parser.isSet(option))
        return QDate();
    const QString text = parser.value(option);
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid()) {
        usageError(err,
                   tr("--%1: '%2' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31.")
                       .arg(option, text),
                   command);
        return std::nullopt;
    }
    return d;
}

int WorkspaceCli::printErrors(QTextStream &err, const ErrorList &errors)
{
    for (const Error &e : errors)
        err << e.toString() << '\n';
    return Failure;
}

QCommandLineOption WorkspaceCli::outOption(const QString &what)
{
    return QCommandLineOption(QStringLiteral("out"), what, QStringLiteral("FILE"));
}

int WorkspaceCli::unexpectedArguments(const QCommandLineParser &parser, int allowed,
                                      const Command &command, QTextStream &err)
{
    if (parser.positionalArguments().size() > allowed) {
        return usageError(
            err, tr("Unexpected argument '%1'.").arg(parser.positionalArguments().at(allowed)),
            command);
    }
    return Success;
}

int WorkspaceCli::usageError(QTextStream &err, const QString &message, const Command &command)
{
    err << programName << ": " << message << '\n' << "Usage: " << command.usage << '\n';
    return Usage;
}

int WorkspaceCli::dispatch(const QString &group, const QStringList &subs, const QString &usage,
                           const QList<Run> &runs, const QStringList &args, QTextStream &out,
                           QTextStream &err)
{
    const QString sub = args.value(1);
    const qsizetype at = subs.indexOf(sub);
    if (at >= 0)
        return runs.at(at)(args, out, err);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out << "Usage: " << usage << '\n';
        return Success;
    }
    err << "seqohs-tracker-cli: "
        << (sub.isEmpty() ? tr("%1 needs a sub-command.").arg(group)
                          : tr("unknown %1 sub-command '%2'.").arg(group, sub))
        << '\n'
        << "Usage: " << usage << '\n';
    return Usage;
}

QCommandLineOption WorkspaceCli::allowPersonalDataOption()
{
    return QCommandLineOption(QStringLiteral("allow-personal-data"),
                              tr("Go ahead even though the text seems to hold personal data."));
}

bool WorkspaceCli::freeTextAllowed(const QList<std::pair<QString, QString>> &fields, bool allowed,
                                   QTextStream &err)
{
    bool found = false;
    for (const auto &[what, text] : fields) {
        if (text.trimmed().isEmpty())
            continue;
        const seqohs::PersonalDataGuard::Result scan = seqohs::PersonalDataGuard::scanText(text);
        if (scan.findings.isEmpty())
            continue;
        found = true;
        err << (allowed ? tr("Warning: %1 seems to contain personal data:")
                        : tr("%1 seems to contain personal data:"))
                   .arg(what)
            << '\n';
        for (const seqohs::PersonalDataGuard::Finding &f : scan.findings)
            err << "  " << f.description() << '\n';
    }
    if (found && !allowed) {
        err << tr("Nothing was changed. Remove the personal data, or add --allow-personal-data "
                  "if it must be kept.")
            << '\n';
        return false;
    }
    return true;
}
