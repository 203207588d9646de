#include "commandgroup.h"

QList<CommandGroup> commandGroups()
{
    QList<CommandGroup> groups;
    return groups;
}

QString usageText()
{
    QString text = QStringLiteral(
        "Usage: seqohs-tracker-cli [--help] [--version] COMMAND [ARGS...]\n"
        "\n"
        "Prepare for and review SEQOHS accreditation without the graphical interface.\n"
        "Workspaces are named with --workspace FILE (-w FILE); listings take --json.\n"
        "\n"
        "Commands:\n");
    for (const CommandGroup &group : commandGroups())
        text += QStringLiteral("  %1\n").arg(group.synopsis);
    text += QStringLiteral("\nRun 'seqohs-tracker-cli COMMAND --help' for a command's options.\n");
    return text;
}
