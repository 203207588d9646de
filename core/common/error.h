#pragma once

#include <QString>
#include <QStringList>

namespace seqohs {

// An error a person can act on: what went wrong, in which file, where in it, and what to do.
struct Error
{
    QString message;  // what is wrong, in a sentence
    QString file;     // the file concerned, if any
    QString location; // line:column, JSON path, row/column, or empty
    QString hint;     // what the user can do about it, or empty

    // "file: location: message. hint", leaving out the parts that are empty.
    QString toString() const;

    bool operator==(const Error &) const = default;
};

using ErrorList = QList<Error>;

// Joins errors one per line, as the CLI prints them and the GUI shows them.
QString joinErrors(const ErrorList &errors);

} // namespace seqohs
