#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

// A group of sub-commands of seqohs-tracker-cli ("standards", "evidence", ...). Each group lives
// in a file of its own and parses its own arguments.
struct CommandGroup
{
    QString name;
    QString synopsis; // one line for the usage text
    // args[0] is the group's name; returns the process exit code.
    std::function<int(const QStringList &args, QTextStream &out, QTextStream &err)> run;
};

// Every command group, in the order the usage text lists them.
QList<CommandGroup> commandGroups();

// The usage text printed by --help and after an unknown command.
QString usageText();
