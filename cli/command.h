#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

// One command of seqohs-tracker-cli ("standards", "evidence", "pack", ...), as keepassxc-cli
// has them: its name, the lines it shows in the usage text, whether it needs Qt Gui, and what
// runs it. Each command lives in a file of its own (with its sub-commands, if any), parses its
// own arguments, and registers itself at start-up with SEQOHS_REGISTER_COMMAND, so adding a
// command touches no other file. main() asks the command whether it needs Qt Gui before it
// makes the application object.
class Command
{
public:
    // args[0] is the command's name; returns the process exit code (0 only on success).
    using Run = std::function<int(const QStringList &args, QTextStream &out, QTextStream &err)>;

    Command(QString name, QString synopsis, int order, Run run);

    // Marks the command as rendering with Qt Gui (charts, PDF pages): all of it, or only the
    // sub-commands named.
    Command &needingGui(const QStringList &subCommands = {});
    // Marks the command as rendering with Qt Gui only when this option (without its dashes) is
    // given: a command that prints text but also writes a PDF need not start Qt Gui to print.
    Command &needingGuiWithOption(const QString &option);

    QString name() const { return m_name; }
    QString synopsis() const { return m_synopsis; } // one or more lines for the usage text
    // Position in the usage text: each command has its own, so the text does not depend on
    // the order in which the files register.
    int order() const { return m_order; }

    // True when running args (args[0] is the command's name) needs Qt Gui, so that main()
    // makes a QApplication (on the offscreen platform unless the user chose one).
    bool needsGui(const QStringList &args) const;

    int run(const QStringList &args, QTextStream &out, QTextStream &err) const;

    static bool add(const Command &command);
    // A former name of a command that still runs it for one release. Aliases are not in the
    // usage text, so that people learn the new name, but scripts that use the old one keep
    // working.
    static bool addAlias(const QString &alias, const QString &name);
    // The command that a former name stands for, or an empty string when alias is not one.
    static QString forAlias(const QString &alias);

    // The command of this name (a former name counts too), or null.
    static const Command *find(const QString &name);
    // Every registered command, in usage order.
    static QList<Command> all();
    // The usage text printed by --help and after an unknown command.
    static QString usageText();

private:
    QString m_name;
    QString m_synopsis;
    int m_order = 100;
    Run m_run;
    bool m_needsGui = false;
    QStringList m_guiSubCommands; // empty with m_needsGui: the whole command
    QString m_guiOption;          // set: only when this option is given
};

#define SEQOHS_REGISTER_COMMAND(factory)                                                           \
    namespace {                                                                                    \
    const bool registered_##factory = Command::add(factory());                                     \
    }
