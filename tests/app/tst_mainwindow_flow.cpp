#include "testsupport.h"

#include "catalogue/standardslibrary.h"
#include "dialogs/prompts.h"
#include "models/workspacedocument.h"
#include "widgets/criterionpage.h"
#include "widgets/dashboardwidget.h"
#include "widgets/evidencelibrarypage.h"
#include "widgets/navigatorpane.h"
#include "windows/importcontroller.h"
#include "windows/mainwindow.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>
#include <QUrl>

using namespace seqohs;

namespace {
void dropFiles(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}

double earned(const MainWindow &w)
{
    return w.document()->readiness().overall.earned;
}

int linkedTo(const Workspace &ws, const QString &itemId)
{
    int n = 0;
    for (const EvidenceLink &l : ws.links())
        n += l.itemId == itemId;
    return n;
}
} // namespace

TEST_CASE("A user creates a workspace, assesses, adds evidence by drag and drop, undoes, redoes")
{
    test::TempDir dir;
    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    MainWindow window;
    window.show();
    const QString path = dir.filePath(QStringLiteral("flow.seqohs"));
    REQUIRE(window.createWorkspace(path, QStringLiteral("Flow OH"), true,
                                   StandardsLibrary::defaultId(), QDate(2027, 1, 15)));
    REQUIRE(window.document());
    CHECK(window.windowTitle().startsWith(QStringLiteral("flow.seqohs")));
    CHECK(window.document()->readiness().overall.earned == 0.0);

    // The navigator opened the first requirement.
    const QString itemId = window.criterionPage()->itemId();
    REQUIRE_FALSE(itemId.isEmpty());
    CHECK(window.navigator()->currentItemId() == itemId);

    // Set a result: the score changes.
    window.criterionPage()->setResult(int(AssessmentResult::Met));
    QCoreApplication::processEvents();
    CHECK(window.document()->workspace().assessment(itemId).result == AssessmentResult::Met);
    const double afterMet = earned(window);
    CHECK(afterMet > 0.0);

    // Not applicable needs a justification: nothing is recorded until one is given.
    window.criterionPage()->setResult(int(AssessmentResult::NotApplicable));
    CHECK(window.document()->workspace().assessment(itemId).result == AssessmentResult::Met);
    window.criterionPage()->setJustification(QStringLiteral("We have no clinics"));
    CHECK(window.document()->workspace().assessment(itemId).result ==
          AssessmentResult::NotApplicable);
    window.document()->undoStack()->undo();
    CHECK(window.document()->workspace().assessment(itemId).result == AssessmentResult::Met);

    // Add evidence by dropping a file on the criterion page.
    const QString file = dir.filePath(QStringLiteral("Infection control policy.txt"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Policy text, reviewed yearly by the clinical lead.\n");
    }
    QSignalSpy finished(window.importer(), &ImportController::finished);
    dropFiles(window.criterionPage(), {file});
    REQUIRE((finished.count() == 1 || finished.wait(20000)));
    QCoreApplication::processEvents();
    CHECK(window.document()->workspace().evidence().size() == 1);
    CHECK(linkedTo(window.document()->workspace(), itemId) == 1);
    CHECK(window.document()->readiness().overall.withCurrentEvidence == 1);
    CHECK(window.evidenceLibrary()->visibleRows() == 1);

    // Undo the evidence, then the result; redo both.
    QUndoStack *stack = window.document()->undoStack();
    stack->undo();
    QCoreApplication::processEvents();
    CHECK(window.document()->workspace().evidence().isEmpty());
    CHECK(window.document()->readiness().overall.withCurrentEvidence == 0);
    CHECK(window.evidenceLibrary()->visibleRows() == 0);
    stack->undo(); // the N/A step was undone before the drop, so this undoes "met"
    QCoreApplication::processEvents();
    CHECK(window.document()->workspace().assessment(itemId).result ==
          AssessmentResult::NotAssessed);
    CHECK(earned(window) == 0.0);
    stack->redo();
    QCoreApplication::processEvents();
    CHECK(window.document()->workspace().assessment(itemId).result == AssessmentResult::Met);
    CHECK(earned(window) == afterMet);
    while (stack->canRedo())
        stack->redo();
    QCoreApplication::processEvents();
    CHECK(window.document()->workspace().evidence().size() == 1);
    CHECK(linkedTo(window.document()->workspace(), itemId) == 1);

    // The dashboard shows the verdict from the core.
    CHECK(window.dashboard()->verdictText() ==
          verdictDisplayName(window.document()->readiness().verdict));
    CHECK(Prompts::recordedErrors().isEmpty());
    Prompts::setRecordErrors(false);
}

TEST_CASE("Opening a file that is not a workspace shows one clear error and keeps the window")
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.seqohs"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("these are not the droids");
    }
    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    MainWindow window;
    CHECK_FALSE(window.openWorkspace(path));
    REQUIRE(Prompts::recordedErrors().size() == 1);
    CHECK(Prompts::recordedErrors().first().contains(path));
    CHECK(window.document() == nullptr);
    Prompts::setRecordErrors(false);
}
