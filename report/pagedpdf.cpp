#include "pagedpdf.h"
#include "a4page.h"
#include "documentpage.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace seqohs {

namespace {

// The messages the assessor report had before this was shared keep their context.
QString tr(const char *text)
{
    return QCoreApplication::translate("seqohs", text);
}

using namespace a4;

} // namespace

QFont PagedPdf::font(qreal pointSize)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"),
                      QStringLiteral("Arial")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QString PagedPdf::htmlStart(const QString &title, const QString &moreStyle)
{
    return QStringLiteral("<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<style>"
                          "h1 { font-size: 20pt; color: #17324d; margin-bottom: 2pt; }"
                          "h2 { font-size: 14pt; color: #17324d; margin-top: 16pt; }"
                          "h3 { font-size: 11pt; color: #17324d; margin-top: 10pt; "
                          "margin-bottom: 2pt; }"
                          "td, th { vertical-align: top; }"
                          "th { background: #e8eef4; text-align: left; font-weight: bold; }"
                          ".muted { color: #5f6b7a; }"
                          "%2"
                          "</style></head><body>")
        .arg(title.toHtmlEscaped(), moreStyle);
}

Status PagedPdf::write(QIODevice &device, const QString &html, const Options &options)
{
    QPdfWriter writer(&device);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer.setTitle(options.title);
    writer.setCreator(QStringLiteral("SEQOHS Tracker %1").arg(QStringLiteral(SEQOHS_VERSION)));

    const qreal bodyWidth = PageWidth - 2 * MarginSide;
    const qreal bodyHeight = PageHeight - MarginTop - MarginBottom;
    QTextDocument document;
    document.documentLayout()->setPaintDevice(layoutDevice());
    document.setDefaultFont(font(9.5));
    document.setDocumentMargin(0);
    document.setHtml(html);
    document.setPageSize(QSizeF(bodyWidth, bodyHeight));
    DocumentPage::keepTableStartsTogether(document, options.keepTableRows);
    DocumentPage::splitAtPageEnds(document);
    const int pages = document.pageCount();

    QPainter painter;
    if (!painter.begin(&writer)) {
        return Error{tr("Cannot paint on the PDF file."), QString(), QString(),
                     tr("Check that the destination can be written, then try again.")};
    }
    const qreal scale = qreal(writer.logicalDpiX()) / Dpi;
    QFont small = font(8);
    small.setPixelSize(11);
    QFont watermark = font(80);
    watermark.setPixelSize(120);
    watermark.setBold(true);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage()) {
            painter.end();
            return Error{tr("Could not start page %1.").arg(page + 1), QString(), QString(),
                         tr("Free some disk space, then try again.")};
        }
        painter.save();
        painter.scale(scale, scale);
        if (!options.watermark.isEmpty()) {
            // Behind the text.
            painter.save();
            painter.translate(PageWidth / 2, PageHeight / 2);
            painter.rotate(-45);
            painter.setFont(watermark);
            painter.setPen(QColor(0xb3, 0x26, 0x1e, 40));
            painter.drawText(QRectF(-PageWidth, -100, 2 * PageWidth, 200), Qt::AlignCenter,
                             options.watermark);
            painter.restore();
        }
        painter.setFont(small);
        painter.setPen(QColor(0x3c, 0x46, 0x50));
        const QRectF header(MarginSide, MarginTop - 12 * MmToUnits, bodyWidth, 16);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, options.headerLeft);
        painter.setPen(options.headerRightColour);
        painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, options.headerRight);
        painter.setPen(QPen(QColor(0xc9, 0xd3, 0xdd), 0.75));
        painter.drawLine(QPointF(MarginSide, header.bottom() + 4),
                         QPointF(PageWidth - MarginSide, header.bottom() + 4));
        painter.setPen(QColor(0x3c, 0x46, 0x50));
        painter.drawText(
            QRectF(MarginSide, PageHeight - MarginBottom + 6 * MmToUnits, bodyWidth, 16),
            Qt::AlignHCenter | Qt::AlignTop, tr("Page %1 of %2").arg(page + 1).arg(pages));
        painter.translate(MarginSide, MarginTop - page * bodyHeight);
        DocumentPage::draw(painter, document, QRectF(0, page * bodyHeight, bodyWidth, bodyHeight),
                           QColor(0x1f, 0x29, 0x33));
        painter.restore();
    }
    painter.end();
    return success();
}

} // namespace seqohs
