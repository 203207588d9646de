#include "reportrenderer.h"

#include "a4page.h"
#include "chartfactory.h"
#include "common/savefile.h"
#include "documentpage.h"
#include "odtreport.h"
#include "pdftextlayer.h"
#include "scoring/readinessthresholds.h"
#include "tablepainter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextFrame>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <future>
#include <memory>

namespace seqohs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("seqohs", text);
}

// The document is laid out on the A4 page of a4page.h; painting scales to the device.
using namespace a4;

const QSize WideChart(640, 300);
const QSize HalfChart(318, 290);

const char *const Teal = "#2f6f73";
const char *const Amber = "#e0a526";
const char *const Red = "#c0392b";
const char *const Grey = "#8c96a0";
const char *const Ink = "#2b333b";
const char *const Slate = "#3c4650";
const char *const Rule = "#c9d0d6";
const char *const Band = "#f3f5f7";

QString c(const char *colour)
{
    return QString::fromLatin1(colour);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

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
    if (!date.isValid())
        return QStringLiteral("\u2013");
    // As QDate::toString(Qt::ISODate) writes it, without its formatting machinery: the
    // evidence index has two dates a row, and formatting them was two fifths of the time taken
    // to build the report's rows, on the thread that the rest waits for.
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (year < 0 || year > 9999)
        return date.toString(Qt::ISODate);
    const char16_t text[10] = {char16_t(u'0' + year / 1000),
                               char16_t(u'0' + year / 100 % 10),
                               char16_t(u'0' + year / 10 % 10),
                               char16_t(u'0' + year % 10),
                               u'-',
                               char16_t(u'0' + month / 10),
                               char16_t(u'0' + month % 10),
                               u'-',
                               char16_t(u'0' + day / 10),
                               char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

QString percent(const std::optional<double> &share)
{
    return share ? QStringLiteral("%1%").arg(qRound(*share * 100.0)) : tr("n/a");
}

QString verdictColour(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ready:
        return c(Teal);
    case Verdict::NearlyReady:
        return c(Amber);
    case Verdict::NotReady:
        return c(Red);
    }
    return c(Slate);
}

// The assessor's finding in the colours the report uses for results.
const char *outcomeColour(ReadinessReport::AssessorResponse::Outcome outcome)
{
    using Outcome = ReadinessReport::AssessorResponse::Outcome;
    switch (outcome) {
    case Outcome::Met:
        return Teal;
    case Outcome::NotMet:
        return Red;
    case Outcome::FurtherEvidence:
        return Amber;
    case Outcome::NotRecorded:
        return Grey;
    }
    return Grey;
}

QString verdictSymbol(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ready:
        return QStringLiteral("\u2714"); // heavy check mark
    case Verdict::NearlyReady:
        return QStringLiteral("\u25D0"); // half-filled circle
    case Verdict::NotReady:
        return QStringLiteral("\u2716"); // heavy multiplication x
    }
    return QString();
}

// Status shown with colour and shape together, so it survives greyscale print.
QString resultBadge(AssessmentResult result)
{
    QString symbol;
    QString colour;
    switch (result) {
    case AssessmentResult::Met:
        symbol = QStringLiteral("\u25CF"); // black circle
        colour = c(Teal);
        break;
    case AssessmentResult::PartiallyMet:
        symbol = QStringLiteral("\u25D0");
        colour = c(Amber);
        break;
    case AssessmentResult::NotMet:
        symbol = QStringLiteral("\u2716");
        colour = c(Red);
        break;
    case AssessmentResult::NotAssessed:
        symbol = QStringLiteral("\u25CB"); // white circle
        colour = c(Grey);
        break;
    case AssessmentResult::NotApplicable:
        symbol = QStringLiteral("\u2013");
        colour = c(Grey);
        break;
    }
    return QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")
        .arg(colour, symbol, esc(resultDisplayName(result)));
}

QString resultSymbol(AssessmentResult result)
{
    switch (result) {
    case AssessmentResult::Met:
        return QStringLiteral("\u25CF");
    case AssessmentResult::PartiallyMet:
        return QStringLiteral("\u25D0");
    case AssessmentResult::NotMet:
        return QStringLiteral("\u2716");
    case AssessmentResult::NotAssessed:
        return QStringLiteral("\u25CB");
    case AssessmentResult::NotApplicable:
        return QStringLiteral("\u2013");
    }
    return QString();
}

QColor resultColour(AssessmentResult result)
{
    switch (result) {
    case AssessmentResult::Met:
        return QColor(c(Teal));
    case AssessmentResult::PartiallyMet:
        return QColor(c(Amber));
    case AssessmentResult::NotMet:
        return QColor(c(Red));
    case AssessmentResult::NotAssessed:
    case AssessmentResult::NotApplicable:
        break;
    }
    return QColor(c(Grey));
}

// Named without its class so that lupdate files the tr() calls of these free functions under the
// namespace, the context the file-local tr() passes at run time.
using Cell = TablePainter::Cell;

Cell resultCell(AssessmentResult result)
{
    return {resultDisplayName(result), resultSymbol(result), resultColour(result)};
}

Cell severityCell(ReadinessCheck::Severity severity)
{
    switch (severity) {
    case ReadinessCheck::Severity::Blocker:
        return {tr("Blocker"), QStringLiteral("\u2716"), QColor(c(Red))};
    case ReadinessCheck::Severity::Warning:
        return {tr("Warning"), QStringLiteral("\u25B2"), QColor(c(Amber))};
    case ReadinessCheck::Severity::Info:
        return {tr("Note"), QStringLiteral("\u25CB"), QColor(c(Grey))};
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

Cell actionStatusCell(const ReadinessReport::ActionRow &a)
{
    switch (a.status) {
    case Action::Status::Open:
        return a.overdue ? TablePainter::Cell{tr("Open, overdue"), QStringLiteral("\u25B2"),
                                              QColor(c(Red))}
                         : TablePainter::Cell{tr("Open"), {}, {}};
    case Action::Status::InProgress:
        return a.overdue ? TablePainter::Cell{tr("In progress, overdue"), QStringLiteral("\u25B2"),
                                              QColor(c(Red))}
                         : TablePainter::Cell{tr("In progress"), {}, {}};
    case Action::Status::Done:
        return {tr("Done"), QStringLiteral("\u2714"), QColor(c(Teal))};
    }
    return {};
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

// "1 blocker" / "3 blockers": both forms go through translation whole.
QString counted(qsizetype n, const char *one, const char *many)
{
    return tr(n == 1 ? one : many).arg(n);
}

// A criterion code is one word: "S23-RES-02" must never break at a hyphen. Rich text keeps it
// on one line with nowrap; painted tables get non-breaking hyphens (U+2011), which the embedded
// font draws as hyphens.
QString codeHtml(const QString &code)
{
    return QStringLiteral("<span style=\"white-space:nowrap\">%1</span>").arg(esc(code));
}

QString unbreakable(QString code)
{
    return code.replace(QLatin1Char('-'), QChar(0x2011));
}

QString itemLabel(const QString &code, const QString &title)
{
    return code.isEmpty() ? esc(title)
                          : QStringLiteral("<b>%1</b> %2").arg(codeHtml(code), esc(title));
}

QString resultSymbol(AssessmentResult result);
QColor resultColour(AssessmentResult result);

struct Column
{
    QString title;
    int percent;
};

// A table that never clips: widths as shares of the page, text that wraps, and a header row
// that the layout repeats on every page the table runs onto.
class HtmlTable
{
public:
    explicit HtmlTable(QList<Column> columns)
        : m_columns(std::move(columns))
    {
    }

    void row(const QStringList &cells) { m_rows << cells; }
    bool isEmpty() const { return m_rows.isEmpty(); }

    QString html() const
    {
        QString out;
        out.reserve(256 + m_rows.size() * 200);
        out += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                              "cellpadding=\"3\" border=\"1\" style=\"border-collapse:collapse; "
                              "border-color:%1; border-style:solid\"><thead><tr>")
                   .arg(c(Rule));
        for (const Column &col : m_columns) {
            out += QStringLiteral("<th width=\"%1%\" align=\"left\" bgcolor=\"%2\" "
                                  "style=\"color:#ffffff; font-size:8.5pt\">%3</th>")
                       .arg(col.percent)
                       .arg(c(Teal), esc(col.title));
        }
        out += QStringLiteral("</tr></thead><tbody>");
        for (qsizetype r = 0; r < m_rows.size(); ++r) {
            out += (r % 2) ? QStringLiteral("<tr bgcolor=\"%1\">").arg(c(Band))
                           : QStringLiteral("<tr>");
            const QStringList &cells = m_rows.at(r);
            for (qsizetype i = 0; i < m_columns.size(); ++i) {
                out += QStringLiteral("<td valign=\"top\">");
                out += cells.value(i);
                out += QStringLiteral("</td>");
            }
            out += QStringLiteral("</tr>");
        }
        out += QStringLiteral("</tbody></table>");
        return out;
    }

private:
    QList<Column> m_columns;
    QList<QStringList> m_rows;
};

QString xmlEsc(const QString &text)
{
    return text.toHtmlEscaped();
}

// XMP packet with Dublin Core title, creator, description and language, and the PDF producer.
QByteArray xmpMetadata(const QString &title, const QString &author, const QString &subject,
                       const QDateTime &created)
{
    const QString when = created.toUTC().toString(Qt::ISODate);
    return QStringLiteral(
               "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
               "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
               "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
               "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
               "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" "
               "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
               "<dc:title><rdf:Alt><rdf:li "
               "xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
               "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
               "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%3</rdf:li></rdf:Alt>"
               "</dc:description>\n"
               "<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li></rdf:Bag></dc:language>\n"
               "<pdf:Producer>SEQOHS Tracker %4</pdf:Producer>\n"
               "<xmp:CreateDate>%5</xmp:CreateDate>\n"
               "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>")
        .arg(xmlEsc(title), xmlEsc(author), xmlEsc(subject), QStringLiteral(SEQOHS_VERSION), when)
        .toUtf8();
}

// The attribution of a set may tell the program's user how to load the official wording; a
// command line means nothing to the board reading the cover, so such sentences are left out.
QString boardSentences(const QString &text)
{
    static const QRegularExpression sentence(QStringLiteral("[^.!?]+[.!?]+[\"\u201D]?\\s*"));
    QString out;
    qsizetype at = 0;
    for (auto it = sentence.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        at = m.capturedEnd();
        if (!m.captured().contains(QLatin1String("seqohs-tracker-cli")))
            out += m.captured();
    }
    if (!text.mid(at).contains(QLatin1String("seqohs-tracker-cli")))
        out += text.mid(at);
    return out.trimmed();
}

// "2/3", or a dash where no must criterion applies: "0/0" reads as a failure.
QString mustShare(const Figures &f)
{
    return f.mustApplicable > 0 ? QStringLiteral("%1/%2").arg(f.mustMet).arg(f.mustApplicable)
                                : QStringLiteral("\u2013");
}

QString imagePng(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(bytes.toBase64());
}

QFont documentFont(qreal pointSize)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"),
                      QStringLiteral("Arial")});
    font.setPointSizeF(pointSize);
    font.setStyleHint(QFont::SansSerif);
    // No ligatures: a reader searching the PDF for "official" must find it, and "ffi" as one
    // glyph would not match.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// Codes ("S23-RES-02", with non-breaking hyphens in painted tables) and dates ("2026-11-30")
// are single words: in HTML they are kept on one line.
QString cellHtml(const QString &text)
{
    static const QRegularExpression token(QStringLiteral("[A-Za-z0-9]+(?:[-\u2011][A-Za-z0-9]+)+"));
    QString plain = text;
    plain.replace(QChar(0x2011), QLatin1Char('-'));
    QString out;
    qsizetype at = 0;
    for (auto it = token.globalMatch(plain); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += esc(plain.mid(at, m.capturedStart() - at));
        out += QStringLiteral("<span class=\"nw\" style=\"white-space:nowrap\">%1</span>")
                   .arg(esc(m.captured()));
        at = m.capturedEnd();
    }
    out += esc(plain.mid(at));
    // A newline in a cell starts a new line, as it does in the painted tables.
    out.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return out;
}

QString tableHtml(const QList<Column> &columns, const QList<QList<TablePainter::Cell>> &rows)
{
    HtmlTable table(columns);
    for (const QList<TablePainter::Cell> &row : rows) {
        QStringList cells;
        for (const TablePainter::Cell &cell : row) {
            cells << (cell.mark.isEmpty()
                          ? cellHtml(cell.text)
                          : QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")
                                .arg(cell.markColour.name(), cell.mark, cellHtml(cell.text)));
        }
        table.row(cells);
    }
    return table.html();
}

struct Section
{
    QString anchor;
    QString title;
};

} // namespace

QString ReportRenderer::chartDescription(const ReadinessReport &r, const QString &name)
{
    const ReadinessReport::Cover &cover = r.cover;
    QStringList parts;
    if (name == QLatin1String("domain-scores") || name == QLatin1String("domain-radar")) {
        for (const NodeScore &d : r.domains) {
            parts << tr("%1 %2: score %3, coverage %4")
                         .arg(d.code, d.title, percent(d.figures.score()),
                              percent(d.figures.coverage()));
        }
        return (name == QLatin1String("domain-scores")
                    ? tr("Bar chart of the score by domain. ")
                    : tr("Radar chart of score and evidence coverage by domain. ")) +
               parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    }
    if (name == QLatin1String("readiness-over-time")) {
        for (const Snapshot &snap : r.history) {
            parts << tr("%1: score %2, coverage %3")
                         .arg(shortDate(snap.asOf), percent(snap.overall.score()),
                              percent(snap.overall.coverage()));
        }
        parts << tr("%1 (this report): score %2, coverage %3")
                     .arg(shortDate(cover.asOf), percent(cover.score), percent(cover.coverage));
        return tr("Line chart of score and evidence coverage over time. ") +
               parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    }
    // evidence-expiry: current evidence by the month its review-by date falls in.
    QMap<QDate, int> byMonth;
    for (const ReadinessReport::EvidenceRow &e : r.evidence) {
        if (e.current && e.reviewBy.isValid() && e.reviewBy < cover.asOf.addMonths(12))
            ++byMonth[QDate(e.reviewBy.year(), e.reviewBy.month(), 1)];
    }
    for (auto it = byMonth.cbegin(); it != byMonth.cend(); ++it) {
        parts << tr("%1: %2")
                     .arg(ukLocale().toString(it.key(), QStringLiteral("MMMM yyyy")))
                     .arg(it.value());
    }
    QString text = tr("Bar chart of current evidence items by the month they reach their "
                      "review-by date, over the next twelve months. ");
    text += parts.isEmpty() ? tr("None falls due.")
                            : parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    if (cover.plannedVisit.isValid())
        text +=
            QLatin1Char(' ') + tr("The planned visit is on %1.").arg(longDate(cover.plannedVisit));
    return text;
}

QString ReportRenderer::boardText(const QString &text)
{
    return boardSentences(text);
}

QString ReportRenderer::responseRecommendation(const ReadinessReport::AssessorResponse &response)
{
    return tr("%1 (%2, response imported %3)")
        .arg(response.recommendation.isEmpty() ? tr("Not given") : response.recommendation,
             response.assessor, longDate(response.imported));
}

QStringList ReportRenderer::responseParagraphs(const ReadinessReport::AssessorResponse &response)
{
    QStringList out;
    out << tr("Recommendation: %1. Response from %2, imported on %3.")
               .arg(response.recommendation.isEmpty() ? tr("not given") : response.recommendation,
                    response.assessor, longDate(response.imported));
    if (!response.summary.isEmpty())
        out << response.summary;
    QStringList counts;
    counts << tr("%n standard(s) met", nullptr, response.met)
           << tr("%n not met", nullptr, response.notMet)
           << tr("%n need(s) further evidence", nullptr, response.furtherEvidence);
    if (response.notRecorded > 0)
        counts << tr("%n without a finding", nullptr, response.notRecorded);
    counts << tr("%n required action(s)", nullptr, response.requiredActions);
    out << ukLocale().createSeparatedList(counts) + QLatin1Char('.');
    // A response carries only the standards the assessor gave a finding: the reader must not
    // take the rest as assessed.
    const int withoutFinding =
        response.standards - int(response.findings.size()) + response.notRecorded;
    if (withoutFinding > 0) {
        out << tr("The assessor gave no finding for %n of the %1 standards; the response says "
                  "nothing about them.",
                  nullptr, withoutFinding)
                   .arg(response.standards);
    }
    if (response.needsReReview > 0) {
        out << tr("%n standard(s) changed after the response was imported: the assessor's "
                  "finding may no longer describe them.",
                  nullptr, response.needsReReview);
    }
    return out;
}

QList<ReportRenderer::ResponseRow>
ReportRenderer::responseRows(const ReadinessReport::AssessorResponse &response)
{
    QList<ResponseRow> out;
    for (const ReadinessReport::AssessorResponse::Finding &f : response.findings) {
        ResponseRow row;
        row.standardCode = f.standardCode;
        row.standard = f.standardTitle;
        row.finding =
            f.grade.isEmpty() ? f.result : f.result + QStringLiteral(" \u00B7 ") + f.grade;
        row.outcome = f.outcome;
        QStringList detail;
        if (!f.comments.isEmpty())
            detail << f.comments;
        for (const auto &action : f.requiredActions) {
            detail << (action.due.isValid()
                           ? tr("Required: %1 (due %2)").arg(action.text, longDate(action.due))
                           : tr("Required: %1").arg(action.text));
        }
        if (f.needsReReview)
            detail << tr("Changed since the response: needs re-review.");
        if (!f.serviceView.isEmpty())
            detail << tr("The service's own view: %1 (%2).").arg(f.serviceView, f.comparison);
        row.detail = detail.join(QLatin1Char('\n'));
        out << row;
    }
    return out;
}

QStringList ReportRenderer::calibrationHeader()
{
    return {tr("Domain"), tr("Standards reviewed"), tr("Agreed"), tr("Service more optimistic"),
            tr("Service more cautious")};
}

QList<QStringList>
ReportRenderer::calibrationRows(const ReadinessReport::AssessorResponse &response)
{
    QList<QStringList> rows;
    for (const ReadinessReport::AssessorResponse::CalibrationRow &row : response.calibration) {
        rows << QStringList{row.domain, QString::number(row.reviewed), QString::number(row.agreed),
                            QString::number(row.moreOptimistic), QString::number(row.moreCautious)};
    }
    return rows;
}

QString ReportRenderer::signOffSummary(const ReadinessReport &report)
{
    const int total = int(report.signOffs.size());
    const int holding = int(std::count_if(report.signOffs.cbegin(), report.signOffs.cend(),
                                          [](const auto &s) { return s.holds; }));
    QString text = tr("%n sign-off(s) recorded.", nullptr, total);
    if (holding < total) {
        text += QLatin1Char(' ') + tr("%n no longer hold(s): what they cover changed after they "
                                      "were signed, so they must be signed again.",
                                      nullptr, total - holding);
    } else {
        text += QLatin1Char(' ') + tr("Each still holds: nothing it covers has changed since.");
    }
    return text;
}

QList<ReportRenderer::SignOffRow> ReportRenderer::signOffRows(const ReadinessReport &report)
{
    QList<SignOffRow> rows;
    for (const ReadinessReport::SignOffLine &s : report.signOffs) {
        SignOffRow row;
        row.covers = s.covers;
        row.signedBy = tr("%1, %2").arg(s.signer, longDate(s.signedOn));
        row.holds = s.holds;
        row.status =
            s.holds ? tr("Holds") : tr("Void: changed since, on %1").arg(longDate(s.voidedOn));
        QStringList detail;
        if (!s.comment.isEmpty())
            detail << tr("Comment: %1").arg(s.comment);
        if (!s.changes.isEmpty())
            detail << tr("What changed:");
        for (const QString &change : s.changes)
            detail << QStringLiteral("\u2022 ") + change;
        row.detail = detail.join(QLatin1Char('\n'));
        rows << row;
    }
    return rows;
}

ReportRenderer::Charts ReportRenderer::renderCharts(const ReadinessReport &report)
{
    Charts charts;
    const int domainHeight = qMax(200, 80 + 30 * int(report.domains.size()));
    {
        std::unique_ptr<QChart> chart(ChartFactory::domainScores(report.domains));
        charts.domainScores =
            ChartFactory::renderChart(chart.get(), QSize(WideChart.width(), domainHeight));
    }
    {
        std::unique_ptr<QChart> chart(ChartFactory::domainRadar(report.domains));
        charts.domainRadar = ChartFactory::renderChart(chart.get(), HalfChart);
    }
    if (!report.history.isEmpty()) {
        Snapshot current;
        current.asOf = report.cover.asOf;
        current.overall = report.overall;
        std::unique_ptr<QChart> chart(ChartFactory::readinessOverTime(report.history, &current));
        charts.readinessOverTime = ChartFactory::renderChart(chart.get(), HalfChart);
    }
    {
        QList<QDate> dates;
        dates.reserve(report.evidence.size());
        for (const ReadinessReport::EvidenceRow &e : report.evidence) {
            if (e.current)
                dates << e.reviewBy;
        }
        std::unique_ptr<QChart> chart(ChartFactory::evidenceExpiryByMonth(
            dates, report.cover.asOf, 12, report.cover.plannedVisit));
        charts.evidenceExpiry = ChartFactory::renderChart(chart.get(), QSize(640, 260));
    }
    return charts;
}

ReportRenderer::ReportRenderer(ReadinessReport report)
    : m_report(std::move(report))
    , m_charts(renderCharts(m_report))
{
}

ReportRenderer::ReportRenderer(ReadinessReport report, Charts charts)
    : m_report(std::move(report))
    , m_charts(std::move(charts))
{
}

// A stretch of the report that starts on a new page: rich text, and for the long tables (checks,
// expiring evidence, the evidence index) a table that print() paints itself, because Qt's
// rich-text tables lay out thousands of rows far too slowly.
struct ReportRenderer::Segment
{
    QString html;
    QList<Column> columns;
    QList<QList<TablePainter::Cell>> rows;
    bool hasTable = false;
};

QString ReportRenderer::buildHtml(Target target) const
{
    const QList<Segment> parts = segments(target);
    const ReadinessReport::Cover &cover = m_report.cover;
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                          "<title>%1 \u2013 %2</title>")
               .arg(esc(cover.title), esc(cover.serviceName));
    if (target == Target::Html) {
        out += QStringLiteral(
                   "<meta name=\"generator\" content=\"seqohs-tracker\"><style>"
                   "body{font-family:'DejaVu Sans','Segoe UI',Arial,sans-serif;font-size:10pt;"
                   "color:%1;max-width:190mm;margin:2em auto;line-height:1.35}"
                   "h1{color:%2;font-size:16pt;border-bottom:2px solid %2;padding-bottom:3px;"
                   "margin-top:1.6em}h2{color:%3;font-size:12.5pt;margin-top:1.2em}"
                   "h3{color:%3;font-size:11pt}table.grid{border-collapse:collapse;"
                   "margin:6px 0}table.grid th,table.grid td{border:1px solid %4;padding:3px 5px;"
                   "vertical-align:top;overflow-wrap:break-word}"
                   ".nw{white-space:nowrap}img{max-width:100%;height:auto}"
                   "@media print{h1{page-break-before:always}"
                   "thead{display:table-header-group}}</style>")
                   .arg(c(Ink), c(Teal), c(Slate), c(Rule));
    }
    out += QStringLiteral("</head><body>");
    for (const Segment &part : parts) {
        out += part.html;
        if (part.hasTable)
            out += tableHtml(part.columns, part.rows);
    }
    out += QStringLiteral("</body></html>\n");
    if (target == Target::Html) {
        out.replace(QStringLiteral("<h1 style=\"page-break-before: always\">"),
                    QStringLiteral("<h1>"));
    }
    return out;
}

QList<ReportRenderer::Segment> ReportRenderer::segments(Target target) const
{
    const ReadinessReport &r = m_report;
    const ReadinessReport::Cover &cover = r.cover;
    const bool html = target == Target::Html;
    const bool painted = target == Target::Print;
    // Codes in painted tables get non-breaking hyphens; HTML keeps them whole with nowrap.
    auto code = [painted](const QString &text) { return painted ? unbreakable(text) : text; };
    auto codes = [&code](const QString &text) -> QString {
        static const QRegularExpression token(
            QStringLiteral("\\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\\b"));
        QString out;
        qsizetype at = 0;
        for (auto it = token.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += text.mid(at, m.capturedStart() - at) + code(m.captured());
            at = m.capturedEnd();
        }
        out += text.mid(at);
        return out;
    };
    auto codeList = [&code](QStringList list) {
        for (QString &item : list)
            item = code(item);
        return list.join(QStringLiteral(", "));
    };

    auto image = [&](const QImage &img, const QString &name, QSize logical) {
        const QString src = html ? imagePng(img) : QStringLiteral("chart:") + name;
        return QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\">")
            .arg(src)
            .arg(logical.width())
            .arg(logical.height())
            .arg(esc(chartDescription(r, name)));
    };
    auto logicalSize = [](const QImage &img) {
        return img.isNull() ? QSize() : (QSizeF(img.size()) / img.devicePixelRatio()).toSize();
    };

    // The cover comes first; its text is filled in last, when the sections are known.
    QList<Segment> parts{Segment{}};
    QString body;
    auto closeSegment = [&] {
        parts.last().html += body;
        body.clear();
    };
    auto addTable = [&](const QList<Column> &columns,
                        const QList<QList<TablePainter::Cell>> &rows) {
        if (target == Target::Print) {
            closeSegment();
            parts.last().columns = columns;
            parts.last().rows = rows;
            parts.last().hasTable = true;
            parts << Segment{};
        } else {
            body += tableHtml(columns, rows);
        }
    };

    QList<Section> sections;
    auto heading = [&](const QString &anchor, const QString &title, bool pageBreak = true) {
        if (pageBreak) {
            closeSegment();
            if (!parts.last().html.isEmpty() || parts.size() == 1)
                parts << Segment{};
        }
        sections << Section{anchor, title};
        const QString number = QString::number(sections.size());
        return QStringLiteral("<h1 style=\"%1\"><a name=\"%2\"></a>%3&nbsp;&nbsp;%4</h1>")
            .arg(pageBreak ? QStringLiteral("page-break-before: always") : QString(), anchor,
                 number, esc(title));
    };
    auto para = [](const QString &text, const QString &style = QString()) {
        return QStringLiteral("<p style=\"%1\">%2</p>").arg(style, text);
    };
    auto muted = [&](const QString &text) {
        return para(esc(text), QStringLiteral("color:%1").arg(c(Grey)));
    };

    // The body is built first so the contents list can name the sections that exist.

    // 1. Summary by domain.
    body += heading(QStringLiteral("summary"), tr("Summary by domain"));
    body += para(tr("Overall score <b>%1</b>, evidence coverage <b>%2</b>, %3. %4; %5.")
                     .arg(percent(cover.score), percent(cover.coverage),
                          cover.mustApplicable > 0 ? tr("must criteria met <b>%1 of %2</b>")
                                                         .arg(cover.mustMet)
                                                         .arg(cover.mustApplicable)
                                                   : tr("no must criterion applies"),
                          counted(cover.applicable, "%1 criterion is included in the score",
                                  "%1 criteria are included in the score"),
                          counted(cover.excluded, "%1 is left out as not applicable",
                                  "%1 are left out as not applicable")));
    body += QStringLiteral("<p align=\"center\">%1</p>")
                .arg(image(m_charts.domainScores, QStringLiteral("domain-scores"),
                           logicalSize(m_charts.domainScores)));
    {
        HtmlTable t({{tr("Domain"), 34},
                     {tr("Score"), 9},
                     {tr("Coverage"), 11},
                     {tr("Met"), 8},
                     {tr("Partly"), 9},
                     {tr("Not met"), 9},
                     {tr("Not assessed"), 11},
                     {tr("Must met"), 9}});
        for (const NodeScore &d : r.domains) {
            const Figures &f = d.figures;
            t.row({itemLabel(d.code, d.title), percent(f.score()), percent(f.coverage()),
                   QString::number(f.count(AssessmentResult::Met)),
                   QString::number(f.count(AssessmentResult::PartiallyMet)),
                   QString::number(f.count(AssessmentResult::NotMet)),
                   QString::number(f.count(AssessmentResult::NotAssessed)), mustShare(f)});
        }
        const Figures &f = r.overall;
        t.row({QStringLiteral("<b>%1</b>").arg(tr("Overall")),
               QStringLiteral("<b>%1</b>").arg(percent(f.score())),
               QStringLiteral("<b>%1</b>").arg(percent(f.coverage())),
               QString::number(f.count(AssessmentResult::Met)),
               QString::number(f.count(AssessmentResult::PartiallyMet)),
               QString::number(f.count(AssessmentResult::NotMet)),
               QString::number(f.count(AssessmentResult::NotAssessed)), mustShare(f)});
        body += t.html();
    }
    {
        body += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                               "style=\"margin-top:10px\"><tr><td width=\"50%\" align=\"center\">");
        body += image(m_charts.domainRadar, QStringLiteral("domain-radar"),
                      logicalSize(m_charts.domainRadar));
        body += QStringLiteral("</td><td width=\"50%\" align=\"center\">");
        if (!m_charts.readinessOverTime.isNull()) {
            body += image(m_charts.readinessOverTime, QStringLiteral("readiness-over-time"),
                          logicalSize(m_charts.readinessOverTime));
        } else {
            body += muted(tr("Readiness over time appears here once the workspace holds a "
                             "snapshot."));
        }
        body += QStringLiteral("</td></tr></table>");
    }

    // 2. The verdict and every reason for it, with the thresholds and the distance to them.
    body += heading(QStringLiteral("verdict"), cover.verdict == Verdict::Ready
                                                   ? tr("Verdict")
                                                   : tr("Why the service is not ready yet"));
    body += para(QStringLiteral("<span style=\"color:%1; font-size:13pt\">%2</span> "
                                "<b style=\"font-size:13pt\">%3</b>")
                     .arg(verdictColour(cover.verdict), verdictSymbol(cover.verdict),
                          esc(verdictDisplayName(cover.verdict))));
    body += QStringLiteral("<ul>");
    for (const QString &reason : r.verdictReasons)
        body += QStringLiteral("<li>%1</li>").arg(esc(reason));
    body += QStringLiteral("</ul>");
    body += muted(tr("Nearly ready needs every must criterion met with current evidence, a score "
                     "of at least %1 and evidence coverage of at least %2. Ready needs every "
                     "applicable criterion met with current evidence.")
                      .arg(percent(ReadinessThresholds::NearlyReadyScore),
                           percent(ReadinessThresholds::NearlyReadyCoverage)));

    // 3. Must criteria.
    body += heading(QStringLiteral("must"), tr("Must criteria"), false);
    body += muted(tr("Legal duties: any must criterion not met with current evidence blocks "
                     "readiness whatever the percentages."));
    if (r.mustItems.isEmpty()) {
        body += para(tr("No must criterion applies to this service."));
    } else {
        QList<QList<TablePainter::Cell>> rows;
        for (const ReadinessReport::Item &i : r.mustItems) {
            const TablePainter::Cell evidence =
                i.currentEvidence > 0
                    ? TablePainter::Cell{tr("%1 of %2").arg(i.currentEvidence).arg(i.evidenceCount),
                                         {},
                                         {}}
                    : TablePainter::Cell{i.evidenceCount > 0 ? tr("none current") : tr("none"),
                                         QStringLiteral("\u25B2"), QColor(c(Red))};
            rows.append({{code(i.code) + QLatin1Char(' ') + i.title, {}, {}},
                         resultCell(i.result),
                         evidence,
                         {i.owner, {}, {}}});
        }
        addTable({{tr("Criterion"), 48},
                  {tr("Result"), 16},
                  {tr("Current evidence"), 14},
                  {tr("Owner"), 22}},
                 rows);
    }

    // The assessor's response, once one is imported: the recommendation, then the finding for
    // each standard, with what it requires.
    if (r.response) {
        body += heading(QStringLiteral("response"), tr("The assessor's response"));
        const QStringList paragraphs = responseParagraphs(*r.response);
        for (qsizetype i = 0; i < paragraphs.size(); ++i) {
            // The re-review warning, when there is one, comes last and in amber.
            const bool warning = r.response->needsReReview > 0 && i == paragraphs.size() - 1;
            body += para(esc(paragraphs.at(i)),
                         warning ? QStringLiteral("color:%1").arg(c(Amber)) : QString());
        }
        QList<QList<TablePainter::Cell>> rows;
        for (const ResponseRow &row : responseRows(*r.response)) {
            rows.append(
                {{code(row.standardCode) + QLatin1Char(' ') + row.standard, {}, {}},
                 {row.finding, QStringLiteral("\u25CF"), QColor(c(outcomeColour(row.outcome)))},
                 {row.detail, {}, {}}});
        }
        addTable(
            {{tr("Standard"), 34}, {tr("Finding"), 22}, {tr("Comments and required actions"), 44}},
            rows);
        if (!r.response->calibration.isEmpty()) {
            body += para(esc(tr("The service's own view beside the assessor's, by domain: where "
                                "the service rated a standard higher than the assessor found it, "
                                "it was more optimistic.")));
            const QStringList header = calibrationHeader();
            QList<QList<TablePainter::Cell>> calibration;
            for (const QStringList &row : calibrationRows(*r.response)) {
                QList<TablePainter::Cell> cells;
                for (const QString &cell : row)
                    cells.append({cell, {}, {}});
                calibration.append(cells);
            }
            addTable({{header.at(0), 40},
                      {header.at(1), 15},
                      {header.at(2), 15},
                      {header.at(3), 15},
                      {header.at(4), 15}},
                     calibration);
        }
    }

    // Sign-offs, once any is recorded: each with whether it still holds.
    if (!r.signOffs.isEmpty()) {
        body += heading(QStringLiteral("signoffs"), tr("Sign-offs"));
        body += para(esc(signOffSummary(r)));
        QList<QList<TablePainter::Cell>> rows;
        for (const SignOffRow &row : signOffRows(r)) {
            rows.append({{codes(row.covers), {}, {}},
                         {row.signedBy, {}, {}},
                         {row.status, QStringLiteral("\u25CF"), QColor(c(row.holds ? Teal : Red))},
                         {row.detail, {}, {}}});
        }
        addTable({{tr("Covers"), 30},
                  {tr("Signed by"), 20},
                  {tr("Status"), 14},
                  {tr("Comment and what changed since"), 36}},
                 rows);
    }

    // 4. Before the visit: blockers, then the fewest criteria that reach the thresholds.
    body += heading(QStringLiteral("plan"), tr("Before the visit"));
    {
        const VisitPlan &plan = r.visitPlan;
        if (plan.steps.isEmpty()) {
            body += para(cover.verdict == Verdict::Ready
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
            body += para(esc(lead.trimmed()));
            body += para(esc(tr("With every step done: score %1 (now %2), evidence coverage %3 "
                                "(now %4); the thresholds are %5 and %6.")
                                 .arg(percent(plan.scoreAfter), percent(plan.scoreBefore),
                                      percent(plan.coverageAfter), percent(plan.coverageBefore),
                                      percent(ReadinessThresholds::NearlyReadyScore),
                                      percent(ReadinessThresholds::NearlyReadyCoverage))));
            if (!plan.reachesNearlyReady) {
                body += para(esc(tr("Even with every gap closed, nearly ready is out of reach: "
                                    "check the weights and what is marked not applicable.")));
            }
            if (plan.withoutAction > 0) {
                body += para(QStringLiteral("<span style=\"color:%1\">\u25B2</span> %2")
                                 .arg(c(Red), esc(counted(plan.withoutAction,
                                                          "%1 step has no open action: nobody "
                                                          "is doing it yet.",
                                                          "%1 steps have no open action: "
                                                          "nobody is doing them yet."))));
            }
            if (plan.otherGaps > 0) {
                body += muted(counted(plan.otherGaps,
                                      "%1 further gap stands between nearly ready and ready; "
                                      "the gap list has it.",
                                      "%1 further gaps stand between nearly ready and ready; "
                                      "the gap list has them."));
            }
            QList<QList<TablePainter::Cell>> rows;
            for (qsizetype n = 0; n < plan.steps.size(); ++n) {
                const VisitPlan::Step &step = plan.steps.at(n);
                TablePainter::Cell why;
                switch (step.reason) {
                case VisitPlan::Step::Reason::Blocker:
                    why = {tr("Blocker"), QStringLiteral("\u2716"), QColor(c(Red))};
                    break;
                case VisitPlan::Step::Reason::Score:
                    why = {tr("Score +%1 points").arg(qRound(step.scoreGain * 100.0)), {}, {}};
                    break;
                case VisitPlan::Step::Reason::Coverage:
                    why = {
                        tr("Coverage +%1 points").arg(qRound(step.coverageGain * 100.0)), {}, {}};
                    break;
                case VisitPlan::Step::Reason::Both:
                    why = {tr("Score +%1, coverage +%2 points")
                               .arg(qRound(step.scoreGain * 100.0))
                               .arg(qRound(step.coverageGain * 100.0)),
                           {},
                           {}};
                    break;
                }
                QStringList need;
                if (step.needsResult)
                    need << tr("meet it (now %1)").arg(resultDisplayName(step.result).toLower());
                if (step.needsEvidence)
                    need << tr("add current evidence");
                const TablePainter::Cell action =
                    step.hasAction ? TablePainter::Cell{step.action, {}, {}}
                                   : TablePainter::Cell{tr("No action"), QStringLiteral("\u25B2"),
                                                        QColor(c(Red))};
                rows.append(
                    {{QString::number(n + 1), {}, {}},
                     {code(step.code) + QLatin1Char(' ') + step.title, {}, {}},
                     why,
                     {need.join(QStringLiteral("; ")), {}, {}},
                     action,
                     {step.owner.isEmpty() ? tr("Unassigned") : step.owner, {}, {}},
                     {step.hasAction ? shortDate(step.due) : QStringLiteral("\u2013"), {}, {}}});
            }
            addTable({{tr("#"), 4},
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
    body += heading(QStringLiteral("checks"), tr("Readiness checks"));
    if (r.checks.isEmpty()) {
        body += para(tr("No check raised anything."));
    } else {
        int counts[3] = {0, 0, 0};
        for (const ReadinessCheck &check : r.checks)
            ++counts[int(check.severity)];
        body += para(esc(tr("%1, %2 and %3, blockers first.")
                             .arg(counted(counts[0], "%1 blocker", "%1 blockers"),
                                  counted(counts[1], "%1 warning", "%1 warnings"),
                                  counted(counts[2], "%1 note", "%1 notes"))));
        QList<QList<TablePainter::Cell>> rows;
        rows.reserve(r.checks.size());
        for (ReadinessCheck::Severity severity :
             {ReadinessCheck::Severity::Blocker, ReadinessCheck::Severity::Warning,
              ReadinessCheck::Severity::Info}) {
            for (const ReadinessCheck &check : r.checks) {
                if (check.severity == severity)
                    rows.append({severityCell(check.severity), {codes(check.message), {}, {}}});
            }
        }
        addTable({{tr("Severity"), 16}, {tr("Finding"), 84}}, rows);
    }

    // 6. Gaps.
    body += heading(QStringLiteral("gaps"), tr("Gap list"));
    if (r.gaps.isEmpty()) {
        body += para(tr("No gaps: every included criterion is met with current evidence."));
    } else {
        body += muted(tr("Included criteria not met, partially met, not assessed or without "
                         "current evidence, in the order of the standards."));
        QList<QList<TablePainter::Cell>> rows;
        for (const ReadinessReport::Item &i : r.gaps) {
            rows.append({{code(i.code) + QLatin1Char(' ') + i.title, {}, {}},
                         {levelText(i.level), {}, {}},
                         resultCell(i.result),
                         {i.gaps.join(QStringLiteral("; ")), {}, {}},
                         {i.owner, {}, {}}});
        }
        addTable({{tr("Criterion"), 38},
                  {tr("Level"), 8},
                  {tr("Result"), 17},
                  {tr("Gap"), 19},
                  {tr("Owner"), 18}},
                 rows);
    }

    // 7. Action plan.
    body += heading(QStringLiteral("actions"), tr("Action plan"));
    if (r.actions.isEmpty()) {
        body += para(tr("No actions are recorded."));
    } else {
        QList<QList<TablePainter::Cell>> rows;
        for (const ReadinessReport::ActionRow &a : r.actions) {
            // An assessor's action names its standard in its text.
            rows.append({{codes(a.text), {}, {}},
                         {code(a.itemCode), {}, {}},
                         {a.owner.isEmpty() ? tr("Unassigned") : a.owner, {}, {}},
                         {shortDate(a.due), {}, {}},
                         actionStatusCell(a)});
        }
        addTable({{tr("Action"), 40},
                  {tr("For"), 14},
                  {tr("Owner"), 14},
                  {tr("Due"), 13},
                  {tr("Status"), 19}},
                 rows);
    }

    // 8. Evidence expiring before the visit.
    body += heading(QStringLiteral("expiring"), tr("Evidence expiring before the visit"));
    if (!cover.plannedVisit.isValid()) {
        body += para(tr("No assessment visit is planned; the chart shows the next twelve "
                        "months."));
    } else if (r.expiringBeforeVisit.isEmpty()) {
        body += para(tr("No current evidence reaches its review-by date before the visit on %1.")
                         .arg(longDate(cover.plannedVisit)));
    } else {
    }
    body += QStringLiteral("<p align=\"center\">%1</p>")
                .arg(image(m_charts.evidenceExpiry, QStringLiteral("evidence-expiry"),
                           logicalSize(m_charts.evidenceExpiry)));
    if (cover.plannedVisit.isValid() && !r.expiringBeforeVisit.isEmpty()) {
        body += para(esc(counted(r.expiringBeforeVisit.size(),
                                 "%1 evidence item is current today but reaches its review-by "
                                 "date before the visit on %2: renew it first.",
                                 "%1 evidence items are current today but reach their review-by "
                                 "date before the visit on %2: renew them first.")
                             .arg(longDate(cover.plannedVisit))));
        QList<QList<TablePainter::Cell>> rows;
        rows.reserve(r.expiringBeforeVisit.size());
        for (const ReadinessReport::EvidenceRow &e : r.expiringBeforeVisit) {
            rows.append({{e.title, {}, {}},
                         {shortDate(e.reviewBy), {}, {}},
                         {codeList(e.linkedCodes), {}, {}}});
        }
        addTable({{tr("Evidence"), 46}, {tr("Review by"), 14}, {tr("Supports"), 40}}, rows);
    }

    // 9. Appendix.
    body += heading(QStringLiteral("appendix"), tr("Appendix: criteria and narratives"));
    {
        QString lastDomain;
        QString lastStandard;
        for (const ReadinessReport::Item &i : r.items) {
            const QString domainKey = i.domainCode + QLatin1Char('\n') + i.domainTitle;
            if (domainKey != lastDomain) {
                lastDomain = domainKey;
                lastStandard.clear();
                body += QStringLiteral("<h2>%1</h2>").arg(itemLabel(i.domainCode, i.domainTitle));
            }
            const QString standardKey = i.standardCode + QLatin1Char('\n') + i.standardTitle;
            if (!i.isStandard && standardKey != lastStandard) {
                lastStandard = standardKey;
                body +=
                    QStringLiteral("<h3>%1</h3>").arg(itemLabel(i.standardCode, i.standardTitle));
            }
            QString facts = resultBadge(i.result);
            if (i.level == Level::Must)
                facts += QStringLiteral(" &nbsp;\u00B7&nbsp; ") + tr("Must");
            if (!i.owner.isEmpty())
                facts += QStringLiteral(" &nbsp;\u00B7&nbsp; ") + tr("Owner: %1").arg(esc(i.owner));
            if (i.evidenceCount > 0) {
                facts +=
                    QStringLiteral(" &nbsp;\u00B7&nbsp; ") +
                    tr("Evidence: %1 current of %2").arg(i.currentEvidence).arg(i.evidenceCount);
            }
            body += QStringLiteral("<p style=\"margin-top:8px; margin-bottom:2px\">%1<br>"
                                   "<span style=\"font-size:8pt; color:%2\">%3</span></p>")
                        .arg(itemLabel(i.code, i.title), c(Slate), facts);
            if (!i.included && !i.exclusionReason.isEmpty())
                body += muted(i.exclusionReason);
            if (!i.narrative.trimmed().isEmpty()) {
                const QStringList paragraphs =
                    i.narrative.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                for (const QString &p : paragraphs)
                    body += QStringLiteral("<p style=\"margin-left:12px; margin-top:2px; "
                                           "margin-bottom:2px\">%1</p>")
                                .arg(esc(p));
            } else if (i.included) {
                body += QStringLiteral("<p style=\"margin-left:12px; color:%1\">%2</p>")
                            .arg(c(Grey), tr("No narrative yet."));
            }
        }
    }

    // 10. Evidence index, last: it runs to many pages in a large workspace.
    body += heading(QStringLiteral("evidence"), tr("Evidence index"));
    if (r.evidence.isEmpty()) {
        body += para(tr("No evidence has been added."));
    } else {
        body += muted(counted(r.currency.total, "%1 item: %2 current, %3 expired.",
                              "%1 items: %2 current, %3 expired.")
                          .arg(r.currency.current)
                          .arg(r.currency.expired) +
                      QLatin1Char(' ') +
                      tr("Hashes are the first characters of the SHA-256 of the stored file."));
        body += QStringLiteral("<p>%1</p>")
                    .arg(tr("<span style=\"color:%1\">\u2716</span> expired &nbsp;&nbsp; "
                            "<span style=\"color:%2\">\u25B2</span> expires before the planned "
                            "visit")
                             .arg(c(Red), c(Amber)));
        QList<QList<TablePainter::Cell>> rows;
        rows.reserve(r.evidence.size());
        for (const ReadinessReport::EvidenceRow &e : r.evidence) {
            TablePainter::Cell review{shortDate(e.reviewBy), QString(), QColor()};
            if (!e.current)
                review = {shortDate(e.reviewBy), QStringLiteral("\u2716"), QColor(c(Red))};
            else if (e.expiresBeforeVisit)
                review = {shortDate(e.reviewBy), QStringLiteral("\u25B2"), QColor(c(Amber))};
            rows.append({{e.title, {}, {}},
                         {kindText(e.kind), {}, {}},
                         {shortDate(e.documentDate), {}, {}},
                         review,
                         {e.hashPrefix, {}, {}},
                         {codeList(e.linkedCodes), {}, {}}});
        }
        addTable({{tr("Title"), 30},
                  {tr("Kind"), 10},
                  {tr("Dated"), 11},
                  {tr("Review by"), 14},
                  {tr("SHA-256"), 14},
                  {tr("Supports"), 21}},
                 rows);
    }
    closeSegment();
    if (parts.last().html.isEmpty() && !parts.last().hasTable)
        parts.removeLast();

    // The cover and the contents, in the first segment.
    QString out;
    // Cover.
    out += QStringLiteral("<p style=\"color:%1; font-size:11pt; margin-top:40px\">%2</p>")
               .arg(c(Teal), esc(tr("SEQOHS accreditation")));
    out += QStringLiteral("<p style=\"font-size:24pt; color:%1; margin-top:4px; "
                          "margin-bottom:4px\"><b>%2</b></p>")
               .arg(c(Ink), esc(cover.title));
    out += QStringLiteral("<p style=\"font-size:15pt; color:%1; margin-top:0px\">%2</p>")
               .arg(c(Slate), esc(cover.serviceName));
    if (cover.forecast) {
        out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr>"
                              "<td bgcolor=\"%1\" style=\"color:#ffffff\"><b>%2</b> %3</td>"
                              "</tr></table>")
                   .arg(c(Amber), esc(tr("FORECAST")),
                        esc(tr("The figures are projected to %1 from the evidence and review "
                               "dates known on %2.")
                                .arg(longDate(cover.asOf), longDate(cover.generated.date()))));
    }
    {
        QList<std::pair<QString, QString>> facts;
        if (!cover.organisation.isEmpty())
            facts << std::pair{tr("Organisation"), esc(cover.organisation)};
        if (!cover.sites.isEmpty())
            facts << std::pair{cover.sites.size() == 1 ? tr("Site") : tr("Sites"),
                               esc(cover.sites.join(QLatin1Char('\n')))
                                   .replace(QLatin1Char('\n'), QStringLiteral("<br>"))};
        QString setText = esc(cover.setTitle);
        if (!cover.edition.isEmpty())
            setText += QStringLiteral(", %1").arg(esc(tr("edition %1").arg(cover.edition)));
        facts << std::pair{tr("Standards"), setText};
        facts << std::pair{tr("Set"), esc(tr("%1, version %2, %3")
                                              .arg(cover.setId, cover.setVersion,
                                                   cover.provenance == QLatin1String("summary")
                                                       ? tr("summary of the standards")
                                                       : tr("official wording")))};
        facts << std::pair{cover.forecast ? tr("Forecast for") : tr("Figures as of"),
                           cover.forecast
                               ? QStringLiteral("<b style=\"color:%1\">%2</b>")
                                     .arg(c(Amber), esc(tr("%1 \u2013 a forecast, not today's "
                                                           "position")
                                                            .arg(longDate(cover.asOf))))
                               : esc(longDate(cover.asOf))};
        if (r.response) {
            facts << std::pair{tr("Assessor's recommendation"),
                               esc(responseRecommendation(*r.response))};
        }
        facts << std::pair{tr("Planned visit"), cover.plannedVisit.isValid()
                                                    ? esc(longDate(cover.plannedVisit))
                                                    : esc(tr("Not planned yet"))};
        facts << std::pair{tr("Prepared"),
                           esc(ukLocale().toString(cover.generated.toUTC(),
                                                   QStringLiteral("d MMMM yyyy, HH:mm 'UTC'")))};
        out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                              "style=\"margin-top:18px\">");
        for (const auto &[label, value] : facts) {
            out += QStringLiteral("<tr><td width=\"24%\" style=\"color:%1\">%2</td>"
                                  "<td width=\"76%\">%3</td></tr>")
                       .arg(c(Grey), esc(label), value);
        }
        out += QStringLiteral("</table>");
    }
    // The verdict in a coloured band with its symbol, and the key figures beside it.
    out +=
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"10\" "
                       "style=\"margin-top:22px\"><tr>"
                       "<td width=\"40%\" bgcolor=\"%1\" style=\"color:#ffffff\">"
                       "<span style=\"font-size:10pt\">%2</span><br>"
                       "<span style=\"font-size:20pt\"><b>%3&nbsp;%4</b></span></td>"
                       "<td width=\"20%\" bgcolor=\"%5\"><span style=\"font-size:9pt; color:%6\">%7"
                       "</span><br><span style=\"font-size:18pt\"><b>%8</b></span></td>"
                       "<td width=\"20%\" bgcolor=\"%5\"><span style=\"font-size:9pt; color:%6\">%9"
                       "</span><br><span style=\"font-size:18pt\"><b>%10</b></span></td>")
            .arg(verdictColour(cover.verdict), esc(tr("Verdict")), verdictSymbol(cover.verdict),
                 esc(verdictDisplayName(cover.verdict)), c(Band), c(Slate), esc(tr("Score")),
                 percent(cover.score), esc(tr("Evidence coverage")))
            .arg(percent(cover.coverage));
    out += QStringLiteral("<td width=\"20%\" bgcolor=\"%1\"><span style=\"font-size:9pt; "
                          "color:%2\">%3</span><br><span style=\"font-size:18pt\"><b>%4</b>"
                          "</span></td></tr></table>")
               .arg(c(Band), c(Slate), esc(tr("Must criteria met")),
                    cover.mustApplicable > 0
                        ? QStringLiteral("%1/%2").arg(cover.mustMet).arg(cover.mustApplicable)
                        : esc(tr("none apply")));
    if (cover.verdict != Verdict::Ready && !r.verdictReasons.isEmpty()) {
        out += QStringLiteral("<ul style=\"margin-top:6px\">");
        for (const QString &reason : r.verdictReasons)
            out += QStringLiteral("<li>%1</li>").arg(esc(reason));
        out += QStringLiteral("</ul>");
    }
    if (r.summarySet) {
        out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" "
                              "style=\"margin-top:14px\"><tr><td bgcolor=\"#fdf3dc\" "
                              "style=\"border-left: 4px solid %1\"><b>%2</b> %3</td></tr>"
                              "</table>")
                   .arg(c(Amber), esc(tr("A summary, not the official standards.")),
                        esc(r.summaryNotice));
    }
    if (!cover.attribution.isEmpty()) {
        out += QStringLiteral("<p style=\"font-size:8pt; color:%1\">%2</p>")
                   .arg(c(Grey), esc(boardSentences(cover.attribution)));
    }

    // Contents: page numbers are placeholders filled in once the document is laid out.
    out += QStringLiteral("<h2 style=\"margin-top:26px; color:%1\">%2</h2>")
               .arg(c(Slate), esc(tr("Contents")));
    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const Section &s = sections.at(i);
        const QString title =
            QStringLiteral("%1&nbsp;&nbsp;<a href=\"#%2\" style=\"color:%4\">%3</a>")
                .arg(i + 1)
                .arg(s.anchor, esc(s.title), c(Ink));
        // In print the page numbers are painted by print(), which knows where each section
        // landed; the empty column keeps their place.
        out +=
            QStringLiteral("<tr><td width=\"90%\">%1</td><td width=\"10%\"></td></tr>").arg(title);
    }
    out += QStringLiteral("</table>");

    out += QStringLiteral("<p style=\"margin-top:24px; font-size:8pt; color:%1\">%2</p>")
               .arg(c(Grey), esc(tr("Prepared with SEQOHS Tracker %1. Figures follow "
                                    "the rules in the program's documentation "
                                    "(docs/scoring.md).")
                                     .arg(QStringLiteral(SEQOHS_VERSION))));
    parts.first().html = out;
    return parts;
}

QString ReportRenderer::html() const
{
    return buildHtml(Target::Html);
}

std::unique_ptr<QTextDocument> ReportRenderer::newDocument(const QString &html) const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(layoutDevice());
    doc->setDefaultFont(documentFont(9.5));
    doc->setDefaultStyleSheet(
        QStringLiteral("h1 { color:%1; font-size:16pt; font-weight:bold; margin-top:6px; "
                       "margin-bottom:8px; }"
                       "h2 { color:%2; font-size:12.5pt; font-weight:bold; margin-top:14px; "
                       "margin-bottom:4px; }"
                       "h3 { color:%2; font-size:10.5pt; font-weight:bold; margin-top:10px; "
                       "margin-bottom:2px; }"
                       "p { margin-top:3px; margin-bottom:5px; }"
                       "a { color:%1; text-decoration:none; }"
                       "th { font-weight:bold; }")
            .arg(c(Teal), c(Slate)));
    doc->setDocumentMargin(0);
    doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:domain-scores")),
                     m_charts.domainScores);
    doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:domain-radar")),
                     m_charts.domainRadar);
    doc->addResource(QTextDocument::ImageResource,
                     QUrl(QStringLiteral("chart:readiness-over-time")), m_charts.readinessOverTime);
    doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:evidence-expiry")),
                     m_charts.evidenceExpiry);
    doc->setHtml(html);
    doc->setMetaInformation(QTextDocument::DocumentTitle, m_report.cover.title +
                                                              QStringLiteral(" \u2013 ") +
                                                              m_report.cover.serviceName);

    // Every page has the same margins; the header and footer are painted inside them.
    QTextFrameFormat root = doc->rootFrame()->frameFormat();
    root.setLeftMargin(MarginSide);
    root.setRightMargin(MarginSide);
    root.setTopMargin(MarginTop);
    root.setBottomMargin(MarginBottom);
    doc->rootFrame()->setFrameFormat(root);
    doc->setPageSize(QSizeF(PageWidth, PageHeight));

    return doc;
}

std::unique_ptr<QTextDocument> ReportRenderer::document() const
{
    return newDocument(buildHtml(Target::Odt));
}

// The report laid out for print: every segment's document or table, the page each starts on,
// and what the contents list and the PDF's navigation need.
struct ReportRenderer::Pages
{
    struct Laid
    {
        std::unique_ptr<QTextDocument> doc; // paginated, or the lead above a painted table
        std::unique_ptr<TablePainter> table;
        QList<int> starts; // first row on each page of the table
        int firstPage = 0; // 0-based
        int pages = 0;
    };
    std::vector<Laid> laid;
    QHash<QString, int> sectionPage;
    QList<std::pair<QString, QRectF>> contentsLines;
    int count = 0;
};

// A long table's rows [row, end) measured on another thread: the layout asks for their heights
// when it comes to that table.
struct ReportRenderer::MeasuredElsewhere
{
    qsizetype segment = -1;
    int row = 0;
    std::function<QList<qreal>()> heights;
};

namespace {

constexpr qreal LeadGap = 6;

qreal bodyWidth()
{
    return PageWidth - 2 * MarginSide;
}

qreal bodyHeight()
{
    return PageHeight - MarginTop - MarginBottom;
}

// The fonts and texts every page has around its content. Fonts are made on the thread that
// paints with them.
struct PageFrame
{
    QFont headerFont;
    QFont headerBold;
    QFont contentsFont;
    QString service;
    QString right;
    QColor ink;
    QColor rule;
};

PageFrame pageFrame(const ReadinessReport &r)
{
    PageFrame f;
    // Painter fonts in pixels: the painter is scaled to document units already.
    f.headerFont = documentFont(8);
    f.headerFont.setPixelSize(11);
    f.contentsFont = documentFont(9.5);
    f.contentsFont.setPixelSize(qRound(9.5 * Dpi / 72.0));
    f.headerBold = f.headerFont;
    f.headerBold.setBold(true);
    f.service = r.cover.serviceName;
    // A forecast says so on every page: its date is not the day the report was made.
    f.right =
        r.cover.forecast
            ? QCoreApplication::translate("seqohs::ReportRenderer",
                                          "FORECAST for %1 \u00B7 made %2")
                  .arg(longDate(r.cover.asOf), longDate(r.cover.generated.date()))
            : QCoreApplication::translate("seqohs::ReportRenderer", "Readiness report \u00B7 %1")
                  .arg(longDate(r.cover.asOf));
    f.ink = QColor(QString::fromLatin1(Slate));
    f.rule = QColor(QString::fromLatin1(Rule));
    return f;
}

std::unique_ptr<TablePainter> newTable(const QList<Column> &widths,
                                       const QList<QList<TablePainter::Cell>> &rows)
{
    QList<TablePainter::Column> columns;
    for (const Column &column : widths)
        columns << TablePainter::Column{column.title, column.percent / 100.0};
    const QFont cellFont = documentFont(8);
    QFont cellHeaderFont = cellFont;
    cellHeaderFont.setBold(true);
    auto table = std::make_unique<TablePainter>(columns, cellFont, cellHeaderFont, layoutDevice());
    table->setColours(QColor(c(Teal)), Qt::white, QColor(c(Band)), QColor(c(Rule)), QColor(c(Ink)));
    for (const QList<TablePainter::Cell> &row : rows)
        table->addRow(row);
    return table;
}

// The PDF writer every part of the report is painted with.
void setUp(QPdfWriter &writer, const QString &title, const QString &creator)
{
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer.setTitle(title);
    writer.setCreator(creator);
}

// The rows of the longest table, from `row` to its end, that a second thread lays out and
// paints; no segment when the report is painted on one thread.
struct Split
{
    qsizetype segment = -1;
    int row = 0;
};

// Below this many rows a second writer and the join cost more than they save.
constexpr int MinimumSplitRows = 200;

} // namespace

ReportRenderer::Pages ReportRenderer::layOut(const QList<Segment> &parts,
                                             QList<PdfAssembler::Section> *sections,
                                             const MeasuredElsewhere *elsewhere) const
{
    Pages out;
    for (qsizetype index = 0; index < parts.size(); ++index) {
        const Segment &part = parts.at(index);
        Pages::Laid l;
        l.firstPage = out.count;
        // Each segment starts on a page of its own already: a page break before its first
        // heading would leave a blank page.
        QString html = part.html;
        html.replace(QStringLiteral("<h1 style=\"page-break-before: always\">"),
                     QStringLiteral("<h1>"));
        l.doc = newDocument(html);
        if (part.hasTable) {
            // The lead (heading, introduction, chart) above the table, unpaginated.
            l.doc->setPageSize(QSizeF());
            QTextFrameFormat root = l.doc->rootFrame()->frameFormat();
            root.setMargin(0);
            l.doc->rootFrame()->setFrameFormat(root);
            l.doc->setTextWidth(bodyWidth());
            l.table = newTable(part.columns, part.rows);
            if (elsewhere && elsewhere->segment == index) {
                l.table->layout(bodyWidth(), 0, elsewhere->row);
                l.table->setHeights(elsewhere->row, elsewhere->heights());
            } else {
                l.table->layout(bodyWidth());
            }
            l.starts =
                l.table->paginate(bodyHeight() - l.doc->size().height() - LeadGap, bodyHeight());
            l.pages = int(l.starts.size());
        } else {
            DocumentPage::splitAtPageEnds(*l.doc);
            // The last page with something on it: an empty trailing block or the bottom margin
            // of a page that is just full must not add a blank page.
            qreal bottom = 0;
            for (QTextBlock block = l.doc->begin(); block.isValid(); block = block.next()) {
                if (block.length() > 1)
                    bottom =
                        qMax(bottom, l.doc->documentLayout()->blockBoundingRect(block).bottom());
            }
            l.pages = qBound(1, int((bottom - 1) / PageHeight) + 1, l.doc->pageCount());
        }
        const qreal pageHeight = part.hasTable ? bodyHeight() : PageHeight;
        QAbstractTextDocumentLayout *layout = l.doc->documentLayout();
        for (QTextBlock block = l.doc->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (!format.isAnchor())
                    continue;
                const QString href = format.anchorHref();
                if (href.startsWith(QLatin1Char('#'))) {
                    if (l.firstPage == 0)
                        out.contentsLines
                            << std::pair{href.mid(1), layout->blockBoundingRect(block)};
                    break;
                }
                const QStringList names = format.anchorNames();
                if (!names.isEmpty() && !out.sectionPage.contains(names.first())) {
                    const qreal top = layout->blockBoundingRect(block).top();
                    out.sectionPage.insert(names.first(), out.count + int(top / pageHeight) + 1);
                    if (sections) {
                        *sections << PdfAssembler::Section{
                            names.first(),
                            block.text().replace(QChar::Nbsp, QLatin1Char(' ')).simplified(),
                            out.sectionPage.value(names.first())};
                    }
                }
            }
        }
        out.count += l.pages;
        out.laid.push_back(std::move(l));
    }
    return out;
}

Status ReportRenderer::paint(QPagedPaintDevice &device, const Pages &pages, int first, int end,
                             PdfTextLayer *text) const
{
    QPainter painter;
    if (!painter.begin(&device)) {
        return Error{tr("Cannot paint on the printer or PDF file."), QString(), QString(),
                     tr("Check that the destination can be written, then try again.")};
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);

    // Device units per document unit. With full-page layout the painter's origin is the
    // corner of the paper; otherwise it is the corner of the printable area.
    const QPageLayout pageLayout = device.pageLayout();
    const qreal scale = qreal(device.logicalDpiX()) / Dpi;
    const QRectF paintRect = pageLayout.paintRectPixels(device.logicalDpiX());
    const QRectF fullRect = pageLayout.fullRectPixels(device.logicalDpiX());
    const QPointF origin = pageLayout.mode() == QPageLayout::FullPageMode
                               ? QPointF()
                               : fullRect.topLeft() - paintRect.topLeft();
    const PageFrame frame = pageFrame(m_report);

    for (int page = first; page < end; ++page) {
        if (page > first && !device.newPage()) {
            painter.end();
            return Error{tr("Could not start page %1.").arg(page + 1), QString(), QString(),
                         tr("Free some disk space, then try again.")};
        }
        if (text)
            text->setPage(page - first);
        painter.save();
        painter.translate(origin);
        painter.scale(scale, scale);

        // Header: service on the left, report and date on the right, a hairline below.
        const qreal headerBase = MarginTop - 9.0 * MmToUnits;
        painter.setPen(frame.ink);
        painter.setFont(frame.headerBold);
        const QRectF headerRect(MarginSide, headerBase - 14, bodyWidth(), 16);
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignBottom, frame.service);
        painter.setFont(frame.headerFont);
        painter.drawText(headerRect, Qt::AlignRight | Qt::AlignBottom, frame.right);
        painter.setPen(QPen(frame.rule, 0.75));
        painter.drawLine(QPointF(MarginSide, headerBase + 4),
                         QPointF(PageWidth - MarginSide, headerBase + 4));

        // Footer: page numbers.
        painter.setPen(frame.ink);
        const QRectF footerRect(MarginSide, PageHeight - MarginBottom + 6.0 * MmToUnits,
                                bodyWidth(), 16);
        painter.drawText(footerRect, Qt::AlignHCenter | Qt::AlignTop,
                         tr("Page %1 of %2").arg(page + 1).arg(pages.count));

        // Which segment, and which of its pages.
        std::size_t which = 0;
        while (which + 1 < pages.laid.size() && pages.laid[which + 1].firstPage <= page)
            ++which;
        const Pages::Laid &l = pages.laid[which];
        const int inner = page - l.firstPage;
        if (!l.table) {
            const QRectF clip(0, inner * PageHeight, PageWidth, PageHeight);
            painter.translate(0, -inner * PageHeight);
            DocumentPage::draw(painter, *l.doc, clip, QColor(c(Ink)));
            if (l.firstPage == 0) {
                painter.setFont(frame.contentsFont);
                painter.setPen(QColor(c(Ink)));
                for (const auto &[anchor, rect] : pages.contentsLines) {
                    if (!clip.intersects(rect) || !pages.sectionPage.contains(anchor))
                        continue;
                    painter.drawText(QRectF(MarginSide, rect.top(), bodyWidth() - 3, rect.height()),
                                     Qt::AlignRight | Qt::AlignVCenter,
                                     QString::number(pages.sectionPage.value(anchor)));
                }
            }
        } else {
            QPointF at(MarginSide, MarginTop);
            if (inner == 0) {
                painter.save();
                painter.translate(at);
                QAbstractTextDocumentLayout::PaintContext context;
                context.palette.setColor(QPalette::Text, QColor(c(Ink)));
                l.doc->documentLayout()->draw(&painter, context);
                painter.restore();
                at.ry() += l.doc->size().height() + LeadGap;
            }
            const int rowsEnd =
                inner + 1 < l.starts.size() ? l.starts.at(inner + 1) : l.table->rowCount();
            l.table->paint(painter, at, l.starts.at(inner), rowsEnd, text);
        }
        painter.restore();
    }
    painter.end();
    return success();
}

Expected<int> ReportRenderer::print(QPagedPaintDevice &device) const
{
    const Pages pages = layOut(segments(Target::Print), nullptr, nullptr);
    if (Status painted = paint(device, pages, 0, pages.count, nullptr); !painted)
        return painted.errors();
    return pages.count;
}

Status ReportRenderer::writeHtml(QIODevice &device) const
{
    const QByteArray bytes = html().toUtf8();
    if (device.write(bytes) != bytes.size()) {
        return Error{tr("Writing the HTML report failed: %1").arg(device.errorString()), QString(),
                     QString(),
                     tr("Free some disk space or choose another place, then try again.")};
    }
    return success();
}

std::pair<qsizetype, int> ReportRenderer::secondThreadRows(const QList<Segment> &parts)
{
    if (QThread::idealThreadCount() < 2)
        return {-1, 0};
    // Laying out and painting take time in proportion to the characters, and a cell about as
    // much as ten characters besides its own: a layout of its own, and a text line for each of
    // its lines.
    auto weight = [](const QList<TablePainter::Cell> &row) {
        qsizetype glyphs = 0;
        for (const TablePainter::Cell &cell : row)
            glyphs += cell.text.size() + cell.mark.size() + 10;
        return glyphs;
    };
    qsizetype total = 0;
    qsizetype longest = -1;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        total += parts.at(i).html.size() / 4; // markup is most of an HTML segment
        for (const QList<TablePainter::Cell> &row : parts.at(i).rows)
            total += weight(row);
        if (parts.at(i).hasTable &&
            (longest < 0 || parts.at(i).rows.size() > parts.at(longest).rows.size()))
            longest = i;
    }
    if (longest < 0 || parts.at(longest).rows.size() < MinimumSplitRows)
        return {-1, 0};
    // The second thread takes rows from the end of the table until it has 45% of the text: the
    // main thread also lays out the rest of the report and joins the parts. (Measured at 50,000
    // items, four runs each: a median of 1.79 s at 45%, 2.06 s at half, 2.13 s at 40%.)
    const QList<QList<TablePainter::Cell>> &rows = parts.at(longest).rows;
    int row = int(rows.size());
    for (qsizetype share = 0; row > 1 && share < total * 45 / 100;)
        share += weight(rows.at(--row));
    return {longest, row};
}

Status ReportRenderer::writePdf(QIODevice &device) const
{
    const ReadinessReport::Cover &cover = m_report.cover;
    const QString title = cover.title + QStringLiteral(" \u2013 ") + cover.serviceName;
    const QString creator = QStringLiteral("SEQOHS Tracker %1").arg(QStringLiteral(SEQOHS_VERSION));
    const QString subject =
        (cover.forecast ? tr("Readiness forecast for %1") : tr("SEQOHS readiness on %1"))
            .arg(longDate(cover.asOf));
    const QList<Segment> parts = segments(Target::Print);

    // Laying out and painting a long table takes most of the time, on one thread. So the last
    // rows of the longest table are laid out and painted on a second thread into a PDF of their
    // own, and the parts are joined by PdfAssembler. The tables' text goes to a PdfTextLayer of
    // each part's own, which PdfAssembler adds to its pages. The second thread lays out with fonts
    // and layouts of its own: a text layout is not to be shared between threads.
    const auto [segment, row] = secondThreadRows(parts);
    const Split split{segment, row};

    QList<PdfAssembler::Section> sections;
    QList<PdfAssembler::Part> pdfs;
    auto paintPart = [&](const Pages &pages, int first, int end) -> Status {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        PdfTextLayer::Output text;
        {
            QPdfWriter writer(&buffer);
            setUp(writer, title, creator);
            if (pdfs.isEmpty()) {
                // Qt 6.4 writes only the title and creator into the information dictionary:
                // the author, subject and language go into the XMP metadata here and into the
                // PDF by PdfAssembler.
                writer.setDocumentXmpMetadata(
                    xmpMetadata(title, cover.serviceName, subject, cover.generated));
            }
            PdfTextLayer layer(writer, layoutDevice());
            if (Status painted = paint(writer, pages, first, end, &layer); !painted)
                return painted;
            text = layer.finish();
        }
        pdfs << PdfAssembler::Part{buffer.data(), std::move(text)};
        return success();
    };

    if (split.segment < 0) {
        const Pages pages = layOut(parts, &sections, nullptr);
        if (Status painted = paintPart(pages, 0, pages.count); !painted)
            return painted;
    } else {
        // What the second thread is told once the whole report is paginated: the page count,
        // its pages, and the table's first row on each page. No pages: it stops.
        struct Assignment
        {
            int count = 0;
            int first = 0;
            int end = 0;
            int tableFirstPage = 0;
            QList<int> starts;
        };
        std::promise<QList<qreal>> heights;
        std::future<QList<qreal>> measured = heights.get_future();
        std::promise<Assignment> assign;
        std::future<Assignment> assigned = assign.get_future();
        Expected<PdfAssembler::Part> second = PdfAssembler::Part();
        const Segment &table = parts.at(split.segment);
        std::unique_ptr<QThread> thread(QThread::create([&] {
            Pages mine;
            Pages::Laid l;
            l.table = newTable(table.columns, table.rows);
            l.table->layout(bodyWidth(), split.row);
            heights.set_value(l.table->heights(split.row, l.table->rowCount()));
            const Assignment a = assigned.get();
            if (a.first >= a.end)
                return;
            // The rows of its first page that the main thread measured.
            l.table->layout(bodyWidth(), a.starts.at(a.first - a.tableFirstPage), split.row);
            l.starts = a.starts;
            l.firstPage = a.tableFirstPage;
            l.pages = int(a.starts.size());
            mine.count = a.count;
            mine.laid.push_back(std::move(l));
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            PdfTextLayer::Output text;
            {
                QPdfWriter writer(&buffer);
                setUp(writer, title, creator);
                PdfTextLayer layer(writer, layoutDevice());
                if (Status painted = paint(writer, mine, a.first, a.end, &layer); !painted) {
                    second = painted.errors();
                    return;
                }
                text = layer.finish();
            }
            second = PdfAssembler::Part{buffer.data(), std::move(text)};
        }));
        thread->start();
        const MeasuredElsewhere elsewhere{split.segment, split.row, [&] { return measured.get(); }};
        const Pages pages = layOut(parts, &sections, &elsewhere);
        // The second thread paints from the first page that starts at or after its first row,
        // never the table's first page (the lead above the table is the main thread's).
        const Pages::Laid &l = pages.laid.at(std::size_t(split.segment));
        int first = l.firstPage + 1;
        while (first < l.firstPage + l.pages && l.starts.at(first - l.firstPage) < split.row)
            ++first;
        const int end = l.firstPage + l.pages;
        assign.set_value(Assignment{pages.count, first, end, l.firstPage, l.starts});
        // The rows before it that the second thread measured.
        if (first < end)
            l.table->layout(bodyWidth(), split.row, l.starts.at(first - l.firstPage));
        else
            l.table->layout(bodyWidth(), split.row);
        Status before = paintPart(pages, 0, first);
        thread->wait();
        if (!before)
            return before;
        if (!second)
            return second.errors();
        if (first < end)
            pdfs << *second;
        if (end < pages.count) {
            if (Status after = paintPart(pages, end, pages.count); !after)
                return after;
        }
    }

    const Expected<QByteArray> bytes = PdfAssembler::assemble(
        pdfs, sections,
        PdfAssembler::Info{title, cover.serviceName, subject, creator, QStringLiteral("en-GB")});
    if (!bytes) {
        return Error{tr("Writing the PDF report failed: %1").arg(bytes.error().message), QString(),
                     QString(),
                     tr("Free some disk space or choose another place, then try again.")};
    }
    if (device.write(*bytes) != bytes->size()) {
        return Error{tr("Writing the PDF report failed: %1").arg(device.errorString()), QString(),
                     QString(),
                     tr("Free some disk space or choose another place, then try again.")};
    }
    return success();
}

Status ReportRenderer::writeOdt(QIODevice &device) const
{
    const Expected<QByteArray> bytes = OdtReport(m_report, m_charts).bytes();
    if (!bytes) {
        return Error{tr("Writing the PDF report failed: %1").arg(bytes.error().message), QString(),
                     QString(),
                     tr("Free some disk space or choose another place, then try again.")};
    }
    if (device.write(*bytes) != bytes->size()) {
        return Error{tr("Writing the ODT report failed: %1").arg(device.errorString()), QString(),
                     QString(),
                     tr("Free some disk space or choose another place, then try again.")};
    }
    return success();
}

Status ReportRenderer::writeHtml(const QString &path) const
{
    return saveFileAtomically(path, [this](QIODevice &device) { return writeHtml(device); });
}

Status ReportRenderer::writePdf(const QString &path) const
{
    return saveFileAtomically(path, [this](QIODevice &device) { return writePdf(device); });
}

Status ReportRenderer::writeOdt(const QString &path) const
{
    return saveFileAtomically(path, [this](QIODevice &device) { return writeOdt(device); });
}

} // namespace seqohs
