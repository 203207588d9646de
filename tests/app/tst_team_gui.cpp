// Team mode from the window: File > Share with a team and File > Open from server, against the
// PostgreSQL test server that CTest starts (the "postgres" fixture).
#include "guitest.h"
#include "teamfixture.h"
#include "testserver.h"
#include "testsupport.h"

#include "common/clock.h"
#include "dialogs/evidencetargetdialog.h"
#include "dialogs/packexportdialog.h"
#include "dialogs/prompts.h"
#include "models/workspacedocument.h"
#include "pack/packmanifest.h"
#include "pack/packverifier.h"
#include "pack/signingkey.h"
#include "server/serveraddress.h"
#include "widgets/actionplanpage.h"
#include "widgets/criterionpage.h"
#include "widgets/evidencelibrarypage.h"
#include "windows/importcontroller.h"
#include "windows/mainwindow.h"
#include "workspace/demoworkspace.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRect>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace seqohs;

namespace {

// Fills the address dialog as a person does and presses its button; false when the dialog
// is not the one expected or its button stays disabled.
bool answerAddress(QWidget *dialog, const QString &url, const QString &button)
{
    auto *address = dialog->findChild<QComboBox *>(QStringLiteral("serverAddress"));
    QWidget *ok = guitest::buttonWithText(dialog, button);
    if (!address || !ok) {
        dialog->close();
        return false;
    }
    address->lineEdit()->clear();
    QTest::keyClicks(address->lineEdit(), url);
    if (!ok->isEnabled()) {
        dialog->close();
        return false;
    }
    QTest::mouseClick(ok, Qt::LeftButton);
    return true;
}

qsizetype evidenceCount(Expected<std::unique_ptr<Workspace>> ws)
{
    if (!ws.ok())
        return -1;
    const Expected<QList<EvidenceItem>> items = (*ws)->evidence();
    return items.ok() ? items->size() : -1;
}

// The demo workspace made as a file in dir and uploaded, as the team's lead, into the team
// workspace; returns the file's path.
QString uploadDemo(const test::TempDir &dir, const test::TeamFixture &team)
{
    QString path = dir.filePath(QStringLiteral("Northgate.seqohs"));
    REQUIRE(DemoWorkspace::create(path, Clock::today()).ok());
    const test::CliRun upload =
        test::runCli({QStringLiteral("workspace"), QStringLiteral("upload"), path,
                      QStringLiteral("--to"), team.server.url(team.database, team.lead)});
    INFO(upload.err.toStdString());
    REQUIRE(upload.exitCode == 0);
    return path;
}

} // namespace

TEST_CASE("File > Share with a team copies the open workspace to the server and opens it there "
          "and File > Open from server opens it again",
          "[team]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("Northgate.seqohs"));
    REQUIRE(DemoWorkspace::create(path, Clock::today()).ok());
    const qsizetype inFile = evidenceCount(Workspace::open(path, Workspace::ReadOnly));
    REQUIRE(inFile > 0);
    test::TeamFixture team(server);
    const QString leadUrl = server.url(team.database, team.lead);

    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    MainWindow window;
    window.resize(1024, 700);
    window.show();
    REQUIRE(window.openFile(path)); // as the program does with a file named on its command line

    bool answered = false;
    guitest::whenDialogOpens([&](QWidget *dialog) {
        answered = answerAddress(dialog, leadUrl, QStringLiteral("Share"));
    });
    Prompts::setNextAnswer(QMessageBox::Open); // "Open the team workspace now?"
    guitest::triggerMenu(&window, QStringLiteral("File/Share with a team"));
    QApplication::processEvents();
    INFO(Prompts::recordedErrors().join(QLatin1Char('\n')).toStdString());
    REQUIRE(answered);
    CHECK(Prompts::recordedErrors().isEmpty());

    // The window now shows the team workspace, named for its database, and it holds what the
    // file holds.
    const QString shownName = team.database + QStringLiteral(" on this computer");
    CHECK(window.windowTitle().contains(shownName));
    const Expected<ServerAddress> lead = ServerAddress::parse(leadUrl);
    REQUIRE(lead.ok());
    CHECK(evidenceCount(Workspace::openServer(*lead, Workspace::ReadOnly)) == inFile);
    // Its integrity check runs on the server and says so.
    guitest::triggerMenu(&window, QStringLiteral("Workspace/Check integrity"));
    QApplication::processEvents();
    CHECK(Prompts::recordedErrors().isEmpty());
    CHECK(Prompts::recordedInformation()
              .join(QLatin1Char('\n'))
              .contains(QStringLiteral("The team workspace is intact")));
    // Sharing is for a file: a team workspace is shared already.
    QAction *share = guitest::menuAction(&window, QStringLiteral("File/Share with a team"));
    REQUIRE(share);
    CHECK_FALSE(share->isEnabled());
    // The recent list offers it by the same name.
    CHECK(guitest::menuPaths(&window).contains(QStringLiteral("File/Open recent/") + shownName));

    // Closed, and opened again from the server as the viewer, who may read it.
    guitest::triggerMenu(&window, QStringLiteral("File/Close workspace"));
    CHECK_FALSE(window.windowTitle().contains(shownName));
    const QString viewerUrl = server.url(team.database, team.viewer);
    answered = false;
    guitest::whenDialogOpens([&](QWidget *dialog) {
        answered = answerAddress(dialog, viewerUrl, QStringLiteral("Open"));
    });
    guitest::triggerMenu(&window, QStringLiteral("File/Open from server"));
    QApplication::processEvents();
    INFO(Prompts::recordedErrors().join(QLatin1Char('\n')).toStdString());
    REQUIRE(answered);
    CHECK(Prompts::recordedErrors().isEmpty());
    CHECK(window.windowTitle().contains(shownName));
}

TEST_CASE("File > Open from server says what is wrong with an address and with a server it "
          "cannot reach",
          "[team]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    QStandardPaths::setTestModeEnabled(true);
    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    MainWindow window;
    window.show();

    bool refusedBadAddress = false;
    bool answered = false;
    const QString missing = server.url(QStringLiteral("no_such_database"), server.superuser());
    guitest::whenDialogOpens([&](QWidget *dialog) {
        auto *address = dialog->findChild<QComboBox *>(QStringLiteral("serverAddress"));
        QWidget *open = guitest::buttonWithText(dialog, QStringLiteral("Open"));
        if (address && open) {
            // A password in the address is refused before anything is sent.
            QTest::keyClicks(address->lineEdit(),
                             QStringLiteral("postgresql://lead:secret@example.org/oh"));
            auto *problem = dialog->findChild<QWidget *>(QStringLiteral("serverAddressProblem"));
            refusedBadAddress = !open->isEnabled() && problem && problem->isVisible();
        }
        answered = answerAddress(dialog, missing, QStringLiteral("Open"));
    });
    guitest::triggerMenu(&window, QStringLiteral("File/Open from server"));
    QApplication::processEvents();
    CHECK(refusedBadAddress);
    REQUIRE(answered);
    const QStringList errors = Prompts::recordedErrors();
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().contains(QStringLiteral("no_such_database")));
    CHECK(window.windowTitle().indexOf(QStringLiteral("no_such_database")) < 0);
}

TEST_CASE("Evidence added in the window to a team workspace is stored on the server", "[team]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    test::TeamFixture team(server);
    uploadDemo(dir, team);
    const QString leadUrl = server.url(team.database, team.lead);
    const Expected<ServerAddress> lead = ServerAddress::parse(leadUrl);
    REQUIRE(lead.ok());
    const qsizetype before = evidenceCount(Workspace::openServer(*lead, Workspace::ReadOnly));
    const QString file = dir.filePath(QStringLiteral("fire drill log.txt"));
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("Fire drill held at the Northgate clinic; all out in three minutes.\n");
    }

    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(leadUrl)); // as the program does with an address on its command line
    REQUIRE(window.document());
    CHECK(window.document()->location().isServer());

    const QString code = window.document()->workspace().standardsSet().assessables().first().code;
    guitest::whenDialogOpens([&](QWidget *w) {
        auto *dialog = qobject_cast<EvidenceTargetDialog *>(w);
        if (!dialog) {
            w->close();
            return;
        }
        QTest::keyClicks(dialog->searchBox(), code);
        QTest::keyClick(dialog->searchBox(), Qt::Key_Return);
        QTest::mouseClick(guitest::buttonWithText(dialog, QStringLiteral("Add")), Qt::LeftButton);
    });
    Prompts::setNextFileNames({file});
    guitest::triggerMenu(&window, QStringLiteral("Edit/Add evidence files"));
    if (window.importer() && window.importer()->isRunning()) {
        QSignalSpy finished(window.importer(), &ImportController::finished);
        REQUIRE(finished.wait(20000));
    }
    INFO(Prompts::recordedErrors().join(QLatin1Char('\n')).toStdString());
    CHECK(Prompts::recordedErrors().isEmpty());
    // On the server, as another session reads it, and in the window.
    CHECK(evidenceCount(Workspace::openServer(*lead, Workspace::ReadOnly)) == before + 1);
    CHECK(window.document()->workspace().evidence()->size() == before + 1);
}

TEST_CASE("A contributor's change outside their assignment is refused by the server and the "
          "window says so",
          "[team]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    test::TeamFixture team(server);
    uploadDemo(dir, team);

    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(server.url(team.database, team.contributor)));
    REQUIRE(window.document());
    guitest::triggerMenu(&window, QStringLiteral("View/Assessment"));
    QApplication::processEvents();
    const QString itemId = window.criterionPage()->itemId();
    REQUIRE_FALSE(itemId.isEmpty());
    const AssessmentResult before = window.document()->workspace().assessment(itemId)->result;

    // The contributor has no criterion assigned: setting a result is refused.
    auto *result = window.criterionPage()->findChild<QComboBox *>(QStringLiteral("resultCombo"));
    REQUIRE(result);
    result->setFocus();
    QTest::keyClick(result, Qt::Key_Up);
    QApplication::processEvents();
    const QStringList errors = Prompts::recordedErrors();
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE_FALSE(errors.isEmpty());
    CHECK(errors.join(QLatin1Char('\n')).contains(QStringLiteral("is not permitted to do it")));
    // Nothing changed on the server, as the lead reads it.
    const Expected<ServerAddress> lead = ServerAddress::parse(server.url(team.database, team.lead));
    REQUIRE(lead.ok());
    Expected<std::unique_ptr<Workspace>> asLead = Workspace::openServer(*lead, Workspace::ReadOnly);
    REQUIRE(asLead.ok());
    CHECK((*asLead)->assessment(itemId)->result == before);
}

TEST_CASE("Another person's change shows in an open window, a save after it is combined with "
          "it, and where both changed a field the person chooses",
          "[team]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    test::TeamFixture team(server);
    uploadDemo(dir, team);

    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(server.url(team.database, team.lead)));
    guitest::triggerMenu(&window, QStringLiteral("View/Assessment"));
    QApplication::processEvents();
    const QString itemId = window.criterionPage()->itemId();
    REQUIRE_FALSE(itemId.isEmpty());
    auto *result = window.criterionPage()->findChild<QComboBox *>(QStringLiteral("resultCombo"));
    auto *narrative =
        window.criterionPage()->findChild<QPlainTextEdit *>(QStringLiteral("narrativeEdit"));
    REQUIRE(result);
    REQUIRE(narrative);

    // The contributor, assigned this criterion, changes its result in a program of their own.
    {
        auto connection = team.connect(team.lead);
        REQUIRE(test::tryExec(*connection, QStringLiteral("INSERT INTO assignment VALUES (?, ?)"),
                              {team.contributor, itemId}));
    }
    const Expected<ServerAddress> contributorAddress =
        ServerAddress::parse(server.url(team.database, team.contributor));
    REQUIRE(contributorAddress.ok());
    Expected<std::unique_ptr<Workspace>> contributor = Workspace::openServer(*contributorAddress);
    REQUIRE(contributor.ok());
    Assessment theirs = *(*contributor)->assessment(itemId);
    theirs.result = theirs.result == AssessmentResult::PartiallyMet
                        ? AssessmentResult::NotMet
                        : AssessmentResult::PartiallyMet;
    REQUIRE((*contributor)->setAssessment(theirs).ok());
    // The window shows it without being asked, and says who changed it.
    CHECK(QTest::qWaitFor([&] { return result->currentData().toInt() == int(theirs.result); },
                          15000));
    CHECK(window.statusBar()->currentMessage().contains(team.contributor));

    // The lead types in the narrative; before it is saved, the contributor sets the status.
    // Different fields: the two are combined by themselves, nobody is asked.
    narrative->setFocus();
    QTest::keyClicks(narrative, QStringLiteral("The lead's words"));
    const QString typed = narrative->toPlainText();
    theirs = *(*contributor)->assessment(itemId);
    theirs.workflow = theirs.workflow == WorkflowStatus::InProgress ? WorkflowStatus::ToDo
                                                                    : WorkflowStatus::InProgress;
    REQUIRE((*contributor)->setAssessment(theirs).ok());
    CHECK(QTest::qWaitFor(
        [&] {
            const Assessment now = *(*contributor)->assessment(itemId);
            return now.narrative == typed && now.workflow == theirs.workflow;
        },
        15000));
    INFO(Prompts::recordedErrors().join(QLatin1Char(10)).toStdString());
    CHECK(Prompts::recordedErrors().isEmpty());
    CHECK(narrative->toPlainText() == typed);

    // Now both write the narrative: the lead is shown both, field by field, and chooses.
    QString mineShown;
    QString theirsShown;
    guitest::whenDialogOpens([&](QWidget *dialog) {
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral("more from the lead")))
                mineShown = label->text();
            if (label->text() == QStringLiteral("The contributor's words"))
                theirsShown = label->text();
        }
        if (auto *take = dialog->findChild<QAbstractButton *>(QStringLiteral("takeTheirs1")))
            take->click();
        QTest::mouseClick(guitest::buttonWithText(dialog, QStringLiteral("Save my choice")),
                          Qt::LeftButton);
    });
    narrative->setFocus();
    narrative->moveCursor(QTextCursor::End);
    QTest::keyClicks(narrative, QStringLiteral(" And more from the lead."));
    // The contributor's program looks again (it polled above, before the lead's save).
    (*contributor)->seeAfresh();
    theirs = *(*contributor)->assessment(itemId);
    theirs.narrative = QStringLiteral("The contributor's words");
    REQUIRE((*contributor)->setAssessment(theirs).ok());
    CHECK(QTest::qWaitFor([&] { return !theirsShown.isEmpty(); }, 15000));
    CHECK(mineShown.endsWith(QStringLiteral("And more from the lead.")));
    // Theirs was chosen: kept on the server, and what the window shows.
    CHECK(QTest::qWaitFor(
        [&] { return narrative->toPlainText() == QStringLiteral("The contributor's words"); },
        15000));
    CHECK((*contributor)->assessment(itemId)->narrative ==
          QStringLiteral("The contributor's words"));
    CHECK(Prompts::recordedErrors().isEmpty());
}

TEST_CASE("Two people change one evidence item or one action: different fields combine by "
          "themselves, the same field is the second person's choice, and cancelling it goes back "
          "to what they typed",
          "[team]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    test::TeamFixture team(server);
    uploadDemo(dir, team);
    const QString otherLead =
        server.createLogin(QStringLiteral("lead_"), team.database + QStringLiteral("_lead"));
    const Expected<ServerAddress> otherAddress =
        ServerAddress::parse(server.url(team.database, otherLead));
    REQUIRE(otherAddress.ok());
    Expected<std::unique_ptr<Workspace>> opened = Workspace::openServer(*otherAddress);
    REQUIRE(opened.ok());
    Workspace &other = **opened;

    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    MainWindow window;
    window.resize(1024, 700);
    window.show();
    REQUIRE(window.openFile(server.url(team.database, team.lead)));
    const auto clickFirstRow = [](QTableView *view) {
        const QRect rect = view->visualRect(view->model()->index(0, 0));
        REQUIRE(rect.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    };
    // Clicks the page's Edit… button for the selected row; once its dialog is open, the other
    // person changes the record (theirs), then the lead types (fill) and clicks OK.
    const auto editMeanwhile = [](QWidget *page, const QString &dialogName,
                                  const std::function<void()> &theirs,
                                  const std::function<void(QWidget *)> &fill) {
        guitest::whenDialogOpens(
            [theirs, fill](QWidget *dialog) {
                theirs();
                fill(dialog);
                QTest::mouseClick(guitest::buttonWithText(dialog, QStringLiteral("OK")),
                                  Qt::LeftButton);
            },
            dialogName);
        QWidget *edit = guitest::buttonWithText(page, QStringLiteral("Edit\u2026"));
        REQUIRE(edit);
        QTest::mouseClick(edit, Qt::LeftButton);
    };
    // What the lead does when shown both changes, once it is shown.
    bool conflictShown = false;
    const auto whenConflict = [&](const std::function<void(QWidget *)> &answer) {
        conflictShown = false;
        guitest::whenDialogOpens(
            [&conflictShown, answer](QWidget *dialog) {
                conflictShown = true;
                answer(dialog);
            },
            QStringLiteral("conflictDialog"));
    };
    const auto click = [](QWidget *dialog, const QString &text) {
        QTest::mouseClick(guitest::buttonWithText(dialog, text), Qt::LeftButton);
    };

    // ---- evidence ----
    guitest::triggerMenu(&window, QStringLiteral("View/Evidence"));
    QTableView *library = window.evidenceLibrary()->view();
    clickFirstRow(library);
    const QString firstTitle = library->model()->index(0, 0).data().toString();
    qint64 id = 0;
    for (const EvidenceItem &e : *other.evidence()) {
        if (e.title == firstTitle)
            id = e.id;
    }
    REQUIRE(id != 0);
    const auto theyChange = [&](const std::function<void(EvidenceItem &)> &change) {
        return [&other, id, change] {
            other.seeAfresh();
            EvidenceItem e = other.evidenceItem(id)->value();
            change(e);
            REQUIRE(other.updateEvidence(e).ok());
        };
    };
    const auto typeTitle = [](const QString &title) {
        return [title](QWidget *dialog) {
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("evidenceTitle"));
            REQUIRE(edit);
            edit->selectAll();
            QTest::keyClicks(edit, title);
        };
    };
    const auto storedTitle = [&] {
        other.seeAfresh();
        return other.evidenceItem(id)->value().title;
    };

    // Different fields: the lead's title and the other's description, nobody asked.
    editMeanwhile(window.evidenceLibrary(), QStringLiteral("evidenceDialog"),
                  theyChange([](EvidenceItem &e) { e.description = QStringLiteral("Theirs"); }),
                  typeTitle(QStringLiteral("The lead's title")));
    INFO(Prompts::recordedErrors().join(QLatin1Char(10)).toStdString());
    CHECK(Prompts::recordedErrors().isEmpty());
    CHECK(storedTitle() == QStringLiteral("The lead's title"));
    CHECK(other.evidenceItem(id)->value().description == QStringLiteral("Theirs"));

    // The same field: the lead is shown both and takes theirs.
    QString theirsShown;
    whenConflict([&](QWidget *dialog) {
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->text() == QStringLiteral("The other's title"))
                theirsShown = label->text();
        }
        // For a person to look at: SEQOHS_SCREENSHOTS names a folder for the picture.
        if (const QString out = qEnvironmentVariable("SEQOHS_SCREENSHOTS"); !out.isEmpty())
            dialog->grab().save(QDir(out).filePath(QStringLiteral("conflict-evidence.png")));
        auto *take = dialog->findChild<QAbstractButton *>(QStringLiteral("takeTheirs1"));
        REQUIRE(take);
        take->click();
        click(dialog, QStringLiteral("Save my choice"));
    });
    editMeanwhile(
        window.evidenceLibrary(), QStringLiteral("evidenceDialog"),
        theyChange([](EvidenceItem &e) { e.title = QStringLiteral("The other's title"); }),
        typeTitle(QStringLiteral("The lead's second title")));
    CHECK(QTest::qWaitFor([&] { return conflictShown; }, 15000));
    CHECK_FALSE(theirsShown.isEmpty());
    CHECK(storedTitle() == QStringLiteral("The other's title"));
    CHECK(Prompts::recordedErrors().isEmpty());

    // Cancelling the choice saves nothing and goes back to the dialog with what was typed.
    QString typedAgain;
    whenConflict([&](QWidget *dialog) {
        click(dialog, QStringLiteral("Cancel"));
        guitest::whenDialogOpens(
            [&](QWidget *again) {
                typedAgain = again->findChild<QLineEdit *>(QStringLiteral("evidenceTitle"))->text();
                click(again, QStringLiteral("Cancel"));
            },
            QStringLiteral("evidenceDialog"));
    });
    editMeanwhile(
        window.evidenceLibrary(), QStringLiteral("evidenceDialog"),
        theyChange([](EvidenceItem &e) { e.title = QStringLiteral("The other's third"); }),
        typeTitle(QStringLiteral("The lead's third")));
    CHECK(QTest::qWaitFor([&] { return !typedAgain.isEmpty(); }, 15000));
    CHECK(conflictShown);
    CHECK(typedAgain == QStringLiteral("The lead's third"));
    CHECK(storedTitle() == QStringLiteral("The other's third"));
    CHECK(Prompts::recordedErrors().isEmpty());

    // ---- actions ----
    guitest::triggerMenu(&window, QStringLiteral("View/Action plan"));
    QTableView *plan = window.actionPlan()->view();
    REQUIRE(plan->model()->rowCount() > 0);
    clickFirstRow(plan);
    const QString firstAction = plan->model()->index(0, 0).data().toString();
    qint64 actionId = 0;
    for (const Action &a : *other.actions()) {
        if (a.text == firstAction)
            actionId = a.id;
    }
    REQUIRE(actionId != 0);
    const auto theyChangeAction = [&](const std::function<void(Action &)> &change) {
        return [&other, actionId, change] {
            other.seeAfresh();
            Action a = other.action(actionId)->value();
            change(a);
            REQUIRE(other.updateAction(a).ok());
        };
    };
    const auto typeText = [](const QString &text) {
        return [text](QWidget *dialog) {
            auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("actionText"));
            REQUIRE(edit);
            edit->selectAll();
            QTest::keyClicks(edit, text);
        };
    };
    const auto storedAction = [&] {
        other.seeAfresh();
        return other.action(actionId)->value();
    };

    editMeanwhile(window.actionPlan(), QStringLiteral("actionDialog"),
                  theyChangeAction([](Action &a) { a.owner = QStringLiteral("Their owner"); }),
                  typeText(QStringLiteral("The lead's action")));
    CHECK(Prompts::recordedErrors().isEmpty());
    CHECK(storedAction().text == QStringLiteral("The lead's action"));
    CHECK(storedAction().owner == QStringLiteral("Their owner"));

    // The lead keeps their own text (the choice the dialog starts with).
    whenConflict([&](QWidget *dialog) { click(dialog, QStringLiteral("Save my choice")); });
    editMeanwhile(window.actionPlan(), QStringLiteral("actionDialog"),
                  theyChangeAction([](Action &a) { a.text = QStringLiteral("Their action"); }),
                  typeText(QStringLiteral("The lead's second action")));
    CHECK(QTest::qWaitFor([&] { return conflictShown; }, 15000));
    CHECK(storedAction().text == QStringLiteral("The lead's second action"));
    CHECK(Prompts::recordedErrors().isEmpty());
    // Undo goes back to what was there when it was saved: their text.
    guitest::triggerMenu(&window, QStringLiteral("Edit/Undo Edit action"));
    CHECK(storedAction().text == QStringLiteral("Their action"));
}

TEST_CASE("When the connection drops the window says so, keeps the typing, connects again and "
          "shows what changed meanwhile",
          "[team]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    test::TeamFixture team(server);
    uploadDemo(dir, team);
    const QString otherLead =
        server.createLogin(QStringLiteral("lead_"), team.database + QStringLiteral("_lead"));

    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(server.url(team.database, team.lead)));
    QStringList messages;
    QObject::connect(window.statusBar(), &QStatusBar::messageChanged,
                     [&](const QString &m) { messages << m; });
    guitest::triggerMenu(&window, QStringLiteral("View/Assessment"));
    QApplication::processEvents();
    const QString itemId = window.criterionPage()->itemId();
    REQUIRE_FALSE(itemId.isEmpty());
    auto *narrative =
        window.criterionPage()->findChild<QPlainTextEdit *>(QStringLiteral("narrativeEdit"));
    REQUIRE(narrative);

    // The server ends the lead's session.
    server.runAsSuperuser(QStringLiteral("postgres"),
                          {QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                          "pg_stat_activity WHERE usename = '%1'")
                               .arg(team.lead)});
    const auto said = [&](const QString &part) {
        return std::any_of(messages.cbegin(), messages.cend(),
                           [&](const QString &m) { return m.contains(part); });
    };
    CHECK(QTest::qWaitFor([&] { return said(QStringLiteral("was lost")); }, 15000));

    // The lead goes on typing; another lead adds an action meanwhile.
    narrative->setFocus();
    narrative->moveCursor(QTextCursor::End);
    QTest::keyClicks(narrative, QStringLiteral(" Typed while cut off."));
    const QString typed = narrative->toPlainText();
    const Expected<ServerAddress> otherAddress =
        ServerAddress::parse(server.url(team.database, otherLead));
    REQUIRE(otherAddress.ok());
    Expected<std::unique_ptr<Workspace>> other = Workspace::openServer(*otherAddress);
    REQUIRE(other.ok());
    Action action;
    action.text = QStringLiteral("Added while the lead was cut off");
    action.itemId = itemId;
    REQUIRE((*other)->addAction(action).ok());

    // The window connects again by itself and says so; the typing is still on screen and now
    // saved, and the action plan shows the other lead's action.
    CHECK(QTest::qWaitFor([&] { return said(QStringLiteral("again; everything shown")); }, 20000));
    CHECK(narrative->toPlainText() == typed);
    CHECK(QTest::qWaitFor([&] { return (*other)->assessment(itemId)->narrative == typed; }, 15000));
    guitest::triggerMenu(&window, QStringLiteral("View/Action plan"));
    auto *table = window.findChild<QAbstractItemView *>(QStringLiteral("actionTable"));
    REQUIRE(table);
    const QModelIndexList shown = table->model()->match(
        table->model()->index(0, 0), Qt::DisplayRole,
        QStringLiteral("Added while the lead was cut off"), 1, Qt::MatchContains);
    CHECK(shown.size() == 1);
}

TEST_CASE("File > Roll-up across services adds the team workspaces the login belongs to", "[team]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    QStandardPaths::setTestModeEnabled(true);
    // Two sites; the regional lead's login is in the first one's regional role (its figures
    // and nothing else) only.
    test::TeamFixture north(server);
    test::TeamFixture south(server);
    test::TempDir northDir;
    test::TempDir southDir;
    uploadDemo(northDir, north);
    uploadDemo(southDir, south);
    const QString regional = server.createLogin(QStringLiteral("regional_"),
                                                north.database + QStringLiteral("_regional"));

    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    MainWindow window;
    window.resize(1024, 700);
    window.show();
    QStringList names;
    QString summary;
    bool answered = false;
    bool read = false;
    guitest::whenDialogOpens([&](QWidget *dialog) {
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("rollUpServices"));
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("rollUpSummary"));
        QWidget *add = guitest::buttonWithText(dialog, QStringLiteral("Add team workspaces"));
        if (table && label && add) {
            guitest::whenDialogOpens(
                [&](QWidget *addressDialog) {
                    answered = answerAddress(addressDialog,
                                             server.url(QStringLiteral("postgres"), regional),
                                             QStringLiteral("Add"));
                },
                QStringLiteral("serverAddressDialog"));
            QTest::mouseClick(add, Qt::LeftButton);
            read = QTest::qWaitFor([&] { return table->rowCount() == 1; }, 30000);
            for (int row = 0; row < table->rowCount(); ++row)
                names << table->item(row, 0)->text();
            summary = label->text();
            // For a person to look at: SEQOHS_SCREENSHOTS names a folder for the picture.
            if (const QString out = qEnvironmentVariable("SEQOHS_SCREENSHOTS"); !out.isEmpty())
                dialog->grab().save(QDir(out).filePath(QStringLiteral("rollup-team.png")));
        }
        QTest::mouseClick(guitest::buttonWithText(dialog, QStringLiteral("Close")), Qt::LeftButton);
    });
    guitest::triggerMenu(&window, QStringLiteral("File/Roll-up across services"));
    QApplication::processEvents();
    INFO(Prompts::recordedErrors().join(QLatin1Char('\n')).toStdString());
    CHECK(answered);
    CHECK(read);
    CHECK(Prompts::recordedErrors().isEmpty());
    CHECK(names == QStringList{QStringLiteral("Northgate Occupational Health")});
    CHECK(summary.contains(QStringLiteral("1 service")));
}

TEST_CASE("Submission > Create submission pack writes a signed pack of a team workspace", "[team]")
{
    test::TestServer server;
    if (test::skippedWithoutServer(server))
        return;
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    test::TeamFixture team(server);
    uploadDemo(dir, team);
    const Expected<SigningKey> key = SigningKey::generate();
    REQUIRE(key.ok());
    const QString keyPath = dir.filePath(QStringLiteral("keys/service.key"));
    REQUIRE(key->save(keyPath).ok());

    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    MainWindow window;
    window.resize(1024, 700);
    window.show();
    REQUIRE(window.openFile(server.url(team.database, team.lead)));

    const QString pack = dir.filePath(QStringLiteral("team-pack.zip"));
    QString suggested;
    bool finished = false;
    guitest::whenDialogOpens([&](QWidget *dialog) {
        // Where it offers to save: named for the team workspace's database.
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
            if (edit->text().endsWith(QStringLiteral("-submission.zip")))
                suggested = edit->text();
        }
        auto *packDialog = qobject_cast<PackExportDialog *>(dialog);
        QWidget *create = guitest::buttonWithText(dialog, QStringLiteral("Create pack"));
        if (packDialog && create) {
            packDialog->setKeyPath(keyPath);
            packDialog->setDestination(pack);
            QSignalSpy done(packDialog, &PackExportDialog::packFinished);
            QTest::mouseClick(create, Qt::LeftButton);
            finished = done.wait(120000) && done.first().first().toBool();
        }
        QTest::mouseClick(guitest::buttonWithText(dialog, QStringLiteral("Close")), Qt::LeftButton);
    });
    guitest::triggerMenu(&window, QStringLiteral("Submission/Create submission pack"));
    QApplication::processEvents();
    INFO(Prompts::recordedErrors().join(QLatin1Char('\n')).toStdString());
    CHECK(Prompts::recordedErrors().isEmpty());
    CHECK(QFileInfo(suggested).fileName() == team.database + QStringLiteral("-submission.zip"));
    REQUIRE(finished);

    PackVerifier verifier(pack);
    verifier.setExpectedKey(key->fingerprint());
    const PackVerification verified = verifier.verify();
    INFO(joinErrors(verified.problems).toStdString());
    CHECK(verified.ok());
    CHECK(verified.manifest.entry(PackManifest::ReportPath) != nullptr);
    // The pack is recorded in the team workspace, so the assessor's response can be matched.
    const Expected<ServerAddress> lead = ServerAddress::parse(server.url(team.database, team.lead));
    REQUIRE(lead.ok());
    auto ws = Workspace::openServer(*lead, Workspace::ReadOnly);
    REQUIRE(ws.ok());
    CHECK((*ws)->packs()->size() == 1);
}
