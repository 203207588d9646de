// A lock left behind by a crash must not lock the user out for good; a live one must still hold.
#include "testsupport.h"

#include "catalogue/standardslibrary.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QFile>
#include <QLockFile>

#include <utime.h>

using namespace seqohs;

namespace {
QString makeWorkspace(const test::TempDir &dir)
{
    QString path = dir.filePath(QStringLiteral("locks.seqohs"));
    ServiceProfile profile;
    profile.name = QStringLiteral("Locks OH");
    Expected<StandardsSet> set = StandardsLibrary::bundled(StandardsLibrary::defaultId());
    REQUIRE(set.ok());
    REQUIRE(Workspace::create(path, profile, *set).ok());
    return path;
}

void ageFile(const QString &path, int seconds)
{
    const time_t then = QDateTime::currentDateTime().addSecs(-seconds).toSecsSinceEpoch();
    const utimbuf times{then, then};
    REQUIRE(::utime(QFile::encodeName(path).constData(), &times) == 0);
}
} // namespace

TEST_CASE("An empty lock file left by a crash is recognised and cleared")
{
    test::TempDir dir;
    const QString path = makeWorkspace(dir);
    const QString lockPath = path + QStringLiteral(".lock");
    {
        QFile lock(lockPath);
        REQUIRE(lock.open(QIODevice::WriteOnly)); // empty, as a crash mid-write leaves it
    }
    ageFile(lockPath, 60);
    Expected<std::unique_ptr<Workspace>> ws = Workspace::open(path);
    INFO(ws.errorString().toStdString());
    REQUIRE(ws.ok());
    Assessment a = *(*ws)->assessment((*ws)->standardsSet().assessables().first().id);
    a.result = AssessmentResult::Met;
    CHECK((*ws)->setAssessment(a).ok());
}

TEST_CASE("A garbled lock file that its owner still holds keeps others out")
{
    test::TempDir dir;
    const QString path = makeWorkspace(dir);
    QLockFile held(path + QStringLiteral(".lock"));
    REQUIRE(held.tryLock(0));
    // Even with its content gone, the owner's system lock on the file still counts.
    {
        QFile lock(path + QStringLiteral(".lock"));
        REQUIRE(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
    }
    ageFile(path + QStringLiteral(".lock"), 60);
    Expected<std::unique_ptr<Workspace>> ws = Workspace::open(path);
    REQUIRE_FALSE(ws.ok());
    CHECK(ws.errorString().contains(QStringLiteral("open in another program")));
}

TEST_CASE("A fresh empty lock file may be one being written now and is left alone")
{
    test::TempDir dir;
    const QString path = makeWorkspace(dir);
    {
        QFile lock(path + QStringLiteral(".lock"));
        REQUIRE(lock.open(QIODevice::WriteOnly));
    }
    Expected<std::unique_ptr<Workspace>> ws = Workspace::open(path);
    CHECK_FALSE(ws.ok());
    CHECK(ws.errorString().contains(QStringLiteral("try again in a few seconds")));
    CHECK(QFile::exists(path + QStringLiteral(".lock")));
}
