// The window as a person meets it: every capability reached through the menu bar by its
// visible text, workspaces and packs opened in any order, and what each step shows.
#include "testsupport.h"

#include "guitest.h"

#include "catalogue/standardslibrary.h"
#include "dialogs/evidencetargetdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/prompts.h"
#include "dialogs/standardsimportdialog.h"
#include "models/workspacedocument.h"
#include "pack/packwriter.h"
#include "pack/signingkey.h"
#include "reporting/visitplan.h"
#include "widgets/criterionpage.h"
#include "widgets/evidencelibrarypage.h"
#include "widgets/navigatorpane.h"
#include "windows/assessorwindow.h"
#include "windows/importcontroller.h"
#include "windows/mainwindow.h"
#include "workspace/demoworkspace.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

#include <set>

using namespace seqohs;

namespace {

QString makeWorkspace(const test::TempDir &dir, const QString &name, int evidenceCount)
{
    QString path = dir.filePath(name + QStringLiteral(".seqohs"));
    ServiceProfile profile;
    profile.name = name;
    profile.servesNhs = true;
    Expected<StandardsSet> set = StandardsLibrary::bundled(StandardsLibrary::defaultId());
    REQUIRE(set.ok());
    Expected<std::unique_ptr<Workspace>> ws = Workspace::create(path, profile, *set);
    REQUIRE(ws.ok());
    for (int i = 0; i < evidenceCount; ++i) {
        EvidenceItem meta;
        meta.kind = EvidenceItem::Kind::Statement;
        meta.title = QStringLiteral("%1 statement %2").arg(name).arg(i + 1);
        REQUIRE((*ws)->addEvidenceStatement(QStringLiteral("We do this."), meta, {}).ok());
    }
    return path;
}

// Closes every modal dialog that opens while it lives (the test's stand-in for a person who
// looks and presses Escape), and counts them.
class DialogCloser
{
public:
    DialogCloser()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || qobject_cast<QProgressDialog *>(modal))
                return;
            ++m_closed;
            m_titles << modal->windowTitle();
            // A label with a mnemonic but no buddy shows its ampersand as it is.
            for (const QLabel *label : modal->findChildren<QLabel *>()) {
                const QString text = label->text();
                const bool rich =
                    label->textFormat() == Qt::RichText ||
                    (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
                const QString plain = QString(text).remove(QStringLiteral("&&"));
                if (!rich && !label->buddy() && plain.contains(QLatin1Char('&')))
                    m_literalAmpersands << modal->windowTitle() + QStringLiteral(": ") + text;
            }
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
            else
                modal->close();
        });
        m_timer.start(30);
    }
    int closed() const { return m_closed; }
    QStringList titles() const { return m_titles; }
    QStringList literalAmpersands() const { return m_literalAmpersands; }

private:
    QTimer m_timer;
    int m_closed = 0;
    QStringList m_titles;
    QStringList m_literalAmpersands;
};

struct Observed
{
    int page = -1;
    QWidget *focus = nullptr;
    QString title;
    QString status;
    int undoIndex = -1;
    int topLevels = 0;
    qsizetype information = 0;
    qsizetype errors = 0;
    bool operator==(const Observed &) const = default;
};

Observed observe(MainWindow &w)
{
    Observed o;
    o.page = w.document() ? int(w.currentPage()) : -1;
    o.focus = QApplication::focusWidget();
    o.title = w.windowTitle();
    o.status = w.statusBar()->currentMessage();
    o.undoIndex = w.document() ? w.document()->undoStack()->index() : -1;
    for (QWidget *t : QApplication::topLevelWidgets())
        o.topLevels += t->isVisible();
    o.information = Prompts::recordedInformation().size();
    o.errors = Prompts::recordedErrors().size();
    return o;
}

void waitForImport(MainWindow &w)
{
    if (!w.importer() || !w.importer()->isRunning())
        return;
    QSignalSpy finished(w.importer(), &ImportController::finished);
    REQUIRE(finished.wait(20000));
}

} // namespace

TEST_CASE("Every capability of the product has a menu item that does something", "[menus]")
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    MainWindow window;
    window.resize(1024, 700);
    window.show();
    const QString path = makeWorkspace(dir, QStringLiteral("Menus OH"), 2);
    REQUIRE(window.openWorkspace(path));

    // The capabilities of the product, by the menu item a person finds them under.
    const QStringList required{
        QStringLiteral("File/New workspace"),
        QStringLiteral("File/Open"),
        QStringLiteral("File/Open the demo workspace"),
        QStringLiteral("File/Save a copy"),
        QStringLiteral("File/Export"),
        QStringLiteral("File/Export calendar"),
        QStringLiteral("File/Print report"),
        QStringLiteral("File/Print preview"),
        QStringLiteral("File/Roll-up across services"),
        QStringLiteral("File/Close workspace"),
        QStringLiteral("File/Quit"),
        QStringLiteral("Edit/Undo"),
        QStringLiteral("Edit/Redo"),
        QStringLiteral("Edit/Find criterion"),
        QStringLiteral("Edit/Add evidence files"),
        QStringLiteral("Edit/Add evidence folder"),
        QStringLiteral("Edit/Add evidence link"),
        QStringLiteral("Edit/Add written statement"),
        QStringLiteral("Edit/Add action"),
        QStringLiteral("Edit/Service profile"),
        QStringLiteral("View/Dashboard"),
        QStringLiteral("View/Assessment"),
        QStringLiteral("View/Evidence"),
        QStringLiteral("View/Action plan"),
        QStringLiteral("View/Readiness checks"),
        QStringLiteral("View/Why this score?"),
        QStringLiteral("View/Forecast at a date"),
        QStringLiteral("View/Back to today"),
        QStringLiteral("Workspace/Check integrity"),
        QStringLiteral("Workspace/Save a snapshot"),
        QStringLiteral("Workspace/Compare snapshots"),
        QStringLiteral("Workspace/Move to another standards set"),
        QStringLiteral("Workspace/Load a standards set"),
        QStringLiteral("Workspace/Load the official wording"),
        QStringLiteral("Submission/Create submission pack"),
        QStringLiteral("Submission/Import assessor\u2019s response"),
        QStringLiteral("Submission/Sign off"),
        QStringLiteral("Submission/Sign-offs"),
        QStringLiteral("Submission/Review a submission pack"),
        QStringLiteral("Help/About SEQOHS Tracker"),
    };
    const QStringList paths = guitest::menuPaths(&window);
    for (const QString &p : required) {
        INFO("menu item " << p.toStdString());
        CHECK(paths.contains(p));
    }

    // Trigger every enabled item (but Quit) and see that something a person can see happens:
    // a dialog or window opens, the page, focus, title or status line changes, an edit is
    // made, or a message is shown.
    const std::set<QString> skip{QStringLiteral("File/Quit")};
    int triggered = 0;
    for (const QString &p : paths) {
        if (skip.count(p))
            continue;
        if (!window.document())
            REQUIRE(window.openWorkspace(path));
        QAction *action = guitest::menuAction(&window, p);
        REQUIRE(action);
        if (!action->isEnabled())
            continue;
        guitest::triggerMenu(&window, p == QStringLiteral("View/Evidence")
                                          ? QStringLiteral("View/Dashboard")
                                          : QStringLiteral("View/Evidence"));
        window.statusBar()->clearMessage();
        window.setFocus();
        QApplication::processEvents();
        const Observed before = observe(window);
        DialogCloser closer;
        action->trigger();
        QApplication::processEvents();
        waitForImport(window);
        const Observed after = observe(window);
        INFO("menu item " << p.toStdString());
        CHECK((closer.closed() > 0 || !(before == after)));
        CHECK(closer.literalAmpersands().join(QLatin1Char('\n')).toStdString() == std::string());
        ++triggered;
        // Close any window it opened (the assessor's, a preview) before the next one.
        for (QWidget *t : QApplication::topLevelWidgets()) {
            if (t != &window && t->isVisible() && t->isWindow() && !qobject_cast<QMenu *>(t))
                t->close();
        }
        if (window.document() && window.document()->forecastDate().isValid())
            window.document()->setForecastDate(QDate());
    }
    CHECK(triggered >= 30);
}

TEST_CASE("No two items of one menu share a mnemonic", "[menus]")
{
    MainWindow window;
    std::function<void(QMenu *, const QString &)> check = [&](QMenu *menu, const QString &name) {
        emit menu->aboutToShow();
        QSet<QChar> seen;
        for (QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            const QString text = a->text();
            const qsizetype at = text.indexOf(QLatin1Char('&'));
            if (at < 0 || at + 1 >= text.size())
                continue;
            const QChar key = text.at(at + 1).toLower();
            INFO("menu " << name.toStdString() << ", item " << text.toStdString());
            CHECK_FALSE(seen.contains(key));
            seen.insert(key);
            if (a->menu())
                check(a->menu(), name + QLatin1Char('/') + text);
        }
    };
    QSet<QChar> top;
    for (QAction *a : window.menuBar()->actions()) {
        const QString text = a->text();
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        REQUIRE(at >= 0);
        CHECK_FALSE(top.contains(text.at(at + 1).toLower()));
        top.insert(text.at(at + 1).toLower());
        check(a->menu(), text);
    }
}

TEST_CASE("Three workspaces and a pack open in turn through the menus, each page showing its own",
          "[menus]")
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    const QString a = makeWorkspace(dir, QStringLiteral("Alpha OH"), 1);
    const QString b = makeWorkspace(dir, QStringLiteral("Beta OH"), 3);
    const QString c = makeWorkspace(dir, QStringLiteral("Gamma OH"), 5);

    MainWindow window;
    window.show();
    auto openThroughMenu = [&](const QString &path) {
        Prompts::setNextFileNames({path});
        guitest::triggerMenu(&window, QStringLiteral("File/Open"));
        QApplication::processEvents();
    };
    auto checkShows = [&](const QString &name, int evidence) {
        REQUIRE(window.document());
        CHECK(window.document()->workspace().profile()->name == name);
        CHECK(window.windowTitle().startsWith(
            QFileInfo(window.document()->path()).completeBaseName()));
        CHECK(window.document()->workspace().evidence()->size() == evidence);
        auto *table = window.findChild<QAbstractItemView *>(QStringLiteral("evidenceTable"));
        REQUIRE(table);
        CHECK(table->model()->rowCount() == evidence);
        CHECK_FALSE(window.criterionPage()->itemId().isEmpty());
        CHECK(window.navigator()->currentItemId() == window.criterionPage()->itemId());
    };

    openThroughMenu(a);
    checkShows(QStringLiteral("Alpha OH"), 1);
    openThroughMenu(b);
    checkShows(QStringLiteral("Beta OH"), 3);
    openThroughMenu(c);
    checkShows(QStringLiteral("Gamma OH"), 5);

    guitest::triggerMenu(&window, QStringLiteral("File/Close workspace"));
    CHECK_FALSE(window.document());
    // Open recent lists the file by its name.
    guitest::triggerMenu(&window, QStringLiteral("File/Open recent/Beta OH.seqohs"));
    checkShows(QStringLiteral("Beta OH"), 3);
    openThroughMenu(a);
    checkShows(QStringLiteral("Alpha OH"), 1);
    CHECK(Prompts::recordedErrors().isEmpty());

    // A pack given to File > Open opens in the assessor's window; the workspace stays open.
    Expected<SigningKey> key = SigningKey::generate();
    REQUIRE(key.ok());
    const QString packPath = dir.filePath(QStringLiteral("pack.zip"));
    {
        Expected<std::unique_ptr<Workspace>> ws = Workspace::open(c);
        REQUIRE(ws.ok());
        PackWriter writer(**ws, *key);
        REQUIRE(writer.write(packPath).ok());
    }
    CHECK(MainWindow::isPackFile(packPath));
    CHECK_FALSE(MainWindow::isPackFile(a));
    openThroughMenu(packPath);
    AssessorWindow *assessor = nullptr;
    for (QWidget *t : QApplication::topLevelWidgets()) {
        if (auto *aw = qobject_cast<AssessorWindow *>(t); aw && aw->isVisible())
            assessor = aw;
    }
    REQUIRE(assessor);
    CHECK(window.document()->workspace().profile()->name == QStringLiteral("Alpha OH"));
    assessor->close();
    QApplication::processEvents();
    openThroughMenu(b);
    checkShows(QStringLiteral("Beta OH"), 3);
}

TEST_CASE("Export asks before replacing a file and then offers to open it", "[menus]")
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    Prompts::setRecordErrors(true);
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(makeWorkspace(dir, QStringLiteral("Export OH"), 1)));
    const QString target = dir.filePath(QStringLiteral("report.json"));
    {
        QFile old(target);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("keep me");
    }
    auto fill = [&](QWidget *w, bool replace) {
        auto *dialog = qobject_cast<ExportDialog *>(w);
        REQUIRE(dialog);
        auto *format = dialog->findChildren<QComboBox *>().first();
        const int json = format->findText(QStringLiteral("JSON"), Qt::MatchContains);
        REQUIRE(json >= 0);
        format->setCurrentIndex(json);
        auto *pathEdit = dialog->findChild<QLineEdit *>();
        pathEdit->setText(target);
        Prompts::setNextAnswer(replace ? QMessageBox::Yes : QMessageBox::No);
        QTest::mouseClick(guitest::buttonWithText(dialog, QStringLiteral("Export")),
                          Qt::LeftButton);
    };
    // Declining keeps the old file.
    bool sawOpen = false;
    guitest::whenDialogOpens([&](QWidget *w) {
        fill(w, false);
        CHECK_FALSE(guitest::buttonWithText(w, QStringLiteral("Open the file"))->isVisible());
        qobject_cast<QDialog *>(w)->reject();
    });
    guitest::triggerMenu(&window, QStringLiteral("File/Export"));
    QFile check(target);
    REQUIRE(check.open(QIODevice::ReadOnly));
    CHECK(check.readAll() == QByteArray("keep me"));
    check.close();

    // Agreeing writes it, and the dialog then offers the file and its folder.
    guitest::whenDialogOpens([&](QWidget *w) {
        fill(w, true);
        auto *open = guitest::buttonWithText(w, QStringLiteral("Open the file"));
        for (int i = 0; i < 500 && !open->isVisible(); ++i)
            QTest::qWait(20);
        sawOpen = open->isVisible();
        CHECK(guitest::buttonWithText(w, QStringLiteral("Show the folder"))->isVisible());
        qobject_cast<QDialog *>(w)->reject();
    });
    guitest::triggerMenu(&window, QStringLiteral("File/Export"));
    CHECK(sawOpen);
    REQUIRE(check.open(QIODevice::ReadOnly));
    CHECK(check.readAll().startsWith("{"));
}

TEST_CASE("File > Export calendar writes the dates due and says what it wrote", "[menus]")
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.seqohs"));
    REQUIRE(DemoWorkspace::create(path, QDate::currentDate()).ok());
    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(path));
    const QString ics = dir.filePath(QStringLiteral("dates.ics"));
    Prompts::setNextFileNames({ics});
    guitest::triggerMenu(&window, QStringLiteral("File/Export calendar"));
    QFile file(ics);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    CHECK(text.startsWith("BEGIN:VCALENDAR"));
    const qsizetype events = text.count("BEGIN:VEVENT");
    CHECK(events > 0);
    CHECK(Prompts::recordedErrors().isEmpty());
    const QStringList shown = Prompts::recordedInformation();
    REQUIRE(shown.size() == 1);
    CHECK(shown.first().contains(QStringLiteral("%1 entries").arg(events)));
    CHECK(shown.first().contains(QStringLiteral("updated, not added twice")));
    Prompts::setRecordErrors(false);
}

TEST_CASE("A forecast shows a banner with the way back, and snapshots wait for today", "[menus]")
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(makeWorkspace(dir, QStringLiteral("Forecast OH"), 0)));
    auto *banner = window.findChild<QWidget *>(QStringLiteral("forecastBanner"));
    REQUIRE(banner);
    CHECK_FALSE(banner->isVisible());
    CHECK_FALSE(guitest::menuAction(&window, QStringLiteral("View/Back to today"))->isEnabled());

    const QDate future = QDate::currentDate().addMonths(6);
    guitest::whenDialogOpens([&](QWidget *w) {
        auto *date = w->findChild<QDateEdit *>();
        REQUIRE(date);
        date->setDate(future);
        qobject_cast<QDialog *>(w)->accept();
    });
    guitest::triggerMenu(&window, QStringLiteral("View/Forecast at a date"));
    REQUIRE(window.document()->forecastDate() == future);
    CHECK(banner->isVisible());

    guitest::triggerMenu(&window, QStringLiteral("Workspace/Save a snapshot"));
    REQUIRE(Prompts::recordedInformation().size() == 1);
    CHECK(Prompts::recordedInformation().last().contains(QStringLiteral("Back to today")));
    CHECK(window.document()->workspace().snapshots()->isEmpty());

    QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("backToToday")),
                      Qt::LeftButton);
    CHECK_FALSE(window.document()->forecastDate().isValid());
    CHECK_FALSE(banner->isVisible());
}

TEST_CASE("Evidence added from the Evidence page asks for criteria and offers stored content",
          "[menus]")
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(makeWorkspace(dir, QStringLiteral("Add OH"), 0)));
    const QList<AssessableItem> items = window.document()->workspace().standardsSet().assessables();
    const AssessableItem &first = items.at(3);
    const AssessableItem &second = items.at(5);
    const QString file = dir.filePath(QStringLiteral("policy.txt"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Our occupational health policy, reviewed yearly.\n");
    }
    const QString copy = dir.filePath(QStringLiteral("policy copy.txt"));
    REQUIRE(QFile::copy(file, copy));

    auto pick = [&](const AssessableItem &item, bool withDate) {
        guitest::whenDialogOpens([item, withDate](QWidget *w) {
            auto *dialog = qobject_cast<EvidenceTargetDialog *>(w);
            REQUIRE(dialog);
            // Nothing on screen was preselected: the Evidence page shows no criterion.
            CHECK(dialog->itemIds().isEmpty());
            QTest::keyClicks(dialog->searchBox(), item.code);
            QTest::keyClick(dialog->searchBox(), Qt::Key_Return);
            if (withDate)
                QTest::mouseClick(guitest::buttonWithText(dialog, QStringLiteral("Review by:")),
                                  Qt::LeftButton);
            CHECK(dialog->itemIds() == QStringList{item.id});
            QTest::mouseClick(guitest::buttonWithText(dialog, QStringLiteral("Add")),
                              Qt::LeftButton);
        });
    };

    guitest::triggerMenu(&window, QStringLiteral("View/Evidence"));
    Prompts::setNextFileNames({file});
    pick(first, true);
    guitest::triggerMenu(&window, QStringLiteral("Edit/Add evidence files"));
    waitForImport(window);
    REQUIRE(window.document()->workspace().evidence()->size() == 1);
    const EvidenceItem added = window.document()->workspace().evidence()->first();
    CHECK(added.reviewBy == QDate::currentDate().addYears(1));
    QList<EvidenceLink> links = *window.document()->workspace().links();
    REQUIRE(links.size() == 1);
    CHECK(links.first().itemId == first.id);

    // The same content under another name: offered as the stored item, linked, not copied.
    Prompts::setNextFileNames({copy});
    pick(second, false);
    Prompts::setNextAnswer(QMessageBox::Yes);
    guitest::triggerMenu(&window, QStringLiteral("Edit/Add evidence files"));
    waitForImport(window);
    CHECK(window.document()->workspace().evidence()->size() == 1);
    links = *window.document()->workspace().links();
    CHECK(links.size() == 2);
    CHECK(std::any_of(links.begin(), links.end(), [&](const EvidenceLink &l) {
        return l.evidenceId == added.id && l.itemId == second.id;
    }));
    // One undo step (Ctrl+Z; the menu item reads "Undo Add evidence") takes the link back.
    auto *table = window.findChild<QWidget *>(QStringLiteral("evidenceTable"));
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    CHECK(window.document()->workspace().links()->size() == 1);
    // Undo brought the change into view.
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Undone")));
}

TEST_CASE("A folder added from the Evidence page leaves out hidden files and workspaces, as the "
          "command line does",
          "[menus][folderimport]")
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(makeWorkspace(dir, QStringLiteral("Folder OH"), 0)));
    const AssessableItem item = window.document()->workspace().standardsSet().assessables().at(2);
    const QString folder = test::makeMixedEvidenceFolder(dir);

    guitest::triggerMenu(&window, QStringLiteral("View/Evidence"));
    Prompts::setNextFileNames({folder});
    guitest::whenDialogOpens([item](QWidget *w) {
        auto *dialog = qobject_cast<EvidenceTargetDialog *>(w);
        REQUIRE(dialog);
        QTest::keyClicks(dialog->searchBox(), item.code);
        QTest::keyClick(dialog->searchBox(), Qt::Key_Return);
        QTest::mouseClick(guitest::buttonWithText(dialog, QStringLiteral("Add")), Qt::LeftButton);
    });
    QWidget *addFolder = guitest::buttonWithText(&window, QStringLiteral("Add folder"));
    REQUIRE(addFolder);
    REQUIRE(addFolder->isVisible());
    QTest::mouseClick(addFolder, Qt::LeftButton);
    waitForImport(window);

    CHECK(Prompts::recordedErrors().isEmpty());
    QStringList names;
    for (const EvidenceItem &e : window.document()->workspace().evidence().value())
        names << e.fileName;
    names.sort();
    CHECK(names == test::mixedEvidenceFolderTaken());
}

TEST_CASE("Undo brings an assessment change made elsewhere back into view", "[menus]")
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    Prompts::setRecordErrors(true);
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(makeWorkspace(dir, QStringLiteral("Undo OH"), 0)));
    const QString itemId = window.criterionPage()->itemId();
    REQUIRE_FALSE(itemId.isEmpty());
    Assessment a = *window.document()->workspace().assessment(itemId);
    a.result = AssessmentResult::Met;
    REQUIRE(window.document()->workspace().setAssessment(a).ok());
    // The user moves the Result box one step with the keyboard: one deliberate change.
    guitest::triggerMenu(&window, QStringLiteral("View/Assessment"));
    window.navigator()->selectId(itemId);
    auto *result = window.findChild<QComboBox *>(QStringLiteral("resultCombo"));
    REQUIRE(result);
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    // Shortcuts reach only the active window; on a loaded machine activation takes a moment.
    REQUIRE(QTest::qWaitForWindowActive(&window));
    result->setFocus();
    const int before = result->currentIndex();
    // Not applicable would wait for a justification: step to a neighbour that is saved at once.
    const bool down = before + 1 < result->count() &&
                      result->itemData(before + 1).toInt() != int(AssessmentResult::NotApplicable);
    QTest::keyClick(result, down ? Qt::Key_Down : Qt::Key_Up);
    REQUIRE(result->currentIndex() != before);
    QApplication::processEvents();
    REQUIRE(window.document()->workspace().assessment(itemId)->result != AssessmentResult::Met);
    REQUIRE(window.document()->undoStack()->canUndo());
    // The user goes to another criterion and another page, then presses Ctrl+Z.
    window.navigator()->selectId(
        window.document()->workspace().standardsSet().assessables().at(7).id);
    guitest::triggerMenu(&window, QStringLiteral("View/Evidence"));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(window.currentPage() == MainWindow::AssessmentPage);
    CHECK(window.criterionPage()->itemId() == itemId);
    CHECK(window.document()->workspace().assessment(itemId)->result == AssessmentResult::Met);
}

TEST_CASE("Why this score and Compare snapshots show the command line's explanation", "[menus]")
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(makeWorkspace(dir, QStringLiteral("Explain OH"), 0)));
    guitest::triggerMenu(&window, QStringLiteral("View/Assessment"));
    const QString itemId = window.criterionPage()->itemId();
    QString shown;
    guitest::whenDialogOpens([&](QWidget *w) {
        auto *text = w->findChild<QPlainTextEdit *>();
        REQUIRE(text);
        shown = text->toPlainText();
        qobject_cast<QDialog *>(w)->reject();
    });
    guitest::triggerMenu(&window, QStringLiteral("View/Why this score?"));
    const AssessableItem item =
        *window.document()->workspace().standardsSet().findAssessable(itemId);
    CHECK(shown.contains(item.code));
    const test::CliRun cli =
        test::runCli({QStringLiteral("score"), QStringLiteral("-w"), window.document()->path(),
                      QStringLiteral("--explain"), itemId});
    REQUIRE(cli.exitCode == 0);
    CHECK(cli.out == shown);

    // No snapshot yet: the user is told how to make one.
    guitest::triggerMenu(&window, QStringLiteral("Workspace/Compare snapshots"));
    REQUIRE(Prompts::recordedInformation().size() == 1);
    CHECK(Prompts::recordedInformation().last().contains(QStringLiteral("Save a snapshot")));
}

TEST_CASE("The application answers --help and --version where there is no display", "[menus]")
{
    for (const QString &arg : {QStringLiteral("--help"), QStringLiteral("--version")}) {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(SEQOHS_APP_PATH), {arg});
        REQUIRE(app.waitForFinished(30000));
        INFO(arg.toStdString() << ": " << app.readAllStandardError().toStdString());
        CHECK(app.exitStatus() == QProcess::NormalExit);
        CHECK(app.exitCode() == 0);
        const QString out = QString::fromUtf8(app.readAllStandardOutput());
        CHECK(out.contains(arg == QStringLiteral("--help") ? QStringLiteral("submission pack")
                                                           : QStringLiteral("seqohs-tracker")));
    }
}

TEST_CASE("Every focusable control on every page has a name a screen reader can say",
          "[menus][a11y]")
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    Prompts::setRecordErrors(true);
    MainWindow window;
    window.resize(1024, 700);
    window.show();
    auto check = [&](const QString &where) {
        QApplication::processEvents();
        for (QWidget *w : window.findChildren<QWidget *>()) {
            if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus) || !w->isEnabled())
                continue;
            // Scroll bars and the tab bar's scroll buttons are announced by their role.
            if (w->inherits("QScrollBar") || w->inherits("QToolButton") ||
                (w->inherits("QAbstractScrollArea") && !w->inherits("QAbstractItemView") &&
                 !w->inherits("QTextEdit") && !w->inherits("QPlainTextEdit")))
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            REQUIRE(iface);
            const QString name = iface->text(QAccessible::Name).trimmed();
            INFO(where.toStdString()
                 << ": " << w->metaObject()->className() << " " << w->objectName().toStdString());
            CHECK_FALSE(name.isEmpty());
        }
    };
    check(QStringLiteral("welcome page"));
    REQUIRE(window.openDemoWorkspace());
    for (const QString &page :
         {QStringLiteral("View/Dashboard"), QStringLiteral("View/Assessment"),
          QStringLiteral("View/Evidence"), QStringLiteral("View/Action plan")}) {
        guitest::triggerMenu(&window, page);
        check(page);
    }
}

TEST_CASE("Closing with a not-applicable result still waiting for its justification asks first",
          "[menus]")
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    Prompts::setRecordErrors(true);
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(makeWorkspace(dir, QStringLiteral("Pending OH"), 0)));
    guitest::triggerMenu(&window, QStringLiteral("View/Assessment"));
    auto *result = window.findChild<QComboBox *>(QStringLiteral("resultCombo"));
    REQUIRE(result);
    const int na = result->findData(int(AssessmentResult::NotApplicable));
    REQUIRE(na >= 0);
    // Chosen as a person does: the combo's activation, with no justification typed.
    result->setCurrentIndex(na);
    emit result->activated(na);
    const QString itemId = window.criterionPage()->itemId();
    CHECK(window.document()->workspace().assessment(itemId)->result !=
          AssessmentResult::NotApplicable);

    guitest::triggerMenu(&window, QStringLiteral("View/Dashboard"));
    Prompts::setNextAnswer(QMessageBox::Cancel);
    guitest::triggerMenu(&window, QStringLiteral("File/Close workspace"));
    REQUIRE(window.document());
    CHECK(window.currentPage() == MainWindow::AssessmentPage);

    Prompts::setNextAnswer(QMessageBox::Discard);
    guitest::triggerMenu(&window, QStringLiteral("File/Close workspace"));
    CHECK_FALSE(window.document());
}

TEST_CASE("The official wording loads from a spreadsheet through the Workspace menu", "[menus]")
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(StandardsImportDialog::folder()).removeRecursively();
    test::TempDir dir;
    Prompts::setRecordErrors(true);
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(makeWorkspace(dir, QStringLiteral("Wording OH"), 0)));

    // Fills the dialog, presses Load and closes it; returns what the dialog said.
    auto loadAndClose = [&](const QString &csv, const QString &id, const QString &title) {
        QString shown;
        guitest::whenDialogOpens([&](QWidget *w) {
            auto *dialog = qobject_cast<StandardsImportDialog *>(w);
            REQUIRE(dialog);
            dialog->fileField()->setText(test::dataPath(csv));
            dialog->idField()->setText(id);
            dialog->titleField()->setText(title);
            QTest::mouseClick(guitest::buttonWithText(dialog, QStringLiteral("Load")),
                              Qt::LeftButton);
            shown = dialog->resultLabel()->text();
            dialog->reject();
        });
        guitest::triggerMenu(&window, QStringLiteral("Workspace/Load the official wording"));
        return shown;
    };

    // A bad file first: nothing is kept and the dialog says where the problem is.
    QString shown = loadAndClose(QStringLiteral("standards/bad-rows.csv"),
                                 QStringLiteral("bad-official"), QStringLiteral("Bad official"));
    CHECK(shown.contains(QStringLiteral("Not loaded")));
    CHECK(shown.contains(QStringLiteral("bad-rows.csv")));
    CHECK(StandardsImportDialog::loadedSetPaths().isEmpty());

    // A good file whose folder cannot be made (a file is in its place) is not loaded, and the
    // dialog says which folder.
    const QString folder = StandardsImportDialog::folder();
    REQUIRE(QDir().mkpath(QFileInfo(folder).absolutePath()));
    {
        QFile file(folder);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write("not a folder") == 12);
    }
    shown = loadAndClose(QStringLiteral("standards/good.csv"), QStringLiteral("test-official"),
                         QStringLiteral("Test official wording"));
    CHECK(shown == QStringLiteral("<b>Not loaded.</b> The folder %1 cannot be made; check that "
                                  "you may write to it.")
                       .arg(QDir::toNativeSeparators(folder).toHtmlEscaped()));
    CHECK(StandardsImportDialog::loadedSetPaths().isEmpty());
    REQUIRE(QFile::remove(folder));

    // A good one is kept, and the window offers to move the workspace to it (declined here).
    guitest::whenDialogOpens([&](QWidget *w) {
        auto *dialog = qobject_cast<StandardsImportDialog *>(w);
        REQUIRE(dialog);
        dialog->fileField()->setText(test::dataPath(QStringLiteral("standards/good.csv")));
        dialog->idField()->setText(QStringLiteral("test-official"));
        dialog->titleField()->setText(QStringLiteral("Test official wording"));
        Prompts::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(guitest::buttonWithText(dialog, QStringLiteral("Load")), Qt::LeftButton);
    });
    guitest::triggerMenu(&window, QStringLiteral("Workspace/Load the official wording"));
    const QStringList loaded = StandardsImportDialog::loadedSetPaths();
    REQUIRE(loaded.size() == 1);
    Expected<StandardsSet> set = StandardsLibrary::resolve(loaded.first());
    REQUIRE(set.ok());
    CHECK(set->id == QStringLiteral("test-official"));
    CHECK(set->provenance == StandardsSet::Provenance::Official);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Test official wording")));
    QDir(StandardsImportDialog::folder()).removeRecursively();
}

namespace {
// Stands in for the desktop's file viewer.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};
} // namespace

TEST_CASE("Evidence opened for viewing goes to a private folder that goes with the window",
          "[menus]")
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    Prompts::setRecordErrors(true);
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    const QString path = makeWorkspace(dir, QStringLiteral("View OH"), 0);
    {
        Expected<std::unique_ptr<Workspace>> ws = Workspace::open(path);
        REQUIRE(ws.ok());
        const QString file = dir.filePath(QStringLiteral("minutes.txt"));
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Minutes of the governance meeting.\n");
        f.close();
        EvidenceItem meta;
        meta.title = QStringLiteral("Minutes");
        REQUIRE((*ws)->addEvidenceFile(file, meta, {}).ok());
    }
    QString viewed;
    {
        MainWindow window;
        window.show();
        REQUIRE(window.openWorkspace(path));
        guitest::triggerMenu(&window, QStringLiteral("View/Evidence"));
        auto *table = window.findChild<QAbstractItemView *>(QStringLiteral("evidenceTable"));
        REQUIRE(table);
        table->setFocus();
        table->selectionModel()->select(table->model()->index(0, 0),
                                        QItemSelectionModel::ClearAndSelect |
                                            QItemSelectionModel::Rows);
        QTest::mouseClick(guitest::buttonWithText(window.evidenceLibrary(), QStringLiteral("Open")),
                          Qt::LeftButton);
        REQUIRE(catcher.urls.size() == 1);
        viewed = catcher.urls.first().toLocalFile();
        CHECK(QFile::exists(viewed));
        const QFileInfo folder(QFileInfo(viewed).absolutePath());
        CHECK(folder.permissions() ==
              (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
               QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser));
    }
    // The window has gone: so has the copy and its folder.
    CHECK_FALSE(QFile::exists(viewed));
    CHECK_FALSE(QFileInfo::exists(QFileInfo(viewed).absolutePath()));
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
}

TEST_CASE("A workspace dropped on the window opens; a saved geometry larger than the screen is "
          "clamped",
          "[menus]")
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    Prompts::setRecordErrors(true);
    const QString path = makeWorkspace(dir, QStringLiteral("Dropped OH"), 0);
    {
        QSettings settings;
        QWidget huge;
        huge.setGeometry(-3000, -2000, 9000, 7000);
        settings.setValue(QStringLiteral("window/geometry"), huge.saveGeometry());
    }
    MainWindow window;
    window.show();
    const QRect available = window.screen()->availableGeometry();
    INFO("available " << available.x() << "," << available.y() << " " << available.width() << "x"
                      << available.height() << "; frame " << window.frameGeometry().x() << ","
                      << window.frameGeometry().y() << " " << window.frameGeometry().width() << "x"
                      << window.frameGeometry().height());
    CHECK(available.contains(window.frameGeometry()));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = window.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QTRY_VERIFY(window.document() != nullptr);
    CHECK(window.document()->workspace().profile()->name == QStringLiteral("Dropped OH"));
    QSettings().remove(QStringLiteral("window/geometry"));
}

TEST_CASE("Typed text that looks like personal data is pointed out before it is kept", "[menus]")
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    Prompts::setRecordErrors(true);
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(makeWorkspace(dir, QStringLiteral("Typed OH"), 0)));
    const QString nhs = QStringLiteral("Referral 943 476 5919");

    // A link whose title holds an NHS number: the first answer goes back, the second keeps it.
    int asked = 0;
    guitest::whenDialogOpens([&](QWidget *w) {
        auto *title = w->findChild<QLineEdit *>(QStringLiteral("evidenceTitle"));
        auto *url = w->findChild<QLineEdit *>(QStringLiteral("evidenceUrl"));
        REQUIRE(title);
        REQUIRE(url);
        QTest::keyClicks(title, nhs);
        QTest::keyClicks(url, QStringLiteral("https://intranet.example/referrals"));
        Prompts::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(guitest::buttonWithText(w, QStringLiteral("OK")), Qt::LeftButton);
        asked += w->isVisible();
        Prompts::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(guitest::buttonWithText(w, QStringLiteral("OK")), Qt::LeftButton);
    });
    guitest::triggerMenu(&window, QStringLiteral("Edit/Add evidence link"));
    CHECK(asked == 1);
    REQUIRE(window.document()->workspace().evidence()->size() == 1);
    CHECK(window.document()->workspace().evidence()->first().title == nhs);

    // The narrative says so under the field while typing.
    guitest::triggerMenu(&window, QStringLiteral("View/Assessment"));
    auto *warning = window.findChild<QLabel *>(QStringLiteral("personalDataWarning"));
    auto *narrative = window.findChild<QPlainTextEdit *>(QStringLiteral("narrativeEdit"));
    REQUIRE(warning);
    REQUIRE(narrative);
    CHECK_FALSE(warning->isVisible());
    narrative->setFocus();
    QTest::keyClicks(narrative, QStringLiteral("Seen patient DOB: 01/02/1980"));
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(QStringLiteral("narrative")));
}

TEST_CASE("The dashboard lists what to do before the visit, each step opening its criterion",
          "[menus]")
{
    QStandardPaths::setTestModeEnabled(true);
    Prompts::setRecordErrors(true);
    MainWindow window;
    window.resize(1024, 700);
    window.show();
    REQUIRE(window.openDemoWorkspace());
    guitest::triggerMenu(&window, QStringLiteral("View/Dashboard"));
    auto *plan = window.findChild<QListWidget *>(QStringLiteral("visitPlan"));
    REQUIRE(plan);
    const VisitPlan expected =
        VisitPlan::build(window.document()->scoringInput(), window.document()->readiness());
    REQUIRE_FALSE(expected.steps.isEmpty());
    REQUIRE(plan->count() == expected.steps.size());
    // Blockers come first, as in the report.
    CHECK(plan->item(0)->text().startsWith(QStringLiteral("Blocker")) ==
          (expected.steps.first().reason == VisitPlan::Step::Reason::Blocker));
    for (int i = 0; i < plan->count(); ++i) {
        const QString text = plan->item(i)->text();
        INFO(text.toStdString());
        CHECK(text.contains(expected.steps.at(i).code));
        // Each sentence starts with a capital; a step without an action says so.
        CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("\\. [a-z]"))));
        if (!expected.steps.at(i).hasAction)
            CHECK(text.endsWith(QStringLiteral("No action yet: nobody is doing this.")));
    }
    // A click opens the criterion.
    plan->scrollToItem(plan->item(0));
    QTest::mouseClick(plan->viewport(), Qt::LeftButton, {},
                      plan->visualItemRect(plan->item(0)).center());
    CHECK(window.currentPage() == MainWindow::AssessmentPage);
    CHECK(window.criterionPage()->itemId() == expected.steps.first().itemId);
}

#include "tst_menus.moc"

TEST_CASE("Opening the workspace the window already shows keeps it, with no error", "[menus]")
{
    QStandardPaths::setTestModeEnabled(true);
    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    MainWindow window;
    window.resize(1024, 700);
    window.show();
    guitest::triggerMenu(&window, QStringLiteral("File/Open the demo workspace"));
    REQUIRE(window.document());
    const QString first = window.document()->workspace().path();
    // Before, the window's own lock was reported as "open in another program".
    guitest::triggerMenu(&window, QStringLiteral("File/Open the demo workspace"));
    CHECK(Prompts::recordedErrors().isEmpty());
    REQUIRE(window.document());
    CHECK(window.document()->workspace().path() == first);
    Prompts::setRecordErrors(false);
}
