#pragma once

#include "common/expected.h"

#include <QCoreApplication>
#include <QString>

namespace seqohs {

// Where a team workspace lives: a postgresql:// URL as libpq reads it
// (postgresql://[user@][host][:port]/database[?host=/socket/folder&port=N&sslmode=...]). A
// password is refused: one in a URL ends up in shell history, scripts and process lists, so it
// comes from libpq's own means (~/.pgpass, PGPASSWORD) or a prompt, and is never kept by us.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::ServerAddress)

public:
    // The address in url, or what is wrong with it.
    static Expected<ServerAddress> parse(const QString &url);

    QString host() const { return m_host; } // a name, an address, a socket folder, or empty
    int port() const { return m_port; }     // -1: libpq's default
    QString database() const { return m_database; }
    QString user() const { return m_user; } // empty: libpq's default (PGUSER, the OS user)
    // Further libpq options (sslmode=require;connect_timeout=10), as QPSQL takes them.
    QString connectOptions() const { return m_options; }

    // The address as a URL that parse() reads back the same (no password: there is none).
    QString url() const;
    // The same server, login and options, another database on it.
    ServerAddress withDatabase(const QString &database) const;

    // The address as messages name it: no password, the socket folder shown as it is.
    QString display() const;

private:
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_user;
    QString m_options;
};

} // namespace seqohs
