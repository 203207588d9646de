#pragma once

#include <QString>

#include <memory>

namespace seqohs {
class Workspace;
}

namespace test {

// The second storage engine in the suites that run twice (tests/CMakeLists.txt,
// seqohs_add_server_run): when SEQOHS_TEST_POSTGRES names the test server, the workspaces a test
// makes live on it.
bool onServer();

// Where the program is to find the workspace file at path: the file itself, or, on the server
// run, a team workspace of its own on the test server (made on first use: set up with the
// server's schema, the file uploaded into it as a lead, whose URL this returns). After that the
// file is no longer the workspace: the test works on the URL.
QString workspaceLocation(const QString &path);

// The URL of the team workspace made for path, as login (the lead when empty); empty when none
// was made.
QString serverUrl(const QString &path, const QString &login = QString());

// Opens the team workspace at url, failing the test when that fails.
std::unique_ptr<seqohs::Workspace> openTeamWorkspace(const QString &url);

// The workspace a test has just made as a file at path, on the engine of this run: made,
// that workspace itself; on the server run it is closed and the team workspace made from it
// (workspaceLocation) is returned instead.
std::unique_ptr<seqohs::Workspace> onThisEngine(std::unique_ptr<seqohs::Workspace> made,
                                                const QString &path);

} // namespace test
