#include "reportfixture.h"
#include "testsupport.h"

#include "reporting/readinessreportbuilder.h"
#include "reportrenderer.h"
#include "scoring/scorer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <iostream>

using namespace seqohs;

namespace {

ReadinessReport odtReport()
{
    const ScoringInput input = richInput(60);
    ReportOptions options;
    options.generated = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    Snapshot earlier;
    earlier.asOf = QDate(2025, 3, 1);
    earlier.overall.earned = 10;
    earlier.overall.possible = 40;
    earlier.overall.applicable = 40;
    earlier.overall.withCurrentEvidence = 12;
    options.history = {earlier};
    return ReadinessReportBuilder::build(input, Scorer::score(input), options);
}

// Debian's python3-odf lives in the system interpreter, which another python3 on the path
// may hide.
QString python()
{
    return QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                             : QStringLiteral("python3");
}

// What python3-odf, an independent ODF reader, finds in the file.
QJsonObject readBack(const QString &odt)
{
    QProcess p;
    p.start(python(), {QStringLiteral(SEQOHS_REPORT_TEST_DATA "/odtread.py"), odt});
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(180000));
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

} // namespace

TEST_CASE("The ODT read back by an ODF reader has headings, styles, tables and metadata")
{
    test::TempDir dir;
    const ReadinessReport report = odtReport();
    const QString odt = dir.filePath(QStringLiteral("report.odt"));
    const Status written = ReportRenderer(report).writeOdt(odt);
    INFO(written.errorString());
    REQUIRE(written.ok());
    const QJsonObject doc = readBack(odt);
    const QJsonObject styles = doc.value(QStringLiteral("styles")).toObject();

    // Real headings: text:h with outline levels, in styles that carry the level, so the
    // Navigator lists them and a table of contents can be made (and one is there).
    QStringList level1;
    int level2 = 0;
    int level3 = 0;
    for (const QJsonValue &h : doc.value(QStringLiteral("headings")).toArray()) {
        const QJsonObject heading = h.toObject();
        const QString level = heading.value(QStringLiteral("level")).toString();
        if (level == QLatin1String("1"))
            level1 << heading.value(QStringLiteral("text")).toString();
        level2 += level == QLatin1String("2");
        level3 += level == QLatin1String("3");
        QString style = heading.value(QStringLiteral("style")).toString();
        // A heading's style is a Heading style or derives from one of the same level.
        while (!style.isEmpty() && !style.startsWith(QLatin1String("Heading_20_")))
            style = styles.value(style).toObject().value(QStringLiteral("parent")).toString();
        INFO(heading.value(QStringLiteral("text")).toString().toStdString());
        CHECK(style == QStringLiteral("Heading_20_") + level);
        CHECK(styles.value(style).toObject().value(QStringLiteral("outline")).toString() == level);
    }
    CHECK(level1 == QStringList{QStringLiteral("1  Summary by domain"),
                                QStringLiteral("2  Why the service is not ready yet"),
                                QStringLiteral("3  Must criteria"),
                                QStringLiteral("4  Before the visit"),
                                QStringLiteral("5  Readiness checks"),
                                QStringLiteral("6  Gap list"), QStringLiteral("7  Action plan"),
                                QStringLiteral("8  Evidence expiring before the visit"),
                                QStringLiteral("9  Appendix: criteria and narratives"),
                                QStringLiteral("10  Evidence index")});
    CHECK(level2 == report.domains.size());
    CHECK(level3 > 10);
    CHECK(doc.value(QStringLiteral("toc")).toInt() == 1);
    const QJsonObject h1 = styles.value(QStringLiteral("Heading_20_1")).toObject();
    CHECK(h1.value(QStringLiteral("text")).toObject().value(QStringLiteral("font-size")) ==
          QStringLiteral("16pt"));

    // Sensible line spacing, British English.
    bool defaultsFound = false;
    for (auto it = styles.begin(); it != styles.end(); ++it) {
        const QJsonObject s = it.value().toObject();
        const QString spacing = s.value(QStringLiteral("paragraph"))
                                    .toObject()
                                    .value(QStringLiteral("line-height"))
                                    .toString();
        if (spacing.endsWith(QLatin1Char('%'))) {
            INFO(it.key().toStdString());
            CHECK(spacing.chopped(1).toInt() <= 120);
            defaultsFound = true;
        }
    }
    CHECK(defaultsFound);

    // Tables: column widths that differ, a header row that repeats, rows kept together, and
    // shading on the cells (the header's teal, the band), not on the text.
    const QJsonArray tables = doc.value(QStringLiteral("tables")).toArray();
    const QJsonObject *gapTable = nullptr;
    QJsonObject gaps;
    for (const QJsonValue &t : tables) {
        const QJsonArray header = t.toObject().value(QStringLiteral("header")).toArray();
        if (!header.isEmpty() && header.at(0) == QStringLiteral("Criterion") &&
            header.at(1) == QStringLiteral("Level")) {
            gaps = t.toObject();
            gapTable = &gaps;
        }
    }
    REQUIRE(gapTable);
    const QJsonArray columns = gaps.value(QStringLiteral("columns")).toArray();
    REQUIRE(columns.size() == 5);
    QStringList widths;
    for (const QJsonValue &c : columns) {
        widths << styles.value(c.toString())
                      .toObject()
                      .value(QStringLiteral("column"))
                      .toObject()
                      .value(QStringLiteral("column-width"))
                      .toString();
    }
    CHECK(widths == QStringList{QStringLiteral("6.612cm"), QStringLiteral("1.392cm"),
                                QStringLiteral("2.958cm"), QStringLiteral("3.306cm"),
                                QStringLiteral("3.132cm")});
    const QJsonArray rows = gaps.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == report.gaps.size() + 1); // the header row, then one per gap
    const QString rowStyle = rows.at(1).toObject().value(QStringLiteral("style")).toString();
    CHECK(styles.value(rowStyle)
              .toObject()
              .value(QStringLiteral("row"))
              .toObject()
              .value(QStringLiteral("keep-together")) == QStringLiteral("always"));
    auto cellBackground = [&](int row, int cell) {
        const QString name = rows.at(row)
                                 .toObject()
                                 .value(QStringLiteral("cells"))
                                 .toArray()
                                 .at(cell)
                                 .toObject()
                                 .value(QStringLiteral("style"))
                                 .toString();
        return styles.value(name)
            .toObject()
            .value(QStringLiteral("cell"))
            .toObject()
            .value(QStringLiteral("background-color"))
            .toString();
    };
    CHECK(cellBackground(0, 0) == QStringLiteral("#2f6f73"));
    CHECK(cellBackground(2, 0) == QStringLiteral("#f3f5f7"));
    const QJsonObject firstGap =
        rows.at(1).toObject().value(QStringLiteral("cells")).toArray().at(0).toObject();
    CHECK(firstGap.value(QStringLiteral("text")).toString() ==
          report.gaps.first().code + QLatin1Char(' ') + report.gaps.first().title);

    // The verdict is white text on a cell of its colour.
    bool verdictFound = false;
    for (const QJsonValue &t : tables) {
        for (const QJsonValue &row : t.toObject().value(QStringLiteral("rows")).toArray()) {
            for (const QJsonValue &cell : row.toObject().value(QStringLiteral("cells")).toArray()) {
                const QString text = cell.toObject().value(QStringLiteral("text")).toString();
                if (!text.contains(QStringLiteral("Not ready")))
                    continue;
                verdictFound = true;
                CHECK(styles.value(cell.toObject().value(QStringLiteral("style")).toString())
                          .toObject()
                          .value(QStringLiteral("cell"))
                          .toObject()
                          .value(QStringLiteral("background-color")) == QStringLiteral("#c0392b"));
            }
        }
    }
    CHECK(verdictFound);
    CHECK(styles.value(QStringLiteral("VerdictText"))
              .toObject()
              .value(QStringLiteral("text"))
              .toObject()
              .value(QStringLiteral("color")) == QStringLiteral("#ffffff"));

    // Title and metadata; charts described.
    const QJsonObject meta = doc.value(QStringLiteral("meta")).toObject();
    CHECK(meta.value(QStringLiteral("title")) ==
          QStringLiteral("SEQOHS readiness report \u2013 Northgate Occupational Health"));
    CHECK(meta.value(QStringLiteral("language")) == QStringLiteral("en-GB"));
    CHECK(meta.value(QStringLiteral("subject")) ==
          QStringLiteral("SEQOHS readiness on 1 March 2026"));
    CHECK(meta.value(QStringLiteral("creator")) == QStringLiteral("Northgate Occupational Health"));
    const QJsonArray images = doc.value(QStringLiteral("images")).toArray();
    REQUIRE(images.size() == 4);
    CHECK(images.at(0)
              .toObject()
              .value(QStringLiteral("desc"))
              .toString()
              .startsWith(QStringLiteral("Bar chart of the score by domain. ")));
}

// Run by its own CTest entry, which reports it as skipped where LibreOffice is not installed.
TEST_CASE("The ODT opened in LibreOffice has as many pages as the PDF, give or take two",
          "[.libreoffice]")
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        std::cout << "SKIPPED: LibreOffice (soffice) is not installed" << std::endl;
        return;
    }
    test::TempDir dir;
    const ReportRenderer renderer(odtReport());
    const QString odt = dir.filePath(QStringLiteral("report.odt"));
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(renderer.writeOdt(odt).ok());
    REQUIRE(renderer.writePdf(pdf).ok());
    const QString out = dir.filePath(QStringLiteral("lo"));
    run(soffice,
        {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
         QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
         QStringLiteral("--outdir"), out, odt});
    const QString converted = out + QStringLiteral("/report.pdf");
    REQUIRE(QFile::exists(converted));
    const int ours = pdfPages(pdf);
    const int theirs = pdfPages(converted);
    INFO("PDF " << ours << " pages, ODT in LibreOffice " << theirs);
    CHECK(std::abs(ours - theirs) <= 2);
    const QString text = run(QStringLiteral("pdftotext"), {converted, QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("Before the visit")));
    CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(theirs)));
    CHECK(text.contains(QStringLiteral("Not ready")));
    // The evidence index explains its marks, as the PDF does.
    CHECK(text.contains(QStringLiteral("\u2716 expired")));
    CHECK(text.contains(QStringLiteral("\u25B2 expires before the planned visit")));
}
