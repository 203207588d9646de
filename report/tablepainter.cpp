#include "tablepainter.h"
#include "pdftextlayer.h"

#include <QFontMetricsF>
#include <QHash>
#include <QLineF>
#include <QPainter>
#include <QPen>
#include <QRectF>
#include <QTextOption>

#include <algorithm>

namespace seqohs {

namespace {

constexpr qreal Padding = 3.0;

// One cell laid out: its text layout (the mark, if any, leads the text in its own colour, so
// that it scales with the text on any device) and the height it needs.
struct CellLayout
{
    std::shared_ptr<QTextLayout> layout; // shared: QList needs copies
    qreal height = 0;
};

// Where each line of `text` starts and how long it is, wrapped at `width`.
QList<int> lineLengths(const QString &text, const QFont &font, QPaintDevice *metrics, qreal width)
{
    QTextLayout layout(text, font, metrics);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QList<int> lengths;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lengths << line.textLength();
    }
    layout.endLayout();
    return lengths;
}

CellLayout layOut(const QString &text, const QString &mark, const QColor &markColour,
                  const QFont &font, QPaintDevice *metrics, qreal width, qreal minimumHeight)
{
    CellLayout cell;
    QString all = mark.isEmpty() ? text : mark + QChar(0x00A0) + text;
    // A newline in a cell starts a new line; QTextLayout breaks only at a line separator.
    all.replace(QLatin1Char('\n'), QChar::LineSeparator);
    const qreal lineWidth = qMax<qreal>(1.0, width);
    // A code such as "S23-RES-02" comes with non-breaking hyphens (U+2011) so that it never
    // breaks across lines. They are used to find the line breaks only: the text is drawn with
    // plain hyphens, so that a reader searching or copying from the PDF finds the code as typed.
    QList<int> forcedLines;
    if (all.contains(QChar(0x2011))) {
        forcedLines = lineLengths(all, font, metrics, lineWidth);
        all.replace(QChar(0x2011), QLatin1Char('-'));
    }
    cell.layout = std::make_shared<QTextLayout>(all, font, metrics);
    if (!mark.isEmpty()) {
        QTextLayout::FormatRange range;
        range.start = 0;
        range.length = int(mark.size());
        range.format.setForeground(markColour);
        cell.layout->setFormats({range});
    }
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    cell.layout->setTextOption(option);
    // Only the lines are kept, not the shaped glyphs: every row is measured before the first
    // page is painted, and keeping the glyphs of a 50,000-row table held 170 MB more for no
    // gain in time (painting shapes each cell again, about what the memory cost).
    cell.layout->setCacheEnabled(false);
    cell.layout->beginLayout();
    qreal y = 0;
    for (int n = 0;; ++n) {
        QTextLine line = cell.layout->createLine();
        if (!line.isValid())
            break;
        if (n < forcedLines.size())
            line.setNumColumns(forcedLines.at(n), lineWidth);
        else
            line.setLineWidth(lineWidth);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    cell.layout->endLayout();
    cell.height = qMax(y, minimumHeight);
    return cell;
}

// Whether any of `text` is right to left, or sets a direction of its own.
bool hasRightToLeft(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar ch) {
        if (ch.unicode() < 0x80)
            return false;
        switch (ch.direction()) {
        case QChar::DirR:
        case QChar::DirAL:
        case QChar::DirAN:
        case QChar::DirRLE:
        case QChar::DirRLO:
        case QChar::DirLRE:
        case QChar::DirLRO:
        case QChar::DirPDF:
        case QChar::DirRLI:
        case QChar::DirLRI:
        case QChar::DirFSI:
        case QChar::DirPDI:
            return true;
        default:
            return false;
        }
    });
}

// Paints line `n` of a left-to-right cell's layout, at `at` as the whole layout would be. From a
// layout of that line's text of its own: drawing a line of the cell's layout would keep its
// shaped glyphs for as long as the table (the layouts keep their lines only).
void paintLine(QPainter &painter, const QTextLayout &cell, QPaintDevice *metrics, int n,
               const QPointF &at)
{
    const QTextLine line = cell.lineAt(n);
    QTextLayout one(cell.text().mid(line.textStart(), line.textLength()), cell.font(), metrics);
    QList<QTextLayout::FormatRange> formats;
    for (QTextLayout::FormatRange range : cell.formats()) {
        const int from = qMax(range.start, line.textStart());
        const int to = qMin(range.start + range.length, line.textStart() + line.textLength());
        if (from < to) {
            range.start = from - line.textStart();
            range.length = to - from;
            formats << range;
        }
    }
    one.setFormats(formats);
    one.setCacheEnabled(false);
    one.beginLayout();
    QTextLine only = one.createLine();
    only.setLineWidth(1e6);
    only.setPosition(QPointF(line.x(), line.y()));
    one.endLayout();
    one.draw(&painter, at);
}

// What a cell's layout depends on besides its column.
struct CellKey
{
    QString text;
    QString mark;
    QRgb markColour = 0;
    bool operator==(const CellKey &) const = default;
};

size_t qHash(const CellKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.text, key.mark, key.markColour);
}

} // namespace

struct TablePainter::Laid
{
    QList<qreal> x;     // left edge of each column
    QList<qreal> width; // width of each column
    qreal total = 0;
    QList<CellLayout> header;
    qreal headerHeight = 0;
    qreal line = 0;                           // a cell's least height
    QList<QHash<CellKey, CellLayout>> column; // every layout made, by column and text
    QList<QList<CellLayout>> rows;            // empty for a row not measured here
    QList<qreal> heights;
};

TablePainter::TablePainter(QList<Column> columns, const QFont &font, const QFont &headerFont,
                           QPaintDevice *metrics)
    : m_columns(std::move(columns))
    , m_font(font)
    , m_headerFont(headerFont)
    , m_metrics(metrics)
{
}

TablePainter::~TablePainter() = default;

void TablePainter::setColours(const QColor &header, const QColor &headerText, const QColor &band,
                              const QColor &rule, const QColor &text)
{
    m_header = header;
    m_headerText = headerText;
    m_band = band;
    m_rule = rule;
    m_text = text;
}

void TablePainter::addRow(const QList<Cell> &cells)
{
    m_rows << cells;
}

int TablePainter::rowCount() const
{
    return int(m_rows.size());
}

void TablePainter::layout(qreal width, int first, int end)
{
    if (!m_laid || m_laid->total != width) {
        m_laid = std::make_unique<Laid>();
        Laid &l = *m_laid;
        l.total = width;
        qreal x = 0;
        for (const Column &c : std::as_const(m_columns)) {
            l.x << x;
            l.width << c.share * width;
            x += c.share * width;
        }
        const qreal headerLine = QFontMetricsF(m_headerFont, m_metrics).height();
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            l.header.append(layOut(m_columns.at(c).title, QString(), QColor(), m_headerFont,
                                   m_metrics, l.width.at(c) - 2 * Padding, headerLine));
            l.headerHeight = qMax(l.headerHeight, l.header.last().height + 2 * Padding);
        }
        l.line = QFontMetricsF(m_font, m_metrics).height();
        l.column.resize(m_columns.size());
        l.rows.resize(m_rows.size());
        l.heights.resize(m_rows.size());
    }
    Laid &l = *m_laid;
    end = end < 0 ? int(m_rows.size()) : qMin(end, int(m_rows.size()));
    // Rows repeat their kinds, dates, statuses and lists of codes: one layout serves every cell
    // of a column with the same text, which takes most of the layout's time and memory away.
    for (int r = qMax(0, first); r < end; ++r) {
        if (!l.rows.at(r).isEmpty())
            continue;
        const QList<Cell> &row = m_rows.at(r);
        QList<CellLayout> cells;
        cells.reserve(m_columns.size());
        qreal height = 0;
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            const Cell cell = row.value(c);
            CellKey key{cell.text, cell.mark, cell.mark.isEmpty() ? 0 : cell.markColour.rgba()};
            auto found = l.column[c].constFind(key);
            if (found == l.column[c].cend()) {
                found =
                    l.column[c].insert(key, layOut(cell.text, cell.mark, cell.markColour, m_font,
                                                   m_metrics, l.width.at(c) - 2 * Padding, l.line));
            }
            cells.append(*found);
            height = qMax(height, cells.last().height + 2 * Padding);
        }
        l.rows[r] = std::move(cells);
        l.heights[r] = height;
    }
}

QList<qreal> TablePainter::heights(int first, int end) const
{
    if (!m_laid)
        return {};
    return m_laid->heights.mid(first, end - first);
}

void TablePainter::setHeights(int first, const QList<qreal> &heights)
{
    if (!m_laid)
        return;
    for (qsizetype i = 0; i < heights.size() && first + i < m_laid->heights.size(); ++i) {
        if (m_laid->rows.at(first + i).isEmpty())
            m_laid->heights[first + i] = heights.at(i);
    }
}

QList<int> TablePainter::paginate(qreal firstHeight, qreal pageHeight) const
{
    QList<int> starts;
    if (!m_laid)
        return starts;
    const Laid &l = *m_laid;
    qreal room = firstHeight - l.headerHeight;
    starts << 0;
    for (int r = 0; r < l.heights.size(); ++r) {
        const bool pageHasRows = starts.last() < r;
        if (l.heights.at(r) > room && pageHasRows) {
            starts << r;
            room = pageHeight - l.headerHeight;
        }
        room -= l.heights.at(r);
    }
    return starts;
}

void TablePainter::paint(QPainter &painter, const QPointF &origin, int first, int end,
                         PdfTextLayer *text) const
{
    if (!m_laid)
        return;
    const Laid &l = *m_laid;
    end = qMin(end, int(l.rows.size()));
    painter.save();
    painter.translate(origin);

    // The page is painted in three passes (backgrounds, text, rules) rather than row by row: a
    // PDF records the pen and brush again at every change, and changing them twice a row made
    // up a tenth of a long table's bytes. The rules go last, so no background covers part of
    // one.
    painter.fillRect(QRectF(0, 0, l.total, l.headerHeight), m_header);
    QList<QRectF> bands;
    qreal y = l.headerHeight;
    for (int r = first; r < end; ++r) {
        if (r % 2)
            bands << QRectF(0, y, l.total, l.heights.at(r));
        y += l.heights.at(r);
    }
    const qreal bottom = y;
    if (!bands.isEmpty()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_band);
        painter.drawRects(bands.constData(), int(bands.size()));
        painter.setBrush(Qt::NoBrush);
    }

    auto drawCells = [&](const QList<CellLayout> &cells, qreal top) {
        for (qsizetype c = 0; c < cells.size(); ++c)
            cells.at(c).layout->draw(&painter, QPointF(l.x.at(c) + Padding, top + Padding));
    };
    // A cell's lines to the text layer, each in runs of the mark's colour and the text's; a
    // line it does not take is painted.
    QList<PdfTextLayer::Run> runs;
    auto addCells = [&](const QList<CellLayout> &cells, qreal top) {
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QTextLayout &layout = *cells.at(c).layout;
            const QPointF at(l.x.at(c) + Padding, top + Padding);
            const QString &all = layout.text();
            const QList<QTextLayout::FormatRange> formats = layout.formats();
            const qsizetype markEnd =
                formats.isEmpty() ? 0 : formats.first().start + formats.first().length;
            const QColor mark =
                formats.isEmpty() ? m_text : formats.first().format.foreground().color();
            // Right-to-left text orders (and may align) the whole cell's lines, even Latin ones.
            if (hasRightToLeft(all)) {
                layout.draw(&painter, at);
                continue;
            }
            for (int n = 0; n < layout.lineCount(); ++n) {
                const QTextLine line = layout.lineAt(n);
                const qsizetype start = line.textStart();
                qsizetype stop = start + line.textLength();
                while (stop > start && (all.at(stop - 1) == QChar::LineSeparator ||
                                        all.at(stop - 1) == QLatin1Char(' ')))
                    --stop;
                if (stop == start)
                    continue;
                runs.clear();
                if (start < markEnd)
                    runs << PdfTextLayer::Run{
                        QStringView(all).sliced(start, qMin(stop, markEnd) - start), mark};
                if (stop > markEnd) {
                    const qsizetype from = qMax(start, markEnd);
                    runs << PdfTextLayer::Run{QStringView(all).sliced(from, stop - from), m_text};
                }
                const QPointF baseline = at + QPointF(line.x(), line.y() + line.ascent());
                if (!text->addLine(painter, m_font, baseline, line.horizontalAdvance(), runs))
                    paintLine(painter, layout, m_metrics, n, at);
            }
        }
    };
    painter.setPen(m_headerText);
    drawCells(l.header, 0);
    painter.setPen(m_text);
    y = l.headerHeight;
    for (int r = first; r < end; ++r) {
        Q_ASSERT(!l.rows.at(r).isEmpty()); // measured here, not only given a height
        if (text)
            addCells(l.rows.at(r), y);
        else
            drawCells(l.rows.at(r), y);
        y += l.heights.at(r);
    }

    // A rule below the header and below every row, and between the columns from the top of
    // the header to the last row.
    QList<QLineF> rules;
    rules.reserve(end - first + l.x.size() + 2);
    y = l.headerHeight;
    rules << QLineF(0, y, l.total, y);
    for (int r = first; r < end; ++r) {
        y += l.heights.at(r);
        rules << QLineF(0, y, l.total, y);
    }
    for (const qreal x : l.x)
        rules << QLineF(x, 0, x, bottom);
    rules << QLineF(l.total, 0, l.total, bottom);
    painter.setPen(QPen(m_rule, 0.75));
    painter.drawLines(rules);
    painter.restore();
}

} // namespace seqohs
