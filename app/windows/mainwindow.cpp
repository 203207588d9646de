#include "mainwindow.h"
#include "models/readresult.h"

#include "assessorwindow.h"
#include "catalogue/standardslibrary.h"
#include "commands/actioncommand.h"
#include "commands/addevidencecommand.h"
#include "commands/editevidencecommand.h"
#include "commands/linkevidencecommand.h"
#include "commands/removeevidencecommand.h"
#include "commands/setprofilecommand.h"
#include "commands/signoffcommand.h"
#include "common/clock.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/actiondialog.h"
#include "dialogs/assessmentroundsdialog.h"
#include "dialogs/assignmentsdialog.h"
#include "dialogs/evidencedialog.h"
#include "dialogs/evidencetargetdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/followuppackdialog.h"
#include "dialogs/migrationwizard.h"
#include "dialogs/newworkspacewizard.h"
#include "dialogs/packexportdialog.h"
#include "dialogs/pickevidencedialog.h"
#include "dialogs/printsupport.h"
#include "dialogs/profiledialog.h"
#include "dialogs/prompts.h"
#include "dialogs/responseimportdialog.h"
#include "dialogs/rollupdialog.h"
#include "dialogs/scoreexplanationdialog.h"
#include "dialogs/serveraddressdialog.h"
#include "dialogs/signoffdialog.h"
#include "dialogs/signoffsdialog.h"
#include "dialogs/snapshotcomparedialog.h"
#include "dialogs/standardsimportdialog.h"
#include "evidencepreviewwindow.h"
#include "importcontroller.h"
#include "models/workspacedocument.h"
#include "pack/responseimport.h"
#include "reporting/assessmentjson.h"
#include "reporting/calendarexport.h"
#include "reporting/deadlines.h"
#include "reporting/readinessreportbuilder.h"
#include "reporting/signoffsection.h"
#include "scoring/scorer.h"
#include "scoring/snapshot.h"
#include "server/serveraddress.h"
#include "server/serverconnection.h"
#include "server/workspaceupload.h"
#include "welcomepage.h"
#include "widgets/actionplanpage.h"
#include "widgets/criterionpage.h"
#include "widgets/dashboardwidget.h"
#include "widgets/evidencelibrarypage.h"
#include "widgets/navigatorpane.h"
#include "widgets/reconfirmationpanel.h"
#include "widgets/statusicons.h"
#include "workspace/demoworkspace.h"
#include "workspace/scoringinputbuilder.h"
#include "workspace/sha256.h"
#include "workspace/workspace.h"
#include "workspace/writegate.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHash>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStorageInfo>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

using namespace seqohs;

namespace {
const int MaxRecentFiles = 8;

// The desktop theme's icon where there is one, else our own simple SVG.
QIcon themedIcon(const char *themeName, const char *fallback)
{
    return QIcon::fromTheme(QLatin1String(themeName),
                            QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(fallback))));
}

const QString RecentKey = QStringLiteral("recentFiles");

// Without its folder the workspace cannot be made, and SQLite's own message would not say why.
Error folderError(const QString &folder)
{
    return Error{MainWindow::tr("The folder cannot be made."),
                 folder,
                 {},
                 MainWindow::tr("Choose a folder you may write to.")};
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/seqohs-tracker.svg")));
    // Workspaces and packs dropped on the window open; files dropped on a criterion become
    // evidence (the criterion page takes those drops first).
    setAcceptDrops(true);

    m_welcome = new WelcomePage(this);
    m_navigator = new NavigatorPane(this);
    m_criterion = new CriterionPage(this);
    m_dashboard = new DashboardWidget(this);
    m_evidence = new EvidenceLibraryPage(this);
    m_actions = new ActionPlanPage(this);
    m_reconfirm = new ReconfirmationPanel(this);

    auto *assessment = new QSplitter(this);
    assessment->setObjectName(QStringLiteral("assessmentSplitter"));
    assessment->addWidget(m_navigator);
    assessment->addWidget(m_criterion);
    assessment->setStretchFactor(0, 2);
    assessment->setStretchFactor(1, 3);
    assessment->setSizes({460, 700});

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Pages"));
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    m_tabs->addTab(assessment, tr("Assessment"));
    m_tabs->addTab(m_evidence, tr("Evidence"));
    m_tabs->addTab(m_actions, tr("Action plan"));
    m_tabs->addTab(m_reconfirm, tr("Re-confirm"));
    m_tabs->setTabVisible(ReconfirmPage, false);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_tabs);

    // A forecast changes every figure on screen: say so above them, with the way back.
    m_forecastBanner = new QFrame(this);
    m_forecastBanner->setObjectName(QStringLiteral("forecastBanner"));
    m_forecastBanner->setAutoFillBackground(true);
    QPalette bannerPalette = m_forecastBanner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xfd, 0xf3, 0xd0));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x3d, 0x2e, 0x00));
    m_forecastBanner->setPalette(bannerPalette);
    m_forecastText = new QLabel(m_forecastBanner);
    m_forecastText->setWordWrap(true);
    auto *today = new QPushButton(tr("&Back to today"), m_forecastBanner);
    today->setObjectName(QStringLiteral("backToToday"));
    auto *bannerLayout = new QHBoxLayout(m_forecastBanner);
    bannerLayout->setContentsMargins(16, 6, 16, 6);
    bannerLayout->addWidget(m_forecastText, 1);
    bannerLayout->addWidget(today);
    m_forecastBanner->setVisible(false);
    connect(today, &QPushButton::clicked, this, [this] {
        if (m_document)
            m_document->setForecastDate(QDate());
    });

    // What expired or became overdue while the workspace was closed, once, on opening it.
    auto *passed = new QFrame(this);
    m_passedBanner = passed;
    passed->setObjectName(QStringLiteral("passedBanner"));
    passed->setAutoFillBackground(true);
    passed->setPalette(bannerPalette);
    m_passedText = new QLabel(passed);
    m_passedText->setWordWrap(true);
    m_passedText->setObjectName(QStringLiteral("passedText"));
    auto *showDue = new QPushButton(tr("Show on the &dashboard"), passed);
    auto *dismiss = new QPushButton(tr("D&ismiss"), passed);
    auto *passedLayout = new QHBoxLayout(passed);
    passedLayout->setContentsMargins(16, 6, 16, 6);
    passedLayout->addWidget(m_passedText, 1);
    passedLayout->addWidget(showDue);
    passedLayout->addWidget(dismiss);
    passed->setVisible(false);
    connect(showDue, &QPushButton::clicked, this, [this] {
        m_passedBanner->hide();
        showPage(DashboardPage);
    });
    connect(dismiss, &QPushButton::clicked, m_passedBanner, &QWidget::hide);

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_passedBanner);
    centralLayout->addWidget(m_forecastBanner);
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_statusVerdict = new QLabel(this);
    m_statusPath = new QLabel(this);
    statusBar()->addWidget(m_statusVerdict);
    statusBar()->addPermanentWidget(m_statusPath);

    createActions();
    createMenus();

    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newWorkspace);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openFileDialog);
    connect(m_welcome, &WelcomePage::reviewRequested, this, &MainWindow::openPackAsAssessor);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemoWorkspace);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openFile);
    connect(m_navigator, &NavigatorPane::itemSelected, this, [this](const QString &id) {
        if (!id.isEmpty())
            m_criterion->showItem(id);
    });
    connect(m_criterion, &CriterionPage::itemKept, m_navigator, &NavigatorPane::selectId);
    connect(m_criterion, &CriterionPage::filesDropped, this,
            [this](const QString &itemId, const QStringList &paths) {
                if (m_importer)
                    m_importer->importFiles(paths, {itemId});
            });
    connect(m_criterion, &CriterionPage::addFilesRequested, this,
            [this](const QString &id) { addFiles(id); });
    connect(m_criterion, &CriterionPage::addLinkRequested, this,
            [this](const QString &id) { addLink(id); });
    connect(m_criterion, &CriterionPage::addStatementRequested, this,
            [this](const QString &id) { addStatement(id); });
    connect(m_criterion, &CriterionPage::linkExistingRequested, this, &MainWindow::linkExisting);
    connect(m_criterion, &CriterionPage::addActionRequested, this,
            [this](const QString &id) { addPlanAction(id); });
    connect(m_criterion, &CriterionPage::evidenceActivated, this, &MainWindow::editEvidence);
    connect(m_criterion, &CriterionPage::signOffRequested, this, &MainWindow::signOff);
    connect(m_criterion, &CriterionPage::actionActivated, this, &MainWindow::editAction);
    connect(m_dashboard, &DashboardWidget::itemActivated, this, &MainWindow::goToItem);
    connect(m_dashboard, &DashboardWidget::evidenceActivated, this, [this](qint64 id) {
        showPage(EvidencePage);
        m_evidence->selectEvidence(id);
    });
    connect(m_dashboard, &DashboardWidget::actionActivated, this, [this](qint64 id) {
        showPage(ActionsPage);
        m_actions->selectAction(id);
    });
    connect(m_evidence, &EvidenceLibraryPage::addFilesRequested, this, [this] { addFiles(); });
    connect(m_evidence, &EvidenceLibraryPage::addFolderRequested, this, [this] { addFolder(); });
    connect(m_evidence, &EvidenceLibraryPage::editRequested, this, &MainWindow::editEvidence);
    connect(m_evidence, &EvidenceLibraryPage::openRequested, this, &MainWindow::openEvidence);
    connect(m_evidence, &EvidenceLibraryPage::previewRequested, this, &MainWindow::previewEvidence);
    connect(m_criterion, &CriterionPage::evidencePreviewRequested, this,
            &MainWindow::previewEvidence);
    connect(m_evidence, &EvidenceLibraryPage::exportRequested, this, &MainWindow::exportEvidence);
    connect(m_evidence, &EvidenceLibraryPage::removeRequested, this, &MainWindow::removeEvidence);
    connect(m_evidence, &EvidenceLibraryPage::itemActivated, this, &MainWindow::goToItem);
    connect(m_reconfirm, &ReconfirmationPanel::itemActivated, this, &MainWindow::goToItem);
    connect(m_reconfirm, &ReconfirmationPanel::countChanged, this, [this](int n) {
        m_tabs->setTabText(ReconfirmPage, tr("Re-confirm (%1)").arg(n));
        m_tabs->setTabVisible(ReconfirmPage, n > 0 || currentPage() == ReconfirmPage);
    });
    connect(m_actions, &ActionPlanPage::addRequested, this, [this] { addPlanAction(); });
    connect(m_actions, &ActionPlanPage::editRequested, this, &MainWindow::editAction);
    connect(m_actions, &ActionPlanPage::markDoneRequested, this, &MainWindow::markActionDone);
    connect(m_actions, &ActionPlanPage::removeRequested, this, &MainWindow::removePlanAction);
    connect(m_actions, &ActionPlanPage::itemActivated, this, &MainWindow::goToItem);

    readSettings();
    updateTitle();
    updateActions();
    rebuildRecentMenu();
}

MainWindow::~MainWindow()
{
    // The check reads the workspace on its own thread; it ends before the window does.
    if (m_gateCheck)
        m_gateCheck->wait();
    // Views hold the document's models; take them off before the document goes.
    closeDocument(false);
}

void MainWindow::checkBeforeChanges(const QString &path)
{
    if (m_gateCheck)
        m_gateCheck->wait(); // a check of a workspace opened just before
    auto result = std::make_shared<Status>(success());
    QThread *thread = QThread::create([path, result] { *result = WriteGate::checkFile(path); });
    // Owned by the window, so that it goes with it even when its result never arrives.
    thread->setParent(this);
    m_gateCheck = thread;
    connect(thread, &QThread::finished, this, [this, thread, path, result] {
        thread->deleteLater();
        if (m_gateCheck == thread)
            m_gateCheck = nullptr;
        if (!*result)
            reopenReadOnly(path, result->errors());
        else if (m_document && m_document->workspace().path() == path)
            m_checkedWritable = !m_document->workspace().isReadOnly();
    });
    m_gateCheck->start();
}

void MainWindow::reopenReadOnly(const QString &path, const ErrorList &damage)
{
    if (!m_document || m_document->workspace().path() != path ||
        m_document->workspace().isReadOnly())
        return;
    // A dialog that is open works on this workspace: it is reopened once that dialog closes.
    if (QApplication::activeModalWidget()) {
        QTimer::singleShot(200, this, [this, path, damage] { reopenReadOnly(path, damage); });
        return;
    }
    m_document->workspace().keepLogOnClose();
    closeDocument(false);
    Expected<std::unique_ptr<Workspace>> opened = Workspace::open(path, Workspace::ReadOnly);
    if (!opened.ok()) {
        showErrors(damage + opened.errors(), tr("The workspace cannot be opened"));
        return;
    }
    setDocument(std::make_unique<WorkspaceDocument>(std::move(opened).value()));
    statusBar()->showMessage(tr("Open for reading only"), 0);
    showErrors(damage, tr("The workspace is damaged: it is open for reading only"));
}

QString MainWindow::demoWorkspacePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(dir).filePath(QStringLiteral("demo/Northgate Occupational Health (demo).seqohs"));
}

void MainWindow::createActions()
{
    // Actions that need an open workspace are collected so they can be enabled together.
}

void MainWindow::createMenus()
{
    // Mnemonics are unique within each menu (a test checks it), so every item can be reached
    // from the keyboard with Alt and two letters.
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *newAction =
        file->addAction(themedIcon("document-new", "document-new"), tr("&New workspace\u2026"),
                        this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence::New);
    newAction->setStatusTip(tr("Create a workspace for a service"));
    QAction *openAction = file->addAction(themedIcon("document-open", "document-open"),
                                          tr("&Open\u2026"), this, &MainWindow::openFileDialog);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Open a workspace, or a submission pack to review"));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    QAction *openServerAction =
        file->addAction(tr("Open from &server\u2026"), this, &MainWindow::openServerDialog);
    openServerAction->setStatusTip(
        tr("Open your service's team workspace on a PostgreSQL server, as yourself"));
    file->addAction(tr("Open the &demo workspace"), this, &MainWindow::openDemoWorkspace);
    file->addSeparator();
    QAction *saveCopyAction =
        file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                        tr("Save a cop&y\u2026"), this, &MainWindow::saveCopy);
    saveCopyAction->setShortcut(QKeySequence::SaveAs);
    m_shareAction =
        file->addAction(tr("Share with a &team\u2026"), this, &MainWindow::shareWithTeam);
    m_shareAction->setStatusTip(
        tr("Copy this workspace to a team workspace on a PostgreSQL server, so that the whole "
           "service can work on it"));
    QAction *exportAction = file->addAction(themedIcon("document-export", "document-export"),
                                            tr("&Export\u2026"), this, &MainWindow::exportReport);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *calendarAction =
        file->addAction(tr("Export c&alendar\u2026"), this, &MainWindow::exportCalendar);
    calendarAction->setStatusTip(
        tr("Review-by dates, actions due and the visit, for your calendar"));
    QAction *printAction =
        file->addAction(QIcon::fromTheme(QStringLiteral("document-print")),
                        tr("&Print report\u2026"), this, &MainWindow::printReport);
    printAction->setShortcut(QKeySequence::Print);
    QAction *previewAction =
        file->addAction(tr("Print pre&view\u2026"), this, &MainWindow::printPreview);
    file->addSeparator();
    QAction *followUpAction =
        file->addAction(tr("Make &follow-up pack\u2026"), this, &MainWindow::makeFollowUpPack);
    followUpAction->setStatusTip(
        tr("Answer the assessor's latest response with what changed since the pack reviewed"));
    m_documentActions << followUpAction;
    // Needs no open workspace: it reads the files it is given.
    QAction *rollUpAction =
        file->addAction(tr("Roll-&up across services\u2026"), this, &MainWindow::showRollUp);
    rollUpAction->setStatusTip(
        tr("Several services side by side: readiness, shared gaps and evidence expiring"));
    file->addSeparator();
    QAction *closeAction =
        file->addAction(tr("C&lose workspace"), this, &MainWindow::closeWorkspace);
    closeAction->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    m_undo = edit->addAction(themedIcon("edit-undo", "edit-undo"), tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = edit->addAction(themedIcon("edit-redo", "edit-redo"), tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    // The toolbar says Undo and Redo; the menu items name what they undo and redo.
    m_undo->setIconText(tr("Undo"));
    m_redo->setIconText(tr("Redo"));
    connect(m_undo, &QAction::triggered, this, [this] { undoOrRedo(true); });
    connect(m_redo, &QAction::triggered, this, [this] { undoOrRedo(false); });
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find criterion"), this, [this] {
        showPage(AssessmentPage);
        m_navigator->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *addFilesAction = edit->addAction(themedIcon("document-import", "evidence-add"),
                                              tr("Add evidence f&iles\u2026"), this,
                                              [this] { addFiles(currentItemId()); });
    addFilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QAction *addFolderAction = edit->addAction(tr("Add evidence f&older\u2026"), this,
                                               [this] { addFolder(currentItemId()); });
    QAction *addLinkAction =
        edit->addAction(tr("Add evidence &link\u2026"), this, [this] { addLink(currentItemId()); });
    QAction *addStatementAction = edit->addAction(tr("Add written &statement\u2026"), this,
                                                  [this] { addStatement(currentItemId()); });
    QAction *addActionAction =
        edit->addAction(themedIcon("task-new", "action-add"), tr("Add &action\u2026"), this,
                        [this] { addPlanAction(currentItemId()); });
    addActionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    edit->addSeparator();
    QAction *profileAction =
        edit->addAction(tr("Service &profile\u2026"), this, &MainWindow::editProfile);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    const QStringList pages{tr("&Dashboard"), tr("&Assessment"), tr("&Evidence"),
                            tr("Action &plan")};
    for (int i = 0; i < pages.size(); ++i) {
        QAction *a = view->addAction(pages.at(i), this, [this, i] { showPage(Page(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_documentActions << a;
    }
    QAction *checksAction =
        view->addAction(tr("Readiness &checks"), this, &MainWindow::showReadinessChecks);
    checksAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    QAction *myItemsAction = view->addAction(tr("&My items"));
    myItemsAction->setCheckable(true);
    myItemsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    myItemsAction->setStatusTip(tr("Only the items assigned to you, in the assessment"));
    connect(myItemsAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            showPage(AssessmentPage);
        m_navigator->showMyItems(on);
    });
    connect(m_navigator, &NavigatorPane::myItemsShown, myItemsAction, &QAction::setChecked);
    m_documentActions << myItemsAction;
    view->addSeparator();
    QAction *explainAction =
        view->addAction(tr("&Why this score?\u2026"), this, &MainWindow::explainScore);
    explainAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    view->addSeparator();
    QAction *forecast =
        view->addAction(tr("&Forecast at a date\u2026"), this, &MainWindow::setForecast);
    m_backToToday = view->addAction(tr("Back to &today"), this, [this] {
        if (m_document)
            m_document->setForecastDate(QDate());
    });
    view->addSeparator();
    m_documentActions << view->addAction(tr("Assessment &rounds\u2026"), this,
                                         &MainWindow::showAssessmentRounds);

    QMenu *workspace = menuBar()->addMenu(tr("&Workspace"));
    workspace->setObjectName(QStringLiteral("workspaceMenu"));
    QAction *integrityAction =
        workspace->addAction(tr("Check &integrity\u2026"), this, &MainWindow::checkIntegrity);
    QAction *assignmentsAction =
        workspace->addAction(tr("&Assignments\u2026"), this, &MainWindow::showAssignments);
    assignmentsAction->setStatusTip(
        tr("Who is responsible for which criteria, standards and domains, and how far each "
           "person has got"));
    m_documentActions << assignmentsAction;
    workspace->addSeparator();
    QAction *snapshot =
        workspace->addAction(tr("Save a &snapshot\u2026"), this, &MainWindow::saveSnapshot);
    QAction *compareAction =
        workspace->addAction(tr("C&ompare snapshots\u2026"), this, &MainWindow::compareSnapshots);
    workspace->addSeparator();
    QAction *moveAction = workspace->addAction(tr("&Move to another standards set\u2026"), this,
                                               &MainWindow::moveToAnotherSet);
    QAction *loadSetAction = workspace->addAction(tr("&Load a standards set\u2026"), this,
                                                  [this] { loadStandardsSet(false); });
    QAction *loadOfficialAction = workspace->addAction(tr("Load the official &wording\u2026"), this,
                                                       [this] { loadStandardsSet(true); });

    QMenu *submission = menuBar()->addMenu(tr("&Submission"));
    submission->setObjectName(QStringLiteral("submissionMenu"));
    QAction *packAction = submission->addAction(themedIcon("package-x-generic", "document-export"),
                                                tr("&Create submission pack\u2026"), this,
                                                &MainWindow::createSubmissionPack);
    QAction *responseAction = submission->addAction(tr("&Import assessor\u2019s response\u2026"),
                                                    this, &MainWindow::importAssessorResponse);
    submission->addSeparator();
    QAction *signOffAction =
        submission->addAction(tr("&Sign off\u2026"), this, [this] { signOff(currentItemId()); });
    signOffAction->setStatusTip(
        tr("Sign off a criterion, its standard, its domain or the whole self-assessment"));
    QAction *signOffsAction =
        submission->addAction(tr("Sign-o&ffs\u2026"), this, &MainWindow::showSignOffs);
    signOffsAction->setStatusTip(tr("Which sign-offs still hold, and what changed since"));
    submission->addSeparator();
    QAction *reviewAction = submission->addAction(tr("&Review a submission pack\u2026"), this,
                                                  &MainWindow::openPackAsAssessor);
    reviewAction->setStatusTip(tr("Open a pack as its assessor, in a window of its own"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(tr("&About SEQOHS Tracker"), this, &MainWindow::showAbout);

    m_documentActions << saveCopyAction << exportAction << calendarAction << printAction
                      << previewAction << closeAction << find << addFilesAction << addFolderAction
                      << addLinkAction << addStatementAction << addActionAction << profileAction
                      << checksAction << explainAction << forecast << integrityAction << snapshot
                      << compareAction << moveAction << loadOfficialAction << packAction
                      << responseAction << signOffAction << signOffsAction;
    // Loading a set needs no workspace: the set can be kept for the next new workspace.
    Q_UNUSED(loadSetAction);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(newAction);
    toolbar->addAction(openAction);
    toolbar->addSeparator();
    toolbar->addAction(m_undo);
    toolbar->addAction(m_redo);
    toolbar->addSeparator();
    toolbar->addAction(addFilesAction);
    toolbar->addAction(addActionAction);
    toolbar->addAction(exportAction);
    toolbar->addAction(packAction);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showErrors(const ErrorList &errors, const QString &title)
{
    if (errors.isEmpty())
        return;
    statusBar()->showMessage(errors.first().message, 8000);
    Prompts::error(this, title.isEmpty() ? tr("Something went wrong") : title,
                   errors.first().toString(), errors.size() > 1 ? joinErrors(errors) : QString());
}

void MainWindow::setDocument(std::unique_ptr<WorkspaceDocument> document)
{
    closeWorkspace();
    if (m_document)
        return; // the user went back to a result still waiting for its justification
    m_document = document.release();
    m_document->setParent(this);
    m_importer = new ImportController(m_document, this);
    // A team workspace shows what others change as they change it (a file has no one else).
    connect(&m_document->workspace(), &Workspace::othersChanged, this, [this](const QString &who) {
        statusBar()->showMessage(tr("Brought up to date with a change by %1.").arg(who), 8000);
    });
    m_document->workspace().followOthersChanges();
    // A team workspace's connection can drop (the server restarts, the network goes): the
    // window says so, keeps what is on screen, and connects again by itself.
    connect(m_document, &WorkspaceDocument::connectionLost, this, [this](const QString &why) {
        statusBar()->showMessage(
            tr("%1 What you type stays on screen; connecting again\u2026").arg(why));
    });
    connect(m_document, &WorkspaceDocument::reconnected, this, [this] {
        // Typing first, against what the person saw before the drop; then everything is shown
        // as it is now. The criterion page keeps its item and any typing that was refused.
        m_criterion->saveKeptTyping();
        m_document->workspace().seeAfresh();
        const QString current = m_criterion->itemId();
        m_navigator->setDocument(m_document);
        m_dashboard->setDocument(m_document);
        m_evidence->setDocument(m_document);
        m_actions->setDocument(m_document);
        m_reconfirm->setDocument(m_document);
        if (!current.isEmpty())
            m_navigator->selectId(current);
        m_criterion->reload();
        updateStatus();
        statusBar()->showMessage(tr("Connected to %1 again; everything shown is up to date.")
                                     .arg(m_document->location().displayName()),
                                 10000);
    });
    m_document->watchConnection();
    connect(m_document, &WorkspaceDocument::errorsOccurred, this,
            [this](const ErrorList &errors) { showErrors(errors); });
    connect(m_document, &WorkspaceDocument::readinessChanged, this, [this] {
        updateStatus();
        updateForecastBanner();
    });
    QUndoStack *stack = m_document->undoStack();
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, [this](const QString &text) {
        m_undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(stack, &QUndoStack::redoTextChanged, this, [this](const QString &text) {
        m_redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    connect(m_document, &WorkspaceDocument::standardsSetChanged, this, [this] {
        // A move to another standards set changes the tree itself: rebuild every view.
        const QString current = m_criterion->itemId();
        attachViews();
        if (m_document->workspace().standardsSet().findAssessable(current))
            m_navigator->selectId(current);
        updateStatus();
    });
    attachViews();
    m_stack->setCurrentWidget(m_tabs);
    addRecentFile(m_document->location().location());
    updateTitle();
    updateStatus();
    updateActions();
    updateForecastBanner();
    notePassedSinceLastOpened();
    // Start on the first criterion so the assessment page is never empty.
    const QList<AssessableItem> items = m_document->workspace().standardsSet().assessables();
    if (!items.isEmpty())
        m_navigator->selectId(items.first().id);
}

void MainWindow::attachViews()
{
    // While a workspace opens, the window paints between one view and the next: filling each
    // takes tens of milliseconds on a large workspace, all of them together much more.
    const auto paintBetween = [this] {
        if (m_opening)
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    };
    m_navigator->setDocument(m_document);
    m_criterion->setDocument(m_document);
    paintBetween();
    m_evidence->setDocument(m_document);
    paintBetween();
    // Last of the large ones: its charts follow at the next turn of the event loop, after the
    // window has answered once more, and the window answers again after them.
    m_dashboard->setDocument(m_document);
    paintBetween();
    paintBetween();
    m_actions->setDocument(m_document);
    m_reconfirm->setDocument(m_document);
}

void MainWindow::closeWorkspace()
{
    closeDocument(true);
}

void MainWindow::closeDocument(bool ask)
{
    if (!m_document)
        return;
    if (ask && !m_criterion->confirmLeave()) {
        showPage(AssessmentPage);
        return;
    }
    m_criterion->commitPendingEdits();
    m_navigator->setDocument(nullptr);
    m_criterion->setDocument(nullptr);
    m_dashboard->setDocument(nullptr);
    m_evidence->setDocument(nullptr);
    m_actions->setDocument(nullptr);
    m_reconfirm->setDocument(nullptr);
    m_tabs->setTabVisible(ReconfirmPage, false);
    delete m_importer; // waits for a running import to stop
    m_importer = nullptr;
    const QString path = m_document->workspace().path();
    delete m_document;
    m_document = nullptr;
    // Closed: the file is as this program left it, and need not be checked again when it is
    // next opened for changes. Never so for a workspace found damaged.
    if (m_checkedWritable)
        WriteGate::remember(path);
    m_checkedWritable = false;
    if (m_stack)
        m_stack->setCurrentWidget(m_welcome);
    updateTitle();
    updateStatus();
    updateActions();
    updateForecastBanner();
}

bool MainWindow::openWorkspace(const QString &path)
{
    // The workspace this window already shows: its own lock is not another program holding it.
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (m_document && !canonical.isEmpty() &&
        canonical == QFileInfo(m_document->workspace().path()).canonicalFilePath()) {
        statusBar()->showMessage(tr("%1 is open already.").arg(QFileInfo(path).fileName()), 5000);
        return true;
    }
    // A workspace on a read-only disk or in a folder the user may not write to can still be
    // read: open it so, and say why changes cannot be saved.
    const QString folder = QFileInfo(path).absolutePath();
    const bool unwritable = QFileInfo::exists(path) &&
                            (QStorageInfo(folder).isReadOnly() || !QFileInfo(folder).isWritable());
    Expected<std::unique_ptr<Workspace>> opened =
        Workspace::open(path, unwritable ? Workspace::ReadOnly : Workspace::ReadWrite);
    if (!opened.ok()) {
        showErrors(opened.errors(), tr("The workspace cannot be opened"));
        return false;
    }
    const QStringList warnings = (*opened)->openWarnings();
    const bool writable = !(*opened)->isReadOnly();
    m_opening = true;
    EvidenceFacts facts;
    std::optional<ScoringInput> read = writable ? readOffTheWindow(path, facts) : std::nullopt;
    setDocument(std::make_unique<WorkspaceDocument>(std::move(opened).value(), nullptr,
                                                    std::move(read), std::move(facts)));
    m_opening = false;
    if (writable && m_document)
        checkBeforeChanges(m_document->workspace().path());
    if (!warnings.isEmpty() && m_document)
        Prompts::error(this, tr("The audit trail has changed"), warnings.join(QLatin1Char('\n')));
    if (unwritable && m_document) {
        const QString text =
            tr("%1 is on a read-only disk or in a folder you may not write to, so it is open "
               "for reading only: changes cannot be saved. To work on it, use File > Save a "
               "copy to put a copy where you may write, and open that.")
                .arg(QFileInfo(path).fileName());
        statusBar()->showMessage(tr("Open for reading only"), 0);
        Prompts::information(this, tr("Open for reading only"), text);
    }
    return true;
}

// Reading a large workspace takes a while (a quarter of a second at 50,000 evidence items): it
// is read off the window's thread, the evidence and the rest on two threads through companion
// connections, and what the evidence says for the score is worked out there too, while the
// window keeps painting and answering the window system. Input waits until the workspace is
// shown. Nothing read means the document reads it itself, as before.
std::optional<ScoringInput> MainWindow::readOffTheWindow(const QString &path, EvidenceFacts &facts)
{
    std::optional<ScoringInput> read;
    const QDate today = Clock::today();
    QThread *reader = QThread::create([&read, &facts, path, today] {
        Expected<ScoringInput> input = scoringInputInParallel(path, today);
        if (!input.ok())
            return;
        facts = Scorer::evidenceFacts(*input);
        read = std::move(*input);
    });
    QEventLoop waiting;
    connect(reader, &QThread::finished, &waiting, &QEventLoop::quit);
    statusBar()->showMessage(tr("Opening %1\u2026").arg(QFileInfo(path).fileName()));
    reader->start();
    waiting.exec(QEventLoop::ExcludeUserInputEvents);
    reader->wait();
    delete reader;
    statusBar()->clearMessage();
    return read;
}

bool MainWindow::openDemoWorkspace()
{
    const QString path = demoWorkspacePath();
    if (!QFileInfo::exists(path)) {
        const QString folder = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(folder)) {
            showErrors({folderError(folder)}, tr("The demo workspace cannot be made"));
            return false;
        }
        Expected<std::unique_ptr<Workspace>> demo = DemoWorkspace::create(path, Clock::today());
        if (!demo.ok()) {
            showErrors(demo.errors(), tr("The demo workspace cannot be made"));
            return false;
        }
        setDocument(std::make_unique<WorkspaceDocument>(std::move(demo).value()));
        return true;
    }
    return openWorkspace(path);
}

bool MainWindow::createWorkspace(const QString &path, const QString &name, bool servesNhs,
                                 const QString &setIdOrPath, const QDate &visit)
{
    NewWorkspaceWizard wizard(this);
    wizard.fill(name, servesNhs, setIdOrPath, visit, path);
    const Expected<StandardsSet> set = wizard.standardsSet();
    if (!set.ok()) {
        showErrors(set.errors(), tr("The standards set cannot be used"));
        return false;
    }
    Expected<std::unique_ptr<Workspace>> created =
        Workspace::create(wizard.filePath(), wizard.profile(), *set);
    if (!created.ok()) {
        showErrors(created.errors(), tr("The workspace cannot be created"));
        return false;
    }
    setDocument(std::make_unique<WorkspaceDocument>(std::move(created).value()));
    return true;
}

void MainWindow::newWorkspace()
{
    NewWorkspaceWizard wizard(this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    const Expected<StandardsSet> set = wizard.standardsSet();
    if (!set.ok()) {
        showErrors(set.errors(), tr("The standards set cannot be used"));
        return;
    }
    const QString folder = QFileInfo(wizard.filePath()).absolutePath();
    if (!QDir().mkpath(folder)) {
        showErrors({folderError(folder)}, tr("The workspace cannot be created"));
        return;
    }
    Expected<std::unique_ptr<Workspace>> created =
        Workspace::create(wizard.filePath(), wizard.profile(), *set);
    if (!created.ok()) {
        showErrors(created.errors(), tr("The workspace cannot be created"));
        return;
    }
    setDocument(std::make_unique<WorkspaceDocument>(std::move(created).value()));
}

bool MainWindow::isPackFile(const QString &path)
{
    // A pack is a zip archive; a workspace is an SQLite file. Decide by content, not name.
    QFile file(path);
    if (path.endsWith(QLatin1String(".seqohs"), Qt::CaseInsensitive) ||
        !file.open(QIODevice::ReadOnly))
        return false;
    return file.read(4) == QByteArray("PK\x03\x04", 4);
}

bool MainWindow::openFile(const QString &path)
{
    if (Workspace::isServerLocation(path))
        return openServerWorkspace(path);
    if (isPackFile(path)) {
        openPack(path);
        addRecentFile(path);
        return true;
    }
    return openWorkspace(path);
}

void MainWindow::openFileDialog()
{
    const QString path = Prompts::openFileName(
        this, tr("Open a workspace or a submission pack"),
        tr("Workspaces and submission packs (*.seqohs *.zip);;SEQOHS workspaces (*.seqohs);;"
           "Submission packs (*.zip);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openServerDialog()
{
    ServerAddressDialog dialog(
        tr("Open from server"),
        tr("Open your service's team workspace on a PostgreSQL server. Everyone in the team "
           "works on the same workspace at once, each as their own login, and the server "
           "decides what each of them may change."),
        tr("&Open"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    openServerWorkspace(dialog.address());
}

bool MainWindow::openServerWorkspace(const QString &url)
{
    const Expected<ServerAddress> address = ServerAddress::parse(url);
    if (!address) {
        showErrors(address.errors(), tr("The team workspace cannot be opened"));
        return false;
    }
    if (m_document && m_document->location().isServer() &&
        m_document->location().location() == url) {
        statusBar()->showMessage(tr("%1 is open already.").arg(m_document->displayName()), 5000);
        return true;
    }
    // What the person typed is kept for the connections of this window's workers only.
    QString typed;
    const auto askPassword = [this, &typed](const QString &server) {
        typed = ServerAddressDialog::askPassword(this, server);
        return typed;
    };
    statusBar()->showMessage(tr("Connecting to %1\u2026").arg(address->display()));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Expected<std::unique_ptr<Workspace>> opened =
        Workspace::openServer(*address, Workspace::ReadWrite, [&](const QString &server) {
            QApplication::restoreOverrideCursor();
            QString password = askPassword(server);
            QApplication::setOverrideCursor(Qt::WaitCursor);
            return password;
        });
    QApplication::restoreOverrideCursor();
    statusBar()->clearMessage();
    if (!opened.ok()) {
        showErrors(opened.errors(), tr("The team workspace cannot be opened"));
        return false;
    }
    auto document = std::make_unique<WorkspaceDocument>(std::move(opened).value());
    document->setLocation(WorkspaceLocation(url, typed));
    ServerAddressDialog::rememberAddress(url);
    setDocument(std::move(document));
    return m_document != nullptr;
}

void MainWindow::shareWithTeam()
{
    if (!m_document || m_document->location().isServer() || importRunning())
        return;
    m_criterion->commitPendingEdits();
    ServerAddressDialog dialog(
        tr("Share with a team"),
        tr("Copy %1 to a team workspace on a PostgreSQL server, so that everyone in the "
           "service can work on it at once. The team workspace must be set up and empty: your "
           "server's administrator makes one with \"seqohs-tracker-cli server init\". This "
           "file stays as it is.")
            .arg(m_document->displayName()),
        tr("&Share"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString url = dialog.address();
    const Expected<ServerAddress> address = ServerAddress::parse(url);
    if (!address) {
        showErrors(address.errors(), tr("The workspace was not shared"));
        return;
    }
    QString typed;
    Expected<std::unique_ptr<ServerConnection>> connection =
        ServerConnection::open(*address, [this, &typed](const QString &server) {
            typed = ServerAddressDialog::askPassword(this, server);
            return typed;
        });
    if (!connection) {
        showErrors(connection.errors(), tr("The workspace was not shared"));
        return;
    }
    // The upload reads every stored file and sends it, which takes a while for a large
    // workspace: it runs on a thread of its own, with a connection made there (connections
    // stay on the thread that made them), while the window keeps painting.
    connection->reset();
    const QString path = m_document->path();
    const ServerAddress &where = *address;
    std::optional<Expected<WorkspaceUpload::Result>> result;
    QThread *worker = QThread::create([&result, path, where, typed] {
        Expected<std::unique_ptr<ServerConnection>> own =
            ServerConnection::open(where, [typed](const QString &) { return typed; });
        if (!own) {
            result = own.errors();
            return;
        }
        result = WorkspaceUpload::run(path, **own);
    });
    QProgressDialog progress(
        tr("Copying %1 to %2\u2026").arg(m_document->displayName(), where.display()), QString(), 0,
        0, this);
    progress.setWindowTitle(tr("Share with a team"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setCancelButton(nullptr);
    QEventLoop waiting;
    connect(worker, &QThread::finished, &waiting, &QEventLoop::quit);
    worker->start();
    waiting.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    delete worker;
    progress.close();
    if (!result || !*result) {
        showErrors(result ? result->errors() : ErrorList{}, tr("The workspace was not shared"));
        return;
    }
    ServerAddressDialog::rememberAddress(url);
    const QMessageBox::StandardButton answer = Prompts::question(
        this, tr("Shared with the team"),
        tr("%1 is now on %2: every evidence item, version and the audit trail, each stored file "
           "read back from the server and checked.\n\nOpen the team workspace now? From now on "
           "the team works there; this file stays as it was.")
            .arg(m_document->displayName(), where.display()),
        QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
    if (answer == QMessageBox::Open) {
        // The password already typed opens it without asking again.
        if (typed.isEmpty()) {
            openServerWorkspace(url);
            return;
        }
        Expected<std::unique_ptr<Workspace>> opened = Workspace::openServer(
            where, Workspace::ReadWrite, [typed](const QString &) { return typed; });
        if (!opened.ok()) {
            showErrors(opened.errors(), tr("The team workspace cannot be opened"));
            return;
        }
        auto document = std::make_unique<WorkspaceDocument>(std::move(opened).value());
        document->setLocation(WorkspaceLocation(url, typed));
        setDocument(std::move(document));
    }
}

void MainWindow::openPack(const QString &path)
{
    // The assessor's window is separate: the pack is read-only and nothing in it touches the
    // workspace open here.
    auto *window = new AssessorWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    window->openPack(path);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The frame's size is known only once the window is on screen: fit again with it, unless
    // the size was chosen after the saved one was restored.
    if (!m_fittedOnShow) {
        m_fittedOnShow = true;
        if (size() == m_restoredSize)
            fitToScreen();
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        const QString path = urls.first().toLocalFile();
        if (path.endsWith(QLatin1String(".seqohs"), Qt::CaseInsensitive) || isPackFile(path)) {
            event->acceptProposedAction();
            return;
        }
    }
    event->ignore();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // Open after the drop has finished, so the source application is not kept waiting.
    QTimer::singleShot(0, this, [this, path] { openFile(path); });
}

void MainWindow::showReadinessChecks()
{
    if (!m_document)
        return;
    showPage(DashboardPage);
    if (auto *checks = m_dashboard->findChild<QWidget *>(QStringLiteral("readinessChecks")))
        checks->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::explainScore()
{
    if (!m_document)
        return;
    ScoreExplanationDialog dialog(m_document->readiness(), m_document->workspace().standardsSet(),
                                  currentItemId(), this);
    dialog.exec();
}

void MainWindow::compareSnapshots()
{
    if (!m_document)
        return;
    const QList<Snapshot> saved = m_document->snapshots();
    if (saved.isEmpty()) {
        Prompts::information(this, tr("Compare snapshots"),
                             tr("This workspace has no snapshots yet. Save one with Workspace > "
                                "Save a snapshot; you can then compare it with the figures as "
                                "they are now, or with a later snapshot."));
        return;
    }
    const Snapshot now = Snapshot::capture(tr("Now"), Clock::now(), m_document->scoringInput(),
                                           m_document->readiness());
    SnapshotCompareDialog dialog(saved, now, this);
    dialog.exec();
}

void MainWindow::loadStandardsSet(bool official)
{
    StandardsImportDialog dialog(official, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = dialog.savedPath();
    statusBar()->showMessage(
        tr("Loaded \u201c%1\u201d into %2.").arg(dialog.setTitle(), QDir::toNativeSeparators(path)),
        10000);
    if (!m_document || importRunning())
        return;
    const auto answer = Prompts::question(
        this, tr("Move to the set just loaded?"),
        tr("\u201c%1\u201d is loaded. Move this workspace to it now? The move shows a preview "
           "first and keeps the figures before it as a snapshot.")
            .arg(dialog.setTitle()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        moveToSet(path);
}

void MainWindow::openWorkspaceDialog()
{
    const QString path = Prompts::openFileName(this, tr("Open a workspace"),
                                               tr("SEQOHS workspaces (*.seqohs);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::saveCopy()
{
    if (!m_document)
        return;
    const QString suggested =
        m_document->location().baseName() +
        QStringLiteral(" (copy %1).seqohs").arg(Clock::today().toString(Qt::ISODate));
    const QString path = Prompts::saveFileName(this, tr("Save a copy of the workspace"), suggested,
                                               tr("SEQOHS workspaces (*.seqohs)"));
    if (path.isEmpty())
        return;
    const Status saved = m_document->workspace().backupTo(path);
    if (!saved.ok())
        showErrors(saved.errors(), tr("The copy was not saved"));
    else
        statusBar()->showMessage(tr("Saved a copy as %1").arg(path), 6000);
}

void MainWindow::showRollUp()
{
    RollUpDialog dialog(this);
    dialog.exec();
}

void MainWindow::exportCalendar()
{
    if (!m_document)
        return;
    const QString suggested =
        m_document->location().baseName() + tr(" dates") + QStringLiteral(".ics");
    const QString path = Prompts::saveFileName(this, tr("Export the dates to a calendar file"),
                                               suggested, tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    const Expected<CalendarExport::Calendar> written =
        CalendarExport::write(m_document->workspace(), path, {Clock::today(), 12});
    if (!written) {
        showErrors(written.errors(), tr("The calendar was not saved"));
        return;
    }
    Prompts::information(
        this, tr("Calendar saved"),
        tr("%n entries for the next 12 months and anything overdue: %1 evidence reviews, %2 "
           "actions, %3 service dates.",
           nullptr, written->events())
                .arg(written->evidenceReviews)
                .arg(written->actions)
                .arg(written->serviceDates) +
            QStringLiteral("\n\n") +
            tr("Import %1 into your calendar (Thunderbird, Outlook). Export again after changes "
               "and import it once more, or subscribe to the file: each entry keeps its "
               "identity, so it is updated, not added twice.")
                .arg(QDir::toNativeSeparators(path)));
}

void MainWindow::exportReport()
{
    if (!m_document)
        return;
    ExportDialog dialog(m_document->scoringInput(), m_document->snapshots(), this);
    const std::optional<QList<QJsonObject>> responses =
        shown(AssessmentJson::assessorResponsesOf(m_document->workspace()));
    if (!responses)
        return;
    dialog.setAssessorResponses(*responses);
    const std::optional<std::optional<ReadinessReport::AssessorResponse>> response =
        shown(ResponseImport::reportSection(m_document->workspace()));
    if (!response)
        return;
    dialog.setReportResponse(*response);
    const std::optional<QList<ReadinessReport::SignOffLine>> signOffs =
        shown(SignOffSection::of(m_document->workspace()));
    if (!signOffs)
        return;
    dialog.setReportSignOffs(*signOffs);
    dialog.setDestination(
        QDir(m_document->location().folder())
            .filePath(m_document->location().baseName() + tr(" readiness report.pdf")));
    dialog.exec();
}

std::optional<ReadinessReport> MainWindow::currentReport()
{
    ReportOptions options;
    options.history = m_document->snapshots();
    const std::optional<std::optional<ReadinessReport::AssessorResponse>> response =
        shown(ResponseImport::reportSection(m_document->workspace()));
    if (!response)
        return std::nullopt;
    options.response = *response;
    const std::optional<QList<ReadinessReport::SignOffLine>> signOffs =
        shown(SignOffSection::of(m_document->workspace()));
    if (!signOffs)
        return std::nullopt;
    options.signOffs = *signOffs;
    return ReadinessReportBuilder::build(m_document->scoringInput(), m_document->readiness(),
                                         options);
}

void MainWindow::printReport()
{
    if (!m_document)
        return;
    if (const std::optional<ReadinessReport> report = currentReport())
        PrintSupport::printWithDialog(*report, this);
}

void MainWindow::printPreview()
{
    if (!m_document)
        return;
    if (const std::optional<ReadinessReport> report = currentReport())
        PrintSupport::preview(*report, this);
}

void MainWindow::editProfile()
{
    if (!m_document)
        return;
    const std::optional<ServiceProfile> profile = shown(m_document->workspace().profile());
    if (!profile)
        return;
    ProfileDialog dialog(*profile, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!dialog.userName().isEmpty() && dialog.userName() != Workspace::userName()) {
        Workspace::setUserName(dialog.userName());
        QSettings().setValue(QStringLiteral("audit/userName"), dialog.userName());
    }
    if (dialog.profile() != *profile)
        m_document->undoStack()->push(new SetProfileCommand(m_document, dialog.profile()));
}

void MainWindow::addFiles(const QString &itemId)
{
    if (!m_document || !m_importer || importRunning())
        return;
    const QStringList files =
        Prompts::openFileNames(this, tr("Add evidence files"), tr("All files (*)"));
    if (files.isEmpty())
        return;
    importWithTargets(files, itemId,
                      files.size() == 1 ? tr("Adding %1.").arg(QFileInfo(files.first()).fileName())
                                        : tr("Adding %n file(s).", nullptr, int(files.size())));
}

void MainWindow::addFolder(const QString &itemId)
{
    if (!m_document || !m_importer || importRunning())
        return;
    const QString folder = Prompts::existingDirectory(this, tr("Add every file in a folder"));
    if (folder.isEmpty())
        return;
    importWithTargets({folder}, itemId,
                      tr("Adding every file in %1 and its subfolders (hidden files and "
                         "workspaces are left out).")
                          .arg(QDir::toNativeSeparators(folder)));
}

void MainWindow::importWithTargets(const QStringList &paths, const QString &itemId,
                                   const QString &what)
{
    EvidenceTargetDialog targets(m_document->workspace().standardsSet(),
                                 itemId.isEmpty() ? QStringList() : QStringList{itemId}, what,
                                 this);
    if (targets.exec() != QDialog::Accepted)
        return;
    m_importer->importFiles(paths, targets.itemIds(), targets.reviewBy());
}

void MainWindow::addLink(const QString &itemId)
{
    addDescribedEvidence(EvidenceItem::Kind::Link, itemId);
}

void MainWindow::addStatement(const QString &itemId)
{
    addDescribedEvidence(EvidenceItem::Kind::Statement, itemId);
}

void MainWindow::addDescribedEvidence(EvidenceItem::Kind kind, const QString &itemId)
{
    if (!m_document)
        return;
    EvidenceItem item;
    item.kind = kind;
    EvidenceDialog dialog(item, true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AddEvidenceCommand::Entry entry;
    entry.meta = dialog.item();
    if (!itemId.isEmpty())
        entry.links << EvidenceLink{0, itemId, QString()};
    m_document->undoStack()->push(new AddEvidenceCommand(m_document, {entry}, false));
}

void MainWindow::linkExisting(const QString &itemId)
{
    if (!m_document || itemId.isEmpty())
        return;
    PickEvidenceDialog dialog(m_document->workspace(), itemId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<qint64> ids = dialog.selectedIds();
    if (ids.isEmpty())
        return;
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Link evidence"));
    for (qint64 id : ids)
        stack->push(new LinkEvidenceCommand(m_document, EvidenceLink{id, itemId, QString()},
                                            LinkEvidenceCommand::Link));
    stack->endMacro();
}

void MainWindow::addPlanAction(const QString &itemId)
{
    if (!m_document)
        return;
    Action action;
    action.itemId = itemId;
    action.owner = Workspace::userName();
    ActionDialog dialog(action, m_document->workspace().standardsSet(), true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_document->undoStack()->push(new ActionCommand(m_document, std::nullopt, dialog.action()));
}

void MainWindow::editAction(qint64 id)
{
    if (!m_document)
        return;
    const std::optional<Action> action = found(m_document->workspace().action(id));
    if (action)
        changeAction(*action, *action);
}

void MainWindow::changeAction(const Action &seen, const Action &shown)
{
    ActionDialog dialog(shown, m_document->workspace().standardsSet(), false, this);
    if (dialog.exec() != QDialog::Accepted || dialog.action() == seen)
        return;
    // Having cancelled the choice between their change and someone else's, the person is back
    // in the dialog with what they typed; what is stored now is what they have seen.
    const QPointer<WorkspaceDocument> document = m_document;
    m_document->undoStack()->push(
        new ActionCommand(m_document, seen, dialog.action(),
                          [this, document](const Action &typed, const Action &stored) {
                              QTimer::singleShot(0, this, [this, document, typed, stored] {
                                  if (document && m_document == document)
                                      changeAction(stored, typed);
                              });
                          }));
}

void MainWindow::markActionDone(qint64 id)
{
    if (!m_document)
        return;
    const std::optional<Action> action = found(m_document->workspace().action(id));
    if (!action || action->status == Action::Status::Done)
        return;
    Action done = *action;
    done.status = Action::Status::Done;
    done.completed = Clock::today();
    m_document->undoStack()->push(new ActionCommand(m_document, action, done));
    if (!action->recurrence.repeats())
        return;
    const std::optional<QList<Action>> all = shown(m_document->workspace().actions());
    if (!all)
        return;
    for (const Action &next : *all) {
        if (next.follows == id) {
            statusBar()->showMessage(tr("Done. It repeats: the next one is due %1.")
                                         .arg(QLocale().toString(next.due, QLocale::LongFormat)),
                                     8000);
        }
    }
}

void MainWindow::removePlanAction(qint64 id)
{
    if (!m_document)
        return;
    const std::optional<Action> action = found(m_document->workspace().action(id));
    if (action)
        m_document->undoStack()->push(new ActionCommand(m_document, action, std::nullopt));
}

void MainWindow::editEvidence(qint64 id)
{
    if (!m_document)
        return;
    const std::optional<EvidenceItem> item = found(m_document->workspace().evidenceItem(id));
    if (item)
        changeEvidence(*item, *item);
}

void MainWindow::changeEvidence(const EvidenceItem &seen, const EvidenceItem &shown)
{
    EvidenceDialog dialog(shown, false, this);
    if (dialog.exec() != QDialog::Accepted || dialog.item() == seen)
        return;
    // As for an action (changeAction()).
    const QPointer<WorkspaceDocument> document = m_document;
    m_document->undoStack()->push(new EditEvidenceCommand(
        m_document, seen, dialog.item(),
        [this, document](const EvidenceItem &typed, const EvidenceItem &stored) {
            QTimer::singleShot(0, this, [this, document, typed, stored] {
                if (document && m_document == document)
                    changeEvidence(stored, typed);
            });
        }));
}

void MainWindow::previewEvidence(qint64 id)
{
    if (!m_document)
        return;
    auto *preview = new EvidencePreviewWindow(m_document->workspace(), id, this);
    preview->closeWith(m_document);
    preview->show();
}

void MainWindow::openEvidence(qint64 id)
{
    if (!m_document)
        return;
    const std::optional<EvidenceItem> item = found(m_document->workspace().evidenceItem(id));
    if (!item)
        return;
    if (item->kind == EvidenceItem::Kind::Link) {
        QDesktopServices::openUrl(QUrl::fromUserInput(item->url));
        return;
    }
    if (item->kind == EvidenceItem::Kind::Statement) {
        editEvidence(id);
        return;
    }
    // The desktop's viewer gets a read-only copy, so nothing it does can touch the workspace.
    const QString dir = viewerFolder();
    if (dir.isEmpty()) {
        showErrors({Error{tr("The file cannot be opened for viewing."), QString(), QString(),
                          tr("A private temporary folder could not be made; check that the "
                             "temporary folder has free space.")}});
        return;
    }
    const QString path = QDir(dir).filePath(QStringLiteral("%1-%2").arg(id).arg(item->fileName));
    QFile::remove(path);
    const Status exported = m_document->workspace().exportEvidenceFile(id, path);
    if (!exported.ok()) {
        showErrors(exported.errors(), tr("The file cannot be opened"));
        return;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser);
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void MainWindow::exportEvidence(qint64 id)
{
    if (!m_document)
        return;
    const std::optional<EvidenceItem> item = found(m_document->workspace().evidenceItem(id));
    if (!item || item->kind != EvidenceItem::Kind::File)
        return;
    const QString path = Prompts::saveFileName(this, tr("Save a copy of the evidence file"),
                                               item->fileName, tr("All files (*)"));
    if (path.isEmpty())
        return;
    const Status exported = m_document->workspace().exportEvidenceFile(id, path);
    if (!exported.ok())
        showErrors(exported.errors(), tr("The file was not saved"));
}

void MainWindow::removeEvidence(const QList<qint64> &ids)
{
    if (!m_document || ids.isEmpty())
        return;
    const auto answer = Prompts::question(
        this, tr("Remove evidence"),
        ids.size() == 1
            ? tr("Remove this evidence item and its links? You can undo this.")
            : tr("Remove %1 evidence items and their links? You can undo this.").arg(ids.size()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Remove evidence"));
    for (qint64 id : ids)
        stack->push(new RemoveEvidenceCommand(m_document, id));
    stack->endMacro();
}

void MainWindow::saveSnapshot()
{
    if (!m_document)
        return;
    if (m_document->forecastDate().isValid()) {
        Prompts::information(
            this, tr("Save a snapshot"),
            tr("A snapshot records today\u2019s figures, and the window is showing a forecast "
               "for %1. Choose View > Back to today, then save the snapshot.")
                .arg(QLocale().toString(m_document->forecastDate(), QLocale::LongFormat)));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save a snapshot"),
        tr("Name the snapshot, for example \u201cAnnual return %1\u201d:")
            .arg(Clock::today().year()),
        QLineEdit::Normal, tr("Annual return %1").arg(Clock::today().year()), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const ScoringInput input = m_document->scoringInput();
    const Snapshot s =
        Snapshot::capture(name.trimmed(), Clock::now(), input, m_document->readiness());
    const Status saved = m_document->workspace().saveSnapshot(s.name, s.toJson());
    if (!saved.ok())
        showErrors(saved.errors(), tr("The snapshot was not saved"));
    else
        statusBar()->showMessage(tr("Saved snapshot \u201c%1\u201d").arg(s.name), 6000);
}

bool MainWindow::importRunning()
{
    if (!m_importer || !m_importer->isRunning())
        return false;
    showErrors({Error{tr("Evidence is still being added."), QString(), QString(),
                      tr("Wait for the import to finish, or cancel it, then try again.")}});
    return true;
}

void MainWindow::checkIntegrity()
{
    if (!m_document || importRunning())
        return;
    m_criterion->commitPendingEdits();
    // A read-only connection of the worker's own: the check re-hashes every stored file,
    // which takes seconds on a large workspace, and the window stays responsive meanwhile.
    const WorkspaceLocation location = m_document->location();
    auto result = std::make_shared<Status>(success());
    auto done = std::make_shared<std::atomic<qint64>>(0);
    auto total = std::make_shared<std::atomic<qint64>>(0);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    QThread *worker = QThread::create([location, result, done, total, cancel] {
        Expected<std::unique_ptr<Workspace>> ws = location.openForReading();
        if (!ws.ok()) {
            *result = ws.errors();
            return;
        }
        *result = (*ws)->checkIntegrity([done, total, cancel](qint64 d, qint64 t) {
            *done = d;
            *total = t;
            return !cancel->load();
        });
    });
    QProgressDialog progress(tr("Checking the workspace: the file, the audit trail and every "
                                "stored evidence file\u2026"),
                             tr("Cancel"), 0, 1000, this);
    progress.setObjectName(QStringLiteral("integrityProgress"));
    progress.setWindowTitle(tr("Check integrity"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    connect(&progress, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
    QTimer poll;
    connect(&poll, &QTimer::timeout, &progress, [&progress, done, total] {
        if (*total > 0)
            progress.setValue(int(1000 * *done / *total));
    });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    poll.start(100);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    // Closing a progress dialog emits canceled(): read the user's choice before that.
    const bool cancelled = cancel->load();
    progress.close();
    if (cancelled) {
        statusBar()->showMessage(tr("The integrity check was cancelled; nothing was changed."),
                                 8000);
        return;
    }
    if (!result->ok()) {
        showErrors(result->errors(), tr("The workspace has problems"));
        return;
    }
    if (m_document && m_document->location().isServer()) {
        statusBar()->showMessage(tr("The team workspace is intact: the server's trail, the audit "
                                    "trail and every stored evidence file check out."),
                                 10000);
        Prompts::information(this, tr("Check integrity"),
                             tr("The team workspace is intact: the server's own trail, the "
                                "workspace's audit trail and every stored evidence file all "
                                "check out."));
        return;
    }
    statusBar()->showMessage(tr("The workspace is intact: the file, the audit trail and every "
                                "stored evidence file check out."),
                             10000);
    Prompts::information(this, tr("Check integrity"),
                         tr("The workspace is intact: SQLite's integrity check, the audit trail's "
                            "hash chain and every stored evidence file all check out."));
}

void MainWindow::createSubmissionPack()
{
    if (!m_document || importRunning())
        return;
    m_criterion->commitPendingEdits();
    PackExportDialog dialog(&m_document->workspace(), m_document->location(), this);
    dialog.exec();
}

void MainWindow::makeFollowUpPack()
{
    if (!m_document || importRunning())
        return;
    m_criterion->commitPendingEdits();
    FollowUpPackDialog dialog(&m_document->workspace(), m_document->location(), this);
    dialog.exec();
}

void MainWindow::showAssessmentRounds()
{
    if (!m_document)
        return;
    AssessmentRoundsDialog dialog(m_document->workspace(), this);
    dialog.exec();
}

void MainWindow::openPackAsAssessor()
{
    const QString path = Prompts::openFileName(this, tr("Review a submission pack"),
                                               tr("Submission packs (*.zip);;All files (*)"));
    if (path.isEmpty())
        return;
    openPack(path);
    addRecentFile(path);
}

void MainWindow::signOff(const QString &itemId)
{
    if (!m_document)
        return;
    SignOffDialog dialog(*m_document, itemId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // A refused sign-off (an owner signing their own work, where that is not allowed) is
    // reported by the command, which the stack then drops.
    m_document->undoStack()->push(new SignOffCommand(m_document, dialog.scope(), dialog.target(),
                                                     dialog.signer(), dialog.comment()));
}

void MainWindow::showAssignments()
{
    if (!m_document)
        return;
    m_criterion->commitPendingEdits();
    AssignmentsDialog dialog(m_document, currentItemId(), this);
    dialog.exec();
}

void MainWindow::showSignOffs()
{
    if (!m_document)
        return;
    SignOffsDialog dialog(m_document, this);
    dialog.exec();
}

void MainWindow::importAssessorResponse()
{
    if (!m_document)
        return;
    ResponseImportDialog dialog(&m_document->workspace(), this);
    connect(&dialog, &ResponseImportDialog::responseImported, m_document, [this] {
        m_document->rescore();
        m_criterion->showItem(m_criterion->itemId());
    });
    dialog.exec();
}

void MainWindow::moveToAnotherSet()
{
    moveToSet(QString());
}

void MainWindow::moveToSet(const QString &setFile)
{
    if (!m_document || importRunning())
        return;
    m_criterion->commitPendingEdits();
    MigrationWizard wizard(m_document->workspace(), this);
    if (!setFile.isEmpty())
        wizard.chooseSetFile(setFile);
    if (wizard.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(
        tr("Moved to \u201c%1\u201d. The figures before the move are kept as a snapshot.")
            .arg(m_document->workspace().standardsSet().title),
        10000);
    if (!shown(m_document->workspace().itemsNeedingReconfirmation())
             .value_or(QSet<QString>())
             .isEmpty()) {
        m_tabs->setTabVisible(ReconfirmPage, true);
        showPage(ReconfirmPage);
    }
}

void MainWindow::setForecast()
{
    if (!m_document)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Forecast"));
    const QDate planned = m_document->scoringInput().profile.plannedAssessment;
    auto *edit = new QDateEdit(planned.isValid() ? planned : Clock::today().addMonths(3), &dialog);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    auto *label = new QLabel(tr("Show the figures as they will be on this date, with evidence "
                                "that will have expired by then. Choose today to go back."),
                             &dialog);
    label->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_document->setForecastDate(edit->date() == Clock::today() ? QDate() : edit->date());
    showPage(DashboardPage);
}

void MainWindow::goToItem(const QString &itemId)
{
    if (!m_document || itemId.isEmpty())
        return;
    showPage(AssessmentPage);
    m_navigator->selectId(itemId);
}

void MainWindow::undoOrRedo(bool undo)
{
    if (!m_document)
        return;
    if (undo)
        m_criterion->commitPendingEdits();
    QUndoStack *stack = m_document->undoStack();
    if (undo ? !stack->canUndo() : !stack->canRedo())
        return;
    const QString text = undo ? stack->undoText() : stack->redoText();
    // What the step changed is learnt from the workspace's own change signals, so every kind
    // of command, macros included, is brought into view the same way.
    QString item;
    qint64 evidence = 0;
    qint64 action = 0;
    bool profile = false;
    Workspace *ws = &m_document->workspace();
    QList<QMetaObject::Connection> watch;
    watch << connect(ws, &Workspace::assessmentChanged, this, [&item](const QString &id) {
        if (item.isEmpty())
            item = id;
    });
    auto onEvidence = [&evidence](qint64 id) {
        if (!evidence)
            evidence = id;
    };
    auto onAction = [&action](qint64 id) {
        if (!action)
            action = id;
    };
    watch << connect(ws, &Workspace::evidenceAdded, this, onEvidence);
    watch << connect(ws, &Workspace::evidenceChanged, this, onEvidence);
    watch << connect(ws, &Workspace::evidenceRemoved, this, onEvidence);
    watch << connect(ws, &Workspace::linksChanged, this, onEvidence);
    watch << connect(ws, &Workspace::actionAdded, this, onAction);
    watch << connect(ws, &Workspace::actionChanged, this, onAction);
    watch << connect(ws, &Workspace::actionRemoved, this, onAction);
    watch << connect(ws, &Workspace::profileChanged, this, [&profile] { profile = true; });
    if (undo)
        stack->undo();
    else
        stack->redo();
    for (const QMetaObject::Connection &c : std::as_const(watch))
        disconnect(c);

    if (!item.isEmpty()) {
        goToItem(item);
    } else if (action) {
        showPage(ActionsPage);
    } else if (evidence) {
        // A link belongs to the criterion on screen when that is where it was made.
        if (currentPage() != AssessmentPage)
            showPage(EvidencePage);
    } else if (profile) {
        showPage(DashboardPage);
    }
    statusBar()->showMessage(undo ? tr("Undone: %1").arg(text) : tr("Redone: %1").arg(text), 6000);
}

QString MainWindow::currentItemId() const
{
    if (!m_document || currentPage() != AssessmentPage)
        return {};
    return m_criterion->itemId();
}

QString MainWindow::viewerFolder()
{
    if (!m_viewerDir) {
        // QTemporaryDir makes the folder with mode 0700 and removes it, with every copy in it,
        // when the window goes.
        m_viewerDir = std::make_unique<QTemporaryDir>(
            QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                .filePath(QStringLiteral("seqohs-tracker-view-XXXXXX")));
        if (!m_viewerDir->isValid()) {
            m_viewerDir.reset();
            return {};
        }
        QFile::setPermissions(m_viewerDir->path(), QFileDevice::ReadOwner |
                                                       QFileDevice::WriteOwner |
                                                       QFileDevice::ExeOwner);
    }
    return m_viewerDir->path();
}

void MainWindow::fitToScreen()
{
    // A saved geometry from a larger screen, or a first window at 200% scale, must still fit:
    // the title bar and the status bar stay on screen.
    QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    QRect frame = frameGeometry();
    const QSize extra = frame.size() - geometry().size();
    const QSize room = available.size() - extra;
    if (width() > room.width() || height() > room.height())
        resize(qMin(width(), room.width()), qMin(height(), room.height()));
    frame = frameGeometry();
    QPoint topLeft = frame.topLeft();
    topLeft.setX(qBound(available.left(), topLeft.x(),
                        qMax(available.left(), available.right() - frame.width() + 1)));
    topLeft.setY(qBound(available.top(), topLeft.y(),
                        qMax(available.top(), available.bottom() - frame.height() + 1)));
    if (topLeft != frame.topLeft())
        move(topLeft);
}

void MainWindow::showPage(Page page)
{
    if (m_document)
        m_tabs->setCurrentIndex(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

void MainWindow::updateTitle()
{
    // The platform adds the application's display name ("NAME - SEQOHS Tracker"); where it
    // does not, add it here so the title always names both.
    const QString product = tr("SEQOHS Tracker");
    const QString name = m_document ? m_document->displayName() : QString();
    if (QGuiApplication::applicationDisplayName() == product)
        setWindowTitle(name);
    else
        setWindowTitle(name.isEmpty() ? product : name + QStringLiteral(" - ") + product);
}

void MainWindow::notePassedSinceLastOpened()
{
    m_passedBanner->hide();
    if (!m_document)
        return;
    // Kept on this computer, by the file's place: opening a workspace never writes to it.
    QSettings settings;
    const QString key =
        QStringLiteral("lastOpened/") +
        QString::fromLatin1(Sha256::hexHash((m_document->location().isServer()
                                                 ? m_document->location().location()
                                                 : QFileInfo(m_document->path()).absoluteFilePath())
                                                .toUtf8()));
    const QDate last = QDate::fromString(settings.value(key).toString(), Qt::ISODate);
    const QDate today = Clock::today();
    settings.setValue(key, today.toString(Qt::ISODate));
    const QList<Deadlines::Deadline> passed =
        Deadlines::passedSince(m_document->scoringInput(), last, today);
    if (passed.isEmpty())
        return;
    int evidence = 0;
    for (const Deadlines::Deadline &d : passed)
        evidence += d.kind == Deadlines::Deadline::Kind::EvidenceReview;
    const int actions = int(passed.size()) - evidence;
    QString what;
    if (evidence > 0 && actions > 0) {
        what = tr("%n evidence item(s) reached the review-by date", nullptr, evidence) +
               tr(" and ") + tr("%n action(s) became overdue", nullptr, actions);
    } else if (evidence > 0) {
        what = tr("%n evidence item(s) reached the review-by date", nullptr, evidence);
    } else {
        what = tr("%n action(s) became overdue", nullptr, actions);
    }
    QStringList names;
    for (const Deadlines::Deadline &d : passed.mid(0, 3))
        names << d.describe();
    if (passed.size() > 3)
        names << tr("%n more", nullptr, int(passed.size() - 3));
    m_passedText->setText(tr("Since you last opened this workspace on %1, %2: %3.")
                              .arg(QLocale().toString(last, QLocale::LongFormat), what,
                                   names.join(QStringLiteral("; "))));
    m_passedBanner->show();
}

void MainWindow::updateForecastBanner()
{
    const bool forecast = m_document && m_document->forecastDate().isValid();
    m_backToToday->setEnabled(forecast);
    m_forecastBanner->setVisible(forecast);
    if (!forecast)
        return;
    m_forecastText->setText(
        tr("<b>Forecast for %1.</b> Every figure shows the workspace as it will be on that date, "
           "with the evidence that will have expired by then. Snapshots record today\u2019s "
           "figures only.")
            .arg(QLocale().toString(m_document->forecastDate(), QLocale::LongFormat)));
}

void MainWindow::updateStatus()
{
    if (!m_document) {
        m_statusVerdict->clear();
        m_statusPath->clear();
        return;
    }
    const Readiness &r = m_document->readiness();
    QString text = tr("%1 \u00b7 score %2 \u00b7 evidence coverage %3")
                       .arg(verdictDisplayName(r.verdict), formatShare(r.overall.score()),
                            formatShare(r.overall.coverage()));
    if (m_document->forecastDate().isValid())
        text += tr(" \u00b7 forecast for %1").arg(QLocale().toString(r.asOf, QLocale::ShortFormat));
    m_statusVerdict->setText(text);
    // The file's name only: the full path would crowd out the verdict on a narrow window.
    m_statusPath->setText(m_document->displayName());
    m_statusPath->setToolTip(m_document->location().isServer()
                                 ? m_document->path()
                                 : QDir::toNativeSeparators(m_document->path()));
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    for (QAction *a : std::as_const(m_documentActions))
        a->setEnabled(open);
    m_shareAction->setEnabled(open && !m_document->location().isServer());
    m_undo->setEnabled(open && m_document->undoStack()->canUndo());
    m_redo->setEnabled(open && m_document->undoStack()->canRedo());
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(RecentKey).toStringList();
    const QString absolute =
        Workspace::isServerLocation(path) ? path : QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    settings.setValue(RecentKey, files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    const QStringList files = QSettings().value(RecentKey).toStringList();
    m_recentMenu->clear();
    // Two files of one name (copies in different folders) are told apart by their folder.
    QHash<QString, int> names;
    for (const QString &path : files)
        ++names[QFileInfo(path).fileName()];
    for (const QString &path : files) {
        const QFileInfo info(path);
        const QString label =
            Workspace::isServerLocation(path) ? WorkspaceLocation(path).displayName()
            : names.value(info.fileName()) > 1
                ? tr("%1 (in %2)")
                      .arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath()))
                : info.fileName();
        m_recentMenu->addAction(label, this, [this, path] { openFile(path); })->setToolTip(path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    m_welcome->setRecentFiles(files);
}

void MainWindow::readSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1280, 820);
    fitToScreen();
    m_restoredSize = size();
    const QString user = settings.value(QStringLiteral("audit/userName")).toString();
    if (!user.isEmpty())
        Workspace::setUserName(user);
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Closed once the workspace being read is shown, and so can be closed properly.
    if (m_opening) {
        event->ignore();
        return;
    }
    if (m_importer && m_importer->isRunning()) {
        const auto answer = Prompts::question(
            this, tr("An import is running"),
            tr("Evidence is still being added. Stop the import and quit? Files added so far are "
               "kept."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    writeSettings();
    closeWorkspace();
    if (m_document) {
        event->ignore();
        return;
    }
    event->accept();
}
