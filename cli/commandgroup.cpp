#include "commandgroup.h"

#include <QHash>

#include <algorithm>

namespace {
QList<CommandGroup> &registry()
{
    static QList<CommandGroup> groups;
    return groups;
}

QHash<QString, QString> &aliases()
{
    static QHash<QString, QString> names;
    return names;
}
} // namespace

bool registerCommandAlias(const QString &alias, const QString &name)
{
    aliases().insert(alias, name);
    return true;
}

QString commandForAlias(const QString &alias)
{
    return aliases().value(alias);
}

bool registerCommandGroup(const CommandGroup &group)
{
    registry().append(group);
    return true;
}

QList<CommandGroup> commandGroups()
{
    QList<CommandGroup> groups = registry();
    std::stable_sort(
        groups.begin(), groups.end(),
        [](const CommandGroup &a, const CommandGroup &b) { return a.order < b.order; });
    return groups;
}

QString usageText()
{
    QString text = QStringLiteral(
        "Usage: seqohs-tracker-cli [--help] [--version] COMMAND [ARGS...]\n"
        "\n"
        "Prepare for and review SEQOHS accreditation without the graphical interface.\n"
        "Workspaces are named with --workspace FILE (-w FILE); listings take --json;\n"
        "dates are ISO 8601 (2026-03-31). The exit code is 0 only on success.\n"
        "\n"
        "Commands:\n");
    for (const CommandGroup &group : commandGroups()) {
        const QStringList lines = group.synopsis.split(QLatin1Char('\n'));
        for (const QString &line : lines)
            text += QStringLiteral("  %1\n").arg(line);
    }
    text += QStringLiteral("\nRun 'seqohs-tracker-cli COMMAND --help' for a command's options.\n");
    return text;
}
