#include "reportfixture.h"
#include "testsupport.h"

#include "chartfactory.h"
#include "reporting/readinessreportbuilder.h"
#include "reportrenderer.h"
#include "scoring/scorer.h"

#include <QBuffer>
#include <QChart>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTextDocument>

using namespace seqohs;

namespace {

ReadinessReport richReport(int evidence = 40)
{
    const ScoringInput input = richInput(evidence);
    ReportOptions options;
    options.generated = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    Snapshot earlier;
    earlier.name = QStringLiteral("Annual return 2025");
    earlier.asOf = QDate(2025, 3, 1);
    earlier.overall.earned = 10;
    earlier.overall.possible = 40;
    earlier.overall.applicable = 40;
    earlier.overall.withCurrentEvidence = 12;
    options.history = {earlier};
    return ReadinessReportBuilder::build(input, Scorer::score(input), options);
}

// Runs a poppler tool and returns its standard output.
QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(program << ": " << QString::fromUtf8(p.readAllStandardError()));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &pdf)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                          .match(run(QStringLiteral("pdfinfo"), {pdf}));
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

QString pageText(const QString &pdf, int page)
{
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
}

// Share of pixels that are not white: a blank chart has none.
double inkShare(const QImage &image)
{
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    qint64 ink = 0;
    for (int y = 0; y < img.height(); y += 2) {
        const QRgb *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); x += 2) {
            if (qGray(line[x]) < 200)
                ++ink;
        }
    }
    return double(ink) / (double(img.width() / 2) * double(img.height() / 2));
}

} // namespace

TEST_CASE("Charts render offscreen at twice the logical size with something drawn")
{
    const ReadinessReport report = richReport();
    const ReportRenderer::Charts charts = ReportRenderer::renderCharts(report);
    for (const QImage *image : {&charts.domainScores, &charts.domainRadar,
                                &charts.readinessOverTime, &charts.evidenceExpiry}) {
        REQUIRE_FALSE(image->isNull());
        CHECK(image->devicePixelRatio() == 2.0);
        CHECK(inkShare(*image) > 0.01);
    }
    CHECK(charts.domainScores.width() == 1280);

    // The factory hands ownership to the caller and renders a chart more than once.
    std::unique_ptr<QChart> chart(ChartFactory::domainScores(report.domains));
    const QImage first = ChartFactory::renderChart(chart.get(), QSize(300, 200));
    const QImage second = ChartFactory::renderChart(chart.get(), QSize(300, 200));
    CHECK(first == second);
    CHECK(chart->series().size() == 1);
}

TEST_CASE("The PDF has a cover, contents with page numbers, every section and page headers")
{
    test::TempDir dir;
    const ReadinessReport report = richReport(200);
    const ReportRenderer renderer(report);
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const Status written = renderer.writePdf(pdf);
    INFO(written.errorString());
    REQUIRE(written.ok());

    const int pages = pdfPages(pdf);
    CHECK(pages >= 6);
    const QString all = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    for (const char *section :
         {"Summary by domain", "Why the service is not ready yet", "Must criteria",
          "Readiness checks", "Gap list", "Action plan", "Evidence expiring before the visit",
          "Evidence index", "Appendix: criteria and narratives", "Contents"}) {
        INFO(section);
        CHECK(all.contains(QString::fromLatin1(section)));
    }
    CHECK(all.contains(QStringLiteral("Northgate Occupational Health")));
    // Nothing is cut off: the last row of each long table and the last narrative are there.
    CHECK(all.contains(report.evidence.last().title));
    CHECK(all.contains(report.gaps.last().code));
    CHECK(all.contains(report.expiringBeforeVisit.last().title));
    CHECK(all.contains(report.items.last().code));
    CHECK(all.simplified().contains(QStringLiteral("not the official wording")));

    // Every page: the service in the header and "Page N of M" in the footer.
    for (int page = 1; page <= pages; page += qMax(1, pages / 5)) {
        const QString text = pageText(pdf, page);
        INFO("page " << page);
        CHECK(text.contains(QStringLiteral("Northgate Occupational Health")));
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
    }

    // The contents list gives the page each section starts on.
    const QString cover = pageText(pdf, 1);
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Evidence index\\s+(\\d+)")).match(cover);
    REQUIRE(m.hasMatch());
    const int indexPage = m.captured(1).toInt();
    REQUIRE(indexPage > 1);
    REQUIRE(indexPage <= pages);
    CHECK(pageText(pdf, indexPage)
              .contains(QRegularExpression(QStringLiteral("9\\s+Evidence index"))));
    CHECK_FALSE(cover.contains(QStringLiteral("#P")));

    // The evidence index (200 rows) runs over several pages and repeats its header on each.
    const QString sha = QStringLiteral("SHA-256");
    CHECK(pageText(pdf, indexPage + 1).contains(sha));
    CHECK(pageText(pdf, indexPage + 2).contains(sha));

    // A real font is embedded, not boxes.
    const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
    CHECK(fonts.contains(QStringLiteral("DejaVu")));
}

TEST_CASE("The HTML report is one self-contained file with every section")
{
    const ReportRenderer renderer(richReport());
    const QString html = renderer.html();
    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    for (const char *section : {"Summary by domain", "Must criteria", "Readiness checks",
                                "Gap list", "Action plan", "Evidence expiring before the visit",
                                "Evidence index", "Appendix: criteria and narratives"}) {
        INFO(section);
        CHECK(html.contains(QString::fromLatin1(section)));
    }
    CHECK(html.count(QStringLiteral("src=\"data:image/png;base64,")) == 4);
    CHECK_FALSE(html.contains(QStringLiteral("src=\"chart:")));
    CHECK_FALSE(html.contains(QStringLiteral("src=\"http")));
    CHECK(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    // Text from the workspace is escaped.
    CHECK(html.contains(QStringLiteral("&quot;policy&quot;")));

    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("report.html"));
    REQUIRE(renderer.writeHtml(path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()) == html);
}

TEST_CASE("The ODT report is an OpenDocument zip whose content has the sections and charts")
{
    test::TempDir dir;
    const ReportRenderer renderer(richReport());
    const QString odt = dir.filePath(QStringLiteral("report.odt"));
    const Status written = renderer.writeOdt(odt);
    INFO(written.errorString());
    REQUIRE(written.ok());
    CHECK(run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("mimetype")}) ==
          QStringLiteral("application/vnd.oasis.opendocument.text"));
    const QString content =
        run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
    CHECK(content.contains(QStringLiteral("Gap list")));
    CHECK(content.contains(QStringLiteral("Evidence index")));
    CHECK(content.contains(QStringLiteral("Northgate Occupational Health")));
    const QString listing = run(QStringLiteral("unzip"), {QStringLiteral("-l"), odt});
    CHECK(listing.contains(QStringLiteral("Pictures/")));
}

TEST_CASE("Report writers fail with the file named when the folder does not exist")
{
    test::TempDir dir;
    const ReportRenderer renderer(richReport(3));
    for (const QString &name :
         {QStringLiteral("a.pdf"), QStringLiteral("a.html"), QStringLiteral("a.odt")}) {
        const QString path = dir.filePath(QStringLiteral("missing/") + name);
        const Status status = name.endsWith(QLatin1String("pdf"))    ? renderer.writePdf(path)
                              : name.endsWith(QLatin1String("html")) ? renderer.writeHtml(path)
                                                                     : renderer.writeOdt(path);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().file == path);
    }
}
