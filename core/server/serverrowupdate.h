#pragma once

#include "common/expected.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

namespace seqohs {

class ServerConnection;

// One checked change to one row of a team workspace: the row is changed only if it is still at
// the version the writer read. Row-level security makes an update the login may not make affect
// no row, without an error, exactly as an update of a row someone else changed does; when no row
// changed this reads the row again to tell which it was.
class ServerRowUpdate
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::ServerRowUpdate)

public:
    enum class Outcome {
        Updated,          // the row was at rowVersion and now holds the values
        ChangedElsewhere, // someone else changed it since it was read: read it again
        Removed,          // someone else removed it
        NotPermitted,     // the row is as read, but the login may not change it
    };

    // UPDATE table SET column = value, ... WHERE keyColumn = key AND row_version = rowVersion.
    // table and the columns are the program's own names, never a person's input.
    [[nodiscard]] static Expected<Outcome> update(ServerConnection &connection,
                                                  const QString &table, const QString &keyColumn,
                                                  const QVariant &key, qint64 rowVersion,
                                                  const QList<QPair<QString, QVariant>> &values);

    // What happened, in words for a person.
    static QString describe(Outcome outcome);
};

} // namespace seqohs
