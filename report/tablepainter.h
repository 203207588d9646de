#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>
#include <QTextLayout>

#include <memory>

QT_BEGIN_NAMESPACE
class QPainter;
class QPaintDevice;
QT_END_NAMESPACE

namespace seqohs {

class PdfTextLayer;

// Lays out and paints a long table page by page, fast: the evidence index of a large
// workspace runs to thousands of rows, which Qt's rich-text tables lay out and paint far too
// slowly. Widths are shares of the table's width, every cell wraps (at word boundaries, or
// anywhere in a word too long for its column), and the header row is repeated on every page.
// Units are those of the paint device given for measuring (the report uses 96 per inch).
class TablePainter
{
public:
    struct Column
    {
        QString title;
        qreal share = 0.1; // of the table's width; the shares add up to 1
    };

    // A cell's text, optionally led by a mark (a status symbol) in its own colour.
    struct Cell
    {
        QString text;
        QString mark;
        QColor markColour;
    };

    TablePainter(QList<Column> columns, const QFont &font, const QFont &headerFont,
                 QPaintDevice *metrics);
    ~TablePainter();

    void setColours(const QColor &header, const QColor &headerText, const QColor &band,
                    const QColor &rule, const QColor &text);

    void addRow(const QList<Cell> &cells);
    int rowCount() const;

    // Measures rows [first, end) (every row by default) for a table this wide. Call after the
    // last addRow(); again for more rows at the same width. Rows measured by another
    // TablePainter of the same rows (on another thread: a layout is used on the thread that
    // made it) are given with setHeights(), so that paginate() sees every row; paint() needs
    // the rows it paints measured here.
    void layout(qreal width, int first = 0, int end = -1);
    // The heights of rows [first, end), measured here or given.
    QList<qreal> heights(int first, int end) const;
    void setHeights(int first, const QList<qreal> &heights);

    // The first row of each page, when the first page has firstHeight for the table and the
    // others pageHeight (both including the repeated header).
    QList<int> paginate(qreal firstHeight, qreal pageHeight) const;

    // Paints the header and rows [first, end) with the top-left corner at origin. With `text`,
    // the rows' text goes there, each line that it takes (PdfTextLayer), rather than to the
    // painter.
    void paint(QPainter &painter, const QPointF &origin, int first, int end,
               PdfTextLayer *text = nullptr) const;

private:
    struct Laid;
    QList<Column> m_columns;
    QFont m_font;
    QFont m_headerFont;
    QPaintDevice *m_metrics;
    QList<QList<Cell>> m_rows;
    std::unique_ptr<Laid> m_laid;
    QColor m_header = Qt::darkCyan;
    QColor m_headerText = Qt::white;
    QColor m_band = QColor(0xf3, 0xf5, 0xf7);
    QColor m_rule = Qt::lightGray;
    QColor m_text = Qt::black;
};

} // namespace seqohs
