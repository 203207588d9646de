#include "rollupfixture.h"

#include "workspace/demoworkspace.h"
#include "workspace/workspace.h"

#include <QFile>

using namespace seqohs;

namespace test {

QDate rollUpToday()
{
    return {2026, 11, 2};
}

QString demoService(const TempDir &dir, const QString &file, const QString &name)
{
    QString path = dir.filePath(file);
    Expected<std::unique_ptr<Workspace>> ws = DemoWorkspace::create(path, rollUpToday());
    INFO(ws.errorString());
    REQUIRE(ws.ok());
    ServiceProfile profile = *(*ws)->profile();
    profile.name = name;
    REQUIRE((*ws)->setProfile(profile).ok());
    return path;
}

void makeNewer(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    // PRAGMA user_version lives at offset 60, big-endian.
    REQUIRE(file.seek(60));
    REQUIRE(file.write(QByteArray("\x00\x00\x00\x63", 4)) == 4);
}

} // namespace test
