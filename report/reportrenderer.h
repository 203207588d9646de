#pragma once

#include "common/expected.h"
#include "pdfassembler.h"
#include "reporting/readinessreport.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QImage>
#include <QString>
#include <QTextDocument>

#include <memory>
#include <utility>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
QT_END_NAMESPACE

namespace seqohs {

class PdfTextLayer;

// Turns a ReadinessReport into documents: self-contained HTML, PDF (A4, a header with the
// service and the date and "Page N of M" on every page, a contents list with page numbers)
// and ODT for editing in Word or LibreOffice. All three come from one HTML source, so they
// say the same things in the same order.
//
// Charts are Qt Charts and must be rendered on the GUI thread; everything else may run on a
// worker thread. Render the charts first with renderCharts() and pass them in to write off
// the GUI thread.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::ReportRenderer)

public:
    struct Charts
    {
        QImage domainScores;
        QImage domainRadar;
        QImage readinessOverTime; // null when the report has no history
        QImage evidenceExpiry;
    };

    // The chart images for a report, at device pixel ratio 2. GUI thread only.
    static Charts renderCharts(const ReadinessReport &report);

    // Renders the charts at once: GUI thread only.
    explicit ReportRenderer(ReadinessReport report);
    // With charts already rendered: safe on any thread.
    ReportRenderer(ReadinessReport report, Charts charts);

    const ReadinessReport &report() const { return m_report; }
    const Charts &charts() const { return m_charts; }

    // What a chart ("domain-scores", "domain-radar", "readiness-over-time", "evidence-expiry")
    // shows, in words: its alternative text wherever it appears.
    static QString chartDescription(const ReadinessReport &report, const QString &name);
    // Text for the board: sentences that give a command line are left out.
    static QString boardText(const QString &text);

    // The assessor's response in words, for every format: the paragraphs that introduce it
    // (recommendation, counts, re-review warning) and one row per standard.
    struct ResponseRow
    {
        QString standardCode;
        QString standard; // the title
        QString finding;  // "Not met · Minor non-conformity"
        ReadinessReport::AssessorResponse::Outcome outcome;
        QString detail; // comments, required actions, a re-review note; one per line
    };
    static QString responseRecommendation(const ReadinessReport::AssessorResponse &response);
    static QStringList responseParagraphs(const ReadinessReport::AssessorResponse &response);
    static QList<ResponseRow> responseRows(const ReadinessReport::AssessorResponse &response);
    // The calibration table's header and rows: domain, reviewed, agreed, more optimistic, more
    // cautious.
    static QStringList calibrationHeader();
    static QList<QStringList> calibrationRows(const ReadinessReport::AssessorResponse &response);

    // The sign-offs in words, for every format: a sentence, then one row per sign-off.
    struct SignOffRow
    {
        QString covers;
        QString signedBy; // "Dr Priya Shah, 1 December 2026"
        QString status;   // "Holds" or "Void: changed since"
        bool holds = true;
        QString detail; // the comment, then what changed; one per line
    };
    static QString signOffSummary(const ReadinessReport &report);
    static QList<SignOffRow> signOffRows(const ReadinessReport &report);

    // The self-contained HTML file: one file, charts inline as data: URIs, no external links.
    QString html() const;

    // The whole report as one text document (the ODT's source) with the charts as image
    // resources, laid out for A4 at 96 units per inch. Its contents list has no page numbers;
    // print() paints its pages from smaller documents and knows them.
    std::unique_ptr<QTextDocument> document() const;

    // Paints the report on a paged device (QPdfWriter, QPrinter) with the header and footer on
    // every page, starting on the device's current page. The device's page size is used;
    // margins are the report's own. Returns the number of pages, or an error when the device
    // cannot be painted on.
    Expected<int> print(QPagedPaintDevice &device) const;

    Status writeHtml(QIODevice &device) const;
    Status writePdf(QIODevice &device) const;
    Status writeOdt(QIODevice &device) const;
    // The path overloads write atomically: a failure leaves any earlier file as it was.
    Status writeHtml(const QString &path) const;
    Status writePdf(const QString &path) const;
    Status writeOdt(const QString &path) const;

private:
    enum class Target { Html, Print, Odt };
    struct Segment;
    struct Pages;
    struct MeasuredElsewhere;
    // Lays the segments out for print, recording where each section starts for the PDF's links
    // and outline. Rows of one table may have been measured on another thread.
    Pages layOut(const QList<Segment> &parts, QList<PdfAssembler::Section> *sections,
                 const MeasuredElsewhere *elsewhere) const;
    // Paints pages [first, end) of the laid-out report, the first on the device's current page.
    // With `text`, the long tables' text goes there rather than to the painter (a PDF part).
    Status paint(QPagedPaintDevice &device, const Pages &pages, int first, int end,
                 PdfTextLayer *text) const;
    // The longest table's segment and the row from which a second thread paints it, or -1
    // when the report is best painted on one thread.
    static std::pair<qsizetype, int> secondThreadRows(const QList<Segment> &parts);
    QString buildHtml(Target target) const;
    QList<Segment> segments(Target target) const;
    std::unique_ptr<QTextDocument> newDocument(const QString &html) const;

    ReadinessReport m_report;
    Charts m_charts;
};

} // namespace seqohs
