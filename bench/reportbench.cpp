// Readiness report benchmark: the PDF report for a workspace of 5,000 evidence items (the
// bundled default standards set, every item assessed with a narrative, each evidence item
// linked to one to three criteria, a dozen actions), timed from the scoring input to the
// finished PDF: scoring, the report model, the chart images, layout and the PDF itself.
//
//   bench_report [--evidence N] [--out FILE.pdf] [--check]
//
// Goal: under 2.5 s at 50,000 evidence items, and so at any smaller size. --check exits 1 when
// the goal is missed.

#include "catalogue/standardslibrary.h"
#include "common/processheap.h"
#include "reporting/readinessreportbuilder.h"
#include "reportrenderer.h"
#include "scoring/scorer.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace seqohs;

namespace {

constexpr double GoalSeconds = 2.5;

ScoringInput benchInput(int evidenceCount)
{
    ScoringInput in;
    Expected<StandardsSet> set = StandardsLibrary::bundled(StandardsLibrary::defaultId());
    if (!set) {
        std::fprintf(stderr, "%s\n", qPrintable(set.errorString()));
        std::exit(2);
    }
    in.set = set.value();
    in.asOf = QDate(2026, 3, 1);
    in.profile.name = QStringLiteral("Benchmark Occupational Health");
    in.profile.organisation = QStringLiteral("Benchmark Trust");
    in.profile.servesNhs = true;
    in.profile.plannedAssessment = QDate(2026, 9, 15);
    const QList<AssessableItem> items = in.set.assessables();
    const AssessmentResult cycle[] = {AssessmentResult::Met, AssessmentResult::Met,
                                      AssessmentResult::PartiallyMet, AssessmentResult::NotMet,
                                      AssessmentResult::NotAssessed};
    for (int i = 0; i < items.size(); ++i) {
        Assessment a;
        a.itemId = items.at(i).id;
        a.result = cycle[i % 5];
        a.owner = QStringLiteral("Dr Ann Patel");
        a.narrative = QStringLiteral("How we meet %1: the procedure, its audit and the actions "
                                     "that followed, reviewed at the quarterly quality meeting.")
                          .arg(items.at(i).title);
        in.assessments.insert(a.itemId, a);
    }
    for (int n = 1; n <= evidenceCount; ++n) {
        EvidenceItem e;
        e.id = n;
        e.kind = EvidenceItem::Kind::File;
        e.title = QStringLiteral("Audit record %1 of the clinic procedures").arg(n);
        e.fileName = QStringLiteral("audit-%1.pdf").arg(n);
        e.sha256 = QByteArray::number(qint64(n) * 2654435761LL, 16).rightJustified(64, '0');
        e.size = 100000 + n;
        e.documentDate = QDate(2025, 1 + n % 12, 1 + n % 28);
        if (n % 3)
            e.reviewBy = QDate(2026, 1 + n % 12, 1 + n % 28);
        in.evidence << e;
        for (int k = 0; k <= n % 3; ++k)
            in.links << EvidenceLink{n, items.at((n * 7 + k * 11) % items.size()).id, QString()};
    }
    for (int n = 1; n <= 12; ++n) {
        Action a;
        a.id = n;
        a.text = QStringLiteral("Close gap %1").arg(n);
        a.itemId = items.at(n % items.size()).id;
        a.due = QDate(2026, n, 1);
        in.actions << a;
    }
    return in;
}

} // namespace

int main(int argc, char *argv[])
{
    ProcessHeap::preferLargePages(); // as the window's and the command line's main() do
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption evidenceOption(QStringLiteral("evidence"),
                                            QStringLiteral("Evidence items (default 5000)."),
                                            QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Also save the PDF to this file."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption checkOption(QStringLiteral("check"),
                                         QStringLiteral("Exit 1 when the goal is missed."));
    parser.addOptions({evidenceOption, outOption, checkOption});
    parser.process(app);
    const int evidence = parser.value(evidenceOption).toInt();

    const ScoringInput input = benchInput(evidence);

    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    step.start();
    const Readiness readiness = Scorer::score(input);
    const qint64 scoreMs = step.restart();
    ReadinessReport report = ReadinessReportBuilder::build(input, readiness);
    const qint64 modelMs = step.restart();
    const qsizetype checks = report.checks.size();
    const qsizetype expiring = report.expiringBeforeVisit.size();
    ReportRenderer::Charts charts = ReportRenderer::renderCharts(report);
    const qint64 chartsMs = step.restart();
    const ReportRenderer renderer(std::move(report), std::move(charts));
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    const Status written = renderer.writePdf(pdf);
    const qint64 pdfMs = step.restart();
    const double seconds = double(total.elapsed()) / 1000.0;
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.errorString()));
        return 2;
    }
    if (parser.isSet(outOption)) {
        QFile out(parser.value(outOption));
        if (!out.open(QIODevice::WriteOnly) || out.write(pdf.data()) != pdf.data().size()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(out.fileName()),
                         qPrintable(out.errorString()));
            return 2;
        }
    }

    std::printf("evidence items       %d\n", evidence);
    std::printf("assessable items     %lld\n", qlonglong(readiness.items.size()));
    std::printf("readiness checks     %lld\n", qlonglong(checks));
    std::printf("expiring before visit %lld\n", qlonglong(expiring));
    std::printf("scoring              %lld ms\n", qlonglong(scoreMs));
    std::printf("report model         %lld ms\n", qlonglong(modelMs));
    std::printf("charts               %lld ms\n", qlonglong(chartsMs));
    std::printf("layout and PDF       %lld ms\n", qlonglong(pdfMs));
    std::printf("PDF size             %.1f MB\n", double(pdf.data().size()) / 1e6);
    std::printf("total                %.2f s (goal < %.1f s): %s\n", seconds, GoalSeconds,
                seconds < GoalSeconds ? "met" : "MISSED");
    return parser.isSet(checkOption) && seconds >= GoalSeconds ? 1 : 0;
}
