#include "odtreport.h"

#include "scoring/readinessthresholds.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QXmlStreamWriter>

#include <zip.h>

#include <algorithm>

namespace seqohs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("seqohs", text);
}

QString counted(qsizetype n, const char *one, const char *many)
{
    return tr(n == 1 ? one : many).arg(n);
}

const char *const Teal = "#2f6f73";
const char *const Amber = "#e0a526";
const char *const Red = "#c0392b";
const char *const Grey = "#8c96a0";
const char *const Ink = "#2b333b";
const char *const Slate = "#3c4650";
const char *const Rule = "#c9d0d6";
const char *const Band = "#f3f5f7";

// The body text width on A4 with 18 mm side margins, in centimetres.
constexpr double BodyWidthCm = 17.4;
// The charts are laid out at 96 units per inch.
constexpr double CmPerUnit = 2.54 / 96.0;

QLocale ukLocale()
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString longDate(const QDate &date)
{
    return date.isValid() ? ukLocale().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

QString shortDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("\u2013");
}

QString percent(const std::optional<double> &share)
{
    return share ? QStringLiteral("%1%").arg(qRound(*share * 100.0)) : tr("n/a");
}

QString cm(double value)
{
    return QString::number(value, 'f', 3) + QStringLiteral("cm");
}

QString verdictColour(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ready:
        return QString::fromLatin1(Teal);
    case Verdict::NearlyReady:
        return QString::fromLatin1(Amber);
    case Verdict::NotReady:
        return QString::fromLatin1(Red);
    }
    return QString::fromLatin1(Slate);
}

QString verdictSymbol(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ready:
        return QStringLiteral("\u2714");
    case Verdict::NearlyReady:
        return QStringLiteral("\u25D0");
    case Verdict::NotReady:
        return QStringLiteral("\u2716");
    }
    return QString();
}

// A run of text in a character style ("" for none).
struct Run
{
    QString text;
    QString style;
};

// A table cell: text led by an optional mark (a status symbol) in a coloured style.
struct Cell
{
    QString text;
    QString mark;
    QString markStyle; // "MarkRed", "MarkAmber", "MarkTeal", "MarkGrey"
    bool bold = false;
};

struct Column
{
    QString title;
    int percent;
};

Cell resultCell(AssessmentResult result)
{
    switch (result) {
    case AssessmentResult::Met:
        return {resultDisplayName(result), QStringLiteral("\u25CF"), QStringLiteral("MarkTeal")};
    case AssessmentResult::PartiallyMet:
        return {resultDisplayName(result), QStringLiteral("\u25D0"), QStringLiteral("MarkAmber")};
    case AssessmentResult::NotMet:
        return {resultDisplayName(result), QStringLiteral("\u2716"), QStringLiteral("MarkRed")};
    case AssessmentResult::NotAssessed:
        return {resultDisplayName(result), QStringLiteral("\u25CB"), QStringLiteral("MarkGrey")};
    case AssessmentResult::NotApplicable:
        return {resultDisplayName(result), QStringLiteral("\u2013"), QStringLiteral("MarkGrey")};
    }
    return {};
}

QString levelText(Level level)
{
    switch (level) {
    case Level::Must:
        return tr("Must");
    case Level::Should:
        return tr("Should");
    case Level::Unspecified:
        return QStringLiteral("\u2013");
    }
    return QString();
}

QString kindText(EvidenceItem::Kind kind)
{
    switch (kind) {
    case EvidenceItem::Kind::File:
        return tr("File");
    case EvidenceItem::Kind::Link:
        return tr("Link");
    case EvidenceItem::Kind::Statement:
        return tr("Statement");
    }
    return QString();
}

Cell actionStatusCell(const ReadinessReport::ActionRow &a)
{
    switch (a.status) {
    case Action::Status::Open:
        return a.overdue
                   ? Cell{tr("Open, overdue"), QStringLiteral("\u25B2"), QStringLiteral("MarkRed")}
                   : Cell{tr("Open"), {}, {}};
    case Action::Status::InProgress:
        return a.overdue ? Cell{tr("In progress, overdue"), QStringLiteral("\u25B2"),
                                QStringLiteral("MarkRed")}
                         : Cell{tr("In progress"), {}, {}};
    case Action::Status::Done:
        return {tr("Done"), QStringLiteral("\u2714"), QStringLiteral("MarkTeal")};
    }
    return {};
}

QString label(const QString &code, const QString &title)
{
    return code.isEmpty() ? title : code + QLatin1Char(' ') + title;
}

// Writes the body of content.xml and collects the automatic styles it needs (one per table
// for its column widths).
class Body
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::Body)

public:
    explicit Body(QByteArray *out)
        : m_xml(out)
    {
        m_xml.setAutoFormatting(false);
    }

    void paragraph(const QString &style, const QList<Run> &runs)
    {
        m_xml.writeStartElement(QStringLiteral("text:p"));
        m_xml.writeAttribute(QStringLiteral("text:style-name"), style);
        writeRuns(runs);
        m_xml.writeEndElement();
    }

    void paragraph(const QString &style, const QString &text) { paragraph(style, {{text, {}}}); }

    void heading(int level, const QString &text, bool pageBreak)
    {
        m_xml.writeStartElement(QStringLiteral("text:h"));
        m_xml.writeAttribute(QStringLiteral("text:style-name"),
                             pageBreak ? QStringLiteral("H1Break")
                                       : QStringLiteral("Heading_20_%1").arg(level));
        m_xml.writeAttribute(QStringLiteral("text:outline-level"), QString::number(level));
        m_xml.writeCharacters(text);
        m_xml.writeEndElement();
    }

    void list(const QStringList &items)
    {
        m_xml.writeStartElement(QStringLiteral("text:list"));
        m_xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Bullets"));
        for (const QString &item : items) {
            m_xml.writeStartElement(QStringLiteral("text:list-item"));
            paragraph(QStringLiteral("List_20_Bullet"), item);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void image(const QString &file, const QImage &img, const QString &description)
    {
        if (img.isNull())
            return;
        const QSizeF logical = QSizeF(img.size()) / img.devicePixelRatio();
        double width = logical.width() * CmPerUnit;
        double height = logical.height() * CmPerUnit;
        if (width > BodyWidthCm) {
            height *= BodyWidthCm / width;
            width = BodyWidthCm;
        }
        m_xml.writeStartElement(QStringLiteral("text:p"));
        m_xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Figure"));
        m_xml.writeStartElement(QStringLiteral("draw:frame"));
        m_xml.writeAttribute(QStringLiteral("draw:style-name"), QStringLiteral("Chart"));
        m_xml.writeAttribute(QStringLiteral("draw:name"), file);
        m_xml.writeAttribute(QStringLiteral("text:anchor-type"), QStringLiteral("as-char"));
        m_xml.writeAttribute(QStringLiteral("svg:width"), cm(width));
        m_xml.writeAttribute(QStringLiteral("svg:height"), cm(height));
        m_xml.writeStartElement(QStringLiteral("draw:image"));
        m_xml.writeAttribute(QStringLiteral("xlink:href"), QStringLiteral("Pictures/") + file);
        m_xml.writeAttribute(QStringLiteral("xlink:type"), QStringLiteral("simple"));
        m_xml.writeAttribute(QStringLiteral("xlink:show"), QStringLiteral("embed"));
        m_xml.writeAttribute(QStringLiteral("xlink:actuate"), QStringLiteral("onLoad"));
        m_xml.writeEndElement();
        m_xml.writeTextElement(QStringLiteral("svg:title"),
                               description.section(QLatin1Char('.'), 0, 0));
        m_xml.writeTextElement(QStringLiteral("svg:desc"), description);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_images << file;
    }

    // A table with a header row that repeats on every page and rows kept whole.
    void table(const QList<Column> &columns, const QList<QList<Cell>> &rows)
    {
        const QString name = QStringLiteral("Table%1").arg(++m_tables);
        QList<double> widths;
        for (const Column &c : columns)
            widths << BodyWidthCm * c.percent / 100.0;
        m_columnWidths << widths;
        m_xml.writeStartElement(QStringLiteral("table:table"));
        m_xml.writeAttribute(QStringLiteral("table:name"), name);
        m_xml.writeAttribute(QStringLiteral("table:style-name"), QStringLiteral("Grid"));
        for (qsizetype i = 0; i < columns.size(); ++i) {
            m_xml.writeEmptyElement(QStringLiteral("table:table-column"));
            m_xml.writeAttribute(QStringLiteral("table:style-name"),
                                 QStringLiteral("%1.C%2").arg(name).arg(i));
        }
        m_xml.writeStartElement(QStringLiteral("table:table-header-rows"));
        m_xml.writeStartElement(QStringLiteral("table:table-row"));
        m_xml.writeAttribute(QStringLiteral("table:style-name"), QStringLiteral("Row"));
        for (const Column &c : columns) {
            m_xml.writeStartElement(QStringLiteral("table:table-cell"));
            m_xml.writeAttribute(QStringLiteral("table:style-name"), QStringLiteral("CellHead"));
            m_xml.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
            paragraph(QStringLiteral("Table_20_Heading"), c.title);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        for (qsizetype r = 0; r < rows.size(); ++r) {
            m_xml.writeStartElement(QStringLiteral("table:table-row"));
            m_xml.writeAttribute(QStringLiteral("table:style-name"), QStringLiteral("Row"));
            const QList<Cell> &row = rows.at(r);
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const Cell cell = row.value(c);
                m_xml.writeStartElement(QStringLiteral("table:table-cell"));
                m_xml.writeAttribute(QStringLiteral("table:style-name"),
                                     r % 2 ? QStringLiteral("CellBand") : QStringLiteral("Cell"));
                m_xml.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
                QList<Run> runs;
                if (!cell.mark.isEmpty())
                    runs << Run{cell.mark + QChar(0x00A0), cell.markStyle};
                runs << Run{cell.text,
                            cell.bold ? QStringLiteral("Strong_20_Emphasis") : QString()};
                paragraph(QStringLiteral("Table_20_Contents"), runs);
                m_xml.writeEndElement();
            }
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    // A table without rules for layout (the cover's facts and figures), cells styled by name.
    void startLayoutTable(const QList<double> &widthsCm, const QString &style)
    {
        const QString name = QStringLiteral("Table%1").arg(++m_tables);
        m_columnWidths << widthsCm;
        m_xml.writeStartElement(QStringLiteral("table:table"));
        m_xml.writeAttribute(QStringLiteral("table:name"), name);
        m_xml.writeAttribute(QStringLiteral("table:style-name"), style);
        for (qsizetype i = 0; i < widthsCm.size(); ++i) {
            m_xml.writeEmptyElement(QStringLiteral("table:table-column"));
            m_xml.writeAttribute(QStringLiteral("table:style-name"),
                                 QStringLiteral("%1.C%2").arg(name).arg(i));
        }
    }
    void startRow()
    {
        m_xml.writeStartElement(QStringLiteral("table:table-row"));
        m_xml.writeAttribute(QStringLiteral("table:style-name"), QStringLiteral("Row"));
    }
    void startCell(const QString &style)
    {
        m_xml.writeStartElement(QStringLiteral("table:table-cell"));
        m_xml.writeAttribute(QStringLiteral("table:style-name"), style);
        m_xml.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
    }
    void end() { m_xml.writeEndElement(); }

    void tableOfContents(const QStringList &entries)
    {
        m_xml.writeStartElement(QStringLiteral("text:table-of-content"));
        m_xml.writeAttribute(QStringLiteral("text:name"), QStringLiteral("Contents"));
        m_xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("ContentsSection"));
        m_xml.writeStartElement(QStringLiteral("text:table-of-content-source"));
        m_xml.writeAttribute(QStringLiteral("text:outline-level"), QStringLiteral("1"));
        m_xml.writeStartElement(QStringLiteral("text:index-title-template"));
        m_xml.writeAttribute(QStringLiteral("text:style-name"),
                             QStringLiteral("Contents_20_Heading"));
        m_xml.writeCharacters(tr("Contents"));
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("text:table-of-content-entry-template"));
        m_xml.writeAttribute(QStringLiteral("text:outline-level"), QStringLiteral("1"));
        m_xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Contents_20_1"));
        m_xml.writeEmptyElement(QStringLiteral("text:index-entry-link-start"));
        m_xml.writeEmptyElement(QStringLiteral("text:index-entry-text"));
        m_xml.writeEmptyElement(QStringLiteral("text:index-entry-tab-stop"));
        m_xml.writeAttribute(QStringLiteral("style:type"), QStringLiteral("right"));
        m_xml.writeAttribute(QStringLiteral("style:leader-char"), QStringLiteral("."));
        m_xml.writeEmptyElement(QStringLiteral("text:index-entry-page-number"));
        m_xml.writeEmptyElement(QStringLiteral("text:index-entry-link-end"));
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("text:index-body"));
        m_xml.writeStartElement(QStringLiteral("text:index-title"));
        m_xml.writeAttribute(QStringLiteral("text:name"), QStringLiteral("Contents_Head"));
        paragraph(QStringLiteral("Contents_20_Heading"), tr("Contents"));
        m_xml.writeEndElement();
        // Entries without page numbers: the reader's word processor fills them in when the
        // index is updated; the PDF has them.
        for (const QString &entry : entries)
            paragraph(QStringLiteral("Contents_20_1"), entry);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    QXmlStreamWriter &xml() { return m_xml; }
    const QList<QList<double>> &columnWidths() const { return m_columnWidths; }
    const QStringList &images() const { return m_images; }

private:
    void writeRuns(const QList<Run> &runs)
    {
        for (const Run &run : runs) {
            if (run.style.isEmpty()) {
                writeText(run.text);
                continue;
            }
            m_xml.writeStartElement(QStringLiteral("text:span"));
            m_xml.writeAttribute(QStringLiteral("text:style-name"), run.style);
            writeText(run.text);
            m_xml.writeEndElement();
        }
    }
    // Line breaks become text:line-break: a bare newline is only white space in ODF.
    void writeText(const QString &text)
    {
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                m_xml.writeEmptyElement(QStringLiteral("text:line-break"));
            m_xml.writeCharacters(lines.at(i));
        }
    }

    QXmlStreamWriter m_xml;
    int m_tables = 0;
    QList<QList<double>> m_columnWidths;
    QStringList m_images;
};

const char *const OfficeNamespaces =
    " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
    " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
    " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
    " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
    " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
    " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
    " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
    " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
    " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
    " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
    " office:version=\"1.3\"";

QString textProps(const QString &size, const QString &colour, bool bold = false)
{
    QString out = QStringLiteral("<style:text-properties");
    if (!size.isEmpty())
        out += QStringLiteral(" fo:font-size=\"%1\"").arg(size);
    if (!colour.isEmpty())
        out += QStringLiteral(" fo:color=\"%1\"").arg(colour);
    if (bold) {
        out += QStringLiteral(" fo:font-weight=\"bold\" style:font-weight-asian=\"bold\" "
                              "style:font-weight-complex=\"bold\"");
    }
    return out + QStringLiteral("/>");
}

} // namespace

OdtReport::OdtReport(const ReadinessReport &report, const ReportRenderer::Charts &charts)
    : m_report(report)
    , m_charts(charts)
{
}

QByteArray OdtReport::stylesXml() const
{
    const QString t = QString::fromLatin1(Teal);
    const QString sl = QString::fromLatin1(Slate);
    const QString g = QString::fromLatin1(Grey);
    const ReadinessReport::Cover &cover = m_report.cover;
    QString x;
    x += QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles") +
         QString::fromLatin1(OfficeNamespaces) + QStringLiteral(">");
    x += QStringLiteral("<office:font-face-decls><style:font-face style:name=\"DejaVu Sans\" "
                        "svg:font-family=\"'DejaVu Sans'\" style:font-family-generic=\"swiss\" "
                        "style:font-pitch=\"variable\"/></office:font-face-decls>");
    x += QStringLiteral("<office:styles>");
    // Compact body text: 9.5 pt with modest spacing, British English.
    x += QStringLiteral(
             "<style:default-style style:family=\"paragraph\"><style:paragraph-properties "
             "fo:line-height=\"115%\" fo:margin-top=\"0.05cm\" fo:margin-bottom=\"0.12cm\"/>"
             "<style:text-properties style:font-name=\"DejaVu Sans\" fo:font-size=\"9.5pt\" "
             "fo:language=\"en\" fo:country=\"GB\" fo:color=\"%1\" fo:hyphenate=\"false\"/>"
             "</style:default-style>")
             .arg(QString::fromLatin1(Ink));
    x += QStringLiteral("<style:style style:name=\"Standard\" style:family=\"paragraph\" "
                        "style:class=\"text\"/>");
    x += QStringLiteral("<style:style style:name=\"Text_20_body\" style:display-name=\"Text body\" "
                        "style:family=\"paragraph\" style:parent-style-name=\"Standard\" "
                        "style:class=\"text\"/>");
    x += QStringLiteral(
        "<style:style style:name=\"Heading\" style:family=\"paragraph\" "
        "style:parent-style-name=\"Standard\" style:next-style-name=\"Text_20_body\" "
        "style:class=\"text\"><style:paragraph-properties fo:keep-with-next=\"always\"/>"
        "</style:style>");
    const struct
    {
        int level;
        const char *size;
        QString colour;
        const char *above;
        const char *below;
    } headings[] = {{1, "16pt", t, "0.1cm", "0.3cm"},
                    {2, "12.5pt", sl, "0.4cm", "0.12cm"},
                    {3, "10.5pt", sl, "0.3cm", "0.08cm"}};
    for (const auto &h : headings) {
        x += QStringLiteral(
                 "<style:style style:name=\"Heading_20_%1\" style:display-name=\"Heading %1\" "
                 "style:family=\"paragraph\" style:parent-style-name=\"Heading\" "
                 "style:next-style-name=\"Text_20_body\" style:default-outline-level=\"%1\" "
                 "style:class=\"text\"><style:paragraph-properties fo:margin-top=\"%4\" "
                 "fo:margin-bottom=\"%5\"/>%6</style:style>")
                 .arg(h.level)
                 .arg(QString::fromLatin1(h.above), QString::fromLatin1(h.below),
                      textProps(QString::fromLatin1(h.size), h.colour, true));
    }
    x += QStringLiteral("<style:style style:name=\"Title\" style:family=\"paragraph\" "
                        "style:parent-style-name=\"Standard\" style:class=\"chapter\">"
                        "<style:paragraph-properties fo:margin-top=\"0.1cm\" "
                        "fo:margin-bottom=\"0.1cm\"/>%1</style:style>")
             .arg(textProps(QStringLiteral("24pt"), QString::fromLatin1(Ink), true));
    x += QStringLiteral("<style:style style:name=\"Subtitle\" style:family=\"paragraph\" "
                        "style:parent-style-name=\"Standard\" style:class=\"chapter\">%1"
                        "</style:style>")
             .arg(textProps(QStringLiteral("15pt"), sl));
    x += QStringLiteral("<style:style style:name=\"Kicker\" style:family=\"paragraph\" "
                        "style:parent-style-name=\"Standard\"><style:paragraph-properties "
                        "fo:margin-top=\"0.3cm\"/>%1</style:style>")
             .arg(textProps(QStringLiteral("11pt"), t));
    x += QStringLiteral("<style:style style:name=\"Muted\" style:family=\"paragraph\" "
                        "style:parent-style-name=\"Text_20_body\">%1</style:style>")
             .arg(textProps(QString(), g));
    x += QStringLiteral("<style:style style:name=\"Small\" style:family=\"paragraph\" "
                        "style:parent-style-name=\"Text_20_body\">%1</style:style>")
             .arg(textProps(QStringLiteral("8pt"), g));
    x += QStringLiteral("<style:style style:name=\"Narrative\" style:family=\"paragraph\" "
                        "style:parent-style-name=\"Text_20_body\"><style:paragraph-properties "
                        "fo:margin-left=\"0.3cm\" fo:margin-top=\"0.02cm\" "
                        "fo:margin-bottom=\"0.04cm\"/></style:style>");
    x += QStringLiteral("<style:style style:name=\"Item\" style:family=\"paragraph\" "
                        "style:parent-style-name=\"Text_20_body\"><style:paragraph-properties "
                        "fo:margin-top=\"0.2cm\" fo:margin-bottom=\"0.02cm\" "
                        "fo:keep-with-next=\"always\"/></style:style>");
    x += QStringLiteral("<style:style style:name=\"Figure\" style:family=\"paragraph\" "
                        "style:parent-style-name=\"Standard\"><style:paragraph-properties "
                        "fo:text-align=\"center\" fo:margin-top=\"0.15cm\" "
                        "fo:margin-bottom=\"0.15cm\"/></style:style>");
    x += QStringLiteral(
        "<style:style style:name=\"List_20_Bullet\" style:display-name=\"List "
        "Bullet\" style:family=\"paragraph\" style:parent-style-name=\"Text_20_body\" "
        "style:class=\"list\"><style:paragraph-properties fo:margin-top=\"0.02cm\" "
        "fo:margin-bottom=\"0.04cm\"/></style:style>");
    x +=
        QStringLiteral("<style:style style:name=\"Table_20_Contents\" style:display-name=\"Table "
                       "Contents\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" "
                       "style:class=\"extra\"><style:paragraph-properties fo:line-height=\"110%\" "
                       "fo:margin-top=\"0cm\" fo:margin-bottom=\"0cm\"/>%1</style:style>")
            .arg(textProps(QStringLiteral("8pt"), QString()));
    x += QStringLiteral(
             "<style:style style:name=\"Table_20_Heading\" style:display-name=\"Table "
             "Heading\" style:family=\"paragraph\" style:parent-style-name=\"Table_20_Contents\" "
             "style:class=\"extra\">%1</style:style>")
             .arg(textProps(QStringLiteral("8.5pt"), QStringLiteral("#ffffff"), true));
    x += QStringLiteral(
             "<style:style style:name=\"Contents_20_Heading\" style:display-name=\"Contents "
             "Heading\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" "
             "style:class=\"index\"><style:paragraph-properties fo:margin-top=\"0.4cm\" "
             "fo:margin-bottom=\"0.15cm\"/>%1</style:style>")
             .arg(textProps(QStringLiteral("12.5pt"), sl, true));
    x += QStringLiteral(
        "<style:style style:name=\"Contents_20_1\" style:display-name=\"Contents 1\" "
        "style:family=\"paragraph\" style:parent-style-name=\"Standard\" "
        "style:class=\"index\"><style:paragraph-properties fo:margin-top=\"0.03cm\" "
        "fo:margin-bottom=\"0.03cm\"><style:tab-stops><style:tab-stop "
        "style:position=\"17.4cm\" style:type=\"right\" style:leader-style=\"dotted\" "
        "style:leader-text=\".\"/></style:tab-stops></style:paragraph-properties>"
        "</style:style>");
    x += QStringLiteral("<style:style style:name=\"Header\" style:family=\"paragraph\" "
                        "style:parent-style-name=\"Standard\" style:class=\"extra\">"
                        "<style:paragraph-properties><style:tab-stops><style:tab-stop "
                        "style:position=\"17.4cm\" style:type=\"right\"/></style:tab-stops>"
                        "</style:paragraph-properties>%1</style:style>")
             .arg(textProps(QStringLiteral("8pt"), sl));
    x += QStringLiteral("<style:style style:name=\"Footer\" style:family=\"paragraph\" "
                        "style:parent-style-name=\"Standard\" style:class=\"extra\">"
                        "<style:paragraph-properties fo:text-align=\"center\"/>%1</style:style>")
             .arg(textProps(QStringLiteral("8pt"), sl));
    x +=
        QStringLiteral("<style:style style:name=\"Strong_20_Emphasis\" style:display-name=\"Strong "
                       "Emphasis\" style:family=\"text\">%1</style:style>")
            .arg(textProps(QString(), QString(), true));
    for (const auto &[name, colour] : {std::pair{"MarkRed", Red}, std::pair{"MarkAmber", Amber},
                                       std::pair{"MarkTeal", Teal}, std::pair{"MarkGrey", Grey}}) {
        x += QStringLiteral("<style:style style:name=\"%1\" style:family=\"text\">%2</style:style>")
                 .arg(QString::fromLatin1(name), textProps(QString(), QString::fromLatin1(colour)));
    }
    x += QStringLiteral(
        "<text:list-style style:name=\"Bullets\"><text:list-level-style-bullet text:level=\"1\" "
        "text:bullet-char=\"\u2022\"><style:list-level-properties "
        "text:list-level-position-and-space-mode=\"label-alignment\"><style:list-level-label-"
        "alignment "
        "text:label-followed-by=\"listtab\" text:list-tab-stop-position=\"0.5cm\" "
        "fo:text-indent=\"-0.35cm\" fo:margin-left=\"0.5cm\"/></style:list-level-properties>"
        "</text:list-level-style-bullet></text:list-style>");
    // Outline numbering is off: the headings carry their own numbers, as in the PDF.
    x += QStringLiteral("<text:outline-style style:name=\"Outline\">");
    for (int level = 1; level <= 3; ++level) {
        x += QStringLiteral("<text:outline-level-style text:level=\"%1\" style:num-format=\"\"/>")
                 .arg(level);
    }
    x += QStringLiteral("</text:outline-style>");
    x += QStringLiteral("</office:styles>");

    // A4, 18 mm at the sides; the header and footer sit inside the top and bottom margins.
    x +=
        QStringLiteral(
            "<office:automatic-styles><style:page-layout "
            "style:name=\"A4\"><style:page-layout-properties "
            "fo:page-width=\"21cm\" fo:page-height=\"29.7cm\" style:print-orientation=\"portrait\" "
            "fo:margin-top=\"1.2cm\" fo:margin-bottom=\"1.0cm\" fo:margin-left=\"1.8cm\" "
            "fo:margin-right=\"1.8cm\"/><style:header-style><style:header-footer-properties "
            "fo:min-height=\"0.6cm\" fo:margin-bottom=\"0.5cm\" fo:border-bottom=\"0.5pt solid "
            "%1\" "
            "fo:padding-bottom=\"0.1cm\"/></style:header-style><style:footer-style>"
            "<style:header-footer-properties fo:min-height=\"0.6cm\" fo:margin-top=\"0.5cm\"/>"
            "</style:footer-style></style:page-layout></office:automatic-styles>")
            .arg(QString::fromLatin1(Rule));
    const QString right = cover.forecast
                              ? tr("FORECAST for %1 \u00B7 made %2")
                                    .arg(longDate(cover.asOf), longDate(cover.generated.date()))
                              : tr("Readiness report \u00B7 %1").arg(longDate(cover.asOf));
    x += QStringLiteral(
             "<office:master-styles><style:master-page style:name=\"Standard\" "
             "style:page-layout-name=\"A4\"><style:header><text:p text:style-name=\"Header\">"
             "<text:span text:style-name=\"Strong_20_Emphasis\">%1</text:span><text:tab/>%2"
             "</text:p></style:header><style:footer><text:p text:style-name=\"Footer\">%3"
             "</text:p></style:footer></style:master-page></office:master-styles>")
             .arg(cover.serviceName.toHtmlEscaped(), right.toHtmlEscaped(),
                  tr("Page %1 of %2")
                      .arg(QStringLiteral("<text:page-number text:select-page=\"current\">1"
                                          "</text:page-number>"),
                           QStringLiteral("<text:page-count>1</text:page-count>")));
    x += QStringLiteral("</office:document-styles>\n");
    return x.toUtf8();
}

QByteArray OdtReport::metaXml() const
{
    const ReadinessReport::Cover &cover = m_report.cover;
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeNamespace(QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0"),
                     QStringLiteral("office"));
    w.writeNamespace(QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0"),
                     QStringLiteral("meta"));
    w.writeNamespace(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc"));
    const QString office = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
    const QString meta = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    w.writeStartElement(office, QStringLiteral("document-meta"));
    w.writeAttribute(office, QStringLiteral("version"), QStringLiteral("1.3"));
    w.writeStartElement(office, QStringLiteral("meta"));
    w.writeTextElement(dc, QStringLiteral("title"),
                       cover.title + QStringLiteral(" \u2013 ") + cover.serviceName);
    w.writeTextElement(
        dc, QStringLiteral("subject"),
        (cover.forecast ? tr("Readiness forecast for %1") : tr("SEQOHS readiness on %1"))
            .arg(longDate(cover.asOf)));
    w.writeTextElement(dc, QStringLiteral("description"),
                       verdictDisplayName(cover.verdict) + QStringLiteral(": ") +
                           m_report.verdictReasons.join(QLatin1Char(' ')));
    w.writeTextElement(meta, QStringLiteral("initial-creator"), cover.serviceName);
    w.writeTextElement(dc, QStringLiteral("creator"), cover.serviceName);
    w.writeTextElement(dc, QStringLiteral("language"), QStringLiteral("en-GB"));
    w.writeTextElement(meta, QStringLiteral("creation-date"),
                       cover.generated.toUTC().toString(Qt::ISODate));
    w.writeTextElement(meta, QStringLiteral("generator"),
                       QStringLiteral("SEQOHS Tracker %1").arg(QStringLiteral(SEQOHS_VERSION)));
    w.writeTextElement(meta, QStringLiteral("keyword"), QStringLiteral("SEQOHS"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QByteArray OdtReport::contentXml() const
{
    const ReadinessReport &r = m_report;
    const ReadinessReport::Cover &cover = r.cover;
    QByteArray bodyBytes;
    Body b(&bodyBytes);
    int section = 0;
    QStringList contents;
    auto heading = [&](const QString &title, bool pageBreak = true) {
        ++section;
        const QString text = QStringLiteral("%1  %2").arg(section).arg(title);
        contents << QStringLiteral("%1 %2").arg(section).arg(title);
        b.heading(1, text, pageBreak);
    };

    // Cover.
    b.paragraph(QStringLiteral("Kicker"), tr("SEQOHS accreditation"));
    b.paragraph(QStringLiteral("Title"), cover.title);
    b.paragraph(QStringLiteral("Subtitle"), cover.serviceName);
    if (cover.forecast) {
        b.paragraph(
            QStringLiteral("ForecastBand"),
            {{tr("FORECAST"), QStringLiteral("Strong_20_Emphasis")},
             {QLatin1Char(' ') + tr("The figures are projected to %1 from the evidence and "
                                    "review dates known on %2.")
                                     .arg(longDate(cover.asOf), longDate(cover.generated.date())),
              {}}});
    }
    {
        QList<std::pair<QString, QString>> facts;
        if (!cover.organisation.isEmpty())
            facts << std::pair{tr("Organisation"), cover.organisation};
        if (!cover.sites.isEmpty()) {
            facts << std::pair{cover.sites.size() == 1 ? tr("Site") : tr("Sites"),
                               cover.sites.join(QLatin1Char('\n'))};
        }
        QString setText = cover.setTitle;
        if (!cover.edition.isEmpty())
            setText += QStringLiteral(", %1").arg(tr("edition %1").arg(cover.edition));
        facts << std::pair{tr("Standards"), setText};
        facts << std::pair{tr("Set"), tr("%1, version %2, %3")
                                          .arg(cover.setId, cover.setVersion,
                                               cover.provenance == QLatin1String("summary")
                                                   ? tr("summary of the standards")
                                                   : tr("official wording"))};
        facts << std::pair{
            cover.forecast ? tr("Forecast for") : tr("Figures as of"),
            cover.forecast
                ? tr("%1 \u2013 a forecast, not today's position").arg(longDate(cover.asOf))
                : longDate(cover.asOf)};
        if (r.response) {
            facts << std::pair{tr("Assessor's recommendation"),
                               ReportRenderer::responseRecommendation(*r.response)};
        }
        facts << std::pair{tr("Planned visit"), cover.plannedVisit.isValid()
                                                    ? longDate(cover.plannedVisit)
                                                    : tr("Not planned yet")};
        facts << std::pair{tr("Prepared"),
                           ukLocale().toString(cover.generated.toUTC(),
                                               QStringLiteral("d MMMM yyyy, HH:mm 'UTC'"))};
        b.startLayoutTable({BodyWidthCm * 0.24, BodyWidthCm * 0.76}, QStringLiteral("Layout"));
        for (const auto &[name, value] : facts) {
            b.startRow();
            b.startCell(QStringLiteral("CellPlain"));
            b.paragraph(QStringLiteral("FactLabel"), name);
            b.end();
            b.startCell(QStringLiteral("CellPlain"));
            b.paragraph(QStringLiteral("Fact"), value);
            b.end();
            b.end();
        }
        b.end();
    }
    // The verdict: white on its colour, in the cell's own background.
    b.startLayoutTable({BodyWidthCm * 0.4, BodyWidthCm * 0.2, BodyWidthCm * 0.2, BodyWidthCm * 0.2},
                       QStringLiteral("Figures"));
    b.startRow();
    b.startCell(QStringLiteral("CellVerdict"));
    b.paragraph(QStringLiteral("VerdictLabel"), tr("Verdict"));
    b.paragraph(QStringLiteral("VerdictText"),
                verdictSymbol(cover.verdict) + QChar(0x00A0) + verdictDisplayName(cover.verdict));
    b.end();
    const QString must = cover.mustApplicable > 0
                             ? QStringLiteral("%1/%2").arg(cover.mustMet).arg(cover.mustApplicable)
                             : tr("none apply");
    for (const auto &[name, value] : {std::pair{tr("Score"), percent(cover.score)},
                                      std::pair{tr("Evidence coverage"), percent(cover.coverage)},
                                      std::pair{tr("Must criteria met"), must}}) {
        b.startCell(QStringLiteral("CellFigure"));
        b.paragraph(QStringLiteral("FigureLabel"), name);
        b.paragraph(QStringLiteral("FigureValue"), value);
        b.end();
    }
    b.end();
    b.end();
    if (cover.verdict != Verdict::Ready)
        b.list(r.verdictReasons);
    if (r.summarySet) {
        b.paragraph(QStringLiteral("Notice"), {{tr("A summary, not the official standards."),
                                                QStringLiteral("Strong_20_Emphasis")},
                                               {QLatin1Char(' ') + r.summaryNotice, {}}});
    }
    if (!cover.attribution.isEmpty())
        b.paragraph(QStringLiteral("Small"), ReportRenderer::boardText(cover.attribution));
    const qsizetype tocAt = bodyBytes.size();

    // 1. Summary by domain.
    heading(tr("Summary by domain"));
    b.paragraph(
        QStringLiteral("Text_20_body"),
        tr("Overall score %1, evidence coverage %2, %3. %4; %5.")
            .arg(percent(cover.score), percent(cover.coverage),
                 cover.mustApplicable > 0
                     ? tr("must criteria met %1 of %2").arg(cover.mustMet).arg(cover.mustApplicable)
                     : tr("no must criterion applies"),
                 counted(cover.applicable, "%1 criterion is included in the score",
                         "%1 criteria are included in the score"),
                 counted(cover.excluded, "%1 is left out as not applicable",
                         "%1 are left out as not applicable")));
    b.image(QStringLiteral("domain-scores.png"), m_charts.domainScores,
            ReportRenderer::chartDescription(r, QStringLiteral("domain-scores")));
    {
        auto mustShare = [](const Figures &f) {
            return f.mustApplicable > 0
                       ? QStringLiteral("%1/%2").arg(f.mustMet).arg(f.mustApplicable)
                       : QStringLiteral("\u2013");
        };
        QList<QList<Cell>> rows;
        for (const NodeScore &d : r.domains) {
            const Figures &f = d.figures;
            rows.append({{label(d.code, d.title)},
                         {percent(f.score())},
                         {percent(f.coverage())},
                         {QString::number(f.count(AssessmentResult::Met))},
                         {QString::number(f.count(AssessmentResult::PartiallyMet))},
                         {QString::number(f.count(AssessmentResult::NotMet))},
                         {QString::number(f.count(AssessmentResult::NotAssessed))},
                         {mustShare(f)}});
        }
        const Figures &f = r.overall;
        rows.append({{tr("Overall"), {}, {}, true},
                     {percent(f.score()), {}, {}, true},
                     {percent(f.coverage()), {}, {}, true},
                     {QString::number(f.count(AssessmentResult::Met))},
                     {QString::number(f.count(AssessmentResult::PartiallyMet))},
                     {QString::number(f.count(AssessmentResult::NotMet))},
                     {QString::number(f.count(AssessmentResult::NotAssessed))},
                     {mustShare(f)}});
        b.table({{tr("Domain"), 34},
                 {tr("Score"), 9},
                 {tr("Coverage"), 11},
                 {tr("Met"), 8},
                 {tr("Partly"), 9},
                 {tr("Not met"), 9},
                 {tr("Not assessed"), 11},
                 {tr("Must met"), 9}},
                rows);
    }
    b.image(QStringLiteral("domain-radar.png"), m_charts.domainRadar,
            ReportRenderer::chartDescription(r, QStringLiteral("domain-radar")));
    if (!m_charts.readinessOverTime.isNull()) {
        b.image(QStringLiteral("readiness-over-time.png"), m_charts.readinessOverTime,
                ReportRenderer::chartDescription(r, QStringLiteral("readiness-over-time")));
    }

    // 2. The verdict and every reason for it.
    heading(cover.verdict == Verdict::Ready ? tr("Verdict")
                                            : tr("Why the service is not ready yet"));
    b.paragraph(QStringLiteral("Text_20_body"),
                {{verdictSymbol(cover.verdict) + QChar(0x00A0),
                  cover.verdict == Verdict::Ready         ? QStringLiteral("MarkTeal")
                  : cover.verdict == Verdict::NearlyReady ? QStringLiteral("MarkAmber")
                                                          : QStringLiteral("MarkRed")},
                 {verdictDisplayName(cover.verdict), QStringLiteral("Strong_20_Emphasis")}});
    b.list(r.verdictReasons);
    b.paragraph(QStringLiteral("Muted"),
                tr("Nearly ready needs every must criterion met with current evidence, a score "
                   "of at least %1 and evidence coverage of at least %2. Ready needs every "
                   "applicable criterion met with current evidence.")
                    .arg(percent(ReadinessThresholds::NearlyReadyScore),
                         percent(ReadinessThresholds::NearlyReadyCoverage)));

    // 3. Must criteria.
    heading(tr("Must criteria"), false);
    b.paragraph(QStringLiteral("Muted"),
                tr("Legal duties: any must criterion not met with current evidence blocks "
                   "readiness whatever the percentages."));
    if (r.mustItems.isEmpty()) {
        b.paragraph(QStringLiteral("Text_20_body"),
                    tr("No must criterion applies to this service."));
    } else {
        QList<QList<Cell>> rows;
        for (const ReadinessReport::Item &i : r.mustItems) {
            const Cell evidence =
                i.currentEvidence > 0
                    ? Cell{tr("%1 of %2").arg(i.currentEvidence).arg(i.evidenceCount)}
                    : Cell{i.evidenceCount > 0 ? tr("none current") : tr("none"),
                           QStringLiteral("\u25B2"), QStringLiteral("MarkRed")};
            rows.append({{label(i.code, i.title)}, resultCell(i.result), evidence, {i.owner}});
        }
        b.table({{tr("Criterion"), 48},
                 {tr("Result"), 16},
                 {tr("Current evidence"), 14},
                 {tr("Owner"), 22}},
                rows);
    }

    // The assessor's response, once one is imported.
    if (r.response) {
        heading(tr("The assessor's response"));
        const QStringList paragraphs = ReportRenderer::responseParagraphs(*r.response);
        for (qsizetype i = 0; i < paragraphs.size(); ++i) {
            const bool warning = r.response->needsReReview > 0 && i == paragraphs.size() - 1;
            b.paragraph(warning ? QStringLiteral("Notice") : QStringLiteral("Text_20_body"),
                        paragraphs.at(i));
        }
        using Outcome = ReadinessReport::AssessorResponse::Outcome;
        QList<QList<Cell>> rows;
        for (const ReportRenderer::ResponseRow &row : ReportRenderer::responseRows(*r.response)) {
            const QString style = row.outcome == Outcome::Met      ? QStringLiteral("MarkTeal")
                                  : row.outcome == Outcome::NotMet ? QStringLiteral("MarkRed")
                                  : row.outcome == Outcome::FurtherEvidence
                                      ? QStringLiteral("MarkAmber")
                                      : QStringLiteral("MarkGrey");
            rows.append({{label(row.standardCode, row.standard)},
                         {row.finding, QStringLiteral("\u25CF"), style},
                         {row.detail}});
        }
        b.table(
            {{tr("Standard"), 34}, {tr("Finding"), 22}, {tr("Comments and required actions"), 44}},
            rows);
        if (!r.response->calibration.isEmpty()) {
            b.paragraph(QStringLiteral("Text_20_body"),
                        tr("The service's own view beside the assessor's, by domain: where the "
                           "service rated a standard higher than the assessor found it, it was "
                           "more optimistic."));
            const QStringList header = ReportRenderer::calibrationHeader();
            QList<QList<Cell>> calibration;
            for (const QStringList &row : ReportRenderer::calibrationRows(*r.response)) {
                QList<Cell> cells;
                for (const QString &cell : row)
                    cells.append({cell});
                calibration.append(cells);
            }
            b.table({{header.at(0), 40},
                     {header.at(1), 15},
                     {header.at(2), 15},
                     {header.at(3), 15},
                     {header.at(4), 15}},
                    calibration);
        }
    }

    // Sign-offs, once any is recorded.
    if (!r.signOffs.isEmpty()) {
        heading(tr("Sign-offs"));
        b.paragraph(QStringLiteral("Text_20_body"), ReportRenderer::signOffSummary(r));
        QList<QList<Cell>> rows;
        for (const ReportRenderer::SignOffRow &row : ReportRenderer::signOffRows(r)) {
            rows.append({{row.covers},
                         {row.signedBy},
                         {row.status, QStringLiteral("\u25CF"),
                          row.holds ? QStringLiteral("MarkTeal") : QStringLiteral("MarkRed")},
                         {row.detail}});
        }
        b.table({{tr("Covers"), 30},
                 {tr("Signed by"), 20},
                 {tr("Status"), 14},
                 {tr("Comment and what changed since"), 36}},
                rows);
    }

    // 4. Before the visit.
    heading(tr("Before the visit"));
    {
        const VisitPlan &plan = r.visitPlan;
        if (plan.steps.isEmpty()) {
            b.paragraph(QStringLiteral("Text_20_body"),
                        cover.verdict == Verdict::Ready
                            ? tr("Nothing stands between the service and the visit.")
                            : tr("No criterion left to close would change the verdict."));
        } else {
            const int blockers = int(std::count_if(
                plan.steps.cbegin(), plan.steps.cend(), [](const VisitPlan::Step &step) {
                    return step.reason == VisitPlan::Step::Reason::Blocker;
                }));
            QString lead = blockers > 0 ? counted(blockers,
                                                  "Close the %1 blocker first: nothing else "
                                                  "counts until it is met with current evidence.",
                                                  "Close the %1 blockers first: nothing else "
                                                  "counts until they are met with current "
                                                  "evidence.")
                                        : QString();
            const qsizetype others = plan.steps.size() - blockers;
            if (others > 0) {
                lead += QLatin1Char(' ') +
                        counted(others,
                                "Then %1 more criterion lifts score and coverage over the "
                                "thresholds for nearly ready.",
                                "Then these %1 criteria are the fewest that lift score and "
                                "coverage over the thresholds for nearly ready.");
            }
            b.paragraph(QStringLiteral("Text_20_body"), lead.trimmed());
            b.paragraph(QStringLiteral("Text_20_body"),
                        tr("With every step done: score %1 (now %2), evidence coverage %3 "
                           "(now %4); the thresholds are %5 and %6.")
                            .arg(percent(plan.scoreAfter), percent(plan.scoreBefore),
                                 percent(plan.coverageAfter), percent(plan.coverageBefore),
                                 percent(ReadinessThresholds::NearlyReadyScore),
                                 percent(ReadinessThresholds::NearlyReadyCoverage)));
            if (!plan.reachesNearlyReady) {
                b.paragraph(QStringLiteral("Text_20_body"),
                            tr("Even with every gap closed, nearly ready is out of reach: check "
                               "the weights and what is marked not applicable."));
            }
            if (plan.withoutAction > 0) {
                b.paragraph(QStringLiteral("Text_20_body"),
                            {{QStringLiteral("\u25B2 "), QStringLiteral("MarkRed")},
                             {counted(plan.withoutAction,
                                      "%1 step has no open action: nobody is doing it yet.",
                                      "%1 steps have no open action: nobody is doing them yet."),
                              {}}});
            }
            if (plan.otherGaps > 0) {
                b.paragraph(QStringLiteral("Muted"),
                            counted(plan.otherGaps,
                                    "%1 further gap stands between nearly ready and ready; the "
                                    "gap list has it.",
                                    "%1 further gaps stand between nearly ready and ready; the "
                                    "gap list has them."));
            }
            QList<QList<Cell>> rows;
            for (qsizetype n = 0; n < plan.steps.size(); ++n) {
                const VisitPlan::Step &step = plan.steps.at(n);
                Cell why;
                switch (step.reason) {
                case VisitPlan::Step::Reason::Blocker:
                    why = {tr("Blocker"), QStringLiteral("\u2716"), QStringLiteral("MarkRed")};
                    break;
                case VisitPlan::Step::Reason::Score:
                    why = {tr("Score +%1 points").arg(qRound(step.scoreGain * 100.0))};
                    break;
                case VisitPlan::Step::Reason::Coverage:
                    why = {tr("Coverage +%1 points").arg(qRound(step.coverageGain * 100.0))};
                    break;
                case VisitPlan::Step::Reason::Both:
                    why = {tr("Score +%1, coverage +%2 points")
                               .arg(qRound(step.scoreGain * 100.0))
                               .arg(qRound(step.coverageGain * 100.0))};
                    break;
                }
                QStringList need;
                if (step.needsResult)
                    need << tr("meet it (now %1)").arg(resultDisplayName(step.result).toLower());
                if (step.needsEvidence)
                    need << tr("add current evidence");
                rows.append({{QString::number(n + 1)},
                             {label(step.code, step.title)},
                             why,
                             {need.join(QStringLiteral("; "))},
                             step.hasAction ? Cell{step.action}
                                            : Cell{tr("No action"), QStringLiteral("\u25B2"),
                                                   QStringLiteral("MarkRed")},
                             {step.owner.isEmpty() ? tr("Unassigned") : step.owner},
                             {step.hasAction ? shortDate(step.due) : QStringLiteral("\u2013")}});
            }
            b.table({{tr("#"), 4},
                     {tr("Criterion"), 27},
                     {tr("Why"), 12},
                     {tr("Needs"), 14},
                     {tr("Action"), 19},
                     {tr("Owner"), 13},
                     {tr("Due"), 11}},
                    rows);
        }
    }

    // 5. Readiness checks.
    heading(tr("Readiness checks"));
    if (r.checks.isEmpty()) {
        b.paragraph(QStringLiteral("Text_20_body"), tr("No check raised anything."));
    } else {
        int counts[3] = {0, 0, 0};
        for (const ReadinessCheck &check : r.checks)
            ++counts[int(check.severity)];
        b.paragraph(QStringLiteral("Text_20_body"),
                    tr("%1, %2 and %3, blockers first.")
                        .arg(counted(counts[0], "%1 blocker", "%1 blockers"),
                             counted(counts[1], "%1 warning", "%1 warnings"),
                             counted(counts[2], "%1 note", "%1 notes")));
        QList<QList<Cell>> rows;
        for (ReadinessCheck::Severity severity :
             {ReadinessCheck::Severity::Blocker, ReadinessCheck::Severity::Warning,
              ReadinessCheck::Severity::Info}) {
            for (const ReadinessCheck &check : r.checks) {
                if (check.severity != severity)
                    continue;
                Cell sev;
                switch (severity) {
                case ReadinessCheck::Severity::Blocker:
                    sev = {tr("Blocker"), QStringLiteral("\u2716"), QStringLiteral("MarkRed")};
                    break;
                case ReadinessCheck::Severity::Warning:
                    sev = {tr("Warning"), QStringLiteral("\u25B2"), QStringLiteral("MarkAmber")};
                    break;
                case ReadinessCheck::Severity::Info:
                    sev = {tr("Note"), QStringLiteral("\u25CB"), QStringLiteral("MarkGrey")};
                    break;
                }
                rows.append({sev, {check.message}});
            }
        }
        b.table({{tr("Severity"), 16}, {tr("Finding"), 84}}, rows);
    }

    // 6. Gaps.
    heading(tr("Gap list"));
    if (r.gaps.isEmpty()) {
        b.paragraph(QStringLiteral("Text_20_body"),
                    tr("No gaps: every included criterion is met with current evidence."));
    } else {
        b.paragraph(QStringLiteral("Muted"),
                    tr("Included criteria not met, partially met, not assessed or without current "
                       "evidence, in the order of the standards."));
        QList<QList<Cell>> rows;
        for (const ReadinessReport::Item &i : r.gaps) {
            rows.append({{label(i.code, i.title)},
                         {levelText(i.level)},
                         resultCell(i.result),
                         {i.gaps.join(QStringLiteral("; "))},
                         {i.owner}});
        }
        b.table({{tr("Criterion"), 38},
                 {tr("Level"), 8},
                 {tr("Result"), 17},
                 {tr("Gap"), 19},
                 {tr("Owner"), 18}},
                rows);
    }

    // 7. Action plan.
    heading(tr("Action plan"));
    if (r.actions.isEmpty()) {
        b.paragraph(QStringLiteral("Text_20_body"), tr("No actions are recorded."));
    } else {
        QList<QList<Cell>> rows;
        for (const ReadinessReport::ActionRow &a : r.actions) {
            rows.append({{a.text},
                         {a.itemCode},
                         {a.owner.isEmpty() ? tr("Unassigned") : a.owner},
                         {shortDate(a.due)},
                         actionStatusCell(a)});
        }
        b.table({{tr("Action"), 40},
                 {tr("For"), 14},
                 {tr("Owner"), 14},
                 {tr("Due"), 13},
                 {tr("Status"), 19}},
                rows);
    }

    // 8. Evidence expiring before the visit.
    heading(tr("Evidence expiring before the visit"));
    if (!cover.plannedVisit.isValid()) {
        b.paragraph(QStringLiteral("Text_20_body"),
                    tr("No assessment visit is planned; the chart shows the next twelve months."));
    } else if (r.expiringBeforeVisit.isEmpty()) {
        b.paragraph(QStringLiteral("Text_20_body"),
                    tr("No current evidence reaches its review-by date before the visit on %1.")
                        .arg(longDate(cover.plannedVisit)));
    }
    b.image(QStringLiteral("evidence-expiry.png"), m_charts.evidenceExpiry,
            ReportRenderer::chartDescription(r, QStringLiteral("evidence-expiry")));
    if (cover.plannedVisit.isValid() && !r.expiringBeforeVisit.isEmpty()) {
        b.paragraph(QStringLiteral("Text_20_body"),
                    counted(r.expiringBeforeVisit.size(),
                            "%1 evidence item is current today but reaches its review-by date "
                            "before the visit on %2: renew it first.",
                            "%1 evidence items are current today but reach their review-by date "
                            "before the visit on %2: renew them first.")
                        .arg(longDate(cover.plannedVisit)));
        QList<QList<Cell>> rows;
        for (const ReadinessReport::EvidenceRow &e : r.expiringBeforeVisit) {
            rows.append(
                {{e.title}, {shortDate(e.reviewBy)}, {e.linkedCodes.join(QStringLiteral(", "))}});
        }
        b.table({{tr("Evidence"), 46}, {tr("Review by"), 14}, {tr("Supports"), 40}}, rows);
    }

    // 9. Appendix.
    heading(tr("Appendix: criteria and narratives"));
    {
        QString lastDomain;
        QString lastStandard;
        for (const ReadinessReport::Item &i : r.items) {
            const QString domainKey = i.domainCode + QLatin1Char('\n') + i.domainTitle;
            if (domainKey != lastDomain) {
                lastDomain = domainKey;
                lastStandard.clear();
                b.heading(2, label(i.domainCode, i.domainTitle), false);
            }
            const QString standardKey = i.standardCode + QLatin1Char('\n') + i.standardTitle;
            if (!i.isStandard && standardKey != lastStandard) {
                lastStandard = standardKey;
                b.heading(3, label(i.standardCode, i.standardTitle), false);
            }
            const Cell result = resultCell(i.result);
            QList<Run> facts{{result.mark + QChar(0x00A0), result.markStyle},
                             {result.text, QStringLiteral("Small")}};
            QStringList more;
            if (i.level == Level::Must)
                more << tr("Must");
            if (!i.owner.isEmpty())
                more << tr("Owner: %1").arg(i.owner);
            if (i.evidenceCount > 0)
                more
                    << tr("Evidence: %1 current of %2").arg(i.currentEvidence).arg(i.evidenceCount);
            for (const QString &m : more)
                facts << Run{QStringLiteral(" \u00B7 ") + m, QStringLiteral("Small")};
            b.paragraph(QStringLiteral("Item"), {{i.code, QStringLiteral("Strong_20_Emphasis")},
                                                 {QLatin1Char(' ') + i.title, {}}});
            b.paragraph(QStringLiteral("Narrative"), facts);
            if (!i.included && !i.exclusionReason.isEmpty())
                b.paragraph(QStringLiteral("Muted"), i.exclusionReason);
            if (!i.narrative.trimmed().isEmpty()) {
                for (const QString &p : i.narrative.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                    b.paragraph(QStringLiteral("Narrative"), p);
            } else if (i.included) {
                b.paragraph(QStringLiteral("NarrativeMissing"), tr("No narrative yet."));
            }
        }
    }

    // 10. Evidence index.
    heading(tr("Evidence index"));
    if (r.evidence.isEmpty()) {
        b.paragraph(QStringLiteral("Text_20_body"), tr("No evidence has been added."));
    } else {
        b.paragraph(QStringLiteral("Muted"),
                    counted(r.currency.total, "%1 item: %2 current, %3 expired.",
                            "%1 items: %2 current, %3 expired.")
                            .arg(r.currency.current)
                            .arg(r.currency.expired) +
                        QLatin1Char(' ') +
                        tr("Hashes are the first characters of the SHA-256 of the stored file."));
        // The legend for the marks in the table, as the PDF and HTML give it.
        b.paragraph(QStringLiteral("Text_20_body"),
                    {{QStringLiteral("\u2716"), QStringLiteral("MarkRed")},
                     {QLatin1Char(' ') + tr("expired") + QStringLiteral("    "), {}},
                     {QStringLiteral("\u25B2"), QStringLiteral("MarkAmber")},
                     {QLatin1Char(' ') + tr("expires before the planned visit"), {}}});
        QList<QList<Cell>> rows;
        for (const ReadinessReport::EvidenceRow &e : r.evidence) {
            Cell review{shortDate(e.reviewBy)};
            if (!e.current)
                review = {shortDate(e.reviewBy), QStringLiteral("\u2716"),
                          QStringLiteral("MarkRed")};
            else if (e.expiresBeforeVisit)
                review = {shortDate(e.reviewBy), QStringLiteral("\u25B2"),
                          QStringLiteral("MarkAmber")};
            rows.append({{e.title},
                         {kindText(e.kind)},
                         {shortDate(e.documentDate)},
                         review,
                         {e.hashPrefix},
                         {e.linkedCodes.join(QStringLiteral(", "))}});
        }
        b.table({{tr("Title"), 30},
                 {tr("Kind"), 10},
                 {tr("Dated"), 11},
                 {tr("Review by"), 14},
                 {tr("SHA-256"), 14},
                 {tr("Supports"), 21}},
                rows);
    }
    b.paragraph(QStringLiteral("Small"),
                tr("Prepared with SEQOHS Tracker %1. Figures follow the rules in the program's "
                   "documentation (docs/scoring.md).")
                    .arg(QStringLiteral(SEQOHS_VERSION)));

    // The contents go after the cover, now that the sections are known.
    QByteArray toc;
    {
        Body t(&toc);
        t.tableOfContents(contents);
    }
    bodyBytes.insert(tocAt, toc);

    // Automatic styles: the tables' column widths, cell shading, and paragraph variants.
    QString autos;
    const QString teal = QString::fromLatin1(Teal);
    const QString rule = QString::fromLatin1(Rule);
    const QString band = QString::fromLatin1(Band);
    autos +=
        QStringLiteral(
            "<style:style style:name=\"H1Break\" style:family=\"paragraph\" "
            "style:parent-style-name=\"Heading_20_1\"><style:paragraph-properties "
            "fo:break-before=\"page\"/></style:style>"
            "<style:style style:name=\"Grid\" style:family=\"table\"><style:table-properties "
            "style:width=\"%1\" table:align=\"left\" fo:margin-top=\"0.1cm\" "
            "fo:margin-bottom=\"0.2cm\"/></style:style>"
            "<style:style style:name=\"Layout\" style:family=\"table\"><style:table-properties "
            "style:width=\"%1\" table:align=\"left\" fo:margin-top=\"0.4cm\"/></style:style>"
            "<style:style style:name=\"Figures\" style:family=\"table\"><style:table-properties "
            "style:width=\"%1\" table:align=\"left\" fo:margin-top=\"0.5cm\" "
            "fo:margin-bottom=\"0.2cm\"/></style:style>"
            "<style:style style:name=\"Row\" style:family=\"table-row\">"
            "<style:table-row-properties fo:keep-together=\"always\"/></style:style>")
            .arg(cm(BodyWidthCm));
    const QString border = QStringLiteral("0.5pt solid %1").arg(rule);
    autos += QStringLiteral("<style:style style:name=\"CellHead\" style:family=\"table-cell\">"
                            "<style:table-cell-properties fo:background-color=\"%1\" "
                            "fo:border=\"%2\" fo:padding=\"0.07cm\"/></style:style>")
                 .arg(teal, border);
    autos += QStringLiteral("<style:style style:name=\"Cell\" style:family=\"table-cell\">"
                            "<style:table-cell-properties fo:background-color=\"transparent\" "
                            "fo:border=\"%1\" fo:padding=\"0.07cm\"/></style:style>")
                 .arg(border);
    autos += QStringLiteral("<style:style style:name=\"CellBand\" style:family=\"table-cell\">"
                            "<style:table-cell-properties fo:background-color=\"%1\" "
                            "fo:border=\"%2\" fo:padding=\"0.07cm\"/></style:style>")
                 .arg(band, border);
    autos +=
        QStringLiteral("<style:style style:name=\"CellPlain\" style:family=\"table-cell\">"
                       "<style:table-cell-properties fo:border=\"none\" fo:padding=\"0.02cm\"/>"
                       "</style:style>");
    autos += QStringLiteral("<style:style style:name=\"CellVerdict\" style:family=\"table-cell\">"
                            "<style:table-cell-properties fo:background-color=\"%1\" "
                            "fo:border=\"none\" fo:padding=\"0.25cm\"/></style:style>")
                 .arg(verdictColour(cover.verdict));
    autos += QStringLiteral("<style:style style:name=\"CellFigure\" style:family=\"table-cell\">"
                            "<style:table-cell-properties fo:background-color=\"%1\" "
                            "fo:border=\"none\" fo:padding=\"0.25cm\"/></style:style>")
                 .arg(band);
    autos += QStringLiteral("<style:style style:name=\"VerdictLabel\" style:family=\"paragraph\" "
                            "style:parent-style-name=\"Standard\">%1</style:style>")
                 .arg(textProps(QStringLiteral("10pt"), QStringLiteral("#ffffff")));
    autos += QStringLiteral("<style:style style:name=\"VerdictText\" style:family=\"paragraph\" "
                            "style:parent-style-name=\"Standard\">%1</style:style>")
                 .arg(textProps(QStringLiteral("20pt"), QStringLiteral("#ffffff"), true));
    autos += QStringLiteral("<style:style style:name=\"FigureLabel\" style:family=\"paragraph\" "
                            "style:parent-style-name=\"Standard\">%1</style:style>")
                 .arg(textProps(QStringLiteral("9pt"), QString::fromLatin1(Slate)));
    autos += QStringLiteral("<style:style style:name=\"FigureValue\" style:family=\"paragraph\" "
                            "style:parent-style-name=\"Standard\">%1</style:style>")
                 .arg(textProps(QStringLiteral("18pt"), QString(), true));
    autos += QStringLiteral("<style:style style:name=\"ForecastBand\" style:family=\"paragraph\" "
                            "style:parent-style-name=\"Text_20_body\"><style:paragraph-properties "
                            "fo:background-color=\"%1\" fo:padding=\"0.15cm\"/>%2</style:style>")
                 .arg(QString::fromLatin1(Amber), textProps(QString(), QStringLiteral("#ffffff")));
    autos +=
        QStringLiteral("<style:style style:name=\"Notice\" style:family=\"paragraph\" "
                       "style:parent-style-name=\"Text_20_body\"><style:paragraph-properties "
                       "fo:background-color=\"#fdf3dc\" fo:padding=\"0.2cm\" "
                       "fo:border-left=\"3pt solid %1\" fo:margin-top=\"0.3cm\"/></style:style>")
            .arg(QString::fromLatin1(Amber));
    autos += QStringLiteral("<style:style style:name=\"Fact\" style:family=\"paragraph\" "
                            "style:parent-style-name=\"Text_20_body\"><style:paragraph-properties "
                            "fo:margin-top=\"0cm\" fo:margin-bottom=\"0cm\"/></style:style>"
                            "<style:style style:name=\"FactLabel\" style:family=\"paragraph\" "
                            "style:parent-style-name=\"Fact\">%1</style:style>")
                 .arg(textProps(QString(), QString::fromLatin1(Grey)));
    autos +=
        QStringLiteral("<style:style style:name=\"NarrativeMissing\" style:family=\"paragraph\" "
                       "style:parent-style-name=\"Narrative\">%1</style:style>")
            .arg(textProps(QString(), QString::fromLatin1(Grey)));
    autos +=
        QStringLiteral("<style:style style:name=\"Small\" style:family=\"text\">%1</style:style>")
            .arg(textProps(QStringLiteral("8pt"), QString::fromLatin1(Slate)));
    autos += QStringLiteral("<style:style style:name=\"Chart\" style:family=\"graphic\">"
                            "<style:graphic-properties style:wrap=\"none\" "
                            "style:vertical-pos=\"top\" style:vertical-rel=\"baseline\"/>"
                            "</style:style>");
    autos += QStringLiteral("<style:style style:name=\"ContentsSection\" style:family=\"section\">"
                            "<style:section-properties style:editable=\"false\"/></style:style>");
    const QList<QList<double>> &widths = b.columnWidths();
    for (qsizetype t = 0; t < widths.size(); ++t) {
        for (qsizetype c = 0; c < widths.at(t).size(); ++c) {
            autos += QStringLiteral("<style:style style:name=\"Table%1.C%2\" "
                                    "style:family=\"table-column\"><style:table-column-properties "
                                    "style:column-width=\"%3\"/></style:style>")
                         .arg(t + 1)
                         .arg(c)
                         .arg(cm(widths.at(t).at(c)));
        }
    }

    QByteArray out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content";
    out += OfficeNamespaces;
    out += "><office:automatic-styles>" + autos.toUtf8() +
           "</office:automatic-styles><office:body><office:text>";
    out += bodyBytes;
    out += "</office:text></office:body></office:document-content>\n";
    return out;
}

Expected<QByteArray> OdtReport::bytes() const
{
    auto failed = [] {
        return Error{tr("The ODT report could not be produced."), QString(), QString(),
                     tr("Try PDF or HTML instead, and report this problem.")};
    };
    QTemporaryDir dir;
    if (!dir.isValid())
        return failed();
    const QString path = dir.filePath(QStringLiteral("report.odt"));
    int code = 0;
    zip_t *za = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!za)
        return failed();

    auto png = [](const QImage &image) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    };
    // Buffers handed to libzip must live until zip_close. The mimetype comes first, stored.
    std::list<std::pair<QByteArray, QByteArray>> entries;
    entries.emplace_back("mimetype", "application/vnd.oasis.opendocument.text");
    entries.emplace_back("content.xml", contentXml());
    entries.emplace_back("styles.xml", stylesXml());
    entries.emplace_back("meta.xml", metaXml());
    QByteArray manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest "
        "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
        "manifest:version=\"1.3\"><manifest:file-entry manifest:full-path=\"/\" "
        "manifest:version=\"1.3\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
        "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
        "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>";
    const std::pair<const char *, const QImage *> images[] = {
        {"domain-scores.png", &m_charts.domainScores},
        {"domain-radar.png", &m_charts.domainRadar},
        {"readiness-over-time.png", &m_charts.readinessOverTime},
        {"evidence-expiry.png", &m_charts.evidenceExpiry}};
    for (const auto &[name, image] : images) {
        if (image->isNull())
            continue;
        const QByteArray entry = QByteArray("Pictures/") + name;
        entries.emplace_back(entry, png(*image));
        manifest += "<manifest:file-entry manifest:full-path=\"" + entry +
                    "\" manifest:media-type=\"image/png\"/>";
    }
    manifest += "</manifest:manifest>\n";
    entries.emplace_back("META-INF/manifest.xml", manifest);
    for (const auto &[name, data] : entries) {
        zip_source_t *source =
            zip_source_buffer(za, data.constData(), static_cast<zip_uint64_t>(data.size()), 0);
        const zip_int64_t index = source ? zip_file_add(za, name.constData(), source, 0) : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            zip_discard(za);
            return failed();
        }
        if (name == "mimetype" || name.startsWith("Pictures/"))
            zip_set_file_compression(za, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
    }
    if (zip_close(za) != 0) {
        zip_discard(za);
        return failed();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed();
    return file.readAll();
}

} // namespace seqohs
