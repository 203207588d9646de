// The three filtering proxies (the navigator's, the evidence library's and the action plan's)
// under QAbstractItemModelTester while their source rows are added, removed, changed and reset
// and their filters change: every signal they send must describe the change they make.

#include "readvalue.h"
#include "testsupport.h"

#include "../migration/migrationtesthelpers.h"
#include "commands/actioncommand.h"
#include "commands/addevidencecommand.h"
#include "commands/removeevidencecommand.h"
#include "commands/setassessmentcommand.h"
#include "models/navigatorfilter.h"
#include "models/navigatormodel.h"
#include "models/workspacedocument.h"
#include "widgets/actionplanpage.h"
#include "widgets/evidencelibrarypage.h"
#include "workspace/demoworkspace.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace seqohs;

namespace {

std::unique_ptr<WorkspaceDocument> demoDocument(const test::TempDir &dir)
{
    auto ws = DemoWorkspace::create(dir.filePath(QStringLiteral("demo.seqohs")), QDate(2026, 3, 1));
    REQUIRE(ws.ok());
    return std::make_unique<WorkspaceDocument>(std::move(ws).value());
}

int leaves(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    int n = 0;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        n += model.rowCount(i) == 0 ? 1 : leaves(model, i);
    }
    return n;
}

AddEvidenceCommand::Entry statement(const QString &title, const QString &itemId)
{
    AddEvidenceCommand::Entry e;
    e.meta.kind = EvidenceItem::Kind::Statement;
    e.meta.title = title;
    e.meta.statement = title + QStringLiteral(", in writing.");
    e.links = {EvidenceLink{0, itemId, QString()}};
    return e;
}

} // namespace

TEST_CASE("The evidence library's filter passes the model tester while rows change",
          "[proxy][evidence]")
{
    test::TempDir dir;
    auto doc = demoDocument(dir);
    EvidenceLibraryPage page;
    page.setDocument(doc.get());
    auto *proxy = page.findChild<QSortFilterProxyModel *>();
    REQUIRE(proxy);
    QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int all = int(test::read(doc->workspace().evidence()).size());
    REQUIRE(page.visibleRows() == all);
    const QString itemId = doc->workspace().standardsSet().assessables().first().id;

    // Typing into the search box, as a person does, narrows the rows.
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("evidenceSearch"));
    REQUIRE(search);
    QTest::keyClicks(search, QStringLiteral("zebra crossing"));
    page.setFilterText(search->text()); // the page may debounce typing; this applies it now
    CHECK(page.visibleRows() == 0);

    // Rows that match arrive and leave while the filter is on ...
    QUndoStack *stack = doc->undoStack();
    stack->push(new AddEvidenceCommand(
        doc.get(), {statement(QStringLiteral("Zebra crossing risk assessment"), itemId)}, false));
    CHECK(page.visibleRows() == 1);
    stack->push(new AddEvidenceCommand(
        doc.get(), {statement(QStringLiteral("Car park lighting"), itemId)}, false));
    CHECK(page.visibleRows() == 1);
    const qint64 zebra = test::read(doc->workspace().evidence()).at(all).id;
    stack->push(new RemoveEvidenceCommand(doc.get(), zebra));
    CHECK(page.visibleRows() == 0);
    stack->undo();
    CHECK(page.visibleRows() == 1);
    // ... and without it.
    search->clear();
    page.setFilterText(QString());
    CHECK(page.visibleRows() == all + 2);
    stack->undo();
    CHECK(page.visibleRows() == all + 1);
    stack->undo();
    CHECK(page.visibleRows() == all);
    stack->redo();
    CHECK(page.visibleRows() == all + 1);
    int unused = 0;
    for (const EvidenceItem &e : test::read(doc->workspace().evidence()))
        unused += test::read(doc->workspace().linksFor(e.id)).isEmpty() ? 1 : 0;
    page.setShow(EvidenceLibraryPage::Show::Unused);
    CHECK(page.visibleRows() == unused);
    stack->undo();
    page.setShow(EvidenceLibraryPage::Show::All);
    CHECK(page.visibleRows() == all);
}

TEST_CASE("The action plan's filter passes the model tester while rows change", "[proxy][actions]")
{
    test::TempDir dir;
    auto doc = demoDocument(dir);
    ActionPlanPage page;
    page.setDocument(doc.get());
    auto *proxy = page.findChild<QSortFilterProxyModel *>();
    REQUIRE(proxy);
    QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<Action> actions = test::read(doc->workspace().actions());
    int notDone = 0;
    for (const Action &a : actions)
        notDone += a.status != Action::Status::Done ? 1 : 0;
    REQUIRE(notDone < actions.size());
    // The page opens on the open and in-progress actions.
    CHECK(page.visibleRows() == notDone);
    page.setStatusFilter(ActionPlanPage::AnyStatus);
    CHECK(page.visibleRows() == actions.size());
    page.setStatusFilter(ActionPlanPage::NotDone);
    CHECK(page.visibleRows() == notDone);

    QUndoStack *stack = doc->undoStack();
    Action added;
    added.text = QStringLiteral("Service the defibrillator");
    added.owner = QStringLiteral("Practice manager");
    stack->push(new ActionCommand(doc.get(), std::nullopt, added));
    CHECK(page.visibleRows() == notDone + 1);
    // Marking an action done takes it out of the "not done" rows.
    Action open = actions.first();
    REQUIRE(open.status != Action::Status::Done);
    Action done = open;
    done.status = Action::Status::Done;
    stack->push(new ActionCommand(doc.get(), open, done));
    CHECK(page.visibleRows() == notDone);
    stack->push(new ActionCommand(doc.get(), test::read(doc->workspace().action(actions.last().id)),
                                  std::nullopt));
    CHECK(page.visibleRows() == notDone - (actions.last().status != Action::Status::Done ? 1 : 0));
    stack->undo();
    stack->undo();
    CHECK(page.visibleRows() == notDone + 1);
    int managers = 0;
    for (const Action &a : test::read(doc->workspace().actions())) {
        managers += a.owner == QLatin1String("Practice manager") && a.status != Action::Status::Done
                        ? 1
                        : 0;
    }
    // Only the action added above: the demo's owners are named people.
    REQUIRE(managers == 1);
    page.setOwnerFilter(QStringLiteral("Practice manager"));
    CHECK(page.visibleRows() == managers);
    stack->undo();
    page.setOwnerFilter(QString());
    page.setStatusFilter(ActionPlanPage::AnyStatus);
    CHECK(page.visibleRows() == actions.size());
}

TEST_CASE("The navigator's filter passes the model tester while the tree changes",
          "[proxy][navigator]")
{
    test::TempDir dir;
    auto doc = demoDocument(dir);
    NavigatorModel model;
    NavigatorFilter filter;
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSourceModel(&model);
    model.setStandardsSet(doc->workspace().standardsSet());
    model.setReadiness(doc->readiness());
    const int items = int(doc->workspace().standardsSet().assessables().size());
    CHECK(leaves(filter) == items);

    // Results change under an active filter: rows come and go as the readiness changes.
    filter.setResult(int(AssessmentResult::NotMet));
    const int notMetBefore = leaves(filter);
    QString target;
    for (const AssessableItem &item : doc->workspace().standardsSet().assessables()) {
        if (test::read(doc->workspace().assessment(item.id)).result == AssessmentResult::Met) {
            target = item.id;
            break;
        }
    }
    REQUIRE(!target.isEmpty());
    Assessment a = test::read(doc->workspace().assessment(target));
    a.result = AssessmentResult::NotMet;
    doc->undoStack()->push(new SetAssessmentCommand(doc.get(), a));
    doc->rescore();
    model.setReadiness(doc->readiness());
    CHECK(leaves(filter) == notMetBefore + 1);
    doc->undoStack()->undo();
    doc->rescore();
    model.setReadiness(doc->readiness());
    CHECK(leaves(filter) == notMetBefore);

    // Filters switched on and off, then the whole tree replaced by another set.
    filter.setMustOnly(true);
    filter.setText(QStringLiteral("policy"));
    filter.setResult(std::nullopt);
    filter.setBlockersOnly(true);
    filter.setBlockersOnly(false);
    filter.setMustOnly(false);
    filter.setText(QString());
    CHECK(leaves(filter) == items);
    model.setStandardsSet(test::newSet());
    CHECK(leaves(filter) == int(test::newSet().assessables().size()));
    model.setReconfirmationIds({QStringLiteral("n-3"), QStringLiteral("n-4")});
    filter.setNeedsReconfirmationOnly(true);
    CHECK(leaves(filter) == 2);
    model.setReconfirmationIds({QStringLiteral("n-3")});
    CHECK(leaves(filter) == 1);
}
