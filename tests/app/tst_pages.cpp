#include "testsupport.h"

#include "catalogue/standardslibrary.h"
#include "chartfactory.h"
#include "dialogs/prompts.h"
#include "guitest.h"
#include "models/actionmodel.h"
#include "models/evidencemodel.h"
#include "models/workspacedocument.h"
#include "widgets/actionplanpage.h"
#include "widgets/criterionpage.h"
#include "widgets/dashboardwidget.h"
#include "widgets/evidencelibrarypage.h"
#include "widgets/navigatorpane.h"
#include "widgets/palettes.h"
#include "widgets/statusicons.h"
#include "windows/evidencepreviewwindow.h"
#include "windows/mainwindow.h"
#include "workspace/demoworkspace.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QListWidget>
#include <QPainter>
#include <QPdfView>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPolarChart>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QValueAxis>

#include <cmath>
#include <memory>

using namespace seqohs;

namespace {

struct Fixture
{
    int evidence = 0;
    int actions = 0;
    int doneActions = 0;
};

// A workspace on the bundled standards set with `evidence` statements linked to the first
// criterion and `actions` open actions (the first `doneActions` of them done), each titled with
// the workspace's name so rows can be told apart. The workspace is closed again before return.
QString makeWorkspace(const test::TempDir &dir, const QString &name, const Fixture &f)
{
    const Expected<StandardsSet> set = StandardsLibrary::bundled(StandardsLibrary::defaultId());
    REQUIRE(set.ok());
    ServiceProfile profile;
    profile.name = name;
    profile.plannedAssessment = QDate::currentDate().addMonths(3);
    QString path = dir.filePath(name + QStringLiteral(".seqohs"));
    Expected<std::unique_ptr<Workspace>> ws = Workspace::create(path, profile, *set);
    REQUIRE(ws.ok());
    const QString criterion = set->assessables().first().id;
    for (int i = 0; i < f.evidence; ++i) {
        EvidenceItem meta;
        meta.kind = EvidenceItem::Kind::Statement;
        meta.title = QStringLiteral("%1 evidence %2").arg(name).arg(i + 1);
        REQUIRE((*ws)
                    ->addEvidenceStatement(QStringLiteral("We do it."), meta,
                                           {EvidenceLink{0, criterion, {}}})
                    .ok());
    }
    for (int i = 0; i < f.actions; ++i) {
        Action a;
        a.text = QStringLiteral("%1 action %2").arg(name).arg(i + 1);
        a.itemId = criterion;
        a.owner = QStringLiteral("Lead nurse");
        a.due = QDate::currentDate().addDays(30 + i);
        if (i < f.doneActions) {
            a.status = Action::Status::Done;
            a.completed = QDate::currentDate();
        }
        REQUIRE((*ws)->addAction(a).ok());
    }
    return path;
}

std::unique_ptr<WorkspaceDocument> openDocument(const QString &path)
{
    Expected<std::unique_ptr<Workspace>> ws = Workspace::open(path);
    REQUIRE(ws.ok());
    return std::make_unique<WorkspaceDocument>(std::move(ws).value());
}

// The texts in a column of a view, as shown.
QStringList columnTexts(QTableView *view, int column = 0)
{
    QStringList out;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        out << view->model()->index(r, column).data().toString();
    out.sort();
    return out;
}

QStringList expected(const QString &name, const QString &what, int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QStringLiteral("%1 %2 %3").arg(name, what).arg(i + 1);
    out.sort();
    return out;
}

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

void clickRow(QTableView *view, int row)
{
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    REQUIRE(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

QAction *actionWithText(QWidget *widget, const QString &text)
{
    for (QAction *a : widget->actions()) {
        if (!a->isSeparator() && guitest::plainText(a->text()) == guitest::plainText(text))
            return a;
    }
    return nullptr;
}

bool isEnabledButton(QWidget *root, const QString &text)
{
    QWidget *b = guitest::buttonWithText(root, text);
    REQUIRE(b);
    return b->isEnabled();
}

// Shows a page in a window of its own, active so its shortcuts work.
void showActive(QWidget *page, QSize size = QSize(1024, 700))
{
    page->resize(size);
    page->show();
    QApplication::setActiveWindow(page);
    REQUIRE(QTest::qWaitForWindowExposed(page));
    settle();
}

// With SEQOHS_SCREENSHOTS set to a folder, saves what a widget shows there, to be looked at.
void saveShot(QWidget *widget, const QString &name)
{
    if (const QString out = qEnvironmentVariable("SEQOHS_SCREENSHOTS"); !out.isEmpty())
        widget->grab().save(QDir(out).filePath(name + QStringLiteral(".png")));
}

QList<QChart *> dashboardCharts(DashboardWidget *dashboard)
{
    QList<QChart *> out;
    for (const char *name :
         {"domainBarsChart", "domainRadarChart", "overTimeChart", "expiryChart"}) {
        auto *view = dashboard->findChild<QChartView *>(QString::fromLatin1(name));
        REQUIRE(view);
        REQUIRE(view->chart());
        out << view->chart();
    }
    return out;
}

QChart *dashboardChart(DashboardWidget *dashboard, const char *name)
{
    auto *view = dashboard->findChild<QChartView *>(QString::fromLatin1(name));
    REQUIRE(view);
    return view->chart();
}

// The labels of each axis that would not be drawn whole at the size the chart has now.
// Qt Charts says so itself when truncation is on, except for bars along the bottom: there it
// allows each label a thirteenth of the width for twelve bars, so those are measured against
// the bar's own slot.
QStringList cutAxes(QChart *chart, const std::function<void()> &layOut)
{
    for (QAbstractAxis *axis : chart->axes())
        axis->setTruncateLabels(true);
    layOut();
    QStringList cut;
    for (QAbstractAxis *axis : chart->axes()) {
        auto *bars = qobject_cast<QBarCategoryAxis *>(axis);
        if (bars && axis->orientation() == Qt::Horizontal) {
            const qreal slot = chart->plotArea().width() / qreal(bars->count());
            const QFontMetricsF metrics(axis->labelsFont());
            for (const QString &label : bars->categories()) {
                if (metrics.horizontalAdvance(label) > slot - 4.0)
                    cut << chart->title() + QStringLiteral(": ") + label;
            }
        } else if (axis->labelsTruncated()) {
            cut << chart->title() + QStringLiteral(": ") +
                       QString::fromLatin1(axis->metaObject()->className());
        }
        axis->setTruncateLabels(false);
    }
    layOut();
    return cut;
}

// Where a polar point lies on screen, up to scale: the angle in degrees clockwise from the top.
QPointF polarPosition(const QPointF &p)
{
    const double a = qDegreesToRadians(p.x());
    return {p.y() * std::sin(a), p.y() * std::cos(a)};
}

} // namespace

TEST_CASE("Pages show the rows of each workspace opened in turn, and survive reopening")
{
    test::TempDir dir;
    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    const QString a = makeWorkspace(dir, QStringLiteral("Alpha"), {2, 1, 0});
    const QString b = makeWorkspace(dir, QStringLiteral("Bravo"), {0, 3, 0});
    const QString c = makeWorkspace(dir, QStringLiteral("Charlie"), {5, 0, 0});

    MainWindow window;
    window.resize(1024, 700);
    window.show();
    auto check = [&](const QString &name, const Fixture &f) {
        INFO(name.toStdString());
        settle();
        EvidenceLibraryPage *library = window.evidenceLibrary();
        ActionPlanPage *plan = window.actionPlan();
        CHECK(library->visibleRows() == f.evidence);
        CHECK(library->countText() ==
              QStringLiteral("%1 of %1 evidence item(s) shown").arg(f.evidence));
        CHECK(columnTexts(library->view(), EvidenceModel::TitleColumn) ==
              expected(name, QStringLiteral("evidence"), f.evidence));
        CHECK(library->emptyStateText().isEmpty() == (f.evidence > 0));
        CHECK(plan->visibleRows() == f.actions);
        CHECK(columnTexts(plan->view(), ActionModel::TextColumn) ==
              expected(name, QStringLiteral("action"), f.actions));
        CHECK(plan->emptyStateText().isEmpty() == (f.actions > 0));
        CHECK(plan->summaryText().startsWith(QStringLiteral("%1 action(s)").arg(f.actions)));
        CHECK(window.dashboard()->verdictText() ==
              verdictDisplayName(window.document()->readiness().verdict));
    };

    REQUIRE(window.openWorkspace(a));
    check(QStringLiteral("Alpha"), {2, 1, 0});
    // A selection made in one workspace must not follow the views into the next.
    guitest::triggerMenu(&window, QStringLiteral("View/Evidence"));
    settle();
    clickRow(window.evidenceLibrary()->view(), 1);
    CHECK(window.evidenceLibrary()->selectedIds().size() == 1);

    REQUIRE(window.openWorkspace(b));
    check(QStringLiteral("Bravo"), {0, 3, 0});
    CHECK(window.evidenceLibrary()->selectedIds().isEmpty());
    REQUIRE(window.openWorkspace(c));
    check(QStringLiteral("Charlie"), {5, 0, 0});
    guitest::triggerMenu(&window, QStringLiteral("View/Action plan"));
    settle();
    saveShot(&window, QStringLiteral("main-actions-empty"));
    guitest::triggerMenu(&window, QStringLiteral("View/Dashboard"));
    settle();
    saveShot(&window, QStringLiteral("main-dashboard"));
    guitest::triggerMenu(&window, QStringLiteral("File/Close workspace"));
    settle();
    CHECK(window.evidenceLibrary()->visibleRows() == 0);
    CHECK(window.actionPlan()->visibleRows() == 0);
    REQUIRE(window.openWorkspace(a));
    check(QStringLiteral("Alpha"), {2, 1, 0});

    // A change in the reopened workspace reaches its pages once, not once per earlier opening.
    Action extra;
    extra.text = QStringLiteral("Alpha action 2");
    REQUIRE(window.document()->workspace().addAction(extra).ok());
    settle();
    check(QStringLiteral("Alpha"), {2, 2, 0});
    CHECK(Prompts::recordedErrors().isEmpty());
    Prompts::setRecordErrors(false);
}

TEST_CASE("Evidence row buttons act only on a selection; Delete and the context menu remove")
{
    test::TempDir dir;
    EvidenceLibraryPage page;
    std::unique_ptr<WorkspaceDocument> doc =
        openDocument(makeWorkspace(dir, QStringLiteral("Lib"), {3, 0, 0}));
    page.setDocument(doc.get());
    showActive(&page);
    QTableView *view = page.view();
    REQUIRE(view->model()->rowCount() == 3);

    for (const QString &text : {QStringLiteral("Edit\u2026"), QStringLiteral("Open"),
                                QStringLiteral("Save a copy\u2026"), QStringLiteral("Remove")})
        CHECK_FALSE(isEnabledButton(&page, text));
    CHECK(isEnabledButton(&page, QStringLiteral("Add files\u2026")));

    clickRow(view, 0);
    const qint64 first =
        view->model()->index(0, 0).data(EvidenceModel::EvidenceIdRole).toLongLong();
    REQUIRE(page.selectedIds() == QList<qint64>{first});
    saveShot(&page, QStringLiteral("library-selected"));
    CHECK(isEnabledButton(&page, QStringLiteral("Edit\u2026")));
    CHECK(isEnabledButton(&page, QStringLiteral("Open")));
    CHECK(isEnabledButton(&page, QStringLiteral("Remove")));
    // Statements have no file to save.
    CHECK_FALSE(isEnabledButton(&page, QStringLiteral("Save a copy\u2026")));

    QSignalSpy edit(&page, &EvidenceLibraryPage::editRequested);
    QTest::mouseClick(guitest::buttonWithText(&page, QStringLiteral("Edit")), Qt::LeftButton);
    REQUIRE(edit.count() == 1);
    CHECK(edit.at(0).at(0).toLongLong() == first);

    // Delete removes what is selected, through the same request the Remove button makes, even
    // when the window has a Delete shortcut of its own.
    QAction windowDelete(QStringLiteral("Window delete"));
    windowDelete.setShortcut(QKeySequence::Delete);
    page.addAction(&windowDelete);
    QSignalSpy windowDeleted(&windowDelete, &QAction::triggered);
    QSignalSpy remove(&page, &EvidenceLibraryPage::removeRequested);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    CHECK(windowDeleted.count() == 0);
    REQUIRE(remove.count() == 1);
    CHECK(remove.at(0).at(0).value<QList<qint64>>() == QList<qint64>{first});
    // Several rows at once.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      view->visualRect(view->model()->index(2, 0)).center());
    REQUIRE(page.selectedIds().size() == 3);
    QTest::keyClick(view, Qt::Key_Delete);
    REQUIRE(remove.count() == 2);
    CHECK(remove.at(1).at(0).value<QList<qint64>>().size() == 3);

    // The context menu offers the row actions.
    CHECK(view->contextMenuPolicy() == Qt::ActionsContextMenu);
    for (const QString &text :
         {QStringLiteral("Open"), QStringLiteral("Edit\u2026"), QStringLiteral("Save a copy\u2026"),
          QStringLiteral("Show where used"), QStringLiteral("Go to criterion"),
          QStringLiteral("Remove")}) {
        INFO(text.toStdString());
        CHECK(actionWithText(view, text));
    }
    clickRow(view, 1);
    const qint64 second =
        view->model()->index(1, 0).data(EvidenceModel::EvidenceIdRole).toLongLong();
    QSignalSpy open(&page, &EvidenceLibraryPage::openRequested);
    actionWithText(view, QStringLiteral("Open"))->trigger();
    REQUIRE(open.count() == 1);
    CHECK(open.at(0).at(0).toLongLong() == second);
    actionWithText(view, QStringLiteral("Remove"))->trigger();
    REQUIRE(remove.count() == 3);
    CHECK(remove.at(2).at(0).value<QList<qint64>>() == QList<qint64>{second});
    QSignalSpy goTo(&page, &EvidenceLibraryPage::itemActivated);
    QAction *goToAction = actionWithText(view, QStringLiteral("Go to criterion"));
    REQUIRE(goToAction->isEnabled());
    goToAction->trigger();
    REQUIRE(goTo.count() == 1);
    CHECK(goTo.at(0).at(0).toString() == doc->workspace().standardsSet().assessables().first().id);

    page.removeAction(&windowDelete);
    // With the selection cleared, the row actions go quiet again.
    view->clearSelection();
    CHECK_FALSE(isEnabledButton(&page, QStringLiteral("Remove")));
    CHECK_FALSE(actionWithText(view, QStringLiteral("Remove"))->isEnabled());
    QTest::keyClick(view, Qt::Key_Delete);
    CHECK(remove.count() == 3);
    page.setDocument(nullptr);
}

TEST_CASE("Action row buttons act only on a selection; Delete and the context menu remove")
{
    test::TempDir dir;
    ActionPlanPage page;
    std::unique_ptr<WorkspaceDocument> doc =
        openDocument(makeWorkspace(dir, QStringLiteral("Plan"), {0, 3, 1}));
    page.setDocument(doc.get());
    showActive(&page);
    QTableView *view = page.view();
    // The default filter hides the done action.
    REQUIRE(view->model()->rowCount() == 2);
    for (const QString &text :
         {QStringLiteral("Edit\u2026"), QStringLiteral("Mark done"), QStringLiteral("Remove")})
        CHECK_FALSE(isEnabledButton(&page, text));
    CHECK(isEnabledButton(&page, QStringLiteral("Add action\u2026")));

    clickRow(view, 0);
    const qint64 id = view->model()->index(0, 0).data(ActionModel::ActionIdRole).toLongLong();
    for (const QString &text :
         {QStringLiteral("Edit\u2026"), QStringLiteral("Mark done"), QStringLiteral("Remove")})
        CHECK(isEnabledButton(&page, text));
    saveShot(&page, QStringLiteral("plan-selected"));
    QSignalSpy done(&page, &ActionPlanPage::markDoneRequested);
    QTest::mouseClick(guitest::buttonWithText(&page, QStringLiteral("Mark done")), Qt::LeftButton);
    REQUIRE(done.count() == 1);
    CHECK(done.at(0).at(0).toLongLong() == id);

    QSignalSpy remove(&page, &ActionPlanPage::removeRequested);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    REQUIRE(remove.count() == 1);
    CHECK(remove.at(0).at(0).toLongLong() == id);

    CHECK(view->contextMenuPolicy() == Qt::ActionsContextMenu);
    for (const QString &text : {QStringLiteral("Edit\u2026"), QStringLiteral("Mark done"),
                                QStringLiteral("Go to criterion"), QStringLiteral("Remove")}) {
        INFO(text.toStdString());
        CHECK(actionWithText(view, text));
    }
    QSignalSpy edit(&page, &ActionPlanPage::editRequested);
    actionWithText(view, QStringLiteral("Edit\u2026"))->trigger();
    REQUIRE(edit.count() == 1);
    CHECK(edit.at(0).at(0).toLongLong() == id);
    QSignalSpy goTo(&page, &ActionPlanPage::itemActivated);
    actionWithText(view, QStringLiteral("Go to criterion"))->trigger();
    REQUIRE(goTo.count() == 1);
    CHECK(goTo.at(0).at(0).toString() == doc->workspace().standardsSet().assessables().first().id);
    actionWithText(view, QStringLiteral("Remove"))->trigger();
    CHECK(remove.count() == 2);

    // A done action cannot be marked done again.
    auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    REQUIRE(status);
    status->setFocus();
    QTest::keyClick(status, Qt::Key_End); // "All actions"
    REQUIRE(view->model()->rowCount() == 3);
    int doneRow = -1;
    for (int r = 0; r < 3; ++r) {
        if (Action::Status(view->model()->index(r, 0).data(ActionModel::StatusRole).toInt()) ==
            Action::Status::Done)
            doneRow = r;
    }
    REQUIRE(doneRow >= 0);
    clickRow(view, doneRow);
    CHECK(isEnabledButton(&page, QStringLiteral("Edit\u2026")));
    CHECK_FALSE(isEnabledButton(&page, QStringLiteral("Mark done")));
    page.setDocument(nullptr);
}

TEST_CASE("Empty pages say what to do next, and an empty filter offers to clear it")
{
    test::TempDir dir;
    std::unique_ptr<WorkspaceDocument> empty =
        openDocument(makeWorkspace(dir, QStringLiteral("Empty"), {0, 0, 0}));
    std::unique_ptr<WorkspaceDocument> full =
        openDocument(makeWorkspace(dir, QStringLiteral("Full"), {2, 2, 2}));

    EvidenceLibraryPage library;
    library.setDocument(empty.get());
    showActive(&library);
    auto *emptyLabel = library.findChild<QLabel *>(QStringLiteral("evidenceEmptyState"));
    REQUIRE(emptyLabel);
    CHECK(emptyLabel->isVisible());
    CHECK_FALSE(library.view()->isVisible());
    CHECK(library.emptyStateText().startsWith(QStringLiteral("No evidence yet.")));
    saveShot(&library, QStringLiteral("library-empty"));
    CHECK(library.emptyStateText().contains(QStringLiteral("Add files")));
    CHECK(library.emptyStateText().contains(QStringLiteral("drop files on a criterion")));
    CHECK_FALSE(guitest::buttonWithText(&library, QStringLiteral("Clear the filter"))->isVisible());

    library.setDocument(full.get());
    settle();
    CHECK(library.view()->isVisible());
    CHECK(library.emptyStateText().isEmpty());
    auto *search = library.findChild<QLineEdit *>(QStringLiteral("evidenceSearch"));
    REQUIRE(search);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("zzqx"));
    settle();
    CHECK(library.visibleRows() == 0);
    CHECK_FALSE(library.view()->isVisible());
    CHECK(library.emptyStateText() ==
          QStringLiteral("No evidence matches \u201czzqx\u201d. Clear the filter to see all "
                         "evidence."));
    saveShot(&library, QStringLiteral("library-no-match"));
    QWidget *clear = guitest::buttonWithText(&library, QStringLiteral("Clear the filter"));
    REQUIRE(clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    settle();
    CHECK(search->text().isEmpty());
    CHECK(library.visibleRows() == 2);
    CHECK(library.view()->isVisible());
    library.setDocument(nullptr);

    ActionPlanPage plan;
    plan.setDocument(empty.get());
    showActive(&plan);
    CHECK_FALSE(plan.view()->isVisible());
    CHECK(plan.emptyStateText().startsWith(QStringLiteral("No actions yet.")));
    CHECK(plan.emptyStateText().contains(QStringLiteral("Add action")));
    // Both actions are done: the default filter (open and in progress) matches nothing.
    plan.setDocument(full.get());
    settle();
    CHECK_FALSE(plan.view()->isVisible());
    CHECK(plan.emptyStateText().startsWith(
        QStringLiteral("No actions match \u201cOpen and in progress\u201d for Everyone.")));
    saveShot(&plan, QStringLiteral("plan-no-match"));
    QWidget *clearActions = guitest::buttonWithText(&plan, QStringLiteral("Clear the filter"));
    REQUIRE(clearActions->isVisible());
    QTest::mouseClick(clearActions, Qt::LeftButton);
    settle();
    CHECK(plan.visibleRows() == 2);
    CHECK(plan.view()->isVisible());
    CHECK(plan.emptyStateText().isEmpty());
    plan.setDocument(nullptr);
}

TEST_CASE("Secondary and status text reads at 4.5:1 or better and follows the palette")
{
    CHECK(Palettes::contrastRatio(Qt::black, Qt::white) == Approx(21.0));
    CHECK(Palettes::contrastRatio(Qt::white, Qt::white) == Approx(1.0));
    // The grey that was used before: palette(mid) on the window colour of the default palette.
    const QPalette p = QApplication::palette();
    const double old = Palettes::contrastRatio(p.color(QPalette::Mid), p.color(QPalette::Window));
    CAPTURE(old);
    CHECK(old < 4.5);

    const QColor secondary = Palettes::secondaryText(p);
    CHECK(Palettes::contrastRatio(secondary, p.color(QPalette::Window)) >= 4.5);
    // Quieter than the main text, or it would not be secondary.
    CHECK(Palettes::contrastRatio(secondary, p.color(QPalette::Window)) <
          Palettes::contrastRatio(p.color(QPalette::WindowText), p.color(QPalette::Window)));
    for (const QColor &status :
         {StatusIcons::verdictColour(Verdict::Ready),
          StatusIcons::verdictColour(Verdict::NearlyReady),
          StatusIcons::verdictColour(Verdict::NotReady),
          StatusIcons::currencyColour(StatusIcons::Currency::ExpiringSoon)}) {
        CAPTURE(status.name().toStdString());
        CHECK(Palettes::contrastRatio(Palettes::statusText(status, p), p.color(QPalette::Window)) >=
              4.5);
        const QColor cell = Palettes::statusCellText(status, p);
        CHECK(Palettes::contrastRatio(cell, p.color(QPalette::Base)) >= 4.5);
        CHECK(Palettes::contrastRatio(cell, p.color(QPalette::AlternateBase)) >= 4.5);
    }

    // The labels on the pages use it, and follow a change to a dark, high-contrast palette.
    test::TempDir dir;
    std::unique_ptr<WorkspaceDocument> doc =
        openDocument(makeWorkspace(dir, QStringLiteral("Contrast"), {1, 1, 0}));
    EvidenceLibraryPage library;
    library.setDocument(doc.get());
    ActionPlanPage plan;
    plan.setDocument(doc.get());
    auto *count = library.findChild<QLabel *>(QStringLiteral("evidenceCount"));
    auto *summary = plan.findChild<QLabel *>(QStringLiteral("actionSummary"));
    REQUIRE(count);
    REQUIRE(summary);
    for (QLabel *label : {count, summary}) {
        CHECK(Palettes::contrastRatio(label->palette().color(QPalette::WindowText),
                                      label->palette().color(QPalette::Window)) >= 4.5);
    }
    // The model's status colours too: an overdue-free open action has none, the currency has.
    const QVariant currencyColour =
        library.view()->model()->index(0, EvidenceModel::CurrencyColumn).data(Qt::ForegroundRole);
    REQUIRE(currencyColour.canConvert<QColor>());
    CHECK(Palettes::contrastRatio(currencyColour.value<QColor>(), p.color(QPalette::Base)) >= 4.5);

    const QPalette original = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, Qt::black);
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, Qt::black);
    dark.setColor(QPalette::AlternateBase, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, Qt::white);
    QApplication::setPalette(dark);
    settle();
    for (QLabel *label : {count, summary}) {
        const QColor text = label->palette().color(QPalette::WindowText);
        CAPTURE(text.name().toStdString());
        CHECK(text.lightnessF() > 0.5); // light on dark now
        CHECK(Palettes::contrastRatio(text, label->palette().color(QPalette::Window)) >= 4.5);
    }
    QApplication::setPalette(original);
    settle();
    CHECK(Palettes::contrastRatio(count->palette().color(QPalette::WindowText),
                                  original.color(QPalette::Window)) >= 4.5);
    library.setDocument(nullptr);
    plan.setDocument(nullptr);
}

TEST_CASE("Every focusable control on the pages has a name a screen reader can read")
{
    test::TempDir dir;
    auto ws =
        DemoWorkspace::create(dir.filePath(QStringLiteral("demo.seqohs")), QDate::currentDate());
    REQUIRE(ws.ok());
    WorkspaceDocument doc(std::move(ws).value());
    EvidenceLibraryPage library;
    ActionPlanPage plan;
    DashboardWidget dashboard;
    library.setDocument(&doc);
    plan.setDocument(&doc);
    dashboard.setDocument(&doc);
    for (QWidget *page : {static_cast<QWidget *>(&library), static_cast<QWidget *>(&plan),
                          static_cast<QWidget *>(&dashboard)}) {
        showActive(page);
        const QList<QWidget *> widgets = page->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (w->window() != page || w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(page))
                continue;
            QAccessibleInterface *ai = QAccessible::queryAccessibleInterface(w);
            REQUIRE(ai);
            INFO(page->objectName().toStdString()
                 << " / " << w->metaObject()->className() << " " << w->objectName().toStdString());
            CHECK_FALSE(ai->text(QAccessible::Name).trimmed().isEmpty());
        }
        page->hide();
    }
    library.setDocument(nullptr);
    plan.setDocument(nullptr);
    dashboard.setDocument(nullptr);
}

TEST_CASE("The pages speak of criteria, never of requirements")
{
    test::TempDir dir;
    auto ws =
        DemoWorkspace::create(dir.filePath(QStringLiteral("demo.seqohs")), QDate::currentDate());
    REQUIRE(ws.ok());
    WorkspaceDocument doc(std::move(ws).value());
    EvidenceItem loose;
    loose.kind = EvidenceItem::Kind::Statement;
    loose.title = QStringLiteral("Linked to nothing");
    REQUIRE(doc.workspace().addEvidenceStatement(QStringLiteral("Text"), loose, {}).ok());
    EvidenceLibraryPage library;
    ActionPlanPage plan;
    DashboardWidget dashboard;
    library.setDocument(&doc);
    plan.setDocument(&doc);
    dashboard.setDocument(&doc);
    QStringList texts;
    for (QWidget *page : {static_cast<QWidget *>(&library), static_cast<QWidget *>(&plan),
                          static_cast<QWidget *>(&dashboard)}) {
        showActive(page);
        for (QLabel *l : page->findChildren<QLabel *>())
            texts << l->text() << l->toolTip();
        for (QAbstractButton *b : page->findChildren<QAbstractButton *>())
            texts << b->text();
        for (QComboBox *c : page->findChildren<QComboBox *>()) {
            for (int i = 0; i < c->count(); ++i)
                texts << c->itemText(i);
        }
        for (QLineEdit *e : page->findChildren<QLineEdit *>())
            texts << e->placeholderText();
        for (QTableView *v : page->findChildren<QTableView *>()) {
            for (int c = 0; c < v->model()->columnCount(); ++c)
                texts << v->model()->headerData(c, Qt::Horizontal).toString();
            for (QAction *a : v->actions())
                texts << a->text();
        }
        // Select a row so the details pane and "where used" list fill.
        for (QTableView *v : page->findChildren<QTableView *>()) {
            if (v->model()->rowCount() > 0)
                v->selectRow(0);
        }
        // The verdict's reasons and the checks are the scoring core's words, not the page's.
        for (QListView *list : page->findChildren<QListView *>()) {
            if (list->objectName() == QLatin1String("verdictReasons") ||
                list->objectName() == QLatin1String("readinessChecks"))
                continue;
            for (int i = 0; i < list->model()->rowCount(); ++i)
                texts << list->model()->index(i, 0).data().toString();
        }
        page->hide();
    }
    // Every demo item is linked; the statement added above is the one linked to nothing, so
    // "not linked" text is among these.
    library.setShow(EvidenceLibraryPage::Show::Unused);
    REQUIRE(library.visibleRows() == 1);
    library.view()->selectRow(0);
    for (QListWidget *list : library.findChildren<QListWidget *>()) {
        for (int i = 0; i < list->count(); ++i)
            texts << list->item(i)->text();
    }
    CHECK(texts.contains(QStringLiteral("Not linked to any criterion")));
    CHECK(texts.contains(QStringLiteral("Not linked to any criterion yet.")));
    QStringList offending;
    for (const QString &t : std::as_const(texts)) {
        if (t.contains(QStringLiteral("requirement"), Qt::CaseInsensitive))
            offending << t;
    }
    CHECK(offending == QStringList());
    library.setDocument(nullptr);
    plan.setDocument(nullptr);
    dashboard.setDocument(nullptr);
}

TEST_CASE("A readiness check on the dashboard opens its criterion on a click or on Enter")
{
    test::TempDir dir;
    auto ws =
        DemoWorkspace::create(dir.filePath(QStringLiteral("demo.seqohs")), QDate::currentDate());
    REQUIRE(ws.ok());
    WorkspaceDocument doc(std::move(ws).value());
    DashboardWidget dashboard;
    dashboard.setDocument(&doc);
    showActive(&dashboard);
    auto *list = dashboard.findChild<QListView *>(QStringLiteral("readinessChecks"));
    REQUIRE(list);
    REQUIRE(list->isVisible());
    const QAbstractItemModel *model = list->model();
    const auto row = [model](int i) { return model->index(i, 0); };
    const QList<ReadinessCheck> &checks = doc.readiness().checks;
    REQUIRE(model->rowCount() == checks.size());
    // Every check is listed, with its severity in words.
    for (const ReadinessCheck &c : checks) {
        INFO(c.message.toStdString());
        CHECK(dashboard.checks().filter(c.message).size() == 1);
    }
    CHECK(row(0).data().toString().startsWith(QStringLiteral("Blocker: ")) ==
          (checks.size() > 0 && std::any_of(checks.begin(), checks.end(), [](const auto &c) {
               return c.severity == ReadinessCheck::Severity::Blocker;
           })));

    QList<int> rowsWithItem;
    for (int i = 0; i < model->rowCount(); ++i) {
        if (!row(i).data(Qt::UserRole).toString().isEmpty())
            rowsWithItem << i;
    }
    REQUIRE(rowsWithItem.size() >= 2);
    QSignalSpy activated(&dashboard, &DashboardWidget::itemActivated);

    // A click on a row.
    const int clicked = rowsWithItem.at(0);
    list->scrollTo(row(clicked));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(row(clicked)).center());
    REQUIRE(activated.count() == 1);
    const QString clickedId = row(clicked).data(Qt::UserRole).toString();
    CHECK(activated.at(0).at(0).toString() == clickedId);
    // The row says which criterion: the core's message for that check.
    bool found = false;
    for (const ReadinessCheck &c : checks)
        found =
            found || (c.itemId == clickedId && row(clicked).data().toString().endsWith(c.message));
    CHECK(found);

    // The keyboard: move to the next row with an item and press Enter.
    list->setFocus();
    while (list->currentIndex().row() != rowsWithItem.at(1))
        QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Return);
    REQUIRE(activated.count() == 2);
    CHECK(activated.at(1).at(0).toString() ==
          row(rowsWithItem.at(1)).data(Qt::UserRole).toString());
    dashboard.setDocument(nullptr);
}

TEST_CASE("Dashboard charts: whole labels, unique months, the visit marked, a closed radar")
{
    test::TempDir dir;
    const QDate today = QDate::currentDate();
    auto ws = DemoWorkspace::create(dir.filePath(QStringLiteral("demo.seqohs")), today);
    REQUIRE(ws.ok());
    WorkspaceDocument doc(std::move(ws).value());
    // Two saved snapshots a fortnight apart, the way a team saves them before meetings.
    DashboardWidget dashboard;
    dashboard.setDocument(&doc);
    showActive(&dashboard, QSize(1024, 700));
    const QDate visit = doc.readiness().plannedVisit;
    REQUIRE(visit.isValid());

    // Labels fit whole at the size a 1024-pixel window gives each chart.
    for (QChart *chart : dashboardCharts(&dashboard)) {
        for (QAbstractAxis *axis : chart->axes())
            CHECK_FALSE(axis->truncateLabels());
        auto layOut = [&] {
            settle();
            dashboard.grab();
        };
        CHECK(cutAxes(chart, layOut) == QStringList());
    }
    if (const QString out = qEnvironmentVariable("SEQOHS_SCREENSHOTS"); !out.isEmpty()) {
        dashboard.grab().save(QDir(out).filePath(QStringLiteral("dashboard-1024.png")));
        auto *scroll = dashboard.findChild<QScrollArea *>();
        REQUIRE(scroll);
        scroll->widget()->grab().save(QDir(out).filePath(QStringLiteral("dashboard-all.png")));
    }

    // The month of the visit is among the expiry chart's categories, with its marker.
    QChart *expiry = dashboardChart(&dashboard, "expiryChart");
    auto *months = qobject_cast<QBarCategoryAxis *>(expiry->axes(Qt::Horizontal).value(0));
    REQUIRE(months);
    const QStringList categories = months->categories();
    CHECK(QSet<QString>(categories.begin(), categories.end()).size() == categories.size());
    const QString visitLabel =
        QLocale(QLocale::English, QLocale::UnitedKingdom).toString(visit, QStringLiteral("MMM"));
    REQUIRE(categories.count(visitLabel) == 1);
    // Its marker: a triangle just above that month's bar.
    QScatterSeries *marker = nullptr;
    for (QAbstractSeries *s : expiry->series()) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(s))
            marker = scatter;
    }
    REQUIRE(marker);
    CHECK(marker->markerShape() == QScatterSeries::MarkerShapeTriangle);
    REQUIRE(marker->count() == 1);
    CHECK(marker->at(0).x() == categories.indexOf(visitLabel));
    auto *counts = qobject_cast<QValueAxis *>(expiry->axes(Qt::Vertical).value(0));
    REQUIRE(counts);
    CHECK(marker->at(0).y() < counts->max());

    // Readiness over time: months once each, in order, on the first of the month.
    QChart *overTime = dashboardChart(&dashboard, "overTimeChart");
    auto *timeAxis = qobject_cast<QCategoryAxis *>(overTime->axes(Qt::Horizontal).value(0));
    REQUIRE(timeAxis);
    const QStringList labels = timeAxis->categoriesLabels();
    REQUIRE(labels.size() >= 2);
    CHECK(QSet<QString>(labels.begin(), labels.end()).size() == labels.size());
    CHECK(timeAxis->labelsPosition() == QCategoryAxis::AxisLabelsPositionCenter);
    qreal previous = -1e300;
    for (const QString &label : labels) {
        // Each label names the band it sits in, which starts on the first of its month.
        const qreal start = timeAxis->startValue(label);
        CHECK(start > previous);
        previous = start;
        const QDate d = QDateTime::fromMSecsSinceEpoch(qint64(start), Qt::UTC).date();
        CHECK(d.day() == 1);
        CHECK(label == QLocale(QLocale::English, QLocale::UnitedKingdom)
                           .toString(d, QStringLiteral("MMM yyyy")));
    }
    // Today's point lies inside the axis.
    const qreal now = qreal(today.startOfDay(Qt::UTC).toMSecsSinceEpoch());
    CHECK(timeAxis->min() < now);
    CHECK(now < timeAxis->max());

    // The radar: each outline ends where it starts, and no point sits in the centre unless its
    // figure is 0.
    auto *radar = qobject_cast<QPolarChart *>(dashboardChart(&dashboard, "domainRadarChart"));
    REQUIRE(radar);
    bool anyZero = false;
    for (const NodeScore &d : doc.readiness().domains) {
        anyZero = anyZero || d.figures.score().value_or(1) == 0.0 ||
                  d.figures.coverage().value_or(1) == 0.0;
    }
    int outlines = 0;
    for (QAbstractSeries *s : radar->series()) {
        if (auto *area = qobject_cast<QAreaSeries *>(s)) {
            // A polar area closes through the centre; an outline would draw that as a spoke.
            CHECK(area->pen().style() == Qt::NoPen);
            continue;
        }
        auto *line = qobject_cast<QLineSeries *>(s);
        if (!line || s->type() != QAbstractSeries::SeriesTypeLine)
            continue;
        ++outlines;
        const QList<QPointF> points = line->points();
        REQUIRE(points.size() == doc.readiness().domains.size() + 1);
        const QPointF a = polarPosition(points.first());
        const QPointF b = polarPosition(points.last());
        CHECK(a.x() == Approx(b.x()).margin(1e-9));
        CHECK(a.y() == Approx(b.y()).margin(1e-9));
        if (!anyZero) {
            for (const QPointF &p : points)
                CHECK(p.y() > 0.0);
        }
    }
    CHECK(outlines == 2);
    dashboard.setDocument(nullptr);
}

TEST_CASE("Report chart images keep their labels whole at the report's sizes")
{
    test::TempDir dir;
    const QDate today = QDate::currentDate();
    auto ws = DemoWorkspace::create(dir.filePath(QStringLiteral("demo.seqohs")), today);
    REQUIRE(ws.ok());
    WorkspaceDocument doc(std::move(ws).value());
    const Readiness &r = doc.readiness();
    const Snapshot current = Snapshot::capture(
        QStringLiteral("Now"), QDateTime::currentDateTimeUtc(), doc.scoringInput(), r);
    struct Case
    {
        std::unique_ptr<QChart> chart;
        QSize size;
    };
    std::vector<Case> cases;
    // The sizes the report renders at.
    cases.push_back({std::unique_ptr<QChart>(ChartFactory::domainScores(r.domains)),
                     QSize(640, qMax(200, 80 + 30 * int(r.domains.size())))});
    cases.push_back(
        {std::unique_ptr<QChart>(ChartFactory::domainRadar(r.domains)), QSize(318, 290)});
    cases.push_back(
        {std::unique_ptr<QChart>(ChartFactory::readinessOverTime({}, &current)), QSize(318, 290)});
    cases.push_back({std::unique_ptr<QChart>(ChartFactory::evidenceExpiryByMonth(
                         *doc.workspace().evidence(), r.asOf, 12, r.plannedVisit)),
                     QSize(640, 260)});
    for (Case &c : cases) {
        INFO(c.chart->title().toStdString());
        const QStringList cut = cutAxes(c.chart.get(), [&] {
            const QImage image = ChartFactory::renderChart(c.chart.get(), c.size);
            REQUIRE_FALSE(image.isNull());
            if (const QString out = qEnvironmentVariable("SEQOHS_SCREENSHOTS"); !out.isEmpty())
                image.save(QDir(out).filePath(c.chart->title().left(12) + QStringLiteral(".png")));
        });
        CHECK(cut == QStringList());
    }
}

TEST_CASE("A repeating action added in the window gets its next occurrence when marked done, and "
          "undo takes it back")
{
    test::TempDir dir;
    MainWindow window;
    window.resize(1024, 700);
    window.show();
    REQUIRE(window.openWorkspace(makeWorkspace(dir, QStringLiteral("Repeat"), {0, 0, 0})));
    bool filled = false;
    guitest::whenDialogOpens([&](QWidget *w) {
        auto *text = w->findChild<QPlainTextEdit *>(QStringLiteral("actionText"));
        REQUIRE(text);
        text->setPlainText(QStringLiteral("Audit hand hygiene at every site"));
        QComboBox *repeat = nullptr;
        for (QComboBox *box : w->findChildren<QComboBox *>()) {
            if (box->accessibleName() == QStringLiteral("Repeats"))
                repeat = box;
        }
        REQUIRE(repeat);
        repeat->setCurrentIndex(repeat->findText(QStringLiteral("Every few months")));
        auto *months = w->findChild<QSpinBox *>();
        REQUIRE(months);
        CHECK(months->isVisibleTo(w));
        months->setValue(3);
        filled = true;
        QTest::mouseClick(guitest::buttonWithText(w, QStringLiteral("OK")), Qt::LeftButton);
    });
    guitest::triggerMenu(&window, QStringLiteral("Edit/Add action"));
    REQUIRE(filled);
    guitest::triggerMenu(&window, QStringLiteral("View/Action plan"));
    QTableView *view = window.actionPlan()->view();
    REQUIRE(view->model()->rowCount() == 1);
    const auto repeats = [view] {
        return view->model()->index(0, ActionModel::RepeatsColumn).data().toString();
    };
    CHECK(repeats().startsWith(QStringLiteral("Every 3 month")));
    CHECK(repeats().contains(QStringLiteral("occurrence 1")));

    clickRow(view, 0);
    QTest::mouseClick(guitest::buttonWithText(window.actionPlan(), QStringLiteral("Mark done")),
                      Qt::LeftButton);
    // The plan shows what is not done by default: now the next occurrence.
    REQUIRE(view->model()->rowCount() == 1);
    CHECK(repeats().contains(QStringLiteral("occurrence 2")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("the next one is due")));
    CHECK(window.document()->workspace().actions()->size() == 2);
    saveShot(&window, QStringLiteral("plan-repeating"));

    // Ctrl+Z, as a person undoes (the menu item reads "Undo" and what it undoes).
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(view->model()->rowCount() == 1);
    CHECK(repeats().contains(QStringLiteral("occurrence 1")));
    CHECK(window.document()->workspace().actions()->size() == 1);
    // The platform's own redo key (Ctrl+Y here, Ctrl+Shift+Z elsewhere).
    const QKeyCombination redo = QKeySequence::keyBindings(QKeySequence::Redo).first()[0];
    QWidget *focused = QApplication::focusWidget() ? QApplication::focusWidget() : view;
    QTest::keyClick(focused, redo.key(), redo.keyboardModifiers());
    CHECK(window.document()->workspace().actions()->size() == 2);
}

TEST_CASE("The dashboard lists what falls due, each entry opening its page, and opening says what "
          "passed since the last time")
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.seqohs"));
    REQUIRE(DemoWorkspace::create(path, QDate::currentDate()).ok());
    const QString key =
        QStringLiteral("lastOpened/") +
        QString::fromLatin1(QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex());
    QSettings().setValue(key, QDate::currentDate().addDays(-60).toString(Qt::ISODate));

    MainWindow window;
    window.resize(1024, 700);
    window.show();
    REQUIRE(window.openWorkspace(path));
    auto *banner = window.findChild<QWidget *>(QStringLiteral("passedBanner"));
    auto *text = window.findChild<QLabel *>(QStringLiteral("passedText"));
    REQUIRE(banner);
    REQUIRE(text);
    CHECK(banner->isVisible());
    CHECK(text->text().startsWith(QStringLiteral("Since you last opened this workspace on")));
    CHECK(text->text().contains(QStringLiteral("reached the review-by date")));
    CHECK(QSettings().value(key).toString() == QDate::currentDate().toString(Qt::ISODate));
    saveShot(&window, QStringLiteral("main-passed-banner"));
    QTest::mouseClick(guitest::buttonWithText(banner, QStringLiteral("Dismiss")), Qt::LeftButton);
    CHECK_FALSE(banner->isVisible());

    guitest::triggerMenu(&window, QStringLiteral("View/Dashboard"));
    const QStringList due = window.dashboard()->dueSoon();
    REQUIRE_FALSE(due.isEmpty());
    CHECK(due.first() == QStringLiteral("Within 30 days"));
    auto *list = window.findChild<QListView *>(QStringLiteral("dueSoon"));
    REQUIRE(list);
    QModelIndex evidenceEntry;
    QModelIndex actionEntry;
    for (int i = 0; i < list->model()->rowCount(); ++i) {
        const QModelIndex entry = list->model()->index(i, 0);
        if (!evidenceEntry.isValid() &&
            entry.data().toString().contains(QStringLiteral("Review evidence:")))
            evidenceEntry = entry;
        if (!actionEntry.isValid() &&
            entry.data().toString().contains(QStringLiteral("Action due:")))
            actionEntry = entry;
    }
    REQUIRE(evidenceEntry.isValid());
    REQUIRE(actionEntry.isValid());
    // A band's heading opens nothing.
    REQUIRE(list->model()->index(0, 0).data().toString() == QStringLiteral("Within 30 days"));
    list->scrollTo(list->model()->index(0, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(list->model()->index(0, 0)).center());
    CHECK(window.dashboard()->isVisible());
    const qint64 evidenceId = evidenceEntry.data(Qt::UserRole).toLongLong();
    const qint64 actionId = actionEntry.data(Qt::UserRole).toLongLong();
    list->scrollTo(evidenceEntry);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(evidenceEntry).center());
    CHECK(window.evidenceLibrary()->isVisible());
    CHECK(window.evidenceLibrary()->selectedIds() == QList<qint64>{evidenceId});

    guitest::triggerMenu(&window, QStringLiteral("View/Dashboard"));
    list->scrollTo(actionEntry);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(actionEntry).center());
    CHECK(window.actionPlan()->isVisible());
    const QModelIndexList selected = window.actionPlan()->view()->selectionModel()->selectedRows();
    REQUIRE(selected.size() == 1);
    CHECK(selected.first().data(ActionModel::ActionIdRole).toLongLong() == actionId);

    // Opened again the same day: nothing new to say.
    guitest::triggerMenu(&window, QStringLiteral("File/Close workspace"));
    REQUIRE(window.openWorkspace(path));
    CHECK_FALSE(banner->isVisible());
}

TEST_CASE("Preview shows a stored PDF with pages and search, and an image, read from the workspace",
          "[preview]")
{
    test::TempDir dir;
    const QString path = makeWorkspace(dir, QStringLiteral("Preview"), {0, 0, 0});
    // A two-page PDF and a picture, made here.
    const QString pdf = dir.filePath(QStringLiteral("hand-hygiene-audit.pdf"));
    {
        QPdfWriter writer(pdf);
        QPainter painter(&writer);
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 14));
        painter.drawText(QPointF(200, 400), QStringLiteral("Hand hygiene audit, March"));
        writer.newPage();
        painter.drawText(QPointF(200, 400), QStringLiteral("All sites passed the hygiene check"));
    }
    const QString png = dir.filePath(QStringLiteral("clinic-floor-plan.png"));
    {
        QImage image(640, 400, QImage::Format_RGB32);
        image.fill(QColor(0x2a, 0x6f, 0x97));
        REQUIRE(image.save(png));
    }
    qint64 pdfId = 0;
    qint64 pngId = 0;
    {
        auto ws = Workspace::open(path);
        REQUIRE(ws.ok());
        const QString criterion = (*ws)->standardsSet().assessables().first().id;
        pdfId = *(*ws)->addEvidenceFile(pdf, EvidenceItem{}, {EvidenceLink{0, criterion, {}}});
        pngId = *(*ws)->addEvidenceFile(png, EvidenceItem{}, {EvidenceLink{0, criterion, {}}});
    }
    // Nothing is written to disk for a preview. The temporary folder is one of this test's own
    // for the while: other programs and tests running beside it write to the shared one.
    struct TemporaryFolder
    {
        bool had = qEnvironmentVariableIsSet("TMPDIR");
        QByteArray was = qgetenv("TMPDIR");
        ~TemporaryFolder() { had ? qputenv("TMPDIR", was) : qunsetenv("TMPDIR"); }
    } restoreTemporaryFolder;
    const QString ownTemp = dir.filePath(QStringLiteral("temporary"));
    REQUIRE(QDir().mkpath(ownTemp));
    qputenv("TMPDIR", QFile::encodeName(ownTemp));
    REQUIRE(QDir::tempPath() == QFileInfo(ownTemp).absoluteFilePath());
    const QStringList tempBefore = QDir(QDir::tempPath()).entryList(QDir::Files);

    MainWindow window;
    window.resize(1024, 700);
    window.show();
    REQUIRE(window.openWorkspace(path));
    guitest::triggerMenu(&window, QStringLiteral("View/Evidence"));
    EvidenceLibraryPage *library = window.evidenceLibrary();
    const auto previewOf = [&](qint64 id) -> EvidencePreviewWindow * {
        library->selectEvidence(id);
        QTest::mouseClick(guitest::buttonWithText(library, QStringLiteral("Preview")),
                          Qt::LeftButton);
        QApplication::processEvents();
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *p = qobject_cast<EvidencePreviewWindow *>(w); p && p->isVisible())
                return p;
        }
        return nullptr;
    };

    EvidencePreviewWindow *preview = previewOf(pdfId);
    REQUIRE(preview);
    INFO(preview->message().toStdString());
    REQUIRE(preview->showsPdf());
    CHECK(preview->pageCount() == 2);
    CHECK(preview->pageText() == QStringLiteral("Page 1 of 2"));
    QTest::mouseClick(guitest::buttonWithText(preview, QStringLiteral("Next page")),
                      Qt::LeftButton);
    CHECK(preview->pageText() == QStringLiteral("Page 2 of 2"));
    QTest::mouseClick(guitest::buttonWithText(preview, QStringLiteral("Previous page")),
                      Qt::LeftButton);
    CHECK(preview->pageText() == QStringLiteral("Page 1 of 2"));
    auto *find = preview->findChild<QLineEdit *>();
    REQUIRE(find);
    QTest::keyClicks(find, QStringLiteral("hygiene"));
    // The search runs in the background: ask until it has found both.
    for (int i = 0; i < 100 && !preview->matchText().endsWith(QStringLiteral("of 2")); ++i) {
        QTest::keyClick(find, Qt::Key_Return);
        if (!preview->matchText().endsWith(QStringLiteral("of 2")))
            QTest::qWait(50);
    }
    CHECK(preview->matchText().endsWith(QStringLiteral("of 2")));
    saveShot(preview, QStringLiteral("preview-pdf"));
    preview->close();
    QApplication::processEvents();

    preview = previewOf(pngId);
    REQUIRE(preview);
    CHECK(preview->showsImage());
    saveShot(preview, QStringLiteral("preview-image"));

    preview->close();
    QApplication::processEvents();

    // The criterion page previews its evidence too.
    guitest::triggerMenu(&window, QStringLiteral("View/Assessment"));
    auto *criterionEvidence = window.findChild<QListWidget *>(QStringLiteral("criterionEvidence"));
    REQUIRE(criterionEvidence);
    REQUIRE(criterionEvidence->count() == 2);
    for (int i = 0; i < criterionEvidence->count(); ++i) {
        if (criterionEvidence->item(i)->text().contains(QStringLiteral("hand-hygiene")))
            criterionEvidence->setCurrentRow(i);
    }
    QTest::mouseClick(guitest::buttonWithText(window.criterionPage(), QStringLiteral("Preview")),
                      Qt::LeftButton);
    preview = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *p = qobject_cast<EvidencePreviewWindow *>(w); p && p->isVisible())
            preview = p;
    }
    REQUIRE(preview);
    CHECK(preview->showsPdf());
    // Zoom changes what is shown and fit width brings it back.
    QTest::mouseClick(guitest::buttonWithText(preview, QStringLiteral("Zoom in")), Qt::LeftButton);
    CHECK(preview->findChild<QPdfView *>()->zoomMode() == QPdfView::ZoomMode::Custom);
    QTest::mouseClick(guitest::buttonWithText(preview, QStringLiteral("Fit width")),
                      Qt::LeftButton);
    CHECK(preview->findChild<QPdfView *>()->zoomMode() == QPdfView::ZoomMode::FitToWidth);

    CHECK(QDir(QDir::tempPath()).entryList(QDir::Files) == tempBefore);
    // Closing the workspace closes the preview that reads from it.
    QPointer<EvidencePreviewWindow> watched(preview);
    guitest::triggerMenu(&window, QStringLiteral("File/Close workspace"));
    QApplication::processEvents();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK((watched.isNull() || !watched->isVisible()));
}

TEST_CASE("After an edit the dashboard's domain charts show the new figures and the chart of "
          "review-by dates is kept as it was")
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.seqohs"));
    REQUIRE(DemoWorkspace::create(path, QDate::currentDate()).ok());
    MainWindow window;
    window.resize(1024, 700);
    window.show();
    REQUIRE(window.openWorkspace(path));
    guitest::triggerMenu(&window, QStringLiteral("View/Dashboard"));
    auto *dashboard = window.findChild<DashboardWidget *>();
    REQUIRE(dashboard);
    auto barLabels = [&] {
        QStringList labels;
        for (QAbstractAxis *axis : dashboardChart(dashboard, "domainBarsChart")->axes()) {
            if (auto *bars = qobject_cast<QBarCategoryAxis *>(axis))
                labels << bars->categories();
        }
        return labels;
    };
    const QStringList before = barLabels();
    REQUIRE_FALSE(before.isEmpty());
    const QChart *expiry = dashboardChart(dashboard, "expiryChart");

    // A met criterion stepped down to partially met with the keyboard lowers its domain's score.
    guitest::triggerMenu(&window, QStringLiteral("View/Assessment"));
    const QString itemId = window.criterionPage()->itemId();
    Assessment a = *window.document()->workspace().assessment(itemId);
    a.result = AssessmentResult::Met;
    REQUIRE(window.document()->workspace().setAssessment(a).ok());
    window.navigator()->selectId(itemId);
    auto *result = window.findChild<QComboBox *>(QStringLiteral("resultCombo"));
    REQUIRE(result);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    result->setFocus();
    const int partially = result->findData(int(AssessmentResult::PartiallyMet));
    REQUIRE(partially >= 0);
    QTest::keyClick(result, partially > result->currentIndex() ? Qt::Key_Down : Qt::Key_Up);
    QApplication::processEvents();
    REQUIRE(window.document()->workspace().assessment(itemId)->result ==
            AssessmentResult::PartiallyMet);

    guitest::triggerMenu(&window, QStringLiteral("View/Dashboard"));
    QApplication::processEvents();
    const QStringList after = barLabels();
    CHECK(after != before);
    CHECK(after.size() == before.size());
    CHECK(dashboardChart(dashboard, "expiryChart") == expiry);
}
