#include "guitest.h"
#include "testsupport.h"

#include "catalogue/standardslibrary.h"
#include "dialogs/prompts.h"
#include "migration/migrationapplier.h"
#include "migration/migrationplanner.h"
#include "models/navigatorfilter.h"
#include "models/navigatormodel.h"
#include "models/workspacedocument.h"
#include "widgets/criterionpage.h"
#include "widgets/navigatorpane.h"
#include "widgets/reconfirmationpanel.h"
#include "windows/mainwindow.h"
#include "workspace/workspace.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <QWheelEvent>

#include <cmath>

using namespace seqohs;

namespace {

// A window as a person meets it at 1024 x 700, with a new workspace open on the assessment tab.
struct Session
{
    test::TempDir dir;
    MainWindow window;

    explicit Session(const QString &setId = StandardsLibrary::defaultId(), bool nhs = true)
    {
        Prompts::setRecordErrors(true);
        Prompts::clearRecordedErrors();
        window.resize(1024, 700);
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.createWorkspace(dir.filePath(QStringLiteral("page.seqohs")),
                                       QStringLiteral("Page OH"), nhs, setId, QDate(2027, 1, 15)));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        REQUIRE(tabs);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                          tabs->tabBar()->tabRect(MainWindow::AssessmentPage).center());
        REQUIRE(tabs->currentIndex() == int(MainWindow::AssessmentPage));
        settle();
    }
    ~Session() { Prompts::setRecordErrors(false); }

    static void settle()
    {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    }

    CriterionPage *page() const { return window.criterionPage(); }
    QUndoStack *stack() const { return window.document()->undoStack(); }
    Workspace &workspace() const { return window.document()->workspace(); }
    Assessment assessment() const { return *workspace().assessment(page()->itemId()); }
    template <typename T> T *child(const char *name) const
    {
        T *w = page()->findChild<T *>(QLatin1String(name));
        REQUIRE(w);
        return w;
    }

    // Clicks the navigator's row for an item, as a person picks a criterion.
    void clickItem(const QString &itemId)
    {
        NavigatorPane *nav = window.navigator();
        const QModelIndex proxy = nav->filter()->mapFromSource(nav->model()->indexForId(itemId));
        REQUIRE(proxy.isValid());
        nav->view()->scrollTo(proxy);
        const QRect rect = nav->view()->visualRect(proxy);
        REQUIRE(rect.isValid());
        QTest::mouseClick(nav->view()->viewport(), Qt::LeftButton, {}, rect.center());
        settle();
    }

    // Another criterion than the one shown (the next one in document order).
    QString otherItem() const
    {
        const QList<AssessableItem> items = workspace().standardsSet().assessables();
        for (int i = 0; i + 1 < items.size(); ++i) {
            if (items.at(i).id == page()->itemId())
                return items.at(i + 1).id;
        }
        return items.first().id;
    }
};

void wheel(QWidget *target, int notches)
{
    const QPoint at = target->rect().center();
    QWheelEvent event(at, target->mapToGlobal(at), QPoint(), QPoint(0, -120 * notches),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(target, &event);
}

double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Presses the platform's key for a standard action, as a person does.
void pressStandardKey(QWidget *target, QKeySequence::StandardKey key)
{
    const QList<QKeySequence> bindings = QKeySequence::keyBindings(key);
    REQUIRE_FALSE(bindings.isEmpty());
    const QKeyCombination combination = bindings.first()[0];
    QTest::keyClick(target, combination.key(), combination.keyboardModifiers());
}

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// Every control under root that a keyboard user can reach and that has no name to announce.
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(root))
            continue;
        if (accessibleName(w).isEmpty())
            unnamed << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') +
                           w->objectName();
    }
    return unnamed;
}

int leafCount(const QAbstractItemModel *model, const QModelIndex &parent,
              const std::function<void(const QModelIndex &)> &visit)
{
    int n = 0;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (NavigatorModel::NodeKind(i.data(NavigatorModel::NodeKindRole).toInt()) ==
            NavigatorModel::NodeKind::Item) {
            ++n;
            visit(i);
        }
        n += leafCount(model, i, visit);
    }
    return n;
}

} // namespace

TEST_CASE("The wheel over an unfocused box scrolls the page and changes nothing",
          "[criterion][wheel]")
{
    Session s;
    auto *result = s.child<QComboBox>("resultCombo");
    auto *status = s.child<QComboBox>("workflowCombo");
    CHECK(result->focusPolicy() == Qt::StrongFocus);
    CHECK(status->focusPolicy() == Qt::StrongFocus);
    s.window.navigator()->view()->setFocus(); // the pointer passes over while the tree has focus
    REQUIRE_FALSE(result->hasFocus());
    const Assessment before = s.assessment();
    const int steps = s.stack()->count();
    const int resultIndex = result->currentIndex();
    const int statusIndex = status->currentIndex();

    wheel(result, 1);
    wheel(status, 1);
    Session::settle();
    CHECK(result->currentIndex() == resultIndex);
    CHECK(status->currentIndex() == statusIndex);
    CHECK(s.assessment() == before);
    CHECK(s.stack()->count() == steps);

    // Given the focus on purpose (Alt+R, the label's mnemonic), one turn is one change and one
    // undo step.
    QTest::keyClick(&s.window, Qt::Key_R, Qt::AltModifier);
    REQUIRE(result->hasFocus());
    wheel(result, 1);
    Session::settle();
    CHECK(result->currentIndex() == resultIndex + 1);
    CHECK(s.assessment().result == AssessmentResult(result->currentData().toInt()));
    CHECK(s.stack()->count() == steps + 1);
}

TEST_CASE("Each criterion opens at the top of its page", "[criterion][scroll]")
{
    Session s;
    auto *scroll = s.child<QScrollArea>("criterionScroll");
    // A short window, so that the page has somewhere to scroll to.
    s.window.resize(1024, 500);
    Session::settle();
    REQUIRE(scroll->verticalScrollBar()->maximum() > 0);
    wheel(scroll->viewport(), 3);
    Session::settle();
    REQUIRE(scroll->verticalScrollBar()->value() > 0);

    const QString next = s.otherItem();
    s.clickItem(next);
    REQUIRE(s.page()->itemId() == next);
    CHECK(scroll->verticalScrollBar()->value() == 0);
    CHECK(scroll->horizontalScrollBar()->value() == 0);
}

TEST_CASE("Not applicable without a justification is not dropped silently", "[criterion][na]")
{
    Session s;
    const QString first = s.page()->itemId();
    auto *result = s.child<QComboBox>("resultCombo");
    auto *needed = s.child<QLabel>("justificationNeeded");
    auto *justification = s.child<QLineEdit>("justificationEdit");
    CHECK_FALSE(needed->isVisible());
    const int steps = s.stack()->count();

    // Choose "Not applicable" with the keyboard: the page says what it needs.
    QTest::keyClick(&s.window, Qt::Key_R, Qt::AltModifier);
    QTest::keyClick(result, Qt::Key_End);
    Session::settle();
    REQUIRE(result->currentData().toInt() == int(AssessmentResult::NotApplicable));
    CHECK(needed->isVisible());
    CHECK(needed->text().contains(QStringLiteral("not saved")));
    CHECK(justification->hasFocus());
    CHECK(s.assessment().result == AssessmentResult::NotAssessed);

    // Moving on asks; Cancel keeps the page, the choice and the navigator on this criterion.
    const QString next = s.otherItem();
    Prompts::setNextAnswer(QMessageBox::Cancel);
    s.clickItem(next);
    CHECK(s.page()->itemId() == first);
    CHECK(s.window.navigator()->currentItemId() == first);
    {
        NavigatorPane *nav = s.window.navigator();
        const QModelIndexList selected = nav->view()->selectionModel()->selectedRows();
        REQUIRE(selected.size() == 1);
        CHECK(selected.first().data(NavigatorModel::ItemIdRole).toString() == first);
    }
    CHECK(result->currentData().toInt() == int(AssessmentResult::NotApplicable));
    CHECK(needed->isVisible());
    CHECK(s.stack()->count() == steps);
    const QString shots = qEnvironmentVariable("SEQOHS_TEST_SCREENSHOTS");
    if (!shots.isEmpty())
        s.window.grab().save(QDir(shots).filePath(QStringLiteral("na-pending.png")));

    // With a justification it is saved, as one step.
    QTest::mouseClick(justification, Qt::LeftButton);
    QTest::keyClicks(justification, QStringLiteral("No clinics on site"));
    QTest::keyClick(justification, Qt::Key_Return);
    Session::settle();
    CHECK(s.assessment().result == AssessmentResult::NotApplicable);
    CHECK(s.assessment().justification == QStringLiteral("No clinics on site"));
    CHECK(s.stack()->count() == steps + 1);
    CHECK_FALSE(needed->isVisible());

    // Choosing it again on the next criterion and leaving with Discard leaves that one as it was.
    s.clickItem(next);
    REQUIRE(s.page()->itemId() == next);
    QTest::keyClick(&s.window, Qt::Key_R, Qt::AltModifier);
    QTest::keyClick(result, Qt::Key_End);
    Session::settle();
    Prompts::setNextAnswer(QMessageBox::Discard);
    s.clickItem(first);
    CHECK(s.page()->itemId() == first);
    CHECK(s.workspace().assessment(next)->result == AssessmentResult::NotAssessed);
    CHECK(s.stack()->count() == steps + 1);
}

TEST_CASE("Narrative typing undoes in steps with Ctrl+Z", "[criterion][undo]")
{
    Session s;
    auto *narrative = s.child<QPlainTextEdit>("narrativeEdit");
    const int steps = s.stack()->count();

    QTest::mouseClick(narrative->viewport(), Qt::LeftButton);
    REQUIRE(narrative->hasFocus());
    REQUIRE_FALSE(s.stack()->canUndo());

    // Ctrl+Z straight after the first typing, before any pause, takes it back.
    QTest::keyClicks(narrative, QStringLiteral("Draft"));
    pressStandardKey(narrative, QKeySequence::Undo);
    Session::settle();
    CHECK(narrative->toPlainText().isEmpty());
    CHECK(s.assessment().narrative.isEmpty());
    CHECK(s.stack()->index() == steps);
    const int afterDraft = s.stack()->count();

    QTest::keyClicks(narrative, QStringLiteral("Policy reviewed yearly."));
    QTest::keyClick(narrative, Qt::Key_Tab); // leaving the field ends a step
    Session::settle();
    CHECK(s.assessment().narrative == QStringLiteral("Policy reviewed yearly."));
    CHECK(afterDraft == steps + 1);
    CHECK(s.stack()->count() == steps + 1); // the undone draft made way for it

    QTest::mouseClick(narrative->viewport(), Qt::LeftButton);
    QTest::keyClick(narrative, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(narrative, QStringLiteral(" Minutes kept."));
    pressStandardKey(narrative, QKeySequence::Undo);
    Session::settle();
    CHECK(narrative->toPlainText() == QStringLiteral("Policy reviewed yearly."));
    CHECK(s.assessment().narrative == QStringLiteral("Policy reviewed yearly."));

    // The second Ctrl+Z goes to the step before.
    pressStandardKey(narrative, QKeySequence::Undo);
    Session::settle();
    CHECK(narrative->toPlainText().isEmpty());
    CHECK(s.assessment().narrative.isEmpty());
    CHECK(s.stack()->index() == steps);

    // And redo brings both back, one at a time.
    pressStandardKey(narrative, QKeySequence::Redo);
    Session::settle();
    CHECK(s.assessment().narrative == QStringLiteral("Policy reviewed yearly."));
    pressStandardKey(narrative, QKeySequence::Redo);
    Session::settle();
    CHECK(s.assessment().narrative == QStringLiteral("Policy reviewed yearly. Minutes kept."));
    CHECK(narrative->toPlainText() == QStringLiteral("Policy reviewed yearly. Minutes kept."));
}

TEST_CASE("A pause in the middle of a word does not end a step of typing", "[criterion][undo]")
{
    Session s;
    auto *narrative = s.child<QPlainTextEdit>("narrativeEdit");
    QSignalSpy saved(&s.workspace(), &Workspace::assessmentChanged);
    const int steps = s.stack()->count();
    QTest::mouseClick(narrative->viewport(), Qt::LeftButton);

    // Each pause saves what was typed (nothing waits for the user to leave the field).
    QTest::keyClicks(narrative, QStringLiteral("Poli"));
    REQUIRE(saved.wait(5000));
    CHECK(s.assessment().narrative == QStringLiteral("Poli"));
    CHECK(s.stack()->count() == steps + 1);
    QTest::keyClicks(narrative, QStringLiteral("cy agreed. "));
    REQUIRE(saved.wait(5000));
    CHECK(s.assessment().narrative == QStringLiteral("Policy agreed. "));
    CHECK(s.stack()->count() == steps + 1); // the same word went on: the same step
    QTest::keyClicks(narrative, QStringLiteral("Minutes"));
    REQUIRE(saved.wait(5000));
    CHECK(s.stack()->count() == steps + 2); // the pause came after a word: a new step

    pressStandardKey(narrative, QKeySequence::Undo);
    Session::settle();
    CHECK(s.assessment().narrative == QStringLiteral("Policy agreed. "));
    pressStandardKey(narrative, QKeySequence::Undo);
    Session::settle();
    CHECK(s.assessment().narrative.isEmpty());
    CHECK(narrative->toPlainText().isEmpty());
}

TEST_CASE("Tab moves on from the narrative and from an action's text", "[criterion][tab]")
{
    Session s;
    auto *narrative = s.child<QPlainTextEdit>("narrativeEdit");
    QTest::mouseClick(narrative->viewport(), Qt::LeftButton);
    QTest::keyClicks(narrative, QStringLiteral("abc"));
    QTest::keyClick(narrative, Qt::Key_Tab);
    Session::settle();
    CHECK(narrative->toPlainText() == QStringLiteral("abc"));
    CHECK_FALSE(narrative->hasFocus());

    bool checked = false;
    bool standardsListed = false;
    const QString shownItem = s.window.navigator()->currentItemId();
    const Standard firstStandard =
        s.window.document()->workspace().standardsSet().domains.first().standards.first();
    guitest::whenDialogOpens([&](QWidget *dialog) {
        // What the action is for: the criterion on screen, chosen from every standard (as a
        // whole) and its criteria.
        if (auto *item = dialog->findChild<QComboBox *>()) {
            const int standard = item->findData(firstStandard.id);
            standardsListed = item->currentData().toString() == shownItem && standard >= 0 &&
                              item->itemText(standard).contains(QStringLiteral("whole standard")) &&
                              item->findData(firstStandard.criteria.first().id) == standard + 1;
        }
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("actionText"));
        if (text) {
            QTest::mouseClick(text->viewport(), Qt::LeftButton);
            QTest::keyClicks(text, QStringLiteral("Call"));
            QTest::keyClick(text, Qt::Key_Tab);
            checked = text->toPlainText() == QStringLiteral("Call") && !text->hasFocus();
        }
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QWidget *add = guitest::buttonWithText(s.page(), QStringLiteral("Add action\u2026"));
    REQUIRE(add);
    QTest::mouseClick(add, Qt::LeftButton);
    CHECK(checked);
    CHECK(standardsListed);
}

TEST_CASE("Criteria that block readiness are marked and can be listed alone",
          "[criterion][blockers]")
{
    Session s;
    QSet<QString> blockers;
    for (const ReadinessCheck &c : s.window.document()->readiness().checks) {
        if (c.severity == ReadinessCheck::Severity::Blocker && !c.itemId.isEmpty())
            blockers.insert(c.itemId);
    }
    REQUIRE_FALSE(blockers.isEmpty());

    auto *filter = s.window.navigator()->findChild<QCheckBox *>(QStringLiteral("blockersFilter"));
    REQUIRE(filter);
    CHECK(filter->text().contains(QString::number(blockers.size())));
    QTest::mouseClick(filter, Qt::LeftButton, {}, QPoint(8, filter->height() / 2));
    REQUIRE(filter->isChecked());
    const QAbstractItemModel *proxy = s.window.navigator()->filter();
    QSet<QString> listed;
    const int leaves = leafCount(proxy, {}, [&](const QModelIndex &i) {
        listed.insert(i.data(NavigatorModel::ItemIdRole).toString());
        const QModelIndex status = i.siblingAtColumn(NavigatorModel::StatusColumn);
        CHECK(status.data().toString() == QStringLiteral("Blocks readiness"));
        CHECK_FALSE(status.data(Qt::DecorationRole).value<QIcon>().isNull());
        CHECK(i.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Blocks readiness")));
        CHECK(
            i.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("blocks readiness")));
    });
    CHECK(leaves == blockers.size());
    CHECK(listed == blockers);

    // The page of a blocker says so and why; another criterion's does not.
    s.clickItem(*blockers.begin());
    auto *banner = s.child<QLabel>("blockerBanner");
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("blocks readiness")));
    CHECK(banner->text().contains(QStringLiteral("must criterion")));
    const QString shots = qEnvironmentVariable("SEQOHS_TEST_SCREENSHOTS");
    if (!shots.isEmpty())
        s.window.grab().save(QDir(shots).filePath(QStringLiteral("blockers.png")));
    QTest::mouseClick(filter, Qt::LeftButton, {}, QPoint(8, filter->height() / 2));
    REQUIRE_FALSE(filter->isChecked());
    for (const AssessableItem &item : s.workspace().standardsSet().assessables()) {
        if (!blockers.contains(item.id)) {
            s.clickItem(item.id);
            break;
        }
    }
    REQUIRE_FALSE(blockers.contains(s.page()->itemId()));
    CHECK_FALSE(banner->isVisible());
}

TEST_CASE("The criterion page fits beside the navigator at 1024 pixels", "[criterion][layout]")
{
    Session s;
    REQUIRE(s.window.width() == 1024);
    auto *scroll = s.child<QScrollArea>("criterionScroll");
    auto *status = s.child<QComboBox>("workflowCombo");
    REQUIRE(s.window.navigator()->isVisible());
    REQUIRE(scroll->isVisible());
    CHECK(scroll->horizontalScrollBar()->maximum() == 0);
    const QRect inViewport(status->mapTo(scroll->viewport(), QPoint(0, 0)), status->size());
    CHECK(inViewport.left() >= 0);
    CHECK(inViewport.right() < scroll->viewport()->width());
    CHECK(status->width() >= status->minimumSizeHint().width());
    const QString shots = qEnvironmentVariable("SEQOHS_TEST_SCREENSHOTS");
    if (!shots.isEmpty()) {
        s.window.grab().save(QDir(shots).filePath(QStringLiteral("criterion-1024.png")));
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        s.window.grab().save(QDir(shots).filePath(QStringLiteral("criterion-1024-end.png")));
    }
}

TEST_CASE("Every control can be named by a screen reader and grey text is readable",
          "[criterion][a11y]")
{
    Session s(StandardsLibrary::defaultId(), false);
    CHECK(unnamedControls(s.page()) == QStringList());
    CHECK(unnamedControls(s.window.navigator()) == QStringList());
    ReconfirmationPanel panel;
    panel.show();
    CHECK(unnamedControls(&panel) == QStringList());

    const QColor background = s.page()->palette().color(QPalette::Window);
    for (const char *name : {"criterionBreadcrumb", "dropHint", "justificationNeeded"}) {
        auto *label = s.child<QLabel>(name);
        INFO(name);
        const QColor fg = QString::fromLatin1(name) == QLatin1String("justificationNeeded")
                              ? QColor(0x8f, 0x24, 0x19)
                              : label->palette().color(QPalette::WindowText);
        CHECK(contrast(fg, background) >= 4.5);
    }
    // Criteria that do not apply to this service are shown quieter, still readable.
    const NavigatorModel *model = s.window.navigator()->model();
    const QPalette viewPalette = s.window.navigator()->view()->palette();
    int quiet = 0;
    leafCount(model, {}, [&](const QModelIndex &i) {
        const QVariant fg = i.data(Qt::ForegroundRole);
        if (!fg.isValid())
            return;
        ++quiet;
        CHECK(contrast(fg.value<QColor>(), viewPalette.color(QPalette::Base)) >= 4.5);
        CHECK(contrast(fg.value<QColor>(), viewPalette.color(QPalette::AlternateBase)) >= 4.5);
    });
    // The 13 NHS criteria and the physiotherapy one, S23-RES-04.
    CHECK(quiet == 14);
}

TEST_CASE("Empty states say what to do", "[criterion][empty]")
{
    Session s;
    NavigatorPane *nav = s.window.navigator();
    auto *search = nav->findChild<QLineEdit *>(QStringLiteral("navigatorSearch"));
    auto *empty = nav->findChild<QWidget *>(QStringLiteral("navigatorEmpty"));
    REQUIRE(search);
    REQUIRE(empty);
    CHECK_FALSE(empty->isVisible());
    QTest::mouseClick(search, Qt::LeftButton);
    QTest::keyClicks(search, QStringLiteral("no such criterion anywhere"));
    Session::settle();
    CHECK(empty->isVisible());
    CHECK_FALSE(nav->view()->isVisible());
    auto *text = empty->findChild<QLabel *>(QStringLiteral("navigatorEmptyText"));
    REQUIRE(text);
    CHECK(text->text().contains(QStringLiteral("No criteria match")));
    const QString shots = qEnvironmentVariable("SEQOHS_TEST_SCREENSHOTS");
    if (!shots.isEmpty())
        s.window.grab().save(QDir(shots).filePath(QStringLiteral("empty.png")));
    QWidget *clear = guitest::buttonWithText(empty, QStringLiteral("Clear search and filters"));
    REQUIRE(clear);
    QTest::mouseClick(clear, Qt::LeftButton);
    Session::settle();
    CHECK(search->text().isEmpty());
    CHECK(nav->view()->isVisible());
    CHECK_FALSE(empty->isVisible());

    CriterionPage page;
    page.setDocument(s.window.document());
    page.show();
    auto *placeholder = page.findChild<QLabel *>(QStringLiteral("criterionPlaceholder"));
    REQUIRE(placeholder);
    CHECK(placeholder->isVisible());
    CHECK(placeholder->text().contains(QStringLiteral("Choose a criterion")));
}

TEST_CASE("Confirming a carried item can be undone and redone", "[criterion][reconfirm]")
{
    Session s(QStringLiteral("seqohs-2015-summary"));
    Workspace &ws = s.workspace();
    for (const AssessableItem &item : ws.standardsSet().assessables()) {
        Assessment a = *ws.assessment(item.id);
        a.result = AssessmentResult::Met;
        REQUIRE(ws.setAssessment(a).ok());
    }
    const Expected<StandardsSet> target = StandardsLibrary::bundled(StandardsLibrary::defaultId());
    REQUIRE(target.ok());
    const Expected<Crosswalk> crosswalk =
        StandardsLibrary::bundledCrosswalk(QStringLiteral("seqohs-2015-summary"), target->id);
    REQUIRE(crosswalk.ok());
    const Expected<MigrationPlan> plan = MigrationPlanner::plan(ws, *target, *crosswalk);
    REQUIRE(plan.ok());
    REQUIRE(MigrationApplier::apply(ws, *plan).ok());
    Session::settle();
    // With the re-confirmation filter shown too, the page still fits beside the navigator.
    s.window.navigator()->showReconfirmationQueue(true);
    Session::settle();
    CHECK(s.page()
              ->findChild<QScrollArea *>(QStringLiteral("criterionScroll"))
              ->horizontalScrollBar()
              ->maximum() == 0);
    const QString shots = qEnvironmentVariable("SEQOHS_TEST_SCREENSHOTS");
    if (!shots.isEmpty())
        s.window.grab().save(QDir(shots).filePath(QStringLiteral("reconfirm-queue.png")));

    ReconfirmationPanel *panel = s.window.reconfirmation();
    auto *tabs = s.window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                      tabs->tabBar()->tabRect(MainWindow::ReconfirmPage).center());
    REQUIRE(panel->isVisible());
    const int queued = panel->count();
    // Every criterion the bundled crosswalk reaches by a subset or intersect mapping.
    REQUIRE(queued == 11);
    const QString id = panel->currentItemId();
    REQUIRE_FALSE(id.isEmpty());
    const Reconfirmation flag = **ws.reconfirmation(id);
    const Assessment before = *ws.assessment(id);
    REQUIRE(s.stack()->count() == 0);

    QWidget *confirm = guitest::buttonWithText(panel, QStringLiteral("Confirm"));
    REQUIRE(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);
    Session::settle();
    CHECK_FALSE(ws.reconfirmation(id)->has_value());
    CHECK(panel->count() == queued - 1);
    CHECK(s.stack()->count() == 1);

    pressStandardKey(&s.window, QKeySequence::Undo);
    Session::settle();
    REQUIRE(ws.reconfirmation(id)->has_value());
    CHECK(ws.reconfirmation(id).value()->reason == flag.reason);
    CHECK(ws.reconfirmation(id).value()->sources == flag.sources);
    // The result and the words come back; the review time records the undo.
    const Assessment undone = *ws.assessment(id);
    CHECK(undone.result == before.result);
    CHECK(undone.workflow == before.workflow);
    CHECK(undone.narrative == before.narrative);
    CHECK(undone.justification == before.justification);
    CHECK(panel->count() == queued);

    pressStandardKey(&s.window, QKeySequence::Redo);
    Session::settle();
    CHECK_FALSE(ws.reconfirmation(id)->has_value());
    CHECK(panel->count() == queued - 1);

    // Recording another result is one undo step too.
    const QString next = panel->currentItemId();
    REQUIRE_FALSE(next.isEmpty());
    REQUIRE(next != id);
    const Assessment nextBefore = *ws.assessment(next);
    auto *result = panel->findChildren<QComboBox *>().value(0);
    REQUIRE(result);
    const auto chosen = AssessmentResult(result->currentData().toInt());
    QWidget *change = guitest::buttonWithText(panel, QStringLiteral("Change result"));
    REQUIRE(change);
    QTest::mouseClick(change, Qt::LeftButton);
    Session::settle();
    CHECK_FALSE(ws.reconfirmation(next)->has_value());
    CHECK(ws.assessment(next)->result == chosen);
    CHECK(s.stack()->count() == 2);
    pressStandardKey(&s.window, QKeySequence::Undo);
    Session::settle();
    CHECK(ws.reconfirmation(next)->has_value());
    CHECK(ws.assessment(next)->result == nextBefore.result);
    CHECK(panel->count() == queued - 1);
    CHECK(Prompts::recordedErrors().isEmpty());
}
