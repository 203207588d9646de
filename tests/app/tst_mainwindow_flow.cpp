#include "testsupport.h"

#include "guitest.h"

#include "catalogue/standardslibrary.h"
#include "dialogs/exportdialog.h"
#include "dialogs/prompts.h"
#include "models/navigatorfilter.h"
#include "models/navigatormodel.h"
#include "models/workspacedocument.h"
#include "widgets/criterionpage.h"
#include "widgets/dashboardwidget.h"
#include "widgets/evidencelibrarypage.h"
#include "widgets/navigatorpane.h"
#include "windows/importcontroller.h"
#include "windows/mainwindow.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>
#include <QWizard>

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
    for (const EvidenceLink &l : *ws.links())
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
    CHECK(window.document()->workspace().assessment(itemId)->result == AssessmentResult::Met);
    const double afterMet = earned(window);
    CHECK(afterMet > 0.0);

    // Not applicable needs a justification: nothing is recorded until one is given.
    window.criterionPage()->setResult(int(AssessmentResult::NotApplicable));
    CHECK(window.document()->workspace().assessment(itemId)->result == AssessmentResult::Met);
    window.criterionPage()->setJustification(QStringLiteral("We have no clinics"));
    CHECK(window.document()->workspace().assessment(itemId)->result ==
          AssessmentResult::NotApplicable);
    window.document()->undoStack()->undo();
    CHECK(window.document()->workspace().assessment(itemId)->result == AssessmentResult::Met);

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
    CHECK(window.document()->workspace().evidence()->size() == 1);
    CHECK(linkedTo(window.document()->workspace(), itemId) == 1);
    CHECK(window.document()->readiness().overall.withCurrentEvidence == 1);
    CHECK(window.evidenceLibrary()->visibleRows() == 1);

    // Undo the evidence, then the result; redo both.
    QUndoStack *stack = window.document()->undoStack();
    stack->undo();
    QCoreApplication::processEvents();
    CHECK(window.document()->workspace().evidence()->isEmpty());
    CHECK(window.document()->readiness().overall.withCurrentEvidence == 0);
    CHECK(window.evidenceLibrary()->visibleRows() == 0);
    stack->undo(); // the N/A step was undone before the drop, so this undoes "met"
    QCoreApplication::processEvents();
    CHECK(window.document()->workspace().assessment(itemId)->result ==
          AssessmentResult::NotAssessed);
    CHECK(earned(window) == 0.0);
    stack->redo();
    QCoreApplication::processEvents();
    CHECK(window.document()->workspace().assessment(itemId)->result == AssessmentResult::Met);
    CHECK(earned(window) == afterMet);
    while (stack->canRedo())
        stack->redo();
    QCoreApplication::processEvents();
    CHECK(window.document()->workspace().evidence()->size() == 1);
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

TEST_CASE("After a move to another standards set the window rebuilds and offers the "
          "re-confirmation queue")
{
    test::TempDir dir;
    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    MainWindow window;
    window.show();
    REQUIRE(window.createWorkspace(dir.filePath(QStringLiteral("move.seqohs")),
                                   QStringLiteral("Move OH"), true,
                                   QStringLiteral("seqohs-2015-summary"), QDate(2027, 1, 15)));
    Workspace &ws = window.document()->workspace();
    for (const AssessableItem &item : ws.standardsSet().assessables()) {
        Assessment a = *ws.assessment(item.id);
        a.result = AssessmentResult::Met;
        REQUIRE(ws.setAssessment(a).ok());
    }
    const Expected<StandardsSet> target = StandardsLibrary::bundled(StandardsLibrary::defaultId());
    REQUIRE(target.ok());
    // As a person does: Workspace > Move to another standards set, the set offered first (the
    // current edition) with its bundled crosswalk, Next, Next, Move.
    QString chosenSet;
    bool moved = false;
    guitest::whenDialogOpens([&](QWidget *dialog) {
        auto *wizard = qobject_cast<QWizard *>(dialog);
        if (!wizard) {
            dialog->close();
            return;
        }
        if (auto *set = wizard->currentPage()->findChild<QComboBox *>())
            chosenSet = set->currentText();
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QAbstractButton *move = wizard->button(QWizard::FinishButton);
        moved = move->isVisible() && move->isEnabled();
        QTest::mouseClick(move, Qt::LeftButton);
        if (wizard->isVisible())
            wizard->reject();
    });
    guitest::triggerMenu(&window, QStringLiteral("Workspace/Move to another standards set"));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    INFO(Prompts::recordedErrors().join(QLatin1Char('\n')).toStdString());
    CHECK(chosenSet == target->title);
    REQUIRE(moved);
    REQUIRE(ws.standardsSet().id == target->id);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Moved to")));

    // The navigator shows the new set's domains and the undo stack starts afresh.
    CHECK(window.navigator()->model()->rowCount() == target->domains.size());
    CHECK_FALSE(window.document()->undoStack()->canUndo());
    const QSet<QString> flagged = *ws.itemsNeedingReconfirmation();
    REQUIRE_FALSE(flagged.isEmpty());
    const QModelIndex first = window.navigator()->model()->indexForId(*flagged.begin());
    CHECK(first.data(NavigatorModel::NeedsReconfirmationRole).toBool());
    CHECK(first.siblingAtColumn(NavigatorModel::StatusColumn)
              .data()
              .toString()
              .contains(QStringLiteral("Re-confirm")));

    // The queue filter leaves only flagged items.
    window.navigator()->showReconfirmationQueue(true);
    int leaves = 0;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        QAbstractItemModel *m = window.navigator()->filter();
        for (int r = 0; r < m->rowCount(parent); ++r) {
            const QModelIndex i = m->index(r, 0, parent);
            if (NavigatorModel::NodeKind(i.data(NavigatorModel::NodeKindRole).toInt()) ==
                NavigatorModel::NodeKind::Item) {
                ++leaves;
                CHECK(i.data(NavigatorModel::NeedsReconfirmationRole).toBool());
            }
            walk(i);
        }
    };
    walk(QModelIndex());
    CHECK(leaves == flagged.size());

    // Opening a flagged item shows why; confirming clears it everywhere.
    // As a person does: the Assessment page, then the item in the navigator.
    guitest::triggerMenu(&window, QStringLiteral("View/Assessment"));
    window.navigator()->selectId(*flagged.begin());
    CHECK(window.criterionPage()->itemId() == *flagged.begin());
    REQUIRE(ws.confirmItem(*flagged.begin()).ok());
    QCoreApplication::processEvents();
    CHECK_FALSE(ws.itemsNeedingReconfirmation()->contains(*flagged.begin()));
    CHECK_FALSE(first.data(NavigatorModel::NeedsReconfirmationRole).toBool());
    CHECK(Prompts::recordedErrors().isEmpty());
    Prompts::setRecordErrors(false);
}

TEST_CASE("An assessor's response shows on the dashboard and on the criteria it concerns")
{
    test::TempDir dir;
    const QString ws = dir.filePath(QStringLiteral("service.seqohs"));
    const QString serviceKey = dir.filePath(QStringLiteral("service.key"));
    const QString assessorKey = dir.filePath(QStringLiteral("assessor.key"));
    const QString pack = dir.filePath(QStringLiteral("pack.zip"));
    const QString review = dir.filePath(QStringLiteral("review.json"));
    const QString response = dir.filePath(QStringLiteral("response.json"));
    auto run = [](const QStringList &args) {
        const test::CliRun r = test::runCli(args, 120000);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    };
    run({QStringLiteral("demo"), QStringLiteral("--out"), ws});
    run({QStringLiteral("pack"), QStringLiteral("keygen"), QStringLiteral("--out"), serviceKey});
    run({QStringLiteral("pack"), QStringLiteral("keygen"), QStringLiteral("--out"), assessorKey});
    run({QStringLiteral("pack"), QStringLiteral("create"), QStringLiteral("-w"), ws,
         QStringLiteral("--out"), pack, QStringLiteral("--key"), serviceKey,
         QStringLiteral("--no-report")});
    run({QStringLiteral("review"), QStringLiteral("open"), pack, QStringLiteral("--review"), review,
         QStringLiteral("--assessor"), QStringLiteral("A. Assessor")});
    run({QStringLiteral("review"), QStringLiteral("set"), review, QStringLiteral("s23-gov-t1"),
         QStringLiteral("--finding"), QStringLiteral("not-met"), QStringLiteral("--grade"),
         QStringLiteral("minor-non-conformity"), QStringLiteral("--comment"),
         QStringLiteral("Minutes do not show who decides."), QStringLiteral("--action"),
         QStringLiteral("Name the accountable lead in the minutes"), QStringLiteral("--due"),
         QStringLiteral("2027-03-01")});
    run({QStringLiteral("review"), QStringLiteral("recommend"), review,
         QStringLiteral("defer-with-actions")});
    run({QStringLiteral("review"), QStringLiteral("respond"), review, QStringLiteral("--out"),
         response, QStringLiteral("--key"), assessorKey});
    run({QStringLiteral("response"), QStringLiteral("import"), response, QStringLiteral("-w"), ws});

    MainWindow window;
    REQUIRE(window.openWorkspace(ws));
    QCoreApplication::processEvents();
    auto *banner = window.dashboard()->findChild<QLabel *>(QStringLiteral("assessorResponse"));
    REQUIRE(banner);
    CHECK_FALSE(banner->isHidden());
    CHECK(banner->text().contains(QStringLiteral("Defer with actions")));
    guitest::triggerMenu(&window, QStringLiteral("View/Assessment"));
    window.navigator()->selectId(QStringLiteral("s23-gov-01"));
    auto *findings =
        window.criterionPage()->findChild<QLabel *>(QStringLiteral("assessorFindings"));
    REQUIRE(findings);
    CHECK_FALSE(findings->isHidden());
    CHECK(findings->text().contains(QStringLiteral("Minutes do not show who decides.")));
    // The service's own view beside the assessor's: on the criterion, in the navigator's
    // tooltip and, by domain, on the dashboard.
    CHECK(findings->text().contains(QStringLiteral("Your own view of standard S23-GOV-T1")));
    {
        QAbstractItemModel *model = window.navigator()->view()->model();
        const QModelIndexList found =
            model->match(model->index(0, 0), NavigatorModel::ItemIdRole,
                         QStringLiteral("s23-gov-01"), 1, Qt::MatchExactly | Qt::MatchRecursive);
        REQUIRE(found.size() == 1);
        CHECK(found.first()
                  .data(Qt::ToolTipRole)
                  .toString()
                  .contains(QStringLiteral("Assessor: Not met \u00b7 your view: ")));
    }
    auto *calibration = window.dashboard()->findChild<QLabel *>(QStringLiteral("calibration"));
    REQUIRE(calibration);
    CHECK_FALSE(calibration->isHidden());
    CHECK(calibration->text().contains(QStringLiteral("Your view against the assessor")));
    CHECK(calibration->text().contains(QStringLiteral("1 Governance and Finance")));
    // The required action concerns the whole standard, and shows on each of its criteria.
    bool assessorAction = false;
    for (const Action &a : *window.document()->workspace().actions()) {
        if (a.source == QLatin1String("assessor")) {
            assessorAction = true;
            CHECK(a.itemId == QStringLiteral("s23-gov-t1"));
        }
    }
    CHECK(assessorAction);
    auto *actionList =
        window.criterionPage()->findChild<QListWidget *>(QStringLiteral("criterionActions"));
    REQUIRE(actionList);
    QStringList shown;
    for (int i = 0; i < actionList->count(); ++i)
        shown << actionList->item(i)->text();
    INFO(shown.join(QLatin1Char('\n')).toStdString());
    CHECK(shown.filter(QStringLiteral("Name the accountable lead in the minutes"))
              .filter(QStringLiteral("whole standard"))
              .size() == 1);

    // File > Export: the readiness report carries the recommendation and the finding.
    const QString exported = dir.filePath(QStringLiteral("readiness.html"));
    bool written = false;
    guitest::whenDialogOpens([&](QWidget *w) {
        auto *dialog = qobject_cast<ExportDialog *>(w);
        REQUIRE(dialog);
        auto *format = dialog->findChildren<QComboBox *>().first();
        const int html = format->findText(QStringLiteral("HTML"), Qt::MatchContains);
        REQUIRE(html >= 0);
        format->setCurrentIndex(html);
        dialog->findChild<QLineEdit *>()->setText(exported);
        QTest::mouseClick(guitest::buttonWithText(dialog, QStringLiteral("Export")),
                          Qt::LeftButton);
        auto *open = guitest::buttonWithText(w, QStringLiteral("Open the file"));
        for (int i = 0; i < 500 && !open->isVisible(); ++i)
            QTest::qWait(20);
        written = open->isVisible();
        qobject_cast<QDialog *>(w)->reject();
    });
    guitest::triggerMenu(&window, QStringLiteral("File/Export"));
    REQUIRE(written);
    QFile report(exported);
    REQUIRE(report.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(report.readAll());
    CHECK(text.contains(QStringLiteral("The assessor's response")));
    CHECK(text.contains(QStringLiteral("Defer with actions (A. Assessor, response imported")));
    CHECK(text.contains(QStringLiteral("Minutes do not show who decides.")));
}

TEST_CASE("Check integrity from the Workspace menu reports an intact workspace")
{
    test::TempDir dir;
    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    MainWindow window;
    REQUIRE(window.createWorkspace(dir.filePath(QStringLiteral("check.seqohs")),
                                   QStringLiteral("Check OH"), false, StandardsLibrary::defaultId(),
                                   QDate()));
    guitest::triggerMenu(&window, QStringLiteral("Workspace/Check integrity"));
    CHECK(Prompts::recordedErrors().isEmpty());
    REQUIRE(Prompts::recordedInformation().size() == 1);
    CHECK(Prompts::recordedInformation().first().contains(QStringLiteral("intact")));
    Prompts::setRecordErrors(false);
}

TEST_CASE(
    "A damaged workspace opened through File > Open ends up open for reading only, saying why")
{
    test::TempDir dir;
    const QString ws = dir.filePath(QStringLiteral("damaged.seqohs"));
    REQUIRE(test::runCli({QStringLiteral("demo"), QStringLiteral("--out"), ws}).exitCode == 0);
    test::runSql(ws, {QStringLiteral("DROP TRIGGER audit_no_update"),
                      QStringLiteral("UPDATE audit SET who = 'someone else' WHERE seq = 7")});

    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    MainWindow window;
    window.show();
    Prompts::setNextFileNames({ws});
    guitest::triggerMenu(&window, QStringLiteral("File/Open"));
    // The check reads the whole trail on a thread of its own; the window stays responsive.
    for (int i = 0; i < 500 && Prompts::recordedErrors().isEmpty(); ++i)
        QTest::qWait(20);
    REQUIRE(window.document());
    CHECK(window.document()->workspace().isReadOnly());
    const QString errors = Prompts::recordedErrors().join(QLatin1Char(' '));
    INFO(errors.toStdString());
    CHECK(errors.contains(QStringLiteral("will not be changed")));
    CHECK(errors.contains(QStringLiteral("row 7 was edited")));
    CHECK(errors.contains(QStringLiteral("Workspace > Check integrity")));
    Prompts::setRecordErrors(false);
}

TEST_CASE("A sound workspace opened through File > Open stays open for changes")
{
    test::TempDir dir;
    const QString ws = dir.filePath(QStringLiteral("sound.seqohs"));
    REQUIRE(test::runCli({QStringLiteral("demo"), QStringLiteral("--out"), ws}).exitCode == 0);
    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    MainWindow window;
    window.show();
    Prompts::setNextFileNames({ws});
    guitest::triggerMenu(&window, QStringLiteral("File/Open"));
    QTest::qWait(300);
    REQUIRE(window.document());
    CHECK_FALSE(window.document()->workspace().isReadOnly());
    CHECK(Prompts::recordedErrors().isEmpty());
    Prompts::setRecordErrors(false);
}

TEST_CASE("A workspace of an earlier format opened through File > Open is upgraded and stays open "
          "for changes")
{
    // The check before changes reads the file on a connection of its own, while the upgrade may
    // still be in the write-ahead log: it must see the new format, not call the file damaged.
    test::TempDir dir;
    const QString ws = dir.filePath(QStringLiteral("earlier.seqohs"));
    {
        QFile fixture(test::dataPath(QStringLiteral("workspace/v2-pack-response.seqohs.qz")));
        REQUIRE(fixture.open(QIODevice::ReadOnly));
        QFile out(ws);
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(out.write(qUncompress(fixture.readAll())) > 0);
    }
    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    MainWindow window;
    window.show();
    Prompts::setNextFileNames({ws});
    guitest::triggerMenu(&window, QStringLiteral("File/Open"));
    for (int i = 0; i < 100 && Prompts::recordedErrors().isEmpty(); ++i)
        QTest::qWait(30);
    REQUIRE(window.document());
    INFO(Prompts::recordedErrors().join(QLatin1Char(' ')).toStdString());
    CHECK(Prompts::recordedErrors().isEmpty());
    CHECK_FALSE(window.document()->workspace().isReadOnly());
    // As a person checks it: Workspace > Check integrity says the upgraded file is intact.
    Prompts::clearRecordedErrors();
    guitest::triggerMenu(&window, QStringLiteral("Workspace/Check integrity"));
    CHECK(Prompts::recordedErrors().isEmpty());
    REQUIRE(Prompts::recordedInformation().size() == 1);
    CHECK(Prompts::recordedInformation().first().contains(QStringLiteral("intact")));
    Prompts::setRecordErrors(false);
}

TEST_CASE("Workspace > Save a snapshot saves today's figures under the name typed")
{
    test::TempDir dir;
    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    MainWindow window;
    window.show();
    REQUIRE(window.createWorkspace(dir.filePath(QStringLiteral("snap.seqohs")),
                                   QStringLiteral("Snap OH"), false, StandardsLibrary::defaultId(),
                                   QDate()));
    REQUIRE(window.document()->workspace().snapshots()->isEmpty());
    bool typed = false;
    guitest::whenDialogOpens([&](QWidget *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        auto *field = dialog->findChild<QLineEdit *>();
        if (input && field) {
            field->clear();
            QTest::keyClicks(field, QStringLiteral("Before the visit"));
            QTest::mouseClick(guitest::buttonWithText(dialog, QStringLiteral("OK")),
                              Qt::LeftButton);
            typed = true;
        } else {
            dialog->close();
        }
    });
    guitest::triggerMenu(&window, QStringLiteral("Workspace/Save a snapshot"));
    QCoreApplication::processEvents();
    CHECK(typed);
    CHECK(Prompts::recordedErrors().isEmpty());
    const auto snapshots = window.document()->workspace().snapshots();
    REQUIRE(snapshots.ok());
    REQUIRE(snapshots->size() == 1);
    CHECK(snapshots->first().name == QStringLiteral("Before the visit"));
    Prompts::setRecordErrors(false);
}

TEST_CASE("The evidence library's Remove button removes the selected evidence, and Edit > Undo "
          "brings it back")
{
    QStandardPaths::setTestModeEnabled(true); // the demo is written where tests may write
    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    MainWindow window;
    window.show();
    guitest::triggerMenu(&window, QStringLiteral("File/Open the demo workspace"));
    QCoreApplication::processEvents();
    REQUIRE(window.document());
    Workspace &ws = window.document()->workspace();
    const qsizetype before = ws.evidence()->size();
    REQUIRE(before > 0);

    guitest::triggerMenu(&window, QStringLiteral("View/Evidence"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("evidenceTable"));
    REQUIRE(table);
    table->setFocus();
    table->selectRow(0);
    QWidget *library = window.findChild<QWidget *>(QStringLiteral("evidenceLibrary"));
    REQUIRE(library);
    QWidget *remove = guitest::buttonWithText(library, QStringLiteral("Remove"));
    REQUIRE(remove);
    REQUIRE(remove->isEnabled());
    Prompts::setNextAnswer(QMessageBox::Yes); // "Remove this evidence item and its links?"
    QTest::mouseClick(remove, Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(ws.evidence()->size() == before - 1);

    guitest::triggerMenu(&window, QStringLiteral("Edit/Undo Remove evidence"));
    QCoreApplication::processEvents();
    CHECK(ws.evidence()->size() == before);
    CHECK(Prompts::recordedErrors().isEmpty());
    Prompts::setRecordErrors(false);
}
