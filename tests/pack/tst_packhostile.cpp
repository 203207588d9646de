// Hostile zips are refused before anything is read or written.

#include "packtesthelpers.h"
#include "testsupport.h"

#include "pack/packverifier.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace seqohs;

namespace {

// Builds the hostile zips once per test run (the bomb takes a few seconds).
QString hostileDir()
{
    static test::TempDir dir;
    static bool made = false;
    if (!made) {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        REQUIRE_FALSE(python.isEmpty());
        QProcess p;
        p.start(python, {test::dataPath(QStringLiteral("pack/makehostile.py")), dir.path()});
        REQUIRE(p.waitForFinished(120000));
        INFO(p.readAllStandardError().toStdString());
        REQUIRE(p.exitCode() == 0);
        made = true;
    }
    return dir.path();
}

struct Outcome
{
    PackVerification result;
    QStringList written; // files under the work folder afterwards, apart from the zip
};

Outcome verifyHostile(const QString &name)
{
    test::TempDir work;
    const QString zip = work.filePath(name);
    REQUIRE(QFile::copy(QDir(hostileDir()).filePath(name), zip));
    const QByteArray before = packtest::fileHash(zip);
    const QString extract = work.filePath(QStringLiteral("extract"));
    REQUIRE(QDir().mkpath(extract));
    PackVerifier verifier(zip);
    verifier.setExtractTo(extract);
    Outcome outcome{verifier.verify(), {}};
    CHECK(packtest::fileHash(zip) == before);
    outcome.written = packtest::filesUnder(work.path());
    outcome.written.removeAll(name);
    INFO(outcome.result.summary().toStdString());
    return outcome;
}

} // namespace

TEST_CASE("Unsafe entry names are refused before extraction", "[pack][hostile]")
{
    const auto [name, entry] = GENERATE(
        std::pair<const char *, const char *>{"dotdot.zip", "../evil.txt"},
        std::pair<const char *, const char *>{"dotdot-inside.zip", "evidence/../../evil.txt"},
        std::pair<const char *, const char *>{"absolute.zip", "/tmp/seqohs-evil-absolute.txt"},
        std::pair<const char *, const char *>{"backslash.zip", "..\\evil.txt"},
        std::pair<const char *, const char *>{"drive.zip", "C:/evil.txt"});
    CAPTURE(name);
    const Outcome o = verifyHostile(QString::fromLatin1(name));
    CHECK(o.result.refused);
    CHECK(packtest::hasProblem(o.result, QString::fromLatin1(entry), QStringLiteral("Unsafe")));
    CHECK(o.written.isEmpty());
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("/tmp/seqohs-evil-absolute.txt")));
}

TEST_CASE("Duplicate names and symbolic links are refused", "[pack][hostile]")
{
    const Outcome duplicate = verifyHostile(QStringLiteral("duplicate.zip"));
    CHECK(duplicate.result.refused);
    CHECK(duplicate.result.summary().contains(QStringLiteral("two entries of the same name")));
    CHECK(duplicate.written.isEmpty());

    const Outcome link = verifyHostile(QStringLiteral("symlink.zip"));
    CHECK(link.result.refused);
    CHECK(packtest::hasProblem(link.result, QStringLiteral("evidence/1-link"),
                               QStringLiteral("symbolic link")));
    CHECK(link.written.isEmpty());
}

TEST_CASE("A compression bomb is refused from its directory alone", "[pack][hostile]")
{
    const Outcome o = verifyHostile(QStringLiteral("bomb.zip"));
    CHECK(o.result.refused);
    CHECK(packtest::hasProblem(o.result, QStringLiteral("evidence/1-zeros.bin"),
                               QStringLiteral("compression bomb")));
    CHECK(o.result.bytesHashed == 0);
    CHECK(o.written.isEmpty());
}

TEST_CASE("An entry whose declared size lies is stopped at that size", "[pack][hostile]")
{
    const Outcome o = verifyHostile(QStringLiteral("lie.zip"));
    CHECK_FALSE(o.result.ok());
    CHECK(packtest::hasProblem(o.result, QStringLiteral("evidence/1-lie.bin")));
    CHECK(o.result.bytesHashed <= 1001);
    CHECK(o.written.isEmpty());
}

TEST_CASE("Limits on entries and sizes are enforced", "[pack][hostile]")
{
    test::TempDir dir;
    auto ws = packtest::demoWorkspace(dir.path());
    const QString pack = dir.filePath(QStringLiteral("pack.zip"));
    packtest::writePack(*ws, packtest::newKey(), pack);

    PackVerifier::Limits limits;
    limits.maxEntries = 3;
    PackVerifier few(pack);
    few.setLimits(limits);
    PackVerification r = few.verify();
    CHECK(r.refused);
    CHECK(r.summary().contains(QStringLiteral("more than the 3")));

    limits = {};
    limits.maxTotalSize = 1000;
    PackVerifier small(pack);
    small.setLimits(limits);
    r = small.verify();
    CHECK(r.refused);
    CHECK(r.summary().contains(QStringLiteral("of content")));

    limits = {};
    limits.maxEntrySize = 1000;
    PackVerifier entry(pack);
    entry.setLimits(limits);
    r = entry.verify();
    CHECK(r.refused);
    CHECK(packtest::hasProblem(r, QStringLiteral("workspace.seqohs"),
                               QStringLiteral("one file may have")));
}
