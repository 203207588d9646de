#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <catch2/catch.hpp>

#include <iostream>

namespace test {

namespace {

QString uniqueName(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

} // namespace

TestServer::TestServer()
{
    const QString dir = qEnvironmentVariable("SEQOHS_TEST_POSTGRES");
    if (dir.isEmpty()) {
        m_why = QStringLiteral("no PostgreSQL server: SEQOHS_TEST_POSTGRES is not set (CTest "
                               "sets it when it starts the server, see scripts/test-postgres)");
        return;
    }
    QFile env(QDir(dir).filePath(QStringLiteral("server.env")));
    if (!env.open(QIODevice::ReadOnly)) {
        m_why = QStringLiteral("no PostgreSQL server: %1 cannot be read").arg(env.fileName());
        return;
    }
    while (!env.atEnd()) {
        const QString line = QString::fromUtf8(env.readLine()).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq < 0)
            continue;
        const QString key = line.left(eq);
        const QString value = line.mid(eq + 1);
        if (key == QLatin1String("PGHOST"))
            m_host = value;
        else if (key == QLatin1String("PGPORT"))
            m_port = value.toInt();
        else if (key == QLatin1String("PGUSER"))
            m_superuser = value;
    }
    if (m_host.isEmpty())
        m_why = QStringLiteral("no PostgreSQL server: %1 names no host").arg(env.fileName());
}

QString TestServer::url(const QString &database, const QString &user) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("host"), m_host);
    query.addQueryItem(QStringLiteral("port"), QString::number(m_port));
    url.setQuery(query);
    return url.toString();
}

QSqlDatabase TestServer::connect(const QString &database, const QString &user)
{
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), uniqueName(QStringLiteral("test-")));
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setDatabaseName(database);
    db.setUserName(user);
    INFO("connecting to " << database.toStdString() << " as " << user.toStdString() << ": "
                          << db.lastError().text().toStdString());
    REQUIRE(db.open());
    return db;
}

bool skippedWithoutServer(const TestServer &server)
{
    if (server.available())
        return false;
    std::cout << "SKIPPED: " << server.whyUnavailable().toStdString() << '\n';
    return true;
}

void TestServer::closeConnection(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

void TestServer::runAsSuperuser(const QString &database, const QStringList &statements)
{
    QSqlDatabase db = connect(database, m_superuser);
    {
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            // Test processes run in parallel, and a GRANT on a server parameter rewrites one
            // catalog row shared by the whole server: a second process granting at the same
            // moment is told "tuple concurrently updated" (or, changing roles, meets a deadlock)
            // and has only to try again.
            bool ran = q.exec(sql);
            for (int attempt = 0; !ran && attempt < 20 &&
                                  (q.lastError().text().contains(QLatin1String("concurrently")) ||
                                   q.lastError().nativeErrorCode() == QLatin1String("40P01"));
                 ++attempt) {
                QThread::msleep(25 + 25 * attempt);
                ran = q.exec(sql);
            }
            INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
            REQUIRE(ran);
        }
    }
    closeConnection(db);
}

QString TestServer::logPath() const
{
    return QDir(m_host).filePath(QStringLiteral("server.log"));
}

QString TestServer::createLogin(const QString &prefix, const QString &memberOf, bool createRole)
{
    QString name = uniqueName(prefix);
    QStringList sql{QStringLiteral("CREATE ROLE \"%1\" LOGIN%2")
                        .arg(name, createRole ? QStringLiteral(" CREATEROLE") : QString())};
    if (!memberOf.isEmpty())
        sql << QStringLiteral("GRANT \"%1\" TO \"%2\"").arg(memberOf, name);
    runAsSuperuser(QStringLiteral("postgres"), sql);
    return name;
}

QString TestServer::createDatabase(const QString &owner)
{
    QString name = uniqueName(QStringLiteral("ws_"));
    runAsSuperuser(QStringLiteral("postgres"),
                   {QStringLiteral("CREATE DATABASE %1 OWNER \"%2\"").arg(name, owner),
                    // Nobody but its owner and the roles it grants reaches it, as on a real server.
                    QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(name)});
    return name;
}

} // namespace test
