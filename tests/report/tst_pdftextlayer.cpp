#include "testsupport.h"

#include "a4page.h"
#include "pagedpdf.h"
#include "pdfassembler.h"
#include "pdftextlayer.h"
#include "tablepainter.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTextLayout>

#include <catch2/catch.hpp>

using namespace seqohs;

namespace {

QByteArray runTool(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    process.waitForFinished(60000);
    return process.readAllStandardOutput();
}

// The width Qt's layout gives `text` on one line.
qreal laidWidth(const QFont &font, const QString &text)
{
    QTextLayout layout(text, font, a4::layoutDevice());
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(100000);
    layout.endLayout();
    return line.horizontalAdvance();
}

// A writer set up as the report's: 300 dpi, A4, with these margins.
void setUpA4(QPdfWriter &writer, qreal marginMm)
{
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(marginMm, marginMm, marginMm, marginMm),
                                     QPageLayout::Millimeter));
}

// The PDF that `pdf` and its text make together, written to `path`.
void writeAssembled(const QByteArray &pdf, const PdfTextLayer::Output &text, const QString &path)
{
    const Expected<QByteArray> joined = PdfAssembler::assemble({{pdf, text}}, {}, {});
    INFO(joined.errorString());
    REQUIRE(joined.ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(*joined) == joined->size());
}

// A dark pixel's share of the part of the image within `box` (fractions of the page).
double inkIn(const QImage &page, const QRectF &box)
{
    const QRect area(int(box.x() * page.width()), int(box.y() * page.height()),
                     int(box.width() * page.width()), int(box.height() * page.height()));
    qsizetype dark = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
    }
    return double(dark) / double(area.width() * area.height());
}

} // namespace

TEST_CASE("Text written apart from Qt's painting is embedded, placed, searchable and readable")
{
    test::TempDir dir;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    PdfTextLayer::Output text;
    {
        QPdfWriter writer(&buffer);
        setUpA4(writer, 0);
        PdfTextLayer layer(writer, a4::layoutDevice());
        QPainter painter(&writer);
        // As the report paints: in 96-dpi units.
        painter.scale(writer.logicalDpiX() / a4::Dpi, writer.logicalDpiX() / a4::Dpi);
        QFont font = PagedPdf::font(8);
        font.setPointSizeF(40);
        const QString hello = QStringLiteral("Hello world");
        const QString mark = QStringLiteral("\u2716");
        layer.setPage(0);
        // Qt paints the first page's heading; the text layer adds a line in two colours.
        painter.drawText(QPointF(60, 60), QStringLiteral("Painted by Qt"));
        CHECK(layer.addLine(painter, font, QPointF(60, 300), laidWidth(font, mark + hello),
                            {{QStringView(mark), Qt::red}, {QStringView(hello), Qt::black}}));
        // Not taken: a character that needs two code units (a fallback font's work), a
        // character with no width of its own (U+200B), right-to-left text, a combining mark, a
        // colour not opaque, a width other than the glyphs take by half a unit either way, and
        // a rotated painter.
        for (const QString &refused :
             {QStringLiteral("smile \U0001F600"), QStringLiteral("zero\u200Bwidth"),
              QStringLiteral("\u05E9\u05DC\u05D5\u05DD"), QStringLiteral("cafe\u0301")}) {
            INFO(refused.toStdString());
            CHECK_FALSE(layer.addLine(painter, font, QPointF(60, 400), laidWidth(font, refused),
                                      {{QStringView(refused), Qt::black}}));
        }
        CHECK_FALSE(layer.addLine(painter, font, QPointF(60, 400), laidWidth(font, hello),
                                  {{QStringView(hello), QColor(0, 0, 0, 128)}}));
        CHECK_FALSE(layer.addLine(painter, font, QPointF(60, 400), laidWidth(font, hello) - 0.5,
                                  {{QStringView(hello), Qt::black}}));
        CHECK_FALSE(layer.addLine(painter, font, QPointF(60, 400), laidWidth(font, hello) + 0.5,
                                  {{QStringView(hello), Qt::black}}));
        painter.save();
        painter.rotate(10);
        CHECK_FALSE(layer.addLine(painter, font, QPointF(60, 400), laidWidth(font, hello),
                                  {{QStringView(hello), Qt::black}}));
        painter.restore();
        writer.newPage();
        layer.setPage(1);
        const QString second = QStringLiteral("Second page");
        CHECK(layer.addLine(painter, font, QPointF(60, 700), laidWidth(font, second),
                            {{QStringView(second), Qt::black}}));
        painter.end();
        text = layer.finish();
    }
    REQUIRE(text.pages.size() == 2);
    REQUIRE(text.fonts.size() == 1);
    // Only the glyphs used: "Hello world", the mark and "Second page" have 15 distinct glyphs.
    CHECK(text.fonts.first().widths.size() == 15);
    CHECK(text.fonts.first().fileLength > 0);
    CHECK(text.fonts.first().fileLength < 60000); // the whole font is about 750 kB

    const QString path = dir.filePath(QStringLiteral("layer.pdf"));
    writeAssembled(buffer.data(), text, path);

    // Searchable: the text reads back, each line on its page, after Qt's own text.
    const QString first =
        QString::fromUtf8(runTool(QStringLiteral("pdftotext"),
                                  {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                   QStringLiteral("1"), path, QStringLiteral("-")}));
    CHECK(first.simplified() == QStringLiteral("Painted by Qt \u2716Hello world"));
    const QString last =
        QString::fromUtf8(runTool(QStringLiteral("pdftotext"),
                                  {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                                   QStringLiteral("2"), path, QStringLiteral("-")}));
    CHECK(last.simplified() == QStringLiteral("Second page"));
    // Embedded as a subset, with a map back to the characters.
    const QString fonts = QString::fromUtf8(runTool(QStringLiteral("pdffonts"), {path}));
    INFO(fonts.toStdString());
    CHECK(fonts.contains(QRegularExpression(QStringLiteral(
        "[A-Z]{6}\\+DejaVuSans\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes"))));

    // Readable: the glyphs are drawn where the line was given (at 40 pt, "Hello world" spans
    // about a third of the page's width from 60 units in), not elsewhere, and in their colours.
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), path,
             dir.filePath(QStringLiteral("page"))});
    const QImage page(dir.filePath(QStringLiteral("page-1.png")));
    REQUIRE_FALSE(page.isNull());
    const qreal w = a4::PageWidth;
    const qreal h = a4::PageHeight;
    CHECK(inkIn(page, QRectF(100 / w, 260 / h, 250 / w, 50 / h)) > 0.05);
    CHECK(inkIn(page, QRectF(100 / w, 320 / h, 500 / w, 300 / h)) == 0.0);
    bool red = false;
    for (int y = int(260 / h * page.height()); y < int(310 / h * page.height()); ++y) {
        for (int x = int(55 / w * page.width()); x < int(100 / w * page.width()); ++x) {
            const QColor c = page.pixelColor(x, y);
            red = red || (c.red() > 200 && c.green() < 80 && c.blue() < 80);
        }
    }
    CHECK(red);
    const QImage next(dir.filePath(QStringLiteral("page-2.png")));
    REQUIRE_FALSE(next.isNull());
    CHECK(inkIn(next, QRectF(60 / w, 660 / h, 250 / w, 50 / h)) > 0.05);
}

namespace {

struct Word
{
    QString text;
    QRectF box;
};

// The words of a PDF's first page and where pdftotext finds them, in reading order.
QList<Word> words(const QString &pdf)
{
    const QString html = QString::fromUtf8(
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-l"),
                                              QStringLiteral("1"), pdf, QStringLiteral("-")}));
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                       "yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<Word> out;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out << Word{m.captured(5),
                    QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                           QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()))};
    }
    return out;
}

// A table of a few rows painted as the report paints it, by Qt alone or with the text layer.
QString paintTable(const QString &path, bool withLayer, qreal marginMm, int *taken = nullptr)
{
    const QFont font = PagedPdf::font(8);
    QFont bold = font;
    bold.setBold(true);
    TablePainter table({{QStringLiteral("Title"), 0.5},
                        {QStringLiteral("Review by"), 0.2},
                        {QStringLiteral("Supports"), 0.3}},
                       font, bold, a4::layoutDevice());
    table.addRow(
        {{QStringLiteral("Audit record 1 of the clinic procedures, a title long enough "
                         "to wrap onto a second line of its cell")},
         {QStringLiteral("2026-02-02"), QStringLiteral("\u2716"), QColor(0xc0, 0x39, 0x2b)},
         {QStringLiteral("S23-RES-02, S23-OUT-04")}});
    // Right to left: the whole cell is Qt's, even its Latin line, which Qt aligns to the right.
    table.addRow({{QStringLiteral("\u05E9\u05DC\u05D5\u05DD\npolicy review")},
                  {QStringLiteral("\u2013")},
                  {QStringLiteral("S23-GOV-01")}});
    // Latin after Hebrew, on a line of its own: Qt orders the numbers from the right.
    table.addRow({{QStringLiteral("Policy \u05E9\u05DC\u05D5\u05DD\n12 34")},
                  {QStringLiteral("\u2013")},
                  {QStringLiteral("S23-GOV-02")}});
    // The second line has a character no font here draws in one code unit: that line is Qt's.
    table.addRow(
        {{QStringLiteral("Plain first line\nsecond line \U0001F600 smiling")},
         {QStringLiteral("2027-01-31"), QStringLiteral("\u25B2"), QColor(0xe6, 0x9f, 0x00)},
         {QStringLiteral("S23-INF-07")}});
    const qreal width = a4::PageWidth - 2 * a4::MarginSide;
    table.layout(width);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    PdfTextLayer::Output text;
    {
        QPdfWriter writer(&buffer);
        // With margins, Qt paints from the corner of the printable area.
        setUpA4(writer, marginMm);
        PdfTextLayer layer(writer, a4::layoutDevice());
        layer.setPage(0);
        QPainter painter(&writer);
        painter.scale(writer.logicalDpiX() / a4::Dpi, writer.logicalDpiX() / a4::Dpi);
        table.paint(painter, QPointF(a4::MarginSide, a4::MarginTop), 0, table.rowCount(),
                    withLayer ? &layer : nullptr);
        painter.end();
        if (taken)
            *taken = layer.lineCount();
        text = layer.finish();
    }
    writeAssembled(buffer.data(), text, path);
    return path;
}

} // namespace

TEST_CASE("A table's text written apart reads and sits where Qt paints it, and a line it refuses "
          "is painted once")
{
    test::TempDir dir;
    const qreal margin = GENERATE(0.0, 15.0);
    INFO("margins " << margin << " mm");
    const QString qt = paintTable(dir.filePath(QStringLiteral("qt.pdf")), false, margin);
    int taken = 0;
    const QString layer =
        paintTable(dir.filePath(QStringLiteral("layer.pdf")), true, margin, &taken);
    // The title's two lines, the first and fourth rows' dates and codes, the dashes and codes of
    // the second and third rows, the fourth row's first line: not the cells with Hebrew, nor
    // the line with U+1F600.
    CHECK(taken == 11);

    const QString qtText = QString::fromUtf8(
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), qt, QStringLiteral("-")}));
    const QString layerText = QString::fromUtf8(runTool(
        QStringLiteral("pdftotext"), {QStringLiteral("-layout"), layer, QStringLiteral("-")}));
    INFO(layerText.toStdString());
    CHECK(layerText == qtText);
    CHECK(layerText.count(QStringLiteral("Plain first line")) == 1);
    CHECK(layerText.count(QStringLiteral("smiling")) == 1);
    CHECK(layerText.count(QStringLiteral("policy review")) == 1);
    CHECK(layerText.count(QStringLiteral("12 34")) == qtText.count(QStringLiteral("12 34")));
    CHECK(layerText.count(QStringLiteral("second line of its cell")) == 1);

    // The same glyphs in the same places and colours: the pages look the same, but for a few
    // pixels' antialiasing.
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"),
             QStringLiteral("-singlefile"), qt, dir.filePath(QStringLiteral("qt"))});
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"),
             QStringLiteral("-singlefile"), layer, dir.filePath(QStringLiteral("layer"))});
    const QImage qtPage(dir.filePath(QStringLiteral("qt.png")));
    const QImage layerPage(dir.filePath(QStringLiteral("layer.png")));
    REQUIRE_FALSE(qtPage.isNull());
    REQUIRE(layerPage.size() == qtPage.size());
    qsizetype differ = 0;
    qsizetype inked = 0;
    for (int y = 0; y < qtPage.height(); ++y) {
        for (int x = 0; x < qtPage.width(); ++x) {
            const QRgb p = qtPage.pixel(x, y);
            const QRgb q = layerPage.pixel(x, y);
            const int distance = std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) +
                                 std::abs(qBlue(p) - qBlue(q));
            inked += qGray(p) < 128 ? 1 : 0;
            differ += distance > 96 ? 1 : 0;
        }
    }
    INFO("pixels that differ: " << differ << " of " << inked << " inked");
    CHECK(inked > 2000);
    CHECK(differ * 50 < inked);

    // Every word in the same place, to a tenth of a point across the line (glyph widths are
    // Qt's own), and within a point up and down (the fonts' stated heights differ).
    const QList<Word> a = words(qt);
    const QList<Word> b = words(layer);
    REQUIRE(a.size() == b.size());
    REQUIRE(a.size() > 30);
    for (qsizetype i = 0; i < a.size(); ++i) {
        INFO(a.at(i).text.toStdString() << " / " << b.at(i).text.toStdString());
        CHECK(b.at(i).text == a.at(i).text);
        CHECK(std::abs(b.at(i).box.left() - a.at(i).box.left()) < 0.1);
        CHECK(std::abs(b.at(i).box.right() - a.at(i).box.right()) < 0.1);
        CHECK(std::abs(b.at(i).box.bottom() - a.at(i).box.bottom()) < 1.0);
    }
}
