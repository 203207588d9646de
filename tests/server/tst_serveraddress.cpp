// What a server address may say, and what a failed connection tells the person.
#include "testsupport.h"

#include "server/serveraddress.h"
#include "server/serverconnection.h"

#include <QDir>

using seqohs::ServerAddress;

TEST_CASE("A server address is read as libpq reads it, never with a password", "[server]")
{
    const auto address = ServerAddress::parse(
        QStringLiteral("postgresql://priya@db.example.org:6543/clinic?sslmode=verify-full"));
    REQUIRE(address.ok());
    CHECK(address->host() == QStringLiteral("db.example.org"));
    CHECK(address->port() == 6543);
    CHECK(address->user() == QStringLiteral("priya"));
    CHECK(address->database() == QStringLiteral("clinic"));
    CHECK(address->connectOptions() == QStringLiteral("sslmode=verify-full"));
    CHECK(address->display() == QStringLiteral("postgresql://priya@db.example.org:6543/clinic"));

    // A socket folder, given as a query option or percent-encoded as the host.
    for (const QString &url :
         {QStringLiteral("postgresql:///clinic?host=/var/run/postgresql&user=sam"),
          QStringLiteral("postgres://sam@%2Fvar%2Frun%2Fpostgresql/clinic")}) {
        INFO(url.toStdString());
        const auto socket = ServerAddress::parse(url);
        REQUIRE(socket.ok());
        CHECK(socket->host() == QStringLiteral("/var/run/postgresql"));
        CHECK(socket->user() == QStringLiteral("sam"));
        CHECK(socket->port() == -1);
        CHECK(socket->display() ==
              QStringLiteral("postgresql://sam@/clinic (socket in /var/run/postgresql)"));
    }

    const auto withPort = ServerAddress::parse(
        QStringLiteral("postgresql://sam@%2Fvar%2Frun%2Fpostgresql:5433/clinic"));
    REQUIRE(withPort.ok());
    CHECK(withPort->host() == QStringLiteral("/var/run/postgresql"));
    CHECK(withPort->port() == 5433);

    const QList<QPair<QString, QString>> refused{
        {QStringLiteral("postgresql://priya:secret@db/clinic"), QStringLiteral("~/.pgpass")},
        {QStringLiteral("postgresql://priya@db/clinic?password=secret"),
         QStringLiteral("~/.pgpass")},
        {QStringLiteral("postgresql://priya@db/"), QStringLiteral("names no database")},
        {QStringLiteral("mysql://priya@db/clinic"), QStringLiteral("not a server address")},
        {QStringLiteral("postgresql://db/clinic?port=99999"), QStringLiteral("1 to 65535")},
        {QStringLiteral("postgresql://db/clinic?sslmod=require"),
         QStringLiteral("does not know: sslmod")},
        {QStringLiteral("postgresql://db/clinic?sslmode=require%3Bhost=evil"),
         QStringLiteral("semicolon")},
    };
    for (const auto &[url, why] : refused) {
        INFO(url.toStdString());
        const auto wrong = ServerAddress::parse(url);
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.errorString().contains(why));
        CHECK_FALSE(wrong.errorString().contains(QStringLiteral("secret")));
    }
}

TEST_CASE("A server that is not there is named, with what to check", "[server]")
{
    test::TempDir dir;
    const auto address =
        ServerAddress::parse(QStringLiteral("postgresql://nobody@/clinic?host=%1").arg(dir.path()));
    REQUIRE(address.ok());
    const auto connection = seqohs::ServerConnection::open(*address);
    REQUIRE_FALSE(connection.ok());
    const QString message = connection.errorString();
    CHECK(message.contains(QStringLiteral("Could not connect to postgresql://nobody@/clinic")));
    CHECK(message.contains(QStringLiteral("Check that the server is running")));
    CHECK_FALSE(message.contains(QLatin1Char('\n')));
}

TEST_CASE("A server address written as a URL reads back the same", "[server]")
{
    for (const QString &given :
         {QStringLiteral("postgresql://priya@/clinic?host=/var/run/postgresql&port=5433"),
          QStringLiteral("postgresql://priya@db.example.org:6432/clinic?sslmode=verify-full"),
          QStringLiteral("postgresql://db.example.org/north%20site")}) {
        const auto address = seqohs::ServerAddress::parse(given);
        REQUIRE(address.ok());
        const auto again = seqohs::ServerAddress::parse(address->url());
        INFO(address->url().toStdString());
        REQUIRE(again.ok());
        CHECK(again->display() == address->display());
        CHECK(again->connectOptions() == address->connectOptions());
        CHECK(again->port() == address->port());
        const seqohs::ServerAddress other = address->withDatabase(QStringLiteral("south"));
        CHECK(other.database() == QStringLiteral("south"));
        CHECK(other.host() == address->host());
        CHECK(other.user() == address->user());
    }
}
