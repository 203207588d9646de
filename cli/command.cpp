#include "command.h"

#include <QHash>

#include <algorithm>

namespace {
QList<Command> &registry()
{
    static QList<Command> commands;
    return commands;
}

QHash<QString, QString> &aliases()
{
    static QHash<QString, QString> names;
    return names;
}
} // namespace

Command::Command(QString name, QString synopsis, int order, Run run)
    : m_name(std::move(name))
    , m_synopsis(std::move(synopsis))
    , m_order(order)
    , m_run(std::move(run))
{
}

Command &Command::needingGui(const QStringList &subCommands)
{
    m_needsGui = true;
    m_guiSubCommands = subCommands;
    return *this;
}

Command &Command::needingGuiWithOption(const QString &option)
{
    m_guiOption = option;
    return *this;
}

bool Command::needsGui(const QStringList &args) const
{
    if (!m_guiOption.isEmpty()) {
        const QString flag = QStringLiteral("--") + m_guiOption;
        return std::any_of(args.cbegin(), args.cend(), [&](const QString &arg) {
            return arg == flag || arg.startsWith(flag + QLatin1Char('='));
        });
    }
    if (!m_needsGui)
        return false;
    return m_guiSubCommands.isEmpty() || m_guiSubCommands.contains(args.value(1));
}

int Command::run(const QStringList &args, QTextStream &out, QTextStream &err) const
{
    return m_run(args, out, err);
}

bool Command::add(const Command &command)
{
    registry().append(command);
    return true;
}

bool Command::addAlias(const QString &alias, const QString &name)
{
    aliases().insert(alias, name);
    return true;
}

QString Command::forAlias(const QString &alias)
{
    return aliases().value(alias);
}

const Command *Command::find(const QString &name)
{
    const QString former = forAlias(name);
    const QString wanted = former.isEmpty() ? name : former;
    for (const Command &command : registry()) {
        if (command.name() == wanted)
            return &command;
    }
    return nullptr;
}

QList<Command> Command::all()
{
    QList<Command> commands = registry();
    std::stable_sort(commands.begin(), commands.end(),
                     [](const Command &a, const Command &b) { return a.order() < b.order(); });
    return commands;
}

QString Command::usageText()
{
    QString text = QStringLiteral(
        "Usage: seqohs-tracker-cli [--help] [--version] COMMAND [ARGS...]\n"
        "\n"
        "Prepare for and review SEQOHS accreditation without the graphical interface.\n"
        "Workspaces are named with --workspace FILE (-w FILE); listings take --json;\n"
        "dates are ISO 8601 (2026-03-31). The exit code is 0 only on success.\n"
        "\n"
        "Commands:\n");
    for (const Command &command : all()) {
        const QStringList lines = command.synopsis().split(QLatin1Char('\n'));
        for (const QString &line : lines)
            text += QStringLiteral("  %1\n").arg(line);
    }
    text += QStringLiteral("\nRun 'seqohs-tracker-cli COMMAND --help' for a command's options.\n");
    return text;
}
