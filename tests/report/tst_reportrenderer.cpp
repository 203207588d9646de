#include "reportfixture.h"
#include "testsupport.h"

#include "chartfactory.h"
#include "pdfassembler.h"
#include "reporting/readinessreportbuilder.h"
#include "reportrenderer.h"
#include "scoring/readinessthresholds.h"
#include "scoring/scorer.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
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

// Text as a reader searching it sees it. Codes in painted tables are laid out with
// non-breaking hyphens but drawn with plain ones, so nothing should be left to replace.
QString plain(QString text)
{
    return text.replace(QChar(0x2011), QLatin1Char('-'));
}

// The rich fixture with two must criteria not met, long owner names on every gap (rows of two
// lines and more), sites whose names hold commas, a report made before the date it is for.
ReadinessReport storyReport(bool forecast)
{
    ScoringInput input = richInput(60);
    input.profile.sites = {QStringLiteral("Northgate House, Leeds"),
                           QStringLiteral("Riverside Clinic, Wakefield")};
    int musts = 0;
    for (const AssessableItem &item : input.set.assessables()) {
        Assessment a = input.assessments.value(item.id);
        a.itemId = item.id;
        a.owner = QStringLiteral("Helen Marsh, Service Manager and Deputy Caldicott Guardian");
        if (item.level == Level::Must && musts < 2) {
            a.result = AssessmentResult::NotMet;
            ++musts;
        }
        input.assessments.insert(item.id, a);
    }
    ReportOptions options;
    options.generated =
        QDateTime(forecast ? QDate(2026, 1, 10) : QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    Snapshot earlier;
    earlier.asOf = QDate(2025, 3, 1);
    earlier.overall.earned = 10;
    earlier.overall.possible = 40;
    earlier.overall.applicable = 40;
    earlier.overall.withCurrentEvidence = 12;
    options.history = {earlier};
    return ReadinessReportBuilder::build(input, Scorer::score(input), options);
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
    // The pixels looked at: every other one of every other line.
    const qint64 seen = qint64(img.width() / 2) * (img.height() / 2);
    return double(ink) / double(seen);
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

TEST_CASE("The domain bars take their colour band from the readiness thresholds")
{
    // Scores just on and just under each threshold.
    QList<NodeScore> domains;
    for (const double earned : {80.0, 79.0, 50.0, 49.0}) {
        NodeScore d;
        d.code = QStringLiteral("D%1").arg(domains.size() + 1);
        d.title = d.code;
        d.figures.earned = earned;
        d.figures.possible = 100.0;
        domains << d;
    }
    std::unique_ptr<QChart> chart(ChartFactory::domainScores(domains));
    REQUIRE(chart->series().size() == 1);
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().first());
    REQUIRE(series);
    const QList<QBarSet *> sets = series->barSets();
    REQUIRE(sets.size() == 3);
    using Band = ReadinessThresholds::Band;
    CHECK(sets.at(0)->label() == ReadinessThresholds::bandLabel(Band::Good));
    CHECK(sets.at(1)->label() == ReadinessThresholds::bandLabel(Band::Fair));
    CHECK(sets.at(2)->label() == ReadinessThresholds::bandLabel(Band::Poor));
    // Bars run bottom to top, so the last domain comes first.
    auto values = [](const QBarSet *set) {
        QList<double> v;
        for (int i = 0; i < set->count(); ++i)
            v << set->at(i);
        return v;
    };
    CHECK(values(sets.at(0)) == QList<double>{0, 0, 0, 80});
    CHECK(values(sets.at(1)) == QList<double>{0, 50, 79, 0});
    CHECK(values(sets.at(2)) == QList<double>{49, 0, 0, 0});
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
    // Codes are drawn with plain hyphens, so a search for "S23-RES-02" finds them.
    CHECK(all.contains(report.gaps.last().code));
    CHECK(all.count(QChar(0x2011)) == 0);
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
              .contains(QRegularExpression(QStringLiteral("10\\s+Evidence index"))));
    CHECK_FALSE(cover.contains(QStringLiteral("#P")));

    // The evidence index (200 rows) runs over several pages and repeats its header on each.
    const QString sha = QStringLiteral("SHA-256");
    CHECK(pageText(pdf, indexPage + 1).contains(sha));
    CHECK(pageText(pdf, indexPage + 2).contains(sha));

    // A real font is embedded, not boxes.
    const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
    CHECK(fonts.contains(QStringLiteral("DejaVu")));
}

TEST_CASE("The PDF painted on two threads and joined reads as the one painted on one, page by page")
{
    test::TempDir dir;
    // Enough evidence that the longest table is painted in two parts.
    const ReadinessReport report = richReport(600);
    const ReportRenderer renderer(report);
    const QString joined = dir.filePath(QStringLiteral("joined.pdf"));
    const Status written = renderer.writePdf(joined);
    INFO(written.errorString());
    REQUIRE(written.ok());
    // print() paints every page on one writer, on this thread.
    const QString single = dir.filePath(QStringLiteral("single.pdf"));
    {
        QPdfWriter writer(single);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        const Expected<int> printed = renderer.print(writer);
        REQUIRE(printed.ok());
    }

    // Each part embeds the subset of its tables' text (PdfTextLayer): two of them mean the pages
    // were joined from two parts.
    const QString fonts = run(QStringLiteral("pdffonts"), {joined});
    CHECK(fonts.count(QRegularExpression(QStringLiteral("[A-Z]{6}\\+DejaVuSans\\s"))) == 2);

    // Every page has the same text, laid out the same, as the page of that number painted on one
    // writer by Qt alone, so a page dropped, repeated or out of order in the join shows, and so
    // does table text written apart (PdfTextLayer) that reads differently or lines up
    // differently to the width of a character.
    const QStringList one =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), single, QStringLiteral("-")})
            .split(QLatin1Char('\f'));
    const QStringList two =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), joined, QStringLiteral("-")})
            .split(QLatin1Char('\f'));
    REQUIRE(pdfPages(joined) == pdfPages(single));
    REQUIRE(two.size() == one.size());
    for (qsizetype page = 0; page < one.size(); ++page) {
        INFO("page " << page + 1);
        CHECK(two.at(page) == one.at(page));
    }

    // Each entry of the outline opens the page its section starts on, in whichever part that
    // page was painted.
    const QString xml =
        run(QStringLiteral("pdftohtml"),
            {QStringLiteral("-xml"), QStringLiteral("-stdout"), QStringLiteral("-i"), joined});
    static const QRegularExpression item(
        QStringLiteral("<item page=\"(\\d+)\">\\d+ ([^<]+)</item>"));
    int entries = 0;
    for (auto it = item.globalMatch(xml); it.hasNext(); ++entries) {
        const QRegularExpressionMatch m = it.next();
        const QString title = m.captured(2).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        INFO(title.toStdString());
        CHECK(one.value(m.captured(1).toInt() - 1).simplified().contains(title));
    }
    CHECK(entries >= 10);
}

TEST_CASE("A part that is not a PDF is an error, not a joined PDF")
{
    QBuffer good;
    good.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&good);
        QPainter painter(&writer);
        painter.drawText(QPointF(100, 100), QStringLiteral("One page"));
    }
    const Expected<QByteArray> joined = PdfAssembler::assemble(
        {{good.data()}, {QByteArrayLiteral("%PDF-1.4\nnot a PDF after all\n")}}, {}, {});
    REQUIRE_FALSE(joined.ok());
    CHECK_FALSE(joined.error().message.isEmpty());
    CHECK(PdfAssembler::assemble({{good.data()}}, {}, {}).ok());
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

TEST_CASE("The PDF tells the board every reason, what to close first, and that a forecast is one")
{
    test::TempDir dir;
    const ReadinessReport report = storyReport(true);
    REQUIRE(report.cover.forecast);
    REQUIRE(report.cover.mustApplicable - report.cover.mustMet >= 2);
    const QString pdf = dir.filePath(QStringLiteral("story.pdf"));
    REQUIRE(ReportRenderer(report).writePdf(pdf).ok());
    const int pages = pdfPages(pdf);
    const QString all = plain(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}));
    const QString flat = all.simplified();

    // With must criteria blocking, the score and coverage are still measured against 80%.
    CHECK(flat.contains(QStringLiteral("must criteria are not met with current evidence")));
    CHECK(flat.contains(QRegularExpression(
        QStringLiteral("The score is \\d+%, \\d+ points? below the 80% needed for nearly ready"))));
    CHECK(flat.contains(
        QRegularExpression(QStringLiteral("Evidence coverage is \\d+%, \\d+ points? (below|above) "
                                          "the 80% needed for nearly ready"))));

    // Before the visit: the blockers, each step's owner, and steps without an action flagged.
    CHECK(flat.contains(QStringLiteral("4 Before the visit")));
    CHECK(flat.contains(QStringLiteral("Close the 2 blockers first")));
    CHECK(flat.contains(QStringLiteral("No action")));
    CHECK(flat.contains(QStringLiteral("have no open action")));

    // The forecast is labelled on the cover and in the running header of every page.
    const QString cover = plain(pageText(pdf, 1));
    CHECK(cover.contains(QStringLiteral("FORECAST")));
    CHECK(cover.contains(QStringLiteral("Forecast for")));
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        CHECK(pageText(pdf, page).contains(QStringLiteral("FORECAST for 1 March 2026")));
    }

    // Typesetting: no command line on the cover, sites one to a line, plurals right, no code
    // broken at a hyphen, no "0/0".
    CHECK_FALSE(cover.contains(QStringLiteral("seqohs-tracker-cli")));
    CHECK(cover.contains(QRegularExpression(QStringLiteral("Northgate House, Leeds\\s*\\n"))));
    CHECK_FALSE(flat.contains(QStringLiteral("Leeds, Riverside")));
    CHECK_FALSE(flat.contains(QRegularExpression(
        QStringLiteral("\\b1 (blockers|warnings|notes|points|criteria are|evidence items)\\b"))));
    CHECK_FALSE(all.contains(QRegularExpression(QStringLiteral("\\bS\\d\\d-(?:[A-Z]+-)?\\s"))));
    CHECK_FALSE(flat.contains(QStringLiteral("0/0")));
    CHECK_FALSE(flat.contains(QStringLiteral(") (edition")));

    // Rows are never split over pages: on every page of the gap list after the first, the first
    // line under the repeated header is the start of a row (a criterion code), not the tail of
    // a row from the page before.
    int gapPage = 0;
    int actionPage = 0;
    for (int page = 2; page <= pages; ++page) {
        const QString text = pageText(pdf, page);
        if (!gapPage && text.contains(QRegularExpression(QStringLiteral("6\\s+Gap list"))))
            gapPage = page;
        if (!actionPage && text.contains(QRegularExpression(QStringLiteral("7\\s+Action plan"))))
            actionPage = page;
    }
    REQUIRE(gapPage > 0);
    REQUIRE(actionPage > gapPage + 1); // the gap list runs over more than one page
    for (int page = gapPage + 1; page < actionPage; ++page) {
        const QStringList lines = plain(pageText(pdf, page)).split(QLatin1Char('\n'));
        const qsizetype header =
            lines.indexOf(QRegularExpression(QStringLiteral("^\\s*Criterion\\s+Level.*")));
        INFO("page " << page);
        REQUIRE(header >= 0);
        CHECK(
            lines.value(header + 1).contains(QRegularExpression(QStringLiteral("^\\s*S\\d\\d-"))));
    }

    // The document says what it is: title, author, subject and language.
    const QString meta = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
    CHECK(meta.contains(QStringLiteral("<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li>")));
    CHECK(meta.contains(
        QStringLiteral("<dc:creator><rdf:Seq><rdf:li>Northgate Occupational Health</rdf:li>")));
    CHECK(meta.contains(QStringLiteral("Readiness forecast for 1 March 2026")));
    CHECK(
        run(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("SEQOHS readiness report")));

    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.contains(
        QRegularExpression(QStringLiteral("Author:\\s+Northgate Occupational Health"))));
    CHECK(info.contains(
        QRegularExpression(QStringLiteral("Subject:\\s+Readiness forecast for 1 March 2026"))));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().contains("/Lang <feff0065006e002d00470042>")); // "en-GB"

    // The contents entries jump to their pages, and the sections form the outline.
    const QString xml =
        run(QStringLiteral("pdftohtml"),
            {QStringLiteral("-xml"), QStringLiteral("-stdout"), QStringLiteral("-i"), pdf});
    const QRegularExpressionMatch link =
        QRegularExpression(QStringLiteral("<a href=\"[^\"]*#(\\d+)\">\\W*Gap list</a>")).match(xml);
    INFO(xml.split(QLatin1Char('\n'))
             .filter(QStringLiteral("Gap list"))
             .join(QLatin1Char('\n'))
             .toStdString());
    REQUIRE(link.hasMatch());
    CHECK(link.captured(1).toInt() == gapPage);
    CHECK(xml.contains(QStringLiteral("<item page=\"%1\">6 Gap list</item>").arg(gapPage)));
    CHECK_FALSE(xml.contains(QStringLiteral("#gaps")));

    // A report for today is not labelled a forecast.
    const QString today = dir.filePath(QStringLiteral("today.pdf"));
    REQUIRE(ReportRenderer(storyReport(false)).writePdf(today).ok());
    CHECK_FALSE(run(QStringLiteral("pdftotext"), {today, QStringLiteral("-")})
                    .contains(QStringLiteral("FORECAST")));
}

TEST_CASE("The HTML keeps codes and dates whole and describes its charts")
{
    const ReadinessReport report = storyReport(false);
    const QString html = ReportRenderer(report).html();
    CHECK_FALSE(html.contains(QStringLiteral("overflow-wrap:anywhere")));
    // Dates and codes in the tables are single unbreakable words.
    const ReadinessReport::EvidenceRow &e = report.evidence.first();
    CHECK(html.contains(QStringLiteral("<span class=\"nw\" style=\"white-space:nowrap\">%1</span>")
                            .arg(e.documentDate.toString(Qt::ISODate))));
    CHECK(html.contains(QStringLiteral("<span class=\"nw\" style=\"white-space:nowrap\">%1</span>")
                            .arg(report.gaps.first().code)));
    CHECK_FALSE(html.contains(QChar(0x2011)));
    // Alternative text says what a chart shows, not what it is called.
    CHECK_FALSE(html.contains(QStringLiteral("alt=\"domain-scores\"")));
    const NodeScore &d = report.domains.first();
    CHECK(html.contains(QStringLiteral("alt=\"Bar chart of the score by domain. %1 %2: score ")
                            .arg(d.code, d.title.toHtmlEscaped())));
    CHECK(html.contains(
        QStringLiteral("alt=\"Line chart of score and evidence coverage over time. ")));
    CHECK(html.contains(QStringLiteral("alt=\"Bar chart of current evidence items by the month")));
}
