#include "serveraudittrail.h"

#include "serverconnection.h"

#include <QSqlQuery>

namespace seqohs {

Expected<qint64> ServerAuditTrail::verify(ServerConnection &connection)
{
    const QString what = tr("Checking the server's audit trail");
    const QString where = connection.address().display();
    auto rows = connection.run(
        QStringLiteral("SELECT seq, prev_hash, hash, encode(sha256(convert_to(audit_canonical("
                       "seq, at, who, what, tbl, row_key, before, after, prev_hash), 'UTF8')), "
                       "'hex') FROM server_audit ORDER BY seq"),
        {}, what);
    if (!rows)
        return rows.errors();
    qint64 expectedSeq = 1;
    QString previousHash;
    while (rows->next()) {
        const qint64 seq = rows->value(0).toLongLong();
        const QString prev = rows->value(1).toString();
        const QString hash = rows->value(2).toString();
        if (seq != expectedSeq) {
            return Error{tr("The server's audit trail on %1 skips from row %2 to row %3.")
                             .arg(where)
                             .arg(expectedSeq - 1)
                             .arg(seq)};
        }
        if (prev != previousHash) {
            return Error{tr("Row %1 of the server's audit trail on %2 does not follow the row "
                            "before it.")
                             .arg(seq)
                             .arg(where)};
        }
        if (hash != rows->value(3).toString()) {
            return Error{tr("Row %1 of the server's audit trail on %2 was changed after it was "
                            "written.")
                             .arg(seq)
                             .arg(where)};
        }
        previousHash = hash;
        ++expectedSeq;
    }
    rows->finish();
    auto head = connection.run(QStringLiteral("SELECT seq, hash FROM server_audit_head"), {}, what);
    if (!head)
        return head.errors();
    if (head->next() && (head->value(0).toLongLong() != expectedSeq - 1 ||
                         head->value(1).toString() != previousHash)) {
        return Error{tr("The server's audit trail on %1 ends at row %2, but its head says row %3: "
                        "rows were removed.")
                         .arg(where)
                         .arg(expectedSeq - 1)
                         .arg(head->value(0).toLongLong())};
    }
    return expectedSeq - 1;
}

} // namespace seqohs
