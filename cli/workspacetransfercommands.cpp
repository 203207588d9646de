// The "workspace" command: moving a workspace between a file and a team workspace on a server.

#include "command.h"
#include "passwordprompt.h"
#include "workspacecli.h"

#include "server/serveraddress.h"
#include "server/serverconnection.h"
#include "server/workspacedownload.h"
#include "server/workspaceupload.h"

#include <QFileInfo>

using namespace seqohs;
using Cli = WorkspaceCli;

namespace {

std::unique_ptr<ServerConnection> connect(const QString &url, QTextStream &err)
{
    const Expected<ServerAddress> address = ServerAddress::parse(url);
    if (!address) {
        Cli::printErrors(err, address.errors());
        return nullptr;
    }
    auto connection = ServerConnection::open(*address, PasswordPrompt::ask);
    if (!connection) {
        Cli::printErrors(err, connection.errors());
        return nullptr;
    }
    return std::move(*connection);
}

QString rowsText(const QMap<QString, qint64> &rows)
{
    qint64 total = 0;
    for (const qint64 n : rows)
        total += n;
    return WorkspaceCli::tr("%1 rows in %2 tables").arg(total).arg(rows.size());
}

int runUpload(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("workspace upload"),
        QStringLiteral("seqohs-tracker-cli workspace upload FILE --to URL"),
        WorkspaceCli::tr(
            "Copies a workspace file into a team workspace that 'server init' has set up and "
            "that holds nothing yet: every table, evidence item, version and content, and the "
            "audit trail. The file must pass its integrity check and is not changed. Before the "
            "upload is committed the server's rows are counted and every content is read back "
            "and its SHA-256 compared; any difference leaves the server as it was.")};
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"), WorkspaceCli::tr("The team workspace."),
                                QStringLiteral("URL"));
    parser.addOption(to);
    parser.addPositionalArgument(QStringLiteral("FILE"), WorkspaceCli::tr("The workspace file."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (parser.positionalArguments().isEmpty() || !parser.isSet(to))
        return Cli::usageError(
            err, WorkspaceCli::tr("Name the file and the server: workspace upload FILE --to URL."),
            command);
    if (const int code = Cli::unexpectedArguments(parser, 1, command, err); code != Cli::Success)
        return code;
    auto connection = connect(parser.value(to), err);
    if (!connection)
        return Cli::Failure;
    const QString path = parser.positionalArguments().at(0);
    const Expected<WorkspaceUpload::Result> uploaded = WorkspaceUpload::run(path, *connection);
    if (!uploaded)
        return Cli::printErrors(err, uploaded.errors());
    out << WorkspaceCli::tr("Uploaded %1 to %2: %3, %n stored file content(s) (%4 bytes), each "
                            "read back and checked.",
                            nullptr, int(uploaded->contents))
               .arg(QFileInfo(path).absoluteFilePath(), connection->address().display(),
                    rowsText(uploaded->rows))
               .arg(uploaded->contentBytes)
        << '\n';
    return Cli::Success;
}

int runDownload(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("workspace download"),
        QStringLiteral("seqohs-tracker-cli workspace download URL --out FILE"),
        WorkspaceCli::tr(
            "Writes the workspace a team workspace holds to a new file: every table, evidence "
            "item, version and content, and the audit trail. The file is put in place only when "
            "every content's SHA-256 and every table's row count match the server and the file "
            "passes its own integrity check; an existing file is never replaced.")};
    QCommandLineParser parser;
    const QCommandLineOption outOption = Cli::outOption(WorkspaceCli::tr("The new workspace file"));
    parser.addOption(outOption);
    parser.addPositionalArgument(QStringLiteral("URL"), WorkspaceCli::tr("The team workspace."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    if (parser.positionalArguments().isEmpty() || !parser.isSet(outOption))
        return Cli::usageError(
            err,
            WorkspaceCli::tr("Name the server and the file: workspace download URL --out FILE."),
            command);
    if (const int code = Cli::unexpectedArguments(parser, 1, command, err); code != Cli::Success)
        return code;
    auto connection = connect(parser.positionalArguments().at(0), err);
    if (!connection)
        return Cli::Failure;
    const QString path = parser.value(outOption);
    const Expected<WorkspaceDownload::Result> downloaded =
        WorkspaceDownload::run(*connection, path);
    if (!downloaded)
        return Cli::printErrors(err, downloaded.errors());
    out << WorkspaceCli::tr("Downloaded %1 into %2: %3, %n stored file content(s) (%4 bytes); "
                            "every content's SHA-256 checked and the integrity check passed.",
                            nullptr, int(downloaded->contents))
               .arg(connection->address().display(), QFileInfo(path).absoluteFilePath(),
                    rowsText(downloaded->rows))
               .arg(downloaded->contentBytes)
        << '\n';
    return Cli::Success;
}

int runWorkspace(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Cli::dispatch(QStringLiteral("workspace"),
                         {QStringLiteral("upload"), QStringLiteral("download")},
                         QStringLiteral("seqohs-tracker-cli workspace upload|download ..."),
                         {runUpload, runDownload}, args, out, err);
}

Command workspaceCommand()
{
    return {QStringLiteral("workspace"),
            QStringLiteral("workspace upload FILE --to URL              a file to a team "
                           "workspace\n"
                           "workspace download URL --out FILE           a team workspace to a "
                           "file"),
            92, runWorkspace};
}

} // namespace

SEQOHS_REGISTER_COMMAND(workspaceCommand)
