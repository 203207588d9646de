#pragma once

#include "common/expected.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace seqohs {

class ServerConnection;

// Writes the workspace a team workspace holds to a new workspace file: every table, evidence
// item, version and content, and the audit trail the file carried up, read in one snapshot of the
// server. Built under a temporary name beside the file and put in place only when complete and
// checked: every content's SHA-256 as it arrives, every table's rows counted against the server,
// and the new file's own integrity check (as 'integrity' runs it). Never over an existing file.
// Content is streamed chunk by chunk, whatever its size.
class WorkspaceDownload
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::WorkspaceDownload)

public:
    struct Result
    {
        QMap<QString, qint64> rows; // per table
        qint64 contents = 0;
        qint64 contentBytes = 0;
    };

    [[nodiscard]] static Expected<Result> run(ServerConnection &connection, const QString &outPath);
};

} // namespace seqohs
