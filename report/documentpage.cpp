#include "documentpage.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>

#include <cmath>

namespace seqohs {

namespace {

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

void DocumentPage::draw(QPainter &painter, const QTextDocument &document, const QRectF &page,
                        const QColor &text)
{
    painter.save();
    painter.setClipRect(page);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = page;
    context.palette.setColor(QPalette::Text, text);
    document.documentLayout()->draw(&painter, context);
    painter.restore();
}

} // namespace seqohs
