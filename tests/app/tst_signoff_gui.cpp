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
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

using namespace seqohs;

namespace {

// The navigator's status text for an item, as the tree shows it.
QString navigatorStatus(MainWindow &window, const QString &itemId)
{
    QAbstractItemModel *model = window.navigator()->view()->model();
    const QModelIndexList found = model->match(model->index(0, 0), NavigatorModel::ItemIdRole,
                                               itemId, 1, Qt::MatchExactly | Qt::MatchRecursive);
    REQUIRE(found.size() == 1);
    return found.first()
        .siblingAtColumn(NavigatorModel::StatusColumn)
        .data(Qt::DisplayRole)
        .toString();
}

QString labelText(QWidget *root, const char *name)
{
    auto *label = root->findChild<QLabel *>(QString::fromLatin1(name));
    REQUIRE(label);
    return label->text();
}

} // namespace

TEST_CASE("A lead signs off a standard from the window; a change voids it everywhere it shows",
          "[signoff]")
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    MainWindow window;
    window.resize(1024, 700);
    window.show();
    Prompts::setNextFileNames(
        {guitest::makeNhsWorkspace(dir.path(), QStringLiteral("Sign-off OH"))});
    guitest::triggerMenu(&window, QStringLiteral("File/Open"));
    REQUIRE(window.document());
    guitest::triggerMenu(&window, QStringLiteral("View/Assessment"));
    const QString itemId = window.criterionPage()->itemId();
    REQUIRE_FALSE(itemId.isEmpty());
    CHECK(
        labelText(window.criterionPage(), "signOffStatus").contains(QStringLiteral("Not signed")));

    // Submission > Sign off: the standard of the criterion on screen, in a named person's name.
    bool filled = false;
    guitest::whenDialogOpens([&](QWidget *dialog) {
        auto *scope = dialog->findChild<QComboBox *>(QStringLiteral("signOffScope"));
        auto *signer = dialog->findChild<QLineEdit *>(QStringLiteral("signOffSigner"));
        auto *comment = dialog->findChild<QPlainTextEdit *>(QStringLiteral("signOffComment"));
        if (scope && signer && comment) {
            const int standard =
                scope->findText(QStringLiteral("Its standard"), Qt::MatchStartsWith);
            scope->setCurrentIndex(standard);
            signer->selectAll();
            QTest::keyClicks(signer, QStringLiteral("Dr Priya Shah"));
            QTest::keyClicks(comment, QStringLiteral("Checked at the governance group"));
            filled = standard >= 0;
        }
        QTest::mouseClick(guitest::buttonWithText(dialog, QStringLiteral("Sign off")),
                          Qt::LeftButton);
    });
    guitest::triggerMenu(&window, QStringLiteral("Submission/Sign off"));
    REQUIRE(filled);
    QApplication::processEvents();
    const QList<SignOff> made = *window.document()->workspace().signOffs();
    REQUIRE(made.size() == 1);
    CHECK(made.first().scope == SignOff::Scope::Standard);
    CHECK(made.first().signer == QStringLiteral("Dr Priya Shah"));
    CHECK(made.first().comment == QStringLiteral("Checked at the governance group"));
    CHECK(navigatorStatus(window, itemId).startsWith(QStringLiteral("\u2714 Signed off")));
    CHECK(labelText(window.criterionPage(), "signOffStatus")
              .contains(QStringLiteral("Signed off by Dr Priya Shah")));

    // The lead changes the result on the criterion page, as a person does.
    auto *result = window.criterionPage()->findChild<QComboBox *>(QStringLiteral("resultCombo"));
    REQUIRE(result);
    result->setFocus();
    QTest::keyClick(result, Qt::Key_Down);
    QApplication::processEvents();
    REQUIRE(window.document()->workspace().assessment(itemId)->result !=
            AssessmentResult::NotAssessed);
    CHECK(navigatorStatus(window, itemId).startsWith(QStringLiteral("\u26a0 Sign-off void")));
    const QString page = labelText(window.criterionPage(), "signOffVoid");
    CHECK(page.contains(QStringLiteral("is void")));
    CHECK(labelText(window.criterionPage(), "signOffStatus")
              .contains(QStringLiteral("Not signed off")));
    CHECK(page.contains(QStringLiteral("the result changed from Not assessed to")));
    guitest::triggerMenu(&window, QStringLiteral("View/Dashboard"));
    QApplication::processEvents();
    CHECK(labelText(window.dashboard(), "signOffSummary").contains(QStringLiteral("void")));

    // Submission > Sign-offs lists it as void with what changed, and withdraws it.
    bool listed = false;
    guitest::whenDialogOpens([&](QWidget *dialog) {
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("signOffTable"));
        if (table && table->rowCount() == 1) {
            table->selectRow(0);
            listed = table->item(0, 3)->text().contains(QStringLiteral("Void")) &&
                     labelText(dialog, "signOffDetail")
                         .contains(QStringLiteral("the result changed from Not assessed to"));
            QTest::mouseClick(guitest::buttonWithText(dialog, QStringLiteral("Withdraw")),
                              Qt::LeftButton);
            listed = listed && table->rowCount() == 0;
        }
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    guitest::triggerMenu(&window, QStringLiteral("Submission/Sign-offs"));
    CHECK(listed);
    CHECK(window.document()->workspace().signOffs()->isEmpty());

    // Undo (Ctrl+Z) puts the withdrawn sign-off back, void as it was.
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    const QKeyCombination undo = QKeySequence::keyBindings(QKeySequence::Undo).first()[0];
    QTest::keyClick(window.navigator()->view(), undo.key(), undo.keyboardModifiers());
    QApplication::processEvents();
    REQUIRE(window.document()->workspace().signOffs()->size() == 1);
    CHECK(window.document()->workspace().signOffs()->first().isVoid());
    CHECK(Prompts::recordedErrors().isEmpty());
    Prompts::setRecordErrors(false);
}
