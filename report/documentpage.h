#pragma once

#include <QColor>
#include <QRectF>

QT_BEGIN_NAMESPACE
class QPainter;
class QTextDocument;
QT_END_NAMESPACE

namespace seqohs {

// Pages of a paginated QTextDocument, drawn so that a PDF's text layer holds what is seen.
//
// QTextLayout draws, besides the lines inside the clip, the one line just above it; on paper the
// clip hides it, but a PDF keeps clipped text, so the last line of a paragraph that runs over a
// page end would be found by search and copy on the next page too. So no paragraph is left to
// run over a page end: it is split in two where the page ends, which lays out the same.
class DocumentPage
{
public:
    // Splits every paragraph (in table cells too) that runs over a page end of the document's
    // page size. Call after setting the page size and before drawing.
    static void splitAtPageEnds(QTextDocument &document);

    // Starts a table on a new page when its first rows (a heading, a header row and the first
    // row under it) would otherwise be left at the foot of a page without the rest. Call before
    // splitAtPageEnds.
    static void keepTableStartsTogether(QTextDocument &document, int rows);

    // Draws one page. page: the page's rectangle in document coordinates; the painter is
    // already translated so that it lands where the page's content goes.
    static void draw(QPainter &painter, const QTextDocument &document, const QRectF &page,
                     const QColor &text);
};

} // namespace seqohs
