// How long each interaction of the window blocks the event loop on a workspace of 5,000
// evidence items. Runs offscreen. Usage: bench_ui [--evidence N]
#include "benchworkspace.h"

#include "models/navigatorfilter.h"
#include "models/workspacedocument.h"
#include "widgets/actionplanpage.h"
#include "widgets/criterionpage.h"
#include "widgets/evidencelibrarypage.h"
#include "widgets/navigatorpane.h"
#include "windows/mainwindow.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>
#include <functional>

using namespace seqohs;

namespace {
double worst = 0;

// Runs one interaction and everything it queued, as the event loop would before it could
// answer the user again.
double measure(const char *what, const std::function<void()> &interaction, bool counts = true)
{
    QElapsedTimer timer;
    timer.start();
    interaction();
    QCoreApplication::processEvents();
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
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationVersion(QStringLiteral(SEQOHS_VERSION));
    const QStringList args = app.arguments();
    const int i = int(args.indexOf(QStringLiteral("--evidence")));
    const int evidence = i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : 5000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ui.seqohs"));
    const QString made = makeBenchWorkspace(path, evidence, 1000);
    if (!made.isEmpty()) {
        std::fprintf(stderr, "bench_ui: %s\n", qPrintable(made));
        return 1;
    }
    std::printf("workspace with %d evidence items\n", evidence);

    MainWindow window;
    window.resize(1280, 820);
    window.show();
    measure(
        "open the workspace (once per session)", [&] { window.openWorkspace(path); }, false);
    WorkspaceDocument *doc = window.document();
    if (!doc)
        return 1;
    const QList<AssessableItem> items = doc->workspace().standardsSet().assessables();
    measure("show the assessment page", [&] { window.showPage(MainWindow::AssessmentPage); });
    for (int k = 0; k < 5; ++k)
        measure("select a criterion in the navigator",
                [&] { window.navigator()->selectId(items.at(k * 7 % items.size()).id); });
    measure("set a result (rescore and every view)",
            [&] { window.criterionPage()->setResult(int(AssessmentResult::PartiallyMet)); });
    measure("undo it", [&] { doc->undoStack()->undo(); });
    measure("redo it", [&] { doc->undoStack()->redo(); });
    measure("filter the navigator by text",
            [&] { window.navigator()->filter()->setText(QStringLiteral("audit")); });
    measure("show the evidence library", [&] { window.showPage(MainWindow::EvidencePage); });
    measure("filter evidence by text", [&] {
        window.evidenceLibrary()->setFilterText(QStringLiteral("Generated evidence 12"));
    });
    measure("show expired evidence only",
            [&] { window.evidenceLibrary()->setShow(EvidenceLibraryPage::Show::Expired); });
    // Three steps a person takes one at a time, each measured by itself.
    measure("show all evidence again",
            [&] { window.evidenceLibrary()->setShow(EvidenceLibraryPage::Show::All); });
    measure("clear the evidence filter",
            [&] { window.evidenceLibrary()->setFilterText(QString()); });
    measure("sort evidence by title",
            [&] { window.evidenceLibrary()->view()->sortByColumn(0, Qt::AscendingOrder); });
    measure("show the action plan", [&] { window.showPage(MainWindow::ActionsPage); });
    measure("show the dashboard", [&] { window.showPage(MainWindow::DashboardPage); });
    std::printf("worst interaction: %.1f ms (goal: none over 100 ms)\n", worst);
    return 0;
}
