#include "pdftextlayer.h"

#include <QCryptographicHash>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include <hb-subset.h>
#include <hb.h>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace seqohs {

namespace {

// The tables a TrueType font embedded in a PDF needs, and those HarfBuzz's subsetter reads.
constexpr const char *Tables[] = {"head", "hhea", "maxp", "hmtx", "loca", "glyf", "cvt ",
                                  "fpgm", "prep", "cmap", "name", "post", "OS/2"};

void appendNumber(QByteArray &out, qreal value, int decimals)
{
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, double(value),
                                         std::chars_format::fixed, decimals);
    if (ec != std::errc())
        return;
    // Trailing zeros and a trailing point say nothing.
    char *last = end;
    if (decimals > 0) {
        while (last > buffer && last[-1] == '0')
            --last;
        if (last > buffer && last[-1] == '.')
            --last;
    }
    if (last == buffer + 2 && buffer[0] == '-' && buffer[1] == '0')
        out.append('0');
    else
        out.append(buffer, last - buffer);
}

void appendHex4(QByteArray &out, quint32 value)
{
    static constexpr char Digits[] = "0123456789ABCDEF";
    const char hex[4] = {Digits[(value >> 12) & 0xf], Digits[(value >> 8) & 0xf],
                         Digits[(value >> 4) & 0xf], Digits[value & 0xf]};
    out.append(hex, 4);
}

// A character drawn as its glyph with no shaping, left to right: Latin, Greek, Cyrillic, and
// the digits, punctuation and symbols they share. Anything else (right-to-left text, scripts
// that join or reorder, combining marks, controls) is left to Qt's layout.
bool plain(QChar ch)
{
    if (ch.unicode() >= 0x20 && ch.unicode() < 0x7f) // printable ASCII, most of any report
        return true;
    if (ch.isSurrogate() || ch.unicode() < 0x20 || ch.unicode() < 0xa0)
        return false;
    switch (ch.category()) {
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Format:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return false;
    default:
        break;
    }
    switch (ch.direction()) {
    case QChar::DirL:
    case QChar::DirEN:
    case QChar::DirES:
    case QChar::DirET:
    case QChar::DirCS:
    case QChar::DirWS:
    case QChar::DirON:
        break;
    default:
        return false;
    }
    switch (ch.script()) {
    case QChar::Script_Common:
    case QChar::Script_Latin:
    case QChar::Script_Greek:
    case QChar::Script_Cyrillic:
        return true;
    default:
        return false;
    }
}

// zlib's stream, without the length that qCompress puts in front of it. Level 3 rather than
// zlib's default 6: at 50,000 items the report was 2.12 to 2.19 s and 10.5 MB against 2.38 to
// 2.93 s and 10.0 MB (three runs each, alternating).
QByteArray deflated(const QByteArray &data)
{
    return qCompress(data, 3).mid(4);
}

// A PDF name's characters: letters and digits only.
QByteArray nameOf(const QString &text)
{
    QByteArray name;
    for (const QChar ch : text) {
        if (ch.unicode() < 128 && ch.isLetterOrNumber())
            name.append(char(ch.unicode()));
    }
    return name.isEmpty() ? QByteArrayLiteral("Font") : name;
}

// The font rebuilt from the tables Qt's font engine reads (a font file of Qt's may hold several
// fonts, or be in memory only); empty when it has no TrueType outlines.
QByteArray rebuilt(const QRawFont &font)
{
    if (!font.isValid() || font.fontTable("head").size() < 54 || font.fontTable("glyf").isEmpty() ||
        font.fontTable("loca").isEmpty())
        return {};
    hb_face_t *builder = hb_face_builder_create();
    for (const char *tag : Tables) {
        const QByteArray table = font.fontTable(tag);
        if (table.isEmpty())
            continue;
        hb_blob_t *blob = hb_blob_create(table.constData(), unsigned(table.size()),
                                         HB_MEMORY_MODE_DUPLICATE, nullptr, nullptr);
        hb_face_builder_add_table(builder, HB_TAG(tag[0], tag[1], tag[2], tag[3]), blob);
        hb_blob_destroy(blob);
    }
    hb_blob_t *whole = hb_face_reference_blob(builder);
    hb_face_destroy(builder);
    unsigned length = 0;
    const char *data = hb_blob_get_data(whole, &length);
    QByteArray bytes(data, qsizetype(length));
    hb_blob_destroy(whole);
    return bytes;
}

// The font cut down to `glyphs` (and .notdef), each keeping its number: the text shows glyph
// numbers. Empty when HarfBuzz cannot subset it.
QByteArray subset(const QByteArray &font, const QList<quint32> &glyphs, const QList<uint> &unicodes)
{
    hb_blob_t *blob = hb_blob_create(font.constData(), unsigned(font.size()),
                                     HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    hb_face_t *face = hb_face_create(blob, 0);
    hb_blob_destroy(blob);
    QByteArray bytes;
    if (hb_subset_input_t *input = hb_subset_input_create_or_fail()) {
        hb_set_t *set = hb_subset_input_glyph_set(input);
        hb_set_add(set, 0);
        for (const quint32 glyph : glyphs)
            hb_set_add(set, glyph);
        hb_set_t *codes = hb_subset_input_unicode_set(input);
        for (const uint code : unicodes)
            hb_set_add(codes, code);
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_RETAIN_GIDS);
        if (hb_face_t *cut = hb_subset_or_fail(face, input)) {
            hb_blob_t *out = hb_face_reference_blob(cut);
            unsigned length = 0;
            const char *data = hb_blob_get_data(out, &length);
            bytes = QByteArray(data, qsizetype(length));
            hb_blob_destroy(out);
            hb_face_destroy(cut);
        }
        hb_subset_input_destroy(input);
    }
    hb_face_destroy(face);
    return bytes;
}

qint16 bigEndian16(const QByteArray &data, int at)
{
    return qint16((quint8(data.at(at)) << 8) | quint8(data.at(at + 1)));
}

// Whether the font may be embedded as it is and draws `font` as Qt would: its licence allows
// embedding outlines, it is not a variable font (whose instance would be lost), and Qt does not
// make it bold or slanted itself.
bool embeddable(const QRawFont &raw, const QFont &font)
{
    if (!raw.fontTable("fvar").isEmpty())
        return false;
    const QByteArray os2 = raw.fontTable("OS/2");
    const QByteArray head = raw.fontTable("head");
    if (os2.size() < 64 || head.size() < 54)
        return false;
    const auto type = quint16(bigEndian16(os2, 8));
    if ((type & 0x0002) || (type & 0x0200)) // restricted, or bitmaps only
        return false;
    // FreeType, and so Qt, takes a face as bold or italic by these bits.
    const auto selection = quint16(bigEndian16(os2, 62));
    const auto macStyle = quint16(bigEndian16(head, 44));
    const bool bold = (selection & 0x0020) || (macStyle & 0x0001);
    const bool italic = (selection & 0x0001) || (selection & 0x0200) || (macStyle & 0x0002);
    if ((font.weight() >= QFont::DemiBold && !bold) ||
        (font.style() != QFont::StyleNormal && !italic))
        return false;
    return true;
}

// Whether Qt lays `font` out glyph for glyph, as the text layer writes it: no shaping (so no
// ligatures, contextual forms or kerning), no spacing, case or stretch of its own, and no line
// drawn through or along the text.
bool laidOutPlainly(const QFont &font)
{
    const QFont plain;
    const bool noSpacing = font.letterSpacingType() == plain.letterSpacingType() &&
                           font.letterSpacing() == plain.letterSpacing() &&
                           font.wordSpacing() == plain.wordSpacing();
    return (font.styleStrategy() & QFont::PreferNoShaping) && noSpacing &&
           font.capitalization() == QFont::MixedCase &&
           (font.stretch() == QFont::AnyStretch || font.stretch() == QFont::Unstretched) &&
           !font.underline() && !font.overline() && !font.strikeOut();
}

// Whether the font's licence lets only the whole font be embedded (OS/2 fsType bit 8).
bool wholeOnly(const QRawFont &raw)
{
    const QByteArray os2 = raw.fontTable("OS/2");
    return os2.size() >= 10 && (quint16(bigEndian16(os2, 8)) & 0x0100);
}

} // namespace

struct PdfTextLayer::Embedded
{
    QRawFont raw;
    QByteArray font;    // rebuilt from its tables
    bool whole = false; // its licence allows no subset
    bool usable = false;
    QByteArray resource;
    qreal pixelSize = 0;
    QHash<quint32, std::pair<qreal, QChar>> used; // glyph: width (thousandths of an em), char
};

PdfTextLayer::PdfTextLayer(const QPagedPaintDevice &device, QPaintDevice *layout)
    : m_layout(layout)
    , m_pageHeightPoints(device.pageLayout().fullRectPoints().height())
    , m_pointsPerPixel(72.0 / device.logicalDpiY())
{
    const QPageLayout page = device.pageLayout();
    if (page.mode() != QPageLayout::FullPageMode)
        m_offset = page.paintRectPixels(device.logicalDpiY()).topLeft();
}

PdfTextLayer::~PdfTextLayer() = default;

void PdfTextLayer::setPage(int page)
{
    if (page == m_page)
        return;
    closePage();
    m_page = page;
}

void PdfTextLayer::closePage()
{
    if (!m_content.isEmpty()) {
        m_content.append("ET\nQ\n");
        m_pages << Page{m_page, deflated(m_content)};
        m_content.clear();
    }
    m_currentFont = nullptr;
    m_hasColour = false;
}

PdfTextLayer::Embedded *PdfTextLayer::embedded(const QFont &font)
{
    // A table gives the same font line after line: its key is made only when it changes.
    if (m_lastEmbedded && font.isCopyOf(m_lastFont))
        return m_lastEmbedded;
    const QString key = font.key();
    m_lastFont = font;
    auto found = m_fonts.constFind(key);
    if (found != m_fonts.cend()) {
        m_lastEmbedded = found->get();
        return m_lastEmbedded;
    }
    auto e = std::make_shared<Embedded>();
    e->raw = QRawFont::fromFont(QFont(font, m_layout));
    e->pixelSize = e->raw.pixelSize();
    // Only TrueType outlines are embedded here (a FontFile2), and only a font HarfBuzz can
    // subset; other fonts are left to Qt.
    e->font = rebuilt(e->raw);
    e->whole = wholeOnly(e->raw);
    e->usable = e->pixelSize > 0 && !e->font.isEmpty() && laidOutPlainly(font) &&
                embeddable(e->raw, font) && (e->whole || !subset(e->font, {}, {}).isEmpty());
    e->resource = "TL" + QByteArray::number(m_order.size());
    m_fonts.insert(key, e);
    m_order << e;
    m_lastEmbedded = e.get();
    return m_lastEmbedded;
}

bool PdfTextLayer::addLine(const QPainter &painter, const QFont &font, const QPointF &baseline,
                           qreal width, const QList<Run> &runs)
{
    const QTransform t = painter.combinedTransform();
    if (t.type() > QTransform::TxScale || t.m11() <= 0 || !qFuzzyCompare(t.m11(), t.m22()) ||
        painter.opacity() < 1.0 || painter.hasClipping())
        return false;
    Embedded *e = embedded(font);
    if (!e->usable)
        return false;

    // Every character is drawn as a glyph of this font's own, from left to right.
    qsizetype length = 0;
    for (const Run &run : runs)
        length += run.text.size();
    m_glyphs.resize(length);
    qsizetype at = 0;
    for (const Run &run : runs) {
        if (run.colour.alpha() != 255 || !std::all_of(run.text.begin(), run.text.end(), plain))
            return false;
        int count = int(run.text.size());
        if (count > 0 &&
            (!e->raw.glyphIndexesForChars(run.text.data(), count, m_glyphs.data() + at, &count) ||
             count != run.text.size()))
            return false;
        at += count;
    }
    // One character for each glyph, in this line as in those before, or copying the text would
    // give the other.
    at = 0;
    m_new.clear();
    for (const Run &run : runs) {
        for (const QChar ch : run.text) {
            const qsizetype index = at++;
            const quint32 glyph = m_glyphs.at(index);
            if (glyph == 0)
                return false;
            const auto used = e->used.constFind(glyph);
            if (used != e->used.cend()) {
                if (used->second != ch)
                    return false;
                continue;
            }
            // Glyphs new to the font are few after the first lines: a list will do.
            const auto here = std::find_if(m_new.cbegin(), m_new.cend(),
                                           [&](const NewGlyph &g) { return g.glyph == glyph; });
            if (here == m_new.cend())
                m_new.append(NewGlyph{glyph, ch, index});
            else if (here->ch != ch)
                return false;
        }
    }
    // The advances Qt's layout uses (not the design metrics; no kerning, as Qt does not shape
    // a font that prefers no shaping), so that the line takes the width Qt gave it.
    m_advances.resize(length);
    if (length > 0 &&
        !e->raw.advancesForGlyphIndexes(m_glyphs.constData(), m_advances.data(), int(length)))
        return false;
    qreal total = 0;
    for (const QPointF &advance : std::as_const(m_advances))
        total += advance.x();
    if (std::abs(total - width) > 0.01)
        return false;
    for (const NewGlyph &g : std::as_const(m_new))
        e->used.insert(g.glyph, {m_advances.at(g.index).x() / e->pixelSize * 1000.0, g.ch});

    if (m_content.isEmpty()) {
        // Device pixels, y down, from the corner of the printable area: Qt's page matrix.
        m_content.append("q ");
        appendNumber(m_content, m_pointsPerPixel, 9);
        m_content.append(" 0 0 ");
        appendNumber(m_content, -m_pointsPerPixel, 9);
        m_content.append(' ');
        appendNumber(m_content, m_pointsPerPixel * m_offset.x(), 4);
        m_content.append(' ');
        appendNumber(m_content, m_pageHeightPoints - m_pointsPerPixel * m_offset.y(), 4);
        m_content.append(" cm\nBT\n");
    }
    if (m_currentFont != e) {
        m_content.append('/').append(e->resource).append(" 1 Tf\n");
        m_currentFont = e;
    }
    const QPointF origin = t.map(baseline);
    const qreal size = e->pixelSize * t.m11();
    appendNumber(m_content, size, 4);
    m_content.append(" 0 0 ");
    appendNumber(m_content, -size, 4);
    m_content.append(' ');
    appendNumber(m_content, origin.x(), 3);
    m_content.append(' ');
    appendNumber(m_content, origin.y(), 3);
    m_content.append(" Tm\n");

    at = 0;
    for (const Run &run : runs) {
        if (run.text.isEmpty())
            continue;
        const QRgb rgb = run.colour.rgb();
        if (!m_hasColour || rgb != m_currentColour) {
            appendNumber(m_content, qRed(rgb) / 255.0, 3);
            m_content.append(' ');
            appendNumber(m_content, qGreen(rgb) / 255.0, 3);
            m_content.append(' ');
            appendNumber(m_content, qBlue(rgb) / 255.0, 3);
            m_content.append(" rg\n");
            m_currentColour = rgb;
            m_hasColour = true;
        }
        m_content.append("[<");
        for (qsizetype i = 0; i < run.text.size(); ++i, ++at) {
            appendHex4(m_content, m_glyphs.at(at));
        }
        m_content.append(">] TJ\n");
    }
    ++m_lines;
    return true;
}

PdfTextLayer::Output PdfTextLayer::finish()
{
    closePage();
    Output out;
    out.pages = std::move(m_pages);
    m_pages.clear();
    if (out.pages.isEmpty())
        return out;
    for (const std::shared_ptr<Embedded> &e : std::as_const(m_order)) {
        if (!e->usable || e->used.isEmpty())
            continue;
        Font f;
        f.resource = e->resource;
        QList<quint32> glyphs = e->used.keys();
        std::sort(glyphs.begin(), glyphs.end());

        QList<uint> unicodes;
        for (const quint32 glyph : std::as_const(glyphs))
            unicodes << e->used.value(glyph).second.unicode();
        // Should HarfBuzz fail for these glyphs, the whole font keeps their numbers too.
        QByteArray file = e->whole ? QByteArray() : subset(e->font, glyphs, unicodes);
        if (file.isEmpty())
            file = e->font;
        f.fileLength = file.size();
        if (!file.isEmpty())
            f.file = deflated(file);

        // A subset's name starts with six capitals that differ between subsets.
        const QByteArray digest =
            QCryptographicHash::hash(QByteArray(reinterpret_cast<const char *>(glyphs.constData()),
                                                glyphs.size() * qsizetype(sizeof(quint32))),
                                     QCryptographicHash::Sha1);
        QByteArray tag;
        for (int i = 0; i < 6; ++i)
            tag.append(char('A' + quint8(digest.at(i)) % 26));
        QString style = e->raw.styleName();
        style.remove(QLatin1String("Book"));
        f.baseFont = tag + '+' + nameOf(e->raw.familyName()) +
                     (nameOf(style) == "Font" || nameOf(style) == "Regular" ? QByteArray()
                                                                            : '-' + nameOf(style));

        for (const quint32 glyph : std::as_const(glyphs))
            f.widths << std::pair{glyph, e->used.value(glyph).first};
        const QByteArray head = e->raw.fontTable("head");
        const qreal unitsPerEm = e->raw.unitsPerEm() > 0 ? e->raw.unitsPerEm() : 1000;
        for (int i = 0; i < 4; ++i)
            f.box[std::size_t(i)] = bigEndian16(head, 36 + 2 * i) * 1000.0 / unitsPerEm;
        f.ascent = e->raw.ascent() / e->pixelSize * 1000.0;
        f.descent = -e->raw.descent() / e->pixelSize * 1000.0;
        f.capHeight = e->raw.capHeight() / e->pixelSize * 1000.0;

        // The glyphs' characters, for search and copy.
        QByteArray map("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                       "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                       "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                       "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (qsizetype from = 0; from < glyphs.size(); from += 100) {
            const qsizetype count = std::min<qsizetype>(100, glyphs.size() - from);
            map.append(QByteArray::number(count)).append(" beginbfchar\n");
            for (qsizetype i = from; i < from + count; ++i) {
                map.append('<');
                appendHex4(map, glyphs.at(i));
                map.append("> <");
                appendHex4(map, e->used.value(glyphs.at(i)).second.unicode());
                map.append(">\n");
            }
            map.append("endbfchar\n");
        }
        map.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        f.toUnicode = deflated(map);
        out.fonts << std::move(f);
    }
    return out;
}

} // namespace seqohs
