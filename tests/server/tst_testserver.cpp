// The server CTest starts for team mode is the one the tests are meant to run against:
// PostgreSQL 15, reachable through QtSql's QPSQL driver, on a Unix socket only.
#include "testserver.h"
#include "testsupport.h"

#include <QSqlQuery>

TEST_CASE("The test server is PostgreSQL 15 on a Unix socket only", "[server]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    REQUIRE(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));
    QSqlDatabase db = server.connect(QStringLiteral("postgres"), server.superuser());
    {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SHOW server_version_num")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() / 10000 == 15);
        REQUIRE(q.exec(QStringLiteral("SHOW listen_addresses")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString().isEmpty());
    }
    test::TestServer::closeConnection(db);
}
