#pragma once

#include "common/expected.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <functional>

struct pg_conn;
struct pg_result;

namespace seqohs {

class ServerConnection;

// The chunks of stored content, sent to and read from the server as bytes (libpq's binary
// format) on the connection's own session, so in its transaction, savepoints and policies.
// QtSql's driver sends a bound value as an SQL literal: a chunk went as hex text twice its size
// that the server then had to parse, which made importing into a team workspace a twentieth
// as fast as the disk.
class ServerChunkChannel
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::ServerChunkChannel)

public:
    explicit ServerChunkChannel(const ServerConnection &connection);

    // Adds chunk seq of blobId; what names the operation in the error.
    [[nodiscard]] Status write(qint64 blobId, qint64 seq, QByteArrayView data,
                               const QString &what) const;

    // Hands every chunk of blobId to sink in order of seq, one row at a time, so that a large
    // file is never held whole. The first error, the sink's own included, ends the reading.
    using Sink = std::function<Status(qint64 seq, QByteArrayView data)>;
    [[nodiscard]] Status read(qint64 blobId, const Sink &sink, const QString &what) const;

private:
    pg_conn *session(const QString &what, Error *failed) const;
    Error serverError(pg_conn *conn, const pg_result *result, const QString &what) const;

    const ServerConnection &m_connection;
};

} // namespace seqohs
