#include "serverchunkchannel.h"

#include "serverconnection.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QtEndian>

#include <libpq-fe.h>

#include <memory>
#include <optional>

namespace seqohs {

namespace {

// The type ids of PostgreSQL's built-in types (pg_type.oid; fixed since 7.x).
constexpr Oid Int8Oid = 20;
constexpr Oid ByteaOid = 17;
constexpr int Binary = 1;

struct ResultDeleter
{
    void operator()(PGresult *result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

QByteArray bigEndian(qint64 value)
{
    QByteArray bytes(sizeof value, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}

} // namespace

ServerChunkChannel::ServerChunkChannel(const ServerConnection &connection)
    : m_connection(connection)
{
}

PGconn *ServerChunkChannel::session(const QString &what, Error *failed) const
{
    const QVariant handle = m_connection.database().driver()->handle();
    PGconn *conn = nullptr;
    // QPSQL names the type by libpq's struct ("pg_conn*"); older Qt versions said "PGconn*".
    if (handle.isValid() &&
        (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0))
        conn = *static_cast<PGconn *const *>(handle.data());
    if (conn && PQstatus(conn) == CONNECTION_OK)
        return conn;
    *failed = m_connection.sqlError(
        QSqlError(QString(),
                  conn ? QString::fromUtf8(PQerrorMessage(conn)) : tr("the connection is not open"),
                  QSqlError::ConnectionError),
        what);
    return nullptr;
}

Error ServerChunkChannel::serverError(PGconn *conn, const PGresult *result,
                                      const QString &what) const
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char *said = result ? PQresultErrorMessage(result) : nullptr;
    const bool lost = PQstatus(conn) != CONNECTION_OK;
    return m_connection.sqlError(
        QSqlError(QString(), QString::fromUtf8(said && *said ? said : PQerrorMessage(conn)),
                  lost ? QSqlError::ConnectionError : QSqlError::StatementError,
                  QString::fromLatin1(state ? state : "")),
        what);
}

Status ServerChunkChannel::write(qint64 blobId, qint64 seq, QByteArrayView data,
                                 const QString &what) const
{
    Error failed;
    PGconn *conn = session(what, &failed);
    if (!conn)
        return failed;
    const QByteArray id = bigEndian(blobId);
    const QByteArray number = bigEndian(seq);
    const Oid types[] = {Int8Oid, Int8Oid, ByteaOid};
    const char *values[] = {id.constData(), number.constData(), data.data()};
    const int lengths[] = {int(id.size()), int(number.size()), int(data.size())};
    const int formats[] = {Binary, Binary, Binary};
    const Result result(
        PQexecParams(conn, "INSERT INTO blob_chunk (blob_id, seq, data) VALUES ($1, $2, $3)", 3,
                     types, values, lengths, formats, Binary));
    if (PQresultStatus(result.get()) != PGRES_COMMAND_OK)
        return serverError(conn, result.get(), what);
    return success();
}

Status ServerChunkChannel::read(qint64 blobId, const Sink &sink, const QString &what) const
{
    Error failed;
    PGconn *conn = session(what, &failed);
    if (!conn)
        return failed;
    const QByteArray id = bigEndian(blobId);
    const Oid types[] = {Int8Oid};
    const char *values[] = {id.constData()};
    const int lengths[] = {int(id.size())};
    const int formats[] = {Binary};
    if (!PQsendQueryParams(conn, "SELECT seq, data FROM blob_chunk WHERE blob_id = $1 ORDER BY seq",
                           1, types, values, lengths, formats, Binary) ||
        !PQsetSingleRowMode(conn)) {
        // Whatever was sent is still answered: take the answers so the session stays usable.
        while (Result(PQgetResult(conn)))
            ;
        return serverError(conn, nullptr, what);
    }
    // Every result is taken, even after a failure, or the session would refuse the next
    // statement as one still in progress.
    std::optional<Error> first;
    while (PGresult *raw = PQgetResult(conn)) {
        const Result result(raw);
        const ExecStatusType status = PQresultStatus(raw);
        if (first)
            continue;
        if (status == PGRES_SINGLE_TUPLE) {
            if (PQgetlength(raw, 0, 0) != int(sizeof(qint64))) {
                first = serverError(conn, raw, what);
                continue;
            }
            const qint64 seq = qFromBigEndian<qint64>(PQgetvalue(raw, 0, 0));
            const QByteArrayView data(PQgetvalue(raw, 0, 1), PQgetlength(raw, 0, 1));
            if (Status ok = sink(seq, data); !ok)
                first = ok.error();
        } else if (status != PGRES_TUPLES_OK) {
            first = serverError(conn, raw, what);
        }
    }
    if (first)
        return *first;
    return success();
}

} // namespace seqohs
