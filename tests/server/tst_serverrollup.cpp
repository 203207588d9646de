// A roll-up across sites on one server: a regional lead's login, a member of some sites' roles,
// sees those sites and no other, as the server decides.

#include "readvalue.h"
#include "teamfixture.h"
#include "testserver.h"
#include "testsupport.h"

#include "server/serveraddress.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using seqohs::Workspace;

namespace {

// The demo workspace, renamed, uploaded into the site's team workspace.
void makeSite(const test::TempDir &dir, test::TeamFixture &site, const QString &name)
{
    const QString path = dir.filePath(site.database + QStringLiteral(".seqohs"));
    REQUIRE(test::serverCli({QStringLiteral("demo"), QStringLiteral("--out"), path}).exitCode == 0);
    {
        auto ws = Workspace::open(path);
        REQUIRE(ws.ok());
        seqohs::ServiceProfile profile = *(*ws)->profile();
        profile.name = name;
        REQUIRE((*ws)->setProfile(profile).ok());
    }
    REQUIRE(test::serverCli({QStringLiteral("workspace"), QStringLiteral("upload"), path,
                             QStringLiteral("--to"), site.server.url(site.database, site.lead)})
                .exitCode == 0);
}

QStringList serviceNames(const QString &json)
{
    QStringList names;
    const QJsonArray services =
        QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("services")).toArray();
    for (const auto &s : services) {
        if (s.toObject().value(QStringLiteral("read")).toBool())
            names << s.toObject().value(QStringLiteral("name")).toString();
    }
    return names;
}

// The roll-up's JSON without the services' paths, which name where each was read.
QJsonObject withoutPaths(const QString &json)
{
    QJsonObject rollUp = QJsonDocument::fromJson(json.toUtf8()).object();
    QJsonArray services;
    for (const auto &s : rollUp.value(QStringLiteral("services")).toArray()) {
        QJsonObject service = s.toObject();
        service.remove(QStringLiteral("path"));
        services << service;
    }
    rollUp.insert(QStringLiteral("services"), services);
    return rollUp;
}

} // namespace

TEST_CASE("A regional lead rolls up the sites they belong to, and no other", "[server]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    test::TempDir dir;
    test::TeamFixture north(server);
    test::TeamFixture south(server);
    test::TeamFixture west(server);
    makeSite(dir, north, QStringLiteral("North Site OH"));
    makeSite(dir, south, QStringLiteral("South Site OH"));
    makeSite(dir, west, QStringLiteral("West Site OH"));

    // A viewer of north and south; nothing in west.
    const QString regional =
        server.createLogin(QStringLiteral("regional_"), north.database + QStringLiteral("_viewer"));
    server.runAsSuperuser(
        QStringLiteral("postgres"),
        {QStringLiteral("GRANT \"%1_viewer\" TO \"%2\"").arg(south.database, regional)});

    SECTION("--server finds their sites through any database they may connect to")
    {
        const test::CliRun run = test::serverCli(
            {QStringLiteral("rollup"), QStringLiteral("--server"),
             server.url(QStringLiteral("postgres"), regional), QStringLiteral("--json")});
        CHECK(run.exitCode == 0);
        QStringList names = serviceNames(run.out);
        names.sort();
        CHECK(names ==
              QStringList{QStringLiteral("North Site OH"), QStringLiteral("South Site OH")});

        const QString pdf = dir.filePath(QStringLiteral("region.pdf"));
        qputenv("QT_QPA_PLATFORM", "offscreen");
        const test::CliRun withPdf =
            test::serverCli({QStringLiteral("rollup"), QStringLiteral("--server"),
                             server.url(north.database, regional), QStringLiteral("--pdf"), pdf});
        CHECK(withPdf.exitCode == 0);
        CHECK(withPdf.out.contains(QStringLiteral("Roll-up of 2 services")));
        QFile written(pdf);
        REQUIRE(written.open(QIODevice::ReadOnly));
        CHECK(written.read(5) == QByteArray("%PDF-"));
    }

    SECTION("in the regional role, which reads only the figures, the roll-up is the one the "
            "site's own file gives")
    {
        const QString figuresOnly = server.createLogin(QStringLiteral("figures_"),
                                                       west.database + QStringLiteral("_regional"));
        const test::CliRun run = test::serverCli(
            {QStringLiteral("rollup"), QStringLiteral("--server"),
             server.url(QStringLiteral("postgres"), figuresOnly), QStringLiteral("--json")});
        CHECK(run.exitCode == 0);
        CHECK(serviceNames(run.out) == QStringList{QStringLiteral("West Site OH")});
        const test::CliRun fromFile = test::serverCli(
            {QStringLiteral("rollup"), dir.filePath(west.database + QStringLiteral(".seqohs")),
             QStringLiteral("--json")});
        CHECK(fromFile.exitCode == 0);
        const QJsonObject expected = withoutPaths(fromFile.out);
        INFO("from the file: " << fromFile.out.toStdString());
        INFO("from the server: " << run.out.toStdString());
        CHECK(withoutPaths(run.out) == expected);
        // Not an empty roll-up that happens to match: the demo has gaps and expiring evidence.
        CHECK_FALSE(expected.value(QStringLiteral("expiring")).toArray().isEmpty());
        CHECK(expected.value(QStringLiteral("services"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("read"))
                  .toBool());

        // Read for a roll-up, even by the site's lead, what a roll-up does not show is empty:
        // the reads go to the views, not the tables.
        const auto address = seqohs::ServerAddress::parse(server.url(west.database, west.lead));
        REQUIRE(address.ok());
        auto asLead = Workspace::openServer(*address, Workspace::ReadOnly);
        auto forRollUp = Workspace::openServer(*address, Workspace::FiguresOnly);
        REQUIRE(asLead.ok());
        REQUIRE(forRollUp.ok());
        const auto full = test::read((*asLead)->assessments());
        const auto figures = test::read((*forRollUp)->assessments());
        REQUIRE(figures.size() == full.size());
        int narratives = 0;
        for (auto it = full.cbegin(); it != full.cend(); ++it) {
            narratives += it->narrative.isEmpty() ? 0 : 1;
            CHECK(figures.value(it.key()).narrative.isEmpty());
            CHECK(figures.value(it.key()).result == it->result);
        }
        CHECK(narratives > 0);
        int descriptions = 0;
        for (const seqohs::EvidenceItem &e : test::read((*asLead)->evidence()))
            descriptions += e.description.isEmpty() ? 0 : 1;
        CHECK(descriptions > 0);
        for (const seqohs::EvidenceItem &e : test::read((*forRollUp)->evidence()))
            CHECK(e.description.isEmpty());
    }

    SECTION("a site they do not belong to is named as not read, and the others still roll up")
    {
        const test::CliRun run =
            test::serverCli({QStringLiteral("rollup"), server.url(north.database, regional),
                             server.url(west.database, regional), QStringLiteral("--json")});
        CHECK(run.exitCode == 1);
        CHECK(serviceNames(run.out) == QStringList{QStringLiteral("North Site OH")});
        CHECK(run.err.contains(west.database));
        CHECK(run.err.contains(QStringLiteral("permission denied")));
    }

    SECTION("an address that is not one, or a server that is not there, is told and nothing is "
            "rolled up")
    {
        const test::CliRun wrong = test::serverCli(
            {QStringLiteral("rollup"), QStringLiteral("--server"), QStringLiteral("clinic-db")});
        CHECK(wrong.exitCode == 2);
        CHECK(wrong.err.contains(QStringLiteral("not a server address")));
        const test::CliRun absent =
            test::serverCli({QStringLiteral("rollup"), QStringLiteral("--server"),
                             QStringLiteral("postgresql://%1@/postgres?host=%2")
                                 .arg(regional, dir.filePath(QStringLiteral("no-server")))});
        CHECK(absent.exitCode == 1);
        CHECK(absent.err.contains(QStringLiteral("Could not connect")));
        CHECK(absent.out.isEmpty());
    }

    SECTION("a login of no site is told so")
    {
        const QString nobody = server.createLogin(QStringLiteral("nobody_"));
        const test::CliRun run =
            test::serverCli({QStringLiteral("rollup"), QStringLiteral("--server"),
                             server.url(QStringLiteral("postgres"), nobody)});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("belongs to no team workspace")));
    }
}
