#include "rollupfixture.h"
#include "testsupport.h"

#include "rollup/rollupbuilder.h"
#include "rollupreportrenderer.h"

#include <QProcess>
#include <QRegularExpression>

using namespace seqohs;

namespace {

QString pdfText(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("The roll-up PDF shows each table once, every row of them, and names what was not read")
{
    test::TempDir dir;
    const QStringList paths{
        test::demoService(dir, QStringLiteral("a.seqohs"), QStringLiteral("Alpha OH")),
        test::demoService(dir, QStringLiteral("b.seqohs"), QStringLiteral("Beta OH")),
        test::demoService(dir, QStringLiteral("c.seqohs"), QStringLiteral("Gamma OH")),
        dir.filePath(QStringLiteral("gone.seqohs"))};
    const RollUp rollUp = RollUpBuilder::build(paths, test::rollUpToday());
    REQUIRE(rollUp.readCount() == 3);
    REQUIRE_FALSE(rollUp.sharedGaps.isEmpty());
    REQUIRE_FALSE(rollUp.expiring.isEmpty());
    const QString pdf = dir.filePath(QStringLiteral("rollup.pdf"));
    const Status written = RollUpReportRenderer(rollUp).writePdf(pdf);
    INFO(written.errorString());
    REQUIRE(written.ok());

    const QString all = pdfText({pdf, QStringLiteral("-")});
    const QString flat = all.simplified();
    for (const char *heading : {"SEQOHS roll-up across services", "Readiness by service",
                                "Score by domain", "Shared gaps", "Evidence expiring"}) {
        INFO(heading);
        CHECK(all.count(QString::fromLatin1(heading)) == 1);
    }
    CHECK(flat.contains(QStringLiteral("Alpha OH, Beta OH, Gamma OH and gone.seqohs, as of 2 "
                                       "Nov 2026.")));
    CHECK(flat.contains(QStringLiteral("Not read:")));
    CHECK(flat.contains(QStringLiteral("does not exist")));
    // Each shared gap is one row: its code is found once, never again from a clipped line.
    for (const RollUp::SharedGap &g : rollUp.sharedGaps) {
        INFO(g.code.toStdString());
        CHECK(all.count(g.code) == 1);
    }
    for (const RollUp::ExpiringEvidence &e : rollUp.expiring)
        CHECK(flat.contains(e.title.simplified()));
    for (const RollUp::Service &s : rollUp.services) {
        if (!s.read)
            continue;
        CHECK(all.count(s.name) >= 3); // the cover line, by service, by domain
        CHECK(flat.contains(verdictDisplayName(s.verdict)));
    }

    // Every page has the running header and its number.
    const QRegularExpressionMatch pages =
        QRegularExpression(QStringLiteral("Page 1 of (\\d+)")).match(all);
    REQUIRE(pages.hasMatch());
    const int count = pages.captured(1).toInt();
    for (int page = 1; page <= count; ++page) {
        const QString text =
            pdfText({QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                     QString::number(page), pdf, QStringLiteral("-")});
        CHECK(text.contains(QStringLiteral("SEQOHS roll-up \u00B7 4 service")));
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(count)));
    }
}

TEST_CASE("CLI rollup --pdf writes the roll-up for the board beside the JSON")
{
    test::TempDir dir;
    const QString a =
        test::demoService(dir, QStringLiteral("a.seqohs"), QStringLiteral("Alpha OH"));
    const QString b = test::demoService(dir, QStringLiteral("b.seqohs"), QStringLiteral("Beta OH"));
    const QString pdf = dir.filePath(QStringLiteral("board.pdf"));
    const test::CliRun run = test::runCli({QStringLiteral("rollup"), a, b, QStringLiteral("--json"),
                                           QStringLiteral("--pdf"), pdf, QStringLiteral("--at"),
                                           test::rollUpToday().toString(Qt::ISODate)});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.trimmed().startsWith(QLatin1Char('{'))); // standard output stays JSON
    CHECK(run.err.contains(QStringLiteral("Wrote the roll-up to")));
    const QString text = pdfText({pdf, QStringLiteral("-")}).simplified();
    CHECK(text.contains(QStringLiteral("Alpha OH and Beta OH, as of 2 Nov 2026.")));
}
