#pragma once

#include <QSqlDatabase>
#include <QString>

namespace test {

// The PostgreSQL server that CTest starts for the tests of team mode (scripts/test-postgres,
// the "postgres" fixture), as CTest names it in SEQOHS_TEST_POSTGRES. Every test case makes a
// database of its own, so cases can run side by side on one server.
class TestServer
{
public:
    // Reads the server's description; available() is false when the test runs outside CTest.
    TestServer();

    bool available() const { return !m_host.isEmpty(); }
    // Why the server is not available, for a "SKIPPED:" line.
    QString whyUnavailable() const { return m_why; }

    QString host() const { return m_host; } // the folder of the server's Unix socket
    int port() const { return m_port; }
    QString superuser() const { return m_superuser; }
    // The server's log file, which the test may read (it is root, or the server's own user).
    QString logPath() const;

    // A fresh, empty database owned by owner, closed to everyone else; returns its name.
    QString createDatabase(const QString &owner);
    // Creates a login with a name of its own starting with prefix, optionally a member of a
    // group role or able to create roles (as the person who runs "server init" is); returns it.
    QString createLogin(const QString &prefix, const QString &memberOf = QString(),
                        bool createRole = false);

    // postgresql:// URL of database as user (no password: the server trusts its socket).
    QString url(const QString &database, const QString &user) const;

    // An open QPSQL connection as user, with its own connection name; close it with
    // closeConnection().
    QSqlDatabase connect(const QString &database, const QString &user);
    static void closeConnection(QSqlDatabase &db);

    // Runs statements as the superuser on database; fails the test when one fails.
    void runAsSuperuser(const QString &database, const QStringList &statements);

private:
    QString m_host;
    int m_port = 5432;
    QString m_superuser;
    QString m_why;
};

// True, after printing the "SKIPPED:" line CTest reads, when the server is not available; a
// test case then returns.
bool skippedWithoutServer(const TestServer &server);

} // namespace test
