#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

// A group of sub-commands of seqohs-tracker-cli ("standards", "evidence", ...). Each group lives
// in a file of its own, parses its own arguments, and registers itself at start-up with
// SEQOHS_REGISTER_COMMAND_GROUP, so adding a group touches no other file.
struct CommandGroup
{
    QString name;
    QString synopsis; // one or more lines for the usage text
    int order = 100;  // position in the usage text
    // args[0] is the group's name; returns the process exit code (0 only on success).
    std::function<int(const QStringList &args, QTextStream &out, QTextStream &err)> run;
};

bool registerCommandGroup(const CommandGroup &group);

// A former name of a command that still runs it for one release. Aliases are not in the usage
// text, so that people learn the new name, but scripts that use the old one keep working.
bool registerCommandAlias(const QString &alias, const QString &name);

// The command that a former name stands for, or an empty string when `alias` is not one.
QString commandForAlias(const QString &alias);

// Every registered command group, in usage order.
QList<CommandGroup> commandGroups();

// The usage text printed by --help and after an unknown command.
QString usageText();

#define SEQOHS_REGISTER_COMMAND_GROUP(factory)                                                     \
    namespace {                                                                                    \
    const bool registered_##factory = registerCommandGroup(factory());                             \
    }
