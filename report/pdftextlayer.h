#pragma once

#include <QByteArray>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRawFont>
#include <QStringView>

#include <array>
#include <memory>
#include <utility>

QT_BEGIN_NAMESPACE
class QPainter;
class QPagedPaintDevice;
class QPaintDevice;
QT_END_NAMESPACE

namespace seqohs {

// The text of a report's long tables, written as PDF text operators of its own beside the pages
// that QPdfWriter paints, and added to those pages when the PDF is assembled (PdfAssembler).
//
// Qt 6.4's PDF writer places every glyph with an operator of its own (about thirty bytes a
// glyph, each compressed); a table of 50,000 rows has millions of glyphs, and writing them was
// most of a large report's time. Here a line of a cell is one text-showing operator, its glyphs
// in a row, each advancing by the width Qt's layout gave it. The fonts are the ones Qt laid the
// text out with: their tables, subset with HarfBuzz to the glyphs used, keeping the glyph
// numbers, and embedded with those widths and a map back to the characters, so that the text
// can be searched and copied as before.
//
// A line is taken only when it is plain (Latin, Greek or Cyrillic text and the symbols they
// share, left to right, no combining marks), its font is laid out without shaping
// (QFont::PreferNoShaping, no spacing or decoration), and that font is a TrueType font that may
// be embedded, that HarfBuzz can subset (or whose licence wants it whole), and that has a glyph
// for each of its characters; any other line (a fallback font, right-to-left or joined scripts,
// a synthetic bold) the caller paints with Qt. Used on one thread.
class PdfTextLayer
{
public:
    // A font to embed, ready for libqpdf: the streams are compressed (FlateDecode).
    struct Font
    {
        QByteArray resource; // the name in the pages' resources, without the slash
        QByteArray baseFont; // with its subset tag
        QByteArray file;     // the subset TrueType font
        qsizetype fileLength = 0;
        QByteArray toUnicode;
        QList<std::pair<quint32, qreal>> widths; // glyph, width in thousandths of an em
        std::array<qreal, 4> box{};              // in thousandths of an em
        qreal ascent = 0;
        qreal descent = 0;
        qreal capHeight = 0;
    };

    // The text of one page, compressed; it uses the fonts by their resource names.
    struct Page
    {
        int page = 0; // 0-based, in the part painted
        QByteArray content;
    };

    struct Output
    {
        QList<Font> fonts;
        QList<Page> pages;
    };

    // For the PDF that `device` (a QPdfWriter) writes: its resolution and page height place the
    // text where Qt places the rest. Fonts are taken at their sizes on `layout`, the device the
    // text was laid out for.
    PdfTextLayer(const QPagedPaintDevice &device, QPaintDevice *layout);
    ~PdfTextLayer();
    PdfTextLayer(const PdfTextLayer &) = delete;
    PdfTextLayer &operator=(const PdfTextLayer &) = delete;

    // The page that text added from now on is on (0-based, in this PDF).
    void setPage(int page);

    // A line of text to show.
    struct Run
    {
        QStringView text;
        QColor colour;
    };

    // Adds one line, made of runs of text in their colours, drawn with `font` from `baseline`
    // (in the painter's coordinates) on; `width` is the advance Qt's layout gave the line's text
    // (QTextLine::horizontalAdvance()). Returns false, and adds nothing, when the line is not
    // taken (see above), when its glyphs would not take that width, when a colour or the
    // painter is not opaque, when the painter clips, or when its transformation is more than a
    // scale and a move.
    bool addLine(const QPainter &painter, const QFont &font, const QPointF &baseline, qreal width,
                 const QList<Run> &runs);

    // How many lines have been taken.
    int lineCount() const { return m_lines; }

    // The fonts and pages' text, or an empty output when nothing was added.
    Output finish();

private:
    struct Embedded;
    Embedded *embedded(const QFont &font);
    void closePage();

    QPaintDevice *m_layout = nullptr;
    qreal m_pageHeightPoints = 0;
    qreal m_pointsPerPixel = 0;
    QPointF m_offset; // of the printable area, in device pixels, when not painting full page
    int m_page = -1;
    int m_lines = 0;
    QByteArray m_content;
    const Embedded *m_currentFont = nullptr;
    QRgb m_currentColour = 0;
    bool m_hasColour = false;
    QHash<QString, std::shared_ptr<Embedded>> m_fonts; // by QFont::key()
    QFont m_lastFont;
    Embedded *m_lastEmbedded = nullptr;
    QList<std::shared_ptr<Embedded>> m_order;
    QList<Page> m_pages;
    QList<quint32> m_glyphs;
    QList<QPointF> m_advances;
    struct NewGlyph
    {
        quint32 glyph = 0;
        QChar ch;
        qsizetype index = 0; // in the line
    };
    QList<NewGlyph> m_new; // glyphs of the line being added that the font has not used yet
};

} // namespace seqohs
