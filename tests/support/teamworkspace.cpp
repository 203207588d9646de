#include "teamworkspace.h"

#include "testserver.h"

#include "server/serveraddress.h"
#include "server/serverconnection.h"
#include "server/serverschema.h"
#include "server/workspaceupload.h"
#include "workspace/workspace.h"

#include <QFileInfo>
#include <QHash>

#include <catch2/catch.hpp>

namespace test {

using namespace seqohs;

namespace {

struct Team
{
    QString database;
    QString lead;
};

TestServer &testServer()
{
    static TestServer server;
    return server;
}

QHash<QString, Team> &teams()
{
    static QHash<QString, Team> made;
    return made;
}

std::unique_ptr<ServerConnection> connectAs(const QString &database, const QString &login)
{
    Expected<ServerAddress> address = ServerAddress::parse(testServer().url(database, login));
    REQUIRE(address.ok());
    Expected<std::unique_ptr<ServerConnection>> connection = ServerConnection::open(*address);
    INFO(connection.errorString().toStdString());
    REQUIRE(connection.ok());
    return std::move(*connection);
}

} // namespace

std::unique_ptr<Workspace> openTeamWorkspace(const QString &url)
{
    Expected<ServerAddress> address = ServerAddress::parse(url);
    REQUIRE(address.ok());
    Expected<std::unique_ptr<Workspace>> ws = Workspace::openServer(*address);
    INFO(ws.errorString().toStdString());
    REQUIRE(ws.ok());
    return std::move(ws.value());
}

std::unique_ptr<Workspace> onThisEngine(std::unique_ptr<Workspace> made, const QString &path)
{
    if (!onServer())
        return made;
    made.reset();
    return openTeamWorkspace(workspaceLocation(path));
}

bool onServer()
{
    return !qEnvironmentVariableIsEmpty("SEQOHS_TEST_POSTGRES");
}

QString serverUrl(const QString &path, const QString &login)
{
    const auto team = teams().constFind(QFileInfo(path).absoluteFilePath());
    if (team == teams().constEnd())
        return QString();
    return testServer().url(team->database, login.isEmpty() ? team->lead : login);
}

QString workspaceLocation(const QString &path)
{
    if (!onServer())
        return path;
    if (QString url = serverUrl(path); !url.isEmpty())
        return url;
    TestServer &server = testServer();
    INFO(server.whyUnavailable().toStdString());
    REQUIRE(server.available());
    Team team;
    const QString owner = server.createLogin(QStringLiteral("owner_"), QString(), true);
    team.database = server.createDatabase(owner);
    {
        auto connection = connectAs(team.database, owner);
        Expected<ServerSchema::Created> created = ServerSchema::create(*connection);
        INFO(created.errorString().toStdString());
        REQUIRE(created.ok());
    }
    team.lead =
        server.createLogin(QStringLiteral("lead_"), team.database + QStringLiteral("_lead"));
    {
        auto connection = connectAs(team.database, team.lead);
        Expected<WorkspaceUpload::Result> uploaded = WorkspaceUpload::run(path, *connection);
        INFO(uploaded.errorString().toStdString());
        REQUIRE(uploaded.ok());
    }
    teams().insert(QFileInfo(path).absoluteFilePath(), team);
    return server.url(team.database, team.lead);
}

} // namespace test
