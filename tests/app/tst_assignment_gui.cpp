#include "testsupport.h"

#include "guitest.h"

#include "catalogue/standardslibrary.h"
#include "dialogs/prompts.h"
#include "models/navigatormodel.h"
#include "models/workspacedocument.h"
#include "widgets/criterionpage.h"
#include "widgets/dashboardwidget.h"
#include "widgets/navigatorpane.h"
#include "windows/mainwindow.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

using namespace seqohs;

namespace {

// The assessable items the navigator shows, as the tree's model has them.
QStringList shownItems(MainWindow &window)
{
    QAbstractItemModel *model = window.navigator()->view()->model();
    QStringList ids;
    const QModelIndexList found =
        model->match(model->index(0, 0), NavigatorModel::ItemIdRole, QStringLiteral("*"), -1,
                     Qt::MatchWildcard | Qt::MatchRecursive);
    for (const QModelIndex &i : found) {
        if (!i.data(NavigatorModel::ItemIdRole).toString().isEmpty()) // not a domain or standard
            ids << i.data(NavigatorModel::ItemIdRole).toString();
    }
    return ids;
}

} // namespace

TEST_CASE("Workspace > Assignments assigns people, undo takes it back, View > My items shows "
          "mine and the dashboard each person's progress",
          "[assignment]")
{
    QStandardPaths::setTestModeEnabled(true);
    Workspace::setUserName(QStringLiteral("Priya Shah"));
    test::TempDir dir;
    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    MainWindow window;
    window.resize(1024, 700);
    window.show();
    Prompts::setNextFileNames({guitest::makeNhsWorkspace(dir.path(), QStringLiteral("Team OH"))});
    guitest::triggerMenu(&window, QStringLiteral("File/Open"));
    REQUIRE(window.document());
    guitest::triggerMenu(&window, QStringLiteral("View/Assessment"));
    const QString itemId = window.criterionPage()->itemId();
    REQUIRE_FALSE(itemId.isEmpty());
    const int allItems = int(shownItems(window).size());

    // Priya takes the criterion on screen (offered first, in her name); Sam the first domain.
    int rowsShown = -1;
    bool offeredMine = false;
    guitest::whenDialogOpens([&](QWidget *dialog) {
        auto *person = dialog->findChild<QComboBox *>(QStringLiteral("assignPerson"));
        auto *scope = dialog->findChild<QComboBox *>(QStringLiteral("assignScope"));
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("assignmentTable"));
        if (person && scope && table) {
            offeredMine = person->currentText() == QLatin1String("Priya Shah") &&
                          scope->currentData().toString() == itemId;
            QTest::mouseClick(guitest::buttonWithText(dialog, QStringLiteral("Assign")),
                              Qt::LeftButton);
            person->lineEdit()->selectAll();
            QTest::keyClicks(person->lineEdit(), QStringLiteral("Sam Lee"));
            scope->setCurrentIndex(0);
            QTest::mouseClick(guitest::buttonWithText(dialog, QStringLiteral("Assign")),
                              Qt::LeftButton);
            rowsShown = table->rowCount();
        }
        QTest::mouseClick(guitest::buttonWithText(dialog, QStringLiteral("Close")), Qt::LeftButton);
    });
    guitest::triggerMenu(&window, QStringLiteral("Workspace/Assignments"));
    CHECK(offeredMine);
    CHECK(rowsShown == 2);
    CHECK(Prompts::recordedErrors().isEmpty());
    Workspace &ws = window.document()->workspace();
    REQUIRE(ws.assignments()->size() == 2);

    // The last assignment is one undo away.
    guitest::triggerMenu(&window, QStringLiteral("Edit/Undo Assign to Sam Lee"));
    REQUIRE(ws.assignments()->size() == 1);
    CHECK(ws.assignments()->first() == Assignment{QStringLiteral("Priya Shah"), itemId});

    // View > My items: the navigator shows only Priya's criterion.
    guitest::triggerMenu(&window, QStringLiteral("View/My items"));
    CHECK(shownItems(window) == QStringList{itemId});
    auto *mine = window.navigator()->findChild<QCheckBox *>(QStringLiteral("myItemsFilter"));
    REQUIRE(mine);
    CHECK(mine->isChecked());
    CHECK(mine->text() == QStringLiteral("My items (1)"));
    guitest::triggerMenu(&window, QStringLiteral("View/My items"));
    CHECK(shownItems(window).size() == allItems);

    // The dashboard: progress by person.
    guitest::triggerMenu(&window, QStringLiteral("View/Dashboard"));
    auto *dashboard = window.findChild<DashboardWidget *>();
    REQUIRE(dashboard);
    CHECK(dashboard->peopleProgress() ==
          QStringList{QStringLiteral("Priya Shah: 0 of 1 assessed, 0 done")});
    Workspace::setUserName(QString());
}
