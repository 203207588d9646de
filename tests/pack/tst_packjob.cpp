#include "packtesthelpers.h"
#include "teamworkspace.h"
#include "testsupport.h"

#include "common/clock.h"
#include "pack/packjob.h"
#include "pack/packmanifest.h"
#include "reporting/readinessreport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace seqohs;

TEST_CASE("The pack job signs with the default key, made on first use, or with the one named",
          "[pack]")
{
    QStandardPaths::setTestModeEnabled(true);
    const QString defaultKey = SigningKey::defaultPath();
    QFile::remove(defaultKey);

    Expected<PackJob::Key> first = PackJob::signingKey(QString());
    INFO(first.errorString());
    REQUIRE(first.ok());
    CHECK(first->created);
    CHECK(first->path == defaultKey);
    CHECK(QFileInfo::exists(defaultKey));
    Expected<PackJob::Key> again = PackJob::signingKey(QString());
    REQUIRE(again.ok());
    CHECK_FALSE(again->created);
    CHECK(again->key.fingerprint() == first->key.fingerprint());

    test::TempDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.key"));
    Expected<PackJob::Key> named = PackJob::signingKey(missing);
    CHECK_FALSE(named.ok());
    CHECK_FALSE(QFileInfo::exists(missing)); // a named key is never made up
    QFile::remove(defaultKey);
}

TEST_CASE("The pack job writes the report it is given into the pack, and records the pack",
          "[pack]")
{
    test::TempDir dir;
    auto ws = packtest::demoWorkspace(dir.path());
    PackJob job(packtest::newKey());
    QString reportPath;
    job.setReportWriter([&reportPath](const QString &pdf) -> Status {
        reportPath = pdf;
        QFile file(pdf);
        if (!file.open(QIODevice::WriteOnly) || file.write("%PDF-1.4 stand-in\n") < 0)
            return Error{QStringLiteral("cannot write"), pdf};
        return Done{};
    });
    const QString pack = dir.filePath(QStringLiteral("pack.zip"));
    // By where it is, as the window's worker opens it: the file, or the team workspace.
    const QString location = test::workspaceLocation(dir.filePath(QStringLiteral("demo.seqohs")));
    Expected<PackSummary> summary = job.write(location, pack);
    INFO(summary.errorString());
    REQUIRE(summary.ok());
    CHECK(summary->path == pack);
    // The report was written to a private folder that has gone with the job.
    CHECK(QFileInfo(reportPath).fileName() == QStringLiteral("readiness.pdf"));
    CHECK_FALSE(QFileInfo::exists(reportPath));
    CHECK(packtest::zipNames(pack).contains(PackManifest::ReportPath));
    CHECK(packtest::zipEntry(pack, PackManifest::ReportPath) == "%PDF-1.4 stand-in\n");

    CHECK(ws->pack(summary->rootHash).value() == std::nullopt);
    REQUIRE(PackJob::record(*ws, *summary).ok());
    const std::optional<PackRecord> recorded = ws->pack(summary->rootHash).value();
    REQUIRE(recorded.has_value());
    CHECK(recorded->rootHash == summary->rootHash);

    // A report that cannot be written stops the job before any pack is written.
    PackJob failing(packtest::newKey());
    failing.setReportWriter([](const QString &pdf) -> Status {
        return Error{QStringLiteral("no room"), pdf};
    });
    const QString other = dir.filePath(QStringLiteral("other.zip"));
    Expected<PackSummary> refused = failing.write(*ws, other);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == QStringLiteral("no room"));
    CHECK_FALSE(QFileInfo::exists(other));

    // The report that goes into a pack is today's readiness of the workspace.
    const ReadinessReport report = PackJob::readinessReport(*ws).value();
    CHECK(report.cover.serviceName == ws->profile()->name);
    CHECK(report.cover.asOf == Clock::today());
}

TEST_CASE("The window and the command line share one default signing key", "[pack]")
{
    // A pack made in the window is followed up with the command line, or the other way round:
    // both must sign with the same key unless told otherwise.
    QStandardPaths::setTestModeEnabled(true);
    const QString before = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QStringLiteral("seqohs-tracker"));
    const QString window = SigningKey::defaultPath();
    QCoreApplication::setApplicationName(QStringLiteral("seqohs-tracker-cli"));
    const QString cli = SigningKey::defaultPath();
    QCoreApplication::setApplicationName(before);
    CHECK(window == cli);
    CHECK(window.endsWith(QStringLiteral("seqohs-tracker/keys/signing.key")));
}
