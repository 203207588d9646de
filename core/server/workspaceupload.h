#pragma once

#include "common/expected.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace seqohs {

class ServerConnection;

// Copies a workspace file into a team workspace that "server init" set up and that holds
// nothing yet: every table, every evidence item, version and content, and the file's own audit
// trail, in one server transaction. The file must pass its integrity check first and is only
// read. Content is streamed chunk by chunk (at most a few MiB in memory whatever the file's size)
// and hashed on the way; before the transaction commits, the rows of every table are counted on
// the server, every content is read back from the server and its SHA-256 compared, and the
// carried audit trail must end where the file's does. Any mismatch rolls it all back.
class WorkspaceUpload
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::WorkspaceUpload)

public:
    struct Result
    {
        QMap<QString, qint64> rows; // per table
        qint64 contents = 0;        // distinct contents (blobs)
        qint64 contentBytes = 0;
    };

    [[nodiscard]] static Expected<Result> run(const QString &path, ServerConnection &connection);
};

} // namespace seqohs
