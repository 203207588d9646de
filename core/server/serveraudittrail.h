#pragma once

#include "common/expected.h"

#include <QCoreApplication>

namespace seqohs {

class ServerConnection;

// The audit trail the server writes itself: one row per changed row of the team workspace, with
// the login (session_user) that changed it, each row's hash covering the one before. Nobody may
// change or remove a row, the trail's owner included (triggers refuse it); see
// docs/team-server.md for what that does and does not prove.
class ServerAuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::ServerAuditTrail)

public:
    // Recomputes every row's hash with the server's own canonical form and checks the chain,
    // gap-free sequence and head; the error names the first row that does not fit. Returns the
    // number of rows.
    [[nodiscard]] static Expected<qint64> verify(ServerConnection &connection);
};

} // namespace seqohs
