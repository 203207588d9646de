// How long each interaction of the window blocks the event loop on a workspace of 5,000
// evidence items, from opening to closing, with the first paint of each chart. Runs offscreen.
// Usage: bench_ui [--evidence N] [--keep DIR]
#include "benchworkspace.h"
#include "common/processheap.h"

#include "models/navigatorfilter.h"
#include "models/workspacedocument.h"
#include "widgets/actionplanpage.h"
#include "widgets/criterionpage.h"
#include "widgets/evidencelibrarypage.h"
#include "widgets/navigatorpane.h"
#include "windows/mainwindow.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QChartView>
#include <QCollator>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QScrollArea>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>
#include <functional>
#include <numeric>

using namespace seqohs;

namespace {
double worst = 0;

// Times every paint of a chart: a chart's first paint is part of showing the dashboard, and
// here it is also measured by itself.
class ChartPaintTimer : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        auto *chart = event->type() == QEvent::Paint && receiver->parent()
                          ? qobject_cast<QChartView *>(receiver->parent())
                          : nullptr;
        if (!chart)
            return QApplication::notify(receiver, event);
        QElapsedTimer timer;
        timer.start();
        const bool done = QApplication::notify(receiver, event);
        const QString name = chart->accessibleName();
        if (!firstPaint.contains(name)) {
            firstPaint.insert(name, timer.nsecsElapsed() / 1e6);
            order << name;
        }
        return done;
    }
    QHash<QString, double> firstPaint;
    QStringList order;
};

// Runs one interaction and everything it queued, as the event loop would before it could
// answer the user again.
double measure(const char *what, const std::function<void()> &interaction, bool counts = true)
{
    QElapsedTimer timer;
    timer.start();
    interaction();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    // The repaint is part of the interaction, but the window asks for it on a timer of its
    // own: ask now, so that what changed is painted within the time measured.
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->isVisible()) {
            QEvent paintNow(QEvent::UpdateRequest);
            QCoreApplication::sendEvent(top, &paintNow);
        }
    }
    QCoreApplication::processEvents();
    const double ms = timer.nsecsElapsed() / 1e6;
    if (counts)
        worst = std::max(worst, ms);
    std::printf("%-52s %8.1f ms\n", what, ms);
    return ms;
}
} // namespace

int main(int argc, char *argv[])
{
    ProcessHeap::preferLargePages(); // as the window's own main() does
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ChartPaintTimer app(argc, argv);
    QApplication::setApplicationVersion(QStringLiteral(SEQOHS_VERSION));
    const QStringList args = app.arguments();
    const int i = int(args.indexOf(QStringLiteral("--evidence")));
    const int evidence = i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : 5000;
    QTemporaryDir dir;
    // --keep DIR keeps the generated workspace there and uses it again on the next run.
    const qsizetype keep = args.indexOf(QStringLiteral("--keep"));
    if (keep >= 0 && keep + 1 < args.size() && !QDir().mkpath(args.at(keep + 1))) {
        std::fprintf(stderr, "bench_ui: cannot make %s\n", qPrintable(args.at(keep + 1)));
        return 1;
    }
    const QString path = keep >= 0 && keep + 1 < args.size()
                             ? QDir(args.at(keep + 1)).filePath(QStringLiteral("ui.seqohs"))
                             : dir.filePath(QStringLiteral("ui.seqohs"));
    if (!QFileInfo::exists(path)) {
        const QString made = makeBenchWorkspace(path, evidence, 1000);
        if (!made.isEmpty()) {
            std::fprintf(stderr, "bench_ui: %s\n", qPrintable(made));
            return 1;
        }
    }
    std::printf("workspace with %d evidence items\n", evidence);

    MainWindow window;
    window.resize(1280, 820);
    window.show();
    // While it opens, how long the window goes without answering: a timer that should fire
    // every 5 ms notes the longest wait between two of its turns.
    double longestOpenBlock = 0;
    QElapsedTimer sinceTurn;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        longestOpenBlock = std::max(longestOpenBlock, sinceTurn.nsecsElapsed() / 1e6);
        sinceTurn.restart();
    });
    sinceTurn.start();
    heartbeat.start();
    measure(
        "open the workspace (once per session)", [&] { window.openWorkspace(path); }, false);
    longestOpenBlock = std::max(longestOpenBlock, sinceTurn.nsecsElapsed() / 1e6);
    heartbeat.stop();
    std::printf("  of which the longest the window did not answer        %8.1f ms\n",
                longestOpenBlock);
    WorkspaceDocument *doc = window.document();
    if (!doc)
        return 1;
    // The check before changes reads the whole file on its own thread while the window answers;
    // edits wait for it, so the edits below are measured once it is done.
    QElapsedTimer gate;
    gate.start();
    double longestWait = 0;
    while (window.isCheckingBeforeChanges()) {
        QElapsedTimer turn;
        turn.start();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        longestWait = std::max(longestWait, turn.nsecsElapsed() / 1e6);
        QThread::msleep(5);
    }
    std::printf("%-52s %8.1f ms (the window answered within %.1f ms meanwhile)\n",
                "check before changes, on its own thread", gate.nsecsElapsed() / 1e6, longestWait);
    const QList<AssessableItem> items = doc->workspace().standardsSet().assessables();
    measure("show the assessment page", [&] { window.showPage(MainWindow::AssessmentPage); });
    for (int k = 0; k < 5; ++k)
        measure("select a criterion in the navigator",
                [&] { window.navigator()->selectId(items.at(k * 7 % items.size()).id); });
    // Another result than the one it has, also in a workspace kept from an earlier run.
    const AssessmentResult had =
        doc->workspace().assessment(window.criterionPage()->itemId())->result;
    const AssessmentResult next = had == AssessmentResult::PartiallyMet
                                      ? AssessmentResult::Met
                                      : AssessmentResult::PartiallyMet;
    measure("set a result (rescore and every view)",
            [&] { window.criterionPage()->setResult(int(next)); });
    if (doc->workspace().assessment(window.criterionPage()->itemId())->result != next) {
        std::fprintf(stderr, "bench_ui: the result was not set\n");
        return 1;
    }
    measure("undo it", [&] { doc->undoStack()->undo(); });
    measure("redo it", [&] { doc->undoStack()->redo(); });
    measure("filter the navigator by text",
            [&] { window.navigator()->filter()->setText(QStringLiteral("audit")); });
    measure("show the evidence library", [&] { window.showPage(MainWindow::EvidencePage); });
    const double filtered = measure("filter evidence by text", [&] {
        window.evidenceLibrary()->setFilterText(QStringLiteral("Generated evidence 12"));
    });
    measure("show expired evidence only",
            [&] { window.evidenceLibrary()->setShow(EvidenceLibraryPage::Show::Expired); });
    // Three steps a person takes one at a time, each measured by itself.
    measure("show all evidence again",
            [&] { window.evidenceLibrary()->setShow(EvidenceLibraryPage::Show::All); });
    measure("clear the evidence filter",
            [&] { window.evidenceLibrary()->setFilterText(QString()); });
    const double sorted = measure("sort evidence by title", [&] {
        window.evidenceLibrary()->view()->sortByColumn(0, Qt::AscendingOrder);
    });
    // The limits, measured here: the same titles sorted with QCollator sort keys in a tight
    // loop, and searched for the same text.
    QStringList titles;
    for (const EvidenceItem &e : *doc->workspace().evidence())
        titles << e.title;
    QElapsedTimer limit;
    limit.start();
    {
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        QList<QCollatorSortKey> keys;
        keys.reserve(titles.size());
        for (const QString &t : std::as_const(titles))
            keys << collator.sortKey(t);
        QList<int> order(titles.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&](int a, int b) { return keys.at(a).compare(keys.at(b)) < 0; });
    }
    const double sortLimit = limit.nsecsElapsed() / 1e6;
    limit.restart();
    int found = 0;
    for (const QString &t : std::as_const(titles))
        found += t.contains(QStringLiteral("Generated evidence 12"), Qt::CaseInsensitive) ? 1 : 0;
    const double filterLimit = limit.nsecsElapsed() / 1e6;
    std::printf("  limit: QCollator sort keys made and sorted in a loop: %.1f ms; ratio %.2f\n",
                sortLimit, sorted / std::max(0.001, sortLimit));
    std::printf("  limit: the same titles searched in a loop: %.1f ms (%d found); filter ratio "
                "%.2f\n",
                filterLimit, found, filtered / std::max(0.001, filterLimit));
    measure("show the action plan", [&] { window.showPage(MainWindow::ActionsPage); });
    measure("show the dashboard", [&] { window.showPage(MainWindow::DashboardPage); });
    // The charts are below the dashboard's figures and lists: each is first painted when
    // scrolled to.
    const QList<QChartView *> charts = window.findChildren<QChartView *>();
    QScrollArea *dashboardArea = nullptr;
    for (QWidget *w = charts.isEmpty() ? nullptr : charts.first(); w && !dashboardArea;
         w = w->parentWidget())
        dashboardArea = qobject_cast<QScrollArea *>(w);
    if (!dashboardArea || charts.size() != 4) {
        std::fprintf(stderr, "bench_ui: the dashboard's 4 charts were not found\n");
        return 1;
    }
    for (QChartView *chart : charts) {
        const QByteArray what = "scroll to the " + chart->accessibleName().toUtf8();
        measure(what.constData(), [&] { dashboardArea->ensureWidgetVisible(chart); });
        if (!app.firstPaint.contains(chart->accessibleName())) {
            std::fprintf(stderr, "bench_ui: %s was not painted\n", what.constData());
            return 1;
        }
        std::printf("  of which its first paint                           %8.1f ms\n",
                    app.firstPaint.value(chart->accessibleName()));
    }
    measure("switch to the assessment page again",
            [&] { window.showPage(MainWindow::AssessmentPage); });
    measure("switch to the evidence library again",
            [&] { window.showPage(MainWindow::EvidencePage); });
    measure("switch to the dashboard again", [&] { window.showPage(MainWindow::DashboardPage); });
    measure("close the workspace", [&] { window.closeWorkspace(); });
    if (window.document()) {
        std::fprintf(stderr, "bench_ui: the workspace did not close\n");
        return 1;
    }
    std::printf("worst interaction: %.1f ms (goal: none over 100 ms)\n", worst);
    return 0;
}
