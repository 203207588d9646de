#include "documentpage.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>

#include <cmath>

namespace seqohs {

namespace {

// Less than any line's height, more than rounding.
constexpr qreal EdgeInset = 0.5;

// The position in the block's text of the first line that starts on a later page than the line
// before it; -1 when the block lies on one page.
int pageEndInside(const QTextDocument &document, const QTextBlock &block, qreal pageHeight)
{
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() < 2)
        return -1;
    // blockBoundingRect is in document coordinates, table cells included.
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    const qreal origin = rect.top() - layout->boundingRect().top();
    int previousPage = int(std::floor((origin + layout->lineAt(0).y()) / pageHeight));
    for (int i = 1; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        const int page = int(std::floor((origin + line.y()) / pageHeight));
        if (page != previousPage)
            return line.textStart();
        previousPage = page;
    }
    return -1;
}

} // namespace

void DocumentPage::splitAtPageEnds(QTextDocument &document)
{
    const qreal pageHeight = document.pageSize().height();
    if (pageHeight <= 0)
        return;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        // The layout is made lazily, and again after each split: a block's place is known
        // only once everything is laid out.
        document.documentLayout()->documentSize();
        const int at = pageEndInside(document, block, pageHeight);
        if (at <= 0)
            continue;
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + at);
        // The second half goes on as the same paragraph: no space between the halves, and no
        // second bullet when it is a list item.
        QTextBlockFormat first = block.blockFormat();
        QTextBlockFormat second = first;
        first.setBottomMargin(0);
        second.setTopMargin(0);
        second.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        QTextList *list = block.textList();
        cursor.insertBlock(second, cursor.charFormat());
        QTextCursor(block).setBlockFormat(first);
        if (list) {
            const QTextBlock rest = block.next();
            list->remove(rest);
            QTextBlockFormat indented = rest.blockFormat();
            indented.setIndent(list->format().indent());
            QTextCursor(rest).setBlockFormat(indented);
        }
    }
}

void DocumentPage::keepTableStartsTogether(QTextDocument &document, int rows)
{
    const qreal pageHeight = document.pageSize().height();
    if (pageHeight <= 0 || rows < 1)
        return;
    auto pageOf = [pageHeight](qreal y) { return int(std::floor(y / pageHeight)); };
    auto atPageTop = [pageHeight, &pageOf](qreal y) { return y - pageOf(y) * pageHeight < 1.0; };
    const QList<QTextFrame *> frames = document.rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->rows() < rows)
            continue;
        QAbstractTextDocumentLayout *layout = document.documentLayout();
        layout->documentSize(); // laid out again after each page break added
        const QRectF tableRect = layout->frameBoundingRect(table);
        const QTextBlock last = table->cellAt(rows - 1, 0).lastCursorPosition().block();
        const qreal lastBottom = layout->blockBoundingRect(last).bottom();
        const int startPage = pageOf(lastBottom - 1.0);

        // A heading just above the table goes with it.
        QTextCursor before(&document);
        before.setPosition(table->firstPosition() - 1);
        QTextBlock heading = before.block();
        while (heading.isValid() && heading.length() <= 1) // empty blocks around the table
            heading = heading.previous();
        if (heading.isValid() && heading.blockFormat().headingLevel() > 0) {
            const qreal top = layout->blockBoundingRect(heading).top();
            if (pageOf(top) != startPage && !atPageTop(top) && lastBottom - top <= pageHeight) {
                QTextBlockFormat format = heading.blockFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(heading).setBlockFormat(format);
            }
            continue;
        }
        // A start taller than a page cannot be kept together; one at the top of a page is.
        if (pageOf(tableRect.top()) == startPage || atPageTop(tableRect.top()) ||
            lastBottom - tableRect.top() > pageHeight)
            continue;
        QTextTableFormat format = table->format();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        table->setFormat(format);
    }
}

void DocumentPage::draw(QPainter &painter, const QTextDocument &document, const QRectF &page,
                        const QColor &text)
{
    painter.save();
    painter.setClipRect(page);
    QAbstractTextDocumentLayout::PaintContext context;
    // A block laid out to start a page begins exactly on the boundary, and one that ends a page
    // ends on it; the layout counts either as touching both pages, so the clip it is given
    // stops just short of the boundaries.
    context.clip = page.adjusted(0, EdgeInset, 0, -EdgeInset);
    context.palette.setColor(QPalette::Text, text);
    document.documentLayout()->draw(&painter, context);
    painter.restore();
}

} // namespace seqohs
