#pragma once

#include "common/expected.h"
#include "workspace/workspace.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

// What the workspace command groups (init, info, assess, evidence, actions, check, backup,
// demo) share: argument parsing with --help, the --workspace option, dates, and printing errors.
class WorkspaceCli
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCli)

public:
    enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

    struct Command
    {
        QString words;       // "evidence add", as typed after the program name
        QString usage;       // the usage line
        QString description; // what it does, for --help
    };

    // The --workspace FILE / -w FILE option.
    static QCommandLineOption workspaceOption();
    static QCommandLineOption jsonOption();

    // Parses args, of which the first `skip` are the command's words. Returns an exit code when
    // the command should stop here (help printed, or a usage error).
    static std::optional<int> parse(QCommandLineParser &parser, const QStringList &args, int skip,
                                    const Command &command, QTextStream &out, QTextStream &err);

    // Opens the workspace named by --workspace; on failure prints the errors, sets exitCode
    // (Usage when no workspace was named, else Failure) and returns null.
    static std::unique_ptr<seqohs::Workspace>
    openWorkspace(const QCommandLineParser &parser, const Command &command, QTextStream &err,
                  int &exitCode, seqohs::Workspace::OpenMode mode = seqohs::Workspace::ReadWrite);

    // An ISO date from an option; nullopt after printing a usage error when it is not one. An
    // option that is not set gives an invalid QDate.
    static std::optional<QDate> date(const QCommandLineParser &parser, const QString &option,
                                     const Command &command, QTextStream &err);

    static int printErrors(QTextStream &err, const seqohs::ErrorList &errors);

    // The value read, or nullopt after printing why it could not be read; the caller then
    // returns Failure. A command never works on a default that stands in for unreadable data.
    template <typename T> static std::optional<T> take(seqohs::Expected<T> read, QTextStream &err)
    {
        if (!read) {
            printErrors(err, read.errors());
            return std::nullopt;
        }
        return std::move(read).value();
    }
    // The --out FILE option, described as `what`.
    static QCommandLineOption outOption(const QString &what);
    // A usage error naming the first positional argument beyond `allowed`; Success when there
    // is none.
    static int unexpectedArguments(const QCommandLineParser &parser, int allowed,
                                   const Command &command, QTextStream &err);

    // The --allow-personal-data option.
    static QCommandLineOption allowPersonalDataOption();
    // Scans typed text (titles, descriptions, narratives, action text, links) for what looks
    // like patient-identifiable data. Each field is (what it is, its text). Prints what was found
    // and returns false when the command must stop (found, and not allowed).
    static bool freeTextAllowed(const QList<std::pair<QString, QString>> &fields, bool allowed,
                                QTextStream &err);

    using Run = std::function<int(const QStringList &args, QTextStream &out, QTextStream &err)>;
    // Runs the sub-command args[1] of a group ("evidence add"): subs[i] runs runs[i]; --help
    // prints the usage; anything else is a usage error that names what was typed.
    static int dispatch(const QString &group, const QStringList &subs, const QString &usage,
                        const QList<Run> &runs, const QStringList &args, QTextStream &out,
                        QTextStream &err);

    // True when a workspace read failed during the command (the errors were printed).
    static bool hadReadFailure();

    // A new workspace is built under a temporary name beside the one asked for and renamed
    // when complete, so that an interruption never leaves a half-made workspace under that
    // name. The temporary name for outPath ("NAME.building"); a leftover of an interrupted
    // run is removed first.
    static QString buildingName(const QString &outPath);
    // Gives the closed, complete workspace at building its name; on failure removes it.
    [[nodiscard]] static seqohs::Status publishBuilt(const QString &building,
                                                     const QString &outPath);

    // Records each workspace the command opened for writing as this program left it
    // (WriteGate), so that the next command need not check it again. Call after the command
    // has closed them.
    static void rememberWrittenWorkspaces();

private:
    static bool &readFailures();
    static QStringList &openedForWriting();

public:
    static int usageError(QTextStream &err, const QString &message, const Command &command);
};
