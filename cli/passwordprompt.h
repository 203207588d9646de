#pragma once

#include <QString>

// Asks for a server's password on the terminal, without echoing it, when libpq found none
// (~/.pgpass, PGPASSWORD). Without a terminal it asks nothing, and the server's refusal is
// reported as it is. The password is returned to be used once and is kept nowhere.
class PasswordPrompt
{
public:
    static QString ask(const QString &serverDisplay);
};
