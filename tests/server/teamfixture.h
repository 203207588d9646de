#pragma once

#include "testserver.h"
#include "testsupport.h"

#include "server/serverconnection.h"

#include <QString>
#include <QVariantList>

#include <memory>

namespace test {

// A team workspace on the test server: a database set up by "server init" (run through the
// command line, as a person runs it) by an owner who may create roles, and one login in each
// group role, plus a second contributor. Each test case makes its own.
struct TeamFixture
{
    // grantLogging: the administrator has let the owner set the logging settings that only a
    // superuser may set by default.
    explicit TeamFixture(TestServer &server, bool grantLogging = true);

    std::unique_ptr<seqohs::ServerConnection> connect(const QString &login) const;

    TestServer &server;
    QString owner;
    QString database;
    QString initOutput;
    QString lead;
    QString contributor;
    QString otherContributor;
    QString viewer;
    QString assessor;
};

// Runs the command line as test::runCli does, with the longer wait a server's work may need;
// what the command printed goes with the next assertion's report.
CliRun serverCli(const QStringList &args);

// Runs one statement on connection; true when it succeeded. code receives the SQLSTATE of a
// failure, rows the number of rows it changed.
bool tryExec(seqohs::ServerConnection &connection, const QString &sql,
             const QVariantList &values = {}, QString *code = nullptr, int *rows = nullptr);

} // namespace test
