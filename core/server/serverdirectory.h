#pragma once

#include "serveraddress.h"
#include "serverconnection.h"

#include <QList>

namespace seqohs {

// The team workspaces on one server that a login belongs to, for a roll-up across sites. Each
// site is a database; `server init` lets only that workspace's roles connect to it, so the
// databases a login may connect to and whose roll-up views (or, on a server schema before 2,
// workspace tables) it may read are the sites it is a member of, as the server itself decides.
// Nothing is read but their names.
class ServerDirectory
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::ServerDirectory)

public:
    // Connects to any (a database the login may connect to: one of its sites, or the server's
    // "postgres") and returns the address of each team workspace the login can read, in order
    // of name. askPassword is asked at most once; the answer is used for these connections only.
    static Expected<QList<ServerAddress>>
    readableWorkspaces(const ServerAddress &any,
                       const ServerConnection::PasswordPrompt &askPassword = {});
};

} // namespace seqohs
