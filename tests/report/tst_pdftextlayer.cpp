#include "testsupport.h"

#include "a4page.h"
#include "pagedpdf.h"
#include "pdfassembler.h"
#include "pdftextlayer.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>

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
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
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
        CHECK(layer.addLine(painter, font, QPointF(60, 300),
                            {{QStringView(mark), Qt::red}, {QStringView(hello), Qt::black}}));
        // Not taken: a character that needs two code units (a fallback font's work), a line
        // separator, and a rotated painter.
        const QString emoji = QStringLiteral("smile \U0001F600");
        CHECK_FALSE(
            layer.addLine(painter, font, QPointF(60, 400), {{QStringView(emoji), Qt::black}}));
        const QString separated = QStringLiteral("one\u2028two");
        CHECK_FALSE(
            layer.addLine(painter, font, QPointF(60, 400), {{QStringView(separated), Qt::black}}));
        painter.save();
        painter.rotate(10);
        CHECK_FALSE(
            layer.addLine(painter, font, QPointF(60, 400), {{QStringView(hello), Qt::black}}));
        painter.restore();
        writer.newPage();
        layer.setPage(1);
        const QString second = QStringLiteral("Second page");
        CHECK(layer.addLine(painter, font, QPointF(60, 700), {{QStringView(second), Qt::black}}));
        painter.end();
        text = layer.finish();
    }
    REQUIRE(text.pages.size() == 2);
    REQUIRE(text.fonts.size() == 1);
    // Only the glyphs used: "Hello world", the mark and "Second page" have 15 distinct glyphs.
    CHECK(text.fonts.first().widths.size() == 15);
    CHECK(text.fonts.first().fileLength > 0);
    CHECK(text.fonts.first().fileLength < 60000); // the whole font is about 750 kB

    const Expected<QByteArray> pdf = PdfAssembler::assemble({{buffer.data(), text}}, {}, {});
    INFO(pdf.errorString());
    REQUIRE(pdf.ok());
    const QString path = dir.filePath(QStringLiteral("layer.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(*pdf) == pdf->size());
    file.close();

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
